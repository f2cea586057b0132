import { describe, expect, it } from "vitest";
import {
  type CalendarError,
  classifyDossier,
  countDossiers,
  createWorkingCalendar,
  type DossierCounts,
  type DossierLike,
  dossierDueDate,
  onTimeRate,
} from "../../src/calendar/index.js";
import { code } from "./error-code.js";

// Mon 02/03/2026, 5 working days → due Mon 09/03/2026 (3, 4, 5, 6, 9).
const base = { receivedAt: "2026-03-02T09:00:00+07:00", workingDays: 5 };
const at = (d: string, t = "09:00") => `${d}T${t}:00+07:00`;

describe("dossierDueDate: cut-off forms", () => {
  it.each(["1500", "15:0", "15:000", "15.00", "24:00", "15:60", "ab:cd", "1a:00", "15:a0", "-1:00", "15:-1"])(
    "rejects cut-off %s",
    (cutoff) => {
      expect(code(() => dossierDueDate({ ...base, cutoff }))).toBe("invalid-argument");
    },
  );
  it("rejects a cut-off that is not a string, and says why in both languages", () => {
    expect(code(() => dossierDueDate({ ...base, cutoff: null as unknown as string }))).toBe(
      "invalid-argument",
    );
    try {
      dossierDueDate({ ...base, cutoff: "9h" });
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toBe('invalid cut-off "9h" (expected HH:MM)');
      expect((e as CalendarError).messages.vi).toContain('"9h"');
    }
    try {
      dossierDueDate({ ...base, workingDays: -3 });
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).messages.en).toContain("whole number of working days ≥ 0: -3");
      expect((e as CalendarError).messages.vi).toContain("-3");
      expect((e as CalendarError).input).toBe(-3);
    }
    expect(code(() => dossierDueDate(undefined as unknown as typeof base))).toBe("invalid-argument");
  });
  it("00:00 and 23:59 are valid cut-offs; only a receipt after the cut-off moves", () => {
    expect(dossierDueDate({ ...base, workingDays: 0, cutoff: "00:00" }).countingFrom).toBe("2026-03-03");
    expect(dossierDueDate({ ...base, workingDays: 0, cutoff: "23:59" }).countingFrom).toBe("2026-03-02");
    expect(
      dossierDueDate({ receivedAt: at("2026-03-02", "23:59"), workingDays: 0, cutoff: "23:59" }).due,
    ).toBe("2026-03-02");
    expect(
      dossierDueDate({ receivedAt: "2026-03-02T23:59:30+07:00", workingDays: 0, cutoff: "23:59" }).due,
    ).toBe("2026-03-03");
  });
  it("reports the receipt day and the counting anchor", () => {
    expect(dossierDueDate({ ...base, receivedAt: at("2026-03-02", "16:00"), cutoff: "15:00" })).toEqual({
      due: "2026-03-10",
      basis: "computed",
      computedDue: "2026-03-10",
      receivedOn: "2026-03-02",
      countingFrom: "2026-03-03",
      clockStopped: false,
    });
  });
  it("rejects a count that is not a whole non-negative number, and a bad appointment date", () => {
    for (const n of [1.5, Number.NaN, -1, "5" as unknown as number]) {
      expect(code(() => dossierDueDate({ ...base, workingDays: n }))).toBe("invalid-argument");
    }
    expect(code(() => dossierDueDate({ ...base, appointmentDate: "2026-03-32" }))).toBe("invalid-date");
    expect(code(() => dossierDueDate({ ...base, receivedAt: "2026-03-02" }))).toBe("no-error");
  });
  it("uses the calendar it is given", () => {
    const cal = createWorkingCalendar({
      from: 2026,
      to: 2026,
      overrides: [
        {
          year: 2026,
          source: "t",
          verified: true,
          daysOff: [{ date: "2026-03-04", reason: { vi: "x", en: "x" } }],
        },
      ],
    });
    expect(dossierDueDate(base, cal).due).toBe("2026-03-10");
  });
});

