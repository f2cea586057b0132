/**
 * Exact rates `numerator / denominator × factor`, rounded with a named mode. Safe integers take an
 * integer-arithmetic fast path (no decimal.js); anything else a private decimal.js clone. Both paths give
 * identical results (property-tested and asserted by the benchmark).
 * @module
 */
import { canonical, Dec, fixed, safeIntOf } from "./decimal.js";
import type { DecimalInput, NumberError, NumberErrorCode, RoundingMode } from "./types.js";

/**
 * Số chữ số thập phân của giá trị chính xác: how many decimals {@link RateSuccess.exact} keeps
 * (truncated, trailing zeros dropped).
 * @example
 * RATE_EXACT_DECIMALS; // 20
 */
export const RATE_EXACT_DECIMALS = 20;

/**
 * Tùy chọn tính tỷ lệ: options of {@link rate}.
 * @example
 * const o: RateOptions = { decimals: 2, rounding: "half-up", factor: 100 };
 */
export interface RateOptions {
  /** Decimals of the rounded value, integer 0…20 (default 2). */
  decimals?: number;
  /** Rounding mode (default `"half-up"`). */
  rounding?: RoundingMode;
  /** Multiplier, a positive decimal (default 100: a percentage; 1 for a plain ratio, 1000 for ‰). */
  factor?: DecimalInput;
  /**
   * Accept negative numerator/denominator (default false: a CCHC rate is a share of counts or money, so a
   * negative input is reported as `reason: "negative"`). When true, rounding applies to the magnitude.
   */
  allowNegative?: boolean;
}

/**
 * Tỷ lệ tính được: a computed rate.
 * @example
 * const r = rate(10, 27); // { ok: true, value: "37.04", exact: "37.03703703703703703703", … }
 */
export interface RateSuccess {
  /** Discriminant: true on success, false on failure. */
  ok: true;
  /** The rate rounded to `decimals` places (always written with exactly that many decimals). */
  value: string;
  /** The exact rate truncated to {@link RATE_EXACT_DECIMALS} decimals, trailing zeros dropped. */
  exact: string;
  /** True when `exact` lost digits (the true value has more than 20 decimals). */
  exactTruncated: boolean;
  /** True when the decimal expansion never ends (e.g. 10/27 × 100 = 37.037037…). */
  repeating: boolean;
  /** Decimals of `value`. */
  decimals: number;
  /** Rounding mode used for `value`. */
  rounding: RoundingMode;
}

/**
 * Lý do không tính được tỷ lệ: `"zero-denominator"` (a rate over 0 is undefined, not 0%),
 * `"invalid-input"` (not a number, bad option) or `"negative"` (a negative input without `allowNegative`).
 * @example
 * const why: RateFailureReason = "zero-denominator";
 */
export type RateFailureReason = "zero-denominator" | "invalid-input" | "negative";

/**
 * Tỷ lệ không xác định: why a rate could not be computed.
 * @example
 * rate(5, 0); // { ok: false, value: null, reason: "zero-denominator", error: { … } }
 */
export interface RateFailure {
  /** Discriminant: true on success, false on failure. */
  ok: false;
  /** Always null, so `result.value` can be read without narrowing. */
  value: null;
  /** Why. */
  reason: RateFailureReason;
  /** The same reason with a bilingual message. */
  error: NumberError;
}

/**
 * Kết quả tính tỷ lệ: {@link RateSuccess} or {@link RateFailure}.
 * @example
 * const r: RateResult = rate("732", "876", { decimals: 0 }); // value "84"
 */
export type RateResult = RateSuccess | RateFailure;

const MESSAGES: Record<RateFailureReason, { vi: string; en: string }> = {
  "zero-denominator": {
    vi: "mẫu số bằng 0: tỷ lệ không xác định (không phải 0%)",
    en: "zero denominator: the rate is undefined (not 0%)",
  },
  "invalid-input": {
    vi: "tử số, mẫu số hoặc tùy chọn không hợp lệ",
    en: "invalid numerator, denominator or option",
  },
  negative: { vi: "tử số hoặc mẫu số âm", en: "negative numerator or denominator" },
};

/** @internal */
export function numberError(code: NumberErrorCode, vi: string, en: string): NumberError {
  return { code, message: { vi, en } };
}

