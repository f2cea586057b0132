/**
 * Rate calculators driven by the catalog's `rate` relations (`rate = numerator / denominator × factor`),
 * plus the two rates whose components are not rows of the appendix.
 * @module
 */
import { catalogForReport } from "../catalog/lookup.js";
import type { Catalog, RateRelation } from "../catalog/types.js";
import { resolveValues } from "../catalog/values.js";
import type { Report } from "../model/report.js";
import { sumDecimals, toDecimalString } from "../numbers/decimal.js";
import { rate } from "../numbers/rate.js";
import type { DecimalInput, NumberError, RoundingMode } from "../numbers/types.js";

/**
 * Lý do không tính được tỷ lệ: `missing-numerator` / `missing-denominator` (the component row is blank,
 * a dash or unreadable), `zero-denominator` (undefined, not 0%), `negative`, `invalid-input`.
 * @example
 * const r: RateReason = "zero-denominator";
 */
export type RateReason =
  | "missing-numerator"
  | "missing-denominator"
  | "zero-denominator"
  | "negative"
  | "invalid-input";

/**
 * Tỷ lệ tính từ thành phần: one computed rate. `value` is rounded to the requested decimals, `exact`
 * keeps 20 decimals; both are `null` when the rate cannot be computed, and `reason` says why.
 * `source` is `"relation"` (from the catalog's numerator and denominator rows) or `"fraction"` (from a
 * rate row written as a fraction, `732VBĐT/876VBD`).
 * @example
 * const r: ComputedRate = { id: "1.2", value: "37.04", exact: "37.03703703703703703703", numerator: "10", denominator: "27", numeratorId: "1.2.b", denominatorId: "1.2.a", source: "relation" };
 */
export interface ComputedRate {
  /** The rate row's id. */
  id: string;
  value: string | null;
  exact: string | null;
  numerator: string | null;
  denominator: string | null;
  /** Row the numerator was read from (absent for a fraction). */
  numeratorId?: string;
  /** Row the denominator was read from (absent for a fraction). */
  denominatorId?: string;
  source: "relation" | "fraction";
  reason?: RateReason;
}

/**
 * Tùy chọn tính tỷ lệ: options of {@link computeRates}.
 * @example
 * const o: ComputeRatesOptions = { decimals: 2, rounding: "half-up" };
 */
export interface ComputeRatesOptions {
  /** Catalog to read the relations from (default: the report's `catalogVersion`, else the version in force at the period's end). */
  catalog?: Catalog;
  /** Decimals of `value` (default 2). */
  decimals?: number;
  /** Rounding mode of `value` (default `"half-up"`). */
  rounding?: RoundingMode;
}

/**
 * @internal An appendix percentage: `n / d × 100` with 2 decimals, half-up, or `null` when undefined
 * (a zero denominator). The calculators from raw records write their rates with it.
 */
export function pct(n: number, d: number): string | null {
  const r = rate(n, d, { decimals: 2, rounding: "half-up" });
  return r.ok ? r.value : null;
}

/**
 * @internal Computes one rate relation over values already resolved: `numberAt(id)` is the number a row
 * stands for (the resolver's `value`), `null` when it has none.
 */
export function rateFromComponents(
  rel: RateRelation,
  numberAt: (id: string) => string | null,
  decimals: number,
  rounding: RoundingMode,
): ComputedRate {
  const numerator = numberAt(rel.numerator);
  const denominator = numberAt(rel.denominator);
  const base = {
    id: rel.rate,
    numeratorId: rel.numerator,
    denominatorId: rel.denominator,
    source: "relation" as const,
  };
  if (numerator === null || denominator === null) {
    return {
      ...base,
      value: null,
      exact: null,
      numerator,
      denominator,
      reason: numerator === null ? "missing-numerator" : "missing-denominator",
    };
  }
  const r = rate(numerator, denominator, { decimals, rounding, factor: rel.factor });
  if (!r.ok) return { ...base, value: null, exact: null, numerator, denominator, reason: r.reason };
  return { ...base, value: r.value, exact: r.exact, numerator, denominator };
}

/**
 * Tính các tỷ lệ của phụ lục: every rate row of the catalog computed from its numerator and denominator
 * rows, driven by the catalog's `rate` relations (DHIS2 style: numerator / denominator × factor) — no
 * per-row code. A rate row without a relation that the report wrote as a fraction (7.5.3.a,
 * `732VBĐT/876VBD`) is computed from that fraction. Blank components give `value: null` with a reason;
 * a zero denominator is undefined, not 0% (docs/guide.md §3). Never throws.
 * @example
 * computeRates(report)["1.2"]; // { value: "37.04", exact: "37.03703703703703703703", numerator: "10", denominator: "27", … }
 * computeRates(report)["6.1"]; // { value: "0.00", numerator: "0", denominator: "20000", … }
 */
