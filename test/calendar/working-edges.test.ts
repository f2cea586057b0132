import { describe, expect, it } from "vitest";
import {
  type CalendarError,
  createWorkingCalendar,
  defaultCalendar,
  toEpochDay,
  type YearOverride,
} from "../../src/calendar/index.js";
import { code } from "./error-code.js";

const statutoryOnly = (from: number, to = from) => createWorkingCalendar({ from, to, replaceBuiltins: true });
const offDates = (cal: ReturnType<typeof statutoryOnly>, y: number, prefix = "") =>
  cal
    .holidaysIn(y)
    .filter((h) => h.date.startsWith(prefix))
    .map((h) => `${h.date} ${h.kind}${h.onRestDay ? " (rest day)" : ""}`);

describe("weekly rest days (WEEKLY_REST_RULES)", () => {
  it("Saturday is a working day until 01/10/1999, a rest day from 02/10/1999; Sunday always rests", () => {
    const c = statutoryOnly(1999);
    expect(c.isWorkingDay("1999-09-25")).toBe(true); // Saturday, six-day week
    expect(c.isWorkingDay("1999-09-26")).toBe(false); // Sunday
    expect(c.isWorkingDay("1999-10-02")).toBe(false); // first Saturday of the five-day week
    expect(c.isWorkingDay("1999-10-04")).toBe(true); // Monday
  });
});

describe("statutory computation by law version", () => {
  it("BLLĐ 1994 (before 2013-05): Tết is 4 days, each one on a weekend gives a compensatory day", () => {
    // Tết 2010 = Sun 14/02: days 13 (Sat), 14 (Sun), 15, 16 → compensatory 17 and 18.
    expect(offDates(statutoryOnly(2010), 2010, "2010-02")).toEqual([
      "2010-02-13 statutory (rest day)",
      "2010-02-14 statutory (rest day)",
      "2010-02-15 statutory",
      "2010-02-16 statutory",
      "2010-02-17 compensatory",
      "2010-02-18 compensatory",
    ]);
    const comp = statutoryOnly(2010)
      .holidaysIn(2010)
      .find((h) => h.date === "2010-02-17");
    expect(comp).toMatchObject({ verified: false });
    expect(comp?.source).toContain("1994");
    expect(comp?.reason.vi).toContain("Nghỉ bù");
    expect(comp?.reason.vi).toContain("(13/02)");
    expect(comp?.reason.en).toContain("(13/02)");
  });
  it("Giỗ Tổ is a day off from 2007 under the 1994 code, not in 2006", () => {
    expect(statutoryOnly(2006).isWorkingDay("2006-04-07")).toBe(true); // 10/3 lunar 2006, a Friday
    expect(statutoryOnly(2007).isWorkingDay("2007-04-26")).toBe(false); // 10/3 lunar 2007, a Thursday
  });
  it("a compensatory day skips days that are already off (30/04/2006 Sunday → 02/05, after 1/5)", () => {
    expect(offDates(statutoryOnly(2006), 2006, "2006-05")).toEqual([
      "2006-05-01 statutory",
      "2006-05-02 compensatory",
    ]);
    expect(statutoryOnly(2006).isWorkingDay("2006-05-03")).toBe(true);
  });
  it("BLLĐ 2012 (2013-05 … 2020): compensatory days cite Điều 110 and are verified", () => {
    const h = statutoryOnly(2019)
      .holidaysIn(2019)
      .find((x) => x.date === "2019-04-15");
    expect(h).toMatchObject({ kind: "compensatory", verified: true });
    expect(h?.source).toBe("Bộ luật Lao động 2012 Điều 110 khoản 3");
  });
  it("BLLĐ 2019 (from 2021): the adjacent 2/9 day starts in 2021, not in 2020; Điều 111 for compensation", () => {
    expect(statutoryOnly(2020).isWorkingDay("2020-09-01")).toBe(true);
    expect(statutoryOnly(2020).isWorkingDay("2020-09-03")).toBe(true);
    // 2/9/2021 was a Thursday: the adjacent day is Friday 03/9 (the decision's choice and the default).
    expect(statutoryOnly(2021).isWorkingDay("2021-09-03")).toBe(false);
    expect(statutoryOnly(2021).isWorkingDay("2021-09-01")).toBe(true);
    const h = statutoryOnly(2021)
      .holidaysIn(2021)
      .find((x) => x.date === "2021-05-03");
    expect(h?.source).toBe("Bộ luật Lao động 2019 Điều 111 khoản 3");
    expect(h?.verified).toBe(true);
  });
  it("the computed adjacent day: after 2/9 on a Sunday, Monday or Thursday, before it otherwise", () => {
    // 2029: 2/9 Sunday → 03/9 adjacent, 04/9 compensatory for the Sunday.
    expect(offDates(statutoryOnly(2029), 2029, "2029-09")).toEqual([
      "2029-09-02 statutory (rest day)",
      "2029-09-03 statutory",
      "2029-09-04 compensatory",
    ]);
    // 2030: 2/9 Monday → 03/9. 2028: 2/9 Saturday → 01/9 (before), compensatory Monday 04/9.
    expect(offDates(statutoryOnly(2030), 2030, "2030-09")).toEqual([
      "2030-09-02 statutory",
      "2030-09-03 statutory",
    ]);
    expect(offDates(statutoryOnly(2028), 2028, "2028-09")).toEqual([
      "2028-09-01 statutory",
      "2028-09-02 statutory (rest day)",
      "2028-09-04 compensatory",
    ]);
    const adj = statutoryOnly(2030)
      .holidaysIn(2030)
      .find((h) => h.date === "2030-09-03");
    expect(adj?.verified).toBe(false);
    expect(adj?.source).toContain("unverified convention");
  });
  it("the computed Tết days are marked as an unverified convention", () => {
    const t = statutoryOnly(2029)
      .holidaysIn(2029)
      .filter((h) => h.date.startsWith("2029-02"));
    expect(t.map((h) => h.date)).toEqual([
      "2029-02-12",
      "2029-02-13",
      "2029-02-14",
      "2029-02-15",
      "2029-02-16",
    ]);
    for (const h of t) {
      expect(h.verified).toBe(false);
      expect(h.source).toContain("Tuesday or Wednesday");
      expect(h.source).toContain("[unverified convention]");
    }
  });
  it("the opt-in Culture Day applies from 2026 only", () => {
    const c = createWorkingCalendar({ from: 2025, to: 2026, optIn: ["nq80-culture-day"] });
    expect(c.isWorkingDay("2025-11-24")).toBe(true);
    expect(c.isWorkingDay("2026-11-24")).toBe(false);
  });
});