function fail(reason: RateFailureReason): RateFailure {
  return { ok: false, value: null, reason, error: { code: reason, message: MESSAGES[reason] } };
}

const MODES: readonly RoundingMode[] = ["half-up", "half-down", "half-even", "down", "up"];
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const MAX_B = 9e14; // remainder × 10 stays a safe integer

/**
 * @internal Rounding increment (0 or 1) of a truncated magnitude `q` with remainder `cmpHalf` = sign(2r − b).
 */
export function increment(mode: RoundingMode, cmpHalf: number, hasRemainder: boolean, qOdd: boolean): 0 | 1 {
  switch (mode) {
    case "half-up":
      return cmpHalf >= 0 ? 1 : 0;
    case "half-down":
      return cmpHalf > 0 ? 1 : 0;
    case "half-even":
      return cmpHalf > 0 || (cmpHalf === 0 && qOdd) ? 1 : 0;
    case "down":
      return 0;
    case "up":
      return hasRemainder ? 1 : 0;
  }
}

function placePoint(digits: string, dec: number): string {
  if (dec === 0) return digits;
  const s = digits.length <= dec ? "0".repeat(dec - digits.length + 1) + digits : digits;
  return `${s.slice(0, s.length - dec)}.${s.slice(s.length - dec)}`;
}

/** `s` (which has a decimal point) without trailing fractional zeros, and without the point if nothing follows. */
function trimZeros(s: string): string {
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}

