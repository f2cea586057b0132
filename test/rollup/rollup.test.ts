import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import {
  type AgencyRegistry,
  createAgencyRegistry,
  type RollupResult,
  rollupReports,
} from "../../src/rollup/index.js";
import { AGENCIES, H1_2022, H2_2025, MERGED, relationCheck, report } from "./fixtures.js";

// Built before each test, not at module level: a registry built outside a test hides the registry code from
// mutation testing.
let registry: AgencyRegistry;
beforeEach(() => {
  registry = createAgencyRegistry(AGENCIES, { mergedInto: MERGED });
});

describe("createAgencyRegistry", () => {
  it("resolves ids, symbols and aliases (case-insensitive)", () => {
    expect(registry.resolve("SKHChN")?.id).toBe("kh/skhcn");
    expect(registry.resolve("skhcn")?.id).toBe("kh/skhcn");
    expect(registry.resolve("kh/stp")?.id).toBe("kh/stp");
    expect(registry.resolve("SXD")).toBeUndefined();
  });
  it("gives the tree valid at a date: districts before 2025-07-01, lifted communes after", () => {
    expect(registry.childrenOf("kh", { at: "2022-06-30" }).map((a) => a.id)).toEqual([
      "kh/skhcn",
      "kh/stp",
      "kh/h1",
    ]);
    expect(registry.childrenOf("kh/h1", { at: "2022-06-30" }).map((a) => a.id)).toEqual([
      "kh/x1",
      "kh/x2",
      "kh/x3",
    ]);
    expect(registry.childrenOf("kh", { at: "2025-07-01" }).map((a) => a.id)).toEqual([
      "kh/skhcn",
      "kh/stp",
      "kh/x12",
      "kh/x3",
    ]);
    const tree = registry.treeAt("2025-07-01");
    expect(tree.map((n) => n.agency.id)).toEqual(["kh"]);
    expect(tree[0]?.children).toHaveLength(4);
  });
  it("follows merges to the successor", () => {
    expect(registry.successorOf("kh/x1")).toBe("kh/x12");
    expect(registry.successorOf("kh/x3")).toBeUndefined();
  });
  it("reports bad input instead of throwing", () => {
    const bad = createAgencyRegistry(
      [
        ...AGENCIES,
        { ...AGENCIES[1]!, name: "dup" },
        { ...AGENCIES[2]!, id: "orphan", parent: "nowhere", symbol: "STP" },
      ],
      { mergedInto: { ghost: "kh" } },
    );
    expect(bad.problems.map((p) => p.code).sort()).toEqual([
      "ambiguous-alias",
      "duplicate-id",
      "unknown-parent",
      "unknown-successor",
    ]);
    expect(registry.problems).toEqual([]);
  });
});

