import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CalendarError,
  classifyDossier,
  countDossiers,
  createWorkingCalendar,
  customPeriod,
  defaultCalendar,
  dossierDueDate,
  formatPeriodId,
  fromEpochDay,
  isoWeekday,
  leapMonthOf,
  lunarNewYear,
  lunarToSolar,
  onTimeRate,
  parsePeriodId,
  reportingPeriod,
  solarToLunar,
  toEpochDay,
  vietnamDate,
  vietnamTimeOfDay,
} from "../../src/calendar/index.js";
import {
  bigString,
  edgeNumber,
  guardPrototypeChain,
  hostileString,
  hostileValue,
  protoObjects,
  returnsOrThrows,
} from "./hostile.js";
import { FUZZ_RUNS } from "./runs.js";

/** Dates and instants: mostly well-formed, with hostile fields. */
const dateLike = fc.oneof(
  hostileString,
  fc
    .tuple(
      fc.integer({ min: -1, max: 10_001 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    ),
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toISOString())),
);
const instant = fc.oneof(
  dateLike,
  dateLike.map((d) => `${d}T09:00:00+07:00`),
  fc.date({ noInvalidDate: false }),
  fc
    .tuple(
      fc.integer({ min: 1890, max: 2210 }),
      fc.integer({ min: -1, max: 25 }),
      fc.integer({ min: -15, max: 15 }),
    )
    .map(
      ([y, h, z]) =>
        `${y}-03-08T${String(h).padStart(2, "0")}:05:00${z < 0 ? "-" : "+"}${String(Math.abs(z)).padStart(2, "0")}:00`,
    ),
);
const count = fc.oneof(edgeNumber, fc.integer({ min: -5, max: 400 }));
const cutoff = fc.oneof(hostileString, fc.constantFrom(undefined, "15:00", "24:00", "23:60", "7:5", "00:00"));
const dossier = fc.record(
  {
    id: hostileString,
    receivedAt: instant,
    channel: fc.constantFrom("online", "in-person", "postal", "fax"),
    workingDays: count,
    cutoff,
    appointmentDate: fc.option(dateLike, { nil: undefined }),
    supplements: fc.option(
      fc.array(fc.record({ requestedAt: instant, completedAt: fc.option(instant, { nil: undefined }) }), {
        maxLength: 3,
      }),
      { nil: undefined },
    ),
    resolvedAt: fc.option(instant, { nil: undefined }),
  },
  { requiredKeys: [] },
);
const kind = fc.constantFrom(
  "month",
  "quarter",
  "half-year",
  "nine-months",
  "year",
  "custom",
  "week",
  "__proto__",
);

guardPrototypeChain();

