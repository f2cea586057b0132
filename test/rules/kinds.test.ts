import { describe, expect, it } from "vitest";
import { CATALOG_2022, type Catalog } from "../../src/catalog/index.js";
import type { Report } from "../../src/model/report.js";
import {
  type CheckOptions,
  checkReport,
  defaultRules,
  duplicateCodeFinding,
  EXPLICIT_RULES,
  type Finding,
  generateRules,
  type RuleDefinition,
  resolveValue,
  STRUCTURE_RULES,
} from "../../src/rules/index.js";
import { generatedRule, mk } from "./report-builder.js";

function rules(values: Parameters<typeof mk>[0], options?: CheckOptions): string[] {
  return checkReport(mk(values), options).findings.map((f) => `${f.code} ${f.rule}`);
}

function find(values: Parameters<typeof mk>[0], rule: string, options?: CheckOptions): Finding | undefined {
  return checkReport(mk(values), options).findings.find((f) => f.rule === rule);
}

describe("sum.parts", () => {
  it("fires when the total differs from the parts", () => {
    expect(rules({ "2.1": "3", "2.1.1": "2", "2.1.2": "0" })).toEqual(["2.1 sum.parts"]);
  });
  it("does not fire when they agree, or when a part is missing (skip-if-any-missing)", () => {
    expect(rules({ "2.1": "2", "2.1.1": "2", "2.1.2": "0" })).toEqual([]);
    const r = checkReport(mk({ "2.1": "3", "2.1.1": "2" }));
    expect(r.findings.filter((f) => f.rule === "sum.parts")).toEqual([]);
    expect(r.summary.skipped).toContainEqual({ key: "sum.parts:2.1", rule: "sum.parts", reason: "missing" });
  });
  it("integer counts are exact: 2 ≠ 1 + 0 even though XBRL intervals would overlap", () => {
    expect(rules({ "2.1": "2", "2.1.1": "1", "2.1.2": "0" })).toEqual(["2.1 sum.parts"]);
  });
});

describe("subset.parts", () => {
  it("fires when the parts exceed the total", () => {
    expect(rules({ "4.2.a": "33", "4.2.b": "34" })).toEqual(["4.2.a subset.parts"]);
    const f = find({ "1.5.a": "3", "1.5.b": "2", "1.5.c": "1", "1.5.d": "1" }, "subset.parts")!;
    expect(f.messages.vi).toContain("Tổng các chỉ tiêu “trong đó” (1.5.b, 1.5.c, 1.5.d) là 4");
  });
  it("does not fire at equality or below", () => {
    expect(rules({ "4.2.a": "33", "4.2.b": "33" })).toEqual([]);
    expect(rules({ "1.5.a": "3", "1.5.b": "1", "1.5.c": "1", "1.5.d": "0" })).toEqual([]);
  });
});

describe("rate.components", () => {
  it("consistent, truncated and wrong", () => {
    expect(rules({ "1.2": "18,52%", "1.2.a": "54", "1.2.b": "10" })).toEqual([]);
    expect(rules({ "1.2": "37,04%", "1.2.a": "27", "1.2.b": "10" })).toEqual([]);
    expect(rules({ "1.2": "37,03%", "1.2.a": "27", "1.2.b": "10" })).toEqual(["1.2 rate.truncated"]);
    expect(rules({ "1.2": "38%", "1.2.a": "27", "1.2.b": "10" })).toEqual(["1.2 rate.mismatch"]);
  });
  it("accepts a bound of the interval and a rate written without %", () => {
    // 1/8 = 12.5%: on the closed bound of both "12" and "13" at 0 decimals (XBRL Calc 1.1)
    expect(rules({ "1.2": "13", "1.2.a": "8", "1.2.b": "1" })).toEqual([]);
    expect(rules({ "1.2": "12", "1.2.a": "8", "1.2.b": "1" })).toEqual([]);
    // 2/3 = 66.67%: "66" is truncated, "67" right
    expect(rules({ "1.2": "66", "1.2.a": "3", "1.2.b": "2" })).toEqual(["1.2 rate.truncated"]);
    expect(rules({ "1.2": "67", "1.2.a": "3", "1.2.b": "2" })).toEqual([]);
  });
  it("compares money components exactly (6.1 over million VND with decimals)", () => {
    expect(rules({ "6.1": "33,33%", "6.1.a": "1.500,5", "6.1.b": "500,1" })).toEqual([]);
    expect(rules({ "6.1": "50%", "6.1.a": "1.500,5", "6.1.b": "500,1" })).toEqual(["6.1 rate.mismatch"]);
  });
  it("reports the computed exact and rounded values and the reported interval", () => {
    const f = find({ "7.7.4": "100%", "7.7.4.a": "83", "7.7.4.b": "72" }, "rate.mismatch")!;
    expect(f.expected).toMatchObject({ value: "87", decimals: 0, unit: "%" });
    expect(f.expected?.exact?.startsWith("86.746987951807228915")).toBe(true);
    expect(f.actual).toMatchObject({ value: "100", interval: { low: "99.5", high: "100.5" } });
  });
});

