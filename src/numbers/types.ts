/**
 * Shared types of `cchc/numbers`. Every value is an exact decimal string (`"37.03"`), never a float.
 * @module
 */

/**
 * Thông điệp song ngữ: a message in Vietnamese (first) and English.
 * @example
 * const m: BilingualMessage = { vi: "mẫu số bằng 0", en: "zero denominator" };
 */
export interface BilingualMessage {
  /** Vietnamese text (read by report officers). */
  vi: string;
  /** English text. */
  en: string;
}

/**
 * Số thập phân dạng chuỗi: what the numeric functions accept — a decimal string such as `"37.03"`,
 * `"-1.5"`, `"20000"` (canonical dot notation, no grouping) or a finite JS number (converted through its
 * shortest round-trip representation, so `0.1` is `"0.1"`).
 * @example
 * const n: DecimalInput = "37.03";
 */
export type DecimalInput = string | number;

/**
 * Chế độ làm tròn: rounding modes, named as in dinero.js and applied to the magnitude (sign-symmetric,
 * like decimal.js): `"half-up"` ties away from zero (default), `"half-down"` ties toward zero,
 * `"half-even"` ties to the even digit (banker's rounding), `"down"` truncates toward zero, `"up"` rounds
 * away from zero.
 * @example
 * const mode: RoundingMode = "half-even";
 */
export type RoundingMode = "half-up" | "half-down" | "half-even" | "down" | "up";

/**
 * Lỗi đầu vào số: codes of the typed failures of the arithmetic helpers (rate, intervals, ĐVSNCL).
 * @example
 * const c: NumberErrorCode = "zero-denominator";
 */
export type NumberErrorCode = "invalid-input" | "zero-denominator" | "negative" | "no-regime";

/**
 * Lỗi số: a typed failure of an arithmetic helper, with a bilingual message.
 * @example
 * const e: NumberError = { code: "invalid-input", message: { vi: "…", en: "…" } };
 */
export interface NumberError {
  /** Stable machine-readable code. */
  code: NumberErrorCode;
  /** Explanation in Vietnamese and English. */
  message: BilingualMessage;
}

/**
 * Giá trị báo cáo có độ chính xác: a reported value with the number of decimals it was written with
 * (XBRL `decimals`): `{ value: "37.03", decimals: 2 }` stands for 37.03 ± 0.005.
 * @example
 * const r: ReportedValue = { value: "37.03", decimals: 2 };
 */
export interface ReportedValue {
  /** Exact decimal string. */
  value: string;
  /** Decimals written (may be negative, XBRL style: −3 = rounded to thousands). */
  decimals: number;
}

/**
 * Khoảng giá trị: a closed interval `[low, high]` of exact decimal strings.
 * @example
 * const i: Interval = { low: "37.025", high: "37.035" };
 */
export interface Interval {
  /** Lower bound (inclusive). */
  low: string;
  /** Upper bound (inclusive). */
  high: string;
}
