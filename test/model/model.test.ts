import { describe, expect, it } from "vitest";
import {
  AgencySchema,
  DisbursementSchema,
  DossierFlowSchema,
  DossierSchema,
  LegalDocumentSchema,
  modelJsonSchemas,
  ProcedureSchema,
  PublicServiceUnitSchema,
  parseModel,
  ReportingPeriodSchema,
  ReportSchema,
  StaffingSchema,
} from "../../src/model/index.js";

const paths = (r: { ok: boolean; issues?: { path: (string | number)[] }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.path.join("."));

describe("Agency", () => {
  const ok = {
    id: "khanh-hoa/skhcn",
    name: "Sở Khoa học và Công nghệ tỉnh Khánh Hòa",
    symbol: "SKHCN",
    aliases: ["SKHHCN", "SKHChN"],
    kind: "specialised-agency",
    level: "province",
  };
  it("accepts a department with its alias spellings", () => {
    const r = parseModel(AgencySchema, ok);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.aliases).toEqual(["SKHHCN", "SKHChN"]);
  });
  it("rejects an unknown level with a path", () => {
    expect(paths(parseModel(AgencySchema, { ...ok, level: "hamlet" }))).toEqual(["level"]);
  });
  it("rejects a district-level agency valid after 2025-06-30", () => {
    expect(paths(parseModel(AgencySchema, { ...ok, level: "district", validTo: "2025-07-01" }))).toEqual([
      "validTo",
    ]);
    expect(paths(parseModel(AgencySchema, { ...ok, level: "district", validFrom: "2025-07-01" }))).toEqual([
      "validFrom",
    ]);
    expect(parseModel(AgencySchema, { ...ok, level: "district", validTo: "2025-06-30" }).ok).toBe(true);
  });
  it("rejects inverted validity and self-parenting", () => {
    expect(
      paths(parseModel(AgencySchema, { ...ok, validFrom: "2022-01-02", validTo: "2022-01-01" })),
    ).toEqual(["validTo"]);
    expect(paths(parseModel(AgencySchema, { ...ok, parent: ok.id }))).toEqual(["parent"]);
  });
});

describe("LegalDocument", () => {
  const vbqppl = {
    reference: {
      symbol: "14/2018/QĐ-UBND",
      number: "14",
      year: 2018,
      type: "QĐ",
      issuers: ["UBND"],
      issuedOn: "2018-06-20",
    },
    normative: true,
    status: "expired",
  };
  it("accepts a normative document whose year matches its issue date", () => {
    expect(parseModel(LegalDocumentSchema, vbqppl).ok).toBe(true);
  });
  it("rejects a year that differs from the issue date", () => {
    const bad = { ...vbqppl, reference: { ...vbqppl.reference, issuedOn: "2019-01-02" } };
    expect(paths(parseModel(LegalDocumentSchema, bad))).toEqual(["reference.issuedOn"]);
  });
  it("requires a year on VBQPPL and forbids it on administrative documents", () => {
    const { year: _y, ...noYear } = vbqppl.reference;
    expect(paths(parseModel(LegalDocumentSchema, { ...vbqppl, reference: noYear }))).toEqual([
      "reference.year",
    ]);
    expect(paths(parseModel(LegalDocumentSchema, { ...vbqppl, normative: false }))).toEqual([
      "reference.year",
    ]);
  });
  it("rejects a non-numeric document number", () => {
    expect(
      paths(
        parseModel(LegalDocumentSchema, { ...vbqppl, reference: { ...vbqppl.reference, number: "abc" } }),
      ),
    ).toEqual(["reference.number"]);
  });
});