export function computeRates(
  report: Report,
  options: ComputeRatesOptions = {},
): Record<string, ComputedRate> {
  const decimals = options.decimals ?? 2;
  const rounding = options.rounding ?? "half-up";
  const catalog = catalogForReport(report, { catalog: options.catalog }).catalog;
  const values = resolveValues(report, catalog);
  const numberAt = (id: string) => values.get(id).value;
  const out: Record<string, ComputedRate> = {};
  for (const rel of catalog.relations) {
    if (rel.kind !== "rate" || out[rel.rate]) continue;
    out[rel.rate] = rateFromComponents(rel, numberAt, decimals, rounding);
  }
  for (const row of catalog.rows) {
    if (row.kind !== "rate" || out[row.id]) continue;
    const v = values.get(row.id).fraction;
    if (v === undefined) continue;
    const r = rate(v.numerator, v.denominator, { decimals, rounding });
    out[row.id] = r.ok
      ? {
          id: row.id,
          value: r.value,
          exact: r.exact,
          numerator: v.numerator,
          denominator: v.denominator,
          source: "fraction",
        }
      : {
          id: row.id,
          value: null,
          exact: null,
          numerator: v.numerator,
          denominator: v.denominator,
          source: "fraction",
          reason: r.reason,
        };
  }
  return out;
}

/**
 * Kết quả tỷ lệ riêng: the result of {@link electronicDocumentRate} and {@link staffReductionRate}.
 * @example
 * const r: StandaloneRate = { ok: true, value: "83.56", exact: "83.56164383561643835616", formula: "732 / 876 × 100", verified: true };
 */
export type StandaloneRate =
  | { ok: true; value: string; exact: string; formula: string; verified: boolean }
  | { ok: false; value: null; error: NumberError };

function standalone(
  n: DecimalInput,
  d: DecimalInput,
  decimals: number,
  rounding: RoundingMode,
  verified: boolean,
): StandaloneRate {
  const r = rate(n, d, { decimals, rounding });
  if (!r.ok) return { ok: false, value: null, error: r.error };
  return {
    ok: true,
    value: r.value,
    exact: r.exact,
    formula: `${toDecimalString(n)} / ${toDecimalString(d)} × 100`,
    verified,
  };
}

/**
 * Tỷ lệ văn bản điện tử (7.5.3.a): documents sent fully electronically (digitally signed and sent
 * online) over all documents sent, × 100. The template has no rows for its components; reports write
 * them as a fraction (`732VBĐT/876VBD` → 83.56%; the reference report wrote 84%).
 * @example
 * electronicDocumentRate(732, 876); // { ok: true, value: "83.56", … }
 * electronicDocumentRate(732, 876, { decimals: 0 }).value; // "84"
 */
export function electronicDocumentRate(
  sentElectronically: DecimalInput,
  total: DecimalInput,
  options: { decimals?: number; rounding?: RoundingMode } = {},
): StandaloneRate {
  return standalone(sentElectronically, total, options.decimals ?? 2, options.rounding ?? "half-up", true);
}

/**
 * Đầu vào tỷ lệ tinh giản biên chế: `baseline2015` (staff at the 2015 baseline) and either `reduced`
 * (cumulative reduction since 2015) or `present` (staff now, not negative; reduced = baseline − present).
 * @example
 * const i: StaffReductionInput = { reduced: 3, baseline2015: 36 };
 */
export type StaffReductionInput =
  | { reduced: DecimalInput; baseline2015: DecimalInput }
  | { present: DecimalInput; baseline2015: DecimalInput };

/**
 * Tỷ lệ tinh giản biên chế so với năm 2015 (4.2.e, 4.3.d, 4.1.5.b): cumulative reduction since 2015
 * over the 2015 baseline × 100. The formula — cumulative (not per period) reduction, the 2015 figure as
 * denominator — is our reading of the row's label; the official guidance was not retrieved, so the
 * result carries `verified: false` [unverified].
 * @example
 * staffReductionRate({ reduced: 3, baseline2015: 36 }); // { ok: true, value: "8.33", verified: false, … }
 * staffReductionRate({ present: 33, baseline2015: 36 }).value; // "8.33"
 */
export function staffReductionRate(
  input: StaffReductionInput,
  options: { decimals?: number; rounding?: RoundingMode } = {},
): StandaloneRate {
  const decimals = options.decimals ?? 2;
  const rounding = options.rounding ?? "half-up";
  const invalid: StandaloneRate = {
    ok: false,
    value: null,
    error: { code: "invalid-input", message: { vi: "đầu vào không hợp lệ", en: "invalid input" } },
  };
  if (!input || typeof input !== "object") return invalid;
  if ("reduced" in input) return standalone(input.reduced, input.baseline2015, decimals, rounding, false);
  const b = toDecimalString(input.baseline2015);
  const p = toDecimalString(input.present);
  // a negative headcount is not a headcount
  if (b === null || p === null || p.startsWith("-")) return invalid;
  // two valid decimals: the sum cannot throw
  const reduced = sumDecimals([b, `-${p}`]);
  return standalone(reduced, b, decimals, rounding, false);
}
