/**
 * Roll-up of units' reports into their parent's report over an agency tree: counts and money summed
 * exactly, rates recomputed from summed numerators and denominators (never averaged), coded answers
 * combined by each row's rule, and findings naming the child units responsible.
 * @module
 */

import { catalogForReport } from "../catalog/lookup.js";
import type { Catalog, CatalogRow, RateRelation } from "../catalog/types.js";
import { type ResolvedReport, type ResolvedValue, resolveValues } from "../catalog/values.js";
import type { ReportingPeriod } from "../model/period.js";
import { type IndicatorValue, REPORT_FORMAT, type Report } from "../model/report.js";
import { compareDecimal, sumDecimals } from "../numbers/decimal.js";
import { compareReportedRate } from "../numbers/interval.js";
import { rate } from "../numbers/rate.js";
import { checkReport } from "../rules/engine.js";
import type { Finding, Lang } from "../rules/finding.js";
import type { AgencyRegistry } from "./registry.js";

/**
 * Kiểm tra báo cáo: a function that checks a report and returns findings (the rule engine's
 * `checkReport(report, { lang, catalog }).findings` by default).
 * @example
 * const check: ReportChecker = (report, { catalog, lang }) => checkReport(report, { catalog, lang }).findings;
 */
export type ReportChecker = (report: Report, options: { catalog: Catalog; lang: Lang }) => Finding[];

/**
 * Tùy chọn tổng hợp: options of {@link rollupReports}.
 * @example
 * const o: RollupOptions = { registry, period: { kind: "half-year", year: 2022, index: 1, from: "2022-01-01", to: "2022-06-30" } };
 */
export interface RollupOptions {
  /** The agency tree: which reports are children of the parent in the period; without it every report is included. */
  registry?: AgencyRegistry;
  /** Catalog (default: the version in force at the period's end). */
  catalog?: Catalog;
  /** The period rolled up (default: the first report's period). Reports of another period are excluded. */
  period?: ReportingPeriod;
  /** Language of the findings' `message` (default `"vi"`). */
  lang?: Lang;
  /** The checker run on the result and on the children (default: the rule engine). */
  check?: ReportChecker;
  /** Name of the parent written into the report (default: the registry's name). */
  name?: string;
}

/**
 * Đơn vị được tổng hợp: a child whose report was included; `note` says when it ended, merged or started
 * within the period (its figures cover only part of it).
 * @example
 * const u: IncludedUnit = { id: "kh/xa-a", reportAgency: "kh/xa-a", note: "merged-in-period", successor: "kh/xa-ab" };
 */
export interface IncludedUnit {
  /** The agency id (resolved through the registry's aliases). */
  id: string;
  /** The agency id as written in the report. */
  reportAgency: string;
  note?: "ended-in-period" | "merged-in-period" | "started-in-period";
  successor?: string;
  /** The ended parent through whose successor the unit counts (a merged province's department). */
  via?: string;
}

/**
 * Lý do loại báo cáo: why a report was left out of a roll-up.
 * @example
 * const r: ExclusionReason = "not-valid-in-period";
 */
export type ExclusionReason =
  | "unknown-agency"
  | "not-a-child"
  | "not-valid-in-period"
  | "merged"
  | "duplicate"
  | "period-mismatch"
  | "invalid-report";

/**
 * Báo cáo bị loại: a report left out, with the reason (and the successor of a merged unit).
 * @example
 * const u: ExcludedUnit = { id: "kh/huyen-a", reason: "not-valid-in-period", message: { vi: "…", en: "…" } };
 */
export interface ExcludedUnit {
  id: string;
  reason: ExclusionReason;
  successor?: string;
  message: { vi: string; en: string };
}

/**
 * Kết quả tổng hợp: the parent's report; per indicator id how many units reported it (`null` when none
 * did — blank is not 0); the units included, excluded (with reasons) and expected but missing; findings of
 * the rule engine on the result (each naming the child units responsible in `units`) and of the roll-up.
 * @example
 * const r: RollupResult = rollupReports("khanh-hoa", reports, { registry });
 * r.report.values["3.4.1.a"]; // { value: "1793" }
 */