function gcdBig(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

interface Resolved {
  dec: number;
  mode: RoundingMode;
  factor: string;
  allowNegative: boolean;
}

function resolveOptions(options: RateOptions | undefined): Resolved | null {
  try {
    return readOptions(options);
  } catch {
    // documented: options that cannot be read (a throwing getter, a revoked proxy) are invalid input
    return null;
  }
}

function readOptions(options: RateOptions | undefined): Resolved | null {
  const dec = options?.decimals ?? 2;
  const mode = options?.rounding ?? "half-up";
  const factorIn = options?.factor ?? 100;
  if (!Number.isInteger(dec) || dec < 0 || dec > RATE_EXACT_DECIMALS || !MODES.includes(mode)) return null;
  const factor = canonical(factorIn);
  if (factor === null || !/[1-9]/.test(factor) || factor.startsWith("-")) return null;
  return { dec, mode, factor, allowNegative: options?.allowNegative === true };
}

const DEFAULTS: Resolved = { dec: 2, mode: "half-up", factor: "100", allowNegative: false };

/**
 * @internal `⌊t / b⌋` for safe integers `t ≥ 0`, `b > 0` with `t + b` a safe integer: `Math.floor` of the
 * float quotient is then exact. With k = ⌊t / b⌋ + 1, the true quotient is at least 1/b below k, and
 * rounding moves it by at most half an ulp, less than k · 2^−53 ≤ 1/b (k · b ≤ t + b < 2^53), so it never
 * reaches k; nor does it fall below ⌊t / b⌋, an integer a double holds.
 */
export function floorDiv(t: number, b: number): number {
  return Math.floor(t / b);
}

/**
 * The rounded rate text of the integer path from the truncated quotient `q` and remainder `r` of
 * `a·10^dec / b` (`truncText`: `q` with its point placed, when already built).
 */
function roundedText(q: number, r: number, b: number, neg: boolean, o: Resolved, truncText?: string): string {
  const c = 2 * r - b;
  const qr = q + increment(o.mode, c < 0 ? -1 : c > 0 ? 1 : 0, r !== 0, q !== 2 * Math.floor(q / 2));
  const value = qr === q && truncText !== undefined ? truncText : placePoint(String(qr), o.dec);
  return neg && qr !== 0 ? `-${value}` : value;
}

/** The rounded text alone with `number` arithmetic; null when a bound is exceeded (caller falls back). */
function rateIntValue(n: number, d: number, f: number, o: Resolved): string | null {
  const neg = n < 0 !== d < 0; // a zero value or exact part is written without the sign
  const a = Math.abs(n) * f;
  const b = Math.abs(d);
  if (o.dec > 15 || b > MAX_B) return null;
  const t = a * POW10[o.dec]!;
  if (!Number.isSafeInteger(t + b)) return null;
  const q = floorDiv(t, b);
  return roundedText(q, t - q * b, b, neg, o);
}

/** Integer fast path with `number` arithmetic; null when a bound is exceeded (caller falls back). */
function rateInt(n: number, d: number, f: number, o: Resolved): RateResult | null {
  const neg = n < 0 !== d < 0; // a zero value or exact part is written without the sign
  const a = Math.abs(n) * f;
  const b = Math.abs(d);
  if (o.dec > 15 || b > MAX_B) return null;
  const t = a * POW10[o.dec]!;
  if (!Number.isSafeInteger(t + b)) return null;
  const q = floorDiv(t, b);
  const r = t - q * b;
  const truncText = placePoint(String(q), o.dec);
  const value = roundedText(q, r, b, neg, o, truncText);
  // remaining exact digits by long division, as many digits per step as stay exact
  let rr = r;
  let more = "";
  let left = RATE_EXACT_DECIMALS - o.dec;
  const step = b <= 1e6 ? 9 : Math.max(1, Math.min(9, Math.floor(15.9 - Math.log10(b)))); // ≤ 9 digits: an int32 chunk
  while (left > 0 && rr !== 0) {
    const k = Math.min(step, left);
    const x = rr * POW10[k]!;
    const dq = Math.floor(x / b);
    const chunk = String(dq);
    const m = x - dq * b;
    more += chunk.length < k ? "0".repeat(k - chunk.length) + chunk : chunk;
    rr = m;
    left -= k;
  }
  // truncText has a point when dec > 0; trimZeros drops a point with nothing after it
  let exact = trimZeros(o.dec === 0 ? `${truncText}.${more}` : truncText + more);
  if (neg && exact !== "0") exact = `-${exact}`;
  // a/b terminates ⇔ b without its factors 2 and 5 divides a
  let repeating = false;
  if (rr !== 0) {
    let m = b;
    while (m === 2 * Math.floor(m / 2)) m /= 2;
    while (m === 5 * Math.floor(m / 5)) m /= 5;
    repeating = a !== m * Math.floor(a / m);
  }
  return { ok: true, value, exact, exactTruncated: rr !== 0, repeating, decimals: o.dec, rounding: o.mode };
}

const TEN20 = new Dec(10).pow(RATE_EXACT_DECIMALS);

/** General path with the private decimal.js clone (exact: inputs are at most 200 characters). */
function rateDec(num: string, den: string, o: Resolved): RateResult {
  const A = new Dec(num);
  const B = new Dec(den);
  const neg = A.isNeg() !== B.isNeg() && !A.isZero();
  const a = A.abs().times(o.factor);
  const b = B.abs();
  const t = a.times(new Dec(10).pow(o.dec));
  const q = t.divToInt(b);
  const r = t.minus(q.times(b));
  const cmp = r.times(2).cmp(b);
  const qr = q.plus(increment(o.mode, cmp, !r.isZero(), q.mod(2).eq(1)));
  let value = fixed(qr.div(new Dec(10).pow(o.dec)), o.dec);
  if (neg && !qr.isZero()) value = `-${value}`;
  const t20 = a.times(TEN20);
  const q20 = t20.divToInt(b);
  const r20 = t20.minus(q20.times(b));
  let exact = q20.div(TEN20).toFixed();
  if (neg && exact !== "0") exact = `-${exact}`;
  // repeating ⇔ the reduced denominator has a prime factor other than 2 and 5
  const k = Math.max(a.decimalPlaces(), b.decimalPlaces());
  const scale = new Dec(10).pow(k);
  const ai = BigInt(a.times(scale).toFixed());
  const bi = BigInt(b.times(scale).toFixed());
  let m = bi / gcdBig(ai, bi);
  while (m % 2n === 0n) m /= 2n;
  while (m % 5n === 0n) m /= 5n;
  return {
    ok: true,
    value,
    exact,
    exactTruncated: !r20.isZero(),
    repeating: m !== 1n,
    decimals: o.dec,
    rounding: o.mode,
  };
}

function prepare(
  numerator: DecimalInput,
  denominator: DecimalInput,
  options: RateOptions | undefined,
): { o: Resolved; num: string; den: string } | RateFailure {
  const o = resolveOptions(options);
  const num = canonical(numerator);
  const den = canonical(denominator);
  if (o === null || num === null || den === null) return fail("invalid-input");
  if (!/[1-9]/.test(den)) return fail("zero-denominator");
  if (!o.allowNegative && (num.startsWith("-") || den.startsWith("-"))) return fail("negative");
  return { o, num, den };
}

/**
 * Tỷ lệ (%): `numerator / denominator × factor`, exact, rounded to `decimals` places with a named mode
 * (DHIS2-style indicator; docs/guide.md §3: a rate over a zero denominator is undefined, not 0%). Inputs are
 * decimal strings or numbers; safe integers use integer arithmetic, others decimal.js — identical results.
 * Never throws.
 * @example
 * rate(10, 27); // { ok: true, value: "37.04", exact: "37.03703703703703703703", repeating: true, … }
 * rate("732", "876", { decimals: 0 }).value; // "84"
 * rate(0, 0); // { ok: false, value: null, reason: "zero-denominator", … }
 */
export function rate(numerator: DecimalInput, denominator: DecimalInput, options?: RateOptions): RateResult {
  return dispatchRate(numerator, denominator, options, rateInt, sameResult);
}

/**
 * The one dispatch of {@link rate} and {@link rateValue}: plain safe integers with default options go
 * straight to the integer path; otherwise the inputs are validated (prepare), the integer path is tried
 * when all three of numerator, denominator and factor are safe integers, and the decimal path answers the
 * rest. Inputs are validated up front; nothing below is expected to throw, and nothing is caught: an
 * internal error must surface, not pass for invalid input.
 */
function dispatchRate<T>(
  numerator: DecimalInput,
  denominator: DecimalInput,
  options: RateOptions | undefined,
  viaInt: (n: number, d: number, f: number, o: Resolved) => T | null,
  fromDec: (r: RateResult) => T | RateFailure,
): T | RateFailure {
  if (
    options === undefined &&
    typeof numerator === "number" &&
    typeof denominator === "number" &&
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(denominator) &&
    numerator >= 0 &&
    denominator > 0
  ) {
    const r = viaInt(numerator, denominator, 100, DEFAULTS);
    if (r !== null) return r;
  }
  const p = prepare(numerator, denominator, options);
  if ("ok" in p) return p;
  const n = safeIntOf(numerator);
  const d = safeIntOf(denominator);
  const f = safeIntOf(p.o.factor);
  if (!Number.isNaN(n) && !Number.isNaN(d) && !Number.isNaN(f)) {
    const r = viaInt(n, d, f, p.o);
    if (r !== null) return r;
  }
  return fromDec(rateDec(p.num, p.den, p.o));
}

/**
 * Giá trị tỷ lệ đã làm tròn: a rate or failure of {@link rateValue} — the rounded text alone.
 * @example
 * const r: RateValueResult = rateValue(10, 27); // { ok: true, value: "37.04" }
 */
export type RateValueResult = { ok: true; value: string } | RateFailure;

/**
 * Giá trị tỷ lệ đã làm tròn: `rate(numerator, denominator, options).value` without the exact digits and
 * the repetition flag — the rounded rate a report prints, for callers that need nothing else (safe
 * integers: no decimal arithmetic and no digit string beyond the answer). Same options, same value, same
 * failures as {@link rate}. Never throws.
 * @example
 * rateValue(10, 27); // { ok: true, value: "37.04" }
 * rateValue("732", "876", { decimals: 0 }); // { ok: true, value: "84" }
 * rateValue(5, 0).ok; // false
 */
export function rateValue(
  numerator: DecimalInput,
  denominator: DecimalInput,
  options?: RateOptions,
): RateValueResult {
  return dispatchRate(numerator, denominator, options, valueViaInt, valueFromDec);
}

function valueViaInt(n: number, d: number, f: number, o: Resolved): RateValueResult | null {
  const v = rateIntValue(n, d, f, o);
  return v === null ? null : { ok: true, value: v };
}

function valueFromDec(r: RateResult): RateValueResult {
  return r.ok ? { ok: true, value: r.value } : r;
}

function sameResult(r: RateResult): RateResult {
  return r;
}

/**
 * @internal The decimal.js path of {@link rate} for every input (no integer fast path): the reference
 * the fast path is tested and benchmarked against.
 */
export function rateWithDecimalJs(
  numerator: DecimalInput,
  denominator: DecimalInput,
  options?: RateOptions,
): RateResult {
  const p = prepare(numerator, denominator, options);
  if ("ok" in p) return p;
  return rateDec(p.num, p.den, p.o);
}
