import { describe, expect, it } from "vitest";
import { type CheckResult, checkReport, type Finding, type RuleDefinition } from "../../src/rules/index.js";
import { mk } from "./report-builder.js";

// Rule evaluation edge cases found by mutation testing of src/rules/evaluate.ts (docs/quality.md):
// which rules run, which are skipped for lack of values, and which values take the exact path.
// Ids the catalog does not know (x, p, q…) stand for rounded values (intervals); catalog counts are exact.

type Values = Parameters<typeof mk>[0];

const base = { severity: "error", missing: "skip-if-any-missing", source: "test" } as const;

/** Checks `values` with the default rules, or with `rules` only. */
function check(values: Values, rules?: readonly RuleDefinition[]): CheckResult {
  return rules ? checkReport(mk(values), { rules }) : checkReport(mk(values));
}

const ids = (r: CheckResult): string[] => r.findings.map((f) => `${f.code} ${f.rule}`);
const skippedKeys = (r: CheckResult): (string | undefined)[] => r.summary.skipped.map((s) => s.key);
const only = (r: CheckResult, rule: string): Finding => {
  const fs = r.findings.filter((f) => f.rule === rule);
  expect(fs).toHaveLength(1);
  return fs[0]!;
};

/** 101 decimals: beyond what the interval helpers accept (at most 100). */
const TINY = `0,${"0".repeat(100)}1`;
const TINY_VALUE = TINY.replace(",", ".");

describe("sum.parts", () => {
  const sum = (total: string, parts: string[]): RuleDefinition => ({
    ...base,
    kind: "sum",
    id: "sum.parts",
    key: "s",
    total,
    parts,
    reads: [total, ...parts],
    operator: "=",
  });

  it("an exact count written with a decimal zero (3,0) equals integer parts 2 + 1", () => {
    expect(ids(check({ "2.1": "3,0", "2.1.1": "2", "2.1.2": "1" }))).toEqual([]);
    expect(ids(check({ "2.1": "3,1", "2.1.1": "2", "2.1.2": "1" }))).toEqual([
      "2.1 structure.not-whole",
      "2.1 sum.parts",
    ]);
  });

  it("rounded parts are intervals even when the total is an exact count", () => {
    // 1 ∈ [0.5, 1.5] and 2 ∈ [1.5, 2.5]: the parts may add up to anything in [2, 4]
    expect(check({ "2.1": "4", p: "1", q: "2" }, [sum("2.1", ["p", "q"])]).findings).toEqual([]);
    expect(ids(check({ "2.1": "5", p: "1", q: "2" }, [sum("2.1", ["p", "q"])]))).toEqual(["2.1 sum.parts"]);
  });

  it("a value with more decimals than an interval can hold is compared as written", () => {
    const r = check({ x: TINY, p: "1", q: "1" }, [sum("x", ["p", "q"])]);
    expect(r.summary).toMatchObject({ rulesRun: 1, skipped: [] });
    const f = only(r, "sum.parts");
    expect(f.actual).toEqual({ value: TINY_VALUE, decimals: 101 });
    expect(f.expected).toMatchObject({ value: "2", interval: { low: "1", high: "3" } });
    expect(check({ x: TINY, p: TINY, q: "0" }, [sum("x", ["p", "q"])]).summary).toMatchObject({
      rulesRun: 1,
      skipped: [],
    });
  });

  it("a negative rounded total is reported with its interval", () => {
    const f = only(check({ x: "-3,2", p: "-1,5", q: "-1,5" }, [sum("x", ["p", "q"])]), "sum.parts");
    expect(f.actual).toEqual({ value: "-3.2", decimals: 1, interval: { low: "-3.25", high: "-3.15" } });
  });
});

describe("subset.parts", () => {
  const subset = (missing: RuleDefinition["missing"]): RuleDefinition => ({
    ...base,
    kind: "subset",
    id: "subset.parts",
    key: "u",
    total: "4.2.a",
    parts: ["4.2.b"],
    reads: ["4.2.a", "4.2.b"],
    operator: "<=",
    missing,
  });

  it("an exact count written with a decimal zero (3,0) is not exceeded by a part of 3", () => {
    expect(ids(check({ "4.2.a": "3,0", "4.2.b": "3" }))).toEqual([]);
    expect(ids(check({ "4.2.a": "2,9", "4.2.b": "3" }))).toEqual([
      "4.2.a structure.not-whole",
      "4.2.a subset.parts",
    ]);
  });

  it("is skipped, not passed, when the total or every part is blank (whatever the missing strategy)", () => {
    const rule = subset("skip-if-all-missing");
    const noParts = check({ "4.2.a": "3" }, [rule]);
    expect(noParts.summary).toMatchObject({ rulesRun: 0, skipped: [{ key: "u", reason: "missing" }] });
    const noTotal = check({ "4.2.b": "3" }, [rule]);
    expect(noTotal.summary).toMatchObject({ rulesRun: 0, skipped: [{ key: "u", reason: "missing" }] });
    expect(check({ "4.2.a": "3", "4.2.b": "3" }, [rule]).summary).toMatchObject({ rulesRun: 1, skipped: [] });
  });
});

