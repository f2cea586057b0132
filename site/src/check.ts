/**
 * What the page does with a report, without the DOM: check it the way `cchc check` does, place each
 * finding beside its appendix row, and write the downloads. Pure functions, tested in Node.
 */
import { formatPeriodId, parsePeriodId, reportingPeriod } from "cchc/calendar";
import { type Catalog, catalogForReport, findCatalogVersion } from "cchc/catalog";
import { checkNarrative } from "cchc/io";
import type { Report, ReportingPeriod } from "cchc/model";
import { formatVietnameseNumber } from "cchc/numbers";
import {
  type CheckResult,
  checkReport,
  checkResultToJson,
  type Finding,
  type FindingValue,
  type Lang,
} from "cchc/rules";

/**
 * Checks a report as `cchc check` does: the rule engine over the appendix, with the import findings
 * and the narrative cross-checks merged in.
 */
export function checkImportedReport(
  report: Report,
  importFindings: readonly Finding[],
  lang: Lang,
): CheckResult {
  return checkReport(report, {
    lang,
    importFindings: [...importFindings, ...checkNarrative(report, { lang })],
  });
}

/** One line of the appendix table. */
export interface AppendixLine {
  /** Indicator id (`"2.1"`). */
  id: string;
  /** The code printed in the template, or "-" for an unnumbered sub-row. */
  code: string;
  name: { vi: string; en: string };
  /** The unit written in the report, else the template's. */
  unit: { vi: string; en: string };
  /** The value as written in the report (or formatted the Vietnamese way when only a number is known). */
  value: string;
  note: string;
  group: boolean;
  /** Nesting level (0 for a section). */
  depth: number;
  /** False for a value whose id the template does not know. */
  inCatalog: boolean;
  findings: Finding[];
}

/** The findings of a check placed where an officer looks for them. */
export interface PlacedFindings {
  lines: AppendixLine[];
  /** Findings about the narrative prose that no appendix row carries. */
  narrative: Finding[];
  /** Every other finding without a row: import findings, report-level findings. */
  general: Finding[];
}

function valueText(raw: string | undefined, value: number | string | null | undefined): string {
  if (raw !== undefined && raw.trim() !== "") return raw.trim();
  if (value === null || value === undefined) return "";
  try {
    return formatVietnameseNumber(String(value));
  } catch {
    return String(value);
  }
}

/** The catalog a check used (by the result's version), else the one the report selects. */
export function catalogOfCheck(report: Report, result: Pick<CheckResult, "catalogVersion">): Catalog {
  return findCatalogVersion(result.catalogVersion) ?? catalogForReport(report).catalog;
}

/**
 * Places each finding on the appendix row it is about (`code`, else its first `codes` entry) when the
 * template or the report has that row; the rest go to the narrative or the report-level list. Every
 * finding is placed exactly once, in the result's order.
 */
export function placeFindings(report: Report, result: CheckResult): PlacedFindings {
  const catalog = catalogOfCheck(report, result);
  const byId = new Map<string, Finding[]>();
  const known = new Set(catalog.rows.map((r) => r.id));
  for (const id of Object.keys(report.values)) known.add(id);
  const narrative: Finding[] = [];
  const general: Finding[] = [];
  for (const f of result.findings) {
    const key = f.code ?? f.codes[0];
    if (key !== undefined && known.has(key)) {
      const list = byId.get(key);
      if (list) list.push(f);
      else byId.set(key, [f]);
    } else if (f.source === "narrative") narrative.push(f);
    else general.push(f);
  }
  const lines: AppendixLine[] = [];
  for (const row of catalog.rows) {
    const v = report.values[row.id];
    lines.push({
      id: row.id,
      code: row.code ?? "-",
      name: row.name,
      unit: v?.unit !== undefined ? { vi: v.unit, en: v.unit } : (row.unit ?? { vi: "", en: "" }),
      value: valueText(v?.raw, v?.value),
      note: v?.note ?? "",
      group: row.kind === "group",
      depth: row.id.split(".").length - 1,
      inCatalog: true,
      findings: byId.get(row.id) ?? [],
    });
  }
  const inCatalog = new Set(catalog.rows.map((r) => r.id));
  for (const [id, v] of Object.entries(report.values)) {
    if (inCatalog.has(id)) continue;
    lines.push({
      id,
      code: id,
      name: { vi: "", en: "" },
      unit: { vi: v.unit ?? "", en: v.unit ?? "" },
      value: valueText(v.raw, v.value),
      note: v.note ?? "",
      group: false,
      depth: 0,
      inCatalog: false,
      findings: byId.get(id) ?? [],
    });
  }
  return { lines, narrative, general };
}

/** The findings download in JSON: the object `cchc check --format json` prints. */
export function findingsJson(result: CheckResult): string {
  return checkResultToJson(result);
}

/**
 * One side of a finding as `cchc check` prints it: numbers the Vietnamese way in Vietnamese
 * (`37,04%`, `20.000`), as computed in English (`37.04%`), with the unit.
 */
export function findingValueText(v: FindingValue | undefined, lang: Lang): string {
  if (!v || v.value === null || v.value === undefined) return "";
  let s = v.value;
  if (lang === "vi" && /^-?\d+(?:\.\d+)?$/.test(s)) {
    try {
      s = formatVietnameseNumber(s);
    } catch {
      // keep as computed
    }
  }
  return `${s}${v.unit ?? ""}`;
}

function csvCell(s: string): string {
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function side(v: FindingValue | undefined): string {
  if (!v || v.value === null || v.value === undefined) return "";
  return `${v.value}${v.unit ?? ""}`;
}

/**
 * The findings download in CSV (RFC 4180, comma-separated, UTF-8 with a byte-order mark so that Excel
 * shows Vietnamese letters): severity, rule, code, codes, expected, actual, message in the language
 * asked, source.
 */
export function findingsCsv(findings: readonly Finding[], lang: Lang): string {
  const head = ["severity", "rule", "code", "codes", "expected", "actual", "message", "source"];
  const rows = findings.map((f) =>
    [
      f.severity,
      f.rule,
      f.code ?? "",
      f.codes.join(" "),
      side(f.expected),
      side(f.actual),
      f.messages[lang],
      f.source,
    ]
      .map(csvCell)
      .join(","),
  );
  return `\uFEFF${[head.join(","), ...rows].join("\r\n")}\r\n`;
}

/** The period id (`2022H1`) of a report's period, or "" for a custom period. */
export function periodIdOf(period: ReportingPeriod): string {
  if (period.kind === "custom") return "";
  try {
    const id: Parameters<typeof formatPeriodId>[0] = { kind: period.kind, year: period.year };
    if (period.index !== undefined) id.index = period.index;
    return formatPeriodId(id);
  } catch {
    return "";
  }
}

/**
 * A period id typed by the user (`2022H1`, `2022Q3`, `2022N9`, `2022`) as the reporting period with
 * the NĐ 09/2019/NĐ-CP Điều 12 window (what the importer uses for a title), or why not.
 */
export function periodFromId(
  id: string,
): { ok: true; period: ReportingPeriod } | { ok: false; message: { vi: string; en: string } } {
  const parsed = parsePeriodId(id.trim().toUpperCase());
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  const { kind, year, index } = parsed.value;
  let p: ReturnType<typeof reportingPeriod>;
  try {
    p = reportingPeriod(kind, year, index);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, message: { vi: why, en: why } };
  }
  const period: ReportingPeriod = { kind: p.kind, year: p.year, from: p.from, to: p.to };
  if (p.index !== undefined) period.index = p.index;
  return { ok: true, period };
}
