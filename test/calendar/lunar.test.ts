import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CalendarError,
  CalendarRangeError,
  fromEpochDay,
  leapMonthOf,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
  toEpochDay,
} from "../../src/calendar/index.js";

describe("lunarNewYear (Tết, UTC+7)", () => {
  const tet: [number, string][] = [
    [2019, "2019-02-05"],
    [2020, "2020-01-25"],
    [2021, "2021-02-12"],
    [2022, "2022-02-01"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    [2028, "2028-01-26"],
    [2029, "2029-02-13"],
    [2030, "2030-02-02"],
    [2031, "2031-01-23"],
  ];
  it.each(tet)("Tết %i is %s", (y, d) => {
    expect(lunarNewYear(y)).toBe(d);
    expect(solarToLunar(d)).toEqual({ year: y, month: 1, day: 1, leap: false });
  });
  it("follows the Vietnamese (UTC+7), not the Chinese (UTC+8), calendar where they differ", () => {
    expect(lunarNewYear(1985)).toBe("1985-01-21"); // UTC+8: 1985-02-20
    expect(lunarNewYear(2007)).toBe("2007-02-17"); // UTC+8: 2007-02-18
    expect(lunarNewYear(2030)).not.toBe("2030-02-03");
  });
});

describe("Giỗ Tổ Hùng Vương (10/3 lunar)", () => {
  it.each([
    [2022, "2022-04-10"],
    [2023, "2023-04-29"],
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
  ])("%i → %s", (y, d) => {
    expect(lunarToSolar({ year: y, month: 3, day: 10 })).toBe(d);
  });
});

describe("leap months", () => {
  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [2031, 3],
  ])("%i has leap month %i", (y, m) => expect(leapMonthOf(y)).toBe(m));
  it("returns null for a 12-month year", () => {
    expect(leapMonthOf(2024)).toBeNull();
    expect(leapMonthOf(2026)).toBeNull();
  });
  it("places the first day of the leap month", () => {
    expect(lunarToSolar({ year: 2020, month: 4, day: 1, leap: true })).toBe("2020-05-23");
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe("2023-03-22");
    expect(solarToLunar("2020-05-23")).toEqual({ year: 2020, month: 4, day: 1, leap: true });
    expect(solarToLunar("2020-05-22").leap).toBe(false);
  });
});

describe("invalid and out-of-range input", () => {
  it("rejects a leap flag on a month that is not leap", () => {
    expect(() => lunarToSolar({ year: 2021, month: 4, day: 1, leap: true })).toThrow(CalendarError);
    let caught: unknown;
    try {
      lunarToSolar({ year: 2024, month: 5, day: 1, leap: true });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CalendarError);
    expect((caught as CalendarError).code).toBe("invalid-lunar-date");
    expect((caught as CalendarError).messages.vi).toContain("nhuận");
  });
  it("rejects day 30 of a 29-day month and accepts it in a 30-day month", () => {
    // Month 12 of lunar 2025 runs 2026-01-19 … 2026-02-16 (Tết 2026 = 02-17): 29 days, no "30 Tết".
    expect(solarToLunar("2026-02-16")).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(lunarToSolar({ year: 2025, month: 12, day: 1 })).toBe("2026-01-19");
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 30 })).toThrow(CalendarError);
    // Month 12 of lunar 2018 has 30 days (Tết 2019 = 02-05): day 30 exists.
    expect(lunarToSolar({ year: 2018, month: 12, day: 30 })).toBe("2019-02-04");
    expect(() => lunarToSolar({ year: 2025, month: 13, day: 1 })).toThrow(CalendarError);
    expect(() => lunarToSolar({ year: 2025, month: 1, day: 1.5 })).toThrow(CalendarError);
  });
  it("throws CalendarRangeError outside 1900–2199", () => {
    expect(() => solarToLunar("1899-12-31")).toThrow(CalendarRangeError);
    expect(() => solarToLunar("2200-01-01")).toThrow(CalendarRangeError);
    expect(() => lunarNewYear(2200)).toThrow(CalendarRangeError);
    expect(() => leapMonthOf(1899)).toThrow(CalendarRangeError);
    expect(solarToLunar("1900-01-01").year).toBe(1899);
    expect(solarToLunar("2199-12-31").year).toBe(2199);
  });
  it("rejects a malformed solar date", () => {
    expect(() => solarToLunar("2026-02-30")).toThrow(CalendarError);
    expect(() => solarToLunar("17/02/2026")).toThrow(CalendarError);
  });
});

describe("laws", () => {
  // Under mutation testing (vitest.stryker-calendar.config.ts sets CCHC_MUTATION) every 11th day plus the
  // last one; in `npm test` every day.
  const stride = process.env.CCHC_MUTATION ? 11 : 1;
  it("every day 1900–2199 round-trips solar → lunar → solar", () => {
    const a = toEpochDay("1900-01-01");
    const b = toEpochDay("2199-12-31");
    let failures = 0;
    const check = (d: number) => {
      const s = fromEpochDay(d);
      if (lunarToSolar(solarToLunar(s)) !== s) failures++;
    };
    for (let d = a; d < b; d += stride) check(d);
    check(b);
    expect(failures).toBe(0);
  });
  const day = fc.integer({ min: toEpochDay("1900-01-01"), max: toEpochDay("2199-12-30") });
  it("the next solar day is the next lunar day or day 1 of the next month", () => {
    fc.assert(
      fc.property(day, (d) => {
        const x = solarToLunar(fromEpochDay(d));
        const y = solarToLunar(fromEpochDay(d + 1));
        if (y.day === 1) return x.day === 29 || x.day === 30;
        return y.day === x.day + 1 && y.month === x.month && y.leap === x.leap && y.year === x.year;
      }),
    );
  });
  it("lunar day 1 of month 1 is always between 21 January and 20 February", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (y) => {
        const t = lunarNewYear(y);
        return t >= `${y}-01-21` && t <= `${y}-02-20`;
      }),
    );
  });
  it("a leap month exists exactly when the lunar year has 13 months (383–385 days)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2198 }), (y) => {
        const len = toEpochDay(lunarNewYear(y + 1)) - toEpochDay(lunarNewYear(y));
        return (
          (leapMonthOf(y) !== null) === len > 370 &&
          ((len >= 353 && len <= 355) || (len >= 383 && len <= 385))
        );
      }),
    );
  });
});
