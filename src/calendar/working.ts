import { dayOrThrow, epochDayOf, formatDay, parseDay, weekdayOf } from "./date.js";
import { CalendarError, CalendarRangeError, type LocalizedText, showValue } from "./errors.js";
import {
  type DayEntryInput,
  type HolidayInstrument,
  type HolidayKind,
  STATUTORY_HOLIDAY_RULES,
  type StatutoryHolidayRule,
  WEEKLY_REST_RULES,
  YEARLY_DECISIONS,
  type YearOverride,
} from "./holidays.js";
import { dayOfLunar } from "./lunar.js";

/**
 * Ngày nghỉ: one row of {@link WorkingCalendar.holidaysIn}. Statutory days that fall on a weekly rest
 * day are listed too (`onRestDay: true`); the compensatory day they give is a separate row.
 *
 * @example
 * defaultCalendar().holidaysIn(2026)[0]; // { date: "2026-01-01", kind: "statutory", … }
 */
export interface HolidayEntry {
  /** The day off `YYYY-MM-DD`. */
  date: string;
  /** Why (vi + en). */
  reason: LocalizedText;
  /** Statutory, compensatory, government swap or custom. */
  kind: HolidayKind;
  /** The law or decision. */
  source: string;
  /** False unless the legal text itself was read. */
  verified: boolean;
  /** True when the day is a weekly rest day anyway (so it removes no working day). */
  onRestDay: boolean;
}

/**
 * Ngày làm bù: a weekly rest day that is worked because of a government swap.
 *
 * @example
 * defaultCalendar().makeUpWorkingDays(2026); // [{ date: "2026-08-22", … }]
 */
export interface MakeUpWorkingDay {
  /** The worked Saturday/Sunday `YYYY-MM-DD`. */
  date: string;
  /** Why (vi + en). */
  reason: LocalizedText;
  /** The decision. */
  source: string;
  /** False unless the decision itself was read. */
  verified: boolean;
}

/**
 * The same operations as {@link WorkingCalendar} on integer epoch days (see {@link toEpochDay}), for hot
 * loops: no parsing, no allocation. Each is O(1). Out-of-range days throw {@link CalendarRangeError}.
 *
 * @example
 * const cal = defaultCalendar();
 * cal.days.addWorkingDays(toEpochDay("2026-02-13"), 3) === toEpochDay("2026-02-25"); // true
 */
export interface EpochDayCalendar {
  /** First epoch day covered. */
  readonly firstDay: number;
  /** Last epoch day covered. */
  readonly lastDay: number;
  /** See {@link WorkingCalendar.isWorkingDay}. */
  isWorkingDay(day: number): boolean;
  /** See {@link WorkingCalendar.addWorkingDays}. */
  addWorkingDays(day: number, n: number): number;
  /** See {@link WorkingCalendar.workingDaysBetween}. */
  workingDaysBetween(a: number, b: number): number;
  /** See {@link WorkingCalendar.nextWorkingDay}. */
  nextWorkingDay(day: number): number;
}

/**
 * Lịch làm việc: the working days of state agencies (cơ quan hành chính nhà nước) precomputed over a
 * range of years; every method is O(1) after construction (prefix sums and an index of working days).
 * Build one with {@link createWorkingCalendar} or use {@link defaultCalendar}. Dates are ISO
 * `YYYY-MM-DD`; dates outside the range throw {@link CalendarRangeError}.
 *
 * @example
 * const cal = defaultCalendar();
 * cal.isWorkingDay("2026-02-16"); // false (Tết)
 * cal.addWorkingDays("2026-02-13", 3); // "2026-02-25"
 */
