import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_2022 } from "../../src/catalog/v2022.js";
import {
  dossierIndicators,
  procedureIndicators,
  reportFromRecords,
  reportFromRecordsAsync,
  unitIndicators,
} from "../../src/indicators/index.js";
import { numberOf } from "../../src/indicators/values.js";
import {
  type Dossier,
  type Procedure,
  ProcedureSchema,
  PublicServiceUnitSchema,
} from "../../src/model/index.js";
import type { Report } from "../../src/model/report.js";
import { compareDecimal, sumDecimals } from "../../src/numbers/decimal.js";
import { compareReportedRate } from "../../src/numbers/interval.js";
import { checkReport } from "../../src/rules/index.js";
import { dossier, T } from "./dossier-fixtures.js";

const proc = (code: string, over: Partial<Parameters<typeof ProcedureSchema.parse>[0]> = {}): Procedure =>
  ProcedureSchema.parse({ code, name: `TTHC ${code}`, level: "province", processingDays: 5, ...over });

const procedures: Procedure[] = [
  proc("P1", {
    onlineLevel: { regime: "nd43-2011", level: 4 },
    hasFee: true,
    onlinePayment: true,
    nationalPortalPayment: true,
    postal: { receive: true, return: true },
  }),
  proc("P2", {
    onlineLevel: { regime: "nd43-2011", level: 3 },
    hasFee: true,
    postal: { receive: true, return: false },
  }),
  proc("P3", { onlineLevel: { regime: "nd43-2011", level: 2 }, oneStop: "inter-agency-same-level" }),
  proc("P4", {
    level: "district",
    oneStop: "inter-agency-between-levels",
    postal: { receive: false, return: true },
  }),
  proc("P5", { level: "commune", oneStop: "none" }),
  proc("P6", { level: "central" }),
  proc("P7", { inForce: false }),
  proc("P8", { validTo: "2021-12-31" }),
];

describe("procedureIndicators", () => {
  // computed inside each test: a mutation-testing run activates a mutant for the tests only
  const indicators = () => procedureIndicators(procedures, { at: "2022-06-30" });
  it("counts procedures in force by level and leaves central ones out", () => {
    const r = indicators();
    expect(r.values).toMatchObject({ "3.1.4": "5", "3.1.4.a": "3", "3.1.4.b": "1", "3.1.4.c": "1" });
    expect(r.issues.map((i) => i.code)).toEqual(["central-level-procedure"]);
  });
  it("counts one-stop modes, online levels, fees and postal service", () => {
    const r = indicators();
    expect(r.values).toMatchObject({
      "3.3.1": "4",
      "3.3.1.a": "1",
      "3.3.1.b": "1",
      "7.7.1.b": "1",
      "7.7.2.b": "1",
      "7.7.1": "100.00",
      "7.7.5.a": "2",
      "7.7.5.b": "1",
      "7.7.5": "50.00",
      "7.7.6.b": "1",
      "7.8.1": "3",
      "7.8.1.a": "2",
      "7.8.1.b": "2",
      "7.8.1.c": "1",
    });
    expect(r.inferences).toEqual([]);
  });
  it("has no district row from 2025-07-01 and reports district procedures", () => {
    const late = procedureIndicators(procedures, { at: "2025-07-01" });
    expect(late.values["3.1.4.b"]).toBeUndefined();
    expect(late.values["3.1.4"]).toBe("4");
    expect(late.issues.find((i) => i.code === "district-after-reorganisation")?.ids).toEqual(["P4"]);
  });
  it("maps NĐ 42/2022 classes to levels and says it is an unverified inference", () => {
    const r42 = procedureIndicators(
      [
        proc("A", { onlineLevel: { regime: "nd42-2022", class: "full" } }),
        proc("B", { onlineLevel: { regime: "nd42-2022", class: "partial" } }),
      ],
      { at: "2023-01-01" },
    );
    expect(r42.values).toMatchObject({ "7.7.1.b": "1", "7.7.2.b": "1" });
    expect(r42.inferences).toHaveLength(1);
    expect(r42.inferences[0]).toMatchObject({ id: "nd42-online-class-mapping", verified: false });
  });
  it("leaves a rate out when there is no procedure", () => {
    expect(procedureIndicators([], { at: "2022-06-30" }).values["7.7.1"]).toBeUndefined();
  });
});