export interface RollupResult {
  report: Report;
  reportedBy: Record<string, number | null>;
  units: { included: IncludedUnit[]; excluded: ExcludedUnit[]; missing: string[] };
  findings: Finding[];
}

const bi = (vi: string, en: string) => ({ vi, en });

function finding(
  rule: string,
  severity: Finding["severity"],
  code: string | null,
  units: string[],
  messages: { vi: string; en: string },
  lang: Lang,
  extra: Partial<Finding> = {},
): Finding {
  return {
    rule,
    severity,
    code,
    codes: code === null ? [] : [code],
    message: messages[lang],
    messages,
    source: "appendix",
    units,
    ...extra,
  };
}

function reported(v: ResolvedValue): boolean {
  return v.kind !== "blank";
}

interface SelectedUnit {
  id: string;
  report: Report;
}

/** An included unit with its values, read against the parent's catalog by the one resolver. */
interface Unit extends SelectedUnit {
  values: ResolvedReport;
}

/** Same period: same window, or the same named period (kind, year, index) under another cut-off convention. */
function samePeriod(a: ReportingPeriod, b: ReportingPeriod): boolean {
  if (a.from === b.from && a.to === b.to) return true;
  return a.kind !== "custom" && a.kind === b.kind && a.year === b.year && a.index === b.index;
}

/** Selects the units included, with reasons for the others. */
function selectUnits(
  parentId: string,
  reports: readonly Report[],
  period: ReportingPeriod,
  o: RollupOptions,
) {
  const included: IncludedUnit[] = [];
  const excluded: ExcludedUnit[] = [];
  const units: SelectedUnit[] = [];
  const seen = new Set<string>();
  const reg = o.registry;
  // Which units report to the parent for the period (asked once): id → the merged parent it counts through.
  const members = reg
    ? new Map(reg.unitsDuring(parentId, period.from, period.to).map((u) => [u.agency.id, u.via]))
    : new Map<string, string | undefined>();
  for (const r of reports) {
    if (
      !r ||
      typeof r !== "object" ||
      !r.agency ||
      typeof r.agency.id !== "string" ||
      !r.values ||
      !r.period
    ) {
      excluded.push({
        id: "?",
        reason: "invalid-report",
        message: bi("báo cáo không hợp lệ", "invalid report"),
      });
      continue;
    }
    const written = r.agency.id;
    let id = written;
    let note: IncludedUnit["note"];
    let successor: string | undefined;
    let via: string | undefined;
    if (reg) {
      const a = reg.resolve(written);
      if (!a) {
        excluded.push({
          id: written,
          reason: "unknown-agency",
          message: bi(
            `cơ quan ${written} không có trong sổ cơ quan`,
            `agency ${written} is not in the registry`,
          ),
        });
        continue;
      }
      id = a.id;
      if (!reg.overlaps(id, period.from, period.to)) {
        const s = reg.successorOf(id);
        const e: ExcludedUnit = s
          ? {
              id,
              reason: "merged",
              successor: s,
              message: bi(
                `${id} đã sáp nhập vào ${s} trước kỳ báo cáo`,
                `${id} merged into ${s} before the period`,
              ),
            }
          : {
              id,
              reason: "not-valid-in-period",
              message: bi(`${id} không tồn tại trong kỳ báo cáo`, `${id} does not exist in the period`),
            };
        excluded.push(e);
        continue;
      }
      if (!members.has(id)) {
        excluded.push({
          id,
          reason: "not-a-child",
          message: bi(
            `${id} không trực thuộc ${parentId} trong kỳ`,
            `${id} is not a child of ${parentId} in the period`,
          ),
        });
        continue;
      }
      via = members.get(id);
      const ag = reg.get(id);
      if (ag?.validTo !== undefined && ag.validTo < period.to) {
        successor = reg.successorOf(id);
        note = successor ? "merged-in-period" : "ended-in-period";
      } else if (ag?.validFrom !== undefined && ag.validFrom > period.from) note = "started-in-period";
    }
    if (!samePeriod(r.period, period)) {
      excluded.push({
        id,
        reason: "period-mismatch",
        message: bi(
          `kỳ báo cáo của ${id} (${r.period.from} → ${r.period.to}) khác kỳ tổng hợp`,
          `${id}'s period (${r.period.from} → ${r.period.to}) differs from the roll-up period`,
        ),
      });
      continue;
    }
    if (seen.has(id)) {
      excluded.push({
        id,
        reason: "duplicate",
        message: bi(`${id} có hai báo cáo; chỉ lấy báo cáo đầu`, `${id} has two reports; the first is used`),
      });
      continue;
    }
    seen.add(id);
    const inc: IncludedUnit = { id, reportAgency: written };
    if (note) inc.note = note;
    if (successor) inc.successor = successor;
    if (via) inc.via = via;
    included.push(inc);
    units.push({ id, report: r });
  }
  const missing = [...members.keys()].filter((id) => !seen.has(id));
  return { included, excluded, missing, units };
}