describe("calendar: returns or throws CalendarError", () => {
  it("dates, instants, weekdays, lunar conversions", () => {
    fc.assert(
      fc.property(dateLike, instant, edgeNumber, fc.boolean(), (d, t, n, leap) => {
        returnsOrThrows(() => toEpochDay(d), CalendarError);
        returnsOrThrows(() => fromEpochDay(n), CalendarError);
        returnsOrThrows(() => isoWeekday(d), CalendarError);
        returnsOrThrows(() => vietnamDate(t), CalendarError);
        returnsOrThrows(() => vietnamTimeOfDay(t), CalendarError);
        returnsOrThrows(() => solarToLunar(d), CalendarError);
        returnsOrThrows(() => lunarNewYear(n), CalendarError);
        returnsOrThrows(() => leapMonthOf(n), CalendarError);
        returnsOrThrows(() => lunarToSolar({ year: n, month: n, day: n, leap }), CalendarError);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("lunar round trip on valid dates with hostile months/days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 2210 }),
        fc.integer({ min: -1, max: 14 }),
        fc.integer({ min: -1, max: 32 }),
        fc.boolean(),
        (y, m, d, leap) => {
          returnsOrThrows(() => lunarToSolar({ year: y, month: m, day: d, leap }), CalendarError);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("periods", () => {
    fc.assert(
      fc.property(hostileString, kind, edgeNumber, count, dateLike, dateLike, (id, k, y, i, a, b) => {
        const p = parsePeriodId(id);
        expect(typeof p.ok).toBe("boolean");
        if (p.ok) expect(parsePeriodId(formatPeriodId(p.value))).toEqual(p);
        returnsOrThrows(() => formatPeriodId({ kind: k as "year", year: y, index: i }), CalendarError);
        returnsOrThrows(() => reportingPeriod(k as "year", y, i), CalendarError);
        returnsOrThrows(
          () => reportingPeriod(k as "year", 2022, 1, { regime: id as "calendar" }),
          CalendarError,
        );
        returnsOrThrows(() => customPeriod(a, b), CalendarError);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("working calendar operations", () => {
    const cal = defaultCalendar();
    fc.assert(
      fc.property(dateLike, dateLike, count, (a, b, n) => {
        returnsOrThrows(() => cal.isWorkingDay(a), CalendarError);
        returnsOrThrows(() => cal.nextWorkingDay(a), CalendarError);
        returnsOrThrows(() => cal.addWorkingDays(a, n), CalendarError);
        returnsOrThrows(() => cal.workingDaysBetween(a, b), CalendarError);
        returnsOrThrows(() => cal.holidaysIn(n), CalendarError);
        returnsOrThrows(() => cal.makeUpWorkingDays(n), CalendarError);
        returnsOrThrows(() => cal.days.addWorkingDays(n, n), CalendarError);
        returnsOrThrows(() => cal.days.workingDaysBetween(n, n), CalendarError);
        returnsOrThrows(() => cal.days.nextWorkingDay(n), CalendarError);
        returnsOrThrows(() => cal.days.isWorkingDay(n), CalendarError);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("createWorkingCalendar with hostile options and tables", () => {
    const override = fc.record(
      {
        year: fc.oneof(edgeNumber, fc.integer({ min: 2020, max: 2024 })),
        source: hostileString,
        verified: fc.boolean(),
        tet: fc.array(dateLike, { maxLength: 6 }),
        nationalDayAdjacent: dateLike,
        compensatory: fc.array(dateLike, { maxLength: 3 }),
        daysOff: fc.array(
          fc.record({
            date: dateLike,
            reason: fc.record({ vi: hostileString, en: hostileString }),
            kind: hostileString,
          }),
          { maxLength: 3 },
        ),
        makeUpWorkingDays: fc.array(
          fc.record({ date: dateLike, reason: fc.record({ vi: hostileString, en: hostileString }) }),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: ["year", "source", "verified"] },
    );
    fc.assert(
      fc.property(
        fc.oneof(edgeNumber, fc.integer({ min: 1890, max: 2210 })),
        fc.integer({ min: 0, max: 6 }),
        fc.array(override, { maxLength: 2 }),
        fc.array(hostileString, { maxLength: 2 }),
        fc.boolean(),
        (from, span, overrides, optIn, replaceBuiltins) => {
          const cal = returnsOrThrows(
            () =>
              createWorkingCalendar({
                from,
                to: Number.isFinite(from) ? from + span : from,
                overrides: overrides as never,
                optIn,
                replaceBuiltins,
              }),
            CalendarError,
          );
          if (cal) returnsOrThrows(() => cal.addWorkingDays(`${cal.fromYear}-01-01`, 5), CalendarError);
        },
      ),
      { numRuns: Math.max(1, Math.floor(FUZZ_RUNS / 4)) },
    );
    for (const o of protoObjects) {
      returnsOrThrows(() => createWorkingCalendar(o as never), CalendarError);
      returnsOrThrows(
        () => createWorkingCalendar({ from: 2022, to: 2022, overrides: [o as never] }),
        CalendarError,
      );
    }
  });

  it("deadlines and classification", () => {
    fc.assert(
      fc.property(dossier, instant, fc.boolean(), (d, asOf, second) => {
        returnsOrThrows(() => dossierDueDate(d as never), CalendarError);
        returnsOrThrows(
          () => classifyDossier(d as never, { asOf, secondSupplementIsLate: second }),
          CalendarError,
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("countDossiers skips malformed dossiers; onTimeRate", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(dossier, hostileValue), { maxLength: 8 }),
        dateLike,
        dateLike,
        fc.option(instant, { nil: undefined }),
        fc.oneof(hostileString, fc.constantFrom("resolved", "processed", "due-in-period")),
        fc.oneof(edgeNumber, fc.integer({ min: -1, max: 11 })),
        (ds, from, to, asOf, denominator, decimals) => {
          const counts = returnsOrThrows(
            () =>
              countDossiers(
                ds as never,
                asOf === undefined ? { period: { from, to } } : { period: { from, to }, asOf },
              ),
            CalendarError,
          );
          if (counts) {
            returnsOrThrows(
              () => onTimeRate(counts, { denominator: denominator as "resolved", decimals }),
              CalendarError,
            );
          }
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("any value where an object or string is expected (plain JS callers)", () => {
    fc.assert(
      fc.property(hostileValue, (v) => {
        const x = v as never;
        returnsOrThrows(() => toEpochDay(x), CalendarError);
        returnsOrThrows(() => vietnamDate(x), CalendarError);
        returnsOrThrows(() => solarToLunar(x), CalendarError);
        returnsOrThrows(() => lunarToSolar(x), CalendarError);
        returnsOrThrows(() => formatPeriodId(x), CalendarError);
        returnsOrThrows(() => customPeriod(x, x), CalendarError);
        returnsOrThrows(() => dossierDueDate(x), CalendarError);
        returnsOrThrows(() => classifyDossier(x, { asOf: "2022-06-30T00:00:00+07:00" }), CalendarError);
        returnsOrThrows(
          () => countDossiers([x], { period: { from: "2022-01-01", to: "2022-06-30" } }),
          CalendarError,
        );
        returnsOrThrows(() => countDossiers(x, x), CalendarError);
        returnsOrThrows(() => onTimeRate(x, x), CalendarError);
        expect(typeof parsePeriodId(x).ok).toBe("boolean");
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("10 MB strings return", () => {
    const big = bigString(10, "2022-01-01");
    returnsOrThrows(() => toEpochDay(big), CalendarError);
    returnsOrThrows(() => vietnamDate(big), CalendarError);
    returnsOrThrows(() => solarToLunar(big), CalendarError);
    expect(parsePeriodId(big).ok).toBe(false);
    returnsOrThrows(() => dossierDueDate({ receivedAt: big, workingDays: 3, cutoff: big }), CalendarError);
    returnsOrThrows(() => defaultCalendar().addWorkingDays(big, 1), CalendarError);
  }, 30_000);
});
