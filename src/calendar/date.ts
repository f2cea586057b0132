import { CalendarError, showValue } from "./errors.js";

/** Offset of Vietnam time (ICT, UTC+7, no daylight saving) in minutes. */
const VN_OFFSET_SECONDS = 7 * 3600;

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days-from-civil). */
export function epochDayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month, day of an epoch day. */
export function civilOf(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

/** Year of an epoch day (cheaper than {@link civilOf} when only the year is needed). */
export function yearOf(n: number): number {
  return civilOf(n)[0];
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function digits(s: string, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Epoch day of `YYYY-MM-DD`, or NaN when it is not a real date. No allocation. */
export function parseDay(s: string): number {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
    return Number.NaN;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  return epochDayOf(y, m, d);
}

/**
 * Seconds since 1970-01-01T00:00 *Vietnam time* of an ISO date-time with an offset (`Z` or `±HH:MM`,
 * `±HHMM`), or of a date-only `YYYY-MM-DD` (read as 00:00 in Vietnam); NaN when invalid. No allocation.
 */
export function parseVietnamSeconds(s: string): number {
  if (typeof s !== "string") return Number.NaN;
  const day = parseDay(s.length === 10 ? s : s.slice(0, 10));
  if (Number.isNaN(day)) return Number.NaN;
  if (s.length === 10) return day * 86400;
  const t = s.charCodeAt(10);
  if ((t !== 84 && t !== 116 && t !== 32) || s.length < 17 || s.charCodeAt(13) !== 58) return Number.NaN;
  const hh = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  if (hh < 0 || hh > 23 || mi < 0 || mi > 59) return Number.NaN;
  let i = 16;
  let sec = 0;
  if (s.charCodeAt(i) === 58) {
    sec = digits(s, i + 1, 2);
    if (sec < 0 || sec > 59) return Number.NaN;
    i += 3;
    if (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44) {
      i++;
      const start = i;
      while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      if (i === start) return Number.NaN;
    }
  }
  let offset: number;
  const z = s.charCodeAt(i);
  if ((z === 90 || z === 122) && i + 1 === s.length) offset = 0;
  else if (z === 43 || z === 45) {
    let oh: number;
    let om: number;
    if (s.length === i + 6 && s.charCodeAt(i + 3) === 58) {
      oh = digits(s, i + 1, 2);
      om = digits(s, i + 4, 2);
    } else if (s.length === i + 5) {
      oh = digits(s, i + 1, 2);
      om = digits(s, i + 3, 2);
    } else return Number.NaN;
    if (oh < 0 || oh > 18 || om < 0 || om > 59) return Number.NaN;
    offset = (z === 45 ? -1 : 1) * (oh * 3600 + om * 60);
  } else return Number.NaN;
  return day * 86400 + hh * 3600 + mi * 60 + sec - offset + VN_OFFSET_SECONDS;
}

/** Like {@link parseVietnamSeconds} but also accepts a `Date`. */
export function instantSeconds(instant: string | Date): number {
  if (instant instanceof Date) {
    const ms = instant.getTime();
    return Number.isNaN(ms) ? Number.NaN : Math.floor(ms / 1000) + VN_OFFSET_SECONDS;
  }
  return parseVietnamSeconds(instant);
}

/** Formats an epoch day as `YYYY-MM-DD`. */
export function formatDay(n: number): string {
  const [y, m, d] = civilOf(n);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

function badDate(s: unknown): CalendarError {
  return new CalendarError(
    "invalid-date",
    {
      vi: `ngày không hợp lệ: ${showValue(s)} (cần dạng YYYY-MM-DD, ngày có thật)`,
      en: `invalid date ${showValue(s)} (expected a real date as YYYY-MM-DD)`,
    },
    s,
  );
}

function badInstant(s: unknown): CalendarError {
  const shown = s instanceof Date ? "Invalid Date" : showValue(s);
  return new CalendarError(
    "invalid-instant",
    {
      vi: `thời điểm không hợp lệ: ${shown} (cần ISO 8601 có múi giờ, ví dụ 2026-02-16T18:30:00Z hoặc 2026-02-17T08:00+07:00)`,
      en: `invalid instant ${shown} (expected an ISO 8601 date-time with an offset, e.g. 2026-02-16T18:30:00Z or 2026-02-17T08:00+07:00)`,
    },
    s,
  );
}

/** Epoch day of a `YYYY-MM-DD` string; throws {@link CalendarError} `invalid-date`. */
export function dayOrThrow(s: string): number {
  const n = parseDay(s);
  if (Number.isNaN(n)) throw badDate(s);
  return n;
}

/** Vietnam seconds of an instant; throws {@link CalendarError} `invalid-instant`. */
export function secondsOrThrow(instant: string | Date): number {
  const n = instantSeconds(instant);
  if (Number.isNaN(n)) throw badInstant(instant);
  return n;
}

/**
 * Số ngày kể từ 1970-01-01 ("epoch day"): the integer day number of an ISO date `YYYY-MM-DD`
 * (proleptic Gregorian calendar). All arithmetic in `cchc/calendar` is done on these integers.
 * Throws {@link CalendarError} (`invalid-date`) for anything that is not a real date.
 *
 * @example
 * toEpochDay("1970-01-02"); // 1
 * toEpochDay("2026-02-17"); // 20501
 */
export function toEpochDay(date: string): number {
  return dayOrThrow(date);
}

/**
 * Ngày từ số ngày: the ISO date `YYYY-MM-DD` of an epoch day (inverse of {@link toEpochDay}).
 * Throws {@link CalendarError} (`invalid-argument`) when `n` is not a safe integer in years 1–9999.
 *
 * @example
 * fromEpochDay(20501); // "2026-02-17"
 */
export function fromEpochDay(n: number): string {
  if (!Number.isSafeInteger(n) || n < -719162 || n > 2932896) {
    throw new CalendarError(
      "invalid-argument",
      {
        vi: `số ngày không hợp lệ: ${showValue(n)}`,
        en: `invalid epoch day ${showValue(n)} (an integer for years 1–9999)`,
      },
      n,
    );
  }
  return formatDay(n);
}

/**
 * Ngày theo giờ Việt Nam: the calendar date in Vietnam (UTC+7, no daylight saving) of an instant —
 * an ISO 8601 date-time **with** an offset, or a `Date`. A date-only `YYYY-MM-DD` is taken to be a
 * Vietnam date already and returned unchanged. A date-time without an offset is rejected (it is
 * ambiguous). Throws {@link CalendarError} (`invalid-instant`).
 *
 * @example
 * vietnamDate("2026-02-16T18:30:00Z"); // "2026-02-17"
 * vietnamDate("2026-02-17T08:00:00+07:00"); // "2026-02-17"
 */
export function vietnamDate(instant: string | Date): string {
  return formatDay(Math.floor(secondsOrThrow(instant) / 86400));
}

/**
 * Giờ trong ngày theo giờ Việt Nam: minutes since midnight in Vietnam (0–1439) of an instant, used for
 * same-day cut-offs (e.g. 15:00 → 900). A date-only `YYYY-MM-DD` gives 0. Throws {@link CalendarError}
 * (`invalid-instant`).
 *
 * @example
 * vietnamTimeOfDay("2026-02-17T08:30:00Z"); // 930 (15:30 in Vietnam)
 */
export function vietnamTimeOfDay(instant: string | Date): number {
  const s = secondsOrThrow(instant);
  return Math.floor((s - Math.floor(s / 86400) * 86400) / 60);
}

/**
 * Thứ trong tuần (ISO): 1 = Monday (thứ Hai) … 7 = Sunday (Chủ nhật) of an ISO date.
 * Throws {@link CalendarError} (`invalid-date`).
 *
 * @example
 * isoWeekday("2026-02-17"); // 2 (Tuesday)
 */
export function isoWeekday(date: string): number {
  return weekdayOf(dayOrThrow(date));
}

/** ISO weekday (1 = Monday … 7 = Sunday) of an epoch day. */
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}
