import { describe, expect, it } from "vitest";
import {
  type CalendarError,
  customPeriod,
  formatPeriodId,
  type PeriodId,
  parsePeriodId,
  reportingPeriod,
} from "../../src/calendar/index.js";
import { code } from "./error-code.js";

describe("reportingPeriod: the windows not covered by the main table", () => {
  it("H2 (NĐ 09 by analogy) runs 15/06 → 14/12 and is due 20/12", () => {
    expect(reportingPeriod("half-year", 2022, 2)).toEqual({
      id: "2022H2",
      kind: "half-year",
      year: 2022,
      index: 2,
      regime: "nd09-2019",
      from: "2022-06-15",
      to: "2022-12-14",
      reportDue: "2022-12-20",
    });
  });
  it("a period without an index has no index field; a month period carries its index", () => {
    expect(reportingPeriod("year", 2022)).not.toHaveProperty("index");
    expect(reportingPeriod("nine-months", 2022)).not.toHaveProperty("index");
    expect(reportingPeriod("month", 2022, 7)).toMatchObject({ index: 7, kind: "month", year: 2022 });
    expect(reportingPeriod("half-year", 2022).index).toBe(1);
  });
  it.each([
    ["month", 5, "2022-05-01", "2022-05-31"],
    ["month", 12, "2022-12-01", "2022-12-31"],
    ["quarter", 1, "2022-01-01", "2022-03-31"],
    ["quarter", 2, "2022-04-01", "2022-06-30"],
    ["half-year", 2, "2022-07-01", "2022-12-31"],
    ["nine-months", undefined, "2022-01-01", "2022-09-30"],
    ["year", undefined, "2022-01-01", "2022-12-31"],
  ] as const)("calendar regime: %s %s is %s … %s", (kind, index, from, to) => {
    expect(reportingPeriod(kind, 2022, index, { regime: "calendar" })).toMatchObject({
      from,
      to,
      regime: "calendar",
      reportDue: null,
    });
  });
  it("an NĐ 09 month window crosses into the previous month (M03: 15/02 → 14/03)", () => {
    expect(reportingPeriod("month", 2023, 3)).toMatchObject({ from: "2023-02-15", to: "2023-03-14" });
    expect(reportingPeriod("quarter", 2023, 2)).toMatchObject({
      from: "2023-03-15",
      to: "2023-06-14",
      reportDue: "2023-06-20",
    });
  });
  it("rejects an unknown regime, kind, year or index with invalid-argument", () => {
    expect(code(() => reportingPeriod("year", 2022, undefined, { regime: "weekly" as "calendar" }))).toBe(
      "invalid-argument",
    );
    expect(code(() => reportingPeriod("week" as "year", 2022))).toBe("invalid-argument");
    expect(code(() => reportingPeriod("month", 2022, 0))).toBe("invalid-argument");
    expect(code(() => reportingPeriod("month", 2022, 13))).toBe("invalid-argument");
    expect(code(() => reportingPeriod("month", 2022, 1.5))).toBe("invalid-argument");
    expect(code(() => reportingPeriod("half-year", 2022, 3))).toBe("invalid-argument");
    expect(code(() => reportingPeriod("nine-months", 2022, 1))).toBe("invalid-argument");
    try {
      reportingPeriod("year", 2022, 2);
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toBe("a year period takes no index");
      expect((e as CalendarError).messages.vi).toContain("year");
      expect((e as CalendarError).input).toBe(2);
    }
    try {
      reportingPeriod("year", 1800);
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toContain("1800");
      expect((e as CalendarError).messages.vi).toContain("1800");
    }
    expect(code(() => reportingPeriod("year", 2200))).toBe("invalid-argument");
    expect(code(() => reportingPeriod("year", 1899))).toBe("invalid-argument");
    expect(code(() => reportingPeriod("year", 2022.5))).toBe("invalid-argument");
  });
  it("accepts the edges of the supported years and indexes", () => {
    expect(reportingPeriod("year", 1900, undefined, { regime: "calendar" }).from).toBe("1900-01-01");
    expect(reportingPeriod("year", 2199).to).toBe("2199-12-14");
    expect(reportingPeriod("month", 2022, 1).id).toBe("2022M01");
    expect(reportingPeriod("month", 2022, 12).id).toBe("2022M12");
    expect(reportingPeriod("quarter", 2022, 4).id).toBe("2022Q4");
  });
  it("says what is wrong in both languages", () => {
    try {
      reportingPeriod("quarter", 2022, 5);
      expect.unreachable();
    } catch (e) {
      const err = e as CalendarError;
      expect(err.messages.en).toContain("1–4");
      expect(err.messages.vi).toContain("1–4");
      expect(err.input).toBe(5);
    }
  });
});

