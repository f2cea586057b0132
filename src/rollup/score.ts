/**
 * Table-driven scoring of a report (PAR Index, QĐ 766/QĐ-TTg service index…): a scoring table is data —
 * criteria with maximum points, the indicators they read and a rule — so a new index is a new table.
 * @module
 */

import { catalogForReport } from "../catalog/lookup.js";
import { resolveValues } from "../catalog/values.js";
import type { LocalizedText } from "../model/primitives.js";
import type { Report } from "../model/report.js";
import { divideDecimal, maxDecimal, minDecimal, multiplyDecimal } from "../numbers/arithmetic.js";
import {
  compareDecimal,
  InvalidDecimalError,
  isDecimalString,
  sumDecimals,
  toDecimalString,
} from "../numbers/decimal.js";
import { rate } from "../numbers/rate.js";
import type { DecimalInput } from "../numbers/types.js";

/**
 * Quy tắc chấm điểm: how a criterion turns its input into points.
 * - `threshold`: input ≥ `full` (a percent) → full points, else input × max / full;
 * - `proportional`: input (a percent, capped at 100) × max / 100;
 * - `step`: the points of the highest step whose `atLeast` the input reaches (0 below every step).
 * @example
 * const r: ScoringRule = { kind: "threshold", full: "80" };
 */
export type ScoringRule =
  | { kind: "threshold"; full: string }
  | { kind: "proportional" }
  | { kind: "step"; steps: { atLeast: string; points: string }[] };

/**
 * Tiêu chí chấm điểm: one criterion of a scoring table. `reads` is one indicator id (its value, a percent
 * for a rate row) or two ids `[numerator, denominator]` (their ratio × 100). Ids that are not appendix
 * rows are inputs the caller passes in `scoreReport`'s `inputs`. `verified: false` marks criteria whose
 * source was not read (docs/regulations.md).
 * @example
 * const c: ScoringCriterion = { id: "766.2", group: "progress", name: { vi: "Tiến độ", en: "Progress" }, maxPoints: "20", reads: ["3.4.1"], rule: { kind: "threshold", full: "80" }, source: "QĐ 766/QĐ-TTg [secondary]", verified: false };
 */
export interface ScoringCriterion {
  id: string;
  group: string;
  name: LocalizedText;
  maxPoints: string;
  reads: string[];
  rule: ScoringRule;
  source: string;
  verified: boolean;
  note?: string;
}

/**
 * Bảng chấm điểm: groups (with names and maximum points) and criteria, as data.
 * @example
 * const t: ScoringTable = { id: "example", name: { vi: "Ví dụ", en: "Example" }, source: "—", verified: false, groups: [], criteria: [] };
 */
export interface ScoringTable {
  id: string;
  name: LocalizedText;
  source: string;
  verified: boolean;
  /** Decimals of the points (default 2, rounded half-up). */
  decimals?: number;
  groups: { id: string; name: LocalizedText; maxPoints: string }[];
  criteria: ScoringCriterion[];
}

/**
 * Điểm một tiêu chí: points as an exact decimal string, or `null` with a reason when an input is missing
 * (`missing-input`) or the ratio is undefined (`zero-denominator`).
 * @example
 * const s: CriterionScore = { id: "766.2", group: "progress", points: "20.00", maxPoints: "20", input: "96.39", verified: false };
 */
export interface CriterionScore {
  id: string;
  group: string;
  points: string | null;
  maxPoints: string;
  /** The percent (or value) the rule was applied to. */
  input: string | null;
  reason?: {
    code: "missing-input" | "zero-denominator" | "invalid-input";
    ids: string[];
    message: LocalizedText;
  };
  verified: boolean;
}

/**
 * Kết quả chấm điểm: per criterion, per group and in total. `complete` is false when a criterion had no
 * input (its points count as 0 in the totals); `verified` is false when any criterion used is unverified.
 * @example
 * const r: ScoreResult = scoreReport(report, QD766_EXAMPLE_TABLE);
 */
export interface ScoreResult {
  table: string;
  criteria: CriterionScore[];
  groups: { id: string; points: string; maxPoints: string }[];
  total: string;
  /** The sum of the groups' maximum points, or `null` when a group's maximum is not a decimal. */
  maxTotal: string | null;
  complete: boolean;
  verified: boolean;
}

/** A scoring table value that cannot be used; {@link scoreReport} reports it as `invalid-input`. */
class InvalidTableError extends Error {}

/**
 * The points of a rule, rounded half-up to `decimals` places (trailing zeros dropped). Throws
 * {@link InvalidTableError} or the numbers area's `InvalidDecimalError` (both caught by the caller as
 * `invalid-input`, nothing else is) when a table value is not a decimal, a division is by zero, or the
 * points are longer than the numbers area accepts (`MAX_DECIMAL_CHARS`).
 */
