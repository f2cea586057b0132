/**
 * Reading the numbers report officers write: `37,03%`, `20.000`, `08`, `0 TTHC`, `54/55 TTHC`,
 * `732VBĐT/876VBD`, blank, `-`. Vietnamese conventions first (`.` groups thousands, `,` is the decimal
 * separator), with every reading that could be meant otherwise flagged as an ambiguity.
 * @module
 */
import { safeString } from "./decimal.js";
import type { BilingualMessage } from "./types.js";

/**
 * Độ dài tối đa của ô số liệu: inputs longer than this (characters, before trimming) fail fast with
 * `"too-long"` — a 10 000-digit string is rejected without being scanned.
 * @example
 * MAX_NUMBER_INPUT_CHARS; // 200
 */
export const MAX_NUMBER_INPUT_CHARS = 200;

/**
 * Số chữ số có nghĩa tối đa: numbers with more significant digits (leading zeros not counted) fail
 * with `"too-long"`.
 * @example
 * MAX_SIGNIFICANT_DIGITS; // 64
 */
export const MAX_SIGNIFICANT_DIGITS = 64;

/**
 * Quy ước dấu phân cách: `"auto"` (default) reads Vietnamese first and flags ambiguous readings;
 * `"vi"` forces `.` = thousands, `,` = decimal; `"en"` forces `,` = thousands, `.` = decimal.
 * @example
 * const l: NumberLocale = "vi";
 */
export type NumberLocale = "auto" | "vi" | "en";

/**
 * Tùy chọn đọc số: options of {@link parseVietnameseNumber}.
 * @example
 * parseVietnameseNumber("1.5", { locale: "en" });
 */
export interface ParseNumberOptions {
  /** Separator convention (default `"auto"`). */
  locale?: NumberLocale;
}

/**
 * Quy tắc gây nhập nhằng: which reading rule produced an ambiguity (see docs/numbers.md, table of rules).
 * - `"dot-thousands"`: one `.` followed by exactly 3 digits read as vi thousands (`1.234` → 1234);
 * - `"comma-decimal"`: one `,` followed by exactly 3 digits read as vi decimal (`1,234` → 1.234);
 * - `"dot-decimal"`: one `.` not followed by exactly 3 digits read as an en-US decimal point (`1.5`);
 * - `"comma-thousands"`: several `,` in valid groups read as en-US thousands (`1,234,567`);
 * - `"en-full"`: `,` groups then a `.` decimal, en-US style (`1,234.5`).
 * @example
 * const r: AmbiguityRule = "dot-thousands";
 */
export type AmbiguityRule = "dot-thousands" | "comma-decimal" | "dot-decimal" | "comma-thousands" | "en-full";

/**
 * Nhập nhằng: a note that the text could have been meant differently.
 * @example
 * parseVietnameseNumber("1.234"); // value "1234", ambiguity { rule: "dot-thousands", alternative: "1.234", … }
 */
export interface NumberAmbiguity {
  /** The rule applied. */
  rule: AmbiguityRule;
  /** The other reading as a decimal string (with its written decimals), or null if there is none. */
  alternative: string | null;
  /** Explanation in Vietnamese and English. */
  reason: BilingualMessage;
}

/**
 * Số đã đọc: a number with the precision it was written with (`37,03` → value `"37.03"`, decimals 2,
 * i.e. 37.03 ± 0.005). `value` keeps written trailing zeros (`"37.030"` for `37,030`).
 * @example
 * parseVietnameseNumber("37,03%"); // { ok: true, value: { kind: "number", value: "37.03", decimals: 2, percent: true, raw: "37,03%" } }
 */
