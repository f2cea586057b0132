import { beforeEach, describe, expect, it } from "vitest";
import type { Report } from "../../src/model/report.js";
import {
  checkReport,
  duplicateCodeFinding,
  type Finding,
  type RuleDefinition,
} from "../../src/rules/index.js";
import { findingLines, generatedRule, mk } from "./report-builder.js";

// Engine behaviour that the mutation run showed untested (docs/quality.md): the missing-value strategies
// applied to a rule's declared reads, the order of findings that tie on their code, the merge of import
// findings, the finding shape, and reports that are not well-formed.

const extra = (f: Partial<Finding> & Pick<Finding, "rule" | "code">): Finding => ({
  severity: "warning",
  codes: f.code === null ? [] : [f.code],
  message: "",
  messages: { vi: `vi ${f.rule}`, en: `en ${f.rule}` },
  source: "narrative",
  ...f,
});

describe("missing-value strategy of a rule", () => {
  // rate.defined:3.5 reads 3.5, 3.5.b and 3.5.a; by default (never-skip) it reports a rate over a blank denominator
  let defined: RuleDefinition;
  beforeEach(() => {
    defined = generatedRule("rate.defined:3.5");
  });
  const rateOnly = { "3.5": "100%" };
  const skipped = [{ key: "rate.defined:3.5", rule: "rate.defined", reason: "missing" }];

  it("never-skip (the default of rate.defined) evaluates the rule with a value missing", () => {
    expect(defined.missing).toBe("never-skip");
    expect(findingLines(rateOnly, { rules: [defined] })).toEqual(["3.5 rate.blank-denominator warning"]);
  });

  it("skip-if-any-missing skips the rule when one value it reads is blank, even if it could fire", () => {
    const r = checkReport(mk(rateOnly), { rules: [{ ...defined, missing: "skip-if-any-missing" }] });
    expect(r.findings).toEqual([]);
    expect(r.summary).toMatchObject({ rulesRun: 0, rulesSkipped: 1, skipped });
  });

  it("skip-if-all-missing runs the rule while one value it reads is reported", () => {
    const allMissing: RuleDefinition = { ...defined, missing: "skip-if-all-missing" };
    expect(findingLines(rateOnly, { rules: [allMissing] })).toEqual(["3.5 rate.blank-denominator warning"]);
    expect(checkReport(mk(rateOnly), { rules: [allMissing] }).summary).toMatchObject({
      rulesRun: 1,
      skipped: [],
    });
  });

  it("skip-if-all-missing lists the rule as skipped when nothing it reads is reported", () => {
    const r = checkReport(mk({ "3.4": "1" }), { rules: [{ ...defined, missing: "skip-if-all-missing" }] });
    expect(r.summary).toMatchObject({ rulesRun: 0, rulesSkipped: 1, skipped });
    // the same report with never-skip: the rule runs and finds nothing
    expect(checkReport(mk({ "3.4": "1" }), { rules: [defined] }).summary).toMatchObject({
      rulesRun: 1,
      skipped: [],
    });
  });

  it("a dash or an unreadable value counts as missing for the strategy", () => {
    const anyMissing: RuleDefinition = { ...defined, missing: "skip-if-any-missing" };
    for (const den of ["-", "x"]) {
      const r = checkReport(mk({ "3.5": "100%", "3.5.b": "3", "3.5.a": den }), { rules: [anyMissing] });
      expect(r.summary.skipped).toEqual(skipped);
    }
    const all = checkReport(mk({ "3.5": "100%", "3.5.b": "3", "3.5.a": "4" }), { rules: [anyMissing] });
    expect(all.summary).toMatchObject({ rulesRun: 1, skipped: [] });
  });

  it("a rule that declares no reads is evaluated whatever its strategy", () => {
    const broken = { "2.1": "3", "2.1.1": "2", "2.1.2": "0" };
    for (const missing of ["skip-if-any-missing", "skip-if-all-missing"] as const) {
      const noReads: RuleDefinition = { ...generatedRule("sum.parts:2.1"), reads: [], missing };
      const r = checkReport(mk(broken), { rules: [noReads] });
      expect(r.findings.map((f) => f.rule)).toEqual(["sum.parts"]);
      expect(r.summary).toMatchObject({ rulesRun: 1, skipped: [] });
    }
  });
});