/** Combines one non-rate row over the units. */
function combineRow(
  row: CatalogRow,
  vals: readonly ResolvedValue[],
): { value: string | null; count: number; note?: string } {
  const count = vals.filter(reported).length;
  switch (row.rollup) {
    case "sum": {
      const xs = vals.map((v) => v.value).filter((x): x is string => x !== null);
      return { value: xs.length ? sumDecimals(xs) : null, count };
    }
    case "any-yes":
    case "count-yes": {
      const xs = vals.map((v) => v.value).filter((x): x is string => x !== null);
      if (!xs.length) return { value: null, count };
      const yes = xs.filter((x) => compareDecimal(x, 1) === 0).length;
      return { value: row.rollup === "any-yes" ? (yes > 0 ? "1" : "0") : String(yes), count };
    }
    default:
      return count
        ? { value: null, count, note: "Không cộng gộp được / not combinable: see the units' reports" }
        : { value: null, count };
  }
}

/**
 * Tổng hợp báo cáo: rolls the reports of `parentId`'s child units up into the parent's report.
 * - Units: with a registry, a report is included when its agency (resolved through aliases) is a child of
 *   the parent in the tree valid during the period (after 2025-07-01 a commune whose district ended
 *   reports to the province or the district's successor); others are excluded with a reason — never
 *   silently dropped — and units that ended or merged in the period are named. Expected children with no
 *   report are listed in `missing`.
 * - Rows, by the catalog's `rollup` rule: `sum` (counts, money) exactly; `recompute` (rates) from the
 *   summed numerator and denominator rows — never averaged (docs/guide.md §3) — or, for a rate row written as
 *   fractions (7.5.3.a), from the summed fractions; `any-yes` / `count-yes` for coded answers; `none` left
 *   blank with a note. Blank stays distinct from 0: `reportedBy[id]` is `null` when no unit reported it.
 * - Findings: the checker (the rule engine) on the result; each finding names in `units` the children
 *   whose own report has the same finding (or, failing that, those that reported the rows involved). The
 *   roll-up adds `rollup.*` findings: excluded / missing / ended units, rates written with different
 *   precisions, and child rates that match another denominator than the catalog's.
 * Never throws on bad reports (they are excluded as `invalid-report`).
 * @example
 * const { report, reportedBy, units, findings } = rollupReports("khanh-hoa", reports, { registry });
 * report.values["3.4.1"]; // { value: "96.07" } — (80 + 1168 + 414) / (80 + 1200 + 450), not an average
 * reportedBy["3.4.1"]; // 3
 */