describe("dossierDueDate: supplements", () => {
  it("two supplements given in any order stop the clock twice", () => {
    // Request Tue 03/03 (1 day used: 03), back Wed 04/03; request Thu 05/03 (1 more: 05), back Mon 09/03;
    // 3 days left → 10, 11, 12.
    const s1 = { requestedAt: at("2026-03-03"), completedAt: at("2026-03-04") };
    const s2 = { requestedAt: at("2026-03-05"), completedAt: at("2026-03-09") };
    expect(dossierDueDate({ ...base, supplements: [s1, s2] }).due).toBe("2026-03-12");
    expect(dossierDueDate({ ...base, supplements: [s2, s1] }).due).toBe("2026-03-12");
  });
  it("a request on the receipt day uses no working day", () => {
    const r = dossierDueDate({
      ...base,
      supplements: [{ requestedAt: at("2026-03-02", "15:00"), completedAt: at("2026-03-04") }],
    });
    expect(r.due).toBe("2026-03-11"); // 5 days after Wed 04/03: 5, 6, 9, 10, 11
  });
  it("a request on the due day still stops the clock; the day after does not", () => {
    const onDue = dossierDueDate({
      ...base,
      supplements: [{ requestedAt: at("2026-03-09"), completedAt: at("2026-03-10") }],
    });
    // 5 days used by 09/03: 0 left → due the next working day after completion… i.e. the completion day
    // counts as receipt: due = next working day on/after 10/03.
    expect(onDue.due).toBe("2026-03-10");
    expect(onDue.clockStopped).toBe(false);
  });
  it("a request before the counting anchor uses no working day", () => {
    // Received Mon 02/03 at 16:00 after a 15:00 cut-off: counting starts after Tue 03/03. A request the
    // same evening, completed Wed 04/03, leaves all 5 days: 5, 6, 9, 10, 11.
    const r = dossierDueDate({
      ...base,
      receivedAt: at("2026-03-02", "16:00"),
      cutoff: "15:00",
      supplements: [{ requestedAt: at("2026-03-02", "17:00"), completedAt: at("2026-03-04") }],
    });
    expect(r.due).toBe("2026-03-11");
  });
  it("an empty supplement list changes nothing", () => {
    expect(dossierDueDate({ ...base, supplements: [] }).due).toBe("2026-03-09");
  });
  it("rejects a malformed supplement instant", () => {
    expect(code(() => dossierDueDate({ ...base, supplements: [{ requestedAt: "2026-03-04T10:00" }] }))).toBe(
      "invalid-instant",
    );
    expect(
      code(() =>
        dossierDueDate({ ...base, supplements: [{ requestedAt: at("2026-03-04"), completedAt: "soon" }] }),
      ),
    ).toBe("invalid-instant");
  });
});