describe("rate.defined (zero or blank denominator)", () => {
  it("fires for a rate reported over 0 or over a blank", () => {
    expect(rules({ "3.5": "0%", "3.5.a": "0", "3.5.b": "0" })).toEqual(["3.5 rate.zero-denominator"]);
    expect(rules({ "3.5": "100%", "3.5.b": "3" })).toEqual(["3.5 rate.blank-denominator"]);
  });
  it("does not fire when the rate is left blank over 0 (undefined is correctly blank)", () => {
    expect(rules({ "3.5": "", "3.5.a": "0", "3.5.b": "0" })).toEqual([]);
    expect(rules({ "3.5": "-", "3.5.a": "0", "3.5.b": "0" })).toEqual([]);
  });
});

describe("pair.compulsory", () => {
  it("fires for a rate reported without its numerator", () => {
    expect(rules({ "3.5": "50%", "3.5.a": "4" })).toEqual(["3.5 pair.compulsory"]);
  });
  it("does not fire when the numerator is there", () => {
    expect(rules({ "3.5": "50%", "3.5.a": "4", "3.5.b": "2" })).toEqual([]);
  });
});

describe("pair.exclusive (explicit table)", () => {
  it("fires when 1.6 = 0 (no survey) but forms are counted", () => {
    const f = find({ "1.6": "0", "1.6.a": "38" }, "pair.exclusive")!;
    expect(f.codes).toEqual(["1.6", "1.6.a"]);
    expect(f.messages.vi).toBe(
      "Chỉ tiêu 1.6 ghi 0 (không tổ chức khảo sát) nhưng lại có số liệu: 1.6.a = 38.",
    );
  });
  it("does not fire with a survey, or with no forms", () => {
    expect(rules({ "1.6": "1", "1.6.a": "38", "1.6.b": "1" })).toEqual([]);
    expect(rules({ "1.6": "0", "1.6.a": "0" })).toEqual([]);
    expect(rules({ "1.6": "0" })).toEqual([]);
  });
  it("is a reviewable table", () => {
    expect(EXPLICIT_RULES.map((r) => r.key)).toContain("pair.exclusive:1.6");
    for (const r of EXPLICIT_RULES) expect(r.source.length).toBeGreaterThan(10);
  });
});

describe("derivable", () => {
  it("a blank rate whose components are present", () => {
    const f = find({ "1.2": "", "1.2.a": "27", "1.2.b": "10" }, "derivable.rate")!;
    expect(f).toMatchObject({ severity: "info", code: "1.2", expected: { value: "37.04" } });
    expect(f.messages.vi).toContain("37,04%");
  });
  it("a blank total whose parts are all present", () => {
    const f = find({ "2.1": "", "2.1.1": "2", "2.1.2": "1" }, "derivable.sum")!;
    expect(f.expected?.value).toBe("3");
    expect(find({ "2.1": "", "2.1.1": "2" }, "derivable.sum")).toBeUndefined();
  });
  it("a blank row whose equal partner is present", () => {
    expect(find({ "3.4.1.a": "83" }, "derivable.equal")?.code).toBe("7.7.4.a");
  });
  it("nothing when the value is reported, or the rate is undefined", () => {
    expect(rules({ "1.2": "37,04%", "1.2.a": "27", "1.2.b": "10" })).toEqual([]);
    expect(find({ "1.2.a": "0", "1.2.b": "0" }, "derivable.rate")).toBeUndefined();
  });
});

