/**
 * Interval semantics of reported values (XBRL Calculations 1.1 style): a value written with `d` decimals
 * stands for the closed interval `[v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]`.
 * @module
 */
import { canonical, Dec, fixed, plainDecimal } from "./decimal.js";
import type { ParsedValue } from "./parse.js";
import { numberError, RATE_EXACT_DECIMALS, rate } from "./rate.js";
import type { DecimalInput, Interval, NumberError, ReportedValue } from "./types.js";

/**
 * Kết quả đối chiếu: `"consistent"` — the computed value lies in the reported value's interval;
 * `"truncated"` — not consistent, but the computed value truncated to the reported decimals equals the
 * reported value (the officer cut digits instead of rounding); `"inconsistent"` — neither;
 * `"undefined"` — the computed value does not exist (zero denominator); `"invalid"` — bad input
 * (see `error`).
 * @example
 * const s: ComparisonStatus = "truncated";
 */
export type ComparisonStatus = "consistent" | "truncated" | "inconsistent" | "undefined" | "invalid";

/**
 * Giá trị tính lại: the recomputed value — exact (truncated to 20 decimals), rounded half-up to the
 * reported decimals, and truncated to the reported decimals.
 * @example
 * const c: ComputedValue = { exact: "37.03703703703703703703", rounded: "37.04", truncated: "37.03" };
 */
export interface ComputedValue {
  /** Exact value (a rate: truncated to 20 decimals, trailing zeros dropped). */
  exact: string;
  /** Rounded half-up to the reported decimals. */
  rounded: string;
  /** Truncated (toward zero) to the reported decimals. */
  truncated: string;
}

/**
 * Kết quả đối chiếu một giá trị báo cáo: the outcome of {@link compareReportedRate} /
 * {@link compareReportedValue}, carrying both sides so a finding can show them.
 * @example
 * compareReportedRate({ value: "37.03", decimals: 2 }, 10, 27).status; // "truncated"
 */
export interface ReportedComparison {
  /** The outcome (see {@link ComparisonStatus}). */
  status: ComparisonStatus;
  /** The recomputed value; null when undefined or invalid. */
  computed: ComputedValue | null;
  /** The reported value's interval; null when the reported value is invalid. */
  interval: Interval | null;
  /** The reported value as compared (null when it could not be read). */
  reported: ReportedValue | null;
  /** Set when `status` is `"invalid"` or `"undefined"`. */
  error?: NumberError;
}

/**
 * Tùy chọn đối chiếu tỷ lệ: options of {@link compareReportedRate}.
 * @example
 * const o: CompareRateOptions = { factor: 100 };
 */
export interface CompareRateOptions {
  /** Multiplier (default 100: the reported value is a percentage). */
  factor?: DecimalInput;
}

/** Half a unit in the last place, per number of decimals (decimal.js values are immutable: shared safely). */
const HALF_ULPS = new Map<number, Dec>();

function halfUlp(decimals: number): Dec {
  let h = HALF_ULPS.get(decimals);
  if (h === undefined) {
    h = new Dec(5).times(new Dec(10).pow(-decimals - 1));
    HALF_ULPS.set(decimals, h);
  }
  return h;
}

function toReported(x: ReportedValue | ParsedValue): ReportedValue | null {
  if ("kind" in x) {
    if (x.kind !== "number") return null;
    return { value: x.value, decimals: x.decimals };
  }
  const v = canonical(x.value);
  if (v === null || !Number.isInteger(x.decimals) || x.decimals < -20 || x.decimals > 100) return null;
  return { value: v, decimals: x.decimals };
}

/**
 * Khoảng của giá trị báo cáo: the closed interval `[v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]` a value written with
 * `decimals` decimals stands for (XBRL Calculations 1.1), as exact strings; null on invalid input.
 * @example
 * intervalOf("37.03", 2); // { low: "37.025", high: "37.035" }
 * intervalOf("84", 0); // { low: "83.5", high: "84.5" }
 */
export function intervalOf(value: DecimalInput, decimals: number): Interval | null {
  const v = canonical(value);
  if (v === null || !Number.isInteger(decimals) || decimals < -20 || decimals > 100) return null;
  const d = new Dec(v);
  const h = halfUlp(decimals);
  return { low: plainDecimal(d.minus(h)), high: plainDecimal(d.plus(h)) };
}

function inClosed(x: Dec, i: Interval): boolean {
  return x.gte(i.low) && x.lte(i.high);
}

function computedOf(exact: Dec, decimals: number): ComputedValue {
  const dp = Math.max(0, decimals);
  const scale = new Dec(10).pow(decimals);
  const round = (mode: 1 | 4) => fixed(exact.times(scale).toDecimalPlaces(0, mode).div(scale), dp);
  return {
    exact: exact.toDecimalPlaces(RATE_EXACT_DECIMALS, 1).toFixed(),
    rounded: round(4),
    truncated: round(1),
  };
}

function classify(exactInside: boolean, computed: ComputedValue, reported: ReportedValue): ComparisonStatus {
  if (exactInside) return "consistent";
  return new Dec(computed.truncated).eq(reported.value) ? "truncated" : "inconsistent";
}

function invalid(reported: ReportedValue | null, interval: Interval | null): ReportedComparison {
  return {
    status: "invalid",
    computed: null,
    interval,
    reported,
    error: numberError("invalid-input", "giá trị không hợp lệ", "invalid value"),
  };
}

