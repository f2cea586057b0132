import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CalendarError,
  classifyDossier,
  createWorkingCalendar,
  type DossierLike,
  defaultCalendar,
  dossierDueDate,
  fromEpochDay,
  toEpochDay,
} from "../../src/calendar/index.js";

const due = (receivedAt: string, workingDays: number, extra: { cutoff?: string } = {}) =>
  dossierDueDate({ receivedAt, workingDays, ...extra }).due;

describe("dossierDueDate: counting (BLDS 2015 Điều 147–148)", () => {
  it("does not count the receipt day and skips Tết 2026", () => {
    // Fri 13/02 received; 16–20/02 Tết, 21–22 weekend → 23, 24, 25.
    expect(due("2026-02-13T09:00:00+07:00", 3)).toBe("2026-02-25");
    expect(due("2026-02-13T09:00:00+07:00", 1)).toBe("2026-02-23");
  });
  it("counts the make-up Saturday 22/08/2026 and skips 31/08–02/09/2026", () => {
    expect(due("2026-08-21T10:00:00+07:00", 2)).toBe("2026-08-24"); // Sat 22 is day 1
    expect(due("2026-08-28T10:00:00+07:00", 1)).toBe("2026-09-03");
    const plain = createWorkingCalendar({ from: 2026, to: 2026, replaceBuiltins: true });
    expect(dossierDueDate({ receivedAt: "2026-08-21T10:00:00+07:00", workingDays: 2 }, plain).due).toBe(
      "2026-08-25",
    );
  });
  it("reads the receipt day in Vietnam time", () => {
    // 17:30Z on Thursday is 00:30 Friday in Vietnam.
    expect(dossierDueDate({ receivedAt: "2026-03-05T17:30:00Z", workingDays: 1 }).receivedOn).toBe(
      "2026-03-06",
    );
    expect(due("2026-03-05T17:30:00Z", 1)).toBe("2026-03-09");
    expect(due("2026-03-05T16:30:00Z", 1)).toBe("2026-03-06");
  });
  it("a 0-day procedure is due the same working day, or the next working day (Điều 148)", () => {
    expect(due("2026-03-05T09:00:00+07:00", 0)).toBe("2026-03-05");
    expect(due("2026-03-07T09:00:00+07:00", 0)).toBe("2026-03-09");
  });
});

describe("dossierDueDate: same-day cut-off", () => {
  it("received after the cut-off counts as received the next working day", () => {
    expect(due("2026-02-13T15:30:00+07:00", 0, { cutoff: "15:00" })).toBe("2026-02-23");
    expect(due("2026-02-13T08:30:00Z", 0, { cutoff: "15:00" })).toBe("2026-02-23"); // 15:30 in Vietnam
    expect(due("2026-02-13T15:30:00+07:00", 1, { cutoff: "15:00" })).toBe("2026-02-24");
    expect(due("2026-02-13T15:30:00+07:00", 1)).toBe("2026-02-23"); // no cut-off: no shift
  });
  it("received before the cut-off on a working day is not shifted", () => {
    expect(due("2026-02-13T14:59:00+07:00", 0, { cutoff: "15:00" })).toBe("2026-02-13");
    expect(due("2026-02-13T15:00:00+07:00", 0, { cutoff: "15:00" })).toBe("2026-02-13");
    expect(due("2026-02-13T14:00:00+07:00", 1, { cutoff: "15:00" })).toBe("2026-02-23");
  });
  it("received on a non-working day counts as received the next working day", () => {
    expect(due("2026-02-14T09:00:00+07:00", 0, { cutoff: "15:00" })).toBe("2026-02-23");
    expect(due("2026-02-14T09:00:00+07:00", 1, { cutoff: "15:00" })).toBe("2026-02-24");
    // The same without a cut-off: a non-working day is never the receipt day, whatever the time.
    expect(due("2026-02-14T09:00:00+07:00", 1)).toBe("2026-02-24");
    expect(due("2026-02-14T23:30:00+07:00", 0)).toBe("2026-02-23");
    // Received on Tết (Tue 17/02/2026) at 09:00, 3 days: counted from Mon 23/02 → Thu 26/02 either way.
    expect(due("2026-02-17T09:00:00+07:00", 3)).toBe("2026-02-26");
    expect(due("2026-02-17T09:00:00+07:00", 3, { cutoff: "15:00" })).toBe("2026-02-26");
  });
  it("rejects a malformed cut-off or count", () => {
    expect(() => due("2026-02-13T09:00:00+07:00", 1, { cutoff: "25:00" })).toThrow(CalendarError);
    expect(() => due("2026-02-13T09:00:00+07:00", -1)).toThrow(CalendarError);
    expect(() => due("2026-02-13T09:00:00", 1)).toThrow(CalendarError);
  });
});