export function rollupReports(
  parentId: string,
  reports: readonly Report[],
  options: RollupOptions = {},
): RollupResult {
  const lang: Lang = options.lang ?? "vi";
  const list = Array.isArray(reports) ? reports : [];
  const first = list.find((r) => r && typeof r === "object" && r.period);
  const period: ReportingPeriod = options.period ??
    first?.period ?? { kind: "custom", year: 1970, from: "1970-01-01", to: "1970-01-01" };
  const catalog = catalogForReport({ period }, { catalog: options.catalog }).catalog;
  const selected = selectUnits(parentId, list, period, options);
  const { included, excluded, missing } = selected;
  const units: Unit[] = selected.units.map((u) => ({ ...u, values: resolveValues(u.report, catalog) }));
  const values: Record<string, IndicatorValue> = {};
  const reportedBy: Record<string, number | null> = {};
  const summed = new Map<string, string>();
  const rateRel = new Map<string, RateRelation>();
  for (const rel of catalog.relations)
    if (rel.kind === "rate" && !rateRel.has(rel.rate)) rateRel.set(rel.rate, rel);
  // one pass over the units' values: each row's values in unit order (O(values), not O(rows × units))
  const byRow = new Map<string, ResolvedValue[]>();
  for (const u of units) {
    for (const [id, v] of u.values.values) {
      const list = byRow.get(id);
      if (list) list.push(v);
      else byRow.set(id, [v]);
    }
  }
  for (const row of catalog.rows) {
    if (row.kind === "group" || row.rollup === "recompute") continue;
    const c = combineRow(row, byRow.get(row.id) ?? []);
    reportedBy[row.id] = c.count ? c.count : null;
    if (c.value !== null) {
      values[row.id] = { value: c.value };
      summed.set(row.id, c.value);
    } else if (c.note) values[row.id] = { value: null, note: c.note };
  }
  for (const row of catalog.rows) {
    if (row.kind === "group" || row.rollup !== "recompute") continue;
    const vals = byRow.get(row.id) ?? [];
    const count = vals.filter(reported).length;
    const rel = rateRel.get(row.id);
    let value: string | null = null;
    let note: string | undefined;
    if (rel) {
      const n = summed.get(rel.numerator) ?? null;
      const d = summed.get(rel.denominator) ?? null;
      const r = n !== null && d !== null ? rate(n, d, { decimals: 2, factor: rel.factor }) : null;
      if (r?.ok) value = r.value;
      else if (count || n !== null || d !== null) {
        note =
          r && !r.ok && r.reason === "zero-denominator"
            ? "Mẫu số bằng 0: tỷ lệ không xác định / zero denominator: undefined"
            : "Thiếu tử số hoặc mẫu số / numerator or denominator missing";
      }
    } else if (count) {
      const fr = vals.filter(reported);
      if (fr.every((v) => v.fraction !== undefined)) {
        const n = sumDecimals(fr.map((v) => v.fraction?.numerator ?? "0"));
        const d = sumDecimals(fr.map((v) => v.fraction?.denominator ?? "0"));
        const r = rate(n, d, { decimals: 2 });
        if (r.ok) {
          value = r.value;
          note = `${n}/${d}`;
        }
      }
      if (value === null)
        note = "Không tính lại được (thiếu tử số, mẫu số) / not recomputable (no numerator, denominator)";
    }
    const hasAny = count > 0 || value !== null;
    reportedBy[row.id] = count ? count : null;
    if (value !== null) values[row.id] = note ? { value, note } : { value };
    else if (hasAny && note) values[row.id] = { value: null, note };
  }
  const name = options.name ?? options.registry?.get(parentId)?.name;
  const report: Report = {
    format: REPORT_FORMAT,
    agency: name !== undefined ? { id: parentId, name } : { id: parentId },
    period,
    catalogVersion: catalog.version,
    values,
  };
  const findings = [
    ...attributeFindings(report, units, catalog, lang, options.check ?? defaultCheck),
    ...unitFindings(included, excluded, missing, lang),
    ...rateFindings(units, catalog, rateRel, lang),
  ];
  return { report, reportedBy, units: { included, excluded, missing }, findings };
}