describe("rollupReports", () => {
  const a = report("SKHHCN", {
    "3.4.1.a": 83,
    "3.4.1.b": 80,
    "3.4.1.c": 80,
    "3.4.1": "100%",
    "6.1.a": "20.000",
    "6.1.b": 0,
    "1.6": 1,
    "3.1.4": 54,
    "3.1.4.a": 54,
    "3.1.4.b": 0,
    "3.1.4.c": 0,
  });
  const b = report("kh/stp", {
    "3.4.1.a": 100,
    "3.4.1.b": 90,
    "3.4.1.c": 81,
    "3.4.1": "90%",
    "6.1.a": "500.5",
    "6.1.b": "250.25",
    "1.6": 0,
    "3.1.4": 10,
    "3.1.4.a": 10,
    "3.1.4.b": 0,
    "3.1.4.c": 0,
  });
  const h = report("kh/h1", {
    "3.4.1.a": 17,
    "3.4.1.b": 10,
    "3.4.1.c": 9,
    "3.4.1": "90,0%",
    "1.6": "",
    "3.1.4.a": 1,
  });
  let r: RollupResult;
  beforeEach(() => {
    r = rollupReports("kh", [a, b, h], { registry });
  });

  it("sums counts and money exactly", () => {
    expect(r.report.values["3.4.1.a"]).toEqual({ value: "200" });
    expect(r.report.values["6.1.a"]).toEqual({ value: "20500.5" });
    expect(r.report.values["6.1.b"]).toEqual({ value: "250.25" });
  });
  it("recomputes rates from summed components, never averages them", () => {
    // (80 + 81 + 9) / (80 + 90 + 10) = 94.44%, while the mean of 100, 90, 90 would be 93.33%
    expect(r.report.values["3.4.1"]).toEqual({ value: "94.44" });
    expect(r.report.values["6.1"]).toEqual({ value: "1.22" });
  });
  it("combines coded answers by their rule and keeps blanks apart from zeros", () => {
    expect(r.report.values["1.6"]).toEqual({ value: "1" });
    expect(r.reportedBy["1.6"]).toBe(2);
    expect(r.reportedBy["3.4.1.a"]).toBe(3);
    expect(r.reportedBy["3.5"]).toBeNull();
    expect(r.report.values["3.5"]).toBeUndefined();
    expect(r.reportedBy["3.1.4"]).toBe(2);
  });
  it("names the child whose own total is not the sum of its levels", () => {
    const bad = report("kh/stp", { "3.1.4": 12, "3.1.4.a": 10, "3.1.4.b": 0, "3.1.4.c": 0 });
    const res = rollupReports("kh", [a, bad], { registry });
    const f = res.findings.find((x) => x.rule === "sum.parts" && x.code === "3.1.4");
    expect(f?.units).toEqual(["kh/stp"]);
    expect(rollupReports("kh", [a, b], { registry }).findings.filter((x) => x.rule === "sum.parts")).toEqual(
      [],
    );
  });
  it("names the child whose resolved dossiers exceed those received", () => {
    const bad = report("kh/stp", { "3.4.1.a": 10, "3.4.1.b": 95, "3.4.1.c": 90 });
    const res = rollupReports("kh", [a, bad], { registry });
    expect(res.findings.find((x) => x.rule === "subset.parts" && x.code === "3.4.1.a")?.units).toEqual([
      "kh/stp",
    ]);
  });
  it("notes rates rounded to different precisions across units", () => {
    const u1 = report("kh/skhcn", { "3.4.1.b": 90, "3.4.1.c": 80, "3.4.1": "88,9%" });
    const u2 = report("kh/stp", { "3.4.1.b": 11, "3.4.1.c": 9, "3.4.1": "81,82%" });
    const u3 = report("kh/h1", { "3.4.1.b": 10, "3.4.1.c": 9, "3.4.1": "90%" }); // exact: no rounding
    const f = rollupReports("kh", [u1, u2, u3], { registry }).findings.find(
      (x) => x.rule === "rollup.mixed-precision",
    );
    expect(f).toMatchObject({ severity: "info", code: "3.4.1", units: ["kh/skhcn", "kh/stp"] });
    const same = rollupReports(
      "kh",
      [u1, report("kh/stp", { "3.4.1.b": 11, "3.4.1.c": 9, "3.4.1": "81,8%" })],
      { registry },
    );
    expect(same.findings.some((x) => x.rule === "rollup.mixed-precision")).toBe(false);
    expect(r.findings.some((x) => x.rule === "rollup.mixed-precision")).toBe(false);
  });
  it("flags an on-time rate computed over another denominator (received instead of resolved)", () => {
    const overReceived = report("kh/stp", { "3.4.1.a": 100, "3.4.1.b": 90, "3.4.1.c": 81, "3.4.1": "81%" });
    const res = rollupReports("kh", [a, overReceived], { registry });
    const f = res.findings.find((x) => x.rule === "rollup.rate-other-denominator");
    expect(f).toMatchObject({ code: "3.4.1", units: ["kh/stp"] });
    expect(f?.codes).toContain("3.4.1.a");
    const wrong = report("kh/stp", { "3.4.1.a": 100, "3.4.1.b": 90, "3.4.1.c": 81, "3.4.1": "50%" });
    expect(
      rollupReports("kh", [a, wrong], { registry }).findings.find(
        (x) => x.rule === "rollup.child-rate-inconsistent",
      )?.units,
    ).toEqual(["kh/stp"]);
    // (80 + 81) / (80 + 90), whatever the child wrote
    expect(res.report.values["3.4.1"]).toEqual({ value: "94.71" });
  });
  it("excludes reports with reasons and lists missing children", () => {
    const x1 = report("kh/x1", { "3.4.1.a": 5 });
    const other = report(
      "kh/stp",
      { "3.4.1.a": 5 },
      { ...H1_2022, index: 2, from: "2022-07-01", to: "2022-12-31" },
    );
    const res = rollupReports("kh", [a, a, x1, other, report("nobody", {})], { registry });
    const reasons = Object.fromEntries(res.units.excluded.map((e) => [e.id, e.reason]));
    expect(reasons).toEqual({
      "kh/skhcn": "duplicate",
      "kh/x1": "not-a-child",
      "kh/stp": "period-mismatch",
      nobody: "unknown-agency",
    });
    expect(res.units.missing).toEqual(["kh/stp", "kh/h1"]);
    expect(res.findings.filter((f) => f.rule === "rollup.unit-missing").flatMap((f) => f.units)).toEqual([
      "kh/stp",
      "kh/h1",
    ]);
  });
  it("uses the tree valid in the period after the 2025 reorganisation", () => {
    const period = H2_2025;
    const res = rollupReports(
      "kh",
      [
        report("kh/h1", { "3.4.1.a": 1 }, period),
        report("kh/x1", { "3.4.1.a": 2 }, period),
        report("kh/x12", { "3.4.1.a": 4 }, period),
        report("kh/x3", { "3.4.1.a": 8 }, period),
      ],
      { registry, period },
    );
    expect(res.units.included.map((u) => u.id)).toEqual(["kh/x12", "kh/x3"]);
    expect(res.units.excluded).toMatchObject([
      { id: "kh/h1", reason: "not-valid-in-period" },
      { id: "kh/x1", reason: "merged", successor: "kh/x12" },
    ]);
    expect(res.report.values["3.4.1.a"]).toEqual({ value: "12" });
  });
  it("reports a unit that merged during the period", () => {
    const p = { kind: "year" as const, year: 2025, from: "2025-01-01", to: "2025-12-31" };
    const res = rollupReports("kh", [report("kh/x12", {}, p)], { registry, period: p });
    expect(res.units.included).toEqual([{ id: "kh/x12", reportAgency: "kh/x12", note: "started-in-period" }]);
    const d = rollupReports("kh/h1", [report("kh/x1", { "3.4.1.a": 3 }, p)], { registry, period: p });
    expect(d.units.included[0]).toMatchObject({ id: "kh/x1", note: "merged-in-period", successor: "kh/x12" });
    expect(d.findings.some((f) => f.rule === "rollup.unit-ended")).toBe(true);
  });
  it("recomputes a rate written as fractions from the summed fractions", () => {
    const res = rollupReports("kh", [
      report("kh/skhcn", { "7.5.3.a": "732VBĐT/876VBD" }),
      report("kh/stp", { "7.5.3.a": "100/124" }),
    ]);
    expect(res.report.values["7.5.3.a"]).toEqual({ value: "83.20", note: "832/1000" });
  });
  it("leaves 'none' rows blank with a note", () => {
    const res = rollupReports("kh", [report("kh/skhcn", { "4.2.e": "5%" })]);
    expect(res.report.values["4.2.e"]?.value).toBeNull();
    expect(res.reportedBy["4.2.e"]).toBe(1);
  });
  it("accepts another checker, and attributes its findings too", () => {
    const bad = report("kh/stp", { "3.1.4": 12, "3.1.4.a": 10, "3.1.4.b": 0, "3.1.4.c": 0 });
    const res = rollupReports("kh", [a, bad], { registry, check: relationCheck, lang: "en" });
    expect(
      res.findings
        .filter((f) => f.units?.length && !f.rule.startsWith("rollup."))
        .map((f) => [f.rule, f.units]),
    ).toEqual([["sum.parts", ["kh/stp"]]]);
  });
  it("runs the rule engine on the result and names a child that reported parts without their total", () => {
    // kh/h1 reports 3.1.4.a but no 3.1.4: the parent's parts exceed its total
    const f = r.findings.filter((x) => x.severity === "error");
    expect(f.map((x) => [x.rule, x.code, x.units])).toEqual([["sum.parts", "3.1.4", ["kh/h1"]]]);
    const clean = rollupReports("kh", [a, b], { registry });
    expect(clean.findings.filter((x) => x.severity === "error")).toEqual([]);
  });
  it("does not crash on bad reports", () => {
    const res = rollupReports("kh", [null as never, { agency: {} } as never]);
    expect(res.units.excluded.map((e) => e.reason)).toEqual(["invalid-report", "invalid-report"]);
  });
});

