import { describe, expect, it } from "vitest";
import {
  createWorkingCalendar,
  DECISION_YEARS,
  fromEpochDay,
  isoWeekday,
  lunarNewYear,
  lunarToSolar,
  STATUTORY_HOLIDAY_RULES,
  toEpochDay,
  WEEKLY_REST_RULES,
  YEARLY_DECISIONS,
} from "../../src/calendar/index.js";

// The holiday tables checked against the rules of the codes they transcribe, not restated.
const statutoryOnly = createWorkingCalendar({ from: 1995, to: 2100, replaceBuiltins: true });
const withCulture = createWorkingCalendar({ from: 2025, to: 2027, optIn: ["nq80-culture-day"] });
const statutoryDays = (y: number) =>
  statutoryOnly.holidaysIn(y).filter((h) => h.kind === "statutory" && !h.reason.vi.includes("24/11"));
const md = (d: string) => d.slice(5);

describe("STATUTORY_HOLIDAY_RULES against the Labour Codes", () => {
  it("gives 01/01, 30/4, 1/5 and 2/9 off every year (BLLĐ 1994 Điều 73, 2012 Điều 115, 2019 Điều 112)", () => {
    for (let y = 1995; y <= 2100; y++) {
      const dates = statutoryDays(y).map((h) => md(h.date));
      for (const fixed of ["01-01", "04-30", "05-01", "09-02"]) expect(dates, `${y}`).toContain(fixed);
    }
  });
  it("gives Giỗ Tổ Hùng Vương on 10/3 lunar from 2007 and not before", () => {
    for (let y = 2000; y <= 2100; y++) {
      const hung = statutoryDays(y).filter((h) => h.reason.vi.includes("Hùng"));
      if (y < 2007) expect(hung, `${y}`).toEqual([]);
      else
        expect(
          hung.map((h) => h.date),
          `${y}`,
        ).toEqual([lunarToSolar({ year: y, month: 3, day: 10 })]);
    }
  });
  it("gives Tết as consecutive days around the lunar new year: 4 under BLLĐ 1994, 5 from May 2013", () => {
    for (let y = 1995; y <= 2100; y++) {
      const tet = statutoryDays(y)
        .filter((h) => h.reason.vi === "Tết Nguyên đán")
        .map((h) => toEpochDay(h.date));
      const n = toEpochDay(lunarNewYear(y)) >= toEpochDay("2013-05-01") ? 5 : 4;
      expect(tet.length, `${y}`).toBe(n);
      expect(tet.map((d) => d - tet[0]!)).toEqual([...Array(n).keys()]);
      expect(tet).toContain(toEpochDay(lunarNewYear(y)));
    }
  });
  it("counts 10 statutory days a year under BLLĐ 2012 and 11 under BLLĐ 2019 (the day next to 2/9)", () => {
    for (let y = 2014; y <= 2020; y++) expect(statutoryDays(y), `${y}`).toHaveLength(10);
    for (let y = 2021; y <= 2100; y++) {
      const days = statutoryDays(y);
      expect(days, `${y}`).toHaveLength(11);
      const adjacent = days.filter((h) => h.reason.vi.includes("liền kề")).map((h) => md(h.date));
      expect(["09-01", "09-03"]).toContain(adjacent[0]);
    }
  });
  it("versions of one holiday never overlap, and verified rows cite no [unverified] source", () => {
    const byHoliday = new Map<string, { from: number; to: number }[]>();
    for (const r of STATUTORY_HOLIDAY_RULES) {
      const from = toEpochDay(r.effectiveFrom);
      const to = r.effectiveTo === undefined ? Number.POSITIVE_INFINITY : toEpochDay(r.effectiveTo);
      expect(from, r.id).toBeLessThanOrEqual(to);
      for (const other of byHoliday.get(r.holiday) ?? []) {
        expect(from > other.to || to < other.from, r.id).toBe(true);
      }
      byHoliday.set(r.holiday, [...(byHoliday.get(r.holiday) ?? []), { from, to }]);
      expect(r.verified, r.id).toBe(!r.source.includes("unverified"));
      expect(r.reason.vi.length * r.reason.en.length, r.id).toBeGreaterThan(0);
    }
  });
  it("keeps 24/11 (Ngày Văn hóa Việt Nam) off only for callers who opt in", () => {
    expect(createWorkingCalendar({ from: 2026, to: 2026 }).isWorkingDay("2026-11-24")).toBe(true);
    expect(withCulture.isWorkingDay("2026-11-24")).toBe(false);
    expect(withCulture.isWorkingDay("2025-11-24")).toBe(true);
  });
});