describe("order of findings", () => {
  it("codes outside the catalog come after every catalog row, whatever their text", () => {
    expect(findingLines({ "0.9": "1", "1.1": "abc", "9.9.9": "2" })).toEqual([
      "1.1 structure.unparseable error",
      "0.9 structure.unknown-code warning",
      "9.9.9 structure.unknown-code warning",
    ]);
  });

  it("unknown codes sort by their text even when a later one is more serious", () => {
    expect(findingLines({ "9.8": "1", "9.9": "abc" })).toEqual([
      "9.8 structure.unknown-code warning",
      "9.9 structure.unparseable error",
      "9.9 structure.unknown-code warning",
    ]);
  });

  it("a report-level finding comes before one on the first row of the catalog", () => {
    const r = checkReport({ ...mk({ "1": "5" }), catalogVersion: "1999" });
    expect(r.findings.map((f) => `${f.code} ${f.rule}`)).toEqual([
      "null structure.unknown-catalog-version",
      "1 structure.value-on-group",
    ]);
  });

  it("report-level findings are ordered by severity", () => {
    const report = { ...mk({}), catalogVersion: "1999" };
    const error = extra({ rule: "narrative.x", code: null, severity: "error" });
    const info = extra({ rule: "narrative.a", code: null, severity: "info" });
    expect(
      checkReport(report, { importFindings: [error, info] }).findings.map((f) => `${f.severity} ${f.rule}`),
    ).toEqual(["error narrative.x", "warning structure.unknown-catalog-version", "info narrative.a"]);
  });

  it("findings that tie on code, severity and rule are ordered by rule key, keyless first", () => {
    const broken = { "2.1": "3", "2.1.1": "2", "2.1.2": "0" };
    const sum = generatedRule("sum.parts:2.1");
    const r = checkReport(mk(broken), {
      rules: [
        { ...sum, key: "sum.parts:2.1#b" },
        { ...sum, key: "sum.parts:2.1#a" },
        { ...sum, key: "R7:2.1" },
      ],
      importFindings: [extra({ rule: "sum.parts", code: "2.1", severity: "error" })],
    });
    expect(r.findings.map((f) => f.key ?? "-")).toEqual([
      "-",
      "R7:2.1",
      "sum.parts:2.1#a",
      "sum.parts:2.1#b",
    ]);
  });

  it("keyless findings that tie keep the order they were given in", () => {
    const given = ["first", "second", "third"].map((m) =>
      extra({ rule: "narrative.x", code: "2.1", messages: { vi: m, en: m } }),
    );
    const r = checkReport(mk({}), { rules: [], importFindings: given });
    expect(r.findings.map((f) => f.message)).toEqual(["first", "second", "third"]);
  });
});

