import { describe, expect, it } from "vitest";
import { checkReport, type RuleDefinition } from "../../src/rules/index.js";
import { generatedRule, mk } from "./report-builder.js";

// An exception inside a rule is a finding and makes the check incomplete; it is never counted as a rule
// skipped for missing data.

/** sum.parts:2.1 whose evaluation throws (its parts are read through a throwing getter). */
function throwingRule(error: unknown = new RangeError("denominator too large")): RuleDefinition {
  const base = generatedRule("sum.parts:2.1");
  return Object.defineProperty({ ...base, key: "house.sum:2.1" }, "parts", {
    get() {
      throw error;
    },
  }) as RuleDefinition;
}

const broken = { "2.1": "3", "2.1.1": "2", "2.1.2": "0", "4.2.a": "1", "4.2.b": "2" };

describe("engine.rule-failed", () => {
  it("names the rule and the cell, is an error, and makes the status incomplete", () => {
    const r = checkReport(mk(broken), { rules: { extend: [throwingRule()] }, lang: "en" });
    const failed = r.findings.filter((f) => f.rule === "engine.rule-failed");
    expect(failed).toEqual([
      {
        rule: "engine.rule-failed",
        key: "house.sum:2.1",
        severity: "error",
        code: "2.1",
        codes: ["2.1", "2.1.1", "2.1.2"],
        message:
          "Rule house.sum:2.1 failed while checking indicator 2.1 (RangeError: denominator too large); the check is incomplete.",
        messages: {
          vi: "Quy tắc house.sum:2.1 gặp lỗi khi kiểm tra chỉ tiêu 2.1 (RangeError: denominator too large); kết quả kiểm tra chưa đầy đủ.",
          en: "Rule house.sum:2.1 failed while checking indicator 2.1 (RangeError: denominator too large); the check is incomplete.",
        },
        source: "appendix",
      },
    ]);
    expect(r).toMatchObject({ ok: false, status: "incomplete", coverage: { failed: 1 } });
    // the other rules still ran and found what they find
    expect(r.findings.map((f) => `${f.code} ${f.rule}`)).toEqual([
      "2.1 engine.rule-failed",
      "2.1 sum.parts",
      "4.2.a subset.parts",
    ]);
    // not counted as skipped for missing data
    expect(r.summary.skipped.some((s) => s.key === "house.sum:2.1")).toBe(false);
  });

  it("does not fire when the same rule runs normally", () => {
    const ok = checkReport(mk(broken), {
      rules: { extend: [{ ...generatedRule("sum.parts:2.1"), key: "house.sum:2.1" }] },
    });
    expect(ok.findings.filter((f) => f.rule === "engine.rule-failed")).toEqual([]);
    expect(ok.status).toBe("checked");
    expect(ok.coverage.failed).toBe(0);
  });

  it("a thrown non-Error and a rule without reads still give one finding, with no cell", () => {
    const noReads = Object.defineProperty({ ...generatedRule("sum.parts:2.1"), reads: [] }, "parts", {
      get() {
        throw "plain text";
      },
    }) as RuleDefinition;
    const r = checkReport(mk({ "2.1": "3" }), { rules: [noReads] });
    expect(r.findings).toMatchObject([
      { rule: "engine.rule-failed", code: null, codes: [], severity: "error" },
    ]);
    expect(r.findings[0]?.messages).toEqual({
      vi: "Quy tắc sum.parts:2.1 gặp lỗi khi kiểm tra (plain text); kết quả kiểm tra chưa đầy đủ.",
      en: "Rule sum.parts:2.1 failed while checking (plain text); the check is incomplete.",
    });
    expect(r.status).toBe("incomplete");
  });

  it("quotes an error of up to 200 characters whole and cuts a longer one with an ellipsis", () => {
    const text = (error: unknown) =>
      checkReport(mk(broken), { rules: [throwingRule(error)], lang: "en" }).findings[0]?.message;
    const at200 = `Error: ${"x".repeat(193)}`;
    expect(text(new Error("x".repeat(193)))).toBe(
      `Rule house.sum:2.1 failed while checking indicator 2.1 (${at200}); the check is incomplete.`,
    );
    expect(text(new Error("x".repeat(194)))).toBe(
      `Rule house.sum:2.1 failed while checking indicator 2.1 (${at200}…); the check is incomplete.`,
    );
  });

  it("a thrown value that cannot be written as text is named an unknown error", () => {
    const unprintable = Object.create(null) as object; // String() throws on it
    const r = checkReport(mk(broken), { rules: [throwingRule(unprintable)], lang: "en" });
    expect(r.findings.map((f) => f.message)).toEqual([
      "Rule house.sum:2.1 failed while checking indicator 2.1 (unknown error); the check is incomplete.",
    ]);
    expect(r.status).toBe("incomplete");
  });

  it("a malformed custom rule without a key is named by its id, or by ? without one", () => {
    const failed = (rule: object) =>
      checkReport(mk(broken), { rules: [rule as RuleDefinition], lang: "en" }).findings[0];
    const { key: _key, ...keyless } = generatedRule("sum.parts:2.1");
    const noKey = { ...keyless, missing: "never-skip", reads: "2.1", parts: null };
    expect(failed(noKey)).toMatchObject({
      rule: "engine.rule-failed",
      key: "sum.parts",
      code: null,
      codes: [],
    });
    expect(failed({ ...noKey, id: undefined })?.message).toMatch(/^Rule \? failed while checking \(/);
    // reads that are not all names: the names are kept, the first is the cell
    expect(failed({ ...noKey, key: "k", reads: [7, "2.1.1"] })).toMatchObject({
      key: "k",
      code: "2.1.1",
      codes: ["2.1.1"],
    });
  });

  it("a severity override cannot hide the incomplete status", () => {
    const r = checkReport(mk(broken), {
      rules: [throwingRule()],
      severityOverrides: { "engine.rule-failed": "off" },
    });
    expect(r.findings).toEqual([]);
    expect(r).toMatchObject({ ok: false, status: "incomplete", coverage: { failed: 1, checked: 0 } });
  });
});
