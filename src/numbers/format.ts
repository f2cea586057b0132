/**
 * Writing numbers the Vietnamese way: `.` groups thousands, `,` separates decimals (`1.234,5`,
 * `37,04%`). Exact on decimal strings of any length (no float conversion); the output matches
 * `Intl.NumberFormat("vi-VN")` for the values both can represent.
 * @module
 */
import { canonical, InvalidDecimalError, MAX_DECIMAL_CHARS, roundDecimal } from "./decimal.js";
import type { RateResult } from "./rate.js";
import type { DecimalInput, RoundingMode } from "./types.js";

/**
 * Tùy chọn định dạng số: options of {@link formatVietnameseNumber}.
 * @example
 * const o: FormatNumberOptions = { decimals: 2, percent: true };
 */
export interface FormatNumberOptions {
  /** Round (with `rounding`) and pad to exactly this many decimals (0…100); default: as given. */
  decimals?: number;
  /** Append `%` (no space, as officers write it: `37,04%`). The value is not multiplied. */
  percent?: boolean;
  /** Group thousands with `.` (default true). */
  grouping?: boolean;
  /** Rounding mode when `decimals` is given (default `"half-up"`). */
  rounding?: RoundingMode;
}

/** A canonical decimal string below 1000: no sign, no leading zeros, no grouping needed. */
const SMALL_CANONICAL = /^(?:0|[1-9]\d{0,2})(?:\.\d+)?$/;

/**
 * Định dạng số kiểu Việt Nam: writes an exact decimal with `.` thousands and `,` decimals. Throws
 * {@link InvalidDecimalError} (bilingual) when `value` is not a decimal string or finite number.
 * @example
 * formatVietnameseNumber("37.037037", { decimals: 2, percent: true }); // "37,04%"
 * formatVietnameseNumber("20000"); // "20.000"
 * formatVietnameseNumber("1234.5"); // "1.234,5"
 */
export function formatVietnameseNumber(value: DecimalInput, options?: FormatNumberOptions): string {
  if (
    options === undefined &&
    typeof value === "string" &&
    value.length <= MAX_DECIMAL_CHARS &&
    SMALL_CANONICAL.test(value)
  ) {
    // already canonical and below 1000 (the common case in messages): only the point changes
    return value.replace(".", ",");
  }
  let s = canonical(value);
  if (s === null) throw new InvalidDecimalError(value);
  if (options?.decimals !== undefined) s = roundDecimal(s, options.decimals, options.rounding ?? "half-up");
  const neg = s.startsWith("-");
  if (neg) s = s.slice(1);
  const dot = s.indexOf(".");
  let int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? "" : s.slice(dot + 1);
  if (options?.grouping !== false && int.length > 3) {
    const head = int.length % 3 || 3;
    const groups = [int.slice(0, head)];
    for (let i = head; i < int.length; i += 3) groups.push(int.slice(i, i + 3));
    int = groups.join(".");
  }
  const body = frac ? `${int},${frac}` : int;
  const isZero = !/[1-9]/.test(s);
  return `${neg && !isZero ? "-" : ""}${body}${options?.percent ? "%" : ""}`;
}

/**
 * Tùy chọn định dạng tỷ lệ: options of {@link formatRate}.
 * @example
 * const o: FormatRateOptions = { percent: true, undefinedText: "-" };
 */
export interface FormatRateOptions {
  /** Append `%` (default true). */
  percent?: boolean;
  /** Text for an undefined rate (zero denominator, invalid input); default `"-"`. */
  undefinedText?: string;
  /** Group thousands (default true). */
  grouping?: boolean;
}

/**
 * Định dạng tỷ lệ: writes a {@link RateResult} the Vietnamese way with its own decimals
 * (`rate(10, 27)` → `37,04%`); an undefined rate is written `-` (never `0%`).
 * @example
 * formatRate(rate(10, 27)); // "37,04%"
 * formatRate(rate(1, 0)); // "-"
 */
export function formatRate(result: RateResult, options?: FormatRateOptions): string {
  if (!result.ok) return options?.undefinedText ?? "-";
  return formatVietnameseNumber(result.value, {
    percent: options?.percent ?? true,
    grouping: options?.grouping ?? true,
  });
}
