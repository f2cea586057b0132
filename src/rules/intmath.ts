/**
 * Integer arithmetic for the hot path: rates of integer counts, intervals of short decimals. Every
 * function returns `null` when its inputs leave the range where a double is exact, and the caller
 * then uses the decimal helpers of `cchc/numbers` (the results are identical — property-tested).
 * A private helper: `cchc/numbers` has no integer-only variant of these (noted in docs/rules.md).
 * @module
 * @internal
 */
import { floorDiv } from "../numbers/rate.js";
import type { Interval } from "../numbers/types.js";

const UNSIGNED = /^\d+(?:\.\d+)?$/;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/** `value` × 10^decimals as a safe integer (`"37.03"`, 2 → 3703), or null. @internal */
export function scaled(value: string, decimals: number): number | null {
  if (decimals > 6 || value.length > 15 || !UNSIGNED.test(value)) return null;
  const dot = value.indexOf(".");
  const written = dot < 0 ? 0 : value.length - dot - 1;
  if (written !== decimals) return null;
  const v = Number(dot < 0 ? value : value.slice(0, dot) + value.slice(dot + 1));
  return Number.isSafeInteger(v) ? v : null;
}

/** The integer `q` / 10^k written with exactly k decimals (`3704`, 2 → `"37.04"`). @internal */
export function fixedOf(q: number, k: number): string {
  const neg = q < 0;
  let s = String(Math.abs(q));
  if (k > 0) {
    s = s.padStart(k + 1, "0");
    s = `${s.slice(0, -k)}.${s.slice(-k)}`;
  }
  return neg ? `-${s}` : s;
}

/** The closed interval `[v − ½·10⁻ᵏ, v + ½·10⁻ᵏ]` of a short unsigned decimal, or null. @internal */
export function intervalFast(value: string, decimals: number): Interval | null {
  const v = scaled(value, decimals);
  if (v === null) return null;
  return { low: fixedOf(10 * v - 5, decimals + 1), high: fixedOf(10 * v + 5, decimals + 1) };
}

/** Details of `n / d × factor` against a reported value scaled by 10^k (integers, d > 0). @internal */
export interface IntRate {
  consistent: boolean;
  /** Truncated to 20 decimals, trailing zeros dropped (as `rate().exact`). */
  exact: string;
  /** Half-up at k decimals. */
  rounded: string;
  /** Truncated at k decimals. */
  truncated: string;
  /** Half-up at `shownDecimals` (for messages). */
  shown: string;
  /** Truncated at `shownDecimals + 1`, with "…" when digits were cut (for messages). */
  cut: string;
}

function divFixed(a: number, d: number, k: number, halfUp: boolean): string | null {
  const p = POW10[k];
  if (p === undefined) return null;
  const x = a * p;
  if (!Number.isSafeInteger(x + d)) return null;
  let q = floorDiv(x, d);
  const r = x - q * d;
  if (halfUp && 2 * r >= d) q++;
  return fixedOf(q, k);
}

function exactDigits(a: number, d: number, places: number): { text: string; more: boolean } {
  const int = floorDiv(a, d);
  let r = a - int * d;
  let frac = "";
  for (let i = 0; i < places && r !== 0; i++) {
    r *= 10;
    const digit = Math.floor(r / d);
    frac += digit;
    r -= digit * d;
  }
  const trimmed = frac.replace(/0+$/, "");
  return { text: trimmed ? `${int}.${trimmed}` : String(int), more: r !== 0 };
}

/**
 * Whether a reported rate (scaled integer `v` at `k` decimals) lies in the rounding interval of
 * `n / d × factor`, decided by cross-multiplying in integers — the `consistent` of {@link intRate}
 * without building its digits (most rates of a report are consistent, and then nothing else is read).
 * Null outside the exact range (then compare with the general path); {@link intRate} starts with it.
 * @internal
 */
export function intRateConsistent(
  v: number,
  k: number,
  n: number,
  d: number,
  factor: number,
): boolean | null {
  if (
    !(d > 0) ||
    n < 0 ||
    !Number.isSafeInteger(n) ||
    !Number.isSafeInteger(d) ||
    !Number.isSafeInteger(factor) ||
    d > 1e9 ||
    k > 6
  ) {
    return null;
  }
  const p = POW10[k]!;
  const lhs = 2 * p * n * factor;
  const lo = (2 * v - 1) * d;
  const hi = (2 * v + 1) * d;
  if (!Number.isSafeInteger(lhs) || !Number.isSafeInteger(lo) || !Number.isSafeInteger(hi)) return null;
  return lo <= lhs && lhs <= hi;
}

/**
 * Compares a reported rate (scaled integer `v` at `k` decimals) with `n / d × factor` for non-negative
 * integers; null outside the exact range.
 * @internal
 */
export function intRate(
  v: number,
  k: number,
  n: number,
  d: number,
  factor: number,
  shownDecimals: number,
): IntRate | null {
  if (shownDecimals > 7) return null;
  const consistent = intRateConsistent(v, k, n, d, factor);
  if (consistent === null) return null;
  const a = n * factor;
  const rounded = divFixed(a, d, k, true);
  const truncated = divFixed(a, d, k, false);
  const shown = divFixed(a, d, shownDecimals, true);
  const c = divFixed(a, d, shownDecimals + 1, false);
  if (rounded === null || truncated === null || shown === null || c === null) return null;
  const exact = exactDigits(a, d, 20);
  const cutMore = exactDigits(a, d, shownDecimals + 1);
  const shownDigits = exactDigits(a, d, shownDecimals);
  return {
    consistent,
    exact: exact.text,
    rounded,
    truncated,
    shown: shownDigits.more ? shown : shownDigits.text,
    cut: cutMore.more ? `${c}…` : cutMore.text,
  };
}
