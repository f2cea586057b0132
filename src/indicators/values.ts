/**
 * Reading the value of one indicator as the calculators need it: a number with its written precision,
 * a fraction (`54/55 TTHC`), a blank (not reported) or a dash (not applicable). Blank is never 0.
 * @module
 */
import type { IndicatorValue, Report } from "../model/report.js";
import { toDecimalString } from "../numbers/decimal.js";
import { parseVietnameseNumber } from "../numbers/parse.js";

/**
 * Giá trị đã đọc: one indicator value as the calculators see it.
 * - `number`: an exact decimal string with the decimals it was written with (`37,03%` → `"37.03"`, 2);
 * - `fraction`: numerator and denominator written in one cell (`54/55 TTHC`, `732VBĐT/876VBD`);
 * - `blank`: not reported (absent, `null`, empty text) — not 0;
 * - `none`: a dash (`-`): the officer marked it not applicable — not 0 either;
 * - `invalid`: text that is not a number (kept so a caller can report it).
 * @example
 * const v: ReadValue = { status: "number", value: "37.03", decimals: 2, percent: true };
 */
export type ReadValue =
  | { status: "number"; value: string; decimals: number; percent: boolean }
  | { status: "fraction"; numerator: string; denominator: string }
  | { status: "blank" }
  | { status: "none" }
  | { status: "invalid"; raw: string };

const PLAIN_INT = /^(?:0|[1-9]\d{0,14})$/;

function decimalsOf(s: string): number {
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

/**
 * Đọc giá trị chỉ tiêu: reads an {@link IndicatorValue} — its parsed `value` when present, else its
 * `raw` text through `parseVietnameseNumber` (decimal comma, thousands dot, `%`, fractions). Never throws.
 * @example
 * readIndicatorValue({ raw: "37,03%" }); // { status: "number", value: "37.03", decimals: 2, percent: true }
 * readIndicatorValue({ raw: "54/55 TTHC" }); // { status: "fraction", numerator: "54", denominator: "55" }
 * readIndicatorValue(undefined); // { status: "blank" }
 */
export function readIndicatorValue(v: IndicatorValue | undefined): ReadValue {
  if (v === undefined || v === null || typeof v !== "object") return { status: "blank" };
  if (v.value !== undefined) {
    if (v.value === null) return { status: "blank" };
    if (typeof v.value === "string" && PLAIN_INT.test(v.value)) {
      return { status: "number", value: v.value, decimals: 0, percent: false };
    }
    const c = toDecimalString(v.value);
    if (c === null) return { status: "invalid", raw: String(v.value) };
    return { status: "number", value: c, decimals: decimalsOf(c), percent: false };
  }
  if (v.raw === undefined) return { status: "blank" };
  const p = parseVietnameseNumber(v.raw);
  if (!p.ok) return { status: "invalid", raw: v.raw.slice(0, 80) };
  const x = p.value;
  switch (x.kind) {
    case "number":
      return { status: "number", value: x.value, decimals: x.decimals, percent: x.percent };
    case "fraction":
      return { status: "fraction", numerator: x.numerator, denominator: x.denominator };
    case "blank":
      return { status: "blank" };
    case "none":
      return { status: "none" };
  }
}

/**
 * Số của chỉ tiêu: the number a value stands for, as an exact decimal string — a fraction counts as its
 * numerator (`54/55 TTHC` → `"54"`: 54 of the 55 procedures) — or `null` when blank, dash or invalid.
 * @example
 * numberOf({ raw: "20.000" }); // "20000"
 * numberOf({ raw: "" }); // null
 */
export function numberOf(v: IndicatorValue | undefined): string | null {
  const r = readIndicatorValue(v);
  if (r.status === "number") return r.value;
  if (r.status === "fraction") return r.numerator;
  return null;
}

/**
 * Đọc cả báo cáo: every value of a report read once (see {@link readIndicatorValue}).
 * @example
 * readReportValues(report).get("1.2"); // { status: "number", value: "37.03", … }
 */
export function readReportValues(report: Pick<Report, "values">): Map<string, ReadValue> {
  const out = new Map<string, ReadValue>();
  const values = report && typeof report === "object" && report.values ? report.values : {};
  for (const [id, v] of Object.entries(values)) out.set(id, readIndicatorValue(v));
  return out;
}
