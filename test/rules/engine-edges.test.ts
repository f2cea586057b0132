import { describe, expect, it } from "vitest";
import { CATALOG_2022, type Catalog, catalogForReport } from "../../src/catalog/index.js";
import type { Report } from "../../src/model/report.js";
import {
  checkReport,
  duplicateCodeFinding,
  type Finding,
  type RuleDefinition,
  resolveValue,
  resolveValues,
} from "../../src/rules/index.js";
import { findingLines, generatedRule, mk } from "./report-builder.js";

// Engine and value-resolution edge cases found by mutation testing (docs/quality.md).

const row = (id: string) => CATALOG_2022.rows.find((r) => r.id === id);

describe("ordering and counting", () => {
  it("findings follow the catalog order, then severity, then rule id", () => {
    const got = findingLines({
      "9.9": "1",
      "2.1": "3",
      "2.1.1": "2",
      "2.1.2": "0",
      "1.2": "37,03%",
      "1.2.a": "27",
      "1.2.b": "10",
      "1.1": "abc",
      "2.2": "08",
    });
    expect(got).toEqual([
      "1.1 structure.unparseable error",
      "1.2 rate.truncated warning",
      "2.1 sum.parts error",
      "2.2 structure.value-on-group info",
      "9.9 structure.unknown-code warning",
    ]);
  });
  it("within one code: errors before warnings before infos", () => {
    const got = findingLines({ "7.5.3.a": { raw: "732VBĐT/876VBD", unit: "90%" } });
    expect(got).toEqual(["7.5.3.a rate.mismatch error", "7.5.3.a structure.value-in-unit-column info"]);
    const swapped = findingLines(
      { "7.5.3.a": { raw: "732VBĐT/876VBD", unit: "90%" } },
      { severityOverrides: { "rate.mismatch": "info", "structure.value-in-unit-column": "error" } },
    );
    expect(swapped).toEqual(["7.5.3.a structure.value-in-unit-column error", "7.5.3.a rate.mismatch info"]);
  });
  it("report-level findings come first; unknown codes sort by their text", () => {
    const r = checkReport({ ...mk({ "9.9": "1", "9.8": "1", "1.1": "abc" }), catalogVersion: "1999" });
    expect(r.findings.map((f) => f.code)).toEqual([null, "1.1", "9.8", "9.9"]);
  });
  it("summary counts each severity; ok means no error", () => {
    const r = checkReport(mk({ "1.2": "37,03%", "1.2.a": "27", "1.2.b": "10", "2.2": "08", "1.1": "x" }));
    expect(r.summary).toMatchObject({ errors: 1, warnings: 1, infos: 1 });
    expect(r.ok).toBe(false);
    const w = checkReport(mk({ "1.2": "37,03%", "1.2.a": "27", "1.2.b": "10", "2.2": "08" }));
    expect(w.summary).toMatchObject({ errors: 0, warnings: 1, infos: 1 });
    expect(w.ok).toBe(true);
    expect(w.summary.rulesSkipped).toBe(w.summary.skipped.length);
    expect(w.summary.rulesRun).toBeGreaterThan(0);
  });
});

