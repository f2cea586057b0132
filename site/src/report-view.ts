/** The Report tab: read a file, check it, show the appendix with each finding beside its row. */
import { renderReport } from "cchc/io";
import type { Report, ReportingPeriod } from "cchc/model";
import { renderReportXlsx } from "cchc/office";
import type { CheckResult, Finding, Lang, Severity } from "cchc/rules";
import {
  type AppendixLine,
  checkImportedReport,
  findingsCsv,
  findingsJson,
  findingValueText,
  type PlacedFindings,
  periodFromId,
  periodIdOf,
  placeFindings,
} from "./check.js";
import { byId, bytesDataUrl, dataUrl, el, fileBytes, severityChip, severityIcon } from "./dom.js";
import { t } from "./i18n.js";
import { readReportFile } from "./read-file.js";

interface Source {
  bytes: Uint8Array;
  name: string;
  /** Pasted text rather than a file (its name follows the language). */
  pasted: boolean;
}

interface Checked {
  report: Report;
  result: CheckResult;
  placed: PlacedFindings;
}

/** What the Report tab shows; everything on it is rendered from this and the language. */
interface ReportState {
  source: Source | null;
  /** The period typed by the user (overrides the detected one). */
  period: ReportingPeriod | null;
  /** Text in the period field, and why it is not a period. */
  periodText: string;
  periodError: { vi: string; en: string } | null;
  error: { vi: string; en: string } | null;
  /** The file is a report but does not say its period: the user must type it. */
  periodNeeded: boolean;
  checked: Checked | null;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const state: ReportState = {
  source: null,
  period: null,
  periodText: "",
  periodError: null,
  error: null,
  periodNeeded: false,
  checked: null,
};

let currentLang: Lang = "vi";

/** A file a download button saves: its name, and its `data:` URL, written only when asked for. */
interface Download {
  name: string;
  url: () => string;
}

/** The files the download buttons save, by button id (rebuilt with each result and language). */
const downloads = new Map<string, Download>();

/** The MIME type of an `.xlsx` workbook. */
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves a file the way a link with `download` does, from a `data:` URL (no request leaves the page). */
export function save(file: Download): void {
  const a = el("a", { href: file.url(), download: file.name, hidden: "" });
  document.body.append(a);
  a.click();
  a.remove();
}

export function stem(name: string): string {
  return (
    name
      .replace(/\.[^.]+$/, "")
      .replace(/[^\p{L}\p{N}_-]+/gu, "-")
      .slice(0, 80) || "report"
  );
}

export function findingItem(f: Finding, lang: Lang, showWhere: boolean): HTMLLIElement {
  const head = el("span", { class: "head" }, severityChip(lang, f.severity));
  if (showWhere && f.code) head.append(el("span", { class: "where" }, f.code));
  head.append(el("code", { class: "rule" }, f.rule));
  const li = el(
    "li",
    {
      class: `finding sev-${f.severity}`,
      "data-severity": f.severity,
      "data-rule": f.rule,
      "data-code": f.code ?? "",
    },
    head,
    el("span", { class: "msg" }, f.messages[lang]),
  );
  if (f.expected?.value != null && f.actual?.value != null) {
    const atLeast = f.rule === "subset.parts" ? "≥ " : "";
    li.append(
      el(
        "span",
        { class: "ev" },
        `${t(lang, "expected")}: ${atLeast}${findingValueText(f.expected, lang)}; ${t(lang, "actual")}: ${findingValueText(f.actual, lang)}`,
      ),
    );
  }
  return li;
}

export function worst(findings: readonly Finding[]): Severity | null {
  for (const s of SEVERITIES) if (findings.some((f) => f.severity === s)) return s;
  return null;
}

function noteCell(note: string, lang: Lang): HTMLTableCellElement {
  const td = el("td", { class: "note", "data-label": t(lang, "colNote") });
  if (note.length <= 140) td.textContent = note;
  else td.append(el("details", {}, el("summary", {}, `${note.slice(0, 110)}…`), note));
  return td;
}

function appendixRow(line: AppendixLine, lang: Lang): HTMLTableRowElement {
  const flag = worst(line.findings);
  const cls = [line.group ? "group" : "", flag ? `flag-${flag}` : ""].filter(Boolean).join(" ");
  const name = line.inCatalog
    ? el("td", { class: `name d${Math.min(line.depth, 4)}` }, line.name[lang])
    : el("td", { class: "name not-in-catalog" }, t(lang, "notInCatalog"));
  const findings = el("ul", { class: "findings" });
  for (const f of line.findings) findings.append(findingItem(f, lang, false));
  return el(
    "tr",
    { "data-id": line.id, class: cls || undefined },
    el("th", { scope: "row" }, line.code),
    name,
    el("td", { class: "unit", "data-label": t(lang, "colUnit") }, line.unit[lang]),
    el("td", { class: "value", "data-label": t(lang, "colValue") }, line.value),
    noteCell(line.note, lang),
    el("td", { class: "findings-cell" }, line.findings.length ? findings : null),
  );
}

export function fillList(list: HTMLElement, findings: readonly Finding[], lang: Lang): void {
  list.replaceChildren(...findings.map((f) => findingItem(f, lang, true)));
  if (findings.length === 0) list.append(el("li", { class: "none muted" }, t(lang, "noFindings")));
}

function periodText(p: ReportingPeriod): string {
  const id = periodIdOf(p);
  return `${id ? `${id}, ` : ""}${p.from} → ${p.to}`;
}

function renderRuleOptions(findings: readonly Finding[], lang: Lang): void {
  const select = byId<HTMLSelectElement>("filter-rule");
  const keep = select.value;
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  select.replaceChildren(
    el("option", { value: "" }, t(lang, "filterAllRules")),
    ...rules.map((r) => el("option", { value: r }, r)),
  );
  select.value = rules.includes(keep) ? keep : "";
}

/** Shows or hides findings and rows by the filter controls. */
function applyFilters(): void {
  const sev = new Set(SEVERITIES.filter((s) => byId<HTMLInputElement>(`filter-${s}`).checked));
  const rule = byId<HTMLSelectElement>("filter-rule").value;
  const onlyFlagged = byId<HTMLInputElement>("only-flagged").checked;
  for (const li of document.querySelectorAll<HTMLLIElement>("#panel-report li.finding")) {
    li.hidden = !(sev.has(li.dataset.severity as Severity) && (rule === "" || li.dataset.rule === rule));
  }
  for (const tr of document.querySelectorAll<HTMLTableRowElement>("#appendix-body tr")) {
    tr.hidden = onlyFlagged && tr.querySelector("li.finding:not([hidden])") === null;
  }
}

function renderResult(lang: Lang): void {
  const c = state.checked;
  const result = byId("result");
  if (!c || !state.source) {
    result.hidden = true;
    return;
  }
  const { report, result: r, placed } = c;
  byId("meta-file").textContent = state.source.pasted ? t(lang, "pastedName") : state.source.name;
  byId("meta-agency").textContent =
    report.agency.id === "unknown" ? t(lang, "agencyUnknown") : (report.agency.name ?? report.agency.id);
  byId("meta-period").textContent = periodText(report.period);
  byId("meta-catalog").textContent = r.catalogVersion;

  const verdict = byId("verdict");
  verdict.textContent = t(lang, r.ok ? "verdictOk" : "verdictNotOk");
  verdict.className = `verdict ${r.ok ? "ok" : "not-ok"}`;
  const s = r.summary;
  const counts: [Severity, number, "errors" | "warnings" | "infos"][] = [
    ["error", s.errors, "errors"],
    ["warning", s.warnings, "warnings"],
    ["info", s.infos, "infos"],
  ];
  byId("counts").replaceChildren(
    ...counts.map(([sev, n, word]) =>
      el(
        "li",
        { "data-severity": sev, class: `sev-${sev}` },
        severityIcon(sev),
        el("span", { class: "count" }, `${n} ${t(lang, word)}`),
      ),
    ),
  );
  byId("rules-count").textContent =
    `${s.rulesRun} ${t(lang, "rulesRun")}, ${s.rulesSkipped} ${t(lang, "rulesSkipped")}.`;

  const name = stem(state.source.name);
  downloads.set("dl-findings-json", {
    name: `${name}-findings.json`,
    url: () => dataUrl(findingsJson(r), "application/json"),
  });
  downloads.set("dl-findings-csv", {
    name: `${name}-findings-${lang}.csv`,
    url: () => dataUrl(findingsCsv(r.findings, lang), "text/csv"),
  });
  downloads.set("dl-appendix-csv", {
    name: `${name}-appendix-${lang}.csv`,
    url: () => dataUrl(renderReport(report, { to: "csv", lang, bom: true }), "text/csv"),
  });
  downloads.set("dl-appendix-xlsx", {
    name: `${name}-appendix-${lang}.xlsx`,
    url: () => bytesDataUrl(renderReportXlsx(report, { findings: r.findings, lang }), XLSX_TYPE),
  });

  byId("appendix-body").replaceChildren(...placed.lines.map((l) => appendixRow(l, lang)));
  fillList(byId("narrative-findings"), placed.narrative, lang);
  fillList(byId("general-findings"), placed.general, lang);
  renderRuleOptions(r.findings, lang);
  applyFilters();
  result.hidden = false;
}

function renderPeriodForm(lang: Lang): void {
  const form = byId("period-form");
  form.hidden = state.source === null;
  const input = byId<HTMLInputElement>("period");
  if (document.activeElement !== input) input.value = state.periodText;
  const err = byId("period-error");
  err.hidden = state.periodError === null;
  err.textContent = state.periodError ? state.periodError[lang] : "";
  input.setAttribute("aria-invalid", state.periodError ? "true" : "false");
}

/** Draws the whole Report tab in a language (used on every change, including the language switch). */
export function renderReportTab(lang: Lang): void {
  currentLang = lang;
  const error = byId("error");
  error.hidden = state.error === null;
  error.textContent = state.error
    ? `${t(lang, "badFile")}: ${state.error[lang]}${state.periodNeeded ? `. ${t(lang, "periodNeeded")}` : ""}`
    : "";
  renderPeriodForm(lang);
  renderResult(lang);
}

function check(): void {
  const src = state.source;
  if (!src) return;
  const options: Parameters<typeof readReportFile>[2] = { lang: currentLang };
  if (state.period) options.period = state.period;
  const r = readReportFile(src.bytes, src.name, options);
  state.periodNeeded = !r.ok && r.error.code === "period-unknown";
  state.checked = null;
  state.error = r.ok ? null : r.error.message;
  if (r.ok) {
    try {
      const result = checkImportedReport(r.report, r.findings, currentLang);
      state.checked = { report: r.report, result, placed: placeFindings(r.report, result) };
      if (!state.period) state.periodText = periodIdOf(r.report.period);
    } catch (e) {
      // The library returns typed results; this is only a guard so that the page never stays stuck.
      const why = e instanceof Error ? e.message : String(e);
      state.error = {
        vi: `lỗi không mong đợi khi kiểm tra: ${why}`,
        en: `unexpected error while checking: ${why}`,
      };
    }
  }
  renderReportTab(currentLang);
  if (state.periodNeeded) byId("period").focus();
  const status = byId("status");
  status.textContent = state.checked
    ? `${byId("verdict").textContent ?? ""} ${byId("counts").textContent ?? ""}`
    : (byId("error").textContent ?? "");
}

/** Loads new input (a file or pasted text) and checks it with the detected period. */
function load(bytes: Uint8Array, name: string, pasted = false): void {
  state.source = { bytes, name, pasted };
  state.period = null;
  state.periodText = "";
  state.periodError = null;
  check();
}

async function loadFile(file: File): Promise<void> {
  byId("status").textContent = t(currentLang, "reading");
  load(await fileBytes(file), file.name);
}

/** Wires the Report tab's controls. */
export function setUpReportTab(getLang: () => Lang): void {
  currentLang = getLang();
  const input = byId<HTMLInputElement>("file");
  input.addEventListener("change", () => {
    const f = input.files?.[0];
    if (f) void loadFile(f);
    input.value = "";
  });
  // The zone shows where to drop; a file dropped anywhere on the page is read (and never makes the
  // browser navigate away from the page to show the file).
  const drop = byId("drop");
  drop.addEventListener("dragover", () => drop.classList.add("over"));
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  window.addEventListener("dragover", (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
  });
  window.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    const f = e.dataTransfer?.files?.[0];
    // A file dropped while another tab shows is that tab's.
    if (f && !byId("panel-report").hidden) void loadFile(f);
  });

  byId("paste-check").addEventListener("click", () => {
    const text = byId<HTMLTextAreaElement>("paste").value;
    load(new TextEncoder().encode(text), t(currentLang, "pastedName"), true);
  });

  const periodInput = byId<HTMLInputElement>("period");
  const applyPeriod = () => {
    const text = periodInput.value.trim();
    if (text === state.periodText && state.periodError === null && (state.period !== null || text === ""))
      return;
    state.periodText = text;
    if (text === "") {
      state.period = null;
      state.periodError = null;
    } else {
      const p = periodFromId(text);
      if (!p.ok) {
        state.periodError = p.message;
        renderReportTab(currentLang);
        return;
      }
      state.period = p.period;
      state.periodError = null;
    }
    check();
  };
  byId("period-form").addEventListener("submit", (e) => {
    e.preventDefault();
    applyPeriod();
  });
  periodInput.addEventListener("change", applyPeriod);

  for (const id of ["dl-findings-json", "dl-findings-csv", "dl-appendix-csv", "dl-appendix-xlsx"]) {
    byId(id).addEventListener("click", () => {
      const file = downloads.get(id);
      if (file) save(file);
    });
  }
  for (const id of ["filter-error", "filter-warning", "filter-info", "filter-rule", "only-flagged"]) {
    byId(id).addEventListener("change", applyFilters);
  }
}