describe("rate.components", () => {
  const rate = (
    factor: number,
    missing: RuleDefinition["missing"] = "skip-if-any-missing",
  ): RuleDefinition => ({
    ...base,
    kind: "rate",
    id: "rate.components",
    key: "r",
    rate: "x",
    numerator: "n",
    denominator: "d",
    factor,
    reads: ["x", "n", "d"],
    operator: "rate",
    missing,
  });

  it("a consistent rate counts as checked, not skipped", () => {
    const r = check({ "1.2": "37,04%", "1.2.a": "27", "1.2.b": "10" });
    expect(r.findings).toEqual([]);
    expect(skippedKeys(r)).not.toContain("rate.components:1.2");
  });

  it("counts beyond a billion are still checked", () => {
    const big = { "1.2.a": "3000000000000", "1.2.b": "1000000000000" };
    expect(ids(check({ ...big, "1.2": "33%" }))).toEqual([]);
    const f = only(check({ ...big, "1.2": "50%" }), "rate.mismatch");
    expect(f).toMatchObject({ code: "1.2", expected: { value: "33", unit: "%" }, actual: { value: "50" } });
  });

  it("uses the rule's factor, for integer and for decimal components", () => {
    // ‰: 1 / 8 × 1000 = 125; 1,5 / 3 × 1000 = 500
    expect(check({ x: "125", n: "1", d: "8" }, [rate(1000)]).findings).toEqual([]);
    expect(check({ x: "500", n: "1,5", d: "3" }, [rate(1000)]).findings).toEqual([]);
    const f = only(check({ x: "50", n: "1,5", d: "3" }, [rate(1000)]), "rate.mismatch");
    expect(f.expected).toMatchObject({ value: "500", description: "n / d × 1000 = 1.5/3 × 1000" });
  });

  it("is skipped, not passed, when a component is blank (whatever the missing strategy)", () => {
    const r = check({ x: "50", d: "4" }, [rate(100, "skip-if-all-missing")]);
    expect(r.findings).toEqual([]);
    expect(r.summary).toMatchObject({ rulesRun: 0, skipped: [{ key: "r", reason: "missing" }] });
  });
});

describe("rate.inline", () => {
  it("runs without a finding on a rate written as a plain percentage", () => {
    const r = check({ "7.5.3.a": "84%" });
    expect(r.findings).toEqual([]);
    expect(skippedKeys(r)).not.toContain("rate.inline:7.5.3.a");
  });

  it("reads only a percentage taken from the unit cell, not a count written as a fraction", () => {
    const inline: RuleDefinition = {
      ...base,
      kind: "inline-rate",
      id: "rate.inline",
      key: "i",
      rate: "3.3.1",
      factor: 100,
      reads: ["3.3.1"],
      operator: "rate",
    };
    const r = check({ "3.3.1": "54/55 TTHC" }, [inline]);
    expect(r.findings).toEqual([]);
    expect(r.summary.rulesRun).toBe(1);
  });
});

