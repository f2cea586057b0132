import { CATALOG_2022 } from "../../src/catalog/index.js";
import type { Report } from "../../src/model/report.js";
import { type CheckOptions, checkReport, generateRules, type RuleDefinition } from "../../src/rules/index.js";

/**
 * A minimal H1-2022 report with the given values (a string is a raw value as written); `to` moves the
 * end of the period (rules in force are picked by it).
 */
export function mk(
  values: Record<string, string | { raw?: string; value?: string | number | null; unit?: string }>,
  to = "2022-06-30",
): Report {
  const v: Report["values"] = {};
  for (const [k, x] of Object.entries(values)) v[k] = typeof x === "string" ? { raw: x } : x;
  return {
    format: "cchc.report/1",
    agency: { id: "test" },
    period: { kind: "half-year", year: 2022, index: 1, from: "2022-01-01", to },
    values: v,
  } as Report;
}

/** The rule the 2022 catalog generates under `key` (`"sum.parts:2.1"`); throws if there is none. */
export function generatedRule(key: string): RuleDefinition {
  const r = generateRules(CATALOG_2022).find((x) => x.key === key);
  if (!r) throw new Error(`no rule ${key}`);
  return r;
}

/** The findings of checking `mk(values)`, one `"<code> <rule> <severity>"` line each, in order. */
export function findingLines(values: Parameters<typeof mk>[0], options?: CheckOptions): string[] {
  return checkReport(mk(values), options).findings.map((f) => `${f.code} ${f.rule} ${f.severity}`);
}