describe("Procedure", () => {
  const p = { code: "1.004363", name: "Công bố hợp quy", level: "province", processingDays: 5 };
  it("fills defaults for fee, postal and one-stop", () => {
    const r = parseModel(ProcedureSchema, p);
    expect(r.ok && r.data.hasFee === false && r.data.oneStop === "one-stop").toBe(true);
  });
  it("keeps both online-level vocabularies", () => {
    expect(parseModel(ProcedureSchema, { ...p, onlineLevel: { regime: "nd43-2011", level: 4 } }).ok).toBe(
      true,
    );
    expect(
      parseModel(ProcedureSchema, { ...p, onlineLevel: { regime: "nd42-2022", class: "partial" } }).ok,
    ).toBe(true);
    expect(
      paths(parseModel(ProcedureSchema, { ...p, onlineLevel: { regime: "nd43-2011", level: 5 } })),
    ).toEqual(["onlineLevel.level"]);
  });
  it("rejects negative processing time and a bad cut-off", () => {
    expect(paths(parseModel(ProcedureSchema, { ...p, processingDays: -1 }))).toEqual(["processingDays"]);
    expect(paths(parseModel(ProcedureSchema, { ...p, sameDayCutoff: "25:00" }))).toEqual(["sameDayCutoff"]);
    expect(parseModel(ProcedureSchema, { ...p, sameDayCutoff: "15:00" }).ok).toBe(true);
  });
});

describe("Dossier", () => {
  const d = {
    id: "H34-0001",
    procedureCode: "1.004363",
    channel: "online",
    receivedAt: "2022-03-01T08:30:00+07:00",
    resolvedAt: "2022-03-04T16:00:00+07:00",
    status: "resolved",
  };
  it("accepts events in order", () => {
    expect(parseModel(DossierSchema, d).ok).toBe(true);
  });
  it("requires an offset on timestamps", () => {
    expect(paths(parseModel(DossierSchema, { ...d, receivedAt: "2022-03-01T08:30:00" }))).toEqual([
      "receivedAt",
    ]);
  });
  it("rejects events out of order, with the offending path", () => {
    expect(paths(parseModel(DossierSchema, { ...d, resolvedAt: "2022-02-28T08:00:00+07:00" }))).toEqual([
      "resolvedAt",
    ]);
    const sup = { requestedAt: "2022-03-03T08:00:00+07:00", completedAt: "2022-03-02T08:00:00+07:00" };
    expect(paths(parseModel(DossierSchema, { ...d, supplements: [sup] }))).toEqual([
      "supplements.0.completedAt",
    ]);
  });
  it("requires resolvedAt on a resolved dossier", () => {
    const { resolvedAt: _r, ...pending } = d;
    expect(paths(parseModel(DossierSchema, pending))).toEqual(["resolvedAt"]);
    expect(parseModel(DossierSchema, { ...pending, status: "processing" }).ok).toBe(true);
  });
});

describe("PublicServiceUnit, Disbursement, Staffing", () => {
  it("accepts money as exact decimal strings and rejects floats-as-strings with exponents", () => {
    expect(
      parseModel(PublicServiceUnitSchema, {
        id: "u",
        name: "Trung tâm",
        revenue: { publicServices: "250" },
        recurrentSpending: "1000",
      }).ok,
    ).toBe(true);
    expect(
      paths(
        parseModel(PublicServiceUnitSchema, { id: "u", name: "T", revenue: {}, recurrentSpending: "1e3" }),
      ),
    ).toEqual(["recurrentSpending"]);
    expect(paths(parseModel(DisbursementSchema, { planned: 20000, disbursed: "0" }))).toEqual(["planned"]);
  });
  it("rejects staff present above the quota", () => {
    expect(parseModel(StaffingSchema, { quota: 33, present: 32 }).ok).toBe(true);
    expect(paths(parseModel(StaffingSchema, { quota: 33, present: 34 }))).toEqual(["present"]);
  });
});