describe("classifyDossier: edges", () => {
  const d = (extra: Partial<DossierLike> = {}): DossierLike => ({
    id: "x",
    channel: "online",
    ...base,
    ...extra,
  });
  it("pending overdue is compared with the due date and stays pending", () => {
    expect(classifyDossier(d(), { asOf: "2026-03-10" })).toEqual({
      state: "pending",
      status: "overdue",
      due: "2026-03-09",
      basis: "computed",
      reason: "compared-with-due",
    });
    expect(classifyDossier(d(), { asOf: "2026-03-09T23:00:00+07:00" }).status).toBe("within-deadline");
  });
  it("a completion after asOf counts as not yet received: the clock is stopped at asOf", () => {
    const x = d({ supplements: [{ requestedAt: at("2026-03-04"), completedAt: at("2026-03-20") }] });
    expect(classifyDossier(x, { asOf: "2026-03-15" })).toMatchObject({
      status: "within-deadline",
      reason: "clock-stopped",
      due: null,
    });
    // Judged later, the completion counts: 2 days used (03, 04), back 20/03 → 3 more: 23, 24, 25.
    expect(classifyDossier(x, { asOf: "2026-03-26" })).toMatchObject({
      status: "overdue",
      due: "2026-03-25",
    });
  });
  it("a request or completion made on the judging day counts; one made after it does not", () => {
    const req = (day: string, done?: string) =>
      d({ supplements: [{ requestedAt: at(day), ...(done ? { completedAt: at(done) } : {}) }] });
    // Requested 06/03 (after asOf 05/03): not yet requested, so judged against 09/03.
    expect(classifyDossier(req("2026-03-06"), { asOf: "2026-03-05" })).toMatchObject({
      status: "within-deadline",
      reason: "compared-with-due",
      due: "2026-03-09",
    });
    // Requested on asOf: the clock is stopped.
    expect(classifyDossier(req("2026-03-04"), { asOf: "2026-03-04" }).reason).toBe("clock-stopped");
    // Completed on asOf 20/03: the clock runs again (2 days used, then 23, 24, 25).
    expect(classifyDossier(req("2026-03-04", "2026-03-20"), { asOf: "2026-03-20" })).toMatchObject({
      reason: "compared-with-due",
      due: "2026-03-25",
    });
    // Resolved on asOf: resolved, on time.
    expect(classifyDossier(d({ resolvedAt: at("2026-03-09") }), { asOf: "2026-03-09" })).toMatchObject({
      state: "resolved",
      status: "on-time",
    });
  });
  it("a second request made on the judging day already counts for the QĐ 766 rule", () => {
    const x = d({
      supplements: [
        { requestedAt: at("2026-03-03"), completedAt: at("2026-03-03", "15:00") },
        { requestedAt: at("2026-03-05"), completedAt: at("2026-03-05", "15:00") },
      ],
    });
    expect(classifyDossier(x, { asOf: "2026-03-05", secondSupplementIsLate: true }).reason).toBe(
      "second-supplement",
    );
  });
  it("missing options are a typed error", () => {
    expect(code(() => classifyDossier(d(), undefined as unknown as { asOf: string }))).toBe(
      "invalid-instant",
    );
  });
  it("a resolved dossier with an unanswered request restarts the clock at the resolution day", () => {
    const x = d({ resolvedAt: at("2026-03-12"), supplements: [{ requestedAt: at("2026-03-04") }] });
    // 2 days used; restart 12/03 → due 17/03; resolved 12/03 → early.
    expect(classifyDossier(x, { asOf: "2026-06-01" })).toMatchObject({ status: "early", due: "2026-03-17" });
  });
  it("the second-supplement rule counts only requests made by the judging day", () => {
    const x = d({
      supplements: [
        { requestedAt: at("2026-03-03"), completedAt: at("2026-03-03", "15:00") },
        { requestedAt: at("2026-03-20"), completedAt: at("2026-03-20", "15:00") },
      ],
    });
    expect(classifyDossier(x, { asOf: "2026-03-05", secondSupplementIsLate: true })).toMatchObject({
      status: "within-deadline",
      reason: "compared-with-due",
    });
    expect(classifyDossier(x, { asOf: "2026-03-25", secondSupplementIsLate: true })).toMatchObject({
      state: "pending",
      status: "overdue",
      reason: "second-supplement",
    });
    const one = d({ supplements: [{ requestedAt: at("2026-03-03"), completedAt: at("2026-03-03") }] });
    expect(classifyDossier(one, { asOf: "2026-03-05", secondSupplementIsLate: true }).reason).toBe(
      "compared-with-due",
    );
  });
  it("an appointment date is judged as the due date, late after it", () => {
    const x = d({ appointmentDate: "2026-03-13", resolvedAt: at("2026-03-16") });
    expect(classifyDossier(x, { asOf: "2026-06-01" })).toMatchObject({
      status: "late",
      basis: "appointment",
      due: "2026-03-13",
    });
    expect(classifyDossier(d({ appointmentDate: "2026-03-13" }), { asOf: "2026-03-13" }).status).toBe(
      "within-deadline",
    );
  });
  it("rejects malformed dossiers and options", () => {
    expect(code(() => classifyDossier(d({ workingDays: -2 }), { asOf: "2026-03-05" }))).toBe(
      "invalid-argument",
    );
    expect(code(() => classifyDossier(d({ cutoff: "9:00" }), { asOf: "2026-03-05" }))).toBe(
      "invalid-argument",
    );
    expect(code(() => classifyDossier(d({ resolvedAt: "x" }), { asOf: "2026-03-05" }))).toBe(
      "invalid-instant",
    );
    expect(code(() => classifyDossier(d(), { asOf: "2026-03-05T10:00" }))).toBe("invalid-instant");
  });
});