describe("import findings", () => {
  it("an import finding on a code the engine also reports, about something else, is kept", () => {
    const dup = duplicateCodeFinding("7.5.3.a", 2);
    const r = checkReport(mk({ "7.5.3.a": { raw: "732VBĐT/876VBD", unit: "84%" } }), {
      importFindings: [dup],
    });
    expect(r.findings.map((f) => `${f.rule} ${f.source}`)).toEqual([
      "structure.duplicate-code import",
      "structure.value-in-unit-column appendix",
    ]);
    expect(r.summary).toMatchObject({ warnings: 1, infos: 1 });
  });

  it("a severity override is looked up among the overrides' own entries only", () => {
    const odd = extra({ rule: "constructor", code: "2.1", severity: "info", source: "import" });
    const r = checkReport(mk({}), { importFindings: [odd], severityOverrides: {} });
    expect(r.findings.map((f) => f.severity)).toEqual(["info"]);
    expect(r.summary).toMatchObject({ errors: 0, warnings: 0, infos: 1 });
  });

  it("a finding without a rule key is matched by its rule id only", () => {
    const dup = duplicateCodeFinding("2.1.1", 2);
    const overrides = { undefined: "off", "structure.duplicate-code": "error" } as const;
    const r = checkReport(mk({}), { importFindings: [dup], severityOverrides: overrides });
    expect(r.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(["structure.duplicate-code error"]);
  });
});

describe("finding shape", () => {
  it("a finding without expected or actual values has no such keys", () => {
    const [f] = checkReport(mk({ "9.9": "1" }), { lang: "en" }).findings;
    const messages = {
      vi: "Mã chỉ tiêu 9.9 không có trong mẫu phụ lục 2022.",
      en: "Indicator 9.9 is not a row of the 2022 appendix template.",
    };
    expect(f).toStrictEqual({
      rule: "structure.unknown-code",
      key: "structure.unknown-code",
      severity: "warning",
      code: "9.9",
      codes: ["9.9"],
      message: messages.en,
      messages,
      source: "appendix",
    });
    const [g] = checkReport(mk({ "2.2": "08" })).findings;
    expect(g).toHaveProperty("actual", { value: "8" });
    expect(g).not.toHaveProperty("expected");
  });
});

describe("reports that are not well-formed", () => {
  it("a report without a period is not checked: invalid-report, with the issue in both languages", () => {
    const noPeriod = {
      ...mk({ "2.1": "3", "2.1.1": "2", "2.1.2": "0" }),
      period: undefined,
    } as unknown as Report;
    const old: RuleDefinition = { ...generatedRule("sum.parts:2.1"), effectiveTo: "2021-12-31" };
    const r = checkReport(noPeriod, { rules: [old] });
    expect(r).toMatchObject({ ok: false, status: "invalid-report", findings: [], catalogVersion: "2022" });
    expect(r.coverage).toEqual({ values: 3, known: 0, checked: 0, skipped: 0, failed: 0 });
    expect(r.issues).toEqual([
      {
        path: "period",
        message: {
          vi: "sai kiểu dữ liệu hoặc thiếu trường bắt buộc",
          en: "wrong type or required field missing (expected object, received undefined)",
        },
      },
    ]);
  });

  it("a missing report, or {}, is never ok: invalid-report instead of throwing", () => {
    for (const report of [null, undefined, {}, [], "report", 42]) {
      const r = checkReport(report as unknown as Report);
      expect(r).toMatchObject({ ok: false, status: "invalid-report", catalogVersion: "2022", findings: [] });
      expect(r.issues?.length).toBeGreaterThan(0);
      expect(r.summary.rulesRun).toBe(0);
    }
    expect(checkReport({} as Report).issues?.map((i) => i.path)).toEqual(["agency", "period", "values"]);
  });

  it("a valid report with no value the catalog knows is nothing-to-check, never ok", () => {
    for (const values of [{}, { "9.9.9": "1" }, { "2.1": "" }]) {
      const r = checkReport(mk(values));
      expect(r).toMatchObject({ ok: false, status: "nothing-to-check" });
      expect(r.issues).toBeUndefined();
    }
    const one = checkReport(mk({ "2.1": "3", "9.9.9": "1" }));
    expect(one).toMatchObject({ ok: true, status: "checked" });
    expect(one.coverage).toMatchObject({ values: 2, known: 1, failed: 0 });
    expect(one.coverage.checked + one.coverage.skipped).toBe(one.summary.rulesRun + one.summary.rulesSkipped);
  });

  it("a catalogVersion that is not text is not reported as an unknown template", () => {
    for (const catalogVersion of [null, 2022]) {
      const report = { ...mk({}), catalogVersion } as unknown as Report;
      expect(checkReport(report).findings).toEqual([]);
    }
  });
});
