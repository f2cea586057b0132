/**
 * Filling derivable blanks of a report: rates from their components, totals from their parts.
 * @module
 */

import { catalogForReport } from "../catalog/lookup.js";
import type { Catalog } from "../catalog/types.js";
import { resolveValues } from "../catalog/values.js";
import type { IndicatorValue, Report } from "../model/report.js";
import { sumDecimals } from "../numbers/decimal.js";
import type { RoundingMode } from "../numbers/types.js";
import { rateFromComponents } from "./rates.js";

/**
 * Một giá trị đã điền: which blank {@link completeReport} filled, with what and from which rows.
 * @example
 * const f: FilledValue = { id: "3.1.4", value: "54", from: "sum", inputs: ["3.1.4.a", "3.1.4.b", "3.1.4.c"] };
 */
export interface FilledValue {
  id: string;
  /** The value written (exact decimal string; rates rounded to the requested decimals). */
  value: string;
  /** `"rate"`: numerator / denominator × factor; `"sum"`: the sum of the parts. */
  from: "rate" | "sum";
  /** The rows read. */
  inputs: string[];
}

/**
 * Báo cáo đã bổ sung: the completed report and the list of what was filled.
 * @example
 * const r: CompletedReport = completeReport(report);
 */
export interface CompletedReport {
  report: Report;
  filled: FilledValue[];
}

/**
 * Bổ sung số liệu suy ra được: fills the blanks of a report that follow from its other values —
 * a blank rate from its numerator and denominator (catalog `rate` relations), a blank total from its
 * parts (catalog `sum` relations, only when every part is reported) — repeating until nothing changes
 * (a filled 3.1.4 then gives 7.7.1). A dash (`-`, not applicable) is never overwritten, nor is any
 * reported value. Filled values keep the row's note. Never throws.
 * @example
 * const { report: done, filled } = completeReport(report);
 * filled; // [{ id: "6.1", value: "0.00", from: "rate", inputs: ["6.1.b", "6.1.a"] }]
 */
export function completeReport(
  report: Report,
  options: { catalog?: Catalog; decimals?: number; rounding?: RoundingMode } = {},
): CompletedReport {
  const catalog = catalogForReport(report, { catalog: options.catalog }).catalog;
  const decimals = options.decimals ?? 2;
  const rounding = options.rounding ?? "half-up";
  const resolved = resolveValues(report, catalog);
  // the number each row stands for (the resolver's reading), and the rows filled so far
  const written = new Map<string, string>();
  const numberAt = (id: string): string | null => written.get(id) ?? resolved.get(id).value;
  const isBlank = (id: string): boolean => !written.has(id) && resolved.get(id).kind === "blank";
  const out: Record<string, IndicatorValue> = { ...report.values };
  const filled: FilledValue[] = [];
  const write = (id: string, value: string, from: FilledValue["from"], inputs: string[]) => {
    const prev = out[id];
    out[id] = prev?.note !== undefined ? { value, note: prev.note } : { value };
    written.set(id, value);
    filled.push({ id, value, from, inputs });
  };
  // each pass that changes something fills a blank, and blanks are finite: the loop ends
  let changed = true;
  while (changed) {
    changed = false;
    for (const rel of catalog.relations) {
      if (rel.kind === "sum" && isBlank(rel.total)) {
        const parts = rel.parts.map(numberAt);
        if (parts.every((p): p is string => p !== null)) {
          write(rel.total, sumDecimals(parts), "sum", rel.parts);
          changed = true;
        }
      } else if (rel.kind === "rate" && isBlank(rel.rate)) {
        const r = rateFromComponents(rel, numberAt, decimals, rounding);
        if (r.value !== null) {
          write(rel.rate, r.value, "rate", [rel.numerator, rel.denominator]);
          changed = true;
        }
      }
    }
  }
  return { report: { ...report, values: out }, filled };
}