describe("rule selection", () => {
  it("a rule out of force after effectiveTo is skipped; a report without a period end checks everything", () => {
    const old: RuleDefinition = { ...generatedRule("sum.parts:2.1"), effectiveTo: "2021-12-31" };
    const broken = { "2.1": "3", "2.1.1": "2", "2.1.2": "0" };
    expect(checkReport(mk(broken), { rules: [old] }).summary.skipped).toEqual([
      { key: "sum.parts:2.1", rule: "sum.parts", reason: "not-effective" },
    ]);
    const h2of2021 = {
      ...mk(broken),
      period: { kind: "half-year", year: 2021, index: 2, from: "2021-07-01", to: "2021-12-31" },
    } as Report;
    expect(checkReport(h2of2021, { rules: [old] }).findings).toHaveLength(1);
    const fresh: RuleDefinition = { ...generatedRule("sum.parts:2.1"), effectiveFrom: "2022-06-30" };
    expect(checkReport(mk(broken), { rules: [fresh] }).findings).toHaveLength(1);
    // a report without a period end is not a report: nothing is checked, the issue is named
    const undated = { ...mk(broken), period: {} } as unknown as Report;
    const r = checkReport(undated, { rules: [old, fresh] });
    expect(r).toMatchObject({ ok: false, status: "invalid-report", findings: [] });
    expect(r.issues?.map((i) => i.path)).toContain("period.to");
  });
  it("disable by rule key; extend adds to the defaults", () => {
    const broken = { "2.1": "3", "2.1.1": "2", "2.1.2": "0", "4.2.a": "1", "4.2.b": "2" };
    expect(findingLines(broken, { rules: { disable: ["sum.parts:2.1"] } })).toEqual([
      "4.2.a subset.parts error",
    ]);
    expect(findingLines(broken, { rules: {} })).toEqual(["2.1 sum.parts error", "4.2.a subset.parts error"]);
  });
  it("skip-if-any-missing skips when one value is missing, evaluates when all are there", () => {
    const r = checkReport(mk({ "2.1": "3", "2.1.1": "2" }), { rules: [generatedRule("sum.parts:2.1")] });
    expect(r.summary).toMatchObject({ rulesRun: 0, rulesSkipped: 1 });
    const s = checkReport(mk({ "2.1": "3", "2.1.1": "2", "2.1.2": "1" }), {
      rules: [generatedRule("sum.parts:2.1")],
    });
    expect(s.summary).toMatchObject({ rulesRun: 1, rulesSkipped: 0 });
  });
  it("never-skip rules run with nothing reported; a rule reading nothing is never skipped as missing", () => {
    const r = checkReport(mk({}), { rules: [generatedRule("rate.defined:3.5")] });
    expect(r.summary).toMatchObject({ rulesRun: 1, rulesSkipped: 0 });
    const noReads: RuleDefinition = {
      ...generatedRule("sum.parts:2.1"),
      reads: [],
      missing: "skip-if-all-missing",
    };
    expect(checkReport(mk({}), { rules: [noReads] }).summary.skipped).toEqual([
      { key: "sum.parts:2.1", rule: "sum.parts", reason: "missing" },
    ]);
  });
  it("a malformed custom rule is a rule-failed finding, not a skip; the others still run", () => {
    const bad = { ...generatedRule("sum.parts:2.1"), key: "bad", parts: null } as unknown as RuleDefinition;
    const r = checkReport(mk({ "2.1": "3", "2.1.1": "2", "2.1.2": "0" }), {
      rules: [bad, generatedRule("sum.parts:2.1")],
    });
    expect(r.findings.map((f) => `${f.key} ${f.rule}`)).toEqual([
      "bad engine.rule-failed",
      "sum.parts:2.1 sum.parts",
    ]);
    expect(r.summary.skipped).toEqual([]);
    expect(r).toMatchObject({
      ok: false,
      status: "incomplete",
      coverage: { checked: 1, failed: 1, skipped: 0 },
    });
  });
});

