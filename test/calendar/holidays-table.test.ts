import { describe, expect, it } from "vitest";
import {
  STATUTORY_HOLIDAY_RULES,
  toEpochDay,
  WEEKLY_REST_RULES,
  YEARLY_DECISIONS,
} from "../../src/calendar/index.js";

describe("STATUTORY_HOLIDAY_RULES", () => {
  const byCode = (prefix: string) => STATUTORY_HOLIDAY_RULES.filter((r) => r.id.startsWith(prefix));
  it("has the BLLĐ 2019 set from 2021 (7 rows, verified, Điều 112)", () => {
    const rows = byCode("blld2019-");
    expect(rows.map((r) => r.holiday)).toEqual([
      "new-year",
      "tet",
      "hung-kings",
      "reunification",
      "labour",
      "national-day",
      "national-day-adjacent",
    ]);
    for (const r of rows) {
      expect(r.id).toBe(`blld2019-${r.holiday}`);
      expect(r).toMatchObject({ effectiveFrom: "2021-01-01", verified: true });
      expect(r.effectiveTo).toBeUndefined();
      expect(r.source).toBe("Bộ luật Lao động 2019 (45/2019/QH14) Điều 112 khoản 1");
    }
    expect(rows.find((r) => r.holiday === "tet")).toMatchObject({ rule: "tet", days: 5 });
    expect(rows.find((r) => r.holiday === "hung-kings")).toMatchObject({ rule: "lunar", month: 3, day: 10 });
    expect(rows.find((r) => r.holiday === "national-day-adjacent")).toMatchObject({
      rule: "adjacent",
      month: 9,
      day: 2,
    });
    expect(rows.find((r) => r.holiday === "labour")).not.toHaveProperty("days");
  });
  it("has the BLLĐ 2012 set for 2013-05-01 … 2020-12-31 (6 rows, Điều 115)", () => {
    const rows = byCode("blld2012-");
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      expect(r.id).toBe(`blld2012-${r.holiday}`);
      expect(r).toMatchObject({ effectiveFrom: "2013-05-01", effectiveTo: "2020-12-31", verified: true });
      expect(r.source).toBe("Bộ luật Lao động 2012 (10/2012/QH13) Điều 115 khoản 1");
    }
    expect(rows.find((r) => r.holiday === "tet")?.days).toBe(5);
  });
  it("has the BLLĐ 1994 set as unverified, Tết 4 days, Giỗ Tổ from 2007", () => {
    const rows = byCode("blld1994-");
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      expect(r.id).toBe(`blld1994-${r.holiday}`);
      expect(r).toMatchObject({ effectiveTo: "2013-04-30", verified: false });
      expect(r.source).toContain("[unverified]");
      expect(r.effectiveFrom).toBe(r.holiday === "hung-kings" ? "2007-01-01" : "1995-01-01");
    }
    expect(rows.find((r) => r.holiday === "tet")?.days).toBe(4);
  });
  it("has the opt-in, unverified Culture Day 24/11 from 2026", () => {
    const r = STATUTORY_HOLIDAY_RULES.find((x) => x.id === "nq80-culture-day");
    expect(r).toMatchObject({
      holiday: "culture-day",
      rule: "solar",
      month: 11,
      day: 24,
      effectiveFrom: "2026-01-01",
      verified: false,
      optIn: true,
    });
    expect(r?.source).toContain("unverified");
    expect(STATUTORY_HOLIDAY_RULES.filter((x) => x.optIn)).toHaveLength(1);
  });
  it("names every holiday in both languages", () => {
    const names = new Map(STATUTORY_HOLIDAY_RULES.map((r) => [r.holiday, r.reason]));
    expect(names.get("new-year")).toEqual({ vi: "Tết Dương lịch", en: "New Year's Day" });
    expect(names.get("tet")).toEqual({ vi: "Tết Nguyên đán", en: "Lunar New Year (Tết)" });
    expect(names.get("hung-kings")?.vi).toContain("Giỗ Tổ Hùng Vương");
    expect(names.get("reunification")?.vi).toContain("30/4");
    expect(names.get("labour")?.en).toContain("1 May");
    expect(names.get("national-day")?.vi).toContain("Quốc khánh");
    expect(names.get("national-day-adjacent")?.en).toContain("adjacent");
    expect(names.get("culture-day")?.vi).toContain("24/11");
    for (const [, r] of names) {
      expect(r.vi.length).toBeGreaterThan(5);
      expect(r.en.length).toBeGreaterThan(5);
    }
  });
});

describe("WEEKLY_REST_RULES", () => {
  it("Sunday only until 1999-10-01, Saturday and Sunday from 1999-10-02, citing QĐ 188/1999", () => {
    expect(WEEKLY_REST_RULES).toHaveLength(2);
    expect(WEEKLY_REST_RULES[0]).toMatchObject({
      effectiveFrom: "1900-01-01",
      effectiveTo: "1999-10-01",
      restDays: [7],
      verified: false,
    });
    expect(WEEKLY_REST_RULES[1]).toMatchObject({
      effectiveFrom: "1999-10-02",
      restDays: [6, 7],
      verified: false,
    });
    for (const r of WEEKLY_REST_RULES) expect(r.source).toContain("188/1999");
  });
});

describe("YEARLY_DECISIONS", () => {
  it("covers 2020 and 2022–2026, unverified, each with 5 consecutive Tết days in its own year", () => {
    expect(YEARLY_DECISIONS.map((y) => y.year)).toEqual([2020, 2022, 2023, 2024, 2025, 2026]);
    for (const y of YEARLY_DECISIONS) {
      expect(y.verified).toBe(false);
      expect(y.source).toMatch(/\[secondary/);
      const tet = (y.tet ?? []).map(toEpochDay);
      expect(tet).toHaveLength(5);
      expect(tet.map((d) => d - (tet[0] ?? 0))).toEqual([0, 1, 2, 3, 4]);
      for (const d of y.tet ?? []) expect(d.startsWith(`${y.year}-`)).toBe(true);
      if (y.nationalDayAdjacent)
        expect(y.nationalDayAdjacent).toMatch(new RegExp(`^${y.year}-0(8-3[01]|9-0[13])$`));
    }
  });
  it("pairs every government swap with a make-up day and explains both in two languages", () => {
    for (const y of YEARLY_DECISIONS) {
      expect(y.daysOff?.length ?? 0).toBe(y.makeUpWorkingDays?.length ?? 0);
      for (const e of [...(y.daysOff ?? []), ...(y.makeUpWorkingDays ?? [])]) {
        expect(e.date.startsWith(`${y.year}-`)).toBe(true);
        expect(e.reason.vi.length).toBeGreaterThan(10);
        expect(e.reason.en.length).toBeGreaterThan(10);
      }
      for (const e of y.daysOff ?? []) expect(e.kind).toBe("government-swap");
    }
    const y2026 = YEARLY_DECISIONS.find((y) => y.year === 2026);
    expect(y2026?.daysOff?.[0]?.reason.vi).toContain("Quốc khánh");
    expect(y2026?.makeUpWorkingDays?.[0]?.reason.en).toContain("31/8/2026");
    expect(YEARLY_DECISIONS.find((y) => y.year === 2024)?.makeUpWorkingDays?.[0]?.reason.vi).toContain(
      "29/4/2024",
    );
    expect(YEARLY_DECISIONS.find((y) => y.year === 2025)?.daysOff?.[0]?.reason.en).toContain("30/4–1/5");
  });
});
