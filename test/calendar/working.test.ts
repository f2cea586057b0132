import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import {
  CalendarError,
  CalendarRangeError,
  createWorkingCalendar,
  fromEpochDay,
  toEpochDay,
  type WorkingCalendar,
  YEARLY_DECISIONS,
} from "../../src/calendar/index.js";

// A calendar with the default options over the years the tests use, built afresh in every test (inside
// the test, so that mutation testing's per-test coverage sees each test that depends on the build).
let cal: WorkingCalendar;
beforeEach(() => {
  cal = createWorkingCalendar({ from: 2019, to: 2031 });
});
const daysOff = (y: number, c = cal) =>
  c
    .holidaysIn(y)
    .filter((h) => !h.onRestDay)
    .map((h) => h.date);

describe("2026 (yearly decision)", () => {
  it("Tết 16–20/02/2026 is off, the weekends around it too", () => {
    for (const d of ["2026-02-14", "2026-02-15", "2026-02-16", "2026-02-20", "2026-02-22"]) {
      expect(cal.isWorkingDay(d)).toBe(false);
    }
    expect(cal.isWorkingDay("2026-02-13")).toBe(true);
    expect(cal.isWorkingDay("2026-02-23")).toBe(true);
    expect(cal.nextWorkingDay("2026-02-14")).toBe("2026-02-23");
  });
  it("swaps Monday 31/08 with Saturday 22/08 and gives 1–2/9", () => {
    expect(cal.isWorkingDay("2026-08-22")).toBe(true);
    expect(cal.isWorkingDay("2026-08-29")).toBe(false);
    expect(cal.isWorkingDay("2026-08-31")).toBe(false);
    expect(cal.isWorkingDay("2026-09-01")).toBe(false);
    expect(cal.isWorkingDay("2026-09-02")).toBe(false);
    expect(cal.isWorkingDay("2026-09-03")).toBe(true);
    expect(cal.makeUpWorkingDays(2026).map((d) => d.date)).toEqual(["2026-01-10", "2026-08-22"]);
    const swap = cal.holidaysIn(2026).find((h) => h.date === "2026-08-31");
    expect(swap).toMatchObject({ kind: "government-swap", verified: false });
  });
  it("gives Monday 27/04/2026 off for Giỗ Tổ on Sunday 26/04 (Điều 111(3))", () => {
    const h = cal.holidaysIn(2026).find((x) => x.date === "2026-04-27");
    expect(h?.kind).toBe("compensatory");
    expect(cal.isWorkingDay("2026-04-27")).toBe(false);
    expect(cal.isWorkingDay("2026-04-28")).toBe(true);
  });
  it("does not give 24/11 off unless opted in (NQ 80, unverified)", () => {
    expect(cal.isWorkingDay("2026-11-24")).toBe(true);
    const withCulture = createWorkingCalendar({ from: 2026, to: 2026, optIn: ["nq80-culture-day"] });
    expect(withCulture.isWorkingDay("2026-11-24")).toBe(false);
    expect(withCulture.holidaysIn(2026).find((h) => h.date === "2026-11-24")?.verified).toBe(false);
    expect(() => createWorkingCalendar({ optIn: ["no-such-rule"] })).toThrow(CalendarError);
  });
});