describe("severity overrides", () => {
  it("a key override wins over a rule-id override; absent overrides keep the default", () => {
    const broken = { "2.1": "3", "2.1.1": "2", "2.1.2": "0" };
    expect(
      findingLines(broken, { severityOverrides: { "sum.parts": "info", "sum.parts:2.1": "warning" } }),
    ).toEqual(["2.1 sum.parts warning"]);
    expect(findingLines(broken, { severityOverrides: { "sum.parts": "info" } })).toEqual([
      "2.1 sum.parts info",
    ]);
    expect(findingLines(broken, { severityOverrides: { "rate.mismatch": "info" } })).toEqual([
      "2.1 sum.parts error",
    ]);
    expect(findingLines(broken, { severityOverrides: { toString: "off" } as Record<string, "off"> })).toEqual(
      ["2.1 sum.parts error"],
    );
  });
  it("apply to the unknown-catalog-version finding and to import findings", () => {
    const report = { ...mk({}), catalogVersion: "1999" };
    expect(checkReport(report).findings[0]).toMatchObject({
      rule: "structure.unknown-catalog-version",
      severity: "warning",
      codes: [],
      actual: { value: "1999" },
      expected: { value: "2022" },
      source: "appendix",
      messages: {
        vi: "Báo cáo ghi mẫu phụ lục “1999” nhưng không có mẫu này; đã kiểm tra theo mẫu 2022.",
        en: "The report names appendix template “1999”, which is unknown; checked against 2022.",
      },
    });
    expect(
      checkReport(report, { severityOverrides: { "structure.unknown-catalog-version": "off" } }).findings,
    ).toEqual([]);
    expect(
      checkReport(report, { severityOverrides: { "structure.unknown-catalog-version": "error" } }).ok,
    ).toBe(false);
    const imp = duplicateCodeFinding("2.1.1", 3);
    expect(
      checkReport(mk({}), { importFindings: [imp], severityOverrides: { "structure.duplicate-code": "off" } })
        .findings,
    ).toEqual([]);
    expect(
      checkReport(mk({}), {
        importFindings: [imp],
        severityOverrides: { "structure.duplicate-code": "error" },
      }).summary.errors,
    ).toBe(1);
  });
});

describe("import findings", () => {
  it("duplicateCodeFinding in both languages", () => {
    expect(duplicateCodeFinding("2.1.1", 2)).toEqual({
      rule: "structure.duplicate-code",
      severity: "warning",
      code: "2.1.1",
      codes: ["2.1.1"],
      actual: { value: "2", description: "occurrences" },
      expected: { value: "1", description: "occurrences" },
      message: "Mã chỉ tiêu 2.1.1 xuất hiện 2 lần; chỉ một giá trị được dùng.",
      messages: {
        vi: "Mã chỉ tiêu 2.1.1 xuất hiện 2 lần; chỉ một giá trị được dùng.",
        en: "Indicator 2.1.1 appears 2 times; only one value is used.",
      },
      source: "import",
    });
    expect(duplicateCodeFinding("2.1.1", 2, "en").message).toBe(
      "Indicator 2.1.1 appears 2 times; only one value is used.",
    );
  });
  it("an import finding the engine also raised is kept once (the engine's); others are merged", () => {
    const values = { "7.5.3.a": { raw: "732VBĐT/876VBD", unit: "84%" } };
    const dup: Finding = {
      rule: "import.value-in-unit-column",
      severity: "info",
      code: "7.5.3.a",
      codes: ["7.5.3.a"],
      message: "x",
      messages: { vi: "nhập", en: "import" },
      source: "import",
    };
    const r = checkReport(mk(values), { importFindings: [dup] });
    expect(r.findings.map((f) => f.rule)).toEqual(["structure.value-in-unit-column"]);
    const other: Finding = { ...dup, code: "1.1", codes: ["1.1"] };
    const narrative: Finding = { ...dup, source: "narrative" };
    const s = checkReport(mk(values), { importFindings: [other, narrative], lang: "en" });
    expect(s.findings.map((f) => `${f.code} ${f.rule} ${f.message}`)).toEqual([
      "1.1 import.value-in-unit-column import",
      "7.5.3.a import.value-in-unit-column import",
      `7.5.3.a structure.value-in-unit-column ${s.findings[2]!.messages.en}`,
    ]);
  });
});

