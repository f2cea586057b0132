import { describe, expect, it } from "vitest";
import { CATALOG_2022 } from "../../src/catalog/index.js";
import { canGive } from "../../src/rules/evaluate.js";
import { checkReport, defaultRules, type RuleDefinition } from "../../src/rules/index.js";
import { generatedRule, mk } from "./report-builder.js";

// The roll-up re-runs on a unit only the rules that can repeat a parent's finding: canGive must say yes
// to every finding a rule gives, and no to the others.

describe("canGive", () => {
  it("says yes to the findings each rule of a broken report gives", () => {
    const rules = new Map(defaultRules(CATALOG_2022).map((r) => [r.key, r]));
    const values = {
      "1.2": "37,03%",
      "1.2.a": "27",
      "1.2.b": "10",
      "2.1": "3",
      "2.1.1": "2",
      "2.1.2": "0",
      "1.6": "0",
      "1.6.a": "3",
      "3.5": "100%",
      "2.2": "08",
      "1.1": "1,5",
    };
    const findings = checkReport(mk(values)).findings;
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) {
      const rule = rules.get(f.key ?? "");
      expect(rule, f.key).toBeDefined();
      expect(canGive(rule!, f.rule), `${f.key} gave ${f.rule}`).toBe(true);
    }
  });

  it("says no to another kind's finding, and a structure rule gives only its own id", () => {
    const sum = generatedRule("sum.parts:2.1");
    expect(canGive(sum, "sum.parts")).toBe(true);
    expect(canGive(sum, "subset.parts")).toBe(false);
    expect(canGive(generatedRule("rate.components:1.2"), "rate.truncated")).toBe(true);
    expect(canGive(generatedRule("rate.components:1.2"), "rate.zero-denominator")).toBe(false);
    const group = defaultRules(CATALOG_2022).find((r) => r.id === "structure.value-on-group")!;
    expect(canGive(group, "structure.value-on-group")).toBe(true);
    expect(canGive(group, "structure.unknown-code")).toBe(false);
    // a custom rule of a kind the engine does not know gives nothing
    expect(canGive({ ...sum, kind: "house" } as unknown as RuleDefinition, "sum.parts")).toBe(false);
  });
});