const dossiers: Dossier[] = [
  dossier("early", {
    channel: "online",
    appointmentDate: "2022-03-08",
    resolvedAt: T("2022-03-04"),
    status: "resolved",
  }),
  dossier("ontime", {
    appointmentDate: "2022-03-08",
    resolvedAt: T("2022-03-08", "16:00"),
    status: "resolved",
  }),
  dossier("late", {
    channel: "postal",
    appointmentDate: "2022-03-08",
    resolvedAt: T("2022-03-10"),
    status: "returned",
    returnedByPost: true,
    returnedAt: T("2022-03-11"),
  }),
  dossier("pending-ok", { receivedAt: T("2022-06-25"), appointmentDate: "2022-07-05", status: "processing" }),
  dossier("pending-late", { appointmentDate: "2022-03-08", status: "processing" }),
  dossier("carried", {
    receivedAt: T("2021-12-20"),
    appointmentDate: "2022-01-10",
    resolvedAt: T("2022-01-05"),
    status: "resolved",
  }),
  dossier("before", {
    receivedAt: T("2021-11-01"),
    appointmentDate: "2021-11-10",
    resolvedAt: T("2021-11-05"),
    status: "resolved",
  }),
  dossier("after", { receivedAt: T("2022-07-02"), status: "received" }),
  dossier("withdrawn", { status: "withdrawn" }),
];
const period = { from: "2022-01-01", to: "2022-06-30" };

describe("dossierIndicators", () => {
  const indicators = () => dossierIndicators(dossiers, { period, procedures });
  it("counts processed, resolved and on time (early + on time)", () => {
    const r = indicators();
    expect(r.values).toMatchObject({ "3.4.1.a": "6", "3.4.1.b": "4", "3.4.1.c": "3", "3.4.1": "75.00" });
    expect(r.counts.pending).toMatchObject({ withinDeadline: 1, overdue: 1 });
    expect(r.counts.carriedOver).toBe(1);
  });
  it("counts online and postal dossiers over the same base", () => {
    const r = indicators();
    expect(r.values).toMatchObject({
      "7.7.4.a": "6",
      "7.7.4.b": "1",
      "7.8.2.a": "1",
      "7.8.2.b": "1",
      "7.8.2.c": "1",
      "7.8.2": "16.67",
    });
  });
  it("gives the QĐ 766 on-time rate with its named denominator", () => {
    const r = indicators();
    expect(r.onTimeQd766).toMatchObject({ value: "66.67", denominator: "resolved-plus-pending" });
  });
  it("reports withdrawn dossiers", () => {
    const r = indicators();
    expect(r.issues.find((i) => i.ids.includes("withdrawn"))).toBeDefined();
  });
  it("gives the same result over an async iterable", async () => {
    const r = indicators();
    async function* stream() {
      for (const d of dossiers) yield d;
    }
    const a = await dossierIndicators(stream(), { period, procedures });
    expect(a.values).toEqual(r.values);
  });
});

describe("unitIndicators", () => {
  const unit = (
    id: string,
    publicServices: string,
    recurrentSpending: string,
    selfFinancesInvestment = false,
  ) =>
    PublicServiceUnitSchema.parse({
      id,
      name: id,
      revenue: { publicServices },
      recurrentSpending,
      selfFinancesInvestment,
    });
  it("classifies the reference report's two centres (25% and 100%)", () => {
    const r = unitIndicators([unit("a", "250", "1000"), unit("b", "1000", "1000")], { at: "2022-06-30" });
    expect(r.values).toMatchObject({
      "6.2.1": "2",
      "6.2.3": "1",
      "6.2.4": "1",
      "6.2.4.c": "1",
      "6.2.5": "0",
    });
    expect(r.issues).toEqual([]);
  });
  it("leaves a unit without recurrent spending out and says so", () => {
    const r = unitIndicators([unit("z", "5", "0")], { at: "2022-06-30" });
    expect(r.values["6.2.1"]).toBe("0");
    expect(r.issues[0]).toMatchObject({ code: "unclassifiable-unit", ids: ["z"] });
  });
});

