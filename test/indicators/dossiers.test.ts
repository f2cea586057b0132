import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { dossierIndicators } from "../../src/indicators/index.js";
import { type Dossier, type DossierSchema, type Procedure, ProcedureSchema } from "../../src/model/index.js";
import { dossier, T } from "./dossier-fixtures.js";

/** P1: 5 working days. Received Tue 01/03/2022 → due Tue 08/03/2022. */
const procedures: Procedure[] = [
  ProcedureSchema.parse({ code: "P1", name: "P1", level: "province", processingDays: 5 }),
];
const period = { from: "2022-01-01", to: "2022-06-30" };
const resolvedOn = (id: string, day: string, over: Partial<Parameters<typeof DossierSchema.parse>[0]> = {}) =>
  dossier(id, { resolvedAt: T(day), status: "resolved", ...over });

describe("dossierIndicators: deadlines", () => {
  it("takes a dossier's deadline from its procedure's processing time when no appointment date is written", () => {
    const ds = [resolvedOn("a", "2022-03-08"), resolvedOn("b", "2022-03-09")];
    const r = dossierIndicators(ds, { period, procedures });
    expect(r.values).toMatchObject({ "3.4.1.b": "2", "3.4.1.c": "1", "3.4.1": "50.00" });
    expect(r.issues).toEqual([]);
  });
  it("leaves out and reports a dossier with neither an appointment date nor a known procedure", () => {
    const ds = [resolvedOn("orphan", "2022-03-08", { procedureCode: "P9" }), resolvedOn("a", "2022-03-08")];
    const r = dossierIndicators(ds, { period, procedures });
    expect(r.values).toMatchObject({ "3.4.1.a": "1", "3.4.1.b": "1" });
    expect(r.counts.invalid.total).toBe(1);
    expect(r.issues).toEqual([expect.objectContaining({ code: "invalid-record", ids: ["orphan"] })]);
    expect(r.issues[0]?.message.vi).toMatch(/^1 hồ sơ không hợp lệ/);
    expect(r.issues[0]?.message.en).toMatch(/^1 dossier\(s\) invalid/);
  });
  it("counts a dossier of an unknown procedure by its appointment date", () => {
    const ds = [resolvedOn("x", "2022-03-08", { procedureCode: "P9", appointmentDate: "2022-03-08" })];
    const r = dossierIndicators(ds, { period });
    expect(r.values).toMatchObject({ "3.4.1.b": "1", "3.4.1.c": "1" });
    expect(r.issues).toEqual([]);
  });
  it("skips entries of the procedure list that are not procedure records", () => {
    const list = [null, { name: "no code" }, ...procedures] as unknown as Procedure[];
    const r = dossierIndicators([resolvedOn("a", "2022-03-08")], { period, procedures: list });
    expect(r.values["3.4.1.c"]).toBe("1");
  });
  it("judges pending dossiers at asOf", () => {
    const ds = [
      dossier("p", { receivedAt: T("2022-06-20"), appointmentDate: "2022-06-27", status: "processing" }),
    ];
    expect(dossierIndicators(ds, { period }).counts.pending).toMatchObject({ withinDeadline: 0, overdue: 1 });
    expect(dossierIndicators(ds, { period, asOf: "2022-06-24" }).counts.pending).toMatchObject({
      withinDeadline: 1,
      overdue: 0,
    });
  });
  it("counts deadlines on the calendar given (a day off moves the due date)", () => {
    const calendar = createWorkingCalendar({
      overrides: [
        {
          year: 2022,
          source: "test",
          verified: false,
          daysOff: [{ date: "2022-03-07", reason: { vi: "x", en: "x" } }],
        },
      ],
    });
    const ds = [resolvedOn("a", "2022-03-09")];
    expect(dossierIndicators(ds, { period, procedures }).values["3.4.1.c"]).toBe("0");
    expect(dossierIndicators(ds, { period, procedures, calendar }).values["3.4.1.c"]).toBe("1");
  });
  it("counts a second supplement request as late only when asked to", () => {
    const supplements = [
      { requestedAt: T("2022-03-02"), completedAt: T("2022-03-02", "10:00") },
      { requestedAt: T("2022-03-03"), completedAt: T("2022-03-03", "10:00") },
    ];
    const ds = [resolvedOn("a", "2022-03-04", { appointmentDate: "2022-03-08", supplements })];
    expect(dossierIndicators(ds, { period }).values["3.4.1.c"]).toBe("1");
    expect(dossierIndicators(ds, { period, secondSupplementIsLate: false }).values["3.4.1.c"]).toBe("1");
    expect(dossierIndicators(ds, { period, secondSupplementIsLate: true }).values["3.4.1.c"]).toBe("0");
  });
});

