import { beforeEach, describe, expect, it } from "vitest";
import {
  type AgencyRegistry,
  createAgencyRegistry,
  createRollup,
  rollupReports,
  unitsOfFinding,
} from "../../src/rollup/index.js";
import { AGENCIES, MERGED, relationCheck, report } from "./fixtures.js";

const YEAR_2025 = { kind: "year" as const, year: 2025, from: "2025-01-01", to: "2025-12-31" };

describe("rollupReports: the units' own findings", () => {
  let registry: AgencyRegistry;
  beforeEach(() => {
    registry = createAgencyRegistry(AGENCIES, { mergedInto: MERGED });
  });

  it("warns of each excluded report, naming the unit, in the chosen language", () => {
    const res = rollupReports("kh", [report("kh/stp", {}), report("nobody", {})], {
      registry,
      check: relationCheck,
      lang: "en",
    });
    const f = res.findings.filter((x) => x.rule === "rollup.unit-excluded");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", units: ["nobody"] });
    expect(JSON.stringify(f[0])).toContain("Report excluded: agency nobody is not in the registry");
    const clean = rollupReports("kh", [report("kh/stp", {})], { registry, check: relationCheck });
    expect(clean.findings.some((x) => x.rule === "rollup.unit-excluded")).toBe(false);
  });
  it("notes a unit that ended in the period without a successor, and not one that started in it", () => {
    const res = rollupReports(
      "kh",
      [report("kh/h1", { "3.4.1.a": 1 }, YEAR_2025), report("kh/x12", { "3.4.1.a": 2 }, YEAR_2025)],
      { registry, period: YEAR_2025, check: relationCheck, lang: "en" },
    );
    expect(res.units.included).toEqual([
      { id: "kh/h1", reportAgency: "kh/h1", note: "ended-in-period" },
      { id: "kh/x12", reportAgency: "kh/x12", note: "started-in-period" },
    ]);
    const ended = res.findings.filter((x) => x.rule === "rollup.unit-ended");
    expect(ended.map((x) => [x.severity, x.units])).toEqual([["info", ["kh/h1"]]]);
    expect(JSON.stringify(ended[0])).toContain("kh/h1 ended in the period");
  });
  it("gives no note to a unit whose validity starts or ends exactly with the period", () => {
    const h1 = { kind: "half-year" as const, year: 2025, index: 1, from: "2025-01-01", to: "2025-06-30" };
    const h2 = { kind: "half-year" as const, year: 2025, index: 2, from: "2025-07-01", to: "2025-12-31" };
    const ended = rollupReports("kh", [report("kh/h1", { "3.4.1.a": 1 }, h1)], { registry, period: h1 });
    expect(ended.units.included).toEqual([{ id: "kh/h1", reportAgency: "kh/h1" }]);
    expect(ended.findings.some((x) => x.rule === "rollup.unit-ended")).toBe(false);
    const started = rollupReports("kh", [report("kh/x12", { "3.4.1.a": 1 }, h2)], { registry, period: h2 });
    expect(started.units.included).toEqual([{ id: "kh/x12", reportAgency: "kh/x12" }]);
  });
  it("names the parent from the option, else from the registry, else not at all", () => {
    const reps = [report("kh/stp", { "3.4.1.a": 1 })];
    expect(rollupReports("kh", reps, { registry, check: relationCheck }).report.agency).toEqual({
      id: "kh",
      name: "UBND tỉnh Khánh Hòa",
    });
    expect(
      rollupReports("kh", reps, { registry, name: "Tỉnh KH", check: relationCheck }).report.agency,
    ).toEqual({
      id: "kh",
      name: "Tỉnh KH",
    });
    expect(rollupReports("kh", reps, { check: relationCheck }).report.agency).toEqual({ id: "kh" });
  });
  it("without a registry includes every report of the period and expects none", () => {
    const res = rollupReports("anything", [report("a", { "3.4.1.a": 1 }), report("b", { "3.4.1.a": 2 })], {
      check: relationCheck,
    });
    expect(res.units.included.map((u) => u.id)).toEqual(["a", "b"]);
    expect(res.units.missing).toEqual([]);
    expect(res.report.values["3.4.1.a"]).toEqual({ value: "3" });
  });
});

describe("unitsOfFinding and the units listed on a finding", () => {
  it("lists the first 10 units on the finding with the count, and all of them through unitsOfFinding", () => {
    const reps = Array.from({ length: 12 }, (_, i) =>
      report(`u${String(i).padStart(2, "0")}`, { "3.1.4": 12, "3.1.4.a": 10, "3.1.4.b": 0, "3.1.4.c": 0 }),
    );
    const res = rollupReports("p", reps, { check: relationCheck });
    const i = res.findings.findIndex((x) => x.rule === "sum.parts" && x.code === "3.1.4");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(res.findings[i]?.units).toEqual(reps.slice(0, 10).map((r) => r.agency.id));
    expect(res.findings[i]?.unitCount).toBe(12);
    expect(unitsOfFinding(res, i)).toEqual(reps.map((r) => r.agency.id));
  });
  it("lists as many units as there are when they are 10 or fewer", () => {
    const reps = [report("a", { "3.1.4": 12, "3.1.4.a": 10, "3.1.4.b": 0, "3.1.4.c": 0 }), report("b", {})];
    const res = rollupReports("p", reps, { check: relationCheck });
    const i = res.findings.findIndex((x) => x.rule === "sum.parts");
    expect(res.findings[i]?.units).toEqual(["a"]);
    expect(res.findings[i]?.unitCount).toBeUndefined();
    expect(unitsOfFinding(res, i)).toEqual(["a"]);
  });
  it("names missing units too, and answers [] for a finding that names none or a bad result", () => {
    const registry = createAgencyRegistry(AGENCIES, { mergedInto: MERGED });
    const res = rollupReports("kh", [report("kh/stp", {})], { registry, check: relationCheck });
    const i = res.findings.findIndex((x) => x.rule === "rollup.unit-missing");
    expect(unitsOfFinding(res, i)).toEqual(["kh/skhcn"]);
    expect(unitsOfFinding(res, 999)).toEqual([]);
    expect(unitsOfFinding(null as never, 0)).toEqual([]);
  });
});

describe("createRollup", () => {
  it("can be finished, fed more, and finished again", () => {
    const r = createRollup("p", { check: relationCheck });
    r.add(report("a", { "3.4.1.a": 1 }));
    expect(r.finish().report.values["3.4.1.a"]).toEqual({ value: "1" });
    r.add(report("b", { "3.4.1.a": 2 }));
    const second = r.finish();
    expect(second.report.values["3.4.1.a"]).toEqual({ value: "3" });
    expect(second.reportedBy["3.4.1.a"]).toBe(2);
  });
  it("uses the given period, excluding reports of another one", () => {
    const r = createRollup("p", { check: relationCheck, period: YEAR_2025 });
    r.add(report("a", { "3.4.1.a": 1 }));
    r.add(report("b", { "3.4.1.a": 2 }, YEAR_2025));
    const res = r.finish();
    expect(res.units.excluded.map((e) => [e.id, e.reason])).toEqual([["a", "period-mismatch"]]);
    expect(res.report.period).toEqual(YEAR_2025);
    expect(res.report.values["3.4.1.a"]).toEqual({ value: "2" });
  });
});