/** The rule engine as a {@link ReportChecker}. */
const defaultCheck: ReportChecker = (report, o) =>
  checkReport(report, { lang: o.lang, catalog: o.catalog }).findings;

function attributeFindings(
  report: Report,
  units: readonly Unit[],
  catalog: Catalog,
  lang: Lang,
  check: ReportChecker,
): Finding[] {
  const parent = check(report, { catalog, lang });
  if (!parent.length) return [];
  const childFindings = new Map<string, Finding[]>();
  const of = (u: Unit) => {
    let f = childFindings.get(u.id);
    if (!f) {
      f = check(u.report, { catalog, lang });
      childFindings.set(u.id, f);
    }
    return f;
  };
  return parent.map((f) => {
    // re-check the children only for errors and warnings (an info, e.g. a derivable blank, needs no blame)
    let responsible =
      f.severity === "info"
        ? []
        : units.filter((u) => of(u).some((g) => g.rule === f.rule && g.code === f.code)).map((u) => u.id);
    if (!responsible.length) {
      // children that reported some but not all of the rows involved (a part without its total…)
      const has = (u: Unit, c: string) => reported(u.values.get(c));
      responsible = units
        .filter((u) => f.codes.some((c) => has(u, c)) && !f.codes.every((c) => has(u, c)))
        .map((u) => u.id);
    }
    if (!responsible.length) {
      responsible = units.filter((u) => f.codes.some((c) => reported(u.values.get(c)))).map((u) => u.id);
    }
    return { ...f, units: responsible };
  });
}

function unitFindings(
  included: IncludedUnit[],
  excluded: ExcludedUnit[],
  missing: string[],
  lang: Lang,
): Finding[] {
  const out: Finding[] = [];
  for (const e of excluded) {
    out.push(
      finding(
        "rollup.unit-excluded",
        "warning",
        null,
        [e.id],
        bi(`Báo cáo bị loại: ${e.message.vi}`, `Report excluded: ${e.message.en}`),
        lang,
      ),
    );
  }
  for (const id of missing) {
    out.push(
      finding(
        "rollup.unit-missing",
        "warning",
        null,
        [id],
        bi(
          `${id} chưa có báo cáo: số liệu tổng hợp thiếu đơn vị này`,
          `${id} has no report: the totals lack this unit`,
        ),
        lang,
      ),
    );
  }
  for (const u of included) {
    if (!u.note || u.note === "started-in-period") continue;
    const m =
      u.note === "merged-in-period"
        ? bi(
            `${u.id} sáp nhập vào ${u.successor} trong kỳ: số liệu chỉ đến ngày sáp nhập`,
            `${u.id} merged into ${u.successor} in the period: figures up to the merger`,
          )
        : bi(`${u.id} chấm dứt hoạt động trong kỳ`, `${u.id} ended in the period`);
    out.push(finding("rollup.unit-ended", "info", null, [u.id], m, lang));
  }
  for (const u of included) {
    if (!u.via) continue;
    const m = bi(
      `${u.id} thuộc ${u.via}, đã sáp nhập vào đơn vị tổng hợp: số liệu của ${u.id} được tính vào kỳ này`,
      `${u.id} belonged to ${u.via}, which merged into the parent: ${u.id}'s figures count in this period`,
    );
    out.push(finding("rollup.unit-merged-parent", "info", null, [u.id, u.via], m, lang));
  }
  return out;
}

/** Alternative denominators of a rate: totals of which the catalog's denominator is a subset or part. */
function alternatives(rel: RateRelation, catalog: Catalog): string[] {
  // the other readings the catalog names first (7.7.1 over 3.1.4), then totals containing the denominator
  const alts: string[] = [...(rel.otherBases ?? [])];
  for (const r of catalog.relations) {
    if (
      (r.kind === "subset" || r.kind === "sum") &&
      r.parts.includes(rel.denominator) &&
      r.total !== rel.denominator
    ) {
      alts.push(r.total);
    }
  }
  return [...new Set(alts)];
}

