/**
 * Table-driven scoring of a report (PAR Index, QĐ 766/QĐ-TTg service index…): a scoring table is data —
 * criteria with maximum points, the indicators they read and a rule — so a new index is a new table.
 * @module
 */

import { numberOf } from "../indicators/values.js";
import type { LocalizedText } from "../model/primitives.js";
import type { Report } from "../model/report.js";
import { canonical, Dec, fixed } from "../numbers/decimal.js";
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
  maxTotal: string;
  complete: boolean;
  verified: boolean;
}

function plain(d: InstanceType<typeof Dec>): string {
  return d.isZero() ? "0" : d.toFixed();
}

function pointsOf(rule: ScoringRule, input: string, max: InstanceType<typeof Dec>): InstanceType<typeof Dec> {
  const x = new Dec(input);
  switch (rule.kind) {
    case "threshold": {
      const full = new Dec(rule.full);
      if (x.gte(full)) return max;
      return Dec.max(x, 0).times(max).div(full);
    }
    case "proportional":
      return Dec.min(Dec.max(x, 0), 100).times(max).div(100);
    case "step": {
      let best: InstanceType<typeof Dec> | null = null;
      let bestAt: InstanceType<typeof Dec> | null = null;
      for (const s of rule.steps) {
        const at = new Dec(s.atLeast);
        if (x.gte(at) && (bestAt === null || at.gt(bestAt))) {
          bestAt = at;
          best = new Dec(s.points);
        }
      }
      return best === null ? new Dec(0) : Dec.min(best, max);
    }
  }
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
  const read = (id: string): string | null => {
    const given = inputs[id];
    if (given !== undefined) return canonical(given);
    return numberOf(report?.values?.[id]);
  };
  const criteria: CriterionScore[] = [];
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
      if (shown !== decimals) throw new RangeError("invalid decimals");
      const p = pointsOf(c.rule, input, new Dec(c.maxPoints));
      criteria.push({ ...base, points: fixed(p.toDecimalPlaces(decimals, 4), decimals), input });
    } catch {
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
  const groups = table.groups.map((g) => {
    const pts = criteria
      .filter((c) => c.group === g.id && c.points !== null)
      .reduce((acc, c) => acc.plus(c.points!), new Dec(0));
    return { id: g.id, points: fixed(pts, shown), maxPoints: g.maxPoints };
  });
  let maxTotal: string;
  try {
    maxTotal = plain(table.groups.reduce((acc, g) => acc.plus(g.maxPoints), new Dec(0)));
  } catch {
    maxTotal = "0";
  }
  const total = criteria.filter((c) => c.points !== null).reduce((acc, c) => acc.plus(c.points!), new Dec(0));
  return {
    table: table.id,
    criteria,
    groups,
    total: fixed(total, shown),
    maxTotal,
    complete: criteria.every((c) => c.points !== null),
    verified: table.verified && criteria.every((c) => c.verified),
  };
}
