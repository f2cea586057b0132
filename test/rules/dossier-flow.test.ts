import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_2022, ON_TIME_RATE_PROFILES } from "../../src/catalog/index.js";
import { dossierFlowRate } from "../../src/indicators/index.js";
import { type DossierFlow, ReportSchema } from "../../src/model/index.js";
import { cachedIndex, checkDossierFlows, checkReport, resolveValue } from "../../src/rules/index.js";
import { FLOW } from "./dossier-flow-fixture.js";

/** A consistent record built from its smallest parts. */
function flowOf(p: {
  carriedOver: number;
  early: number;
  onTime: number;
  late: number;
  within: number;
  overdue: number;
  returned?: number;
  online: number;
  postal: number;
}): DossierFlow {
  const resolved = p.early + p.onTime + p.late;
  const pending = p.within + p.overdue;
  const returned = p.returned ?? 0;
  const toProcess = resolved + pending + returned;
  const carriedOver = Math.min(p.carriedOver, toProcess);
  const received = toProcess - carriedOver;
  const online = Math.min(p.online, received);
  const postal = Math.min(p.postal, received - online);
  return {
    unit: "U",
    carriedOver,
    received,
    receivedOnline: online,
    receivedPostal: postal,
    receivedInPerson: received - online - postal,
    toProcess,
    resolved,
    resolvedEarly: p.early,
    resolvedOnTime: p.onTime,
    resolvedLate: p.late,
    pending,
    pendingWithinDeadline: p.within,
    pendingOverdue: p.overdue,
    returned,
  };
}

const parts = fc.record({
  carriedOver: fc.nat(500),
  early: fc.nat(5000),
  onTime: fc.nat(5000),
  late: fc.nat(300),
  within: fc.nat(500),
  overdue: fc.nat(100),
  returned: fc.nat(20),
  online: fc.nat(6000),
  postal: fc.nat(200),
});

const rules = (flows: DossierFlow[], profile?: string) =>
  checkDossierFlows(flows, profile === undefined ? { lang: "en" } : { lang: "en", profile }).map(
    (f) => f.rule,
  );