describe("cross-row", () => {
  it("equal: the same quantity twice must agree", () => {
    expect(rules({ "7.7.4.a": "83", "3.4.1.a": "80" })).toEqual(["7.7.4.a cross-row.equal"]);
    expect(rules({ "7.7.4.a": "83", "3.4.1.a": "83" })).toEqual([]);
  });
  it("fraction-base: 54/55 names a base of 55", () => {
    expect(rules({ "3.3.1": "54/55 TTHC", "3.1.4": "54" })).toEqual(["3.3.1 cross-row.fraction-base"]);
    expect(rules({ "3.3.1": "54/54 TTHC", "3.1.4": "54" })).toEqual([]);
    expect(rules({ "3.3.1": "54 TTHC", "3.1.4": "54" })).toEqual([]);
  });
});

describe("structure", () => {
  it("unknown code, unparseable value, code outside its list", () => {
    expect(rules({ "9.9": "1" })).toEqual(["9.9 structure.unknown-code"]);
    const u = find({ "1.1": "abc" }, "structure.unparseable")!;
    expect(u.severity).toBe("error");
    expect(u.messages.vi).toContain("không đọc được giá trị “abc”");
    expect(rules({ "1.6": "2" })).toEqual(["1.6 structure.code-not-in-list"]);
  });
  it("a coded answer may be written as its label", () => {
    expect(rules({ "1.6": "Có" })).toEqual([]);
    expect(
      resolveValue(
        "1.6",
        { raw: "Có" },
        CATALOG_2022.rows.find((r) => r.id === "1.6"),
      ).value,
    ).toBe("1");
  });
  it("a value on a group heading, a unit that differs", () => {
    expect(rules({ "2.2": "08" })).toEqual(["2.2 structure.value-on-group"]);
    expect(rules({ "2.2": { note: "x" } as { raw?: string } })).toEqual([]);
    const rows = { "7.8.2.a": "0", "3.4.1.a": "83", "7.7.4.a": "83" };
    expect(rules({ ...rows, "7.8.2": { raw: "0", unit: "Hồ sơ" } })).toEqual([
      "7.8.2 structure.unit-differs",
    ]);
    expect(rules({ ...rows, "7.8.2": { raw: "0", unit: "%" } })).toEqual([]);
    expect(rules({ "1.1": { raw: "3", unit: "văn  bản" } })).toEqual([]);
  });
  it("a fraction with the rate in the unit column is read and checked", () => {
    expect(rules({ "7.5.3.a": { raw: "732VBĐT/876VBD", unit: "84%" } })).toEqual([
      "7.5.3.a structure.value-in-unit-column",
    ]);
    expect(rules({ "7.5.3.a": { raw: "732VBĐT/876VBD", unit: "90%" } })).toEqual([
      "7.5.3.a rate.mismatch",
      "7.5.3.a structure.value-in-unit-column",
    ]);
  });
  it("a bad value never hides the other findings", () => {
    const got = rules({
      "1.1": "1.23.4",
      "2.1": "0",
      "2.1.1": "2",
      "2.1.2": "0",
      "1.2": "38%",
      "1.2.a": "27",
      "1.2.b": "10",
    });
    expect(got).toEqual(["1.1 structure.unparseable", "1.2 rate.mismatch", "2.1 sum.parts"]);
  });
  it("pre-parsed values (`value`) are used as is", () => {
    expect(rules({ "2.1": { value: 3 }, "2.1.1": { value: "2" }, "2.1.2": { value: 1 } })).toEqual([]);
    expect(rules({ "2.1": { value: 4 }, "2.1.1": { value: "2" }, "2.1.2": { value: 1 } })).toEqual([
      "2.1 sum.parts",
    ]);
  });
});

