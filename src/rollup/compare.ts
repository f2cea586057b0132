/**
 * Comparing two periods' reports, and summing quarters into a year-to-date report.
 * @module
 */

import { catalogForReport } from "../catalog/lookup.js";
import type { Catalog, CatalogRow, IndicatorKind } from "../catalog/types.js";
import { type ResolvedValue, resolveValues } from "../catalog/values.js";
import type { LocalizedText } from "../model/primitives.js";
import { type IndicatorValue, REPORT_FORMAT, type Report } from "../model/report.js";
import { subtractDecimal } from "../numbers/arithmetic.js";
import { sumDecimals } from "../numbers/decimal.js";
import { rate } from "../numbers/rate.js";

/**
 * Trạng thái so sánh: `changed` / `same` (both reported), `added` (blank before), `removed` (blank now),
 * `both-blank`, `unreadable` (a value could not be read as a number, or is a fraction that stands for no
 * single number in its row, such as a rate row written `732/876` without its percentage).
 * @example
 * const s: ComparisonState = "added";
 */
export type ComparisonState = "changed" | "same" | "added" | "removed" | "both-blank" | "unreadable";

/**
 * So sánh một chỉ tiêu giữa hai kỳ: old and new values (exact strings, `null` when blank), the
 * difference, the relative change in percent (counts, money; `null` when the old value is 0 or blank), and
 * for rates the difference in percentage points (`deltaPoints`; `deltaPercent` is then `null` — a rate's
 * change is read in points, not percent of percent).
 * @example
 * const c: IndicatorComparison = { id: "3.4.1", kind: "rate", unit: { vi: "%", en: "%" }, old: "96.39", new: "98.00", delta: "1.61", deltaPoints: "1.61", deltaPercent: null, status: "changed" };
 */
export interface IndicatorComparison {
  id: string;
  kind: IndicatorKind;
  unit: LocalizedText | null;
  old: string | null;
  new: string | null;
  delta: string | null;
  deltaPercent: string | null;
  deltaPoints?: string | null;
  status: ComparisonState;
}

/** A value that is written but stands for no number: unreadable text, or a fraction its row gives no meaning. */
function unreadable(v: ResolvedValue): boolean {
  return v.kind === "invalid" || (v.kind === "fraction" && v.value === null);
}

/**
 * So sánh hai kỳ báo cáo: compares every non-heading row of the catalog between an older and a newer
 * report: exact difference; relative change in percent (2 decimals, half-up) for counts and money;
 * percentage points for rates. Blank vs blank is `both-blank` (not a change from 0 to 0). Rows blank in
 * both are listed too, so the result has one entry per catalog row. Never throws.
 * @example
 * compareReports(q1, q2).find((c) => c.id === "3.4.1.a"); // { old: "83", new: "100", delta: "17", deltaPercent: "20.48", … }
 */
export function compareReports(
  older: Report,
  newer: Report,
  options: { catalog?: Catalog } = {},
): IndicatorComparison[] {
  const catalog = catalogForReport(newer, { catalog: options.catalog }).catalog;
  // both reports read against one catalog by the library's one resolver (the rules' reading)
  const a = resolveValues(older, catalog);
  const b = resolveValues(newer, catalog);
  const out: IndicatorComparison[] = [];
  for (const row of catalog.rows) {
    if (row.kind === "group") continue;
    const va = a.get(row.id);
    const vb = b.get(row.id);
    const o = va.value;
    const n = vb.value;
    const isRate = row.kind === "rate";
    const c: IndicatorComparison = {
      id: row.id,
      kind: row.kind,
      unit: row.unit,
      old: o,
      new: n,
      delta: null,
      deltaPercent: null,
      status: "both-blank",
    };
    if (isRate) c.deltaPoints = null;
    if (unreadable(va) || unreadable(vb)) c.status = "unreadable";
    else if (o === null && n === null) c.status = "both-blank";
    else if (o === null) c.status = "added";
    else if (n === null) c.status = "removed";
    else {
      // `o` and `n` come from the resolver: canonical decimals of at most 200 characters
      c.delta = subtractDecimal(n, o);
      c.status = c.delta === "0" ? "same" : "changed";
      if (isRate) c.deltaPoints = c.delta;
      else if (row.kind !== "coded") {
        const r = rate(c.delta, o, { decimals: 2, allowNegative: true });
        c.deltaPercent = r.ok ? r.value : null;
      }
    }
    out.push(c);
  }
  return out;
}

/**
 * Lũy kế một chỉ tiêu: how {@link yearToDate} obtained one row — `summed` (an additive row), `recomputed`
 * (a rate from summed additive components), `not-additive` (a stock, a cumulative row, a coded answer or a
 * rate whose components are not additive: take it from the latest report instead), or `blank`.
 * @example
 * const v: YearToDateValue = { status: "not-additive" };
 */