export interface WorkingCalendar {
  /** First Gregorian year covered. */
  readonly fromYear: number;
  /** Last Gregorian year covered. */
  readonly toYear: number;
  /** True on a working day: not a weekly rest day nor a day off, or a make-up working day. */
  isWorkingDay(date: string): boolean;
  /**
   * The date `n` working days after `date` (before it when `n < 0`); the start day itself is never
   * counted, so `n = 1` is the next working day. `n = 0` returns `date` unchanged.
   */
  addWorkingDays(date: string, n: number): string;
  /** Number of working days in the half-open interval (a, b]; negative (−count in (b, a]) when b < a. */
  workingDaysBetween(a: string, b: string): number;
  /** `date` itself when it is a working day, else the first working day after it. */
  nextWorkingDay(date: string): string;
  /** The year's holiday rows, sorted by date (statutory, compensatory, government swaps, custom). */
  holidaysIn(year: number): HolidayEntry[];
  /** The weekly rest days worked that year (ngày làm bù), sorted by date. */
  makeUpWorkingDays(year: number): MakeUpWorkingDay[];
  /** Whether the year rests on a decision table or on the statutory defaults (see {@link YearBasis}). */
  yearBasis(year: number): YearBasis;
  /** The same operations on epoch days. */
  readonly days: EpochDayCalendar;
}

/**
 * Options of {@link createWorkingCalendar}.
 *
 * @example
 * const opts: WorkingCalendarOptions = { from: 2020, to: 2030, optIn: ["nq80-culture-day"] };
 */
export interface WorkingCalendarOptions {
  /** First year (default 1990; at least 1900). */
  from?: number;
  /** Last year (default 2100; at most 2199). */
  to?: number;
  /** The user's yearly tables, applied after the built-in ones (see {@link YearOverride}). */
  overrides?: readonly YearOverride[];
  /** Ids of opt-in rules of {@link STATUTORY_HOLIDAY_RULES} to apply (e.g. `"nq80-culture-day"`). */
  optIn?: readonly string[];
  /** Ignore {@link YEARLY_DECISIONS}: only the statutory computation and `overrides`. */
  replaceBuiltins?: boolean;
}

/**
 * Cơ sở của một năm: whether a year's holidays rest on a decision table (built-in
 * {@link YEARLY_DECISIONS} or the caller's `overrides`) or on the statutory defaults alone. For
 * `defaults`, Tết and the 2/9 adjacent day are this library's conventions (`verified: false`).
 *
 * @example
 * defaultCalendar().yearBasis(2027).basis; // "defaults"
 */
export interface YearBasis {
  /** The year. */
  year: number;
  /** `decision` when a yearly table covers the year, else `defaults`. */
  basis: "decision" | "defaults";
  /** True only when every table for the year was read in the official text. */
  verified: boolean;
  /** The tables' `source` lines (empty for `defaults`). */
  sources: string[];
  /** The instruments the tables name (empty for `defaults` and for user tables without them). */
  instruments: HolidayInstrument[];
}

interface MergedYear {
  source: string;
  verified: boolean;
  sources: string[];
  instruments: HolidayInstrument[];
  tet?: { days: number[]; source: string; verified: boolean };
  adjacent?: { day: number; source: string; verified: boolean };
  compensatory?: { days: number[]; source: string; verified: boolean };
  daysOff: { day: number; reason: LocalizedText; kind: HolidayKind; source: string; verified: boolean }[];
  makeUp: { day: number; reason: LocalizedText; source: string; verified: boolean }[];
}

interface DayOff {
  day: number;
  reason: LocalizedText;
  kind: HolidayKind;
  source: string;
  verified: boolean;
}

function badOverride(vi: string, en: string, input: unknown): CalendarError {
  return new CalendarError(
    "invalid-override",
    { vi: `bảng ngày nghỉ không hợp lệ: ${vi}`, en: `invalid holiday table: ${en}` },
    input,
  );
}

function overrideDay(s: unknown, o: YearOverride): number {
  const d = typeof s === "string" ? parseDay(s) : Number.NaN;
  if (Number.isNaN(d))
    throw badOverride(`ngày ${showValue(s)} (năm ${o.year})`, `date ${showValue(s)} (year ${o.year})`, o);
  return d;
}

