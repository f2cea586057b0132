import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createWorkingCalendar,
  DECISION_YEARS,
  defaultCalendar,
  dossierDueDate,
  fromEpochDay,
  isoWeekday,
  toEpochDay,
  YEARLY_DECISIONS,
} from "../../src/calendar/index.js";

// Each year's weekdays off and weekend days worked for civil servants, transcribed by hand from the
// published schedules (press reports of the instruments in YEARLY_DECISIONS) plus the statutory days
// and Điều 110(3)/111(3) compensatory days. Independent of the table: a wrong row fails here.
const OFFICIAL: Record<number, { off: string[]; worked: string[] }> = {
  2018: {
    off: ["01-01", "02-14", "02-15", "02-16", "02-19", "02-20", "04-25", "04-30", "05-01", "09-03", "12-31"],
    worked: [],
  },
  2019: {
    off: ["01-01", "02-04", "02-05", "02-06", "02-07", "02-08", "04-15", "04-29", "04-30", "05-01", "09-02"],
    worked: ["01-05", "05-04"],
  },
  2020: {
    off: ["01-01", "01-23", "01-24", "01-27", "01-28", "01-29", "04-02", "04-30", "05-01", "09-02"],
    worked: [],
  },
  2021: {
    off: ["01-01", "02-10", "02-11", "02-12", "02-15", "02-16", "04-21", "04-30", "05-03", "09-02", "09-03"],
    worked: [],
  },
  2022: {
    off: ["01-03", "01-31", "02-01", "02-02", "02-03", "02-04", "04-11", "05-02", "05-03", "09-01", "09-02"],
    worked: [],
  },
  2023: {
    off: ["01-02", "01-20", "01-23", "01-24", "01-25", "01-26", "05-01", "05-02", "05-03", "09-01", "09-04"],
    worked: [],
  },
  2024: {
    off: [
      "01-01",
      "02-08",
      "02-09",
      "02-12",
      "02-13",
      "02-14",
      "04-18",
      "04-29",
      "04-30",
      "05-01",
      "09-02",
      "09-03",
    ],
    worked: ["05-04"],
  },
  2025: {
    off: [
      "01-01",
      "01-27",
      "01-28",
      "01-29",
      "01-30",
      "01-31",
      "04-07",
      "04-30",
      "05-01",
      "05-02",
      "09-01",
      "09-02",
    ],
    worked: ["04-26"],
  },
  2026: {
    off: [
      "01-01",
      "01-02",
      "02-16",
      "02-17",
      "02-18",
      "02-19",
      "02-20",
      "04-27",
      "04-30",
      "05-01",
      "08-31",
      "09-01",
      "09-02",
    ],
    worked: ["01-10", "08-22"],
  },
};

const cal = defaultCalendar();

function weekdaysOffAndWeekendsWorked(c: typeof cal, year: number) {
  const off: string[] = [];
  const worked: string[] = [];
  for (let d = toEpochDay(`${year}-01-01`); d <= toEpochDay(`${year}-12-31`); d++) {
    const date = fromEpochDay(d);
    const weekend = isoWeekday(date) >= 6;
    if (!weekend && !c.isWorkingDay(date)) off.push(date.slice(5));
    if (weekend && c.isWorkingDay(date)) worked.push(date.slice(5));
  }
  return { off, worked };
}

