import { describe, expect, it } from "vitest";
import {
  CalendarRangeError,
  createWorkingCalendar,
  customPeriod,
  defaultCalendar,
  reportDeadline,
  reportingPeriod,
} from "../../src/calendar/index.js";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";

describe("reportDeadline: the NĐ 09/2019 due date and rest days", () => {
  it("the 20th of the last month, unchanged on a working day", () => {
    expect(reportDeadline(reportingPeriod("quarter", 2022, 3))).toMatchObject({
      due: "2022-09-20",
      onRestDay: false,
      effectiveDue: "2022-09-20",
    });
  });
  it("moves to the next working day when the 20th is a weekly rest day (BLDS 2015 Điều 148)", () => {
    const d = reportDeadline(reportingPeriod("year", 2025));
    expect(d).toMatchObject({ due: "2025-12-20", onRestDay: true, effectiveDue: "2025-12-22" });
    expect(d?.source).toContain("581/BNV-CCHC");
    expect(d?.moveSource).toContain("Điều 148");
  });
  it("for every NĐ 09 period 2018–2030 the effective date is the first working day on or after the 20th", () => {
    const cal = defaultCalendar();
    for (let y = 2018; y <= 2030; y++) {
      const periods = [
        ...[1, 2, 3, 4].map((q) => reportingPeriod("quarter", y, q)),
        ...Array.from({ length: 12 }, (_, m) => reportingPeriod("month", y, m + 1)),
        reportingPeriod("half-year", y),
        reportingPeriod("year", y),
      ];
      for (const p of periods) {
        const d = reportDeadline(p)!;
        expect(d.due).toBe(p.reportDue);
        expect(d.onRestDay).toBe(!cal.isWorkingDay(d.due));
        expect(d.effectiveDue).toBe(cal.nextWorkingDay(d.due));
      }
    }
  });
  it("uses the calendar passed in (a province's own day off)", () => {
    const cal = createWorkingCalendar({
      from: 2022,
      to: 2022,
      overrides: [
        {
          year: 2022,
          source: "provincial decision (test)",
          verified: true,
          daysOff: [{ date: "2022-09-20", reason: { vi: "Nghỉ", en: "Off" } }],
        },
      ],
    });
    expect(reportDeadline(reportingPeriod("quarter", 2022, 3), cal)).toMatchObject({
      onRestDay: true,
      effectiveDue: "2022-09-21",
    });
    expect(() => reportDeadline(reportingPeriod("quarter", 2023, 3), cal)).toThrow(CalendarRangeError);
  });
  it("no due date for calendar or custom windows", () => {
    expect(reportDeadline(reportingPeriod("half-year", 2022, 1, { regime: "calendar" }))).toBeNull();
    expect(reportDeadline(customPeriod("2022-01-01", "2022-03-31"))).toBeNull();
  });
  it("cchc period says when the due date falls on a rest day", async () => {
    const m = memoryIO();
    expect(await runCli(["period", "year", "2025", "--format", "json"], m.io)).toBe(0);
    expect(JSON.parse(m.stdout)).toMatchObject({
      reportDue: "2025-12-20",
      reportDueOnRestDay: true,
      reportDueEffective: "2025-12-22",
    });
    const t = memoryIO();
    await runCli(["period", "year", "2025"], t.io);
    expect(t.stdout).toContain("2025-12-22");
    const q = memoryIO();
    await runCli(["period", "quarter", "2022", "3"], q.io);
    expect(q.stdout).not.toContain("moves to");
  });
});
