import { describe, expect, it } from "vitest";
import { yearOf } from "../../src/calendar/date.js";
import {
  CalendarError,
  CalendarRangeError,
  fromEpochDay,
  isoWeekday,
  toEpochDay,
  vietnamDate,
  vietnamTimeOfDay,
} from "../../src/calendar/index.js";
import { code } from "./error-code.js";

describe("toEpochDay: what is a real date", () => {
  it.each(["2024-02-29", "2000-02-29", "2026-04-30", "2026-01-31", "2026-12-31", "0001-01-01", "9999-12-31"])(
    "accepts %s",
    (d) => {
      expect(fromEpochDay(toEpochDay(d))).toBe(d);
    },
  );
  it.each([
    "2026-02-29",
    "2100-02-29",
    "1900-02-29",
    "2026-04-31",
    "2026-06-31",
    "2026-09-31",
    "2026-11-31",
    "2026-01-32",
    "2026-00-10",
    "2026-01-00",
    "0000-01-01",
    "2026/02/17",
    "2026-02/17",
    "2026-0/-17",
    "2026-0:-17",
    "2026-02-1a",
    "2026-02-17 ",
  ])("rejects %s with invalid-date", (d) => {
    expect(code(() => toEpochDay(d))).toBe("invalid-date");
  });
  it("rejects a non-string and names the input in both languages", () => {
    expect(code(() => toEpochDay(20260217 as unknown as string))).toBe("invalid-date");
    try {
      toEpochDay("2026-02-30");
      expect.unreachable();
    } catch (e) {
      const err = e as CalendarError;
      expect(err.name).toBe("CalendarError");
      expect(err.input).toBe("2026-02-30");
      expect(err.messages.vi).toContain('"2026-02-30"');
      expect(err.messages.en).toContain('"2026-02-30"');
      expect(err.message).toBe(`${err.messages.vi} / ${err.messages.en}`);
    }
  });
  it("yearOf gives the Gregorian year of an epoch day", () => {
    expect(yearOf(toEpochDay("2026-12-31"))).toBe(2026);
    expect(yearOf(toEpochDay("2027-01-01"))).toBe(2027);
    expect(yearOf(toEpochDay("2000-02-29"))).toBe(2000);
  });
});

describe("fromEpochDay", () => {
  it("covers years 1–9999 and rejects anything else", () => {
    expect(fromEpochDay(-719162)).toBe("0001-01-01");
    expect(fromEpochDay(2932896)).toBe("9999-12-31");
    expect(fromEpochDay(toEpochDay("0999-10-10"))).toBe("0999-10-10");
    for (const n of [-719163, 2932897, Number.NaN, 1.5, Number.POSITIVE_INFINITY]) {
      expect(code(() => fromEpochDay(n))).toBe("invalid-argument");
    }
  });
});

describe("isoWeekday", () => {
  it("numbers Monday 1 … Sunday 7, before and after 1970", () => {
    expect(isoWeekday("2026-02-16")).toBe(1);
    expect(isoWeekday("2026-02-21")).toBe(6);
    expect(isoWeekday("2026-02-22")).toBe(7);
    expect(isoWeekday("1970-01-01")).toBe(4);
    expect(isoWeekday("1969-12-28")).toBe(7);
    expect(isoWeekday("1969-12-29")).toBe(1);
  });
});

describe("instants: accepted forms", () => {
  it.each([
    ["2026-02-17T08:00Z", "2026-02-17", 900],
    ["2026-02-17t08:00z", "2026-02-17", 900],
    ["2026-02-17 08:00:00Z", "2026-02-17", 900],
    ["2026-02-17T08:00:00.5Z", "2026-02-17", 900],
    ["2026-02-17T08:00:00,123456+07:00", "2026-02-17", 480],
    ["2026-02-17T08:00:59+0700", "2026-02-17", 480],
    ["2026-02-17T23:59:59-00:30", "2026-02-18", 7 * 60 + 29],
    ["2026-02-17T00:00:00+18:00", "2026-02-16", 13 * 60],
    ["2026-02-17T00:00:00-18:00", "2026-02-18", 60],
    ["2026-02-17T16:59:59Z", "2026-02-17", 1439],
    ["2026-02-17T17:00:00Z", "2026-02-18", 0],
    ["2026-02-17", "2026-02-17", 0],
  ])("%s → %s, minute %i", (s, date, minute) => {
    expect(vietnamDate(s)).toBe(date);
    expect(vietnamTimeOfDay(s)).toBe(minute);
  });
  it("reads Date objects, including before 1970 and with milliseconds", () => {
    expect(vietnamTimeOfDay(new Date("2026-02-17T08:30:59.999Z"))).toBe(930);
    expect(vietnamDate(new Date("1960-06-01T20:00:00Z"))).toBe("1960-06-02");
    expect(vietnamTimeOfDay(new Date("1960-06-01T20:00:00Z"))).toBe(180);
    expect(vietnamTimeOfDay("1960-06-01T20:00:00Z")).toBe(180);
    expect(vietnamTimeOfDay(new Date("1969-12-31T23:59:59.500Z"))).toBe(6 * 60 + 59);
  });
});

describe("instants: rejected forms", () => {
  it.each([
    "2026-02-17T08:00",
    "2026-02-17T08:00:00",
    "2026-02-17X08:00Z",
    "2026-02-17T0800Z",
    "2026-02-17T24:00Z",
    "2026-02-17T08:60Z",
    "2026-02-17T08:00:60Z",
    "2026-02-17Ta8:00Z",
    "2026-02-17T08:0aZ",
    "2026-02-17T08:00:0aZ",
    "2026-02-17T08:00:00.Z",
    "2026-02-17T08:00:00,Z",
    "2026-02-17T08:00:00Zx",
    "2026-02-17T08:00:00+07",
    "2026-02-17T08:00:00+07:0",
    "2026-02-17T08:00:00+07:000",
    "2026-02-17T08:00:00+07-00",
    "2026-02-17T08:00:00+19:00",
    "2026-02-17T08:00:00+07:60",
    "2026-02-17T08:00:00+0a:00",
    "2026-02-17T08:00:00+07:0a",
    "2026-02-17T08:00:00+070a",
    "2026-02-17T08:00:00*07:00",
    "2026-02-30T08:00:00Z",
    "2026-02-17T08:00:00.123",
  ])("%s is invalid-instant", (s) => {
    expect(code(() => vietnamDate(s))).toBe("invalid-instant");
    expect(code(() => vietnamTimeOfDay(s))).toBe("invalid-instant");
  });
  it("rejects non-strings and invalid Dates with a readable message", () => {
    expect(code(() => vietnamDate(12 as unknown as string))).toBe("invalid-instant");
    try {
      vietnamDate(new Date(Number.NaN));
      expect.unreachable();
    } catch (e) {
      const err = e as CalendarError;
      expect(err.messages.en).toContain("Invalid Date");
      expect(err.messages.vi).toContain("Invalid Date");
    }
    try {
      vietnamDate("2026-02-17T08:00:00");
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toContain('"2026-02-17T08:00:00"');
      expect((e as CalendarError).messages.vi).toContain('"2026-02-17T08:00:00"');
    }
  });
});

describe("error classes", () => {
  it("a range error is a CalendarError with code out-of-range and its own name", () => {
    const e = new CalendarRangeError({ vi: "ngoài", en: "outside" }, 5);
    expect(e).toBeInstanceOf(CalendarError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("CalendarRangeError");
    expect(e.code).toBe("out-of-range");
    expect(e.message).toBe("ngoài / outside");
    expect(e.input).toBe(5);
  });
});