describe("dossierDueDate: supplements and appointment", () => {
  // Mon 02/03/2026, 5 days: 3, 4, 5, 6, 9 → due 09/03 without a supplement.
  const base = { receivedAt: "2026-03-02T09:00:00+07:00", workingDays: 5 };
  it("stops the clock from the request to the completion", () => {
    expect(dossierDueDate(base).due).toBe("2026-03-09");
    // Request Wed 04/03 consumes 3 and 4 (2 days); completion Tue 10/03; 3 days left → 11, 12, 13.
    const r = dossierDueDate({
      ...base,
      supplements: [{ requestedAt: "2026-03-04T10:00:00+07:00", completedAt: "2026-03-10T08:00:00+07:00" }],
    });
    expect(r.due).toBe("2026-03-13");
    expect(r.clockStopped).toBe(false);
  });
  it("has no due date while the supplement is outstanding", () => {
    const r = dossierDueDate({ ...base, supplements: [{ requestedAt: "2026-03-04T10:00:00+07:00" }] });
    expect(r).toMatchObject({ due: null, clockStopped: true, computedDue: null });
  });
  it("ignores a request made after the due date", () => {
    const r = dossierDueDate({
      ...base,
      supplements: [{ requestedAt: "2026-03-10T10:00:00+07:00", completedAt: "2026-03-12T08:00:00+07:00" }],
    });
    expect(r.due).toBe("2026-03-09");
  });
  it("an appointment date on the receipt wins and says so", () => {
    const r = dossierDueDate({ ...base, appointmentDate: "2026-03-20" });
    expect(r).toMatchObject({ due: "2026-03-20", basis: "appointment", computedDue: "2026-03-09" });
    expect(dossierDueDate(base).basis).toBe("computed");
  });
});

describe("classifyDossier", () => {
  const d = (resolvedAt?: string, extra: Partial<DossierLike> = {}): DossierLike => ({
    id: "x",
    receivedAt: "2026-03-02T09:00:00+07:00",
    channel: "online",
    workingDays: 5,
    ...(resolvedAt ? { resolvedAt } : {}),
    ...extra,
  });
  const asOf = "2026-06-14";
  it("resolved before / on / after the due date → early / on-time / late", () => {
    expect(classifyDossier(d("2026-03-06T16:00:00+07:00"), { asOf }).status).toBe("early");
    expect(classifyDossier(d("2026-03-09T16:00:00+07:00"), { asOf }).status).toBe("on-time");
    expect(classifyDossier(d("2026-03-10T08:00:00+07:00"), { asOf })).toMatchObject({
      state: "resolved",
      status: "late",
      due: "2026-03-09",
    });
  });
  it("pending is within deadline up to the due day, overdue after", () => {
    expect(classifyDossier(d(), { asOf: "2026-03-09" }).status).toBe("within-deadline");
    expect(classifyDossier(d(), { asOf: "2026-03-10" }).status).toBe("overdue");
    // Resolved after asOf: pending at asOf.
    expect(classifyDossier(d("2026-03-20T08:00:00+07:00"), { asOf: "2026-03-09" }).state).toBe("pending");
  });
  it("a second supplement request is late only with the QĐ 766 option", () => {
    const two = d("2026-03-06T16:00:00+07:00", {
      supplements: [
        { requestedAt: "2026-03-03T09:00:00+07:00", completedAt: "2026-03-03T15:00:00+07:00" },
        { requestedAt: "2026-03-04T09:00:00+07:00", completedAt: "2026-03-04T15:00:00+07:00" },
      ],
    });
    expect(classifyDossier(two, { asOf }).status).toBe("early");
    expect(classifyDossier(two, { asOf, secondSupplementIsLate: true })).toMatchObject({
      status: "late",
      reason: "second-supplement",
    });
  });
  it("a dossier waiting for a supplement is within deadline", () => {
    const waiting = d(undefined, { supplements: [{ requestedAt: "2026-03-03T09:00:00+07:00" }] });
    expect(classifyDossier(waiting, { asOf })).toMatchObject({
      status: "within-deadline",
      reason: "clock-stopped",
      due: null,
    });
  });
  it("uses the appointment date when present", () => {
    const r = classifyDossier(d("2026-03-12T09:00:00+07:00", { appointmentDate: "2026-03-13" }), { asOf });
    expect(r).toMatchObject({ status: "early", basis: "appointment" });
  });

  const instant = fc.integer({
    min: toEpochDay("2000-01-01") * 86400,
    max: toEpochDay("2090-01-01") * 86400,
  });
  const offset = fc.integer({ min: -48, max: 56 }).map((q) => q * 15);
  const iso = (sec: number, off: number) => {
    const local = new Date((sec + off * 60) * 1000).toISOString().slice(0, 19);
    const a = Math.abs(off);
    return `${local}${off < 0 ? "-" : "+"}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
  };
  it("is stable when the same instants are written with other UTC offsets", () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 60 * 86400 }),
        fc.integer({ min: 0, max: 30 }),
        offset,
        offset,
        (r, gap, n, o1, o2) => {
          const mk = (o: number): DossierLike => ({
            id: "p",
            receivedAt: iso(r, o),
            resolvedAt: iso(r + gap, o),
            channel: "online",
            workingDays: n,
            cutoff: "15:00",
          });
          const opts = { asOf: fromEpochDay(toEpochDay("2090-06-01")) };
          return (
            JSON.stringify(classifyDossier(mk(o1), opts)) === JSON.stringify(classifyDossier(mk(o2), opts))
          );
        },
      ),
    );
  });
  it("a computed deadline never falls on a rest day", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 60 }), fc.boolean(), (r, n, withCutoff) => {
        const out = dossierDueDate({
          receivedAt: iso(r, 420),
          workingDays: n,
          ...(withCutoff ? { cutoff: "15:00" } : {}),
        });
        return out.due !== null && defaultCalendar().isWorkingDay(out.due) && out.due >= out.receivedOn;
      }),
    );
  });
});