function rateFindings(
  units: readonly Unit[],
  catalog: Catalog,
  rels: Map<string, RateRelation>,
  lang: Lang,
): Finding[] {
  const out: Finding[] = [];
  for (const [id, rel] of rels) {
    const precisions = new Map<number, string[]>();
    const other = new Map<string, string[]>();
    const wrong: string[] = [];
    for (const u of units) {
      const v = u.values.get(id);
      if (v.kind !== "number" || v.value === null) continue;
      const n = u.values.get(rel.numerator).value;
      const d = u.values.get(rel.denominator).value;
      // a precision counts when the unit had to round: its exact rate has more decimals than it wrote
      const exact =
        n !== null && d !== null ? rate(n, d, { factor: rel.factor, decimals: v.decimals }) : null;
      const frac = exact?.ok ? (exact.exact.split(".")[1]?.length ?? 0) : Number.POSITIVE_INFINITY;
      if (frac > v.decimals) {
        const list = precisions.get(v.decimals) ?? [];
        list.push(u.id);
        precisions.set(v.decimals, list);
      }
      if (n === null || d === null) continue;
      // fast path: the unit rounded half-up at its own precision — consistent, no interval arithmetic
      if (exact?.ok && compareDecimal(exact.value, v.value) === 0) continue;
      const rep = { value: v.value, decimals: v.decimals };
      const own = compareReportedRate(rep, n, d, { factor: rel.factor });
      if (own.status !== "inconsistent") continue;
      const alt = alternatives(rel, catalog).find((a) => {
        const da = u.values.get(a).value;
        return da !== null && compareReportedRate(rep, n, da, { factor: rel.factor }).status === "consistent";
      });
      if (alt) other.set(alt, [...(other.get(alt) ?? []), u.id]);
      else wrong.push(u.id);
    }
    if (precisions.size > 1) {
      const desc = [...precisions].map(([d, us]) => `${d}: ${us.join(", ")}`).join("; ");
      out.push(
        finding(
          "rollup.mixed-precision",
          "info",
          id,
          [...precisions.values()].flat(),
          bi(
            `Các đơn vị làm tròn ${id} với số chữ số thập phân khác nhau (${desc}); tỷ lệ tổng hợp được tính lại từ tử số và mẫu số`,
            `Units rounded ${id} to different decimals (${desc}); the roll-up recomputes it from numerator and denominator`,
          ),
          lang,
        ),
      );
    }
    for (const [alt, us] of other) {
      out.push(
        finding(
          "rollup.rate-other-denominator",
          "warning",
          id,
          us,
          bi(
            `${us.join(", ")}: tỷ lệ ${id} khớp với ${rel.numerator}/${alt}, không phải ${rel.numerator}/${rel.denominator} (mẫu số khác); tổng hợp dùng ${rel.denominator}`,
            `${us.join(", ")}: rate ${id} matches ${rel.numerator}/${alt}, not ${rel.numerator}/${rel.denominator} (a different denominator); the roll-up uses ${rel.denominator}`,
          ),
          lang,
          { codes: [id, rel.numerator, rel.denominator, alt] },
        ),
      );
    }
    if (wrong.length) {
      out.push(
        finding(
          "rollup.child-rate-inconsistent",
          "warning",
          id,
          wrong,
          bi(
            `${wrong.join(", ")}: tỷ lệ ${id} không khớp ${rel.numerator}/${rel.denominator}; tổng hợp tính lại từ tử số và mẫu số`,
            `${wrong.join(", ")}: rate ${id} does not match ${rel.numerator}/${rel.denominator}; the roll-up recomputes it`,
          ),
          lang,
          { codes: [id, rel.numerator, rel.denominator] },
        ),
      );
    }
  }
  return out;
}