describe("dossierIndicators: rates and counts", () => {
  it("writes the online share 7.7.4 and the postal share 7.8.2 over the dossiers processed", () => {
    const ds = [
      resolvedOn("a", "2022-03-04", { channel: "online" }),
      resolvedOn("b", "2022-03-04", { channel: "postal" }),
      resolvedOn("c", "2022-03-04"),
      resolvedOn("d", "2022-03-04"),
    ];
    const r = dossierIndicators(ds, { period, procedures });
    expect(r.values).toMatchObject({ "7.7.4.a": "4", "7.7.4.b": "1", "7.7.4": "25.00", "7.8.2": "25.00" });
  });
  it("writes no rate over zero dossiers (undefined, not 0 %) and reports nothing", () => {
    const r = dossierIndicators([], { period });
    expect(r.values).toMatchObject({ "3.4.1.a": "0", "7.7.4.a": "0", "7.8.2.a": "0" });
    for (const id of ["3.4.1", "7.7.4", "7.8.2"]) expect(r.values).not.toHaveProperty(id);
    expect(r.issues).toEqual([]);
    expect(r.postal).toEqual({ returned: 0, receivedAndReturned: 0 });
  });
  it("gives the QĐ 766 rate over resolved plus pending", () => {
    const ds = [
      resolvedOn("a", "2022-03-04"),
      resolvedOn("late", "2022-03-10"),
      dossier("p", { receivedAt: T("2022-06-27"), status: "processing" }),
    ];
    const r = dossierIndicators(ds, { period, procedures });
    expect(r.values["3.4.1"]).toBe("50.00");
    expect(r.onTimeQd766).toMatchObject({ value: "66.67", denominator: "resolved-plus-pending" });
  });
  it("gives the same values over a synchronous iterable as over an array, synchronously", () => {
    const ds = [resolvedOn("a", "2022-03-04"), resolvedOn("b", "2022-03-10")];
    function* gen() {
      yield* ds;
    }
    const r = dossierIndicators(gen(), { period, procedures });
    expect(r).not.toBeInstanceOf(Promise);
    expect(r.values).toEqual(dossierIndicators(ds, { period, procedures }).values);
  });
  it("counts nothing for a missing list", () => {
    const r = dossierIndicators(undefined as unknown as Dossier[], { period });
    expect(r.counts.processed).toBe(0);
    expect(r.counts.invalid.total).toBe(0);
    expect(r.issues).toEqual([]);
  });
  it("counts entries that are not dossier records as invalid, named '?'", () => {
    const r = dossierIndicators([null, 7, resolvedOn("a", "2022-03-04")] as unknown as Dossier[], {
      period,
      procedures,
    });
    expect(r.counts.processed).toBe(1);
    expect(r.issues).toEqual([expect.objectContaining({ code: "invalid-record", ids: ["?", "?"] })]);
  });
});