describe("ReportingPeriod", () => {
  it("accepts an NĐ 09 half-year window", () => {
    expect(
      parseModel(ReportingPeriodSchema, {
        kind: "half-year",
        year: 2022,
        index: 1,
        from: "2021-12-15",
        to: "2022-06-14",
      }).ok,
    ).toBe(true);
  });
  it("rejects a missing or out-of-range index and an inverted window", () => {
    expect(
      paths(
        parseModel(ReportingPeriodSchema, {
          kind: "quarter",
          year: 2022,
          from: "2022-01-01",
          to: "2022-03-31",
        }),
      ),
    ).toEqual(["index"]);
    expect(
      paths(
        parseModel(ReportingPeriodSchema, {
          kind: "quarter",
          year: 2022,
          index: 5,
          from: "2022-01-01",
          to: "2022-03-31",
        }),
      ),
    ).toEqual(["index"]);
    expect(
      paths(
        parseModel(ReportingPeriodSchema, { kind: "year", year: 2022, from: "2022-12-31", to: "2022-01-01" }),
      ),
    ).toEqual(["to"]);
  });
  it("rejects an impossible calendar date", () => {
    expect(
      paths(
        parseModel(ReportingPeriodSchema, { kind: "year", year: 2022, from: "2022-02-30", to: "2022-12-31" }),
      ),
    ).toEqual(["from"]);
  });
});

describe("Report", () => {
  const report = {
    agency: { id: "khanh-hoa/skhcn" },
    period: { kind: "half-year", year: 2022, index: 1, from: "2022-01-01", to: "2022-06-30" },
    values: { "1.2": { raw: "37,03%" }, "6.1.a": { value: "20000" } },
  };
  it("accepts values keyed by indicator id and fills the format", () => {
    const r = parseModel(ReportSchema, report);
    expect(r.ok && r.data.format).toBe("cchc.report/1");
  });
  it("rejects a bad indicator id as a record key, with its path", () => {
    const r = parseModel(ReportSchema, { ...report, values: { __proto__x: { raw: "1" } } });
    expect(r.ok).toBe(false);
    expect(paths(r)[0]).toMatch(/^values/);
  });
  it("does not pollute prototypes with a __proto__ key", () => {
    const input = JSON.parse(
      '{"agency":{"id":"a"},"period":{"kind":"year","year":2022,"from":"2022-01-01","to":"2022-12-31"},"values":{"__proto__":{"raw":"1"}}}',
    );
    const r = parseModel(ReportSchema, input);
    // zod drops the key (it is not a valid indicator id anyway); nothing reaches Object.prototype.
    expect(r.ok && Object.hasOwn(r.data.values, "__proto__")).toBe(false);
    expect(({} as Record<string, unknown>).raw).toBeUndefined();
  });
  it("never throws on hostile input", () => {
    for (const x of [null, undefined, 42, "report", [], { values: null }, { period: { from: 1 } }]) {
      const r = parseModel(ReportSchema, x);
      expect(r.ok).toBe(false);
    }
  });
});

describe("JSON Schemas", () => {
  it("produces a JSON Schema for every model type", () => {
    const s = modelJsonSchemas();
    expect(Object.keys(s).sort()).toEqual(
      [
        "agency",
        "disbursement",
        "dossier",
        "dossier-flow",
        "legal-document",
        "procedure",
        "public-service-unit",
        "report",
        "reporting-period",
        "staffing",
      ].sort(),
    );
    expect(s.report.type).toBe("object");
    expect((s.report.required as string[]).includes("values")).toBe(true);
  });
});

describe("DossierFlowSchema", () => {
  it("accepts a record with blanks and rejects negative or fractional counts", () => {
    expect(DossierFlowSchema.safeParse({ unit: "A", resolved: 3 }).success).toBe(true);
    expect(DossierFlowSchema.safeParse({ unit: "A", resolved: -1 }).success).toBe(false);
    expect(DossierFlowSchema.safeParse({ unit: "A", resolved: 1.5 }).success).toBe(false);
    expect(DossierFlowSchema.safeParse({ unit: "A", onTimeRate: "98,5" }).success).toBe(false);
    expect(
      DossierFlowSchema.safeParse({ unit: "A", received: 4520, decimals: { received: -1 } }).success,
    ).toBe(true);
    expect(modelJsonSchemas()["dossier-flow"].type).toBe("object");
  });
});
