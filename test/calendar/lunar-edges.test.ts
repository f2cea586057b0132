import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CalendarError,
  CalendarRangeError,
  fromEpochDay,
  type LunarDateInput,
  leapMonthOf,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
  toEpochDay,
} from "../../src/calendar/index.js";
import { lunarMonthLength, lunarOfDayUncached } from "../../src/calendar/lunar.js";
import { code } from "./error-code.js";

describe("lunar calendar: edges of the supported range", () => {
  it("the first and last supported solar days", () => {
    expect(solarToLunar("1900-01-01")).toEqual({ year: 1899, month: 12, day: 1, leap: false });
    expect(lunarToSolar({ year: 1899, month: 12, day: 1 })).toBe("1900-01-01");
    expect(lunarNewYear(1900)).toBe("1900-01-31");
    expect(lunarNewYear(2199)).toBe("2199-01-26");
    expect(solarToLunar("2199-12-31")).toEqual({ year: 2199, month: 11, day: 14, leap: false });
  });
  it("a lunar date whose solar day falls outside 1900–2199 is a range error", () => {
    expect(code(() => lunarToSolar({ year: 1899, month: 11, day: 1 }))).toBe("out-of-range");
    expect(code(() => lunarToSolar({ year: 2199, month: 12, day: 1 }))).toBe("out-of-range");
    expect(code(() => lunarToSolar({ year: 1898, month: 1, day: 1 }))).toBe("out-of-range");
    expect(code(() => lunarToSolar({ year: 2200, month: 1, day: 1 }))).toBe("out-of-range");
    expect(() => lunarNewYear(1899)).toThrow(CalendarRangeError);
    expect(() => lunarNewYear(2020.5)).toThrow(CalendarRangeError);
    expect(() => leapMonthOf(2200)).toThrow(CalendarRangeError);
    expect(() => leapMonthOf(2020.5)).toThrow(CalendarRangeError);
    try {
      solarToLunar("1850-01-01");
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toContain("1900-01-01 to 2199-12-31");
      expect((e as CalendarError).messages.vi).toContain('"1850-01-01"');
      expect((e as CalendarError).input).toBe("1850-01-01");
    }
  });
});

describe("lunarToSolar: what is a lunar date", () => {
  it.each([
    [{ year: 2025, month: 0, day: 1 }],
    [{ year: 2025, month: 13, day: 1 }],
    [{ year: 2025, month: 1, day: 0 }],
    [{ year: 2025, month: 1, day: 31 }],
    [{ year: 2025, month: 5, day: 1, leap: true }],
    [{ year: 2025.5, month: 1, day: 1 }],
    [{ year: 2025, month: 1.5, day: 1 }],
    [{ year: 2025, month: 1, day: 1, leap: "yes" as unknown as boolean }],
    [undefined as unknown as LunarDateInput],
  ])("rejects %j as invalid-lunar-date", (input) => {
    expect(code(() => lunarToSolar(input))).toBe("invalid-lunar-date");
  });
  it("explains a missing day 30 and a wrong leap flag differently", () => {
    // Lunar 12/2025 has 29 days (Tết 2026 is 17/02, 1/12 is 19/01).
    expect(lunarToSolar({ year: 2025, month: 12, day: 1 })).toBe("2026-01-19");
    try {
      lunarToSolar({ year: 2025, month: 12, day: 30 });
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toContain("only 29 days");
      expect((e as CalendarError).messages.en).not.toContain("(leap)");
    }
    try {
      lunarToSolar({ year: 2025, month: 5, day: 1, leap: true });
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toContain("2025-5 (leap)-1");
      expect((e as CalendarError).messages.en).toContain("not leap");
      expect((e as CalendarError).messages.vi).toContain("1/5 nhuận/2025");
    }
  });
  it("a leap month 11 belongs to the lunar year before the next Tết (2033)", () => {
    expect(leapMonthOf(2033)).toBe(11);
    expect(lunarToSolar({ year: 2033, month: 11, day: 1 })).toBe("2033-11-22");
    expect(lunarToSolar({ year: 2033, month: 11, day: 1, leap: true })).toBe("2033-12-22");
    expect(solarToLunar("2033-12-22")).toEqual({ year: 2033, month: 11, day: 1, leap: true });
    expect(lunarToSolar({ year: 2033, month: 12, day: 1 })).toBe("2034-01-20");
    expect(solarToLunar("2034-01-20")).toEqual({ year: 2033, month: 12, day: 1, leap: false });
    expect(leapMonthOf(2034)).toBeNull();
  });
  it("months 11 and 12 belong to the year of the previous Tết", () => {
    expect(solarToLunar("2026-01-18")).toMatchObject({ year: 2025, month: 11 });
    expect(solarToLunar("2026-02-16")).toMatchObject({ year: 2025, month: 12, day: 29 });
    expect(solarToLunar("2025-12-31")).toMatchObject({ year: 2025, month: 11 });
  });
});

describe("internal helpers", () => {
  it("lunarMonthLength: 29 or 30 days, 0 for a month that does not exist", () => {
    expect(lunarMonthLength(2025, 12, false)).toBe(29);
    expect(lunarMonthLength(2025, 1, false)).toBe(30);
    expect(lunarMonthLength(2025, 6, true)).toBe(29);
    expect(lunarMonthLength(2025, 5, true)).toBe(0);
    // Month lengths are the gaps between successive first days.
    const first = (m: number) => toEpochDay(lunarToSolar({ year: 2026, month: m, day: 1 }));
    for (let m = 1; m < 12; m++) expect(lunarMonthLength(2026, m, false)).toBe(first(m + 1) - first(m));
  });
  it("the uncached conversion (benchmark baseline) agrees with solarToLunar", () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay("1900-01-01"), max: toEpochDay("2199-12-31") }), (d) => {
        expect(lunarOfDayUncached(d)).toEqual(solarToLunar(fromEpochDay(d)));
      }),
      { numRuns: 30 },
    );
    expect(lunarOfDayUncached(toEpochDay("2020-05-23"))).toEqual({
      year: 2020,
      month: 4,
      day: 1,
      leap: true,
    });
    expect(lunarOfDayUncached(toEpochDay("2026-02-16"))).toEqual({
      year: 2025,
      month: 12,
      day: 29,
      leap: false,
    });
  });
});