describe("catalogForReport", () => {
  const other: Catalog = { ...CATALOG_2022, version: "2030", effectiveFrom: "2030-01-01" } as Catalog;
  it("an explicit catalog wins; else the named version; else the one in force", () => {
    expect(catalogForReport(mk({}), { catalog: other })).toEqual({ catalog: other, named: true });
    expect(
      catalogForReport({ ...mk({}), catalogVersion: "2030" }, { catalogs: [CATALOG_2022, other] }),
    ).toEqual({
      catalog: other,
      named: true,
    });
    expect(catalogForReport({ ...mk({}), catalogVersion: "2022" })).toEqual({
      catalog: CATALOG_2022,
      named: true,
    });
    expect(catalogForReport(mk({}))).toEqual({ catalog: CATALOG_2022, named: true });
    expect(catalogForReport({ ...mk({}), catalogVersion: "1999" })).toEqual({
      catalog: CATALOG_2022,
      named: false,
    });
    expect(catalogForReport(mk({}), { catalogs: [] }).catalog).toBe(CATALOG_2022);
  });
});

describe("resolving values", () => {
  it("pre-parsed values, blanks and non-objects", () => {
    expect(resolveValue("2.1", { value: 7 }, row("2.1"))).toMatchObject({
      kind: "number",
      value: "7",
      int: 7,
      decimals: 0,
      exact: true,
      percent: false,
      raw: "7",
    });
    expect(resolveValue("1.2", { value: "37.030" }, row("1.2"))).toMatchObject({
      value: "37.030",
      decimals: 3,
      exact: false,
      percent: true,
    });
    expect(resolveValue("2.1", { value: null }, row("2.1"))).toMatchObject({ kind: "blank", raw: null });
    expect(resolveValue("2.1", undefined, row("2.1"))).toMatchObject({ kind: "blank", raw: null });
    expect(resolveValue("2.1", "7" as unknown as { raw: string }, row("2.1")).kind).toBe("blank");
    expect(resolveValue("2.1", { raw: 7 } as unknown as { raw: string }, row("2.1")).kind).toBe("blank");
    expect(resolveValue("2.1", { value: "abc" }, row("2.1"))).toMatchObject({
      kind: "invalid",
      raw: "abc",
      error: { code: "not-a-number", message: { vi: "không phải là số", en: "not a number" } },
    });
  });
  it("integers: leading zeros, signs, decimals; only exact counts take the integer path", () => {
    expect(resolveValue("2.1", { raw: "007" }, row("2.1"))).toMatchObject({ value: "7", int: 7, raw: "007" });
    expect(resolveValue("2.1", { raw: "000" }, row("2.1"))).toMatchObject({ value: "0", int: 0 });
    expect(resolveValue("2.1", { raw: "-3" }, row("2.1"))).toMatchObject({ value: "-3", int: -3 });
    expect(resolveValue("2.1", { raw: "-" }, row("2.1"))).toMatchObject({ kind: "none", value: null });
    expect(resolveValue("2.1", { raw: "  " }, row("2.1"))).toMatchObject({ kind: "blank", raw: "  " });
    expect(Number.isNaN(resolveValue("6.1.a", { raw: "1,5" }, row("6.1.a")).int)).toBe(true);
    expect(resolveValue("6.1.a", { raw: "15" }, row("6.1.a"))).toMatchObject({ exact: false, int: 15 });
    expect(resolveValue("9.9", { raw: "15" }, undefined)).toMatchObject({ exact: false, row: undefined });
    expect(resolveValue("1.6", { raw: "1" }, row("1.6")).exact).toBe(true);
    expect(Number.isNaN(resolveValue("2.1", { raw: "1234567890123456" }, row("2.1")).int)).toBe(true);
    expect(Number.isNaN(resolveValue("2.1", { raw: "-1.5" }, row("2.1")).int)).toBe(true);
  });
  it("units and unit words are kept", () => {
    expect(resolveValue("2.1", { raw: "07 TTHC", unit: "TTHC" }, row("2.1"))).toMatchObject({
      value: "7",
      unitWord: "TTHC",
      unit: "TTHC",
    });
    expect(resolveValue("2.1", { value: 7, unit: "TTHC" }, row("2.1")).unit).toBe("TTHC");
    expect(resolveValue("2.1", { raw: "7" }, row("2.1")).unit).toBeUndefined();
  });
  it("coded answers by label, in either language; unknown labels are invalid", () => {
    expect(resolveValue("1.6", { raw: "Không" }, row("1.6"))).toMatchObject({
      kind: "number",
      value: "0",
      int: 0,
    });
    expect(resolveValue("1.6", { raw: " yes " }, row("1.6"))).toMatchObject({ value: "1" });
    expect(resolveValue("1.6", { raw: "Có  lẽ" }, row("1.6"))).toMatchObject({
      kind: "invalid",
      error: { code: "not-a-number" },
    });
    expect(resolveValue("1.1", { raw: "Có" }, row("1.1")).kind).toBe("invalid");
  });
  it("fractions: a count takes the numerator; a rate takes the percentage of its unit cell", () => {
    expect(resolveValue("3.3.1", { raw: "54/55 TTHC" }, row("3.3.1"))).toMatchObject({
      kind: "fraction",
      value: "54",
      int: 54,
      decimals: 0,
      exact: true,
      unitWord: "TTHC",
      fraction: { numerator: "54", denominator: "55" },
    });
    expect(resolveValue("7.5.3.a", { raw: "732VBĐT/876VBD", unit: "83,56%" }, row("7.5.3.a"))).toMatchObject({
      kind: "fraction",
      value: "83.56",
      decimals: 2,
      percent: true,
      exact: false,
      valueFromUnit: true,
    });
    const noPct = resolveValue("7.5.3.a", { raw: "732/876", unit: "84" }, row("7.5.3.a"));
    expect(noPct).toMatchObject({ value: null, percent: false });
    expect(noPct.valueFromUnit).toBeUndefined();
    expect(resolveValue("7.5.3.a", { raw: "732/876" }, row("7.5.3.a")).value).toBeNull();
    expect(resolveValue("6.1.a", { raw: "3/4" }, row("6.1.a")).value).toBeNull();
  });
  it("resolveValues lists unknown ids and gives a blank for absent ones", () => {
    const r = resolveValues(mk({ "9.9": "1", "2.1": "3" }), CATALOG_2022);
    expect(r.unknown).toEqual(["9.9"]);
    expect([...r.values.keys()]).toEqual(["9.9", "2.1"]);
    expect(r.get("2.1.1")).toMatchObject({ kind: "blank", id: "2.1.1", row: row("2.1.1") });
    expect(r.get("2.1.1")).toBe(r.get("2.1.1"));
    expect(resolveValues({ values: null } as unknown as Report, CATALOG_2022).values.size).toBe(0);
  });
});