function checkEntry(e: DayEntryInput, o: YearOverride): number {
  const d = overrideDay(e?.date, o);
  if (!e.reason || typeof e.reason.vi !== "string" || typeof e.reason.en !== "string") {
    throw badOverride(`thiếu lý do cho ngày ${e.date}`, `missing reason { vi, en } for ${e.date}`, o);
  }
  return d;
}

function mergeOverrides(
  list: readonly YearOverride[],
  defaultKind: HolidayKind,
  into: Map<number, MergedYear>,
): void {
  for (const o of list) {
    if (!o || !Number.isInteger(o.year) || typeof o.source !== "string" || typeof o.verified !== "boolean") {
      throw badOverride(
        "cần year (số nguyên), source, verified",
        "needs year (integer), source and verified",
        o,
      );
    }
    let m = into.get(o.year);
    if (!m) {
      m = { source: o.source, verified: o.verified, sources: [], instruments: [], daysOff: [], makeUp: [] };
      into.set(o.year, m);
    } else {
      m.source = `${m.source}; ${o.source}`;
      m.verified = m.verified && o.verified;
    }
    m.sources.push(o.source);
    for (const i of o.instruments ?? []) m.instruments.push(i);
    const meta = { source: o.source, verified: o.verified };
    if (o.tet) m.tet = { days: o.tet.map((d) => overrideDay(d, o)), ...meta };
    if (o.nationalDayAdjacent !== undefined)
      m.adjacent = { day: overrideDay(o.nationalDayAdjacent, o), ...meta };
    if (o.compensatory) m.compensatory = { days: o.compensatory.map((d) => overrideDay(d, o)), ...meta };
    for (const e of o.daysOff ?? []) {
      m.daysOff.push({ day: checkEntry(e, o), reason: e.reason, kind: e.kind ?? defaultKind, ...meta });
    }
    for (const e of o.makeUpWorkingDays ?? [])
      m.makeUp.push({ day: checkEntry(e, o), reason: e.reason, ...meta });
  }
}

function activeRule(r: StatutoryHolidayRule, day: number, optIn: ReadonlySet<string>): boolean {
  if (r.optIn && !optIn.has(r.id)) return false;
  if (day < parseDay(r.effectiveFrom)) return false;
  return r.effectiveTo === undefined || day <= parseDay(r.effectiveTo);
}

/** Weekly rest day test: the rest rules are few, so scan them. */
function restTester(): (day: number) => boolean {
  const rules = WEEKLY_REST_RULES.map((r) => ({
    from: parseDay(r.effectiveFrom),
    to: r.effectiveTo === undefined ? Number.POSITIVE_INFINITY : parseDay(r.effectiveTo),
    mask: r.restDays.reduce((m, d) => m | (1 << d), 0),
  }));
  return (day) => {
    const wd = weekdayOf(day);
    for (const r of rules) if (day >= r.from && day <= r.to) return (r.mask & (1 << wd)) !== 0;
    return wd === 7;
  };
}

function compensatorySource(day: number): { source: string; verified: boolean } {
  if (day >= epochDayOf(2021, 1, 1))
    return { source: "Bộ luật Lao động 2019 Điều 111 khoản 3", verified: true };
  if (day >= epochDayOf(2013, 5, 1))
    return { source: "Bộ luật Lao động 2012 Điều 110 khoản 3", verified: true };
  return { source: "Bộ luật Lao động 1994 Điều 73 [unverified]", verified: false };
}

const fmtDM = (day: number) => {
  const s = formatDay(day);
  return `${s.slice(8, 10)}/${s.slice(5, 7)}`;
};

/**
 * The default first Tết day when no decision names the days (`newYear` = the lunar new year's epoch
 * day). Five-day Tết (BLLĐ 2012, 2019): the Monday when the new year falls on a Tuesday or Wednesday
 * (the five days are then Monday–Friday), else two days before the new year — the choice of every
 * decision 2018–2026. Four-day Tết (BLLĐ 1994): the last day of the old year.
 */