describe("roll-up laws (property)", () => {
  const child = fc.record({
    a: fc.nat(1000),
    b: fc.nat(1000),
    c: fc.nat(1000),
    prov: fc.nat(500),
    dist: fc.nat(500),
    comm: fc.nat(500),
  });
  it("the parent's numerator is the sum of the children's and a consistent tree gives no sum findings", () => {
    fc.assert(
      fc.property(fc.array(child, { minLength: 1, maxLength: 8 }), (kids) => {
        const reps = kids.map((k, i) => {
          const received = k.a + k.b;
          const resolved = k.b;
          const onTime = Math.min(k.c, k.b);
          return report(`u${i}`, {
            "3.4.1.a": received,
            "3.4.1.b": resolved,
            "3.4.1.c": onTime,
            "3.1.4": k.prov + k.dist + k.comm,
            "3.1.4.a": k.prov,
            "3.1.4.b": k.dist,
            "3.1.4.c": k.comm,
          });
        });
        const res = rollupReports("p", reps, { check: relationCheck });
        const sumOf = (id: string) => reps.reduce((s, r) => s + Number(r.values[id]?.value), 0);
        expect(res.report.values["3.4.1.c"]?.value).toBe(String(sumOf("3.4.1.c")));
        expect(res.report.values["3.4.1.b"]?.value).toBe(String(sumOf("3.4.1.b")));
        expect(res.findings.filter((f) => f.rule === "sum.parts" || f.rule === "subset.parts")).toEqual([]);
      }),
    );
  });
});
