import { describe, expect, it } from "vitest";
import type { Catalog } from "../../src/catalog/types.js";
import { CATALOG_2022 } from "../../src/catalog/v2022.js";
import { numberOf } from "../../src/indicators/values.js";
import type { Report } from "../../src/model/report.js";
import {
  createRollup,
  type ReportChecker,
  type RollupResult,
  rollupReports,
  unitsOfFinding,
} from "../../src/rollup/index.js";
import type { Finding, Lang } from "../../src/rules/finding.js";
import { report } from "./fixtures.js";

// How a roll-up names the units behind each of the parent's findings: the units whose own report has the
// same finding, else those that reported some but not all of its rows, else those that reported any.

const warning = (rule: string, codes: string[], o: { catalog: Catalog; lang: Lang }): Finding => {
  const messages = { vi: `${rule} (${o.catalog.version})`, en: `${rule} (catalog ${o.catalog.version})` };
  return {
    rule,
    severity: "warning",
    code: codes[0] ?? null,
    codes,
    message: messages[o.lang],
    messages,
    source: "appendix",
  };
};

/** The units' ids each finding concerns, all of them (through the unit index). */
const allUnits = (r: RollupResult) => r.findings.map((_, i) => unitsOfFinding(r, i));

describe("rollupReports: a parent finding only the parent has", () => {
  const COUNT_ROWS = CATALOG_2022.rows.filter((r) => r.kind === "count").map((r) => r.id);
  const reportsRow = (unit: number, k: number) => (unit + k) % (2 + (k % 9)) === 0;
  /** 70 units (more than the 64 first provided for), each reporting a different set of the 100 count rows. */
  const units = Array.from({ length: 70 }, (_, i) => {
    const values: Record<string, string | number> = {};
    COUNT_ROWS.forEach((id, k) => {
      if (reportsRow(i, k)) values[id] = i + 1;
    });
    // 9.9 is not a row of the catalog: reported by every fourth unit, left blank by the next
    if (i % 4 === 0) values["9.9"] = "3";
    if (i % 4 === 1) values["9.9"] = "";
    return report(`u${String(i).padStart(2, "0")}`, values);
  });
  /** On the parent only: a warning per count row it has, on 9.9, on 9.9 with 9.8 (nobody's), on no row. */
  const parentOnly: ReportChecker = (r, o) => {
    if (r.agency.id !== "p") return [];
    const out = COUNT_ROWS.filter((id) => r.values[id] !== undefined).map((id) => warning("t.row", [id], o));
    out.push(
      warning("t.unknown", ["9.9"], o),
      warning("t.pair", ["9.9", "9.8"], o),
      warning("t.none", [], o),
    );
    return out;
  };

  it("names the units that reported its row — first 10 on the finding, all in the unit index", () => {
    const res = rollupReports("p", units, { check: parentOnly, lang: "en" });
    const ids = units.map((u) => u.agency.id);
    const byRow = (k: number) => ids.filter((_, i) => reportsRow(i, k));
    const expected = [
      ...COUNT_ROWS.map((_, k) => byRow(k)).filter((us) => us.length > 0),
      ids.filter((_, i) => i % 4 === 0),
      ids.filter((_, i) => i % 4 === 0),
      [],
    ];
    expect(allUnits(res)).toEqual(expected);
    res.findings.forEach((f, i) => {
      const all = expected[i] ?? [];
      expect(f.units).toEqual(all.slice(0, 10));
      expect(f.unitCount).toBe(all.length > 10 ? all.length : undefined);
      expect(f.message).toBe("t.row (catalog 2022)".replace("t.row", f.rule));
    });
    // the counts are summed over all 70 units
    expect(res.report.values[COUNT_ROWS[0] as string]).toEqual({
      value: String(byRow(0).reduce((s, id) => s + Number(id.slice(1)) + 1, 0)),
    });
    // each unit's findings, in order
    expect(res.unitIndex.u69).toEqual(
      expected.flatMap((us, i) => (us.includes("u69") ? [i] : [])).filter((i) => i >= 0),
    );
  });

  it("names nobody for a finding on no row, and only those that reported a row for a pair with an unreported one", () => {
    const few = [
      report("a", { "9.9": "1", "2.1.1": 1 }),
      report("b", { "2.1.1": 2 }),
      report("c", { "9.9": "" }),
    ];
    const res = rollupReports("p", few, { check: parentOnly });
    expect(res.findings.map((f) => [f.rule, f.units])).toEqual([
      ["t.row", ["a", "b"]],
      ["t.unknown", ["a"]],
      ["t.pair", ["a"]],
      ["t.none", []],
    ]);
    expect(res.findings[0]?.message).toBe("t.row (2022)");
  });
});

/** A warning (an info with `info`) on 2.1.1 for any report, parent or unit, whose 2.1.1 exceeds 10 — twice. */
const big =
  (severity: Finding["severity"]): ReportChecker =>
  (r, o) => {
    const v = Number(numberOf(r.values["2.1.1"]) ?? 0);
    if (v <= 10) return [];
    const f = { ...warning("t.big", ["2.1.1"], o), severity };
    return [f, { ...f }];
  };