describe("every holiday and swapped day 2018–2026 (the decision table)", () => {
  it.each(Object.keys(OFFICIAL).map(Number))("%i matches the published schedule", (year) => {
    expect(weekdaysOffAndWeekendsWorked(cal, year)).toEqual(OFFICIAL[year]);
    expect(cal.yearBasis(year)).toMatchObject({ year, basis: "decision", verified: false });
    expect(cal.yearBasis(year).instruments.length).toBeGreaterThan(0);
  });
  it("the official examples", () => {
    expect(cal.isWorkingDay("2026-01-02")).toBe(false);
    expect(cal.isWorkingDay("2026-01-10")).toBe(true);
    for (let d = 10; d <= 16; d++) expect(cal.isWorkingDay(`2021-02-${d}`)).toBe(false);
    expect(cal.isWorkingDay("2021-09-03")).toBe(false);
    expect(cal.isWorkingDay("2021-09-01")).toBe(true);
    expect(dossierDueDate({ receivedAt: "2021-02-09T09:00:00+07:00", workingDays: 1 }).due).toBe(
      "2021-02-17",
    );
    expect(dossierDueDate({ receivedAt: "2026-01-09T09:00:00+07:00", workingDays: 1 }).due).toBe(
      "2026-01-10",
    );
  });
  it("a year with no decision rests on the defaults and says so", () => {
    for (const y of [2017, 2027]) {
      expect(cal.yearBasis(y)).toEqual({
        year: y,
        basis: "defaults",
        verified: false,
        sources: [],
        instruments: [],
      });
      const computed = cal.holidaysIn(y).filter((h) => h.source.includes("computed"));
      expect(computed.length).toBeGreaterThan(0);
      for (const h of computed) expect(h.verified).toBe(false);
    }
    expect(DECISION_YEARS).toEqual({ from: 2018, to: 2026 });
  });
});

describe("the default rules agree with the decisions wherever a decision does not override them", () => {
  const defaults = createWorkingCalendar({ from: 2018, to: 2026, replaceBuiltins: true });
  // What a decision chooses: Tết days, the day next to 2/9, swaps — and the compensatory days those give.
  const chosen = (r: { reason: { vi: string }; kind: string }) =>
    r.reason.vi.includes("Tết Nguyên đán") || r.reason.vi.includes("liền kề") || r.kind === "government-swap";
  it.each(YEARLY_DECISIONS.map((y) => y.year))("%i: the fixed days and their compensatory days", (year) => {
    const rows = (c: typeof cal) =>
      c
        .holidaysIn(year)
        .filter((h) => !chosen(h))
        .map((h) => `${h.date} ${h.kind}`);
    expect(rows(cal)).toEqual(rows(defaults));
  });
  it("the default Tết days are the ones every decision 2018–2026 chose", () => {
    for (const y of YEARLY_DECISIONS) {
      const tet = defaults
        .holidaysIn(y.year)
        .filter((h) => h.kind === "statutory" && h.reason.vi === "Tết Nguyên đán")
        .map((h) => h.date);
      expect(tet, `${y.year}`).toEqual(y.tet);
    }
  });
  it("so the decisions differ from the defaults only by their swaps", () => {
    for (const y of YEARLY_DECISIONS) {
      const days = (c: typeof cal) =>
        c
          .holidaysIn(y.year)
          .filter((h) => h.kind !== "government-swap")
          .map((h) => `${h.date} ${h.kind}`);
      expect(days(cal), `${y.year}`).toEqual(days(defaults));
    }
  });
  it("the default day next to 2/9 is the one every decision 2021–2026 chose", () => {
    for (const y of YEARLY_DECISIONS.filter((x) => x.nationalDayAdjacent !== undefined)) {
      const adjacent = defaults.holidaysIn(y.year).find((h) => h.reason.vi.includes("liền kề"));
      expect(adjacent?.date, `${y.year}`).toBe(y.nationalDayAdjacent);
    }
  });
});

describe("deadlines are the same with and without a cut-off for a receipt on a non-working day", () => {
  const first = toEpochDay("2018-01-01");
  const last = toEpochDay("2026-11-30");
  const restDays: number[] = [];
  for (let d = first; d <= last; d++) if (!cal.days.isWorkingDay(d)) restDays.push(d);
  it("for any instant of any non-working day, any cut-off and any processing time", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...restDays),
        fc.integer({ min: 0, max: 86399 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 40 }),
        (day, sec, h, m, n) => {
          const t = new Date((day * 86400 + sec - 7 * 3600) * 1000);
          const cutoff = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
          const plain = dossierDueDate({ receivedAt: t, workingDays: n });
          const cut = dossierDueDate({ receivedAt: t, workingDays: n, cutoff });
          expect(cut.due).toBe(plain.due);
          expect(plain.countingFrom).toBe(cal.nextWorkingDay(fromEpochDay(day)));
        },
      ),
    );
  });
});
