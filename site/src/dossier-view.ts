/**
 * The Dossiers tab: read a dossier statistics table (a file or pasted text), check it under an
 * on-time-rate profile, and show the column mapping, the rows with each finding beside its row, the
 * totals and rates, and the findings.
 */
import { ON_TIME_RATE_PROFILES } from "cchc/catalog";
import type { DossierColumn } from "cchc/io";
import type { DossierFlow } from "cchc/model";
import { formatVietnameseNumber } from "cchc/numbers";
import { type DossierRateRow, type DossierTableCheck, dossierTableCheckToJson } from "cchc/rollup";
import type { Finding, Lang, Severity } from "cchc/rules";
import { byId, dataUrl, el, fileBytes, severityIcon } from "./dom.js";
import { checkDossierBytes, type DossierLine, placeDossierFindings } from "./dossier-check.js";
import { t } from "./i18n.js";
import { fillList, findingItem, save, stem, worst } from "./report-view.js";

interface Source {
  bytes: Uint8Array;
  name: string;
  pasted: boolean;
}

interface DossierState {
  source: Source | null;
  profile: string;
  error: { vi: string; en: string } | null;
  check: DossierTableCheck<DossierColumn> | null;
  /** The language the check ran in (its messages' `message` and the JSON download follow it). */
  checkedLang: Lang | null;
}

const state: DossierState = {
  source: null,
  profile: ON_TIME_RATE_PROFILES[0]?.id ?? "template",
  error: null,
  check: null,
  checkedLang: null,
};

let currentLang: Lang = "vi";

/** A count or rate as the table shows it: Vietnamese grouping and comma in Vietnamese. */
function shown(v: string | number | null | undefined, lang: Lang, percent = false): string {
  if (v === null || v === undefined) return "–";
  let s = String(v);
  if (lang === "vi" && /^-?\d+(?:\.\d+)?$/.test(s)) {
    try {
      s = formatVietnameseNumber(s);
    } catch {
      // keep as computed
    }
  }
  return percent ? `${s}%` : s;
}

function numberCell(v: string | number | null | undefined, label: string, lang: Lang, percent = false) {
  return el("td", { class: "value", "data-label": label }, shown(v, lang, percent));
}

function flowRow(
  unit: string,
  flow: Pick<DossierFlow, "toProcess" | "resolved" | "pending">,
  rate: DossierRateRow,
  findings: readonly Finding[],
  lang: Lang,
  cls: string,
): HTMLTableRowElement {
  const flag = worst(findings);
  const list = el("ul", { class: "findings" });
  for (const f of findings) list.append(findingItem(f, lang, false));
  return el(
    "tr",
    { class: [cls, flag ? `flag-${flag}` : ""].filter(Boolean).join(" ") || undefined },
    el("th", { scope: "row" }, unit),
    numberCell(flow.toProcess, t(lang, "dosColToProcess"), lang),
    numberCell(flow.resolved, t(lang, "dosColResolved"), lang),
    numberCell(flow.pending, t(lang, "dosColPending"), lang),
    numberCell(rate.reported, t(lang, "dosColReported"), lang, true),
    numberCell(rate.computed, t(lang, "dosColComputed"), lang, true),
    el("td", { class: "findings-cell" }, findings.length ? list : null),
  );
}

function lineRow(line: DossierLine, check: DossierTableCheck, lang: Lang): HTMLTableRowElement {
  const rate = check.rates.rows[line.index] as DossierRateRow;
  const tr = flowRow(line.flow.unit, line.flow, rate, line.findings, lang, line.flow.total ? "total" : "");
  tr.dataset.row = String(line.index);
  return tr;
}

function roleText(c: DossierColumn, lang: Lang): string {
  if (c.role === "share") return `share (${c.of ?? "?"} / ${c.base ?? "?"})`;
  return c.role ?? t(lang, "dosIgnored");
}

function renderProfiles(lang: Lang): void {
  const select = byId<HTMLSelectElement>("dos-profile");
  select.replaceChildren(
    ...ON_TIME_RATE_PROFILES.map((p) => el("option", { value: p.id }, `${p.name[lang]} (${p.id})`)),
  );
  select.value = state.profile;
  const p = ON_TIME_RATE_PROFILES.find((x) => x.id === state.profile);
  byId("dos-profile-formula").textContent = p ? p.formula : "";
}

/** The JSON download's file, rebuilt with each result. */
let jsonDownload: { name: string; url: () => string } | null = null;

