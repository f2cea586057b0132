import { decemberSolsticeDay, lunationNear, newMoonDay, sunLongitudeAtDayStart } from "./astro.js";
import { civilOf, dayOrThrow, epochDayOf, formatDay } from "./date.js";
import { CalendarError, CalendarRangeError, showValue } from "./errors.js";

/** Time zone of the Vietnamese calendar (UTC+7). */
const TZ = 7;
/** First and last solar date supported by the lunar conversions. */
const MIN_DAY = epochDayOf(1900, 1, 1);
const MAX_DAY = epochDayOf(2199, 12, 31);

/**
 * Ngày âm lịch: a date of the Vietnamese lunisolar calendar. `leap` is true inside a leap month
 * (tháng nhuận), which repeats the number of the month before it.
 *
 * @example
 * const tet: LunarDate = { year: 2026, month: 1, day: 1, leap: false };
 */
export interface LunarDate {
  /** Lunar year, numbered as the Gregorian year in which its month 1 starts. */
  year: number;
  /** Month 1–12. */
  month: number;
  /** Day 1–30. */
  day: number;
  /** True in a leap month. */
  leap: boolean;
}

/**
 * Input of {@link lunarToSolar}: a {@link LunarDate} whose `leap` may be omitted (false).
 *
 * @example
 * const gioTo: LunarDateInput = { year: 2026, month: 3, day: 10 };
 */
export interface LunarDateInput {
  /** Lunar year (Gregorian year of its month 1). */
  year: number;
  /** Month 1–12. */
  month: number;
  /** Day 1–30. */
  day: number;
  /** True for a leap month (default false). */
  leap?: boolean;
}

/**
 * One "suì": the lunar months from the month containing the December solstice of `year − 1` (month 11)
 * up to, not including, the month containing the solstice of `year`.
 */
interface Sui {
  /** Start (local epoch day) of each month, plus the start of the next suì's month 11 at the end. */
  starts: Int32Array;
  months: Int8Array;
  leap: Uint8Array;
  /** Index of month 1 (months before it belong to lunar year `year − 1`). */
  firstMonthIndex: number;
}

const suiCache = new Map<number, Sui>();

function month11Start(year: number): { k: number; day: number } {
  const ws = decemberSolsticeDay(year, TZ);
  let k = lunationNear(ws);
  while (newMoonDay(k + 1, TZ) <= ws) k++;
  while (newMoonDay(k, TZ) > ws) k--;
  return { k, day: newMoonDay(k, TZ) };
}

function hasMajorTerm(start: number, end: number): boolean {
  return (
    Math.floor(sunLongitudeAtDayStart(start, TZ) / 30) !== Math.floor(sunLongitudeAtDayStart(end, TZ) / 30)
  );
}

function buildSui(year: number): Sui {
  const a = month11Start(year - 1);
  const b = month11Start(year);
  const n = b.k - a.k; // 12 or 13 lunations
  const starts = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) starts[i] = i === 0 ? a.day : i === n ? b.day : newMoonDay(a.k + i, TZ);
  let leapIndex = -1;
  if (n === 13) {
    for (let i = 1; i < n; i++) {
      if (!hasMajorTerm(starts[i]!, starts[i + 1]!)) {
        leapIndex = i;
        break;
      }
    }
  }
  const months = new Int8Array(n);
  const leap = new Uint8Array(n);
  let m = 11;
  let firstMonthIndex = -1;
  for (let i = 0; i < n; i++) {
    if (i === leapIndex) {
      leap[i] = 1;
    } else if (i > 0) {
      m = m === 12 ? 1 : m + 1;
    }
    months[i] = m;
    if (m === 1 && leap[i] === 0 && firstMonthIndex < 0) firstMonthIndex = i;
  }
  return { starts, months, leap, firstMonthIndex };
}

function sui(year: number): Sui {
  let s = suiCache.get(year);
  if (!s) {
    s = buildSui(year);
    suiCache.set(year, s);
  }
  return s;
}

function rangeError(input: unknown): CalendarRangeError {
  return new CalendarRangeError(
    {
      vi: `ngoài phạm vi lịch âm được hỗ trợ (1900-01-01 đến 2199-12-31): ${showValue(input)}`,
      en: `outside the supported lunar-calendar range (1900-01-01 to 2199-12-31): ${showValue(input)}`,
    },
    input,
  );
}

/** Lunar date of an epoch day; the caller checks the range. Writes into `out` to avoid allocation. */
export function lunarOfDay(d: number, out: LunarDate): LunarDate {
  const y = civilOf(d)[0];
  let suiYear = y + 1;
  let s = sui(suiYear);
  if (d < s.starts[0]!) {
    suiYear = y;
    s = sui(y);
  }
  let i = s.months.length - 1;
  while (s.starts[i]! > d) i--;
  out.year = i < s.firstMonthIndex ? suiYear - 1 : suiYear;
  out.month = s.months[i]!;
  out.day = d - s.starts[i]! + 1;
  out.leap = s.leap[i] === 1;
  return out;
}

/**
 * Lunar date of an epoch day computed from scratch, without the per-year memo (the benchmark's
 * baseline). Internal, not exported from the index.
 */
export function lunarOfDayUncached(d: number): LunarDate {
  const y = civilOf(d)[0];
  let suiYear = y + 1;
  let s = buildSui(suiYear);
  if (d < s.starts[0]!) {
    suiYear = y;
    s = buildSui(y);
  }
  let i = s.months.length - 1;
  while (s.starts[i]! > d) i--;
  return {
    year: i < s.firstMonthIndex ? suiYear - 1 : suiYear,
    month: s.months[i]!,
    day: d - s.starts[i]! + 1,
    leap: s.leap[i] === 1,
  };
}