export function defaultTetStart(newYear: number, days: number): number {
  if (days < 5) return newYear - 1;
  const wd = weekdayOf(newYear);
  return wd === 2 || wd === 3 ? newYear - (wd - 1) : newYear - 2;
}

/**
 * The default day next to 2/9 when no decision names it: the day after when 2/9 is a Sunday, Monday or
 * Thursday (the break then reaches a weekend or stays whole), else the day before — the decisions of
 * 2021–2026 all follow it.
 */
export function defaultAdjacentDay(base: number): number {
  const wd = weekdayOf(base);
  return wd === 7 || wd === 1 || wd === 4 ? base + 1 : base - 1;
}

function yearDaysOff(
  year: number,
  merged: MergedYear | undefined,
  optIn: ReadonlySet<string>,
  isRest: (d: number) => boolean,
): DayOff[] {
  const statutory: DayOff[] = [];
  for (const r of STATUTORY_HOLIDAY_RULES) {
    const meta = { source: r.source, verified: r.verified };
    if (r.rule === "solar") {
      const d = epochDayOf(year, r.month, r.day);
      if (activeRule(r, d, optIn)) statutory.push({ day: d, reason: r.reason, kind: "statutory", ...meta });
    } else if (r.rule === "lunar") {
      const d = dayOfLunar(year, r.month, r.day, false);
      if (activeRule(r, d, optIn)) statutory.push({ day: d, reason: r.reason, kind: "statutory", ...meta });
    } else if (r.rule === "tet") {
      const newYear = dayOfLunar(year, 1, 1, false);
      if (!activeRule(r, newYear, optIn)) continue;
      if (merged?.tet) {
        const t = merged.tet;
        for (const d of t.days) {
          statutory.push({
            day: d,
            reason: r.reason,
            kind: "statutory",
            source: `${r.source}; ${t.source}`,
            verified: t.verified,
          });
        }
      } else {
        const n = r.days ?? 5;
        const first = defaultTetStart(newYear, n);
        const rule =
          n >= 5
            ? "from the Monday when the lunar new year is a Tuesday or Wednesday, else two days before it"
            : `last day of the old year + first ${n - 1} days`;
        for (let i = 0; i < n; i++) {
          statutory.push({
            day: first + i,
            reason: r.reason,
            kind: "statutory",
            source: `${r.source}; days computed (${rule}) [unverified convention]`,
            verified: false,
          });
        }
      }
    } else {
      const base = epochDayOf(year, r.month, r.day);
      if (!activeRule(r, base, optIn)) continue;
      if (merged?.adjacent) {
        const a = merged.adjacent;
        statutory.push({
          day: a.day,
          reason: r.reason,
          kind: "statutory",
          source: `${r.source}; ${a.source}`,
          verified: a.verified,
        });
      } else {
        statutory.push({
          day: defaultAdjacentDay(base),
          reason: r.reason,
          kind: "statutory",
          source: `${r.source}; adjacent day computed (after 2/9 on Sunday, Monday or Thursday, else before) [unverified convention]`,
          verified: false,
        });
      }
    }
  }
  statutory.sort((a, b) => a.day - b.day);
  const taken = new Set(statutory.map((s) => s.day));
  const out: DayOff[] = [...statutory];
  if (merged?.compensatory) {
    const c = merged.compensatory;
    for (const d of c.days) {
      out.push({
        day: d,
        reason: { vi: "Nghỉ bù", en: "Compensatory day off" },
        kind: "compensatory",
        source: c.source,
        verified: c.verified,
      });
      taken.add(d);
    }
  } else {
    const seen = new Set<number>();
    for (const h of statutory) {
      if (seen.has(h.day) || !isRest(h.day)) continue;
      seen.add(h.day);
      let d = h.day + 1;
      while (isRest(d) || taken.has(d)) d++;
      taken.add(d);
      out.push({
        day: d,
        reason: {
          vi: `Nghỉ bù ${h.reason.vi} (${fmtDM(h.day)})`,
          en: `Compensatory day off for ${h.reason.en} (${fmtDM(h.day)})`,
        },
        kind: "compensatory",
        ...compensatorySource(h.day),
      });
    }
  }
  for (const e of merged?.daysOff ?? []) out.push({ ...e });
  out.sort((a, b) => a.day - b.day);
  return out;
}