export interface ParsedNumber {
  /** Discriminant of the parsed value. */
  kind: "number";
  /** Exact decimal string (canonical dot notation; no leading zeros; written decimals kept). */
  value: string;
  /** Decimals written (precision). */
  decimals: number;
  /** True when written with `%`. */
  percent: boolean;
  /** A unit word written after the number (`"TTHC"` in `07 TTHC`). */
  unitWord?: string;
  /** The text as given. */
  raw: string;
  /** Set when the reading is ambiguous. */
  ambiguity?: NumberAmbiguity;
  /** Set when full-width digits/punctuation were normalised to ASCII. */
  normalized?: "full-width";
  /**
   * Set when a scale word followed the number ("4,52 ngàn"): `value` and `decimals` are then the
   * multiplied value and the precision it implies (4 520 with decimals −1, i.e. ± 5), and this records
   * the word, the factor and the number as written.
   */
  scale?: NumberScale;
}

/**
 * Từ chỉ bậc số: a scale word written after a number — nghìn / ngàn (× 1 000), triệu (× 1 000 000),
 * tỷ / tỉ (× 1 000 000 000) — with the number as written before it was multiplied.
 * @example
 * parseVietnameseNumber("4,52 ngàn");
 * // { ok: true, value: { kind: "number", value: "4520", decimals: -1, percent: false, raw: "4,52 ngàn",
 * //   scale: { word: "ngàn", factor: "1000", written: "4.52", writtenDecimals: 2 } } }
 */
export interface NumberScale {
  /** The word as written. */
  word: string;
  /** The multiplier as a decimal string (`"1000"`). */
  factor: string;
  /** The number as written, before multiplying (`"4.52"`). */
  written: string;
  /** Its written decimals (2 for `4,52`). */
  writtenDecimals: number;
}

/**
 * Scale words (lower case, with and without diacritics) and their powers of ten. A Map, not an object
 * literal: a unit word such as `constructor` must not find `Object.prototype`'s members.
 */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["nghìn", 3],
  ["nghin", 3],
  ["ngàn", 3],
  ["ngan", 3],
  ["triệu", 6],
  ["trieu", 6],
  ["tỷ", 9],
  ["tỉ", 9],
  ["ty", 9],
]);

/** Multiplies a number followed by a scale word (`4,52 ngàn` → 4520 ± 5); other numbers unchanged. */
function applyScale(v: ParsedNumber): ParsedNumber {
  const word = v.unitWord;
  if (word === undefined) return v;
  // a printable-ASCII word is its own NFC form: only another one needs normalising
  const k = SCALE_WORDS.get((NON_ASCII.test(word) ? word.normalize("NFC") : word).toLowerCase());
  if (k === undefined) return v;
  const neg = v.value.startsWith("-");
  const body = neg ? v.value.slice(1) : v.value;
  const dot = body.indexOf(".");
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? "" : body.slice(dot + 1);
  const padded = frac.length >= k ? frac : frac + "0".repeat(k - frac.length);
  const head = stripZeros(int + padded.slice(0, k));
  const tail = padded.slice(k);
  const scaled = tail === "" ? head : `${head}.${tail}`;
  const out: ParsedNumber = {
    ...v,
    value: neg && /[1-9]/.test(scaled) ? `-${scaled}` : scaled,
    decimals: v.decimals - k,
    scale: { word, factor: `1${"0".repeat(k)}`, written: v.value, writtenDecimals: v.decimals },
  };
  delete out.unitWord;
  return out;
}

/**
 * Phân số đã đọc: `54/55 TTHC`, `732VBĐT/876VBD` — a numerator and a denominator written in one cell.
 * A unit after the denominator alone (`54/55 TTHC`) is `unitWord` (shared); units on both sides are
 * `numeratorUnit` / `denominatorUnit`.
 * @example
 * parseVietnameseNumber("732VBĐT/876VBD");
 * // { ok: true, value: { kind: "fraction", numerator: "732", denominator: "876", raw: "732VBĐT/876VBD", numeratorUnit: "VBĐT", denominatorUnit: "VBD" } }
 */