export type YearToDateValue =
  | { status: "summed"; value: string; reportedBy: number }
  | { status: "recomputed"; value: string; numerator: string; denominator: string }
  | { status: "not-additive" }
  | { status: "blank" };

/**
 * Kết quả lũy kế: per row how it was obtained, the year-to-date report (summed and recomputed rows only),
 * and problems with the inputs (agencies or gaps between periods).
 * @example
 * const r: YearToDate = yearToDate([q1, q2]);
 */
export interface YearToDate {
  values: Record<string, YearToDateValue>;
  report: Report;
  problems: { vi: string; en: string }[];
}

/**
 * Lũy kế từ đầu năm: sums quarterly (or monthly) reports of one agency into a year-to-date report. Rows
 * the catalog marks `additive` (flows: documents issued, dossiers received) are summed exactly; rates
 * whose numerator and denominator rows are both additive are recomputed from the sums; everything else —
 * stocks (procedures in force, staff present), cumulative rows (plan completion 1.2.b), coded answers —
 * is `{ status: "not-additive" }`, never summed. Reports are ordered by period start; a gap or overlap
 * between them, or another agency, is listed in `problems`. Never throws (an empty list gives an empty result).
 * @example
 * const ytd = yearToDate([q1, q2, q3]);
 * ytd.values["3.4.1.a"]; // { status: "summed", value: "250", reportedBy: 3 }
 * ytd.values["3.1.4"]; // { status: "not-additive" }
 */
export function yearToDate(
  quarterReports: readonly Report[],
  options: { catalog?: Catalog } = {},
): YearToDate {
  const reps = (Array.isArray(quarterReports) ? quarterReports : [])
    .filter((r) => r && typeof r === "object" && r.period && r.values)
    .sort((x, y) => (x.period.from < y.period.from ? -1 : 1));
  const problems: { vi: string; en: string }[] = [];
  const first = reps[0];
  const last = reps[reps.length - 1];
  const period =
    first && last
      ? {
          kind: "custom" as const,
          year: Number(last.period.to.slice(0, 4)),
          from: first.period.from,
          to: last.period.to,
        }
      : { kind: "custom" as const, year: 1970, from: "1970-01-01", to: "1970-01-01" };
  const catalog = catalogForReport(last ?? { period }, { catalog: options.catalog }).catalog;
  for (let i = 1; i < reps.length; i++) {
    const prev = reps[i - 1]!;
    const cur = reps[i]!;
    const next = new Date(`${prev.period.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    if (next.toISOString().slice(0, 10) !== cur.period.from) {
      problems.push({
        vi: `kỳ ${prev.period.from}→${prev.period.to} và ${cur.period.from}→${cur.period.to} không liền nhau`,
        en: `periods ${prev.period.from}→${prev.period.to} and ${cur.period.from}→${cur.period.to} are not consecutive`,
      });
    }
    if (cur.agency.id !== first!.agency.id) {
      problems.push({
        vi: `báo cáo của cơ quan khác: ${cur.agency.id}`,
        en: `report of another agency: ${cur.agency.id}`,
      });
    }
  }
  const read = reps.map((r) => resolveValues(r, catalog));
  const values: Record<string, YearToDateValue> = {};
  const out: Record<string, IndicatorValue> = {};
  const byId = new Map<string, CatalogRow>(catalog.rows.map((r) => [r.id, r]));
  for (const row of catalog.rows) {
    if (row.kind === "group" || row.kind === "rate") continue;
    if (!row.additive) {
      values[row.id] = { status: "not-additive" };
      continue;
    }
    const xs = read.map((m) => m.get(row.id).value).filter((x): x is string => x !== null);
    if (!xs.length) {
      values[row.id] = { status: "blank" };
      continue;
    }
    const s = sumDecimals(xs);
    values[row.id] = { status: "summed", value: s, reportedBy: xs.length };
    out[row.id] = { value: s };
  }
  for (const row of catalog.rows) {
    if (row.kind !== "rate") continue;
    const rel = catalog.relations.find((r) => r.kind === "rate" && r.rate === row.id);
    if (rel?.kind !== "rate" || !byId.get(rel.numerator)?.additive || !byId.get(rel.denominator)?.additive) {
      values[row.id] = { status: "not-additive" };
      continue;
    }
    const n = values[rel.numerator];
    const d = values[rel.denominator];
    if (n?.status !== "summed" || d?.status !== "summed") {
      values[row.id] = { status: "blank" };
      continue;
    }
    const r = rate(n.value, d.value, { decimals: 2, factor: rel.factor });
    if (!r.ok) {
      values[row.id] = { status: "blank" };
      continue;
    }
    values[row.id] = { status: "recomputed", value: r.value, numerator: n.value, denominator: d.value };
    out[row.id] = { value: r.value };
  }
  const report: Report = {
    format: REPORT_FORMAT,
    agency: first ? { ...first.agency } : { id: "?" },
    period,
    catalogVersion: catalog.version,
    values: out,
  };
  return { values, report, problems };
}