describe("yearly tables", () => {
  it("a table's Tết days replace the computed ones and cite both sources", () => {
    const c = createWorkingCalendar({
      from: 2029,
      to: 2029,
      replaceBuiltins: true,
      overrides: [
        {
          year: 2029,
          source: "CV test",
          verified: true,
          tet: ["2029-02-09", "2029-02-12", "2029-02-13", "2029-02-14", "2029-02-15"],
        },
      ],
    });
    expect(c.isWorkingDay("2029-02-09")).toBe(false);
    expect(c.isWorkingDay("2029-02-16")).toBe(true);
    const t = c.holidaysIn(2029).find((h) => h.date === "2029-02-09");
    expect(t).toMatchObject({ kind: "statutory", verified: true });
    expect(t?.source).toContain("Điều 112");
    expect(t?.source).toContain("CV test");
  });
  it("a table's compensatory list replaces the Điều 111(3) computation", () => {
    const c = createWorkingCalendar({
      from: 2029,
      to: 2029,
      replaceBuiltins: true,
      overrides: [{ year: 2029, source: "QĐ bù", verified: true, compensatory: ["2029-09-05"] }],
    });
    expect(c.isWorkingDay("2029-09-04")).toBe(true);
    expect(c.isWorkingDay("2029-09-05")).toBe(false);
    expect(c.holidaysIn(2029).find((h) => h.date === "2029-09-05")).toMatchObject({
      kind: "compensatory",
      source: "QĐ bù",
      verified: true,
      reason: { vi: "Nghỉ bù", en: "Compensatory day off" },
      onRestDay: false,
    });
  });
  it("a table's adjacent day cites the table; its days off keep their kind, default custom", () => {
    const c = createWorkingCalendar({
      from: 2029,
      to: 2029,
      replaceBuiltins: true,
      overrides: [
        {
          year: 2029,
          source: "UBND",
          verified: false,
          nationalDayAdjacent: "2029-09-01",
          daysOff: [
            { date: "2029-10-22", reason: { vi: "Tỉnh", en: "Province" } },
            { date: "2029-10-23", kind: "government-swap", reason: { vi: "Hoán đổi", en: "Swap" } },
          ],
        },
      ],
    });
    const h = c.holidaysIn(2029);
    expect(h.find((x) => x.date === "2029-09-01")?.source).toContain("UBND");
    expect(h.find((x) => x.date === "2029-09-01")?.verified).toBe(false);
    expect(h.find((x) => x.date === "2029-10-22")).toMatchObject({ kind: "custom", source: "UBND" });
    expect(h.find((x) => x.date === "2029-10-23")?.kind).toBe("government-swap");
  });
  it("two tables for one year: later choices win, lists add up; make-up days come sorted", () => {
    const t = (o: Partial<YearOverride>): YearOverride => ({ year: 2029, source: "t", verified: true, ...o });
    const c = createWorkingCalendar({
      from: 2029,
      to: 2029,
      replaceBuiltins: true,
      overrides: [
        t({
          nationalDayAdjacent: "2029-09-03",
          makeUpWorkingDays: [{ date: "2029-10-27", reason: { vi: "b", en: "b" } }],
        }),
        t({
          nationalDayAdjacent: "2029-08-31",
          makeUpWorkingDays: [{ date: "2029-10-20", reason: { vi: "a", en: "a" } }],
        }),
      ],
    });
    expect(c.isWorkingDay("2029-08-31")).toBe(false);
    // 03/9 is no longer the adjacent day; it is the compensatory day for Sunday 02/9.
    expect(offDates(c, 2029, "2029-09-03")).toEqual(["2029-09-03 compensatory"]);
    expect(c.makeUpWorkingDays(2029).map((d) => d.date)).toEqual(["2029-10-20", "2029-10-27"]);
    expect(c.makeUpWorkingDays(2029)[0]).toMatchObject({ source: "t", verified: true, reason: { en: "a" } });
    expect(c.isWorkingDay("2029-10-20")).toBe(true);
  });
  it("holidaysIn is sorted by date and flags days that are rest days anyway", () => {
    const h = defaultCalendar().holidaysIn(2026);
    const dates = h.map((x) => x.date);
    expect(dates).toEqual([...dates].sort());
    expect(h.find((x) => x.date === "2026-04-26")?.onRestDay).toBe(true);
    expect(h.find((x) => x.date === "2026-04-30")?.onRestDay).toBe(false);
    expect(defaultCalendar().makeUpWorkingDays(2027)).toEqual([]);
  });
  it.each([
    ["a null row", null],
    ["a fractional year", { year: 2026.5, source: "x", verified: true }],
    ["a missing source", { year: 2026, verified: true }],
    ["a non-boolean verified", { year: 2026, source: "x", verified: "yes" }],
    ["a bad adjacent day", { year: 2026, source: "x", verified: true, nationalDayAdjacent: "2026-09-31" }],
    ["a bad compensatory day", { year: 2026, source: "x", verified: true, compensatory: ["2026-13-01"] }],
    [
      "a day off without a reason",
      { year: 2026, source: "x", verified: true, daysOff: [{ date: "2026-10-20" }] },
    ],
    [
      "a reason without English",
      { year: 2026, source: "x", verified: true, daysOff: [{ date: "2026-10-20", reason: { vi: "x" } }] },
    ],
    [
      "a reason without Vietnamese",
      { year: 2026, source: "x", verified: true, daysOff: [{ date: "2026-10-20", reason: { en: "x" } }] },
    ],
    [
      "a make-up day with a bad date",
      {
        year: 2026,
        source: "x",
        verified: true,
        makeUpWorkingDays: [{ date: 20261024, reason: { vi: "x", en: "x" } }],
      },
    ],
  ])("rejects %s as invalid-override", (_, row) => {
    expect(
      code(() =>
        createWorkingCalendar({ from: 2026, to: 2026, overrides: [row as unknown as YearOverride] }),
      ),
    ).toBe("invalid-override");
  });
  it("names the bad date and its year", () => {
    try {
      createWorkingCalendar({
        from: 2026,
        to: 2026,
        overrides: [{ year: 2026, source: "x", verified: true, tet: ["2026-02-30"] }],
      });
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toContain('"2026-02-30"');
      expect((e as CalendarError).messages.en).toContain("2026");
      expect((e as CalendarError).messages.vi).toContain('"2026-02-30"');
    }
  });
});