/** Epoch day of a lunar date, or -Infinity when the lunar date does not exist. No range check. */
export function dayOfLunar(year: number, month: number, day: number, leap: boolean): number {
  const suiYear = month >= 11 ? year + 1 : year;
  const s = sui(suiYear);
  for (let i = 0; i < s.months.length; i++) {
    if (s.months[i] === month && (s.leap[i] === 1) === leap && i < s.firstMonthIndex === month >= 11) {
      const len = s.starts[i + 1]! - s.starts[i]!;
      if (day < 1 || day > len) return Number.NEGATIVE_INFINITY;
      return s.starts[i]! + day - 1;
    }
  }
  return Number.NEGATIVE_INFINITY;
}

/**
 * Dương lịch → âm lịch: the Vietnamese lunar date of a Gregorian date `YYYY-MM-DD`. The calendar is
 * computed for UTC+7 from true new moons (Meeus ch. 49) and the Sun's apparent longitude (Meeus ch. 25):
 * month 11 contains the December solstice; in a year with 13 months the leap month is the first month
 * without a major solar term (trung khí). Supported range 1900-01-01 to 2199-12-31; outside it throws
 * {@link CalendarRangeError}; a malformed date throws {@link CalendarError}.
 *
 * @example
 * solarToLunar("2026-02-17"); // { year: 2026, month: 1, day: 1, leap: false } — Tết Bính Ngọ
 * solarToLunar("2020-05-23"); // { year: 2020, month: 4, day: 1, leap: true } — 1/4 nhuận
 */
export function solarToLunar(date: string): LunarDate {
  const d = dayOrThrow(date);
  if (d < MIN_DAY || d > MAX_DAY) throw rangeError(date);
  return lunarOfDay(d, { year: 0, month: 0, day: 0, leap: false });
}

/**
 * Âm lịch → dương lịch: the Gregorian date `YYYY-MM-DD` of a Vietnamese lunar date. Throws
 * {@link CalendarError} (`invalid-lunar-date`) for a date that does not exist — a leap flag on a month
 * that is not leap that year, day 30 of a 29-day month — and {@link CalendarRangeError} when the result
 * would fall outside 1900-01-01 … 2199-12-31.
 *
 * @example
 * lunarToSolar({ year: 2026, month: 3, day: 10 }); // "2026-04-26" — Giỗ Tổ Hùng Vương
 * lunarToSolar({ year: 2023, month: 2, day: 1, leap: true }); // "2023-03-22"
 */
export function lunarToSolar(date: LunarDateInput): string {
  const { year, month, day } = date ?? ({} as LunarDateInput);
  const leap = date?.leap ?? false;
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    !Number.isInteger(day) ||
    typeof leap !== "boolean"
  ) {
    throw new CalendarError(
      "invalid-lunar-date",
      {
        vi: `ngày âm lịch không hợp lệ: ${showValue(date)} (năm, tháng, ngày phải là số nguyên)`,
        en: `invalid lunar date ${showValue(date)} (year, month and day must be integers)`,
      },
      date,
    );
  }
  if (year < 1899 || year > 2199) throw rangeError(date);
  if (month < 1 || month > 12 || day < 1 || day > 30) {
    throw new CalendarError(
      "invalid-lunar-date",
      {
        vi: `ngày âm lịch không tồn tại: tháng ${month}, ngày ${day}`,
        en: `no such lunar date: month ${month}, day ${day}`,
      },
      date,
    );
  }
  const d = dayOfLunar(year, month, day, leap);
  if (d === Number.NEGATIVE_INFINITY) {
    throw new CalendarError(
      "invalid-lunar-date",
      {
        vi: `ngày âm lịch không tồn tại: ${day}/${month}${leap ? " nhuận" : ""}/${year}${leap ? " (tháng này không nhuận hoặc thiếu ngày)" : " (tháng thiếu chỉ có 29 ngày)"}`,
        en: `no such lunar date: ${year}-${month}${leap ? " (leap)" : ""}-${day}${leap ? " (that month is not leap that year, or is too short)" : " (the month has only 29 days)"}`,
      },
      date,
    );
  }
  if (d < MIN_DAY || d > MAX_DAY) throw rangeError(date);
  return formatDay(d);
}

/**
 * Tết Nguyên đán: the Gregorian date of lunar 1/1 of `year` (Vietnamese calendar, UTC+7). Years
 * 1900–2199; throws {@link CalendarRangeError} outside.
 *
 * @example
 * lunarNewYear(2030); // "2030-02-02" (the UTC+8 Chinese calendar gives 2030-02-03)
 */
export function lunarNewYear(year: number): string {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) throw rangeError(year);
  return lunarToSolar({ year, month: 1, day: 1 });
}

/**
 * Tháng nhuận: the number of the leap month of lunar year `year`, or `null` when the year has 12 months.
 * Years 1900–2199; throws {@link CalendarRangeError} outside.
 *
 * @example
 * leapMonthOf(2025); // 6
 * leapMonthOf(2026); // null
 */
export function leapMonthOf(year: number): number | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) throw rangeError(year);
  const a = sui(year);
  for (let i = a.firstMonthIndex; i < a.months.length; i++) if (a.leap[i] === 1) return a.months[i]!;
  const b = sui(year + 1);
  for (let i = 0; i < b.firstMonthIndex; i++) if (b.leap[i] === 1) return b.months[i]!;
  return null;
}

/** Number of days (29 or 30) in a lunar month, or 0 when it does not exist. Internal helper. */
export function lunarMonthLength(year: number, month: number, leap: boolean): number {
  const start = dayOfLunar(year, month, 1, leap);
  if (start === Number.NEGATIVE_INFINITY) return 0;
  return dayOfLunar(year, month, 30, leap) === Number.NEGATIVE_INFINITY ? 29 : 30;
}