describe("dossierIndicators: withdrawn dossiers", () => {
  it("leaves withdrawn dossiers out, names at most 10 and counts them all", async () => {
    const ds = Array.from({ length: 11 }, (_, i) => dossier(`w${i}`, { status: "withdrawn" }));
    const check = (r: { counts: { processed: number; invalid: { total: number } }; issues: unknown[] }) => {
      expect(r.counts.processed).toBe(0);
      expect(r.counts.invalid.total).toBe(0);
      expect(r.issues).toEqual([
        {
          code: "invalid-record",
          ids: ds.slice(0, 10).map((d) => d.id),
          message: { vi: "11 hồ sơ đã rút: không tính", en: "11 withdrawn dossier(s): left out" },
        },
      ]);
    };
    check(dossierIndicators(ds, { period }));
    async function* stream() {
      yield* ds;
    }
    check(await dossierIndicators(stream(), { period }));
  });
});

describe("dossierIndicators: postal service (7.8.2)", () => {
  const returnedOn = (
    id: string,
    received: string,
    returned: string,
    over: Partial<Parameters<typeof DossierSchema.parse>[0]> = {},
  ) =>
    dossier(id, {
      channel: "postal",
      receivedAt: T(received),
      appointmentDate: returned,
      resolvedAt: T(returned),
      returnedAt: T(returned, "15:00"),
      returnedByPost: true,
      status: "returned",
      ...over,
    });
  const postalOf = (ds: Dossier[]) => dossierIndicators(ds, { period }).postal;
  it("counts returns by post on the first and last day of the period, not the days outside", () => {
    expect(postalOf([returnedOn("first", "2021-12-28", "2022-01-01")])).toEqual({
      returned: 1,
      receivedAndReturned: 0,
    });
    expect(postalOf([returnedOn("last", "2022-06-30", "2022-06-30")])).toEqual({
      returned: 1,
      receivedAndReturned: 1,
    });
    expect(postalOf([returnedOn("before", "2021-12-28", "2021-12-31")])).toEqual({
      returned: 0,
      receivedAndReturned: 0,
    });
    expect(postalOf([returnedOn("after", "2022-06-29", "2022-07-01")])).toEqual({
      returned: 0,
      receivedAndReturned: 0,
    });
  });
  it("counts a dossier received by post on the period's first day as received and returned", () => {
    expect(postalOf([returnedOn("a", "2022-01-01", "2022-01-05")])).toEqual({
      returned: 1,
      receivedAndReturned: 1,
    });
  });
  it("does not count as received in the period a dossier received after it, whatever its return date", () => {
    const odd = { ...returnedOn("odd", "2022-06-01", "2022-06-02"), receivedAt: T("2022-07-01") };
    expect(postalOf([odd])).toEqual({ returned: 1, receivedAndReturned: 0 });
  });
  it("counts a return by post only when the dossier was returned by post", () => {
    expect(postalOf([returnedOn("a", "2022-03-01", "2022-03-02", { returnedByPost: false })])).toEqual({
      returned: 0,
      receivedAndReturned: 0,
    });
  });
  it("counts an in-person dossier returned by post as returned, not as received by post", () => {
    expect(postalOf([returnedOn("a", "2022-03-01", "2022-03-02", { channel: "in-person" })])).toEqual({
      returned: 1,
      receivedAndReturned: 0,
    });
  });
  it("dates a return by post by its return date, else by its resolution date", () => {
    const late = returnedOn("a", "2022-06-20", "2022-06-29", { returnedAt: T("2022-07-02") });
    expect(postalOf([late])).toEqual({ returned: 0, receivedAndReturned: 0 });
    const noReturnDate = { ...returnedOn("b", "2022-06-20", "2022-06-29") };
    delete noReturnDate.returnedAt;
    expect(postalOf([noReturnDate])).toEqual({ returned: 1, receivedAndReturned: 1 });
  });
  it("does not count a return by post whose date cannot be read", () => {
    const bad = { ...returnedOn("a", "2022-03-01", "2022-03-02"), returnedAt: "not a date" };
    expect(postalOf([bad])).toEqual({ returned: 0, receivedAndReturned: 0 });
  });
  it("writes 7.8.2.b and .c from the returns", () => {
    const r = dossierIndicators([returnedOn("a", "2022-03-01", "2022-03-02")], { period });
    expect(r.values).toMatchObject({ "7.8.2.a": "1", "7.8.2.b": "1", "7.8.2.c": "1" });
  });
});