describe("createWorkingCalendar options and ranges", () => {
  it("the default calendar covers 1990–2100 and is built once", () => {
    const d = defaultCalendar();
    expect(d).toBe(defaultCalendar());
    expect([d.fromYear, d.toYear]).toEqual([1990, 2100]);
    expect(d.days.firstDay).toBe(toEpochDay("1990-01-01"));
    expect(d.days.lastDay).toBe(toEpochDay("2100-12-31"));
    expect(d.holidaysIn(2026)).toEqual(createWorkingCalendar({ from: 2026, to: 2026 }).holidaysIn(2026));
  });
  it("from/to default separately and accept a single year at the edges", () => {
    expect(createWorkingCalendar({ from: 2095 }).toYear).toBe(2100);
    expect(createWorkingCalendar({ to: 1991 }).fromYear).toBe(1990);
    const first = createWorkingCalendar({ from: 1900, to: 1900 });
    expect(first.days.firstDay).toBe(toEpochDay("1900-01-01"));
    expect(createWorkingCalendar({ from: 2199, to: 2199 }).days.lastDay).toBe(toEpochDay("2199-12-31"));
  });
  it.each([
    [{ from: 1899, to: 1900 }],
    [{ from: 2199, to: 2200 }],
    [{ from: 2020.5, to: 2021 }],
    [{ from: 2020, to: Number.NaN }],
    [{ from: 2021, to: 2020 }],
  ])("rejects %j with invalid-argument", (opts) => {
    expect(code(() => createWorkingCalendar(opts))).toBe("invalid-argument");
  });
  it("lists the known opt-in ids when given an unknown one", () => {
    try {
      createWorkingCalendar({ from: 2026, to: 2026, optIn: ["x"] });
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).code).toBe("invalid-argument");
      expect((e as CalendarError).messages.en).toContain("nq80-culture-day");
      expect((e as CalendarError).input).toBe("x");
    }
  });
  it("every operation checks both ends of the range", () => {
    const c = createWorkingCalendar({ from: 2022, to: 2022 });
    expect(c.isWorkingDay("2022-01-04")).toBe(true);
    expect(c.isWorkingDay("2022-12-30")).toBe(true);
    expect(code(() => c.isWorkingDay("2021-12-31"))).toBe("out-of-range");
    expect(code(() => c.isWorkingDay("2023-01-01"))).toBe("out-of-range");
    expect(code(() => c.workingDaysBetween("2021-12-31", "2022-01-05"))).toBe("out-of-range");
    expect(code(() => c.workingDaysBetween("2022-01-05", "2023-01-02"))).toBe("out-of-range");
    expect(code(() => c.nextWorkingDay("2023-01-02"))).toBe("out-of-range");
    // 31/12/2022 is a Saturday: there is no working day after it inside the calendar.
    expect(code(() => c.nextWorkingDay("2022-12-31"))).toBe("out-of-range");
    expect(c.nextWorkingDay("2022-12-30")).toBe("2022-12-30");
    expect(c.addWorkingDays("2022-12-29", 1)).toBe("2022-12-30");
    expect(code(() => c.addWorkingDays("2022-12-30", 1))).toBe("out-of-range");
    // 04/01/2022 is the first working day (01/01 Saturday, compensatory Monday 03/01).
    expect(c.addWorkingDays("2022-01-05", -1)).toBe("2022-01-04");
    expect(code(() => c.addWorkingDays("2022-01-05", -2))).toBe("out-of-range");
    expect(code(() => c.addWorkingDays("2023-01-05", 0))).toBe("out-of-range");
    expect(code(() => c.holidaysIn(2023))).toBe("out-of-range");
    expect(code(() => c.holidaysIn(2022.5))).toBe("out-of-range");
    expect(code(() => c.makeUpWorkingDays(2021))).toBe("out-of-range");
    expect(c.workingDaysBetween("2022-01-01", "2022-01-04")).toBe(1);
  });
  it("rejects a non-integer day count", () => {
    const c = createWorkingCalendar({ from: 2026, to: 2026 });
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, 0.5]) {
      expect(code(() => c.addWorkingDays("2026-03-02", n))).toBe("invalid-argument");
    }
  });
  it("counts working days from a day off forwards and backwards", () => {
    const c = createWorkingCalendar({ from: 2026, to: 2026 });
    expect(c.addWorkingDays("2026-02-18", 1)).toBe("2026-02-23"); // inside Tết
    expect(c.addWorkingDays("2026-02-18", -1)).toBe("2026-02-13");
    expect(c.workingDaysBetween("2026-02-14", "2026-02-22")).toBe(0);
  });
});

