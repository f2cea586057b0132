// Regressions found by test/fuzz/calendar.fuzz.test.ts. They belong in test/calendar/, which another
// engineer is editing; kept here until it can be moved.
import { describe, expect, it } from "vitest";
import {
  CalendarError,
  classifyDossier,
  countDossiers,
  createWorkingCalendar,
  defaultCalendar,
  fromEpochDay,
  onTimeRate,
  parsePeriodId,
  reportingPeriod,
  toEpochDay,
} from "../../src/calendar/index.js";

const PERIOD = { period: { from: "2022-01-01", to: "2022-06-30" } };

describe("calendar: plain-JS inputs give CalendarError, not TypeError", () => {
  it("BigInt and Symbol inputs (the error message used to throw while quoting them)", () => {
    expect(() => toEpochDay(1n as never)).toThrow(CalendarError);
    expect(() => reportingPeriod("year", 2022n as never)).toThrow(CalendarError);
    expect(() => fromEpochDay(Symbol("n") as never)).toThrow(CalendarError);
    expect(() => defaultCalendar().addWorkingDays("2022-01-03", Symbol("n") as never)).toThrow(CalendarError);
    expect(() =>
      onTimeRate(countDossiers([], PERIOD), { denominator: "resolved", decimals: Symbol() as never }),
    ).toThrow(CalendarError);
    expect(parsePeriodId(1n as never).ok).toBe(false);
  });

  it("quotes the input in the message: strings as JSON, numbers as written", () => {
    expect(() => toEpochDay("2022-02-30")).toThrow(/"2022-02-30"/);
    expect(() => fromEpochDay(Number.NaN)).toThrow(/invalid epoch day NaN/);
    expect(() => toEpochDay(1n as never)).toThrow(/invalid date 1 /);
  });

  it("null dossier, options and counts", () => {
    expect(() => classifyDossier(null as never, { asOf: "2022-06-30T00:00:00+07:00" })).toThrow(
      CalendarError,
    );
    expect(() => createWorkingCalendar(null as never)).not.toThrow();
    expect(reportingPeriod("year", 2022, undefined, null as never).id).toBe("2022");
    expect(() => onTimeRate(null as never, { denominator: "resolved" })).toThrow(CalendarError);
    expect(() => onTimeRate({} as never, { denominator: "received" })).toThrow(CalendarError);
    expect(countDossiers([null as never], PERIOD).invalid.total).toBe(1);
  });

  it("valid inputs are unaffected", () => {
    const counts = countDossiers([], PERIOD);
    expect(
      onTimeRate(
        { ...counts, resolved: { early: 5, onTime: 2, late: 1, total: 8 } },
        { denominator: "resolved" },
      ).value,
    ).toBe("87.50");
    expect(createWorkingCalendar({ from: 2022, to: 2022 }).addWorkingDays("2022-01-03", 1)).toBe(
      "2022-01-04",
    );
  });
});
