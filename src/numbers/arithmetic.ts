/**
 * Exact arithmetic on decimal strings: difference, product, quotient rounded with a named mode, smaller
 * and larger of two. Same conventions as {@link addDecimal}: inputs are {@link DecimalInput} (at most
 * {@link MAX_DECIMAL_CHARS} characters), outputs canonical plain decimal strings with trailing fractional
 * zeros dropped, invalid input throws {@link InvalidDecimalError}. Safe integers take `number` fast paths.
 * @module
 */
import { Dec, InvalidDecimalError, mustDec, plainDecimal, safeIntOf } from "./decimal.js";
import { floorDiv, increment } from "./rate.js";
import type { DecimalInput, RoundingMode } from "./types.js";

/**
 * Hiệu số: the exact difference `a − b`, as a canonical decimal string (trailing zeros dropped, never
 * `-0`). Throws {@link InvalidDecimalError} on invalid input.
 * @example
 * subtractDecimal("98.00", "96.39"); // "1.61"
 * subtractDecimal("0.3", 0.1); // "0.2"
 * subtractDecimal(83, 100); // "-17"
 */
export function subtractDecimal(a: DecimalInput, b: DecimalInput): string {
  const x = safeIntOf(a);
  const y = safeIntOf(b);
  if (Number.isSafeInteger(x) && Number.isSafeInteger(y) && Number.isSafeInteger(x - y)) return String(x - y); // String(-0) is "0"
  return plainDecimal(mustDec(a).minus(mustDec(b)));
}

/**
 * Tích: the exact product `a × b`, as a canonical decimal string (trailing zeros dropped, never `-0`).
 * Nothing is rounded: the product of two inputs of {@link MAX_DECIMAL_CHARS} characters may be longer
 * than that limit, and such a result is then not accepted back as an input.
 * Throws {@link InvalidDecimalError} on invalid input.
 * @example
 * multiplyDecimal("0.1", "0.2"); // "0.02"
 * multiplyDecimal("96.39", 20); // "1927.8"
 */
export function multiplyDecimal(a: DecimalInput, b: DecimalInput): string {
  const x = safeIntOf(a);
  const y = safeIntOf(b);
  if (Number.isSafeInteger(x) && Number.isSafeInteger(y) && Number.isSafeInteger(x * y)) return String(x * y);
  return plainDecimal(mustDec(a).times(mustDec(b)));
}

const TEN = new Dec(10);
const ROUNDING_MODES: ReadonlySet<string> = new Set<RoundingMode>([
  "half-up",
  "half-down",
  "half-even",
  "down",
  "up",
]);

/**
 * Số chữ số thập phân mặc định của thương: decimals {@link divideDecimal} rounds to when none are given
 * (the same as {@link RATE_EXACT_DECIMALS}).
 * @example
 * DIVIDE_DEFAULT_DECIMALS; // 20
 */
export const DIVIDE_DEFAULT_DECIMALS = 20;

/**
 * Tùy chọn phép chia: options of {@link divideDecimal}.
 * @example
 * const o: DivideOptions = { decimals: 2, rounding: "half-even" };
 */
export interface DivideOptions {
  /**
   * Decimals to round the quotient to: an integer −20…100, negative = to tens, hundreds… (default
   * {@link DIVIDE_DEFAULT_DECIMALS}, i.e. 20).
   */
  decimals?: number;
  /** Rounding mode (default `"half-up"`: ties away from zero). */
  rounding?: RoundingMode;
}

/**
 * Thương: the quotient `a ÷ b` correctly rounded (from the exact quotient, a single rounding) to
 * `decimals` places with a named {@link RoundingMode}, as a canonical decimal string with trailing zeros
 * dropped (`divideDecimal(1, 4, { decimals: 2 })` is `"0.25"`, `divideDecimal(1, 2, { decimals: 2 })` is
 * `"0.5"`; pass the result to {@link roundDecimal} with the same `decimals` to write exactly that many
 * places). Defaults: 20 decimals ({@link DIVIDE_DEFAULT_DECIMALS}), `"half-up"`. Throws
 * {@link InvalidDecimalError} with code `"zero-denominator"` when `b` is 0 (never `Infinity`/`NaN`), and
 * with code `"invalid-input"` on an invalid input or option.
 * @example
 * divideDecimal(10, 27, { decimals: 4 }); // "0.3704"
 * divideDecimal("2", "3"); // "0.66666666666666666667"
 * divideDecimal("0.125", 1, { decimals: 2, rounding: "half-even" }); // "0.12"
 * divideDecimal(1, 0); // throws InvalidDecimalError (code "zero-denominator")
 */
