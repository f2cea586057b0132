/**
 * Exact decimal strings: validation, comparison, addition, rounding. Integers that fit in a double
 * exactly take a `number` fast path; everything else goes through a private `Decimal.clone()`
 * (never the global `Decimal.set`).
 * @module
 */
import Decimal from "decimal.js";
import type { BilingualMessage, DecimalInput, RoundingMode } from "./types.js";

/**
 * Độ dài tối đa của chuỗi số: the longest decimal string (characters) the helpers accept. With inputs
 * this short every intermediate result fits the private decimal.js precision ({@link DECIMAL_PRECISION}),
 * so all arithmetic here is exact.
 * @example
 * MAX_DECIMAL_CHARS; // 200
 */
export const MAX_DECIMAL_CHARS = 200;

/**
 * Độ chính xác nội bộ: significant digits of the private decimal.js clone. Chosen (instead of 64) so that
 * products and quotients of two {@link MAX_DECIMAL_CHARS}-long inputs are never rounded.
 * @example
 * DECIMAL_PRECISION; // 1000
 */
export const DECIMAL_PRECISION = 1000;

/** @internal The private decimal.js constructor: exact within the documented input limits. */
export const Dec = Decimal.clone({
  precision: DECIMAL_PRECISION,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  modulo: Decimal.ROUND_DOWN,
});
/** @internal */
export type Dec = InstanceType<typeof Dec>;

const DECIMAL_RE = /^[+-]?\d+(?:\.\d+)?$/;
const INT_RE = /^-?\d{1,15}$/;

/**
 * @internal `String(x)` that never throws (an object without `toString`, e.g. `Object.create(null)`,
 * makes `String` throw).
 */
export function safeString(x: unknown): string {
  try {
    return String(x);
  } catch {
    return Object.prototype.toString.call(x);
  }
}

/**
 * Lỗi số không hợp lệ: thrown by the helpers that return a plain value ({@link compareDecimal},
 * {@link addDecimal}, {@link sumDecimals}, {@link roundDecimal}, {@link subtractDecimal},
 * {@link multiplyDecimal}, {@link divideDecimal}, {@link minDecimal}, {@link maxDecimal}) when an input is
 * not a decimal string or finite number (`code: "invalid-input"`), or when {@link divideDecimal} is asked
 * to divide by zero (`code: "zero-denominator"`). Carries a bilingual message.
 * @example
 * try { compareDecimal("abc", "1"); } catch (e) { if (e instanceof InvalidDecimalError) e.messages.vi; }
 */
export class InvalidDecimalError extends Error {
  /** `"invalid-input"` (not a decimal, or a bad option), or `"zero-denominator"` (division by zero). */
  readonly code: "invalid-input" | "zero-denominator";
  /** The message in Vietnamese and English. */
  readonly messages: BilingualMessage;
  /**
   * @param input The offending value (shown, shortened, in the message).
   * @param code Why it was refused (default `"invalid-input"`).
   */
  constructor(input: unknown, code: "invalid-input" | "zero-denominator" = "invalid-input") {
    const shown = typeof input === "string" ? JSON.stringify(input.slice(0, 40)) : safeString(input);
    const messages =
      code === "zero-denominator"
        ? { vi: `chia cho 0 (số chia: ${shown})`, en: `division by zero (divisor: ${shown})` }
        : { vi: `không phải số thập phân hợp lệ: ${shown}`, en: `not a valid decimal number: ${shown}` };
    super(`${messages.vi} / ${messages.en}`);
    this.name = "InvalidDecimalError";
    this.code = code === "zero-denominator" ? code : "invalid-input";
    this.messages = messages;
  }
}

/**
 * Kiểm tra chuỗi số thập phân: true when `x` is an exact decimal string in canonical dot notation —
 * optional sign, digits, optional `.` and digits; no grouping, no exponent, at most
 * {@link MAX_DECIMAL_CHARS} characters.
 * @example
 * isDecimalString("37.03"); // true
 * isDecimalString("37,03"); // false (use parseVietnameseNumber)
 */
export function isDecimalString(x: unknown): x is string {
  return typeof x === "string" && x.length <= MAX_DECIMAL_CHARS && DECIMAL_RE.test(x);
}

/**
 * @internal Canonical string of a {@link DecimalInput} (no leading `+`/zeros, `-0` → `0`, trailing
 * fractional zeros kept), or `null` when invalid.
 */
export function canonical(x: DecimalInput): string | null {
  if (typeof x === "number") {
    if (!Number.isFinite(x)) return null;
    if (Number.isSafeInteger(x)) return String(x); // String(-0) is "0"
    // Like a string input, at most MAX_DECIMAL_CHARS characters (1e300 and 5e-324 are not accepted).
    const s = new Dec(x).toFixed();
    return s.length > MAX_DECIMAL_CHARS ? null : s;
  }
  if (!isDecimalString(x)) return null;
  let s = x;
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  let i = 0;
  while (i < s.length - 1 && s[i] === "0" && s[i + 1] !== ".") i++;
  s = s.slice(i);
  // s is now "0", "0.…" or starts with 1-9; a zero keeps no sign
  return neg && /[1-9]/.test(s) ? `-${s}` : s;
}

/** Parses to the private Decimal, or null. */
function toDec(x: DecimalInput): Dec | null {
  const c = canonical(x);
  return c === null ? null : new Dec(c);
}

