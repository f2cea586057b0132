/** A message in both languages of the library's users (Vietnamese first). */
export interface LocalizedText {
  /** Tiếng Việt. */
  vi: string;
  /** English. */
  en: string;
}

/**
 * Mã lỗi lịch: the stable codes of {@link CalendarError}.
 *
 * - `invalid-date`: not a real `YYYY-MM-DD` date.
 * - `invalid-instant`: not an ISO date-time with an offset (or an invalid `Date`).
 * - `out-of-range`: outside the supported or precomputed range.
 * - `invalid-lunar-date`: a lunar date that does not exist (e.g. leap flag on a non-leap month).
 * - `invalid-argument`: any other bad argument (a count that is not an integer, an unknown opt-in id…).
 * - `invalid-override`: a user holiday table row that cannot be used.
 *
 * @example
 * const code: CalendarErrorCode = "invalid-date";
 */
export type CalendarErrorCode =
  | "invalid-date"
  | "invalid-instant"
  | "out-of-range"
  | "invalid-lunar-date"
  | "invalid-argument"
  | "invalid-override";

/**
 * Lỗi lịch: the typed error every `cchc/calendar` function throws on bad input. `code` is stable
 * (match on it), `messages` carries the bilingual text and `message` is `"vi / en"`.
 *
 * @example
 * try {
 *   toEpochDay("2026-02-30");
 * } catch (e) {
 *   if (e instanceof CalendarError) e.code; // "invalid-date"
 * }
 */
export class CalendarError extends Error {
  /** Stable machine-readable code. */
  readonly code: CalendarErrorCode;
  /** The message in Vietnamese and English. */
  readonly messages: LocalizedText;
  /** The offending input, when there is one. */
  readonly input: unknown;
  constructor(code: CalendarErrorCode, messages: LocalizedText, input?: unknown) {
    super(`${messages.vi} / ${messages.en}`);
    this.name = "CalendarError";
    this.code = code;
    this.messages = messages;
    this.input = input;
  }
}

/**
 * Lỗi ngoài phạm vi lịch: a date outside the supported range (lunar conversions: 1900-01-01 to
 * 2199-12-31; a {@link WorkingCalendar}: the years it was built for). Its `code` is `out-of-range`.
 *
 * @example
 * try {
 *   solarToLunar("1850-01-01");
 * } catch (e) {
 *   e instanceof CalendarRangeError; // true
 * }
 */
export class CalendarRangeError extends CalendarError {
  constructor(messages: LocalizedText, input?: unknown) {
    super("out-of-range", messages, input);
    this.name = "CalendarRangeError";
  }
}

/**
 * Kết quả có kiểu: a typed success or failure, for functions that report bad input without throwing.
 *
 * @example
 * const r: CalendarResult<number> = { ok: false, error: { code: "invalid-argument", message: { vi: "sai", en: "bad" }, input: "x" } };
 */
export type CalendarResult<T> =
  | {
      /** Success. */
      ok: true;
      /** The result. */
      value: T;
    }
  | {
      /** Failure. */
      ok: false;
      /** What went wrong. */
      error: {
        /** Stable code. */
        code: CalendarErrorCode;
        /** Bilingual message. */
        message: LocalizedText;
        /** The offending input. */
        input: unknown;
      };
    };

/**
 * @internal Shows any input in an error message: its JSON when it has one, else `String(x)`; never
 * throws (BigInt, symbols, cycles, very deep values) and clips very long texts.
 */
export function showValue(x: unknown): string {
  if (typeof x === "number") return String(x);
  let s: string | undefined;
  try {
    s = JSON.stringify(x);
  } catch {
    s = undefined;
  }
  if (s === undefined) {
    try {
      s = String(x);
    } catch {
      s = Object.prototype.toString.call(x);
    }
  }
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}