describe("other yearly decisions", () => {
  it("2024: 29/4 off and Saturday 4/5 worked; Tết 08–14/02", () => {
    expect(cal.isWorkingDay("2024-04-29")).toBe(false);
    expect(cal.isWorkingDay("2024-05-04")).toBe(true);
    expect(daysOff(2024).filter((d) => d.startsWith("2024-02"))).toEqual([
      "2024-02-08",
      "2024-02-09",
      "2024-02-12",
      "2024-02-13",
      "2024-02-14",
    ]);
  });
  it("2023: Tết 20–26/01; 29/4–3/5 through two compensatory days; 1–4/9", () => {
    expect(daysOff(2023)).toEqual(
      expect.arrayContaining([
        "2023-01-20",
        "2023-01-26",
        "2023-05-02",
        "2023-05-03",
        "2023-09-01",
        "2023-09-04",
      ]),
    );
    expect(cal.isWorkingDay("2023-01-27")).toBe(true);
  });
  it("2025: 2/5 off, Saturday 26/4 worked; 1–2/9", () => {
    expect(cal.isWorkingDay("2025-05-02")).toBe(false);
    expect(cal.isWorkingDay("2025-04-26")).toBe(true);
    expect(cal.isWorkingDay("2025-09-01")).toBe(false);
    expect(cal.isWorkingDay("2025-09-03")).toBe(true);
  });
  it("2022: 30/4 and 1/5 on a weekend give 2/5 and 3/5; 01/01 on Saturday gives 03/01", () => {
    expect(daysOff(2022)).toEqual(
      expect.arrayContaining(["2022-01-03", "2022-05-02", "2022-05-03", "2022-04-11"]),
    );
  });
  it("every built-in year is marked unverified and cites a source", () => {
    for (const y of YEARLY_DECISIONS) {
      expect(y.verified).toBe(false);
      expect(y.source.length).toBeGreaterThan(10);
    }
  });
});

describe("statutory computation when no yearly table applies", () => {
  let plain: WorkingCalendar;
  beforeEach(() => {
    plain = createWorkingCalendar({ from: 2024, to: 2027, replaceBuiltins: true });
  });
  it("without the 2026 table the swap disappears but the statutory days stay", () => {
    expect(plain.isWorkingDay("2026-08-31")).toBe(true);
    expect(plain.isWorkingDay("2026-08-22")).toBe(false);
    expect(plain.isWorkingDay("2026-09-02")).toBe(false);
    expect(plain.isWorkingDay("2026-04-27")).toBe(false);
  });
  it("Tết default starts two days before the new year (Monday when it is a Tuesday or Wednesday)", () => {
    // 2024: new year Sat 10/02 → 08–12/02, 10–11 Sat–Sun → compensatory 13 and 14 (the 2024 decision).
    expect(daysOff(2024, plain).filter((d) => d.startsWith("2024-02"))).toEqual([
      "2024-02-08",
      "2024-02-09",
      "2024-02-12",
      "2024-02-13",
      "2024-02-14",
    ]);
    // 2025: new year Wed 29/01 → Mon 27/01–Fri 31/01 (the 2025 decision).
    expect(daysOff(2025, plain).filter((d) => d.startsWith("2025-01") && d > "2025-01-15")).toEqual([
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
    ]);
  });
  it("2/9 on a Thursday (2027) takes Friday 03/9 as the adjacent day, as the 2021 decision did", () => {
    expect(plain.isWorkingDay("2027-09-03")).toBe(false);
    expect(plain.isWorkingDay("2027-09-01")).toBe(true);
  });
  it("the 2012 code (2013–2020) has a single 2/9 day", () => {
    const old = createWorkingCalendar({ from: 2019, to: 2019, replaceBuiltins: true });
    expect(old.holidaysIn(2019).filter((h) => h.date.startsWith("2019-09"))).toHaveLength(1);
    expect(old.holidaysIn(2019)[0]?.source).toContain("2012");
  });
});

