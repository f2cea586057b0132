/**
 * Reading the value of one indicator as the calculators need it — a thin view over the catalog area's
 * resolver ({@link resolveValue}), the one reading of a report value the whole library shares.
 * @module
 */
import { catalogForReport } from "../catalog/lookup.js";
import type { Catalog, CatalogRow } from "../catalog/types.js";
import { type ResolvedValue, resolveValue, resolveValues } from "../catalog/values.js";
import type { IndicatorValue, Report } from "../model/report.js";

/**
 * Giá trị đã đọc: one indicator value as the calculators see it.
 * - `number`: an exact decimal string with the decimals it was written with (`37,03%` → `"37.03"`, 2);
 * - `fraction`: numerator and denominator written in one cell (`54/55 TTHC`, `732VBĐT/876VBD`), with
 *   `value`, the number the cell stands for in its row (a count's numerator; the percentage of the
 *   unit cell for 7.5.3.a), or `null` when it stands for no single number;
 * - `blank`: not reported (absent, `null`, empty text) — not 0;
 * - `none`: a dash (`-`): the officer marked it not applicable — not 0 either;
 * - `invalid`: text that is not a number (kept so a caller can report it).
 * @example
 * const v: ReadValue = { status: "number", value: "37.03", decimals: 2, percent: true };
 */
export type ReadValue =
  | { status: "number"; value: string; decimals: number; percent: boolean }
  | { status: "fraction"; numerator: string; denominator: string; value?: string | null }
  | { status: "blank" }
  | { status: "none" }
  | { status: "invalid"; raw: string };

/**
 * Giá trị đã đọc từ giá trị đã giải: the {@link ReadValue} view of a {@link ResolvedValue}. A value
 * built by hand whose kind lacks its number (`number`) or its parts (`fraction`) reads as `invalid`,
 * never as 0.
 * @example
 * toReadValue(resolveValue("1.2", { raw: "37,03%" }, undefined)); // { status: "number", value: "37.03", decimals: 2, percent: true }
 */
export function toReadValue(r: ResolvedValue): ReadValue {
  switch (r.kind) {
    case "number":
      if (r.value !== null)
        return { status: "number", value: r.value, decimals: r.decimals, percent: r.percent };
      break;
    case "fraction":
      if (r.fraction !== undefined) {
        const { numerator, denominator } = r.fraction;
        return { status: "fraction", numerator, denominator, value: r.value };
      }
      break;
    case "blank":
      return { status: "blank" };
    case "none":
      return { status: "none" };
  }
  // `invalid`, or a value built by hand without the number or parts its kind needs: not read as 0
  return { status: "invalid", raw: (r.raw ?? "").slice(0, 80) };
}

/**
 * Đọc giá trị chỉ tiêu: reads an {@link IndicatorValue} through {@link resolveValue} — against its
 * catalog `row` when given (a coded `Có` is then 1; 7.5.3.a's fraction stands for the percentage in
 * its unit cell), else as a value of unknown row. Never throws.
 * @example
 * readIndicatorValue({ raw: "37,03%" }); // { status: "number", value: "37.03", decimals: 2, percent: true }
 * readIndicatorValue({ raw: "54/55 TTHC" }).status; // "fraction"
 * readIndicatorValue({ raw: "Có" }, CATALOG_2022.rows.find((r) => r.id === "1.6")); // { status: "number", value: "1", decimals: 0, percent: false }
 * readIndicatorValue(undefined); // { status: "blank" }
 */
export function readIndicatorValue(v: IndicatorValue | undefined, row?: CatalogRow): ReadValue {
  // the id only labels a resolved value; the reading depends on the row
  return toReadValue(resolveValue("", v, row));
}

/** How {@link numberOf} reads a value whose row it is not told: as a count (the documented reading). */
const ANY_COUNT: CatalogRow = {
  id: "",
  code: null,
  parent: null,
  name: { vi: "", en: "" },
  unit: null,
  kind: "count",
  rollup: "sum",
  additive: true,
};

/**
 * Số của chỉ tiêu: the number a value stands for, as an exact decimal string, or `null` when blank,
 * dash, invalid or a fraction that stands for no single number — {@link resolveValue}'s `value`. Pass the
 * catalog `row` to read it as that row does (a rate row's unit-cell percentage, a coded label); without
 * one the value is read as a count, so a fraction counts as its numerator (`54/55 TTHC` → `"54"`).
 * @deprecated Read whole reports with {@link resolveValues} (or `resolveValue(id, value, row).value`),
 * which knows each row; this helper stays for existing callers.
 * @example
 * numberOf({ raw: "20.000" }); // "20000"
 * numberOf({ raw: "54/55 TTHC" }); // "54"
 * numberOf({ raw: "" }); // null
 */
export function numberOf(v: IndicatorValue | undefined, row?: CatalogRow): string | null {
  return resolveValue("", v, row ?? ANY_COUNT).value;
}

/**
 * Đọc cả báo cáo: every value of a report read once through {@link resolveValues}, against `catalog`
 * (default: the report's own catalog, as {@link catalogForReport} picks it).
 * @example
 * readReportValues(report).get("1.2"); // { status: "number", value: "37.03", … }
 */
export function readReportValues(report: Pick<Report, "values">, catalog?: Catalog): Map<string, ReadValue> {
  const c = catalog ?? catalogForReport(report as Partial<Report>).catalog;
  const out = new Map<string, ReadValue>();
  for (const [id, r] of resolveValues(report, c).values) out.set(id, toReadValue(r));
  return out;
}