describe("boundaries found by mutation testing", () => {
  it("a rule applies on its first and on its last day", () => {
    // 01/01/2021 (Friday) is the first day of BLLĐ 2019; 30/04/2013 (Tuesday) the last day of the 1994 code.
    expect(statutoryOnly(2021).isWorkingDay("2021-01-01")).toBe(false);
    expect(statutoryOnly(2013).isWorkingDay("2013-04-30")).toBe(false);
  });
  it("every holiday row of a year without a table is a real date, statutory or compensatory", () => {
    for (const h of statutoryOnly(2010).holidaysIn(2010)) {
      expect(h.date).toMatch(/^2010-\d{2}-\d{2}$/);
      expect(["statutory", "compensatory"]).toContain(h.kind);
    }
    const hung = statutoryOnly(2010)
      .holidaysIn(2010)
      .find((h) => h.date === "2010-04-23");
    expect(hung?.kind).toBe("statutory");
    const adjacent = createWorkingCalendar({
      from: 2030,
      to: 2030,
      replaceBuiltins: true,
      overrides: [{ year: 2030, source: "t", verified: true, nationalDayAdjacent: "2030-09-03" }],
    })
      .holidaysIn(2030)
      .find((h) => h.date === "2030-09-03");
    expect(adjacent?.kind).toBe("statutory");
  });
  it("the last day of the range can be queried", () => {
    const c = createWorkingCalendar({ from: 2022, to: 2022 });
    expect(c.isWorkingDay("2022-12-31")).toBe(false);
    expect(c.workingDaysBetween("2022-12-30", "2022-12-31")).toBe(0);
  });
  it("only opt-in rules can be opted in", () => {
    expect(code(() => createWorkingCalendar({ from: 2026, to: 2026, optIn: ["blld2019-tet"] }))).toBe(
      "invalid-argument",
    );
  });
  it("a null day-off row is an invalid-override, not a TypeError", () => {
    const row = { year: 2026, source: "x", verified: true, daysOff: [null] } as unknown as YearOverride;
    expect(code(() => createWorkingCalendar({ from: 2026, to: 2026, overrides: [row] }))).toBe(
      "invalid-override",
    );
  });
  it("range and count errors say what and where, in both languages", () => {
    const c = createWorkingCalendar({ from: 2022, to: 2022 });
    try {
      c.addWorkingDays("2022-12-30", 3);
      expect.unreachable();
    } catch (e) {
      const err = e as CalendarError;
      expect(err.input).toEqual({ day: toEpochDay("2022-12-30"), n: 3 });
      expect(err.messages.en).toContain("(2022–2022)");
      expect(err.messages.vi).toContain("(2022–2022)");
    }
    try {
      c.addWorkingDays("2022-06-01", 0.5);
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toBe("the day count must be an integer: 0.5");
      expect((e as CalendarError).messages.vi).toContain("0.5");
    }
    try {
      createWorkingCalendar({ from: 2030, to: 2020 });
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toContain("2030–2020");
      expect((e as CalendarError).messages.vi).toContain("2030–2020");
    }
    try {
      createWorkingCalendar({ from: 2026, to: 2026, optIn: ["zz"] });
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.vi).toContain("zz");
    }
    try {
      createWorkingCalendar({ from: 2026, to: 2026, overrides: [{ year: 2026 } as YearOverride] });
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toContain("needs year (integer), source and verified");
      expect((e as CalendarError).messages.vi).toContain("source");
    }
    try {
      createWorkingCalendar({
        from: 2026,
        to: 2026,
        overrides: [
          {
            year: 2026,
            source: "x",
            verified: true,
            daysOff: [{ date: "2026-10-20" }],
          } as unknown as YearOverride,
        ],
      });
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toContain("missing reason { vi, en } for 2026-10-20");
      expect((e as CalendarError).messages.vi).toContain("2026-10-20");
    }
  });
});