export interface ParsedFraction {
  /** Discriminant of the parsed value. */
  kind: "fraction";
  /** Numerator as a decimal string. */
  numerator: string;
  /** Denominator as a decimal string. */
  denominator: string;
  /** Unit written after the numerator. */
  numeratorUnit?: string;
  /** Unit written after the denominator when the numerator has its own. */
  denominatorUnit?: string;
  /** Unit shared by both sides (written once, after the denominator). */
  unitWord?: string;
  /** The text as given. */
  raw: string;
  /** Set when full-width digits/punctuation were normalised to ASCII. */
  normalized?: "full-width";
}

/**
 * Ô trống: empty or whitespace-only — not reported. Distinct from `0` and from {@link ParsedNone}.
 * @example
 * parseVietnameseNumber("  "); // { ok: true, value: { kind: "blank", raw: "  " } }
 */
export interface ParsedBlank {
  /** Discriminant of the parsed value. */
  kind: "blank";
  /** The text as given. */
  raw: string;
}

/**
 * Gạch ngang: `-`, `–`, `—` or `−` alone — the officer explicitly wrote "none / not applicable".
 * Unlike a blank (which may be an oversight) it is a deliberate mark; neither is 0.
 * @example
 * parseVietnameseNumber("–"); // { ok: true, value: { kind: "none", raw: "–" } }
 */
export interface ParsedNone {
  /** Discriminant of the parsed value. */
  kind: "none";
  /** The text as given. */
  raw: string;
}

/**
 * Giá trị đã đọc: discriminated union on `kind`.
 * @example
 * const v: ParsedValue = { kind: "blank", raw: "" };
 */
export type ParsedValue = ParsedNumber | ParsedFraction | ParsedBlank | ParsedNone;

/**
 * Mã lỗi đọc số: `"not-a-number"` (`abc`, `NaN`, `Infinity`, `1e309`, `--5`, digits of an unsupported
 * script), `"too-long"` (over {@link MAX_NUMBER_INPUT_CHARS} characters or {@link MAX_SIGNIFICANT_DIGITS}
 * significant digits), `"mixed-scripts"` (ASCII digits mixed with full-width or other-script digits),
 * `"bad-grouping"` (`1.23.4`, `1,2,3`).
 * @example
 * const c: NumberParseErrorCode = "bad-grouping";
 */
export type NumberParseErrorCode = "not-a-number" | "too-long" | "mixed-scripts" | "bad-grouping";

/**
 * Lỗi đọc số: a typed parse failure with a bilingual message.
 * @example
 * parseVietnameseNumber("1.23.4"); // { ok: false, error: { code: "bad-grouping", message: { vi, en }, input: "1.23.4" } }
 */
export interface NumberParseError {
  /** Stable machine-readable code. */
  code: NumberParseErrorCode;
  /** Explanation in Vietnamese and English. */
  message: BilingualMessage;
  /** The input (first 50 characters). */
  input: string;
}

/**
 * Kết quả đọc số: success with a {@link ParsedValue} or a typed {@link NumberParseError}. Never thrown.
 * @example
 * const r: ParseNumberResult = parseVietnameseNumber("08");
 */
export type ParseNumberResult =
  | {
      /** Success. */
      ok: true;
      /** The parsed value. */
      value: ParsedValue;
    }
  | {
      /** Failure. */
      ok: false;
      /** Why it failed (typed, bilingual). */
      error: NumberParseError;
    };

const ERR: Record<NumberParseErrorCode, BilingualMessage> = {
  "not-a-number": { vi: "không phải là số", en: "not a number" },
  "too-long": {
    vi: `số quá dài (tối đa ${MAX_NUMBER_INPUT_CHARS} ký tự, ${MAX_SIGNIFICANT_DIGITS} chữ số có nghĩa)`,
    en: `number too long (at most ${MAX_NUMBER_INPUT_CHARS} characters, ${MAX_SIGNIFICANT_DIGITS} significant digits)`,
  },
  "mixed-scripts": {
    vi: "chữ số ASCII lẫn với chữ số của hệ chữ khác (toàn độ rộng, Ả Rập…)",
    en: "ASCII digits mixed with digits of another script (full-width, Arabic-Indic…)",
  },
  "bad-grouping": {
    vi: "dấu phân cách hàng nghìn/thập phân không hợp lệ",
    en: "invalid thousands/decimal separators",
  },
};

