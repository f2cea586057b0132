import type { Report } from "../../src/model/report.js";

/** A minimal H1-2022 report with the given values (a string is a raw value as written). */
export function mk(
  values: Record<string, string | { raw?: string; value?: string | number | null; unit?: string }>,
): Report {
  const v: Report["values"] = {};
  for (const [k, x] of Object.entries(values)) v[k] = typeof x === "string" ? { raw: x } : x;
  return {
    format: "cchc.report/1",
    agency: { id: "test" },
    period: { kind: "half-year", year: 2022, index: 1, from: "2022-01-01", to: "2022-06-30" },
    values: v,
  } as Report;
}