function outOfRange(what: unknown, from: number, to: number): CalendarRangeError {
  return new CalendarRangeError(
    {
      vi: `ngoài phạm vi của lịch làm việc (${from}–${to}): ${showValue(what)}`,
      en: `outside the working calendar's range (${from}–${to}): ${showValue(what)}`,
    },
    what,
  );
}

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n)) {
    throw new CalendarError(
      "invalid-argument",
      {
        vi: `số ngày phải là số nguyên: ${showValue(n)}`,
        en: `the day count must be an integer: ${showValue(n)}`,
      },
      n,
    );
  }
}

/**
 * Tạo lịch làm việc: builds a {@link WorkingCalendar} for the years `from`–`to` (default 1990–2100)
 * from the statutory table ({@link STATUTORY_HOLIDAY_RULES}: BLLĐ 2019 Điều 112, BLLĐ 2012 Điều 115,
 * compensatory days per Điều 111(3) / 110(3)), the weekly rest days ({@link WEEKLY_REST_RULES}), the
 * built-in yearly decisions ({@link YEARLY_DECISIONS}, unless `replaceBuiltins`) and the user's own
 * yearly tables (`overrides`). Building 111 years takes a few milliseconds; every query is O(1).
 * Throws {@link CalendarError} for a bad option or table row.
 *
 * @example
 * const cal = createWorkingCalendar({
 *   from: 2024, to: 2027,
 *   overrides: [{ year: 2026, source: "UBND tỉnh", verified: true,
 *     daysOff: [{ date: "2026-10-20", reason: { vi: "Nghỉ của tỉnh", en: "Provincial day off" } }] }],
 * });
 * cal.isWorkingDay("2026-10-20"); // false
 */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  const fromYear = options?.from ?? 1990;
  const toYear = options?.to ?? 2100;
  if (
    !Number.isInteger(fromYear) ||
    !Number.isInteger(toYear) ||
    fromYear < 1900 ||
    toYear > 2199 ||
    fromYear > toYear
  ) {
    throw new CalendarError(
      "invalid-argument",
      {
        vi: `khoảng năm không hợp lệ: ${showValue(fromYear)}–${showValue(toYear)} (trong 1900–2199, từ ≤ đến)`,
        en: `invalid year range ${showValue(fromYear)}–${showValue(toYear)} (within 1900–2199, from ≤ to)`,
      },
      options,
    );
  }
  const known = new Set(STATUTORY_HOLIDAY_RULES.filter((r) => r.optIn).map((r) => r.id));
  for (const id of options?.optIn ?? []) {
    if (!known.has(id)) {
      throw new CalendarError(
        "invalid-argument",
        {
          vi: `quy định tùy chọn không tồn tại: ${showValue(id)}`,
          en: `unknown opt-in rule ${showValue(id)} (known: ${[...known].join(", ")})`,
        },
        id,
      );
    }
  }
  const optIn = new Set(options?.optIn ?? []);
  const merged = new Map<number, MergedYear>();
  if (!options?.replaceBuiltins) mergeOverrides(YEARLY_DECISIONS, "government-swap", merged);
  mergeOverrides(options?.overrides ?? [], "custom", merged);

  const isRest = restTester();
  const base = epochDayOf(fromYear, 1, 1);
  const last = epochDayOf(toYear, 12, 31);
  const len = last - base + 1;
  const working = new Uint8Array(len);
  for (let i = 0; i < len; i++) working[i] = isRest(base + i) ? 0 : 1;
  const holidays = new Map<number, DayOff[]>();
  const makeUps = new Map<number, MergedYear["makeUp"]>();
  for (let y = fromYear; y <= toYear; y++) {
    const m = merged.get(y);
    const off = yearDaysOff(y, m, optIn, isRest);
    holidays.set(y, off);
    for (const h of off) if (h.day >= base && h.day <= last) working[h.day - base] = 0;
    const mu = [...(m?.makeUp ?? [])].sort((a, b) => a.day - b.day);
    makeUps.set(y, mu);
  }
  for (const mu of makeUps.values())
    for (const e of mu) if (e.day >= base && e.day <= last) working[e.day - base] = 1;

  const cum = new Int32Array(len + 1);
  let count = 0;
  for (let i = 0; i < len; i++) {
    cum[i] = count;
    count += working[i]!;
  }
  cum[len] = count;
  const index = new Int32Array(count);
  for (let i = 0, j = 0; i < len; i++) if (working[i]) index[j++] = i;

  const check = (d: number, what: unknown) => {
    if (!(d >= base && d <= last)) throw outOfRange(what, fromYear, toYear);
  };
  const days: EpochDayCalendar = {
    firstDay: base,
    lastDay: last,
    isWorkingDay(d) {
      check(d, d);
      return working[d - base] === 1;
    },
    addWorkingDays(d, n) {
      check(d, d);
      checkCount(n);
      if (n === 0) return d;
      const j = n > 0 ? cum[d - base + 1]! - 1 + n : cum[d - base]! + n;
      if (j < 0 || j >= count) throw outOfRange({ day: d, n }, fromYear, toYear);
      return base + index[j]!;
    },
    workingDaysBetween(a, b) {
      check(a, a);
      check(b, b);
      return cum[b - base + 1]! - cum[a - base + 1]!;
    },
    nextWorkingDay(d) {
      check(d, d);
      if (working[d - base] === 1) return d;
      const j = cum[d - base]!;
      if (j >= count) throw outOfRange(d, fromYear, toYear);
      return base + index[j]!;
    },
  };
  const yearCheck = (y: number) => {
    if (!Number.isInteger(y) || y < fromYear || y > toYear) throw outOfRange(y, fromYear, toYear);
  };
  return {
    fromYear,
    toYear,
    days,
    isWorkingDay: (date) => days.isWorkingDay(dayOrThrow(date)),
    addWorkingDays: (date, n) => formatDay(days.addWorkingDays(dayOrThrow(date), n)),
    workingDaysBetween: (a, b) => days.workingDaysBetween(dayOrThrow(a), dayOrThrow(b)),
    nextWorkingDay: (date) => formatDay(days.nextWorkingDay(dayOrThrow(date))),
    holidaysIn(y) {
      yearCheck(y);
      return (holidays.get(y) ?? []).map((h) => ({
        date: formatDay(h.day),
        reason: h.reason,
        kind: h.kind,
        source: h.source,
        verified: h.verified,
        onRestDay: isRest(h.day),
      }));
    },
    yearBasis(y) {
      yearCheck(y);
      const m = merged.get(y);
      return m
        ? {
            year: y,
            basis: "decision",
            verified: m.verified,
            sources: [...m.sources],
            instruments: [...m.instruments],
          }
        : { year: y, basis: "defaults", verified: false, sources: [], instruments: [] };
    },
    makeUpWorkingDays(y) {
      yearCheck(y);
      return (makeUps.get(y) ?? []).map((e) => ({
        date: formatDay(e.day),
        reason: e.reason,
        source: e.source,
        verified: e.verified,
      }));
    },
  };
}

let defaultMemo: WorkingCalendar | undefined;

/**
 * Lịch làm việc mặc định: the {@link WorkingCalendar} built with the default options (1990–2100,
 * built-in yearly decisions, no opt-in rules), built on first use and then reused (a pure memo).
 *
 * @example
 * defaultCalendar().nextWorkingDay("2026-02-14"); // "2026-02-23"
 */
export function defaultCalendar(): WorkingCalendar {
  defaultMemo ??= createWorkingCalendar();
  return defaultMemo;
}