describe("countDossiers: edges", () => {
  const period = { from: "2026-03-01", to: "2026-03-31" };
  const mk = (id: string, extra: Partial<DossierLike>): DossierLike => ({ ...d0, id, ...extra });
  const d0: DossierLike = { id: "0", channel: "online", ...base };
  it("counts the first and last day of the period as received in it", () => {
    const c = countDossiers(
      [
        mk("a", { receivedAt: at("2026-03-01") }),
        mk("b", { receivedAt: at("2026-03-31"), channel: "postal" }),
        mk("c", { receivedAt: at("2026-04-01") }),
        mk("d", { receivedAt: at("2026-02-27"), resolvedAt: at("2026-03-01") }),
        mk("e", { receivedAt: at("2026-02-27"), resolvedAt: at("2026-02-28") }),
      ],
      { period },
    );
    expect(c.received).toBe(2);
    expect(c.byChannel).toEqual({ online: 1, inPerson: 0, postal: 1 });
    expect(c.carriedOver).toBe(1); // d, resolved on the first day of the period
    expect(c.processed).toBe(3);
    expect(c.period).toEqual(period);
  });
  it("dueInPeriod includes due dates on the period's edges and counts those resolved by then", () => {
    // Received Fri 27/02, 1 day → due Mon 02/03 (in the period); resolved on time.
    // Received Mon 30/03, 1 day → due Tue 31/03 (last day); pending at the end: not on time.
    // Received Mon 30/03, 2 days → due 01/04: outside.
    const c = countDossiers(
      [
        mk("a", { receivedAt: at("2026-02-27"), workingDays: 1, resolvedAt: at("2026-03-02") }),
        mk("b", { receivedAt: at("2026-03-30"), workingDays: 1 }),
        mk("c", { receivedAt: at("2026-03-30"), workingDays: 2 }),
      ],
      { period },
    );
    expect(c.dueInPeriod).toEqual({ total: 2, onTime: 1 });
    expect(c.resolved).toEqual({ early: 0, onTime: 1, late: 0, total: 1 });
    expect(c.pending).toEqual({ withinDeadline: 2, overdue: 0, total: 2 });
  });
  it("dueInPeriod starts on the period's first day, not before", () => {
    // Received Fri 27/02, 1 day → due Mon 02/03; received Fri 20/02, 1 day → due Mon 23/02 (before).
    const c = countDossiers(
      [
        mk("a", { receivedAt: at("2026-02-27"), workingDays: 1 }),
        mk("b", { receivedAt: at("2026-02-20"), workingDays: 1 }),
      ],
      { period: { from: "2026-03-02", to: "2026-03-31" } },
    );
    expect(c.carriedOver).toBe(2);
    expect(c.dueInPeriod.total).toBe(1);
  });
  it("a dossier waiting for a supplement is pending within deadline and has no due date", () => {
    const c = countDossiers([mk("a", { supplements: [{ requestedAt: at("2026-03-03") }] })], { period });
    expect(c.pending.withinDeadline).toBe(1);
    expect(c.dueInPeriod.total).toBe(0);
  });
  it("passes the second-supplement option and the calendar through", () => {
    const two = mk("a", {
      resolvedAt: at("2026-03-05"),
      supplements: [
        { requestedAt: at("2026-03-03"), completedAt: at("2026-03-03", "15:00") },
        { requestedAt: at("2026-03-04"), completedAt: at("2026-03-04", "15:00") },
      ],
    });
    expect(countDossiers([two], { period }).resolved.early).toBe(1);
    expect(countDossiers([two], { period, secondSupplementIsLate: true }).resolved.late).toBe(1);
    const cal = createWorkingCalendar({
      from: 2026,
      to: 2026,
      overrides: [
        {
          year: 2026,
          source: "t",
          verified: true,
          daysOff: [3, 4, 5, 6].map((n) => ({ date: `2026-03-0${n}`, reason: { vi: "x", en: "x" } })),
        },
      ],
    });
    // With 03–06/03 off, 5 working days from 02/03 end on Fri 13/03: resolved 12/03 is early, not late.
    const x = mk("x", { resolvedAt: at("2026-03-12") });
    expect(countDossiers([x], { period }).resolved.late).toBe(1);
    expect(countDossiers([x], { period, calendar: cal }).resolved.early).toBe(1);
  });
  it("judges pending dossiers at an explicit asOf and reports it", () => {
    const c = countDossiers([d0], { period, asOf: "2026-03-05T12:00:00+07:00" });
    expect(c.asOf).toBe("2026-03-05");
    expect(c.pending.withinDeadline).toBe(1);
    expect(countDossiers([d0], { period }).pending.overdue).toBe(1);
  });
  it("skips malformed dossiers, keeping at most 10 sample ids", () => {
    const bad = Array.from({ length: 12 }, (_, i) => mk(`bad${i}`, { channel: "fax" as "online" }));
    const c = countDossiers([null as unknown as DossierLike, ...bad, d0], { period });
    expect(c.invalid.total).toBe(13);
    expect(c.invalid.sampleIds).toEqual(["undefined", ...bad.slice(0, 9).map((x) => x.id)]);
    expect(c.processed).toBe(1);
    const ok = countDossiers(
      [mk("i", { channel: "in-person" }), mk("p", { channel: "postal" }), mk("o", {})],
      { period },
    );
    expect(ok.invalid.total).toBe(0);
    expect(ok.byChannel).toEqual({ online: 1, inPerson: 1, postal: 1 });
  });
  it("throws on a non-iterable or a malformed period", () => {
    expect(code(() => countDossiers(5 as unknown as DossierLike[], { period }))).toBe("invalid-argument");
    expect(code(() => countDossiers(null as unknown as DossierLike[], { period }))).toBe("invalid-argument");
    expect(code(() => countDossiers([], { period: { from: "2026-03-01", to: "2026-02-30" } }))).toBe(
      "invalid-date",
    );
    expect(code(() => countDossiers([], { period: { from: "2026-03-02", to: "2026-03-01" } }))).toBe(
      "invalid-argument",
    );
    expect(code(() => countDossiers([], { period: { from: "2026-03-01", to: "2026-03-01" } }))).toBe(
      "no-error",
    );
  });
});

