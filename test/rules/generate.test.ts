import { beforeEach, describe, expect, it } from "vitest";
import { CATALOG_2022, type Catalog } from "../../src/catalog/index.js";
import {
  EXPLICIT_RULES,
  generateRules,
  type RuleDefinition,
  STRUCTURE_RULES,
} from "../../src/rules/index.js";

// The generated rule table is a documented contract (docs/rules.md): which checks each relation kind
// implies, with which severity and missing-value strategy, and a source a reviewer can follow.

const tiny: Catalog = {
  ...CATALOG_2022,
  version: "t1",
  rows: CATALOG_2022.rows.filter((r) => r.id === "1.2" || r.id === "2.1"),
  relations: [
    { kind: "rate", rate: "r", numerator: "n", denominator: "d", factor: 1000 },
    { kind: "sum", total: "s", parts: ["s.1", "s.2"], note: "Parts partition the total." },
    { kind: "subset", total: "s", parts: ["s.1"] },
    { kind: "subset", total: "s", parts: ["s.2"] },
    { kind: "equal", left: "a", right: "b" },
    { kind: "fraction-base", row: "f", base: "g" },
  ],
};
let rules: RuleDefinition[];
// Generated before each test, not at import, so that mutation testing attributes the coverage to the tests.
beforeEach(() => {
  rules = generateRules(tiny);
});

describe("generateRules", () => {
  it("a rate relation gives four rules", () => {
    expect(rules.slice(0, 4)).toEqual([
      {
        kind: "rate",
        id: "rate.components",
        key: "rate.components:r",
        rate: "r",
        numerator: "n",
        denominator: "d",
        factor: 1000,
        reads: ["r", "n", "d"],
        operator: "rate",
        severity: "error",
        missing: "skip-if-any-missing",
        source: "catalog t1: rate relation",
      },
      {
        kind: "zero-denominator",
        id: "rate.defined",
        key: "rate.defined:r",
        rate: "r",
        numerator: "n",
        denominator: "d",
        reads: ["r", "n", "d"],
        operator: "defined",
        severity: "warning",
        missing: "never-skip",
        source: expect.stringMatching(
          /^catalog t1: rate relation; a rate over a zero denominator is undefined, not 0%/,
        ),
      },
      {
        kind: "compulsory-pair",
        id: "pair.compulsory",
        key: "pair.compulsory:r",
        when: "r",
        requires: ["n"],
        given: ["d"],
        reads: ["r", "n", "d"],
        operator: "requires",
        severity: "warning",
        missing: "never-skip",
        source: "catalog t1: rate relation",
        note: "Checked when the denominator is reported; a blank denominator is reported by rate.defined.",
      },
      {
        kind: "derivable",
        id: "derivable.rate",
        key: "derivable.rate:r",
        target: "r",
        derive: { kind: "rate", numerator: "n", denominator: "d", factor: 1000 },
        reads: ["r", "n", "d"],
        operator: "derivable",
        severity: "info",
        missing: "never-skip",
        source: "catalog t1: rate relation",
      },
    ]);
  });

  it("a sum gives sum.parts and derivable.sum; the relation's note is in the source", () => {
    const source = "catalog t1: sum relation — Parts partition the total.";
    expect(rules.slice(4, 6)).toEqual([
      {
        kind: "sum",
        id: "sum.parts",
        key: "sum.parts:s",
        total: "s",
        parts: ["s.1", "s.2"],
        reads: ["s", "s.1", "s.2"],
        operator: "=",
        severity: "error",
        missing: "skip-if-any-missing",
        source,
      },
      {
        kind: "derivable",
        id: "derivable.sum",
        key: "derivable.sum:s",
        target: "s",
        derive: { kind: "sum", parts: ["s.1", "s.2"] },
        reads: ["s", "s.1", "s.2"],
        operator: "derivable",
        severity: "info",
        missing: "never-skip",
        source,
      },
    ]);
  });

  it("subsets get unique keys (#2 for the second on the same total)", () => {
    expect(rules.slice(6, 8)).toEqual([
      {
        kind: "subset",
        id: "subset.parts",
        key: "subset.parts:s",
        total: "s",
        parts: ["s.1"],
        reads: ["s", "s.1"],
        operator: "<=",
        severity: "error",
        missing: "skip-if-any-missing",
        source: "catalog t1: subset relation",
      },
      expect.objectContaining({ key: "subset.parts:s#2", parts: ["s.2"] }),
    ]);
  });

  it("an equal relation gives cross-row.equal and derivable.equal both ways", () => {
    const base = {
      operator: "derivable",
      severity: "info",
      missing: "never-skip",
      source: "catalog t1: equal relation",
    };
    expect(rules.slice(8, 11)).toEqual([
      {
        kind: "equal",
        id: "cross-row.equal",
        key: "cross-row.equal:a=b",
        left: "a",
        right: "b",
        reads: ["a", "b"],
        operator: "=",
        severity: "error",
        missing: "skip-if-any-missing",
        source: "catalog t1: equal relation",
      },
      {
        ...base,
        kind: "derivable",
        id: "derivable.equal",
        key: "derivable.equal:a",
        target: "a",
        derive: { kind: "equal", from: "b" },
        reads: ["a", "b"],
      },
      {
        ...base,
        kind: "derivable",
        id: "derivable.equal",
        key: "derivable.equal:b",
        target: "b",
        derive: { kind: "equal", from: "a" },
        reads: ["b", "a"],
      },
    ]);
  });

  it("a fraction-base relation is a warning with a note; every rate row gets rate.inline", () => {
    expect(rules[11]).toEqual({
      kind: "fraction-base",
      id: "cross-row.fraction-base",
      key: "cross-row.fraction-base:f",
      row: "f",
      base: "g",
      reads: ["f", "g"],
      operator: "=",
      severity: "warning",
      missing: "skip-if-any-missing",
      source: "catalog t1: fraction-base relation",
      note: "Warning, not error: reading the fraction's denominator as the base is an interpretation.",
    });
    expect(rules.slice(12)).toEqual([
      {
        kind: "inline-rate",
        id: "rate.inline",
        key: "rate.inline:1.2",
        rate: "1.2",
        factor: 100,
        reads: ["1.2"],
        operator: "rate",
        severity: "error",
        missing: "skip-if-any-missing",
        source: "catalog t1: rate row written as a fraction with the percentage in the unit cell (reasoning)",
      },
    ]);
  });
});