function failure(code: NumberParseErrorCode, input: string, detail?: BilingualMessage): ParseNumberResult {
  const base = ERR[code];
  const message = detail ? { vi: `${base.vi}: ${detail.vi}`, en: `${base.en}: ${detail.en}` } : base;
  return { ok: false, error: { code, message, input: input.slice(0, 50) } };
}

const AMBIGUITY_REASON: Record<AmbiguityRule, BilingualMessage> = {
  "dot-thousands": {
    vi: "một dấu chấm theo sau bởi đúng 3 chữ số được đọc là dấu phân cách hàng nghìn (kiểu Việt Nam); theo kiểu Anh–Mỹ đó là dấu thập phân",
    en: "a single dot followed by exactly 3 digits was read as a Vietnamese thousands separator; in en-US it would be a decimal point",
  },
  "comma-decimal": {
    vi: "một dấu phẩy theo sau bởi đúng 3 chữ số được đọc là dấu thập phân (kiểu Việt Nam); theo kiểu Anh–Mỹ đó là dấu phân cách hàng nghìn",
    en: "a single comma followed by exactly 3 digits was read as a Vietnamese decimal comma; in en-US it would be a thousands separator",
  },
  "dot-decimal": {
    vi: "dấu chấm không theo sau bởi đúng 3 chữ số nên không thể là dấu hàng nghìn; đã đọc là dấu thập phân kiểu Anh–Mỹ",
    en: "a dot not followed by exactly 3 digits cannot be a Vietnamese thousands separator; read as an en-US decimal point",
  },
  "comma-thousands": {
    vi: "nhiều dấu phẩy chia nhóm 3 chữ số: đã đọc là dấu phân cách hàng nghìn kiểu Anh–Mỹ",
    en: "several commas grouping 3 digits: read as en-US thousands separators",
  },
  "en-full": {
    vi: "dấu phẩy phân cách hàng nghìn và dấu chấm thập phân: đã đọc theo kiểu Anh–Mỹ",
    en: "comma thousands separators with a decimal point: read as en-US",
  },
};

interface Core {
  int: string;
  frac: string;
  rule?: AmbiguityRule;
  alternative?: string | null;
}

function validGroups(s: string, sep: string): string | null {
  const g = s.split(sep);
  const first = g[0]!;
  if (first.length < 1 || first.length > 3 || (first[0] === "0" && g.length > 1)) return null;
  for (let i = 1; i < g.length; i++) if (g[i]!.length !== 3) return null;
  return g.join("");
}

function firstGroupOk(left: string): boolean {
  return left.length >= 1 && left.length <= 3 && left[0] !== "0";
}

function stripZeros(int: string): string {
  let i = 0;
  while (i < int.length - 1 && int[i] === "0") i++;
  return int.slice(i);
}