describe("engine options", () => {
  const broken = { "2.1": "0", "2.1.1": "2", "2.1.2": "0", "1.2": "37,03%", "1.2.a": "27", "1.2.b": "10" };
  it("severity overrides by rule id or rule key, and off", () => {
    const r = checkReport(mk(broken), {
      severityOverrides: { "sum.parts:2.1": "warning", "rate.truncated": "off" },
    });
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(["sum.parts warning"]);
  });
  it("rules: replace with an array, or extend / disable", () => {
    const only = generateRules(CATALOG_2022).filter((x) => x.key === "sum.parts:2.1");
    expect(checkReport(mk(broken), { rules: only }).findings.map((f) => f.rule)).toEqual(["sum.parts"]);
    expect(
      checkReport(mk(broken), { rules: { disable: ["sum.parts"] } }).findings.map((f) => f.rule),
    ).toEqual(["rate.truncated"]);
    const extra: RuleDefinition = {
      kind: "subset",
      id: "subset.parts",
      key: "subset.parts:custom-1.1",
      total: "1.1",
      parts: ["2.1.1"],
      reads: ["1.1", "2.1.1"],
      operator: "<=",
      severity: "error",
      missing: "skip-if-any-missing",
      source: "test",
    };
    const r = checkReport(mk({ ...broken, "1.1": "1" }), { rules: { extend: [extra] } });
    expect(r.findings.some((f) => f.key === "subset.parts:custom-1.1")).toBe(true);
  });
  it("rules not in force for the period are skipped as not-effective", () => {
    const rule: RuleDefinition = {
      ...generatedRule("sum.parts:2.1"),
      effectiveFrom: "2025-07-01",
    };
    const r = checkReport(mk(broken), { rules: [rule] });
    expect(r.findings).toEqual([]);
    expect(r.summary.skipped).toEqual([{ key: "sum.parts:2.1", rule: "sum.parts", reason: "not-effective" }]);
  });
  it("skip-if-all-missing evaluates when some values are present", () => {
    const rule: RuleDefinition = {
      ...generatedRule("subset.parts:1.5.a"),
      missing: "skip-if-all-missing",
    };
    expect(checkReport(mk({ "1.5.a": "3", "1.5.c": "1" }), { rules: [rule] }).summary.rulesRun).toBe(1);
    expect(checkReport(mk({ "1.5.a": "3", "1.5.c": "4" }), { rules: [rule] }).findings[0]?.codes).toEqual([
      "1.5.a",
      "1.5.c",
    ]);
    expect(checkReport(mk({}), { rules: [rule] }).summary.rulesSkipped).toBe(1);
  });
  it("an explicit catalog, an unknown catalogVersion", () => {
    const tiny: Catalog = {
      ...CATALOG_2022,
      version: "tiny",
      relations: CATALOG_2022.relations.filter((x) => x.kind === "sum"),
    };
    const r = checkReport(mk(broken), { catalog: tiny });
    expect(r.catalogVersion).toBe("tiny");
    expect(r.findings.map((f) => f.rule)).toEqual(["sum.parts"]);
    const u = checkReport({ ...mk(broken), catalogVersion: "1999" });
    expect(u.catalogVersion).toBe("2022");
    expect(u.findings[0]).toMatchObject({ rule: "structure.unknown-catalog-version", code: null });
  });
  it("import findings are merged, sorted and counted", () => {
    const r = checkReport(mk(broken), { importFindings: [duplicateCodeFinding("2.1.1", 2)], lang: "en" });
    const f = r.findings.find((x) => x.rule === "structure.duplicate-code")!;
    expect(f).toMatchObject({ source: "import", severity: "warning", code: "2.1.1" });
    expect(f.message).toBe("Indicator 2.1.1 appears 2 times; only one value is used.");
    expect(r.summary.warnings).toBe(2);
  });
  it("precompiles the default rules once per catalog", () => {
    expect(defaultRules(CATALOG_2022)).toBe(defaultRules(CATALOG_2022));
    const keys = defaultRules(CATALOG_2022).map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(STRUCTURE_RULES.every((r) => keys.includes(r.key))).toBe(true);
  });
  it("never throws on a malformed report", () => {
    const bad = { agency: { id: "x" }, period: {}, values: null } as unknown as Report;
    expect(checkReport(bad)).toMatchObject({ ok: false, status: "invalid-report" });
  });
});

describe("finding shape (stable contract)", () => {
  it("has the documented fields with the documented types", () => {
    const r = checkReport(mk({ "2.1": "0", "2.1.1": "2", "2.1.2": "0" }), { lang: "en" });
    const f = r.findings[0]!;
    expect(Object.keys(f).sort()).toEqual(
      [
        "actual",
        "code",
        "codes",
        "expected",
        "key",
        "message",
        "messages",
        "rule",
        "severity",
        "source",
      ].sort(),
    );
    expect(f).toMatchObject({
      rule: "sum.parts",
      key: "sum.parts:2.1",
      severity: "error",
      code: "2.1",
      codes: ["2.1", "2.1.1", "2.1.2"],
      source: "appendix",
      message: f.messages.en,
    });
    expect(typeof f.messages.vi).toBe("string");
    expect(r.summary).toEqual({
      errors: 1,
      warnings: 0,
      infos: 0,
      rulesRun: expect.any(Number),
      rulesSkipped: expect.any(Number),
      skipped: expect.any(Array),
    });
  });
});