describe("WEEKLY_REST_RULES", () => {
  it("covers every day from 1900 without gap or overlap; Saturday becomes a rest day on 1999-10-02", () => {
    for (let i = 1; i < WEEKLY_REST_RULES.length; i++) {
      const prev = WEEKLY_REST_RULES[i - 1]!;
      expect(toEpochDay(prev.effectiveTo ?? "2199-12-31") + 1).toBe(
        toEpochDay(WEEKLY_REST_RULES[i]!.effectiveFrom),
      );
    }
    const cal = createWorkingCalendar({ from: 1999, to: 1999, replaceBuiltins: true });
    expect(cal.isWorkingDay("1999-09-25")).toBe(true); // a Saturday
    expect(cal.isWorkingDay("1999-10-02")).toBe(false); // the first rest Saturday
  });
});

describe("YEARLY_DECISIONS against the statutory rules", () => {
  it("covers every year of DECISION_YEARS, one table a year, each with its instruments", () => {
    expect(YEARLY_DECISIONS.map((y) => y.year)).toEqual(
      Array.from({ length: DECISION_YEARS.to - DECISION_YEARS.from + 1 }, (_, i) => DECISION_YEARS.from + i),
    );
    for (const y of YEARLY_DECISIONS) {
      expect(y.instruments?.length, `${y.year}`).toBeGreaterThan(0);
      for (const i of y.instruments ?? []) {
        expect(i.verified).toBe(false);
        expect(i.source).toContain("[secondary]");
        expect(y.source).toContain(i.number ?? i.issuer);
        if (i.date !== null) expect(toEpochDay(i.date)).toBeLessThan(toEpochDay(`${y.year}-12-31`));
      }
      expect(y.verified).toBe(y.instruments?.every((i) => i.verified) ?? false);
    }
  });
  it("chooses 5 consecutive Tết days containing the lunar new year (Điều 115 / Điều 112: 5 days)", () => {
    for (const y of YEARLY_DECISIONS) {
      const tet = (y.tet ?? []).map(toEpochDay);
      expect(
        tet.map((d) => d - tet[0]!),
        `${y.year}`,
      ).toEqual([0, 1, 2, 3, 4]);
      expect(tet).toContain(toEpochDay(lunarNewYear(y.year)));
    }
  });
  it("names a day next to 2/9 only from 2021 (BLLĐ 2019), always 01/9 or 03/9 of its year", () => {
    for (const y of YEARLY_DECISIONS) {
      if (y.year < 2021) expect(y.nationalDayAdjacent, `${y.year}`).toBeUndefined();
      else expect([`${y.year}-09-01`, `${y.year}-09-03`]).toContain(y.nationalDayAdjacent);
    }
  });
  it("swaps only ordinary working days off against weekly rest days worked, one for one", () => {
    const off = YEARLY_DECISIONS.flatMap((y) => y.daysOff ?? []);
    const worked = YEARLY_DECISIONS.flatMap((y) => y.makeUpWorkingDays ?? []);
    expect(off.length).toBe(worked.length);
    for (const e of off) {
      expect(e.kind).toBe("government-swap");
      expect(statutoryOnly.isWorkingDay(e.date), e.date).toBe(true);
    }
    for (const e of worked) expect(isoWeekday(e.date), e.date).toBeGreaterThanOrEqual(6);
    for (const e of [...off, ...worked]) expect(e.reason.vi.length * e.reason.en.length).toBeGreaterThan(0);
  });
  it("is deep-frozen: no caller can change a shared table", () => {
    expect(Object.isFrozen(YEARLY_DECISIONS)).toBe(true);
    expect(Object.isFrozen(YEARLY_DECISIONS[0]?.tet)).toBe(true);
    expect(Object.isFrozen(YEARLY_DECISIONS[0]?.instruments?.[0])).toBe(true);
    expect(Object.isFrozen(STATUTORY_HOLIDAY_RULES[0]?.reason)).toBe(true);
    expect(Object.isFrozen(WEEKLY_REST_RULES[1]?.restDays)).toBe(true);
    expect(() => {
      (YEARLY_DECISIONS[0] as unknown as { year: number }).year = 1999;
    }).toThrow(TypeError);
    expect(fromEpochDay(toEpochDay(YEARLY_DECISIONS[0]!.tet![0]!))).toBe("2018-02-14");
  });
});