/** Splits the digits-and-separators core into integer and fraction digits, or null (bad grouping). */
function analyze(core: string, locale: NumberLocale): Core | null {
  let dots = 0;
  let commas = 0;
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if (c === 46) dots++;
    else if (c === 44) commas++;
  }
  if (dots === 0 && commas === 0) return { int: core, frac: "" };
  if (locale !== "auto") {
    const thou = locale === "vi" ? "." : ",";
    const dec = locale === "vi" ? "," : ".";
    const parts = core.split(dec);
    if (parts.length > 2) return null;
    const right = parts[1] ?? "";
    if (right.includes(thou)) return null;
    const left = parts[0]!.includes(thou) ? validGroups(parts[0]!, thou) : parts[0]!;
    return left === null ? null : { int: left, frac: right };
  }
  if (dots === 0) {
    if (commas === 1) {
      const [left, right] = core.split(",") as [string, string];
      if (right.length === 3 && firstGroupOk(left)) {
        return { int: left, frac: right, rule: "comma-decimal", alternative: stripZeros(left + right) };
      }
      return { int: left, frac: right };
    }
    const int = validGroups(core, ",");
    return int === null ? null : { int, frac: "", rule: "comma-thousands", alternative: null };
  }
  if (commas === 0) {
    if (dots === 1) {
      const [left, right] = core.split(".") as [string, string];
      if (right.length === 3 && firstGroupOk(left)) {
        return { int: left + right, frac: "", rule: "dot-thousands", alternative: `${left}.${right}` };
      }
      return { int: left, frac: right, rule: "dot-decimal", alternative: null };
    }
    const int = validGroups(core, ".");
    return int === null ? null : { int, frac: "" };
  }
  const lastComma = core.lastIndexOf(",");
  const lastDot = core.lastIndexOf(".");
  if (lastComma > lastDot && commas === 1) {
    const int = validGroups(core.slice(0, lastComma), ".");
    return int === null ? null : { int, frac: core.slice(lastComma + 1) };
  }
  if (lastDot > lastComma && dots === 1) {
    const int = validGroups(core.slice(0, lastDot), ",");
    return int === null ? null : { int, frac: core.slice(lastDot + 1), rule: "en-full", alternative: null };
  }
  return null;
}

const UNIT_RE = /^[\p{L}\p{M}]+(?:[ \t][\p{L}\p{M}]+)*$/u;
const NUMBER_HEAD = /^([+\-\u2212]?)(\d(?:[\d.,]*\d)?)/;