/** Every sum, subset, equality and rate relation of the catalog holds exactly in `report`. */
function relationViolations(report: Report): string[] {
  const n = (id: string) => numberOf(report.values[id]);
  const bad: string[] = [];
  for (const rel of CATALOG_2022.relations) {
    if (rel.kind === "sum" || rel.kind === "subset") {
      const t = n(rel.total);
      const parts = rel.parts.map(n);
      if (t === null || parts.some((p) => p === null)) continue;
      const c = compareDecimal(sumDecimals(parts as string[]), t);
      if (rel.kind === "sum" ? c !== 0 : c > 0) bad.push(`${rel.kind} ${rel.total}`);
    } else if (rel.kind === "equal") {
      const l = n(rel.left);
      const r = n(rel.right);
      if (l !== null && r !== null && compareDecimal(l, r) !== 0) bad.push(`equal ${rel.left}`);
    } else if (rel.kind === "rate") {
      const v = n(rel.rate);
      const num = n(rel.numerator);
      const den = n(rel.denominator);
      if (v === null || num === null || den === null) continue;
      if (compareReportedRate({ value: v, decimals: 2 }, num, den).status !== "consistent")
        bad.push(`rate ${rel.rate}`);
    }
  }
  return bad;
}

const arbProcedure = fc.record({
  level: fc.constantFrom("province", "district", "commune"),
  online: fc.constantFrom(0, 3, 4),
  fee: fc.boolean(),
  pay: fc.boolean(),
  portal: fc.boolean(),
  rec: fc.boolean(),
  ret: fc.boolean(),
  mode: fc.constantFrom("none", "one-stop", "inter-agency-same-level", "inter-agency-between-levels"),
});

describe("reportFromRecords", () => {
  it("builds a report whose relations hold by construction (property)", () => {
    fc.assert(
      fc.property(
        fc.array(arbProcedure, { maxLength: 30 }),
        fc.array(
          fc.record({
            day: fc.integer({ min: -20, max: 200 }),
            res: fc.integer({ min: -1, max: 30 }),
            ch: fc.constantFrom("online", "in-person", "postal"),
            post: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        (ps, ds) => {
          const procs = ps.map((p, i) =>
            proc(`X${i}`, {
              level: p.level as "province",
              oneStop: p.mode as "none",
              ...(p.online ? { onlineLevel: { regime: "nd43-2011" as const, level: p.online as 3 } } : {}),
              hasFee: p.fee,
              onlinePayment: p.pay,
              nationalPortalPayment: p.portal,
              postal: { receive: p.rec, return: p.ret },
            }),
          );
          const base = Date.UTC(2022, 0, 1);
          const day = (k: number) => new Date(base + k * 86_400_000).toISOString().slice(0, 10);
          // consistent records: a dossier belongs to a listed procedure; by post only where it offers post
          const dossiersX = ds.flatMap((d, i) => {
            const p = procs[i % Math.max(procs.length, 1)];
            if (!p) return [];
            const ch = d.ch === "postal" && !p.postal.receive ? "in-person" : d.ch;
            return [
              dossier(`D${i}`, {
                procedureCode: p.code,
                channel: ch as "online",
                receivedAt: T(day(d.day)),
                appointmentDate: day(d.day + 7),
                ...(d.res >= 0
                  ? { resolvedAt: T(day(d.day + d.res)), status: "resolved" as const }
                  : { status: "processing" as const }),
                returnedByPost: d.post && p.postal.return,
              }),
            ];
          });
          const { report } = reportFromRecords({
            agency: { id: "x" },
            period: { kind: "half-year", year: 2022, index: 1, ...period },
            procedures: procs,
            dossiers: dossiersX,
          });
          expect(relationViolations(report)).toEqual([]);
          const serious = checkReport(report).findings.filter((f) => f.severity !== "info");
          expect(serious.map((f) => `${f.rule} ${f.code}: ${f.messages.en}`)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
  it("writes exact strings, notes the NĐ 42 inference on the rows, and works async", async () => {
    const input = {
      agency: { id: "x", name: "X" },
      period: { kind: "half-year" as const, year: 2022, index: 1, ...period },
      procedures: [proc("A", { onlineLevel: { regime: "nd42-2022", class: "full" } })],
      dossiers,
      units: [
        PublicServiceUnitSchema.parse({
          id: "u",
          name: "u",
          revenue: { publicServices: "1" },
          recurrentSpending: "2",
        }),
      ],
    };
    const r = reportFromRecords(input);
    expect(r.report.values["3.1.4"]).toEqual({ value: "1" });
    expect(r.report.values["7.7.2"]?.note).toMatch(/\[unverified\]/);
    expect(r.report.values["6.2.4.b"]).toEqual({ value: "1" });
    expect(r.dossierCounts?.processed).toBe(6);
    async function* stream() {
      yield* dossiers;
    }
    const a = await reportFromRecordsAsync({ ...input, dossiers: stream() });
    expect(a.report.values).toEqual(r.report.values);
  });
});