function renderResult(lang: Lang): void {
  const result = byId("dos-result");
  const c = state.check;
  const src = state.source;
  if (!c || !src) {
    result.hidden = true;
    jsonDownload = null;
    return;
  }
  byId("dos-meta-file").textContent = src.pasted ? t(lang, "pastedName") : src.name;
  byId("dos-meta-rows").textContent = String(c.rows.length);
  const verdict = byId("dos-verdict");
  verdict.textContent = t(lang, c.ok ? "verdictOk" : "verdictNotOk");
  verdict.className = `verdict ${c.ok ? "ok" : "not-ok"}`;
  const count = (s: Severity) => c.findings.filter((f) => f.severity === s).length;
  const counts: [Severity, "errors" | "warnings" | "infos"][] = [
    ["error", "errors"],
    ["warning", "warnings"],
    ["info", "infos"],
  ];
  byId("dos-counts").replaceChildren(
    ...counts.map(([sev, word]) =>
      el(
        "li",
        { "data-severity": sev, class: `sev-${sev}` },
        severityIcon(sev),
        el("span", { class: "count" }, `${count(sev)} ${t(lang, word)}`),
      ),
    ),
  );
  jsonDownload = {
    name: `${stem(src.name)}-dossier-findings.json`,
    url: () => dataUrl(dossierTableCheckToJson(c), "application/json"),
  };

  byId("dos-columns-body").replaceChildren(
    ...c.columns
      .filter((col) => col.header !== "")
      .map((col) =>
        el(
          "tr",
          { class: col.role === null ? "muted" : undefined },
          el("td", {}, String(col.index + 1)),
          el("td", {}, col.header),
          el("td", {}, el("code", {}, roleText(col, lang))),
        ),
      ),
  );
  const placed = placeDossierFindings(c);
  byId("dos-rows-body").replaceChildren(...placed.lines.map((l) => lineRow(l, c, lang)));
  const total = c.totals.computed;
  byId("dos-rows-foot").replaceChildren(
    flowRow(t(lang, "dosTotalComputed"), total, c.rates.total, [], lang, "total computed"),
  );
  fillList(byId("dos-general-findings"), placed.general, lang);
  fillList(byId("dos-findings"), c.findings, lang);
  result.hidden = false;
}

/** Draws the Dossiers tab in a language. */
export function renderDossierTab(lang: Lang): void {
  currentLang = lang;
  // A language switch checks again, so that the download is what `cchc dossiers --lang` prints.
  if (state.source && state.checkedLang !== lang) {
    check();
    return;
  }
  renderProfiles(lang);
  const error = byId("dos-error");
  error.hidden = state.error === null;
  error.textContent = state.error ? `${t(lang, "badFile")}: ${state.error[lang]}` : "";
  renderResult(lang);
}

function check(): void {
  const src = state.source;
  if (!src) return;
  // Finding messages carry both languages; the check's own labels follow the page's language.
  const r = checkDossierBytes(src.bytes, src.name, { profile: state.profile, lang: currentLang });
  state.check = r.ok ? r.check : null;
  state.error = r.ok ? null : r.message;
  state.checkedLang = currentLang;
  renderDossierTab(currentLang);
  byId("dos-status").textContent = state.check
    ? `${byId("dos-verdict").textContent ?? ""} ${byId("dos-counts").textContent ?? ""}`
    : (byId("dos-error").textContent ?? "");
}

function load(bytes: Uint8Array, name: string, pasted = false): void {
  state.source = { bytes, name, pasted };
  check();
}

async function loadFile(file: File): Promise<void> {
  byId("dos-status").textContent = t(currentLang, "reading");
  load(await fileBytes(file), file.name);
}

/** Wires the Dossiers tab's controls. */
export function setUpDossierTab(getLang: () => Lang): void {
  currentLang = getLang();
  const input = byId<HTMLInputElement>("dos-file");
  input.addEventListener("change", () => {
    const f = input.files?.[0];
    if (f) void loadFile(f);
    input.value = "";
  });
  const drop = byId("dos-drop");
  drop.addEventListener("dragover", () => drop.classList.add("over"));
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  // The Report tab keeps the page from navigating to a dropped file; a file dropped while this tab
  // shows is a dossier table.
  window.addEventListener("drop", (e) => {
    drop.classList.remove("over");
    const f = e.dataTransfer?.files?.[0];
    if (f && !byId("panel-dossiers").hidden) void loadFile(f);
  });
  byId("dos-paste-check").addEventListener("click", () => {
    const text = byId<HTMLTextAreaElement>("dos-paste").value;
    load(new TextEncoder().encode(text), t(currentLang, "pastedName"), true);
  });
  byId("dos-profile").addEventListener("change", () => {
    state.profile = byId<HTMLSelectElement>("dos-profile").value;
    if (state.source) check();
    else renderDossierTab(currentLang);
  });
  byId("dos-dl-json").addEventListener("click", () => {
    if (jsonDownload) save(jsonDownload);
  });
}