/** `0`–`9` as a char code. */
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `A`–`Z`, `a`–`z` as a char code. */
function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * @internal A bare integer of 1–15 ASCII digits (`27`, `08`) without its leading zeros (`8`), else `null`:
 * the commonest cell, read without building a parse result (the value resolver's first question).
 */
export function bareInteger(raw: string): string | null {
  const n = raw.length;
  if (n === 0 || n > 15) return null;
  for (let i = 0; i < n; i++) if (!isDigitCode(raw.charCodeAt(i))) return null;
  return stripZeros(raw);
}

/**
 * @internal The shapes most appendix cells take — `27`, `37,03%`, `100%`, `07 TTHC`, `1,5` — read without the
 * general analysis: 1–15 digits, then optionally a comma and 1–2 digits, then optionally `%` or one
 * space and an ASCII word of 1–40 letters (the pattern `^(\d{1,15})(?:,(\d{1,2}))?(?:(%)| ([A-Za-z]{1,40}))?$`,
 * scanned by hand: a regex with captures cost about as much as the rest of the cell's reading). A comma
 * followed by 1–2 digits is a decimal comma in both the auto and the vi reading (3 digits would be
 * ambiguous, so those take the general path), and an ASCII word after one space is a unit word. Results
 * are identical to the general path (property-tested). `null` for any other text; `plainOnly` accepts
 * bare integers only (the en reading, where a comma is a thousands separator).
 */
export function fastShape(raw: string, plainOnly: boolean): ParsedNumber | null {
  const n = raw.length;
  let i = 0;
  while (i < n && isDigitCode(raw.charCodeAt(i))) i++;
  if (i === 0 || i > 15) return null;
  const int = stripZeros(raw.slice(0, i));
  if (i === n) return { kind: "number", value: int, decimals: 0, percent: false, raw };
  if (plainOnly) return null;
  let frac: string | undefined;
  if (raw.charCodeAt(i) === 44) {
    const from = ++i;
    while (i < n && isDigitCode(raw.charCodeAt(i))) i++;
    if (i === from || i - from > 2) return null;
    frac = raw.slice(from, i);
  }
  let percent = false;
  let word: string | undefined;
  if (i < n) {
    const c = raw.charCodeAt(i);
    if (c === 37) {
      if (i + 1 !== n) return null;
      percent = true;
    } else if (c === 32) {
      const from = ++i;
      while (i < n && isAsciiLetterCode(raw.charCodeAt(i))) i++;
      if (i !== n || i === from || i - from > 40) return null;
      word = raw.slice(from);
    } else return null;
  }
  const value: ParsedNumber = {
    kind: "number",
    value: frac === undefined ? int : `${int}.${frac}`,
    decimals: frac === undefined ? 0 : frac.length,
    percent,
    raw,
  };
  if (word === undefined) return value;
  value.unitWord = word;
  return applyScale(value);
}
const NON_ASCII = /[^\u0020-\u007E]/;
const OTHER_DIGIT = /\p{Nd}/gu;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const NONE_MARKS = new Set(["-", "\u2013", "\u2014", "\u2212"]);

interface Piece {
  value: string;
  decimals: number;
  percent: boolean;
  unit?: string;
  rule?: AmbiguityRule;
  alternative?: string | null;
}

/** Parses `[sign]number[ ][%][ ][unit]`. Returns a Piece or a failure. */
function parsePiece(
  s: string,
  locale: NumberLocale,
  allowSignAndPercent: boolean,
): Piece | ParseNumberResult {
  const m = NUMBER_HEAD.exec(s);
  if (m === null) return failure("not-a-number", s);
  const sign = m[1]!;
  const coreText = m[2]!;
  if (sign !== "" && !allowSignAndPercent) return failure("not-a-number", s);
  let rest = s.slice(m[0].length);
  const glued = rest.length > 0 && !/^\s/.test(rest);
  rest = rest.trim();
  let percent = false;
  if (rest.startsWith("%")) {
    if (!allowSignAndPercent) return failure("not-a-number", s);
    percent = true;
    rest = rest.slice(1).trim();
  }
  let unit: string | undefined;
  if (rest.length > 0) {
    if (percent || rest.length > 40 || !UNIT_RE.test(rest) || (glued && rest.length < 2)) {
      if (/^[.,]/.test(rest) || /^[\d.,]/.test(rest)) return failure("bad-grouping", s);
      return failure("not-a-number", s);
    }
    unit = rest;
  }
  const core = analyze(coreText, locale);
  if (core === null) return failure("bad-grouping", s);
  const int = stripZeros(core.int);
  const sig = (int === "0" ? "" : int) + core.frac;
  if (sig.replace(/^0+/, "").length > MAX_SIGNIFICANT_DIGITS) return failure("too-long", s);
  let value = core.frac ? `${int}.${core.frac}` : int;
  if ((sign === "-" || sign === "\u2212") && /[1-9]/.test(value)) value = `-${value}`;
  const piece: Piece = { value, decimals: core.frac.length, percent };
  if (unit !== undefined) piece.unit = unit;
  if (core.rule !== undefined) {
    piece.rule = core.rule;
    piece.alternative = core.alternative ?? null;
  }
  return piece;
}

function reraise(r: ParseNumberResult, raw: string): ParseNumberResult {
  return r.ok ? r : failure(r.error.code, raw);
}

function isPiece(x: Piece | ParseNumberResult): x is Piece {
  return !("ok" in x);
}

/**
 * Đọc số kiểu Việt Nam: parses what an officer wrote in a value cell. Never throws.
 *
 * Rules (docs/numbers.md has the full table): `.` is the thousands separator and `,` the decimal
 * separator (vi-VN) — `20.000` → 20000, `37,03%` → 37.03 percent, `1.234,5` → 1234.5; a single `.` not
 * followed by exactly 3 digits (`1.5`) is read as a decimal point; readings that an en-US writer could
 * mean differently carry `ambiguity`. Leading zeros are allowed (`08` → 8). A unit word may follow
 * (`07 TTHC`); a scale word (nghìn / ngàn, triệu, tỷ) multiplies the number and sets its precision
 * (`4,52 ngàn` → 4520 with decimals −1, i.e. 4 520 ± 5; see {@link NumberScale}). `a/b` is a
 * {@link ParsedFraction}. Blank → `kind: "blank"`, `-` → `kind: "none"`.
 * Full-width digits (`３７，０３`) are normalised to ASCII when no ASCII digit is present; mixing them
 * (or Arabic-Indic etc.) with ASCII digits is `"mixed-scripts"`; other scripts alone are `"not-a-number"`.
 * Exponents, `NaN`, `Infinity` are not numbers here.
 * @example
 * parseVietnameseNumber("37,03%").ok; // true
 * parseVietnameseNumber("54/55 TTHC");
 * // { ok: true, value: { kind: "fraction", numerator: "54", denominator: "55", raw: "54/55 TTHC", unitWord: "TTHC" } }
 * parseVietnameseNumber("1.23.4"); // { ok: false, error: { code: "bad-grouping", … } }
 * parseVietnameseNumber("4,52 ngàn").ok && parseVietnameseNumber("4,52 ngàn").value; // { kind: "number", value: "4520", decimals: -1, percent: false, raw: "4,52 ngàn", scale: { word: "ngàn", factor: "1000", written: "4.52", writtenDecimals: 2 } }
 */
export function parseVietnameseNumber(text: string, options?: ParseNumberOptions): ParseNumberResult {
  if (typeof text !== "string") return failure("not-a-number", safeString(text));
  const raw = text;
  if (raw.length > MAX_NUMBER_INPUT_CHARS) return failure("too-long", raw);
  const lo = options?.locale;
  const fast = fastShape(raw, lo === "en");
  if (fast !== null) return { ok: true, value: fast };
  const locale: NumberLocale = lo === "vi" || lo === "en" ? lo : "auto";
  let s = raw.trim();
  if (s === "") return { ok: true, value: { kind: "blank", raw } };
  if (NONE_MARKS.has(s)) return { ok: true, value: { kind: "none", raw } };
  let normalized = false;
  if (NON_ASCII.test(s)) {
    const others = s.match(OTHER_DIGIT)?.filter((d) => d < "0" || d > "9") ?? [];
    if (others.length > 0) {
      const ascii = /[0-9]/.test(s);
      const allFullWidth = others.every((d) => d >= "\uFF10" && d <= "\uFF19");
      if (ascii || !allFullWidth) {
        const mixedScripts = ascii || new Set(others.map((d) => (d.codePointAt(0)! & ~0xf) >> 4)).size > 1;
        if (mixedScripts) return failure("mixed-scripts", raw);
        return failure("not-a-number", raw, {
          vi: "chỉ hỗ trợ chữ số ASCII và chữ số toàn độ rộng",
          en: "only ASCII and full-width digits are supported",
        });
      }
      s = s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
      normalized = true;
    }
  }
  const slash = s.indexOf("/");
  if (slash >= 0) {
    if (s.indexOf("/", slash + 1) >= 0) return failure("not-a-number", raw);
    const left = parsePiece(s.slice(0, slash).trim(), locale, false);
    if (!isPiece(left)) return reraise(left, raw);
    const right = parsePiece(s.slice(slash + 1).trim(), locale, false);
    if (!isPiece(right)) return reraise(right, raw);
    const value: ParsedFraction = { kind: "fraction", numerator: left.value, denominator: right.value, raw };
    if (left.unit !== undefined) {
      value.numeratorUnit = left.unit;
      if (right.unit !== undefined) value.denominatorUnit = right.unit;
    } else if (right.unit !== undefined) value.unitWord = right.unit;
    if (normalized) value.normalized = "full-width";
    return { ok: true, value };
  }
  const p = parsePiece(s, locale, true);
  if (!isPiece(p)) return reraise(p, raw);
  const value: ParsedNumber = {
    kind: "number",
    value: p.value,
    decimals: p.decimals,
    percent: p.percent,
    raw,
  };
  if (p.unit !== undefined) value.unitWord = p.unit;
  if (p.rule !== undefined) {
    value.ambiguity = { rule: p.rule, alternative: p.alternative ?? null, reason: AMBIGUITY_REASON[p.rule] };
  }
  if (normalized) value.normalized = "full-width";
  return { ok: true, value: applyScale(value) };
}