describe("generateRules: optional parts of a relation", () => {
  const catalog = (relations: Catalog["relations"]): Catalog => ({
    ...CATALOG_2022,
    version: "t2",
    rows: [],
    relations,
  });

  it("a rate's other bases, a subset's severity and the rows that make it moot are carried over as copies", () => {
    const otherBases = ["b2"];
    const skipIfReported = ["x"];
    const rules = generateRules(
      catalog([
        { kind: "rate", rate: "r", numerator: "n", denominator: "d", factor: 100, otherBases },
        { kind: "subset", total: "s", parts: ["s.1"], severity: "warning", skipIfReported },
      ]),
    );
    const components = rules.find((r) => r.id === "rate.components");
    expect(components).toMatchObject({ otherBases: ["b2"] });
    expect(components && "otherBases" in components && components.otherBases).not.toBe(otherBases);
    const subset = rules.find((r) => r.id === "subset.parts");
    expect(subset).toMatchObject({ severity: "warning", skipIfReported: ["x"] });
    expect(subset && "skipIfReported" in subset && subset.skipIfReported).not.toBe(skipIfReported);
  });

  it("without them, no such field; a note is appended to the source", () => {
    const rules = generateRules(
      catalog([
        { kind: "rate", rate: "r", numerator: "n", denominator: "d", factor: 100, otherBases: [] },
        { kind: "subset", total: "s", parts: ["s.1"], note: "Trong đó." },
      ]),
    );
    expect("otherBases" in rules[0]!).toBe(false);
    const subset = rules.find((r) => r.id === "subset.parts")!;
    expect("skipIfReported" in subset).toBe(false);
    expect(subset.severity).toBe("error");
    expect(subset.source).toBe("catalog t2: subset relation — Trong đó.");
    expect(rules[0]?.source).toBe("catalog t2: rate relation");
  });

  it("the third relation of a kind on one row gets #3", () => {
    const sums = generateRules(
      catalog([1, 2, 3].map((i) => ({ kind: "sum", total: "t", parts: [`t.${i}`] }) as const)),
    ).filter((r) => r.id === "sum.parts");
    expect(sums.map((r) => r.key)).toEqual(["sum.parts:t", "sum.parts:t#2", "sum.parts:t#3"]);
  });
});

describe("the explicit tables", () => {
  it("exclusive pairs read their rows and warn", () => {
    expect(
      EXPLICIT_RULES.map((r) => [
        r.key,
        r.when,
        r.equals,
        r.excludes,
        r.reads,
        r.operator,
        r.severity,
        r.missing,
      ]),
    ).toEqual([
      [
        "pair.exclusive:1.6",
        "1.6",
        "0",
        ["1.6.a", "1.6.b"],
        ["1.6", "1.6.a", "1.6.b"],
        "excludes",
        "warning",
        "never-skip",
      ],
      [
        "pair.exclusive:1.3.1",
        "1.3.1",
        "0",
        ["1.3.2.a", "1.3.2.b"],
        ["1.3.1", "1.3.2.a", "1.3.2.b"],
        "excludes",
        "warning",
        "never-skip",
      ],
      [
        "pair.exclusive:7.8.1",
        "7.8.1",
        "0",
        ["7.8.2.a", "7.8.2.b", "7.8.2.c"],
        ["7.8.1", "7.8.2.a", "7.8.2.b", "7.8.2.c"],
        "excludes",
        "warning",
        "never-skip",
      ],
    ]);
    expect(EXPLICIT_RULES.every((r) => r.kind === "exclusive-pair" && r.id === "pair.exclusive")).toBe(true);
    expect(EXPLICIT_RULES.map((r) => r.meaning.en)).toEqual([
      "no survey held",
      "no agency inspected",
      "no procedure offered through the postal service",
    ]);
  });
  it("structure checks: ids, keys and severities", () => {
    expect(
      STRUCTURE_RULES.map((r) => [r.kind, r.id, r.key, r.severity, r.reads, r.operator, r.missing]),
    ).toEqual(
      [
        ["unknown-code", "warning"],
        ["unparseable", "error"],
        ["code-not-in-list", "error"],
        ["value-on-group", "info"],
        ["value-in-unit-column", "info"],
        ["unit-differs", "info"],
        ["not-whole", "error"],
      ].map(([c, s]) => ["structure", `structure.${c}`, `structure.${c}`, s, [], "structure", "never-skip"]),
    );
    for (const r of STRUCTURE_RULES) expect(r.source.length).toBeGreaterThan(10);
  });
});
