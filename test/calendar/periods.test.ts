import { describe, expect, it } from "vitest";
import {
  CalendarError,
  customPeriod,
  formatPeriodId,
  parsePeriodId,
  reportingPeriod,
} from "../../src/calendar/index.js";

describe("reportingPeriod (NĐ 09/2019 Điều 12)", () => {
  it.each([
    ["month", 1, "2022M01", "2021-12-15", "2022-01-14", "2022-01-20"],
    ["month", 5, "2022M05", "2022-04-15", "2022-05-14", "2022-05-20"],
    ["quarter", 1, "2022Q1", "2021-12-15", "2022-03-14", "2022-03-20"],
    ["quarter", 3, "2022Q3", "2022-06-15", "2022-09-14", "2022-09-20"],
    ["half-year", 1, "2022H1", "2021-12-15", "2022-06-14", "2022-06-20"],
    ["nine-months", undefined, "2022N9", "2021-12-15", "2022-09-14", "2022-09-20"],
    ["year", undefined, "2022", "2021-12-15", "2022-12-14", "2022-12-20"],
  ] as const)("%s %s → %s", (kind, index, id, from, to, reportDue) => {
    expect(reportingPeriod(kind, 2022, index)).toMatchObject({
      id,
      from,
      to,
      reportDue,
      regime: "nd09-2019",
    });
  });
  it("half-year defaults to H1", () => {
    expect(reportingPeriod("half-year", 2022).id).toBe("2022H1");
  });
  it("calendar regime uses plain calendar windows and no due date", () => {
    expect(reportingPeriod("half-year", 2022, 1, { regime: "calendar" })).toMatchObject({
      from: "2022-01-01",
      to: "2022-06-30",
      reportDue: null,
    });
    expect(reportingPeriod("month", 2024, 2, { regime: "calendar" }).to).toBe("2024-02-29");
    expect(reportingPeriod("quarter", 2022, 4, { regime: "calendar" }).to).toBe("2022-12-31");
  });
  it("rejects bad kinds and indexes", () => {
    expect(() => reportingPeriod("quarter", 2022, 5)).toThrow(CalendarError);
    expect(() => reportingPeriod("quarter", 2022)).toThrow(CalendarError);
    expect(() => reportingPeriod("year", 2022, 1)).toThrow(CalendarError);
    expect(() => reportingPeriod("month", 1800, 1)).toThrow(CalendarError);
  });
});

describe("period ids", () => {
  it("parse and print round-trip", () => {
    for (const id of ["2022", "2022H1", "2022H2", "2022N9", "2022Q3", "2022M05", "2022M12"]) {
      const p = parsePeriodId(id);
      expect(p.ok).toBe(true);
      if (p.ok) expect(formatPeriodId(p.value)).toBe(id);
    }
  });
  it("bad ids are typed failures, not exceptions", () => {
    for (const id of ["2022Q5", "2022M13", "2022M5", "22Q1", "2022H3", "2022N8", ""]) {
      const p = parsePeriodId(id);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.error.message.en).toContain("invalid period id");
    }
  });
});

describe("customPeriod", () => {
  it("keeps the stated window", () => {
    expect(customPeriod("2022-01-01", "2022-06-30")).toMatchObject({
      id: "2022-01-01..2022-06-30",
      kind: "custom",
      year: 2022,
      reportDue: null,
    });
  });
  it("rejects a reversed window", () => {
    expect(() => customPeriod("2022-06-30", "2022-01-01")).toThrow(CalendarError);
  });
});