describe("checkDossierFlows: flow identities", () => {
  const base = flowOf({
    carriedOver: 12,
    early: 200,
    onTime: 125,
    late: 5,
    within: 20,
    overdue: 2,
    online: 300,
    postal: 10,
  });

  it("a consistent record gives no finding", () => {
    expect(checkDossierFlows([base])).toEqual([]);
  });
  it("to process = carried over + newly received", () => {
    expect(rules([{ ...base, carriedOver: 15 }])).toContain("flow.to-process");
  });
  it("resolved + pending above to process is an error; below it without a returned column only a warning", () => {
    const { returned: _r, ...noReturned } = base;
    const above = checkDossierFlows([{ ...noReturned, pending: 30, pendingWithinDeadline: 28 }]);
    expect(above.find((f) => f.rule === "flow.disposition")?.severity).toBe("error");
    const below = checkDossierFlows([{ ...noReturned, toProcess: 360, received: 348 }]);
    const f = below.find((x) => x.rule === "flow.disposition");
    expect(f?.severity).toBe("warning");
    expect(f?.messages.en).toContain("Returned or withdrawn");
  });
  it("with a returned column the disposition must add up exactly", () => {
    const f = checkDossierFlows([{ ...base, returned: 3 }]).find((x) => x.rule === "flow.disposition");
    expect(f?.severity).toBe("error");
    expect(f?.expected?.value).toBe("355");
    expect(f?.actual?.value).toBe("352");
  });
  it("early + on time + late short of resolved", () => {
    const f = checkDossierFlows([{ ...base, resolvedOnTime: 121 }], { lang: "en" });
    const parts = f.find((x) => x.rule === "flow.resolved-parts");
    expect(parts?.code).toBe("resolved");
    expect(parts?.units).toEqual(["U"]);
    expect(parts?.message).toContain("4 dossier(s) fewer");
  });
  it("on time incl. early + late against resolved when the table joins early and on time", () => {
    const flow: DossierFlow = { unit: "A", resolved: 100, resolvedOnTimeOrEarly: 90, resolvedLate: 9 };
    expect(rules([flow])).toEqual(["flow.resolved-parts"]);
    expect(rules([{ ...flow, resolvedLate: 10 }])).toEqual([]);
  });
  it("pending = within + overdue; channels add up to received", () => {
    expect(rules([{ ...base, pendingOverdue: 3 }])).toContain("flow.pending-parts");
    expect(rules([{ ...base, receivedPostal: 11 }])).toContain("flow.channels");
    const joined: DossierFlow = {
      unit: "B",
      received: 100,
      receivedOnline: 60,
      receivedInPersonOrPostal: 40,
    };
    expect(rules([joined])).toEqual([]);
    expect(rules([{ ...joined, receivedInPersonOrPostal: 41 }])).toEqual(["flow.channels"]);
  });
  it("blank is not 0: an unreported part skips the identity", () => {
    const { resolvedLate: _l, ...noLate } = base;
    expect(rules([noLate])).toEqual([]);
  });
  it("uncollected results cannot exceed resolved", () => {
    expect(rules([{ ...base, uncollected: 331 }])).toEqual(["flow.subset"]);
    expect(rules([{ ...base, uncollected: 330 }])).toEqual([]);
  });
  it("a count published rounded (4,52 ngàn = 4 520 ± 5) is compared as an interval", () => {
    const flow: DossierFlow = {
      unit: "C",
      carriedOver: 12,
      received: 4520,
      toProcess: 4530,
      decimals: { received: -1 },
    };
    expect(rules([flow])).toEqual([]);
    expect(rules([{ ...flow, toProcess: 4540 }])).toEqual(["flow.to-process"]);
  });
  it("property: every record built from consistent parts passes; moving one dossier breaks an identity", () => {
    fc.assert(
      fc.property(
        parts,
        fc.constantFrom("resolvedEarly", "pendingOverdue", "carriedOver", "receivedOnline"),
        (p, f) => {
          const flow = flowOf(p);
          expect(checkDossierFlows([flow])).toEqual([]);
          const broken = { ...flow, [f]: (flow[f as keyof DossierFlow] as number) + 1 };
          expect(checkDossierFlows([broken]).filter((x) => x.severity === "error").length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("checkDossierFlows: printed rates and shares", () => {
  const flow = FLOW;
  it("a rate consistent with the table's profile gives no finding", () => {
    expect(rules([{ ...flow, onTimeRate: "98.48" }])).toEqual([]);
    expect(rules([{ ...flow, onTimeRate: "98.5" }])).toEqual([]);
    expect(rules([{ ...flow, onTimeRate: "98.01" }], "qd766")).toEqual([]);
  });
  it("a rate truncated instead of rounded is a warning, told apart from a wrong one", () => {
    const f = checkDossierFlows([{ ...flow, onTimeRate: "98.4" }], { lang: "en" });
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["flow.rate-truncated", "warning"]]);
    expect(f[0]?.expected?.value).toBe("98.5");
  });
  it("a rate under another definition names the profiles it matches", () => {
    const f = checkDossierFlows([{ ...flow, onTimeRate: "98.01" }], { lang: "en" });
    expect(f).toHaveLength(1);
    expect(f[0]?.rule).toBe("flow.rate");
    expect(f[0]?.message).toContain("matches profile qd766, portal-late-share");
    expect(f[0]?.expected?.description).toContain("matches qd766, portal-late-share");
  });
  it("a row's own profile wins over the table's", () => {
    expect(rules([{ ...flow, onTimeRate: "98.01", profile: "qd766" }])).toEqual([]);
  });
  it("a late rate is checked as the complement of the profile", () => {
    expect(rules([{ ...flow, lateRate: "1.99" }], "portal-late-share")).toEqual([]);
    expect(rules([{ ...flow, lateRate: "1.52" }], "portal-late-share")).toEqual(["flow.rate"]);
  });
  it("a rate over a zero denominator is undefined, not 0 %", () => {
    expect(rules([{ unit: "Z", resolved: 0, resolvedOnTimeOrEarly: 0, onTimeRate: "0" }])).toEqual([
      "flow.rate-undefined",
    ]);
  });
  it("an unknown profile is one warning and the template is used", () => {
    const f = checkDossierFlows(
      [
        { ...flow, onTimeRate: "98.48" },
        { ...flow, onTimeRate: "98.48" },
      ],
      {
        profile: "nope",
      },
    );
    expect(f.map((x) => x.rule)).toEqual(["flow.profile-unknown"]);
  });
  it("a share beside a count is checked against its base and names the base it matches", () => {
    const withShares: DossierFlow = {
      unit: "S",
      carriedOver: 40,
      received: 1220,
      toProcess: 1260,
      receivedOnline: 1105,
      shares: [{ of: "receivedOnline", base: "received", value: "90.6" }],
    };
    expect(rules([withShares])).toEqual([]);
    const wrong = checkDossierFlows(
      [{ ...withShares, shares: [{ of: "receivedOnline", base: "received", value: "87.7" }] }],
      { lang: "en" },
    );
    expect(wrong.map((x) => x.rule)).toEqual(["flow.share"]);
    expect(wrong[0]?.message).toContain("matches the base toProcess");
    expect(
      rules([{ ...withShares, shares: [{ of: "receivedOnline", base: "received", value: "90.5" }] }]),
    ).toEqual(["flow.share-truncated"]);
  });
  it("property: the rate each profile computes, printed at 2 decimals, passes under that profile", () => {
    fc.assert(
      fc.property(parts, (p) => {
        const f = flowOf(p);
        for (const profile of ON_TIME_RATE_PROFILES) {
          const r = dossierFlowRate(f, profile.id);
          if (r.value === null) continue;
          expect(checkDossierFlows([{ ...f, onTimeRate: r.value }], { profile: profile.id })).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("checkDossierFlows: published totals", () => {
  const rows: DossierFlow[] = [
    { unit: "Cấp tỉnh", received: 100, resolved: 90 },
    { unit: "Cấp xã", received: 50, resolved: 45 },
  ];
  it("a total row equal to the sum of its rows passes", () => {
    expect(rules([...rows, { unit: "Tổng", total: true, received: 150, resolved: 135 }])).toEqual([]);
  });
  it("a total off by a few dossiers names the field, the gap and the rows", () => {
    const f = checkDossierFlows([...rows, { unit: "Tổng", total: true, received: 147, resolved: 135 }], {
      lang: "en",
    });
    expect(f.map((x) => [x.rule, x.code])).toEqual([["flow.total", "received"]]);
    expect(f[0]?.units).toEqual(["Tổng", "Cấp tỉnh", "Cấp xã"]);
    expect(f[0]?.message).toContain("off by 3");
  });
  it("a field some row leaves blank is not summed", () => {
    expect(rules([...rows, { unit: "Cấp huyện" }, { unit: "Tổng", total: true, received: 1 }])).toEqual([]);
  });
});

describe("appendix counts: scale words and whole numbers", () => {
  const report = (values: Record<string, string>) =>
    ReportSchema.parse({
      format: "cchc.report/1",
      agency: { id: "a", name: "A" },
      period: { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" },
      values: Object.fromEntries(Object.entries(values).map(([k, raw]) => [k, { raw }])),
    });
  const rulesOf = (values: Record<string, string>) =>
    checkReport(report(values)).findings.map((f) => `${f.code} ${f.rule}`);
  it("a count that is not whole is structure.not-whole; a whole one (or 3,0) is not", () => {
    expect(rulesOf({ "3.4.1.b": "12,5" })).toContain("3.4.1.b structure.not-whole");
    expect(rulesOf({ "3.4.1.b": "12" })).not.toContain("3.4.1.b structure.not-whole");
    expect(rulesOf({ "3.4.1.b": "12,0" })).not.toContain("3.4.1.b structure.not-whole");
  });
  it("a count published as '4,52 ngàn' is 4 520 ± 5 in the sums", () => {
    const r = resolveValue("3.4.1.b", { raw: "4,52 ngàn" }, cachedIndex(CATALOG_2022).byId.get("3.4.1.b"));
    expect(r).toMatchObject({ kind: "number", value: "4520", decimals: -1 });
    expect(rulesOf({ "3.4.1.b": "4,52 ngàn" })).not.toContain("3.4.1.b structure.not-whole");
  });
});