/** @internal Parses to the private Decimal, or throws {@link InvalidDecimalError}. */
export function mustDec(x: DecimalInput): Dec {
  const d = toDec(x);
  if (d === null) throw new InvalidDecimalError(x);
  return d;
}

/** @internal Plain notation of a Decimal: trailing fractional zeros dropped, never `-0`. */
export function plainDecimal(d: Dec): string {
  return d.isZero() ? "0" : d.toFixed();
}

/**
 * @internal The input as a safe integer when it is one — a safe-integer number, or a string of at most
 * 15 digits with an optional minus — else NaN: the test every integer fast path of this area starts with.
 */
export function safeIntOf(x: DecimalInput): number {
  if (typeof x === "number") return Number.isSafeInteger(x) ? x : Number.NaN;
  return typeof x === "string" && INT_RE.test(x) ? Number(x) : Number.NaN;
}

/**
 * So sánh hai số: compares two exact decimals and returns −1, 0 or 1 (like a sort comparator).
 * Throws {@link InvalidDecimalError} on invalid input.
 * @example
 * compareDecimal("69.999999999999999999", "70"); // -1
 * compareDecimal("1.50", "1.5"); // 0
 */
export function compareDecimal(a: DecimalInput, b: DecimalInput): -1 | 0 | 1 {
  if (typeof a === "string" && typeof b === "string" && INT_RE.test(a) && INT_RE.test(b)) {
    const x = Number(a);
    const y = Number(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === "number" && typeof b === "number" && Number.isFinite(a) && Number.isFinite(b)) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return mustDec(a).cmp(mustDec(b)) as -1 | 0 | 1;
}

/**
 * Cộng các số: exact sum of decimals, as a canonical decimal string (trailing zeros dropped).
 * Throws {@link InvalidDecimalError} on invalid input.
 * @example
 * addDecimal("0.1", "0.2"); // "0.3"
 * addDecimal(1, "2.5", "-0.5"); // "3"
 */
export function addDecimal(...xs: DecimalInput[]): string {
  return sumDecimals(xs);
}

/**
 * Tổng các số: exact sum of a list of decimals (`"0"` for an empty list). Safe integers are added with
 * `number` arithmetic while the running total stays exact; the rest with decimal.js.
 * Throws {@link InvalidDecimalError} on invalid input.
 * @example
 * sumDecimals(["732", "144"]); // "876"
 */
export function sumDecimals(xs: readonly DecimalInput[]): string {
  let fast = 0;
  let i = 0;
  for (; i < xs.length; i++) {
    const x = xs[i]!;
    const n = safeIntOf(x);
    if (!Number.isSafeInteger(n) || !Number.isSafeInteger(fast + n)) break;
    fast += n;
  }
  if (i === xs.length) return String(fast);
  let acc = new Dec(fast);
  for (; i < xs.length; i++) acc = acc.plus(mustDec(xs[i]!));
  return plainDecimal(acc);
}

const DEC_ROUNDING: Record<RoundingMode, Decimal.Rounding> = {
  "half-up": Decimal.ROUND_HALF_UP,
  "half-down": Decimal.ROUND_HALF_DOWN,
  "half-even": Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

/**
 * @internal Fixed notation with exactly `decimals` (≥ 0) places of a value already rounded to that many
 * places (every caller rounds first); no `-0`, as decimal.js writes a zero without a sign.
 */
export function fixed(d: Dec, decimals: number): string {
  return d.toFixed(Math.max(0, decimals));
}

/**
 * Làm tròn số: rounds an exact decimal to `decimals` places (negative = to tens, hundreds…) with a named
 * mode, returning exactly that many decimals (`roundDecimal("18.5", 2)` is `"18.50"`).
 * Throws {@link InvalidDecimalError} on invalid input or a non-integer `decimals` outside −20…100.
 * @example
 * roundDecimal("37.037037", 2); // "37.04"
 * roundDecimal("37.037037", 2, "down"); // "37.03"
 * roundDecimal("0.125", 2, "half-even"); // "0.12"
 */
export function roundDecimal(value: DecimalInput, decimals: number, mode: RoundingMode = "half-up"): string {
  if (
    !Number.isInteger(decimals) ||
    decimals < -20 ||
    decimals > 100 ||
    typeof mode !== "string" ||
    !Object.hasOwn(DEC_ROUNDING, mode)
  ) {
    throw new InvalidDecimalError(decimals);
  }
  const d = mustDec(value);
  if (decimals >= 0) return fixed(d.toDecimalPlaces(decimals, DEC_ROUNDING[mode]), decimals);
  const scale = new Dec(10).pow(-decimals);
  return fixed(d.div(scale).toDecimalPlaces(0, DEC_ROUNDING[mode]).times(scale), 0);
}

/**
 * Đổi sang chuỗi chuẩn: the canonical decimal string of an input (no `+`, no leading zeros, `-0` → `0`;
 * trailing fractional zeros kept), or `null` when the input is not a decimal.
 * @example
 * toDecimalString(" 08".trim()); // "8"
 * toDecimalString(0.1); // "0.1"
 * toDecimalString("1,5"); // null
 */
export function toDecimalString(x: DecimalInput): string | null {
  return canonical(x);
}
