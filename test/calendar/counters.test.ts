import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import {
  CalendarError,
  countDossiers,
  type DossierCounts,
  type DossierLike,
  onTimeRate,
} from "../../src/calendar/index.js";

const vn = (d: string) => `${d}T09:00:00+07:00`;
const period = { from: "2022-01-01", to: "2022-06-30" };
const dossiers: DossierLike[] = [
  // Tue 01/03/2022, 5 days → due Tue 08/03.
  { id: "a", receivedAt: vn("2022-03-01"), channel: "online", workingDays: 5, resolvedAt: vn("2022-03-04") },
  {
    id: "b",
    receivedAt: vn("2022-03-01"),
    channel: "in-person",
    workingDays: 5,
    resolvedAt: vn("2022-03-08"),
  },
  { id: "c", receivedAt: vn("2022-03-01"), channel: "postal", workingDays: 5, resolvedAt: vn("2022-03-09") },
  // Carried over: 20/12/2021 + 10 working days; 03/01/2022 is off (01/01 on Saturday) → due Tue 04/01/2022.
  { id: "d", receivedAt: vn("2021-12-20"), channel: "online", workingDays: 10 },
  // Resolved before the period: not counted.
  { id: "e", receivedAt: vn("2021-12-01"), channel: "online", workingDays: 5, resolvedAt: vn("2021-12-06") },
  // Received 29/06, due in July: pending within deadline.
  { id: "f", receivedAt: vn("2022-06-29"), channel: "online", workingDays: 5 },
  // Received after the period: not counted.
  { id: "g", receivedAt: vn("2022-07-05"), channel: "online", workingDays: 5 },
  // Malformed.
  { id: "h", receivedAt: "01/03/2022", channel: "online", workingDays: 5 },
  // Resolved after the period ends: pending at its end (30 days → due mid-July).
  { id: "i", receivedAt: vn("2022-06-01"), channel: "online", workingDays: 30, resolvedAt: vn("2022-07-02") },
];

describe("countDossiers", () => {
  it("counts received, carried over, resolved and pending in one pass", () => {
    const c = countDossiers(dossiers, { period });
    expect(c.received).toBe(5);
    expect(c.carriedOver).toBe(1);
    expect(c.processed).toBe(6);
    expect(c.resolved).toEqual({ early: 1, onTime: 1, late: 1, total: 3 });
    expect(c.pending).toEqual({ withinDeadline: 2, overdue: 1, total: 3 });
    expect(c.byChannel).toEqual({ online: 3, inPerson: 1, postal: 1 });
    expect(c.dueInPeriod).toEqual({ total: 4, onTime: 2 });
    expect(c.invalid).toEqual({ total: 1, sampleIds: ["h"] });
    expect(c.asOf).toBe("2022-06-30");
  });
  it("accepts an AsyncIterable and gives the same counts", async () => {
    async function* gen() {
      for (const d of dossiers) yield d;
    }
    expect(await countDossiers(gen(), { period })).toEqual(countDossiers(dossiers, { period }));
  });
  it("judges pending dossiers at asOf", () => {
    const c = countDossiers(dossiers, { period, asOf: "2022-07-30" });
    // f (due 06/07) and i (30 days from 01/06 → due 13/07, resolved only after the period) are now overdue too.
    expect(c.pending).toEqual({ withinDeadline: 0, overdue: 3, total: 3 });
  });
  it("rejects a reversed period", () => {
    expect(() => countDossiers([], { period: { from: "2022-06-30", to: "2022-01-01" } })).toThrow(
      CalendarError,
    );
  });
  it("always has resolved + pending = received + carried over", () => {
    const arb = fc.record({
      r: fc.integer({ min: 0, max: 400 }),
      n: fc.integer({ min: 0, max: 20 }),
      res: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 40 }), (rows) => {
        const base = Date.UTC(2021, 10, 1) / 1000;
        const list: DossierLike[] = rows.map((x, i) => ({
          id: String(i),
          receivedAt: new Date((base + x.r * 86400) * 1000),
          channel: "online",
          workingDays: x.n,
          ...(x.res !== undefined ? { resolvedAt: new Date((base + (x.r + x.res) * 86400) * 1000) } : {}),
        }));
        const c = countDossiers(list, { period });
        return (
          c.resolved.total + c.pending.total === c.received + c.carriedOver &&
          c.received === c.byChannel.online
        );
      }),
    );
  });
});

describe("onTimeRate", () => {
  let c: DossierCounts;
  beforeEach(() => {
    c = countDossiers(dossiers, { period });
  });
  it("names its denominator and returns exact decimal strings", () => {
    expect(onTimeRate(c, { denominator: "resolved" })).toMatchObject({
      value: "66.67",
      numerator: 2,
      denominatorCount: 3,
    });
    expect(onTimeRate(c, { denominator: "resolved-plus-pending" })).toMatchObject({
      value: "66.67",
      numerator: 4,
      denominatorCount: 6,
    });
    expect(onTimeRate(c, { denominator: "received" }).value).toBe("40.00");
    expect(onTimeRate(c, { denominator: "due-in-period", decimals: 0 }).value).toBe("50");
    expect(onTimeRate(c, { denominator: "resolved", decimals: 4 }).value).toBe("66.6667");
  });
  it("rounds half up with integer arithmetic", () => {
    const mk = (ok: number, total: number): DossierCounts => ({
      ...c,
      resolved: { early: ok, onTime: 0, late: total - ok, total },
    });
    expect(onTimeRate(mk(1, 8), { denominator: "resolved", decimals: 1 }).value).toBe("12.5");
    expect(onTimeRate(mk(1, 8), { denominator: "resolved", decimals: 0 }).value).toBe("13");
    expect(onTimeRate(mk(1, 3), { denominator: "resolved", decimals: 0 }).value).toBe("33");
  });
  it("reports a zero denominator instead of dividing", () => {
    const empty = countDossiers([], { period });
    expect(onTimeRate(empty, { denominator: "resolved" })).toMatchObject({
      value: null,
      reason: "zero-denominator",
    });
  });
  it("rejects bad options", () => {
    expect(() => onTimeRate(c, { denominator: "resolved", decimals: 11 })).toThrow(CalendarError);
  });
});