describe("pair.compulsory", () => {
  const pair = (given?: string[]): RuleDefinition => {
    const r: RuleDefinition = {
      ...base,
      kind: "compulsory-pair",
      id: "pair.compulsory",
      key: "c",
      when: "x",
      requires: ["y"],
      reads: ["x", "y"],
      operator: "requires",
      severity: "warning",
      missing: "never-skip",
    };
    if (given) r.given = given;
    return r;
  };

  it("describes what is missing in expected and actual", () => {
    const f = only(check({ "3.5": "50%", "3.5.a": "4" }), "pair.compulsory");
    expect(f.codes).toEqual(["3.5", "3.5.b"]);
    expect(f.expected).toEqual({ value: null, description: "3.5.b reported" });
    expect(f.actual).toEqual({ value: null, description: "3.5.b blank" });
  });

  it("an unreadable numerator is reported as unparseable, not as missing", () => {
    expect(ids(check({ "3.5": "50%", "3.5.a": "4", "3.5.b": "abc" }))).toEqual([
      "3.5.b structure.unparseable",
    ]);
  });

  it("is skipped when the rate or its denominator is blank", () => {
    const noRate = check({ "3.5.a": "4", "3.5.b": "2" });
    expect(noRate.findings.map((f) => f.rule)).not.toContain("pair.compulsory");
    expect(skippedKeys(noRate)).toContain("pair.compulsory:3.5");
    const noDenominator = check({ "3.5": "50%" });
    expect(ids(noDenominator)).toEqual(["3.5 rate.blank-denominator"]);
    expect(skippedKeys(noDenominator)).toContain("pair.compulsory:3.5");
  });

  it("a custom pair without `given` is always checked; with `given`, only when every one is reported", () => {
    expect(ids(check({ x: "1" }, [pair()]))).toEqual(["x pair.compulsory"]);
    expect(ids(check({ x: "1", g: "1", h: "1" }, [pair(["g", "h"])]))).toEqual(["x pair.compulsory"]);
    const partly = check({ x: "1", g: "1" }, [pair(["g", "h"])]);
    expect(partly.findings).toEqual([]);
    expect(partly.summary.skipped).toEqual([{ key: "c", rule: "pair.compulsory", reason: "missing" }]);
  });
});

describe("pair.exclusive", () => {
  it("is skipped when the deciding row is blank", () => {
    const r = check({ "1.6.a": "38" });
    expect(r.findings).toEqual([]);
    expect(r.summary.skipped).toContainEqual({
      key: "pair.exclusive:1.6",
      rule: "pair.exclusive",
      reason: "missing",
    });
  });
});

describe("derivable", () => {
  it("derivable.rate shows an exact rate as is (50%, not 50,00%) and a long one rounded", () => {
    const half = only(check({ "1.2": "", "1.2.a": "2", "1.2.b": "1" }), "derivable.rate");
    expect(half.expected).toMatchObject({ value: "50.00", exact: "50" });
    expect(half.messages.en).toBe("Indicator 1.2 is blank but 1.2.b / 1.2.a = 1/2 gives 50%.");
    expect(half.actual).toEqual({ value: null });
    const third = only(check({ "1.2": "", "1.2.a": "3", "1.2.b": "1" }), "derivable.rate");
    expect(third.messages.en).toBe("Indicator 1.2 is blank but 1.2.b / 1.2.a = 1/3 gives 33.33%.");
  });

  it("derivable.rate uses the rule's factor", () => {
    const perMille: RuleDefinition = {
      ...base,
      kind: "derivable",
      id: "derivable.rate",
      key: "dr",
      target: "x",
      derive: { kind: "rate", numerator: "n", denominator: "d", factor: 1000 },
      reads: ["x", "n", "d"],
      operator: "derivable",
      severity: "info",
      missing: "never-skip",
    };
    const f = only(check({ n: "1", d: "8" }, [perMille]), "derivable.rate");
    expect(f.expected).toMatchObject({ value: "125.00", exact: "125", description: "n / d × 1000" });
  });

  it("derivable.rate is skipped when a component is blank, and runs quietly over a zero denominator", () => {
    const blank = check({ "1.2.a": "27" });
    expect(blank.findings).toEqual([]);
    expect(skippedKeys(blank)).toContain("derivable.rate:1.2");
    const zero = check({ "1.2.a": "0", "1.2.b": "0" });
    expect(zero.findings.map((f) => f.rule)).not.toContain("derivable.rate");
    expect(skippedKeys(zero)).not.toContain("derivable.rate:1.2");
  });

  it("derivable.sum: the blank total's actual value is null; skipped while a part is blank", () => {
    const f = only(check({ "2.1.1": "2", "2.1.2": "1" }), "derivable.sum");
    expect(f.actual).toEqual({ value: null });
    expect(skippedKeys(check({ "2.1.1": "2" }))).toContain("derivable.sum:2.1");
  });

  it("derivable.equal: the blank row's actual value is null; skipped when both rows are blank", () => {
    const f = only(check({ "3.4.1.a": "83" }), "derivable.equal");
    expect(f).toMatchObject({ code: "7.7.4.a", codes: ["7.7.4.a", "3.4.1.a"], expected: { value: "83" } });
    expect(f.actual).toEqual({ value: null });
    const none = check({});
    expect(none.findings).toEqual([]);
    expect(skippedKeys(none)).toEqual(
      expect.arrayContaining(["derivable.equal:7.7.4.a", "derivable.equal:3.4.1.a"]),
    );
  });
});