describe("written decimals and intervals in the arithmetic rules", () => {
  const base = { operator: "=", severity: "error", missing: "skip-if-any-missing", source: "test" } as const;
  // ids the catalog does not know stand for intervals (a written value ± half a unit of its last decimal)
  const sum = {
    ...base,
    kind: "sum",
    id: "sum.parts",
    key: "s",
    total: "x",
    parts: ["p", "q"],
    reads: ["x", "p", "q"],
  };
  const sub = {
    ...base,
    kind: "subset",
    id: "subset.parts",
    key: "u",
    total: "x",
    parts: ["p", "q"],
    reads: ["x", "p", "q"],
  };
  const eq = {
    ...base,
    kind: "equal",
    id: "cross-row.equal",
    key: "e",
    left: "x",
    right: "p",
    reads: ["x", "p"],
  };
  const run = (values: Parameters<typeof mk>[0], r: object) =>
    checkReport(mk(values), { rules: [r as RuleDefinition] }).findings;

  it("sum.parts: interval-aware for rounded values, with the parts' interval in the finding", () => {
    expect(run({ x: "3,0", p: "1,5", q: "1,5" }, sum)).toEqual([]);
    expect(run({ x: "3,1", p: "1,5", q: "1,5" }, sum)).toEqual([]);
    expect(run({ x: "2,9", p: "1,5", q: "1,5" }, sum)).toEqual([]);
    const [f, ...rest] = run({ x: "3,2", p: "1,5", q: "1,5" }, sum);
    expect(rest).toEqual([]);
    expect(f!.expected).toEqual({
      value: "3",
      exact: "3",
      description: "sum of p, q",
      interval: { low: "2.9", high: "3.1" },
    });
    expect(f!.actual).toEqual({ value: "3.2", decimals: 1, interval: { low: "3.15", high: "3.25" } });
    expect(run({ x: "2,8", p: "1,5", q: "1,5" }, sum)).toHaveLength(1);
  });
  it("sum.parts: exact counts with decimals compare exactly", () => {
    // counts that are not whole are themselves findings (structure.not-whole); the sum is still checked
    expect(findingLines({ "2.1": "2,5", "2.1.1": "2", "2.1.2": "0,5" })).toEqual([
      "2.1 structure.not-whole error",
      "2.1.2 structure.not-whole error",
    ]);
    const f = checkReport(mk({ "2.1": "2,6", "2.1.1": "2", "2.1.2": "0,5" })).findings.find(
      (x) => x.rule === "sum.parts",
    )!;
    expect(f).toMatchObject({ rule: "sum.parts", expected: { value: "2.5", exact: "2.5" } });
    expect(f.expected).not.toHaveProperty("interval");
  });
  it("subset.parts: interval-aware; a negative part makes the rule unusable", () => {
    expect(run({ x: "2,9", p: "1,5", q: "1,5" }, sub)).toEqual([]);
    expect(run({ x: "2,8", p: "1,5", q: "1,5" }, sub)[0]).toMatchObject({
      codes: ["x", "p", "q"],
      expected: { value: "3", description: "at least sum of p, q" },
    });
    const neg = checkReport(mk({ x: "2,8", p: "-1,5", q: "1,5" }), { rules: [sub as RuleDefinition] });
    expect(neg.findings).toEqual([]);
    expect(neg.summary.skipped).toEqual([{ key: "u", rule: "subset.parts", reason: "missing" }]);
    const arithmetic = (v: Parameters<typeof findingLines>[0]) =>
      findingLines(v).filter((l) => !l.includes("structure.not-whole"));
    expect(arithmetic({ "4.2.a": "1,5", "4.2.b": "1,6" })).toEqual(["4.2.a subset.parts error"]);
    expect(arithmetic({ "4.2.a": "1,6", "4.2.b": "1,6" })).toEqual([]);
  });
  it("cross-row.equal: overlapping intervals agree (touching too); exact decimals must be equal", () => {
    expect(run({ x: "1,3", p: "1,2" }, eq)).toEqual([]);
    expect(run({ x: "1,1", p: "1,2" }, eq)).toEqual([]);
    expect(run({ x: "1,31", p: "1,2" }, eq)[0]).toMatchObject({
      expected: { value: "1.2", description: "same quantity as p" },
      actual: { value: "1.31", decimals: 2, interval: { low: "1.305", high: "1.315" } },
    });
    expect(run({ x: "1,09", p: "1,2" }, eq)).toHaveLength(1);
    const arithmetic = (v: Parameters<typeof findingLines>[0]) =>
      findingLines(v).filter((l) => !l.includes("structure.not-whole"));
    expect(arithmetic({ "7.7.4.a": "1,5", "3.4.1.a": "1,50" })).toEqual([]);
    expect(arithmetic({ "7.7.4.a": "1,5", "3.4.1.a": "1,6" })).toEqual(["7.7.4.a cross-row.equal error"]);
  });
  it("pair.exclusive: a decimal zero is zero on both sides", () => {
    expect(findingLines({ "1.6": "0", "1.6.a": "0,0" })).toEqual([]);
    expect(checkReport(mk({ "1.6": "0,0", "1.6.a": "3" })).findings.map((f) => f.rule)).toEqual([
      "structure.code-not-in-list",
      "pair.exclusive",
    ]);
  });
});
