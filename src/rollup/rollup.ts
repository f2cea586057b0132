/**
 * Roll-up of units' reports into their parent's report over an agency tree: counts and money summed
 * exactly, rates recomputed from summed numerators and denominators (never averaged), coded answers
 * combined by each row's rule, and findings naming the child units responsible.
 * @module
 */

import { catalogForReport } from "../catalog/lookup.js";
import type { Catalog, CatalogRow, RateRelation } from "../catalog/types.js";
import { type ResolvedValue, resolveLazily, resolveValues } from "../catalog/values.js";
import type { ReportingPeriod } from "../model/period.js";
import { type IndicatorValue, REPORT_FORMAT, type Report } from "../model/report.js";
import { compareDecimal, safeIntOf, sumDecimals } from "../numbers/decimal.js";
import { compareReportedRate } from "../numbers/interval.js";
import { rate } from "../numbers/rate.js";
import { checkReport, defaultRules, findingsOfRules } from "../rules/engine.js";
import { canGive } from "../rules/evaluate.js";
import type { Finding, Lang } from "../rules/finding.js";
import type { RuleDefinition } from "../rules/types.js";
import { reportIssues } from "../rules/validate.js";
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
  /**
   * Findings; one that concerns more than 10 units lists the first 10 in `units` and the number in
   * `unitCount` (memory stays proportional to the units, not to units × findings).
   */
  findings: Finding[];
  /**
   * Chỉ mục đơn vị: per unit id, the indexes in `findings` of the findings that name it — the one full
   * list of who is concerned by what ({@link unitsOfFinding} reads a finding's units back from it).
   */
  unitIndex: Record<string, number[]>;
}

const bi = (vi: string, en: string) => ({ vi, en });

/** How many unit ids a finding lists (and a message names) before it gives a count. */
const LISTED = 10;