describe("onTimeRate: edges", () => {
  const counts = (over: Partial<DossierCounts>): DossierCounts => ({
    ...countDossiers([], { period: { from: "2026-01-01", to: "2026-01-31" } }),
    ...over,
  });
  const c = counts({
    received: 8,
    resolved: { early: 3, onTime: 1, late: 2, total: 6 },
    pending: { withinDeadline: 1, overdue: 1, total: 2 },
    dueInPeriod: { total: 4, onTime: 3 },
  });
  it("computes each denominator from its own counts", () => {
    expect(onTimeRate(c, { denominator: "resolved" })).toEqual({
      value: "66.67",
      unit: "percent",
      denominator: "resolved",
      numerator: 4,
      denominatorCount: 6,
    });
    expect(onTimeRate(c, { denominator: "resolved-plus-pending" })).toMatchObject({
      value: "62.50",
      numerator: 5,
      denominatorCount: 8,
    });
    expect(onTimeRate(c, { denominator: "received" })).toMatchObject({ value: "50.00", denominatorCount: 8 });
    expect(onTimeRate(c, { denominator: "due-in-period" })).toMatchObject({
      value: "75.00",
      numerator: 3,
      denominatorCount: 4,
    });
    expect(onTimeRate(c, { denominator: "resolved", decimals: 10 }).value).toBe("66.6666666667");
    expect(
      onTimeRate(counts({ resolved: { early: 1, onTime: 0, late: 19, total: 20 } }), {
        denominator: "resolved",
        decimals: 1,
      }).value,
    ).toBe("5.0");
  });
  it("a zero denominator names the denominator and keeps the numerator", () => {
    expect(onTimeRate(counts({}), { denominator: "due-in-period" })).toEqual({
      value: null,
      reason: "zero-denominator",
      unit: "percent",
      denominator: "due-in-period",
      numerator: 0,
      denominatorCount: 0,
    });
  });
  it("rejects missing options with a typed error, not a TypeError", () => {
    expect(code(() => onTimeRate(c, undefined as unknown as { denominator: "resolved" }))).toBe(
      "invalid-argument",
    );
    expect(
      code(() => countDossiers([], undefined as unknown as { period: { from: string; to: string } })),
    ).toBe("invalid-date");
    expect(code(() => countDossiers([], {} as { period: { from: string; to: string } }))).toBe(
      "invalid-date",
    );
  });
  it.each(["resolved", "resolved-plus-pending", "received", "due-in-period"] as const)(
    "malformed counts are a typed error (%s)",
    (denominator) => {
      expect(code(() => onTimeRate({} as DossierCounts, { denominator }))).toBe("invalid-argument");
      expect(code(() => onTimeRate(undefined as unknown as DossierCounts, { denominator }))).toBe(
        "invalid-argument",
      );
    },
  );
  it("error messages name the bad value in both languages", () => {
    const msg = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as CalendarError).messages;
      }
      return { vi: "", en: "" };
    };
    expect(msg(() => onTimeRate(c, { denominator: "resolved", decimals: 12 }))).toEqual({
      vi: "số chữ số thập phân không hợp lệ: 12",
      en: "invalid decimals 12 (0–10)",
    });
    expect(msg(() => onTimeRate(c, { denominator: "all" as "resolved" })).en).toBe(
      'unknown denominator "all"',
    );
    expect(msg(() => onTimeRate(c, { denominator: "all" as "resolved" })).vi).toContain('"all"');
    const neg = counts({ received: -1 });
    expect(msg(() => onTimeRate(neg, { denominator: "received" })).en).toBe(
      "counts must be non-negative integers",
    );
    expect(msg(() => onTimeRate(neg, { denominator: "received" })).vi.length).toBeGreaterThan(10);
    const period = { from: "2026-03-02", to: "2026-03-01" };
    expect(msg(() => countDossiers([], { period })).en).toBe(
      "invalid period: 2026-03-02 is after 2026-03-01",
    );
    expect(msg(() => countDossiers([], { period })).vi).toContain("2026-03-02");
    const p2 = { from: "2026-03-01", to: "2026-03-31" };
    expect(msg(() => countDossiers(5 as unknown as DossierLike[], { period: p2 })).en).toContain("Iterable");
    expect(msg(() => countDossiers(5 as unknown as DossierLike[], { period: p2 })).vi.length).toBeGreaterThan(
      10,
    );
  });
  it("rejects unknown denominators, bad decimals and impossible counts", () => {
    expect(code(() => onTimeRate(c, { denominator: "all" as "resolved" }))).toBe("invalid-argument");
    expect(code(() => onTimeRate(c, { denominator: "resolved", decimals: -1 }))).toBe("invalid-argument");
    expect(code(() => onTimeRate(c, { denominator: "resolved", decimals: 1.5 }))).toBe("invalid-argument");
    const neg = counts({ resolved: { early: -1, onTime: 0, late: 0, total: 1 } });
    expect(code(() => onTimeRate(neg, { denominator: "resolved" }))).toBe("invalid-argument");
    const negTotal = counts({ received: -3 });
    expect(code(() => onTimeRate(negTotal, { denominator: "received" }))).toBe("invalid-argument");
    const fracTotal = counts({ received: 2.5 });
    expect(code(() => onTimeRate(fracTotal, { denominator: "received" }))).toBe("invalid-argument");
    const frac = counts({ resolved: { early: 0.5, onTime: 0, late: 0, total: 1 } });
    expect(code(() => onTimeRate(frac, { denominator: "resolved" }))).toBe("invalid-argument");
  });
});
