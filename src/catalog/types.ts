import type { LocalizedText } from "../model/primitives.js";

/**
 * Loại dòng chỉ tiêu: what a row of the appendix holds.
 * - `group`: a heading that carries no value of its own;
 * - `count`: a whole number of documents, procedures, dossiers, people…;
 * - `rate`: a percentage, normally numerator / denominator × 100 (see {@link RateRelation});
 * - `money`: an amount in million VND (triệu đồng), exact decimal;
 * - `coded`: a coded answer such as `Không = 0 Có = 1` (see {@link CatalogRow.codes}).
 */
export type IndicatorKind = "group" | "count" | "rate" | "money" | "coded";

/** One allowed code of a coded answer (`Có = 1`). */
export interface CodeOption {
  code: number;
  label: LocalizedText;
}

/**
 * How a row is combined when a parent's report is rolled up from its units' reports:
 * `sum` (counts, money); `recompute` (rates: from summed numerators and denominators, never averaged);
 * `any-yes` (a coded yes/no: 1 when any unit answered 1); `count-yes` (how many units answered 1);
 * `none` (not combinable, left blank with a note).
 */
export type RollupRule = "sum" | "recompute" | "any-yes" | "count-yes" | "none";

/** Chỉ tiêu: one row of the statistical appendix template. */
export interface CatalogRow {
  /** Stable id (`"3.4.1"`, `"1.2.a"`); see docs/catalog.md for the scheme. Never renumbered. */
  id: string;
  /** The code printed in the template (`"1.2."`), or `null` for an unnumbered "- …" sub-row. */
  code: string | null;
  /** Codes under which real reports print this row besides `code` (the reference report prints 2.1.2 as "2.1.1"). */
  printedAs?: string[];
  /** The row this one belongs to, or `null` for a top-level section. */
  parent: string | null;
  /** The row's label in Vietnamese (as in the template) and English. */
  name: LocalizedText;
  /** Unit of the value (`Văn bản` / document), or `null` for a group heading. */
  unit: LocalizedText | null;
  kind: IndicatorKind;
  /** The allowed codes of a `coded` row. */
  codes?: CodeOption[];
  /** How the row rolls up over an agency tree. */
  rollup: RollupRule;
  /**
   * Whether values of consecutive periods add up to the longer period (dossiers received: yes;
   * procedures in force, staff present, rates, cumulative rows: no).
   */
  additive: boolean;
  /** Remarks for readers (e.g. how the reference report used the row). */
  note?: string;
  /**
   * Last day (inclusive, `YYYY-MM-DD`) of the periods the row applies to, when it ends before its
   * catalog version does: district-level rows end on 2025-06-30, with the district level itself.
   */
  validTo?: string;
}

/**
 * Tỷ lệ: `rate` = `numerator` / `denominator` × `factor`. The denominator may live in another section
 * (7.8.2 over 3.4.1.a).
 */
export interface RateRelation {
  kind: "rate";
  rate: string;
  numerator: string;
  denominator: string;
  factor: number;
  /**
   * Other denominators some reports divide by instead of `denominator` (7.7.1 over all procedures in
   * force, 3.1.4, instead of the eligible ones, 7.7.1.a): a reported rate that matches one of them, and
   * not the template's reading, is reported as `rate.other-base`, naming both readings (docs/catalog.md).
   */
  otherBases?: string[];
  note?: string;
}

/** Tổng: `total` equals the sum of `parts` (a "Trong đó" whose parts partition the total). */
export interface SumRelation {
  kind: "sum";
  total: string;
  parts: string[];
  note?: string;
}

/** Trong đó (tập con): the sum of `parts` is at most `total` (each part is a subset; parts are disjoint). */
export interface SubsetRelation {
  kind: "subset";
  total: string;
  parts: string[];
  note?: string;
  /** `"warning"` when real reports can legitimately break it (default: an error). */
  severity?: "warning";
  /** Rows whose presence makes the relation moot (a finer relation over them applies instead). */
  skipIfReported?: string[];
}

/** Cùng một đại lượng: two rows report the same quantity and must agree. */
export interface EqualRelation {
  kind: "equal";
  left: string;
  right: string;
  note?: string;
}

/**
 * A row written as a fraction (`54/55 TTHC`) whose denominator is the quantity reported in `base`
 * (the total of procedures, 3.1.4): the two must agree.
 */
export interface FractionBaseRelation {
  kind: "fraction-base";
  row: string;
  base: string;
  note?: string;
}

/** A relation between rows of the catalog; the rule engine generates its checks from these. */
export type Relation = RateRelation | SumRelation | SubsetRelation | EqualRelation | FractionBaseRelation;

/**
 * Mẫu phụ lục: one version of the appendix template as data. A new version is a new object of this
 * shape — no code changes; pass it to {@link selectCatalog} or the rule engine.
 */
export interface Catalog {
  /** Version id, e.g. `"2022"`. */
  version: string;
  /** First day the version applies to (inclusive, `YYYY-MM-DD`). */
  effectiveFrom: string;
  /** Last day it applies to (inclusive), if superseded. */
  effectiveTo?: string;
  /** Where the rows come from. */
  source: string;
  /** Whether the rows were checked against the official template text. */
  verified: boolean;
  rows: CatalogRow[];
  relations: Relation[];
}