describe("user tables", () => {
  it("adds a provincial day off and a make-up day without touching code", () => {
    const c = createWorkingCalendar({
      from: 2026,
      to: 2026,
      overrides: [
        {
          year: 2026,
          source: "QĐ tỉnh (test)",
          verified: true,
          daysOff: [{ date: "2026-10-20", reason: { vi: "Ngày của tỉnh", en: "Provincial day" } }],
          makeUpWorkingDays: [{ date: "2026-10-24", reason: { vi: "Làm bù", en: "Make-up" } }],
        },
      ],
    });
    expect(c.isWorkingDay("2026-10-20")).toBe(false);
    expect(c.isWorkingDay("2026-10-24")).toBe(true);
    expect(c.holidaysIn(2026).find((h) => h.date === "2026-10-20")?.kind).toBe("custom");
    expect(c.isWorkingDay("2026-08-31")).toBe(false); // built-in table still applies
  });
  it("replaces a yearly choice (the 2/9 adjacent day)", () => {
    const c = createWorkingCalendar({
      from: 2026,
      to: 2026,
      replaceBuiltins: true,
      overrides: [{ year: 2026, source: "test", verified: false, nationalDayAdjacent: "2026-09-03" }],
    });
    expect(c.isWorkingDay("2026-09-01")).toBe(true);
    expect(c.isWorkingDay("2026-09-03")).toBe(false);
  });
  it("rejects malformed rows and ranges", () => {
    expect(() =>
      createWorkingCalendar({
        overrides: [{ year: 2026, source: "x", verified: true, tet: ["2026-02-30"] }],
      }),
    ).toThrow(CalendarError);
    expect(() => createWorkingCalendar({ from: 2030, to: 2020 })).toThrow(CalendarError);
    expect(() => createWorkingCalendar({ from: 1800 })).toThrow(CalendarError);
  });
});

describe("operations", () => {
  let wide: WorkingCalendar;
  beforeEach(() => {
    wide = createWorkingCalendar({ from: 1999, to: 2092 });
  });
  it("addWorkingDays: n = 0 keeps the date, negative goes back", () => {
    expect(cal.addWorkingDays("2026-02-14", 0)).toBe("2026-02-14");
    expect(cal.addWorkingDays("2026-02-23", -1)).toBe("2026-02-13");
    expect(cal.addWorkingDays("2026-02-13", 1)).toBe("2026-02-23");
    expect(() => cal.addWorkingDays("2026-02-13", 1.5)).toThrow(CalendarError);
  });
  it("workingDaysBetween counts (a, b] and is antisymmetric", () => {
    expect(cal.workingDaysBetween("2026-02-13", "2026-02-25")).toBe(3);
    expect(cal.workingDaysBetween("2026-02-25", "2026-02-13")).toBe(-3);
    expect(cal.workingDaysBetween("2026-02-13", "2026-02-13")).toBe(0);
  });
  it("throws CalendarRangeError outside the precomputed years", () => {
    const small = createWorkingCalendar({ from: 2026, to: 2026 });
    expect(() => small.isWorkingDay("2027-01-04")).toThrow(CalendarRangeError);
    expect(() => small.addWorkingDays("2026-12-31", 5)).toThrow(CalendarRangeError);
    expect(() => small.holidaysIn(2025)).toThrow(CalendarRangeError);
  });

  const day = fc.integer({ min: toEpochDay("2000-01-01"), max: toEpochDay("2090-12-31") });
  const n = fc.integer({ min: -200, max: 200 });
  it("addWorkingDays is monotone in n", () => {
    fc.assert(
      fc.property(day, n, n, (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return wide.days.addWorkingDays(d, lo) <= wide.days.addWorkingDays(d, hi);
      }),
    );
  });
  it("addWorkingDays is monotone in the start date", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), n, (d, gap, k) => {
        return wide.days.addWorkingDays(d, k) <= wide.days.addWorkingDays(d + gap, k);
      }),
    );
  });
  it("n ≥ 1 working days later is a working day exactly n working days away", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 300 }), (d, k) => {
        const t = wide.days.addWorkingDays(d, k);
        return wide.days.isWorkingDay(t) && wide.days.workingDaysBetween(d, t) === k;
      }),
    );
  });
  it("agrees with a day-by-day count", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), (a, len) => {
        let count = 0;
        for (let x = a + 1; x <= a + len; x++) if (wide.isWorkingDay(fromEpochDay(x))) count++;
        return wide.workingDaysBetween(fromEpochDay(a), fromEpochDay(a + len)) === count;
      }),
    );
  });
});