describe("cross-row.equal", () => {
  const eq = (left: string, right: string, missing: RuleDefinition["missing"] = "skip-if-any-missing") =>
    ({
      ...base,
      kind: "equal",
      id: "cross-row.equal",
      key: "e",
      left,
      right,
      reads: [left, right],
      operator: "=",
      missing,
    }) as RuleDefinition;

  it("exact counts written with a decimal zero equal the integer, on either side", () => {
    expect(ids(check({ "7.7.4.a": "3,0", "3.4.1.a": "3" }))).toEqual([]);
    expect(ids(check({ "7.7.4.a": "3", "3.4.1.a": "3,0" }))).toEqual([]);
    const f = only(check({ "7.7.4.a": "3,1", "3.4.1.a": "3" }), "cross-row.equal");
    expect(f.codes).toEqual(["7.7.4.a", "3.4.1.a"]);
  });

  it("an exact count agrees with a rounded value whose interval holds it", () => {
    // 3 stands for [2.5, 3.5], which holds the exact 2,6
    expect(check({ "7.7.4.a": "2,6", p: "3" }, [eq("7.7.4.a", "p")]).findings).toEqual([]);
    expect(ids(check({ "7.7.4.a": "2,4", p: "3" }, [eq("7.7.4.a", "p")]))).toEqual([
      "7.7.4.a cross-row.equal",
    ]);
  });

  it("negative rounded values are intervals too", () => {
    expect(check({ x: "-1,3", p: "-1,2" }, [eq("x", "p")]).findings).toEqual([]);
    const f = only(check({ x: "-1,31", p: "-1,2" }, [eq("x", "p")]), "cross-row.equal");
    expect(f.actual).toEqual({ value: "-1.31", decimals: 2, interval: { low: "-1.315", high: "-1.305" } });
  });

  it("is skipped, not passed, when one side is blank (whatever the missing strategy)", () => {
    const r = check({ x: "1" }, [eq("x", "p", "skip-if-all-missing")]);
    expect(r.summary).toMatchObject({ rulesRun: 0, skipped: [{ key: "e", reason: "missing" }] });
  });
});

describe("cross-row.fraction-base", () => {
  it("runs without a finding on a count written without a fraction", () => {
    const r = check({ "3.3.1": "54 TTHC", "3.1.4": "54" });
    expect(r.findings).toEqual([]);
    expect(skippedKeys(r)).not.toContain("cross-row.fraction-base:3.3.1");
  });

  it("is skipped, not passed, when the row or its base is blank (whatever the missing strategy)", () => {
    const rule: RuleDefinition = {
      ...base,
      kind: "fraction-base",
      id: "cross-row.fraction-base",
      key: "fb",
      row: "3.3.1",
      base: "3.1.4",
      reads: ["3.3.1", "3.1.4"],
      operator: "=",
      severity: "warning",
      missing: "skip-if-all-missing",
    };
    for (const values of [{ "3.1.4": "55" }, { "3.3.1": "54/55 TTHC" }]) {
      const r = check(values, [rule]);
      expect(r.summary).toMatchObject({ rulesRun: 0, skipped: [{ key: "fb", reason: "missing" }] });
    }
  });
});

describe("structure", () => {
  it("an unknown code with an unreadable value is reported both ways", () => {
    expect(ids(check({ "9.9": "abc" }))).toEqual(["9.9 structure.unparseable", "9.9 structure.unknown-code"]);
  });

  it("a value under an unknown code does not stop the coded-answer check", () => {
    expect(ids(check({ "9.9": "1", "1.6": "2" }))).toEqual([
      "1.6 structure.code-not-in-list",
      "9.9 structure.unknown-code",
    ]);
  });

  it("code-not-in-list quotes the answer as written", () => {
    const f = only(check({ "1.6": "02" }), "structure.code-not-in-list");
    expect(f.actual).toEqual({ value: "2" });
    expect(f.messages.en).toBe("Indicator 1.6 is “02”, not one of its codes (No = 0, Yes = 1).");
  });

  it("a group heading has no unit to differ from, and does not stop the unit check of other rows", () => {
    expect(ids(check({ "2.2": { raw: "08", unit: "cái" }, "1.1": { raw: "3", unit: "Hồ sơ" } }))).toEqual([
      "1.1 structure.unit-differs",
      "2.2 structure.value-on-group",
    ]);
  });
});
