/** A few lines of DOM helpers: the page needs no framework. */
import type { Lang, Severity } from "cchc/rules";
import { type StringKey, severityLabel, t } from "./i18n.js";

/** Finds an element by id or fails loudly (the page's markup and script ship together). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`missing #${id}`);
  return e as T;
}

/** Creates an element with attributes and children (strings become text nodes, never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Icon shapes by severity: a cross in a circle, "!" in a triangle, "i" in a circle. */
const ICONS: Record<Severity, { shape: string; mark: string }> = {
  error: { shape: "circle", mark: "M8 8l8 8M16 8l-8 8" },
  warning: { shape: "triangle", mark: "M12 9v5M12 17v1" },
  info: { shape: "circle", mark: "M12 11v6M12 7v1" },
};

/** The severity icon (decorative: a text label always goes with it). */
export function severityIcon(severity: Severity): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const { shape, mark } = ICONS[severity];
  const outline =
    shape === "circle"
      ? document.createElementNS(SVG_NS, "circle")
      : document.createElementNS(SVG_NS, "path");
  if (shape === "circle") {
    outline.setAttribute("cx", "12");
    outline.setAttribute("cy", "12");
    outline.setAttribute("r", "10");
  } else outline.setAttribute("d", "M12 2L23 21H1z");
  outline.setAttribute("fill", "currentColor");
  const path = document.createElementNS(SVG_NS, "path");
  path.setAttribute("d", mark);
  path.setAttribute("stroke", "#fff");
  path.setAttribute("stroke-width", "2.6");
  path.setAttribute("stroke-linecap", "round");
  svg.append(outline, path);
  return svg;
}

/** Icon + word for a severity ("Lỗi", "Warning"…): never colour alone. */
export function severityChip(lang: Lang, severity: Severity): HTMLSpanElement {
  return el(
    "span",
    { class: `sev-chip sev-${severity}` },
    severityIcon(severity),
    severityLabel(lang, severity),
  );
}

/** Writes every `data-i18n` text and `data-i18n-aria-label` label of the page in a language. */
export function applyStrings(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = `${t(lang, "title")} — cchc`;
  for (const e of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    e.textContent = t(lang, e.dataset.i18n as StringKey);
  }
  for (const e of document.querySelectorAll<HTMLElement>("[data-i18n-aria-label]")) {
    e.setAttribute("aria-label", t(lang, e.dataset.i18nAriaLabel as StringKey));
  }
  for (const e of document.querySelectorAll<HTMLElement>("[data-icon]")) {
    e.replaceChildren(severityIcon(e.dataset.icon as Severity));
  }
}

/** A `data:` URL for a download (no `blob:` URLs: the page makes no request but `file:` and `data:`). */
export function dataUrl(text: string, type: string): string {
  return `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
}

/** A base64 `data:` URL for a binary download (an `.xlsx` workbook). */
export function bytesDataUrl(bytes: Uint8Array, type: string): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x2000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  }
  return `data:${type};base64,${btoa(bin)}`;
}

/** A picked or dropped file's bytes; a file the browser cannot read gives no bytes (the reader then says "empty"). */
export async function fileBytes(file: File): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return new Uint8Array(0);
  }
}
