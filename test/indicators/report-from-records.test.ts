import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { CATALOG_2022 } from "../../src/catalog/index.js";
import { reportFromRecords, reportFromRecordsAsync } from "../../src/indicators/index.js";
import {
  type Procedure,
  ProcedureSchema,
  type PublicServiceUnit,
  PublicServiceUnitSchema,
} from "../../src/model/index.js";
import { dossier, T } from "./dossier-fixtures.js";

const period = { kind: "half-year" as const, year: 2022, index: 1, from: "2022-01-01", to: "2022-06-30" };
const agency = { id: "x" };
/** P1: 5 working days. Received Tue 01/03/2022 → due Tue 08/03/2022. */
const procedures: Procedure[] = [
  ProcedureSchema.parse({ code: "P1", name: "P1", level: "province", processingDays: 5 }),
  ProcedureSchema.parse({ code: "C1", name: "C1", level: "central", processingDays: 5 }),
];
const unit = (id: string, publicServices: string): PublicServiceUnit =>
  PublicServiceUnitSchema.parse({ id, name: id, revenue: { publicServices }, recurrentSpending: "100" });

describe("reportFromRecords: the report", () => {
  it("writes the agency with its name only when it has one", () => {
    expect(reportFromRecords({ agency: { id: "x", name: "X" }, period }).report.agency).toEqual({
      id: "x",
      name: "X",
    });
    expect(reportFromRecords({ agency, period }).report.agency).toStrictEqual({ id: "x" });
  });
  it("writes asOf and the catalog version only when given", () => {
    const bare = reportFromRecords({ agency, period }).report;
    expect(bare).not.toHaveProperty("asOf");
    expect(bare).not.toHaveProperty("catalogVersion");
    expect(bare.period).toEqual(period);
    const full = reportFromRecords({ agency, period, asOf: "2022-07-05", catalogVersion: "2022" }).report;
    expect(full).toMatchObject({ asOf: "2022-07-05", catalogVersion: "2022" });
  });
  it("writes only the rows of the records given", () => {
    const none = reportFromRecords({ agency, period });
    expect(none.report.values).toEqual({});
    expect(none).not.toHaveProperty("dossierCounts");
    const onlyUnits = reportFromRecords({ agency, period, units: [unit("u", "25")] }).report.values;
    expect(Object.keys(onlyUnits).every((id) => id.startsWith("6.2."))).toBe(true);
    const onlyProcedures = reportFromRecords({ agency, period, procedures }).report.values;
    expect(onlyProcedures["3.1.4"]).toEqual({ value: "1" });
    expect(onlyProcedures).not.toHaveProperty("3.4.1.a");
    expect(onlyProcedures).not.toHaveProperty("6.2.1");
  });
  it("writes the rows in the catalog's order", () => {
    const { report } = reportFromRecords({
      agency,
      period,
      procedures,
      dossiers: [dossier("a", { resolvedAt: T("2022-03-04"), status: "resolved" })],
      units: [unit("u", "25")],
    });
    const order = new Map(CATALOG_2022.rows.map((r, i) => [r.id, i]));
    const ids = Object.keys(report.values);
    expect(ids.every((id) => order.has(id))).toBe(true);
    expect(ids).toEqual([...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
    expect(ids.indexOf("3.4.1")).toBeLessThan(ids.indexOf("6.2.1"));
    expect(ids.indexOf("6.2.1")).toBeLessThan(ids.indexOf("7.7.1.a"));
  });
  it("collects the issues of every part", () => {
    const r = reportFromRecords({
      agency,
      period,
      procedures,
      dossiers: [dossier("w", { status: "withdrawn" })],
      units: [PublicServiceUnitSchema.parse({ id: "z", name: "z", revenue: {}, recurrentSpending: "0" })],
    });
    expect(r.issues.map((i) => i.code)).toEqual([
      "central-level-procedure",
      "unclassifiable-unit",
      "invalid-record",
    ]);
    expect(r.inferences).toEqual([]);
  });
  it("classifies units under the regime in force at the period's end", () => {
    // exactly 10 %: group 4 under NĐ 16/2015 (before 2021-08-15), group 3 under NĐ 60/2021
    const early = { kind: "half-year" as const, year: 2021, index: 1, from: "2021-01-01", to: "2021-06-30" };
    const v = reportFromRecords({ agency, period: early, units: [unit("u", "10")] }).report.values;
    expect(v["6.2.5"]).toEqual({ value: "1" });
    expect(reportFromRecords({ agency, period, units: [unit("u", "10")] }).report.values["6.2.4.c"]).toEqual({
      value: "1",
    });
  });
});

describe("reportFromRecords: dossiers", () => {
  const onTime = dossier("a", { resolvedAt: T("2022-03-08"), status: "resolved" });
  const dueMonday = dossier("p", {
    receivedAt: T("2022-06-20"),
    appointmentDate: "2022-06-27",
    status: "processing",
  });
  it("counts dossiers against the procedures given", () => {
    const r = reportFromRecords({ agency, period, procedures, dossiers: [onTime] });
    expect(r.report.values["3.4.1.c"]).toEqual({ value: "1" });
    expect(r.dossierCounts?.invalid.total).toBe(0);
  });
  it("judges pending dossiers at asOf", async () => {
    expect(reportFromRecords({ agency, period, dossiers: [dueMonday] }).dossierCounts?.pending.overdue).toBe(
      1,
    );
    const input = { agency, period, asOf: "2022-06-24", dossiers: [dueMonday] };
    expect(reportFromRecords(input).dossierCounts?.pending.withinDeadline).toBe(1);
    expect((await reportFromRecordsAsync(input)).dossierCounts?.pending.withinDeadline).toBe(1);
  });
  it("counts procedures in force at asOf", () => {
    const later = ProcedureSchema.parse({
      code: "L",
      name: "L",
      level: "province",
      processingDays: 5,
      validFrom: "2022-07-01",
    });
    expect(reportFromRecords({ agency, period, procedures: [later] }).report.values["3.1.4"]).toEqual({
      value: "0",
    });
    expect(
      reportFromRecords({ agency, period, asOf: "2022-07-05", procedures: [later] }).report.values["3.1.4"],
    ).toEqual({ value: "1" });
  });
  it("counts deadlines on the calendar given", () => {
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
    const late = dossier("b", { resolvedAt: T("2022-03-09"), status: "resolved" });
    expect(
      reportFromRecords({ agency, period, procedures, dossiers: [late] }).report.values["3.4.1.c"],
    ).toEqual({
      value: "0",
    });
    expect(
      reportFromRecords({ agency, period, procedures, dossiers: [late], calendar }).report.values["3.4.1.c"],
    ).toEqual({ value: "1" });
  });
  it("writes no dossier rows without dossiers, also when asked asynchronously", async () => {
    const r = await reportFromRecordsAsync({ agency, period, procedures });
    expect(r.report.values).not.toHaveProperty("3.4.1.a");
    expect(r).not.toHaveProperty("dossierCounts");
  });
  it("reads a synchronous list of dossiers when asked asynchronously", async () => {
    const r = await reportFromRecordsAsync({ agency, period, procedures, dossiers: [onTime] });
    expect(r.report.values["3.4.1.c"]).toEqual({ value: "1" });
  });
});