function pointsOf(rule: ScoringRule, x: string, maxPoints: string, decimals: number): string {
  const max = toDecimalString(maxPoints);
  if (max === null) throw new InvalidTableError("invalid maxPoints");
  if (!rule || typeof rule !== "object") throw new InvalidTableError("invalid rule");
  const rounded = (v: DecimalInput) => divideDecimal(v, 1, { decimals, rounding: "half-up" });
  // share × max / full, rounded once from the exact quotient
  const scaled = (share: string, full: string) =>
    divideDecimal(multiplyDecimal(share, max), full, { decimals, rounding: "half-up" });
  let points: string;
  switch (rule.kind) {
    case "threshold":
      points = compareDecimal(x, rule.full) >= 0 ? rounded(max) : scaled(maxDecimal(x, 0), rule.full);
      break;
    case "proportional":
      points = scaled(minDecimal(maxDecimal(x, 0), 100), "100");
      break;
    case "step": {
      if (!Array.isArray(rule.steps)) throw new InvalidTableError("invalid steps");
      let best: string | null = null;
      let bestAt: string | null = null;
      for (const s of rule.steps) {
        if (compareDecimal(x, s.atLeast) >= 0 && (bestAt === null || compareDecimal(s.atLeast, bestAt) > 0)) {
          bestAt = s.atLeast;
          best = toDecimalString(s.points);
          if (best === null) throw new InvalidTableError("invalid step points");
        }
      }
      points = rounded(best === null ? 0 : minDecimal(best, max));
      break;
    }
    default:
      throw new InvalidTableError("unknown rule kind");
  }
  if (!isDecimalString(points)) throw new InvalidTableError("points too long");
  return points;
}

/** `v` (a decimal with at most `decimals` decimals) written with exactly `decimals` decimals. */
function withDecimals(v: string, decimals: number): string {
  if (decimals === 0) return v;
  const dot = v.indexOf(".");
  const has = dot < 0 ? 0 : v.length - dot - 1;
  return `${v}${dot < 0 ? "." : ""}${"0".repeat(decimals - has)}`;
}

/**
 * Chấm điểm báo cáo: scores a report with a {@link ScoringTable}. Each criterion reads its input from the
 * report (a rate row's percent, or the ratio of two rows) or from `inputs` (for figures the appendix does
 * not carry, e.g. a satisfaction survey), applies its rule exactly, and rounds the points half-up to the
 * table's decimals. A missing input gives `points: null` with a reason and counts 0 in the totals
 * (`complete: false`). Never throws: a malformed table value gives `invalid-input`.
 * @example
 * const r = scoreReport(report, QD766_EXAMPLE_TABLE, { inputs: { "satisfaction-rate": "92" } });
 * r.criteria.find((c) => c.id === "766.5")?.points; // "18.00"
 */
export function scoreReport(
  report: Report,
  table: ScoringTable,
  options: { inputs?: Record<string, DecimalInput> } = {},
): ScoreResult {
  const decimals = table.decimals ?? 2;
  // A malformed `decimals` (not an integer 0–100) makes every criterion `invalid-input`; the totals
  // are then written without decimals.
  const shown = Number.isInteger(decimals) && decimals >= 0 && decimals <= 100 ? decimals : 0;
  const inputs = options.inputs ?? {};
  // appendix values are read as the rule engine reads them (the one resolver, against the report's catalog)
  const values = resolveValues(report, catalogForReport(report ?? {}).catalog);
  const read = (id: string): string | null => {
    const given = inputs[id];
    if (given !== undefined) return toDecimalString(given);
    return values.get(id).value;
  };
  const criteria: CriterionScore[] = [];
  // the points of each scored criterion, trailing zeros dropped (each at most MAX_DECIMAL_CHARS long)
  const scored: { group: string; points: string }[] = [];
  for (const c of table.criteria) {
    const base = { id: c.id, group: c.group, maxPoints: c.maxPoints, verified: c.verified };
    const vals = c.reads.map(read);
    const missing = c.reads.filter((_, i) => vals[i] === null);
    if (missing.length || vals.length === 0) {
      criteria.push({
        ...base,
        points: null,
        input: null,
        reason: {
          code: "missing-input",
          ids: missing,
          message: {
            vi: `thiếu số liệu: ${missing.join(", ")}`,
            en: `input missing: ${missing.join(", ")}`,
          },
        },
      });
      continue;
    }
    let input: string;
    if (vals.length >= 2) {
      const r = rate(vals[0]!, vals[1]!, { decimals: 20 });
      if (!r.ok) {
        const code = r.reason === "zero-denominator" ? "zero-denominator" : "invalid-input";
        criteria.push({
          ...base,
          points: null,
          input: null,
          reason: { code, ids: c.reads, message: r.error.message },
        });
        continue;
      }
      input = r.exact;
    } else input = vals[0]!;
    try {
      if (shown !== decimals) throw new InvalidTableError("invalid decimals");
      const points = pointsOf(c.rule, input, c.maxPoints, decimals);
      scored.push({ group: c.group, points });
      criteria.push({ ...base, points: withDecimals(points, decimals), input });
    } catch (e) {
      if (!(e instanceof InvalidTableError || e instanceof InvalidDecimalError)) throw e;
      criteria.push({
        ...base,
        points: null,
        input,
        reason: {
          code: "invalid-input",
          ids: c.reads,
          message: { vi: "bảng điểm không hợp lệ", en: "invalid scoring table" },
        },
      });
    }
  }
  // exact sums of valid decimals with at most `shown` decimals: never throw, never round
  const pointsIn = (ps: { points: string }[]) => withDecimals(sumDecimals(ps.map((p) => p.points)), shown);
  const groups = table.groups.map((g) => ({
    id: g.id,
    points: pointsIn(scored.filter((p) => p.group === g.id)),
    maxPoints: g.maxPoints,
  }));
  // a group maximum that is not a decimal leaves the maximum unknown (null), never a made-up "0"
  const maxes = table.groups.map((g) => toDecimalString(g.maxPoints));
  const maxTotal = maxes.every((m): m is string => m !== null) ? sumDecimals(maxes) : null;
  return {
    table: table.id,
    criteria,
    groups,
    total: pointsIn(scored),
    maxTotal,
    complete: criteria.every((c) => c.points !== null),
    verified: table.verified && criteria.every((c) => c.verified),
  };
}