describe("rollupReports: a parent finding some units have too", () => {
  const units = [
    report("u0", { "2.1.1": 20 }),
    report("u1", { "2.1.1": 5 }),
    report("u2", { "2.1.1": 30 }),
    report("u3", { "2.1.2": 30 }),
  ];
  it("names the units whose own report has it (once each), in memory and streamed", () => {
    const inMemory = rollupReports("p", units, { check: big("warning"), lang: "en" });
    const streamed = createRollup("p", { check: big("warning"), lang: "en" });
    for (const u of units) streamed.add(u);
    for (const res of [inMemory, streamed.finish()]) {
      expect(res.findings.map((f) => [f.rule, f.units, f.message])).toEqual([
        ["t.big", ["u0", "u2"], "t.big (catalog 2022)"],
        ["t.big", ["u0", "u2"], "t.big (catalog 2022)"],
      ]);
      expect(res.unitIndex).toEqual({ u0: [0, 1], u2: [0, 1] });
    }
  });
  it("names, for an info, the units that reported its rows rather than those with the same info", () => {
    const streamed = createRollup("p", { check: big("info") });
    for (const u of units) streamed.add(u);
    for (const res of [rollupReports("p", units, { check: big("info") }), streamed.finish()]) {
      expect(res.findings.map((f) => [f.severity, f.units])).toEqual([
        ["info", ["u0", "u1", "u2"]],
        ["info", ["u0", "u1", "u2"]],
      ]);
    }
  });
  it("lists a finding's units in the order they were included", () => {
    // the first finding names u1 only, the second u0 and u1
    const check: ReportChecker = (r, o) =>
      r.agency.id === "p" ? [warning("t.b", ["2.1.2"], o), warning("t.a", ["2.1.1"], o)] : [];
    const res = rollupReports("p", [report("u0", { "2.1.1": 1 }), report("u1", { "2.1.1": 1, "2.1.2": 1 })], {
      check,
    });
    expect(Object.keys(res.unitIndex)).toEqual(["u1", "u0"]);
    expect(unitsOfFinding(res, 0)).toEqual(["u1"]);
    expect(unitsOfFinding(res, 1)).toEqual(["u0", "u1"]);
  });
  it("reads a unit index without the units too", () => {
    expect(unitsOfFinding({ unitIndex: { a: [0, 2], b: [1] } } as never, 2)).toEqual(["a"]);
  });
});

describe("streamed roll-up: each report is read when added", () => {
  it("changing a report after adding it changes neither the sums nor who is named", () => {
    const unit0 = report("u0", { "2.1": 5, "2.1.1": 1, "2.1.2": 1 });
    const unit1 = report("u1", { "2.1": 2, "2.1.1": 1, "2.1.2": 1 });
    const r = createRollup("p");
    r.add(unit0);
    r.add(unit1);
    // the caller reuses its objects: u0's report now reads as a clean one
    unit0.values["2.1"] = { value: 2 };
    const res = r.finish();
    expect(res.report.values["2.1"]).toEqual({ value: "7" });
    expect(res.findings.find((f) => f.rule === "sum.parts" && f.code === "2.1")?.units).toEqual(["u0"]);
  });
});

describe("rollupReports: the rule engine's findings on the parent", () => {
  it("names a unit once when its report has the same finding from two relations", () => {
    // 3.1.4 is the total of both 3.3.1 and 7.8.1: each exceeds it in u0's report
    const u0 = report("u0", { "3.1.4": 1, "3.3.1": 5, "7.8.1": 5 });
    const u1 = report("u1", { "3.1.4": 2, "3.3.1": 2, "7.8.1": 2 });
    const res = rollupReports("p", [u0, u1] as Report[]);
    const subset = res.findings.filter((f) => f.rule === "subset.parts" && f.code === "3.1.4");
    expect(subset.length).toBeGreaterThanOrEqual(2);
    for (const f of subset) expect(f.units).toEqual(["u0"]);
  });
});

describe("rollupReports: the units' reports are checked only when the parent has something to attribute", () => {
  const units = [report("u0", { "2.1.1": 20 }), report("u1", { "2.1.1": 5 }), report("u2", { "2.1.1": 3 })];
  /** `big(severity)`, counting the reports it checks. */
  const counting = (severity: Finding["severity"]) => {
    const checked: string[] = [];
    const inner = big(severity);
    const check: ReportChecker = (r, o) => {
      checked.push(r.agency.id);
      return inner(r, o);
    };
    return { check, checked };
  };
  it("a clean parent, or one with infos only: only the parent is checked", () => {
    const clean = counting("warning");
    rollupReports("p", units.slice(1), { check: clean.check });
    expect(clean.checked).toEqual(["p"]);
    const infos = counting("info");
    expect(rollupReports("p", units, { check: infos.check }).findings).toHaveLength(2);
    expect(infos.checked).toEqual(["p"]);
  });
  it("a parent with a warning: the parent, then each unit once", () => {
    const warned = counting("warning");
    const res = rollupReports("p", units, { check: warned.check });
    expect(warned.checked).toEqual(["p", "u0", "u1", "u2"]);
    expect(res.findings.map((f) => f.units)).toEqual([["u0"], ["u0"]]);
  });
  it("streamed: each unit when it is added, then the parent", () => {
    const streamed = counting("warning");
    const r = createRollup("p", { check: streamed.check });
    for (const u of units.slice(1)) r.add(u);
    r.finish();
    expect(streamed.checked).toEqual(["u1", "u2", "p"]);
  });
});
