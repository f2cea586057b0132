import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CalendarError,
  fromEpochDay,
  isoWeekday,
  toEpochDay,
  vietnamDate,
  vietnamTimeOfDay,
} from "../../src/calendar/index.js";

describe("epoch days", () => {
  it("counts days from 1970-01-01", () => {
    expect(toEpochDay("1970-01-01")).toBe(0);
    expect(toEpochDay("1969-12-31")).toBe(-1);
    expect(toEpochDay("2000-03-01") - toEpochDay("2000-02-28")).toBe(2); // 2000 is a leap year
    expect(toEpochDay("1900-03-01") - toEpochDay("1900-02-28")).toBe(1); // 1900 is not
    expect(fromEpochDay(toEpochDay("2026-02-17"))).toBe("2026-02-17");
  });
  it("rejects impossible dates with a typed bilingual error", () => {
    for (const bad of ["2026-02-29", "2026-13-01", "2026-1-01", "20260217", ""]) {
      expect(() => toEpochDay(bad)).toThrow(CalendarError);
    }
    expect(() => fromEpochDay(1.5)).toThrow(CalendarError);
  });
  it("round-trips any day 0001–9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => toEpochDay(fromEpochDay(n)) === n),
    );
  });
  it("agrees with Date for the weekday", () => {
    expect(isoWeekday("2026-02-17")).toBe(2);
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => {
        const js = new Date(n * 86400000).getUTCDay();
        return isoWeekday(fromEpochDay(n)) === (js === 0 ? 7 : js);
      }),
    );
  });
});

describe("vietnamDate / vietnamTimeOfDay", () => {
  it("reads an instant in Vietnam time (UTC+7)", () => {
    expect(vietnamDate("2026-02-16T18:30:00Z")).toBe("2026-02-17");
    expect(vietnamDate("2026-02-16T16:59:59Z")).toBe("2026-02-16");
    expect(vietnamDate("2026-02-17T00:30:00+09:00")).toBe("2026-02-16");
    expect(vietnamDate("2026-02-16T12:00:00-0500")).toBe("2026-02-17");
    expect(vietnamDate(new Date("2026-02-16T18:30:00Z"))).toBe("2026-02-17");
    expect(vietnamDate("2026-02-17")).toBe("2026-02-17");
    expect(vietnamTimeOfDay("2026-02-17T08:30:00Z")).toBe(930);
    expect(vietnamTimeOfDay("2026-02-17T15:00:59.999+07:00")).toBe(900);
  });
  it("rejects date-times without an offset and invalid dates", () => {
    for (const bad of ["2026-02-17T08:00:00", "2026-02-17T25:00Z", "2026-02-30T08:00Z", "tomorrow"]) {
      expect(() => vietnamDate(bad)).toThrow(CalendarError);
    }
    expect(() => vietnamDate(new Date(Number.NaN))).toThrow(/invalid instant/);
  });
  it("agrees with Date for any instant and offset", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4102444800 }), fc.integer({ min: -48, max: 56 }), (sec, q) => {
        const off = q * 15;
        const local = new Date((sec + off * 60) * 1000).toISOString().slice(0, 19);
        const sign = off < 0 ? "-" : "+";
        const a = Math.abs(off);
        const iso = `${local}${sign}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
        const vn = new Date((sec + 7 * 3600) * 1000).toISOString();
        return (
          vietnamDate(iso) === vn.slice(0, 10) &&
          vietnamTimeOfDay(iso) === Number(vn.slice(11, 13)) * 60 + Number(vn.slice(14, 16))
        );
      }),
    );
  });
});