describe("formatPeriodId / parsePeriodId", () => {
  it("prints each kind", () => {
    const ids: [PeriodId, string][] = [
      [{ kind: "month", year: 2022, index: 9 }, "2022M09"],
      [{ kind: "month", year: 2022, index: 10 }, "2022M10"],
      [{ kind: "quarter", year: 2022, index: 2 }, "2022Q2"],
      [{ kind: "half-year", year: 2022 }, "2022H1"],
      [{ kind: "half-year", year: 2022, index: 2 }, "2022H2"],
      [{ kind: "nine-months", year: 2022 }, "2022N9"],
      [{ kind: "year", year: 2022 }, "2022"],
    ];
    for (const [p, id] of ids) expect(formatPeriodId(p)).toBe(id);
    expect(code(() => formatPeriodId({ kind: "quarter", year: 2022 }))).toBe("invalid-argument");
    expect(code(() => formatPeriodId(undefined as unknown as PeriodId))).toBe("invalid-argument");
  });
  it("parses each kind into its fields", () => {
    expect(parsePeriodId("2022H2")).toEqual({ ok: true, value: { kind: "half-year", year: 2022, index: 2 } });
    expect(parsePeriodId("2022M10")).toEqual({ ok: true, value: { kind: "month", year: 2022, index: 10 } });
    expect(parsePeriodId("2022Q4")).toEqual({ ok: true, value: { kind: "quarter", year: 2022, index: 4 } });
    expect(parsePeriodId("2022N9")).toEqual({ ok: true, value: { kind: "nine-months", year: 2022 } });
    expect(parsePeriodId("2022")).toEqual({ ok: true, value: { kind: "year", year: 2022 } });
  });
  it("accepts years 1900–2199 only, and no surrounding text", () => {
    expect(parsePeriodId("1900").ok).toBe(true);
    expect(parsePeriodId("2199Q1").ok).toBe(true);
    expect(parsePeriodId("1899").ok).toBe(false);
    expect(parsePeriodId("2200").ok).toBe(false);
    expect(parsePeriodId(" 2022").ok).toBe(false);
    expect(parsePeriodId("2022Q1 ").ok).toBe(false);
    expect(parsePeriodId("x2022").ok).toBe(false);
    expect(parsePeriodId(2022 as unknown as string).ok).toBe(false);
  });
  it("a failure carries the input, a code and both languages", () => {
    const r = parsePeriodId("2022Q5");
    expect(r).toMatchObject({ ok: false, error: { code: "invalid-argument", input: "2022Q5" } });
    if (!r.ok) {
      expect(r.error.message.vi).toContain("2022Q5");
      expect(r.error.message.en).toContain("2022Q5");
    }
  });
});

describe("customPeriod", () => {
  it("takes its year from the last day and accepts a one-day window", () => {
    expect(customPeriod("2021-12-15", "2022-06-14")).toEqual({
      id: "2021-12-15..2022-06-14",
      kind: "custom",
      year: 2022,
      regime: "custom",
      from: "2021-12-15",
      to: "2022-06-14",
      reportDue: null,
    });
    expect(customPeriod("2022-03-01", "2022-03-01").id).toBe("2022-03-01..2022-03-01");
  });
  it("rejects malformed dates and a reversed window with typed errors", () => {
    expect(code(() => customPeriod("2022-02-30", "2022-03-01"))).toBe("invalid-date");
    expect(code(() => customPeriod("2022-01-01", "30/06/2022"))).toBe("invalid-date");
    expect(code(() => customPeriod("2022-03-02", "2022-03-01"))).toBe("invalid-argument");
    try {
      customPeriod("2022-03-02", "2022-03-01");
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toContain("2022-03-02 is after 2022-03-01");
      expect((e as CalendarError).messages.vi).toContain("2022-03-02");
      expect((e as CalendarError).input).toEqual({ from: "2022-03-02", to: "2022-03-01" });
    }
  });
});