export function divideDecimal(a: DecimalInput, b: DecimalInput, options: DivideOptions = {}): string {
  const decimals = options?.decimals ?? DIVIDE_DEFAULT_DECIMALS;
  const mode = options?.rounding ?? "half-up";
  if (!Number.isInteger(decimals) || decimals < -20 || decimals > 100)
    throw new InvalidDecimalError(decimals);
  if (!ROUNDING_MODES.has(mode)) throw new InvalidDecimalError(mode);
  const fast = divideSmall(safeIntOf(a), safeIntOf(b), decimals, mode);
  if (fast !== null) return fast;
  const x = mustDec(a);
  const y = mustDec(b);
  if (y.isZero()) throw new InvalidDecimalError(b, "zero-denominator");
  // |x| × 10^decimals = q × |y| + r with 0 ≤ r < |y|, all exact (inputs of at most MAX_DECIMAL_CHARS
  // characters keep every intermediate far below the clone's 1000 significant digits).
  const t = x.abs().times(pow10(decimals));
  const d = y.abs();
  const q = t.divToInt(d);
  const r = t.minus(q.times(d));
  const odd = mode === "half-even" && q.mod(2).eq(1);
  const qr = q.plus(increment(mode, r.times(2).cmp(d), !r.isZero(), odd));
  return placePoint(qr.toFixed(), decimals, x.isNeg() !== y.isNeg());
}

/** 10^k for k = −20…100 (every `decimals` divideDecimal accepts), index k + 20. */
const POWERS: readonly Dec[] = Array.from({ length: 121 }, (_, i) => TEN.pow(i - 20));

function pow10(k: number): Dec {
  return POWERS[k + 20]!;
}

/**
 * The decimal string of the integer `digits` × 10^−decimals (`decimals` may be negative), trailing zeros
 * dropped, negated when `negative` (never `-0`).
 */
function placePoint(digits: string, decimals: number, negative: boolean): string {
  if (digits === "0") return "0";
  let s = digits;
  if (decimals < 0) s += "0".repeat(-decimals);
  else if (decimals > 0) {
    s = s.padStart(decimals + 1, "0");
    const frac = s.slice(-decimals).replace(/0+$/, "");
    s = frac ? `${s.slice(0, -decimals)}.${frac}` : s.slice(0, -decimals);
  }
  return negative ? `-${s}` : s;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Fast path of {@link divideDecimal} with `number` integer division, or null when `x` or `y` is not a
 * safe integer, `y` is 0, `decimals` is outside 0…15 or `|x| × 10^decimals + |y|` is not safe.
 */
function divideSmall(x: number, y: number, decimals: number, mode: RoundingMode): string | null {
  if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y) || y === 0 || decimals < 0 || decimals > 15) {
    return null;
  }
  const b = Math.abs(y);
  const t = Math.abs(x) * POW10[decimals]!;
  if (!(t + b <= Number.MAX_SAFE_INTEGER)) return null;
  const q = floorDiv(t, b);
  const r = t - q * b;
  const rounded = q + increment(mode, Math.sign(r - (b - r)), r !== 0, q % 2 === 1);
  return placePoint(String(rounded), decimals, x < 0 !== y < 0);
}

/**
 * Số nhỏ hơn: the smaller of two decimals, as a canonical decimal string (trailing zeros dropped).
 * Throws {@link InvalidDecimalError} on invalid input.
 * @example
 * minDecimal("100", "96.390"); // "96.39"
 * minDecimal(-1, "0"); // "-1"
 */
export function minDecimal(a: DecimalInput, b: DecimalInput): string {
  return smallerOrLarger(a, b, true);
}

/**
 * Số lớn hơn: the larger of two decimals, as a canonical decimal string (trailing zeros dropped).
 * Throws {@link InvalidDecimalError} on invalid input.
 * @example
 * maxDecimal("-2.5", 0); // "0"
 * maxDecimal("18", "18.00"); // "18"
 */
export function maxDecimal(a: DecimalInput, b: DecimalInput): string {
  return smallerOrLarger(a, b, false);
}

/** The smaller (or larger) of two decimals: `number` comparison for safe integers, else decimal.js. */
function smallerOrLarger(a: DecimalInput, b: DecimalInput, smaller: boolean): string {
  const i = safeIntOf(a);
  const j = safeIntOf(b);
  if (Number.isSafeInteger(i) && Number.isSafeInteger(j))
    return String(smaller ? Math.min(i, j) : Math.max(i, j));
  const x = mustDec(a);
  const y = mustDec(b);
  return plainDecimal((smaller ? x.lte(y) : x.gte(y)) ? x : y);
}