function finding(
  rule: string,
  severity: Finding["severity"],
  code: string | null,
  units: string[],
  messages: { vi: string; en: string },
  lang: Lang,
  extra: Partial<Finding> = {},
): Finding & { units: string[] } {
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

/** `a, b, c` — or the first {@link LISTED} ids and how many more. */
function idList(ids: readonly string[]): string {
  if (ids.length <= LISTED) return ids.join(", ");
  return `${ids.slice(0, LISTED).join(", ")}, … (+${ids.length - LISTED})`;
}

function reported(v: ResolvedValue): boolean {
  return v.kind !== "blank";
}

/** Same period: same window, or the same named period (kind, year, index) under another cut-off convention. */
function samePeriod(a: ReportingPeriod, b: ReportingPeriod): boolean {
  if (a.from === b.from && a.to === b.to) return true;
  return a.kind !== "custom" && a.kind === b.kind && a.year === b.year && a.index === b.index;
}

/**
 * An exact running sum: safe integers add as numbers; the rest are kept and folded into one decimal
 * every 256 values, so memory stays constant. Gives the string `sumDecimals` gives for the same values.
 */
class RunningSum {
  private fast = 0;
  private rest: string[] = [];
  /** How many values were added. */
  n = 0;
  /** Adds `x`; `int` is `safeIntOf(x)` when the caller has it already (a resolved value's `int`). */
  add(x: string, int?: number): void {
    this.n++;
    const i = int ?? safeIntOf(x);
    if (Number.isSafeInteger(i) && Number.isSafeInteger(this.fast + i)) {
      this.fast += i;
      return;
    }
    this.rest.push(x);
    if (this.rest.length >= 256) this.rest = [sumDecimals(this.rest)];
  }
  /** The sum, or `null` when nothing was added. */
  value(): string | null {
    if (this.n === 0) return null;
    if (this.rest.length === 0) return String(this.fast); // "0" for -0 too
    return sumDecimals([String(this.fast), ...this.rest]);
  }
}

/**
 * @internal A pre-test in doubles that spares the exact interval comparison when the answer is plain: a written
 * rate more than one and a half steps of its last digit away from the exact rate is surely neither
 * rounded nor truncated from it (`"inconsistent"`); one less than half a step away, less a margin far
 * beyond a double's rounding error, is surely inside its interval (`"consistent"`); a non-negative one
 * that the exact rate exceeds by more than half a step and by less than one step (each with that margin)
 * is surely the rate cut to its decimals (`"truncated"`: 37,03% for 37.037…%); else `undefined` (compare
 * exactly).
 */
export function plainRateVerdict(
  rep: { value: string; decimals: number },
  numerator: string,
  denominator: string,
  factor: RateRelation["factor"],
): "consistent" | "truncated" | "inconsistent" | undefined {
  const n = Number(numerator);
  const d = Number(denominator);
  const f = factor === undefined ? 100 : Number(factor);
  const v = Number(rep.value);
  if (!Number.isFinite(n) || !Number.isFinite(d) || !Number.isFinite(f) || !Number.isFinite(v) || d === 0)
    return undefined;
  if (rep.decimals < 0 || rep.decimals > 12) return undefined;
  const x = (n * f) / d;
  if (!Number.isFinite(x)) return undefined;
  const step = 10 ** -rep.decimals;
  const margin = 1e-9 * Math.max(1, Math.abs(x), Math.abs(v));
  const gap = Math.abs(x - v);
  if (gap > 1.5 * step + margin) return "inconsistent";
  if (gap < 0.5 * step - margin) return "consistent";
  if (v >= 0 && x - v > 0.5 * step + margin && v + step - x > margin) return "truncated";
  return undefined;
}

/**
 * @internal Whether a unit had to round its rate: the exact `numerator / denominator × factor` has more decimals
 * than the `decimals` it wrote (or is undefined: a blank, zero or negative part). In integers when the
 * parts are whole and the product is safe — `n × factor × 10^decimals` not a multiple of `d` — else with
 * the exact rate's decimals.
 */
export function hadToRound(n: ResolvedValue, d: ResolvedValue, factor: number, decimals: number): boolean {
  if (n.value === null || d.value === null) return true;
  if (
    !Number.isNaN(n.int) &&
    !Number.isNaN(d.int) &&
    Number.isInteger(factor) &&
    decimals >= 0 &&
    decimals <= 6
  ) {
    if (n.int < 0 || d.int <= 0) return true; // no rate: a negative or zero part
    const scaled = n.int * factor * 10 ** decimals;
    if (Number.isSafeInteger(scaled)) return scaled % d.int !== 0;
  }
  const exact = rate(n.value, d.value, { factor, decimals });
  return exact.ok ? (exact.exact.split(".")[1]?.length ?? 0) > decimals : true;
}

/** The status of a written rate against numerator / denominator (the plain pre-test, else exactly). */
function rateStatus(
  rep: { value: string; decimals: number },
  numerator: string,
  denominator: string,
  factor: RateRelation["factor"],
): string {
  return (
    plainRateVerdict(rep, numerator, denominator, factor) ??
    compareReportedRate(rep, numerator, denominator, { factor }).status
  );
}

/** What the roll-up keeps of one catalog row over the units: counts and running sums, no values. */
interface RowState {
  row: CatalogRow;
  /** Units that reported the row (not blank). */
  count: number;
  sum: RunningSum;
  /** Coded rows (`any-yes`, `count-yes`): values equal to 1. */
  yes: number;
  coded: boolean;
  /** Rate rows without a relation: every reported value a fraction so far. */
  fractions: boolean;
  numerators: RunningSum;
  denominators: RunningSum;
}

/** What the roll-up keeps of one rate relation's child rates (unit ordinals). */
interface RateState {
  rel: RateRelation;
  alternatives: string[];
  precisions: Map<number, number[]>;
  other: Map<string, number[]>;
  wrong: number[];
}

/**
 * Tổng hợp dần: an incremental roll-up — {@link createRollup}'s `add` takes one report at a time and
 * keeps only running sums and a small per-unit index, never the reports; `finish` builds the result.
 * @example
 * const r: Rollup = createRollup("khanh-hoa", { registry });
 * r.add(reports[0]);
 * r.finish().units.included.length; // 1
 */
export interface Rollup {
  /** Adds one report (included, or excluded with a reason: never throws on a bad report). */
  add(report: Report): void;
  /** The roll-up of the reports added so far (may be called again after more `add`s). */
  finish(): RollupResult;
}

/** The rule engine as a {@link ReportChecker}. */
const defaultCheck: ReportChecker = (report, o) =>
  checkReport(report, { lang: o.lang, catalog: o.catalog }).findings;

/** A key for "the same finding" in a child: same rule, same code. */
function findingKey(rule: unknown, code: unknown): string {
  return `${String(rule)}\u0000${typeof code === "string" ? `s${code}` : String(code)}`;
}

/**
 * Tạo bộ tổng hợp: starts an incremental roll-up of `parentId`'s child units — the streaming form of
 * {@link rollupReports} (which is `add` for each report, then `finish`), with the same result. Each
 * report is read once by the one resolver and checked once; the roll-up keeps running sums per row, the
 * units' ids, which rows each unit reported (a bit per row), and which findings each unit's own report
 * has — memory grows with the units by a few dozen bytes each, not with their reports.
 * The period is `options.period`, or the first added report's.
 * @example
 * const rollup = createRollup("khanh-hoa", { registry });
 * for (const r of reports) rollup.add(r); // e.g. read one file at a time
 * const { report, reportedBy } = rollup.finish();
 * report.values["3.4.1"]; // { value: "96.07" }
 * reportedBy["3.4.1"]; // 3
 */
export function createRollup(parentId: string, options: RollupOptions = {}): Rollup {
  return openRollup(parentId, options, false);
}

/**
 * The roll-up behind {@link createRollup} and {@link rollupReports}. With `deferChecks` (the caller holds
 * the reports anyway: an array), the units' reports are kept by reference and checked only at `finish`
 * and only when the parent has an error or warning to attribute — a clean roll-up checks no child.
 * Streamed, each unit is checked when added, since its report is gone by `finish`.
 */
function openRollup(parentId: string, options: RollupOptions, deferChecks: boolean): Rollup {
  const o: RollupOptions = options && typeof options === "object" ? options : {};
  const lang: Lang = o.lang ?? "vi";
  const check = o.check ?? defaultCheck;
  const reg = o.registry;
  let period: ReportingPeriod | undefined;
  let catalog: Catalog | undefined;
  let members = new Map<string, string | undefined>();
  const rows = new Map<string, RowState>();
  const rowBit = new Map<string, number>();
  let stride = 1;
  let bits = new Uint8Array(0);
  const rates: RateState[] = [];
  const rateRel = new Map<string, RateRelation>();
  const included: IncludedUnit[] = [];
  const excluded: ExcludedUnit[] = [];
  const seen = new Set<string>();
  /** Per child finding (rule, code): the units whose own report has it, in order. */
  const childFindings = new Map<string, number[]>();
  /** Ids the catalog does not know, with the units that wrote them. */
  const unknownReported = new Map<string, Set<number>>();

  const start = (p: ReportingPeriod) => {
    period = p;
    const c = catalogForReport({ period: p }, { catalog: o.catalog }).catalog;
    catalog = c;
    members = reg
      ? new Map(reg.unitsDuring(parentId, p.from, p.to).map((u) => [u.agency.id, u.via]))
      : new Map<string, string | undefined>();
    for (const row of c.rows) {
      if (!rowBit.has(row.id)) rowBit.set(row.id, rowBit.size);
      if (row.kind === "group" || rows.has(row.id)) continue;
      rows.set(row.id, {
        row,
        count: 0,
        sum: new RunningSum(),
        yes: 0,
        coded: row.rollup === "any-yes" || row.rollup === "count-yes",
        fractions: true,
        numerators: new RunningSum(),
        denominators: new RunningSum(),
      });
    }
    stride = Math.max(1, Math.ceil(rowBit.size / 8));
    bits = new Uint8Array(stride * 64);
    for (const rel of c.relations)
      if (rel.kind === "rate" && !rateRel.has(rel.rate)) rateRel.set(rel.rate, rel);
    for (const rel of rateRel.values()) {
      rates.push({
        rel,
        alternatives: alternatives(rel, c),
        precisions: new Map(),
        other: new Map(),
        wrong: [],
      });
    }
  };
  if (o.period) start(o.period);

  const exclude = (id: string, reason: ExclusionReason, message: { vi: string; en: string }) => {
    excluded.push({ id, reason, message });
  };

  /** The unit (resolved id and note) a report stands for, or undefined when it is excluded. */
  const select = (r: Report, p: ReportingPeriod): IncludedUnit | undefined => {
    const written = r.agency.id;
    let id = written;
    let note: IncludedUnit["note"];
    let successor: string | undefined;
    let via: string | undefined;
    if (reg) {
      const a = reg.resolve(written);
      if (!a) {
        exclude(
          written,
          "unknown-agency",
          bi(`cơ quan ${written} không có trong sổ cơ quan`, `agency ${written} is not in the registry`),
        );
        return undefined;
      }
      id = a.id;
      if (!reg.overlaps(id, p.from, p.to)) {
        const s = reg.successorOf(id);
        if (s) {
          excluded.push({
            id,
            reason: "merged",
            successor: s,
            message: bi(
              `${id} đã sáp nhập vào ${s} trước kỳ báo cáo`,
              `${id} merged into ${s} before the period`,
            ),
          });
        } else {
          exclude(
            id,
            "not-valid-in-period",
            bi(`${id} không tồn tại trong kỳ báo cáo`, `${id} does not exist in the period`),
          );
        }
        return undefined;
      }
      if (!members.has(id)) {
        exclude(
          id,
          "not-a-child",
          bi(
            `${id} không trực thuộc ${parentId} trong kỳ`,
            `${id} is not a child of ${parentId} in the period`,
          ),
        );
        return undefined;
      }
      via = members.get(id);
      if (a.validTo !== undefined && a.validTo < p.to) {
        successor = reg.successorOf(id);
        note = successor ? "merged-in-period" : "ended-in-period";
      } else if (a.validFrom !== undefined && a.validFrom > p.from) note = "started-in-period";
    }
    if (!samePeriod(r.period, p)) {
      exclude(
        id,
        "period-mismatch",
        bi(
          `kỳ báo cáo của ${id} (${r.period.from} → ${r.period.to}) khác kỳ tổng hợp`,
          `${id}'s period (${r.period.from} → ${r.period.to}) differs from the roll-up period`,
        ),
      );
      return undefined;
    }
    if (seen.has(id)) {
      exclude(
        id,
        "duplicate",
        bi(`${id} có hai báo cáo; chỉ lấy báo cáo đầu`, `${id} has two reports; the first is used`),
      );
      return undefined;
    }
    seen.add(id);
    const inc: IncludedUnit = { id, reportAgency: written };
    if (note) inc.note = note;
    if (successor) inc.successor = successor;
    if (via) inc.via = via;
    return inc;
  };

  /** Reads an included unit's report once and folds it into the running state. */
  const absorb = (r: Report, unit: number, c: Catalog) => {
    const values = resolveValues(r, c);
    if ((unit + 1) * stride > bits.length) {
      const grown = new Uint8Array(bits.length * 2);
      grown.set(bits);
      bits = grown;
    }
    const base = unit * stride;
    for (const [id, v] of values.values) {
      const bit = rowBit.get(id);
      if (bit === undefined) {
        if (reported(v)) {
          let set = unknownReported.get(id);
          if (!set) {
            set = new Set();
            unknownReported.set(id, set);
          }
          set.add(unit);
        }
        continue;
      }
      if (!reported(v)) continue;
      bits[base + (bit >> 3)] = (bits[base + (bit >> 3)] ?? 0) | (1 << (bit & 7));
      const st = rows.get(id);
      if (!st) continue;
      st.count++;
      if (v.value !== null) {
        st.sum.add(v.value, v.int);
        if (st.coded && (v.int === 1 || (Number.isNaN(v.int) && compareDecimal(v.value, 1) === 0))) st.yes++;
      }
      if (v.fraction === undefined) st.fractions = false;
      else if (st.fractions) {
        st.numerators.add(v.fraction.numerator);
        st.denominators.add(v.fraction.denominator);
      }
    }
    for (const st of rates) {
      const { rel } = st;
      const v = values.get(rel.rate);
      if (v.kind !== "number" || v.value === null) continue;
      const nv = values.get(rel.numerator);
      const dv = values.get(rel.denominator);
      const n = nv.value;
      const d = dv.value;
      // a precision counts when the unit had to round: its exact rate has more decimals than it wrote
      if (hadToRound(nv, dv, rel.factor, v.decimals)) {
        const list = st.precisions.get(v.decimals);
        if (list) list.push(unit);
        else st.precisions.set(v.decimals, [unit]);
      }
      if (n === null || d === null) continue;
      const rep = { value: v.value, decimals: v.decimals };
      if (rateStatus(rep, n, d, rel.factor) !== "inconsistent") continue;
      const alt = st.alternatives.find((a) => {
        const da = values.get(a).value;
        return da !== null && rateStatus(rep, n, da, rel.factor) === "consistent";
      });
      if (alt) {
        const list = st.other.get(alt);
        if (list) list.push(unit);
        else st.other.set(alt, [unit]);
      } else st.wrong.push(unit);
    }
    // the unit's own findings, kept as (rule, code) keys: "the same finding" when the parent has one
    if (deferChecks) held.push(r);
    else
      noteChildFindings(
        unit,
        check === defaultCheck
          ? findingsOfRules(values, defaultRules(c), r.period.to, lang)
          : check(r, { catalog: c, lang }),
      );
  };

  /** Held reports (deferred checks), by unit ordinal. */
  const held: Report[] = [];
  let heldChecked = false;
  const noteChildFindings = (unit: number, own: readonly Finding[]) => {
    for (const g of own) {
      const key = findingKey(g.rule, g.code);
      const list = childFindings.get(key);
      if (!list) childFindings.set(key, [unit]);
      else if (list[list.length - 1] !== unit) list.push(unit);
    }
  };

  const add = (r: Report) => {
    if (period === undefined && r && typeof r === "object" && r.period) start(r.period);
    if (
      !r ||
      typeof r !== "object" ||
      !r.agency ||
      typeof r.agency.id !== "string" ||
      !r.values ||
      !r.period ||
      period === undefined ||
      catalog === undefined
    ) {
      exclude("?", "invalid-report", bi("báo cáo không hợp lệ", "invalid report"));
      return;
    }
    const issues = reportIssues(r);
    if (issues.length > 0) {
      const first = issues[0] as (typeof issues)[number];
      const where = first.path === "" ? "" : `${first.path}: `;
      exclude(
        r.agency.id,
        "invalid-report",
        bi(
          `báo cáo không hợp lệ (${where}${first.message.vi})`,
          `invalid report (${where}${first.message.en})`,
        ),
      );
      return;
    }
    const inc = select(r, period);
    if (!inc) return;
    included.push(inc);
    absorb(r, included.length - 1, catalog);
  };

  const finish = (): RollupResult => {
    if (period === undefined || catalog === undefined)
      start({ kind: "custom", year: 1970, from: "1970-01-01", to: "1970-01-01" });
    const p = period as ReportingPeriod;
    const c = catalog as Catalog;
    const n = included.length;
    const values: Record<string, IndicatorValue> = {};
    const reportedBy: Record<string, number | null> = {};
    const summed = new Map<string, string>();
    for (const st of rows.values()) {
      const { row } = st;
      if (row.rollup === "recompute") continue;
      const c0 = combineRow(st);
      reportedBy[row.id] = st.count ? st.count : null;
      if (c0.value !== null) {
        values[row.id] = { value: c0.value };
        summed.set(row.id, c0.value);
      } else if (c0.note) values[row.id] = { value: null, note: c0.note };
    }
    for (const st of rows.values()) {
      const { row, count } = st;
      if (row.rollup !== "recompute") continue;
      const rel = rateRel.get(row.id);
      let value: string | null = null;
      let note: string | undefined;
      if (rel) {
        const num = summed.get(rel.numerator) ?? null;
        const den = summed.get(rel.denominator) ?? null;
        const r = num !== null && den !== null ? rate(num, den, { decimals: 2, factor: rel.factor }) : null;
        if (r?.ok) value = r.value;
        else if (count || num !== null || den !== null) {
          const why = r && !r.ok ? r.reason : undefined;
          note =
            why === "zero-denominator"
              ? "Mẫu số bằng 0: tỷ lệ không xác định / zero denominator: undefined"
              : why === "negative"
                ? "Tử số hoặc mẫu số âm: tỷ lệ không xác định / negative numerator or denominator: undefined"
                : "Thiếu tử số hoặc mẫu số / numerator or denominator missing";
        }
      } else if (count) {
        if (st.fractions) {
          // every value a unit reported was a fraction: both sums have at least one term
          const num = st.numerators.value() as string;
          const den = st.denominators.value() as string;
          const r = rate(num, den, { decimals: 2 });
          if (r.ok) {
            value = r.value;
            note = `${num}/${den}`;
          }
        }
        if (value === null)
          note = "Không tính lại được (thiếu tử số, mẫu số) / not recomputable (no numerator, denominator)";
      }
      reportedBy[row.id] = count ? count : null;
      // a rate no unit wrote still says why it is blank when its parts were summed (zero denominator)
      if (value !== null) values[row.id] = note ? { value, note } : { value };
      else if (note) values[row.id] = { value: null, note };
    }
    const name = o.name ?? reg?.get(parentId)?.name;
    const report: Report = {
      format: REPORT_FORMAT,
      agency: name !== undefined ? { id: parentId, name } : { id: parentId },
      period: p,
      catalogVersion: c.version,
      values,
    };
    const ids = included.map((u) => u.id);
    /** Each finding's units as ordinals (or ids, for the roll-up's own findings): the full lists. */
    const full: (readonly number[] | readonly string[])[] = [];
    const findings: Finding[] = [];
    const push = (f: Finding, units: readonly number[] | readonly string[]) => {
      full.push(units);
      findings.push(f);
    };
    // a unit's ordinal always indexes `ids` (one id per included unit)
    const named = (us: readonly number[]) => us.slice(0, LISTED).map((u) => ids[u] as string);
    const withUnits = (f: Finding, us: readonly number[]): Finding =>
      us.length > LISTED ? { ...f, units: named(us), unitCount: us.length } : { ...f, units: named(us) };

    // the checker on the result; each finding names the children responsible
    const parent = check(report, { catalog: c, lang });
    const blamed = parent.filter((f) => f.severity !== "info");
    if (deferChecks && !heldChecked && blamed.length > 0) {
      heldChecked = true;
      if (check === defaultCheck) {
        // only the rules that can give the parent's findings, on only the cells they read
        const rules = rulesBehind(blamed, defaultRules(c));
        held.forEach((r, unit) => {
          noteChildFindings(unit, findingsOfRules(resolveLazily(r, c), rules, r.period.to, lang));
        });
      } else {
        held.forEach((r, unit) => {
          noteChildFindings(unit, check(r, { catalog: c, lang }));
        });
      }
    }
    const has = (u: number, code: string) => {
      const bit = rowBit.get(code);
      if (bit === undefined) return unknownReported.get(code)?.has(u) ?? false;
      return ((bits[u * stride + (bit >> 3)] ?? 0) & (1 << (bit & 7))) !== 0;
    };
    for (const f of parent) {
      // an info (e.g. a derivable blank) needs no blame; else the children whose report has the same finding
      let responsible: readonly number[] =
        f.severity === "info" ? [] : (childFindings.get(findingKey(f.rule, f.code)) ?? []);
      if (!responsible.length) {
        // children that reported some but not all of the rows involved (a part without its total…)
        const part: number[] = [];
        for (let u = 0; u < n; u++)
          if (f.codes.some((x) => has(u, x)) && !f.codes.every((x) => has(u, x))) part.push(u);
        responsible = part;
      }
      if (!responsible.length) {
        const any: number[] = [];
        for (let u = 0; u < n; u++) if (f.codes.some((x) => has(u, x))) any.push(u);
        responsible = any;
      }
      push(withUnits(f, responsible), responsible);
    }
    for (const [f, us] of unitFindings(
      included,
      excluded,
      [...members.keys()].filter((id) => !seen.has(id)),
      lang,
    ))
      push(f, us);
    for (const st of rates) {
      for (const [f, us] of rateFindings(st, ids, lang)) push(withUnits(f, us), us);
    }
    const unitIndex: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
    full.forEach((us, i) => {
      for (const u of us) {
        const id = typeof u === "number" ? (ids[u] as string) : u;
        const list = unitIndex[id];
        if (!list) unitIndex[id] = [i];
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    const missing = [...members.keys()].filter((id) => !seen.has(id));
    return {
      report,
      reportedBy,
      units: { included: [...included], excluded: [...excluded], missing },
      findings,
      unitIndex,
    };
  };

  return { add, finish };
}

/**
 * The rules that can give a unit a finding with the same rule and code as one of `findings`: a rule
 * whose kind can give that finding ({@link canGive}) and that reads the finding's row (a finding's row is
 * always one its rule reads; a structure rule reads every row). Attributing a parent's findings needs
 * these only, not the whole rule set; a test holds the two facts this rests on.
 */
function rulesBehind(findings: readonly Finding[], rules: readonly RuleDefinition[]): RuleDefinition[] {
  return rules.filter((r) =>
    findings.some(
      (f) => canGive(r, f.rule) && (r.reads.length === 0 || (f.code !== null && r.reads.includes(f.code))),
    ),
  );
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
  const list = Array.isArray(reports) ? reports : [];
  // the reports are the caller's array: the children are checked only if the parent needs them
  const rollup = openRollup(parentId, options, true);
  for (const r of list) rollup.add(r);
  return rollup.finish();
}

/**
 * Tổng hợp từ luồng: {@link rollupReports} over reports read one at a time — an async iterable (a
 * database cursor, files read in turn) or any iterable — holding one report in memory at a time.
 * @example
 * async function* fromDisk() { yield* reports; }
 * const r = await rollupReportStream("khanh-hoa", fromDisk(), { registry });
 * r.report.values["3.4.1"]; // { value: "96.07" }
 */
export async function rollupReportStream(
  parentId: string,
  reports: AsyncIterable<Report> | Iterable<Report>,
  options: RollupOptions = {},
): Promise<RollupResult> {
  const rollup = createRollup(parentId, options);
  for await (const r of reports) rollup.add(r);
  return rollup.finish();
}

/**
 * Chi tiết đơn vị của một phát hiện: every unit a roll-up finding concerns (the finding's `units` lists
 * only the first 10 when more are), read from the result's `unitIndex`.
 * @example
 * const r = rollupReports("khanh-hoa", reports, { registry });
 * unitsOfFinding(r, 0); // the ids named by r.findings[0], all of them
 */
export function unitsOfFinding(result: RollupResult, index: number): string[] {
  const index_ = result?.unitIndex ?? {};
  const out: string[] = [];
  const seen = new Set<string>();
  // the included units in their order first, then the others (excluded, missing) as first named
  const ids = [...(result?.units?.included ?? []).map((u) => u.id), ...Object.keys(index_)];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (Object.hasOwn(index_, id) && index_[id]?.includes(index)) out.push(id);
  }
  return out;
}

/** Combines one non-rate row over the units. */
function combineRow(st: RowState): { value: string | null; note?: string } {
  switch (st.row.rollup) {
    case "sum":
      return { value: st.sum.value() };
    case "any-yes":
    case "count-yes": {
      if (st.sum.n === 0) return { value: null };
      const yes = st.yes;
      return { value: st.row.rollup === "any-yes" ? (yes > 0 ? "1" : "0") : String(yes) };
    }
    default:
      return st.count
        ? { value: null, note: "Không cộng gộp được / not combinable: see the units' reports" }
        : { value: null };
  }
}

function unitFindings(
  included: readonly IncludedUnit[],
  excluded: readonly ExcludedUnit[],
  missing: readonly string[],
  lang: Lang,
): [Finding, string[]][] {
  const out: [Finding, string[]][] = [];
  const add = (f: Finding & { units: string[] }) => out.push([f, f.units]);
  for (const e of excluded) {
    add(
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
    add(
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
    add(finding("rollup.unit-ended", "info", null, [u.id], m, lang));
  }
  for (const u of included) {
    if (!u.via) continue;
    const m = bi(
      `${u.id} thuộc ${u.via}, đã sáp nhập vào đơn vị tổng hợp: số liệu của ${u.id} được tính vào kỳ này`,
      `${u.id} belonged to ${u.via}, which merged into the parent: ${u.id}'s figures count in this period`,
    );
    add(finding("rollup.unit-merged-parent", "info", null, [u.id, u.via], m, lang));
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

/** The roll-up's findings on one rate's child values (units as ordinals into `ids`). */
function rateFindings(st: RateState, ids: readonly string[], lang: Lang): [Finding, number[]][] {
  const out: [Finding, number[]][] = [];
  const { rel, precisions, other, wrong } = st;
  const id = rel.rate;
  const names = (us: readonly number[]) => idList(us.map((u) => ids[u] as string));
  if (precisions.size > 1) {
    const desc = [...precisions].map(([d, us]) => `${d}: ${names(us)}`).join("; ");
    out.push([
      finding(
        "rollup.mixed-precision",
        "info",
        id,
        [],
        bi(
          `Các đơn vị làm tròn ${id} với số chữ số thập phân khác nhau (${desc}); tỷ lệ tổng hợp được tính lại từ tử số và mẫu số`,
          `Units rounded ${id} to different decimals (${desc}); the roll-up recomputes it from numerator and denominator`,
        ),
        lang,
      ),
      [...precisions.values()].flat(),
    ]);
  }
  for (const [alt, us] of other) {
    out.push([
      finding(
        "rollup.rate-other-denominator",
        "warning",
        id,
        [],
        bi(
          `${names(us)}: tỷ lệ ${id} khớp với ${rel.numerator}/${alt}, không phải ${rel.numerator}/${rel.denominator} (mẫu số khác); tổng hợp dùng ${rel.denominator}`,
          `${names(us)}: rate ${id} matches ${rel.numerator}/${alt}, not ${rel.numerator}/${rel.denominator} (a different denominator); the roll-up uses ${rel.denominator}`,
        ),
        lang,
        { codes: [id, rel.numerator, rel.denominator, alt] },
      ),
      us,
    ]);
  }
  if (wrong.length) {
    out.push([
      finding(
        "rollup.child-rate-inconsistent",
        "warning",
        id,
        [],
        bi(
          `${names(wrong)}: tỷ lệ ${id} không khớp ${rel.numerator}/${rel.denominator}; tổng hợp tính lại từ tử số và mẫu số`,
          `${names(wrong)}: rate ${id} does not match ${rel.numerator}/${rel.denominator}; the roll-up recomputes it`,
        ),
        lang,
        { codes: [id, rel.numerator, rel.denominator] },
      ),
      wrong,
    ]);
  }
  return out;
}