/**
 * Đối chiếu tỷ lệ báo cáo: checks a reported rate against `numerator / denominator × factor` with the
 * reported value's precision (docs/guide.md §3). Consistent when the exact quotient lies in the reported
 * closed interval (so 18,52% for 10/54 = 18.5185…% is consistent; a quotient exactly on a bound, e.g.
 * 18.525, is consistent too); truncated when it does not but cutting the quotient to the reported
 * decimals gives the reported value (1.2 of the real report: 37,03% for 10/27 = 37.037…%); inconsistent
 * otherwise; undefined when the denominator is 0. The comparison is exact (cross-multiplied), not on the
 * 20-decimal `exact` string.
 * @example
 * compareReportedRate({ value: "18.52", decimals: 2 }, 10, 54).status; // "consistent"
 * compareReportedRate({ value: "37.03", decimals: 2 }, 10, 27).status; // "truncated"
 * compareReportedRate({ value: "100", decimals: 0 }, 72, 83).status; // "inconsistent"
 */
export function compareReportedRate(
  reported: ReportedValue | ParsedValue,
  numerator: DecimalInput,
  denominator: DecimalInput,
  options?: CompareRateOptions,
): ReportedComparison {
  try {
    const rep = toReported(reported);
    const interval = rep && intervalOf(rep.value, rep.decimals);
    if (rep === null || interval === null) return invalid(null, null);
    const r = rate(numerator, denominator, {
      factor: options?.factor ?? 100,
      decimals: 0,
      allowNegative: true,
    });
    if (!r.ok) {
      if (r.reason === "zero-denominator") {
        return { status: "undefined", computed: null, interval, reported: rep, error: r.error };
      }
      return invalid(rep, interval);
    }
    const a = new Dec(canonical(numerator)!).times(canonical(options?.factor ?? 100)!);
    const b = new Dec(canonical(denominator)!);
    // exact ⊂ interval ⇔ low·b ≤ a ≤ high·b (for b > 0; flip for b < 0)
    const lo = new Dec(interval.low).times(b);
    const hi = new Dec(interval.high).times(b);
    const inside = b.isPos() ? a.gte(lo) && a.lte(hi) : a.lte(lo) && a.gte(hi);
    const exact = a.div(b); // rounded at 1000 significant digits, enough for rounding to ≤ 100 decimals
    const computed = computedOf(exact, rep.decimals);
    computed.exact = r.exact;
    return { status: classify(inside, computed, rep), computed, interval, reported: rep };
  } catch {
    return invalid(null, null);
  }
}

/**
 * Đối chiếu giá trị báo cáo với giá trị chính xác: is an exact computed value (e.g. a sum of parts)
 * inside the reported value's interval? Same statuses as {@link compareReportedRate} (never
 * `"undefined"`).
 * @example
 * compareReportedValue({ value: "20000", decimals: 0 }, "20000").status; // "consistent"
 * compareReportedValue({ value: "1.2", decimals: 1 }, "1.29").status; // "truncated"
 */
export function compareReportedValue(
  reported: ReportedValue | ParsedValue,
  computedExact: DecimalInput,
): ReportedComparison {
  try {
    const rep = toReported(reported);
    const interval = rep && intervalOf(rep.value, rep.decimals);
    const c = canonical(computedExact);
    if (rep === null || interval === null) return invalid(null, null);
    if (c === null) return invalid(rep, interval);
    const x = new Dec(c);
    const computed = computedOf(x, rep.decimals);
    computed.exact = c;
    return { status: classify(inClosed(x, interval), computed, rep), computed, interval, reported: rep };
  } catch {
    return invalid(null, null);
  }
}

/**
 * Cộng các khoảng: the interval of a sum — the sum of the parts' lower bounds and of their upper bounds
 * (each part with its own precision); null when any part is invalid.
 * @example
 * sumIntervals([{ value: "1.2", decimals: 1 }, { value: "3", decimals: 0 }]); // { low: "3.65", high: "4.75" }
 */
export function sumIntervals(parts: readonly ReportedValue[]): Interval | null {
  let low = new Dec(0);
  let high = new Dec(0);
  for (const p of parts) {
    const i = intervalOf(p.value, p.decimals);
    if (i === null) return null;
    low = low.plus(i.low);
    high = high.plus(i.high);
  }
  return { low: plainDecimal(low), high: plainDecimal(high) };
}

/**
 * Kết quả đối chiếu tổng: outcome of {@link compareReportedSum}.
 * @example
 * compareReportedSum({ value: "54", decimals: 0 }, [{ value: "54", decimals: 0 }]).status; // "consistent"
 */
export interface SumComparison {
  /** `"consistent"` when the total's interval overlaps the parts' summed interval; `"invalid"` on bad input. */
  status: "consistent" | "inconsistent" | "invalid";
  /** Interval of the reported total. */
  total: Interval | null;
  /** Summed interval of the parts. */
  parts: Interval | null;
}

/**
 * Đối chiếu tổng với các thành phần: "a total equals the sum of its parts", interval-aware (XBRL Calc 1.1):
 * consistent when the total's interval and the sum of the parts' intervals overlap (closed intervals).
 * @example
 * compareReportedSum({ value: "100", decimals: 0 }, [{ value: "33.3", decimals: 1 }, { value: "66.7", decimals: 1 }]).status; // "consistent"
 * compareReportedSum({ value: "54", decimals: 0 }, [{ value: "54", decimals: 0 }, { value: "2", decimals: 0 }]).status; // "inconsistent"
 */
export function compareReportedSum(total: ReportedValue, parts: readonly ReportedValue[]): SumComparison {
  try {
    const t = intervalOf(total.value, total.decimals);
    const p = sumIntervals(parts);
    if (t === null || p === null) return { status: "invalid", total: t, parts: p };
    const overlap = new Dec(t.low).lte(p.high) && new Dec(p.low).lte(t.high);
    return { status: overlap ? "consistent" : "inconsistent", total: t, parts: p };
  } catch {
    return { status: "invalid", total: null, parts: null };
  }
}
