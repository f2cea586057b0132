/**
 * Rules as data: the shape of a validation rule (DHIS2-style: what it reads, how it compares, how
 * serious a failure is, what to do with missing values, when it is in force, where it comes from).
 * @module
 */

import type { Catalog } from "../catalog/types.js";
import type { LocalizedText } from "../model/primitives.js";
import type { Finding, Lang, Severity } from "./finding.js";
import type { ReportIssue } from "./validate.js";

/**
 * Chiến lược giá trị thiếu: what a rule does when a value it reads is not reported (blank, `-`,
 * absent, or unreadable).
 * - `"skip-if-any-missing"` (the default): the rule is skipped when any value it reads is missing;
 * - `"skip-if-all-missing"`: skipped only when every value it reads is missing;
 * - `"never-skip"`: always evaluated (rules about missing values themselves: derivable values,
 *   rates over a blank denominator, compulsory and exclusive pairs).
 * @example
 * const m: MissingValueStrategy = "skip-if-any-missing";
 */
export type MissingValueStrategy = "skip-if-any-missing" | "skip-if-all-missing" | "never-skip";

/**
 * Phép so sánh: how a rule compares what it reads — `"="` (sum, cross-row), `"<="` (subset),
 * `"rate"` (rate = numerator / denominator × factor), `"defined"` (a reported rate needs a non-zero
 * denominator), `"derivable"` (a blank value the report determines), `"requires"` (compulsory pair),
 * `"excludes"` (exclusive pair), `"structure"` (per-row well-formedness).
 * @example
 * const op: RuleOperator = "<=";
 */
export type RuleOperator =
  | "="
  | "<="
  | "rate"
  | "defined"
  | "derivable"
  | "requires"
  | "excludes"
  | "structure";

/**
 * Phần chung của quy tắc: the fields every rule has.
 * @example
 * const base: RuleBase = {
 *   id: "sum.parts", key: "sum.parts:2.1", reads: ["2.1", "2.1.1", "2.1.2"], operator: "=",
 *   severity: "error", missing: "skip-if-any-missing", source: "catalog 2022: sum relation",
 * };
 */
export interface RuleBase {
  /** The rule KIND id, stable (`"sum.parts"`): what programs match on together with `Finding.rule`. */
  id: string;
  /** Unique key of this rule instance (`"sum.parts:2.1"`). */
  key: string;
  /** Indicator ids the rule reads (empty for a structure rule, which reads every row). */
  reads: string[];
  operator: RuleOperator;
  /** Severity of the findings it raises (a rate rule raises `rate.truncated` as a warning regardless). */
  severity: Severity;
  missing: MissingValueStrategy;
  /** First day (inclusive, `YYYY-MM-DD`) of the periods the rule applies to (compared with the period end). */
  effectiveFrom?: string;
  /** Last day (inclusive) of the periods the rule applies to. */
  effectiveTo?: string;
  /** Where the rule comes from: a regulation, the template, or reasoning (say which). */
  source: string;
  /** Remarks for reviewers. */
  note?: string;
}

/**
 * Quy tắc tổng: `total` = Σ `parts`, interval-aware (a value written with d decimals stands for
 * ±½·10⁻ᵈ; integer counts are exact). Raises `sum.parts`.
 * @example
 * const r: SumRule = { kind: "sum", total: "2.1", parts: ["2.1.1", "2.1.2"], id: "sum.parts", key: "sum.parts:2.1",
 *   reads: ["2.1", "2.1.1", "2.1.2"], operator: "=", severity: "error", missing: "skip-if-any-missing", source: "template" };
 */
export interface SumRule extends RuleBase {
  kind: "sum";
  total: string;
  parts: string[];
}

/**
 * Quy tắc "trong đó": Σ `parts` ≤ `total`. Raises `subset.parts`.
 * @example
 * const r: SubsetRule = { kind: "subset", total: "7.7.1.b", parts: ["7.7.1.c"], id: "subset.parts",
 *   key: "subset.parts:7.7.1.b", reads: ["7.7.1.b", "7.7.1.c"], operator: "<=", severity: "error",
 *   missing: "skip-if-any-missing", source: "template" };
 */
export interface SubsetRule extends RuleBase {
  kind: "subset";
  total: string;
  parts: string[];
  /** Rows whose presence makes the rule moot (a finer rule over them applies): no finding then. */
  skipIfReported?: string[];
}

/**
 * Quy tắc tỷ lệ: the reported `rate` agrees with `numerator / denominator × factor` at the precision it
 * is written with. Raises `rate.mismatch` (error) or `rate.truncated` (warning: digits cut instead of
 * rounded).
 * @example
 * const r: RateRule = { kind: "rate", rate: "1.2", numerator: "1.2.b", denominator: "1.2.a", factor: 100,
 *   id: "rate.components", key: "rate.components:1.2", reads: ["1.2", "1.2.b", "1.2.a"], operator: "rate",
 *   severity: "error", missing: "skip-if-any-missing", source: "template" };
 */
export interface RateRule extends RuleBase {
  kind: "rate";
  rate: string;
  numerator: string;
  denominator: string;
  factor: number;
  /**
   * Denominators of another reading of the row (the relation's `otherBases`): a rate that matches one of
   * them and not `denominator` is `rate.other-base` (warning), naming both readings, not `rate.mismatch`.
   */
  otherBases?: string[];
}

/**
 * Tỷ lệ ghi trong ô: a rate row whose value cell holds the fraction (`732VBĐT/876VBD`) and whose unit
 * cell holds the percentage (`84%`): the percentage is checked against the fraction. Raises
 * `rate.mismatch` / `rate.truncated`.
 * @example
 * const r: InlineRateRule = { kind: "inline-rate", rate: "7.5.3.a", factor: 100, id: "rate.inline",
 *   key: "rate.inline:7.5.3.a", reads: ["7.5.3.a"], operator: "rate", severity: "error",
 *   missing: "skip-if-any-missing", source: "reasoning" };
 */
export interface InlineRateRule extends RuleBase {
  kind: "inline-rate";
  rate: string;
  factor: number;
}

/**
 * Tỷ lệ không xác định: a rate reported over a zero or blank denominator — undefined is not 0%.
 * Raises `rate.zero-denominator` or `rate.blank-denominator` (warnings).
 * @example
 * const r: ZeroDenominatorRule = { kind: "zero-denominator", rate: "3.5", numerator: "3.5.b", denominator: "3.5.a",
 *   id: "rate.defined", key: "rate.defined:3.5", reads: ["3.5", "3.5.a"], operator: "defined",
 *   severity: "warning", missing: "never-skip", source: "docs/guide.md §3" };
 */
export interface ZeroDenominatorRule extends RuleBase {
  kind: "zero-denominator";
  rate: string;
  numerator: string;
  denominator: string;
}

/**
 * Cách suy ra một giá trị trống: from a rate relation, a sum relation or an equal partner.
 * @example
 * const d: Derivation = { kind: "sum", parts: ["2.1.1", "2.1.2"] };
 */
export type Derivation =
  | { kind: "rate"; numerator: string; denominator: string; factor: number }
  | { kind: "sum"; parts: string[] }
  | { kind: "equal"; from: string };

/**
 * Giá trị suy ra được: a blank `target` that the report's other values determine. Raises
 * `derivable.rate`, `derivable.sum` or `derivable.equal` (info), saying what it would be.
 * @example
 * const r: DerivableRule = { kind: "derivable", target: "6.1", derive: { kind: "rate", numerator: "6.1.b",
 *   denominator: "6.1.a", factor: 100 }, id: "derivable.rate", key: "derivable.rate:6.1",
 *   reads: ["6.1", "6.1.b", "6.1.a"], operator: "derivable", severity: "info", missing: "never-skip", source: "template" };
 */
export interface DerivableRule extends RuleBase {
  kind: "derivable";
  target: string;
  derive: Derivation;
}

/**
 * Cùng một đại lượng: `left` and `right` report the same quantity and must agree. Raises
 * `cross-row.equal`.
 * @example
 * const r: EqualRule = { kind: "equal", left: "7.7.4.a", right: "3.4.1.a", id: "cross-row.equal",
 *   key: "cross-row.equal:7.7.4.a=3.4.1.a", reads: ["7.7.4.a", "3.4.1.a"], operator: "=", severity: "error",
 *   missing: "skip-if-any-missing", source: "template" };
 */
export interface EqualRule extends RuleBase {
  kind: "equal";
  left: string;
  right: string;
}

/**
 * Phân số ghi tổng: a count written as a fraction (`54/55 TTHC`) names its base, which must equal the
 * value of `base`. Raises `cross-row.fraction-base`.
 * @example
 * const r: FractionBaseRule = { kind: "fraction-base", row: "3.3.1", base: "3.1.4", id: "cross-row.fraction-base",
 *   key: "cross-row.fraction-base:3.3.1", reads: ["3.3.1", "3.1.4"], operator: "=", severity: "warning",
 *   missing: "skip-if-any-missing", source: "reasoning" };
 */
export interface FractionBaseRule extends RuleBase {
  kind: "fraction-base";
  row: string;
  base: string;
}

/**
 * Cặp bắt buộc: when `when` is reported, every row of `requires` must be reported too (a rate without
 * its numerator). Raises `pair.compulsory`.
 * @example
 * const r: CompulsoryPairRule = { kind: "compulsory-pair", when: "1.2", requires: ["1.2.b"], id: "pair.compulsory",
 *   key: "pair.compulsory:1.2", reads: ["1.2", "1.2.b"], operator: "requires", severity: "warning",
 *   missing: "never-skip", source: "template" };
 */
export interface CompulsoryPairRule extends RuleBase {
  kind: "compulsory-pair";
  when: string;
  requires: string[];
  /** The pair is checked only when every row of `given` is reported (a rate's denominator). */
  given?: string[];
}

/**
 * Cặp loại trừ: when `when` equals `equals` (e.g. 1.6 = 0, "no survey"), the rows of `excludes` must
 * be blank or 0. `meaning` says in words what the value means. Raises `pair.exclusive`.
 * @example
 * const r: ExclusivePairRule = { kind: "exclusive-pair", when: "1.6", equals: "0", excludes: ["1.6.a"],
 *   meaning: { vi: "không khảo sát", en: "no survey" }, id: "pair.exclusive", key: "pair.exclusive:1.6",
 *   reads: ["1.6", "1.6.a"], operator: "excludes", severity: "warning", missing: "never-skip", source: "template" };
 */
export interface ExclusivePairRule extends RuleBase {
  kind: "exclusive-pair";
  when: string;
  /** The value of `when` (exact decimal string) that excludes the others. */
  equals: string;
  excludes: string[];
  meaning: LocalizedText;
}

/**
 * Kiểm tra cấu trúc: a per-row well-formedness check run over every value of the report.
 * - `unknown-code`: an id that is not a row of the catalog (warning);
 * - `unparseable`: a value that cannot be read as a number (error);
 * - `code-not-in-list`: a coded answer outside its code list (error);
 * - `value-on-group`: a value written on a group heading (info);
 * - `value-in-unit-column`: a rate row with the fraction in the value cell and the percentage in the
 *   unit cell (info; the rate is then checked by {@link InlineRateRule});
 * - `unit-differs`: a unit written that differs from the catalog's (info);
 * - `not-whole`: a count that is not a whole number (`12,5` dossiers; `4,5205 ngàn`) (error).
 * @example
 * const c: StructureCheck = "unparseable";
 */
export type StructureCheck =
  | "unknown-code"
  | "unparseable"
  | "code-not-in-list"
  | "value-on-group"
  | "value-in-unit-column"
  | "unit-differs"
  | "not-whole";

/**
 * Quy tắc cấu trúc: one {@link StructureCheck} over every row. Raises `structure.<check>`.
 * @example
 * const r: StructureRule = { kind: "structure", check: "unparseable", id: "structure.unparseable",
 *   key: "structure.unparseable", reads: [], operator: "structure", severity: "error", missing: "never-skip", source: "reasoning" };
 */
export interface StructureRule extends RuleBase {
  kind: "structure";
  check: StructureCheck;
}

/**
 * Quy tắc kiểm tra: a declarative validation rule (discriminated on `kind`). Most are generated from a
 * catalog's relations ({@link generateRules}); the rest are the explicit table ({@link EXPLICIT_RULES})
 * and the structure checks ({@link STRUCTURE_RULES}).
 * @example
 * const rules: RuleDefinition[] = [...generateRules(CATALOG_2022), ...EXPLICIT_RULES, ...STRUCTURE_RULES];
 */
export type RuleDefinition =
  | SumRule
  | SubsetRule
  | RateRule
  | InlineRateRule
  | ZeroDenominatorRule
  | DerivableRule
  | EqualRule
  | FractionBaseRule
  | CompulsoryPairRule
  | ExclusivePairRule
  | StructureRule;

/** Loại quy tắc: the `kind` of a {@link RuleDefinition}. */
export type RuleKind = RuleDefinition["kind"];

/**
 * Bộ quy tắc: `rules` option of {@link checkReport} — an array replaces the default rules entirely;
 * an object extends them (`extend`) and/or drops some (`disable`: rule ids or rule keys).
 * @example
 * const myRule: EqualRule = { kind: "equal", left: "2.2.a", right: "2.3.a", id: "house.equal",
 *   key: "house.equal:2.2.a=2.3.a", reads: ["2.2.a", "2.3.a"], operator: "=", severity: "warning",
 *   missing: "skip-if-any-missing", source: "house rule" };
 * const opt: RuleSetOption = { extend: [myRule], disable: ["pair.compulsory"] };
 * checkReport(report, { rules: opt }).summary.skipped.some((s) => s.rule === "pair.compulsory"); // false (not run at all)
 */
export type RuleSetOption =
  | readonly RuleDefinition[]
  | { extend?: readonly RuleDefinition[]; disable?: readonly string[] };

/**
 * Tùy chọn kiểm tra: options of {@link checkReport}.
 * @example
 * const o: CheckOptions = { lang: "en", severityOverrides: { "rate.truncated": "info" } };
 */
export interface CheckOptions {
  /** Language of `Finding.message` (default `"vi"`); both are always in `Finding.messages`. */
  lang?: Lang;
  /** Check against this catalog, whatever the report's period or `catalogVersion`. */
  catalog?: Catalog;
  /** Catalog versions to choose from (default: the built-in ones). */
  catalogs?: readonly Catalog[];
  /** Replace or extend the default rules. */
  rules?: RuleSetOption;
  /**
   * Change the severity of findings by finding rule id (`"rate.truncated"`) or rule key
   * (`"sum.parts:2.1"`); `"off"` drops them.
   */
  severityOverrides?: Readonly<Record<string, Severity | "off">>;
  /** Findings from an import step (duplicate codes…), merged into the result. */
  importFindings?: readonly Finding[];
}

/**
 * Lý do bỏ qua: why a rule was not evaluated — a value it reads is missing, or the rule is not in force
 * for the report's period.
 * @example
 * const r: SkipReason = "missing";
 */
export type SkipReason = "missing" | "not-effective";

/**
 * Tóm tắt kết quả kiểm tra.
 * @example
 * const s: CheckSummary = { errors: 1, warnings: 0, infos: 0, rulesRun: 10, rulesSkipped: 1,
 *   skipped: [{ key: "sum.parts:1.3.1", rule: "sum.parts", reason: "missing" }] };
 */
export interface CheckSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** Rules evaluated. */
  rulesRun: number;
  /** Rules not evaluated (see `skipped`). */
  rulesSkipped: number;
  /** Each rule not evaluated: its key, its kind id and why. */
  skipped: { key: string; rule: string; reason: SkipReason }[];
}

/**
 * Trạng thái kiểm tra: what a check could say about a report.
 * - `checked`: the report was valid, held values the catalog knows, and every rule that ran finished;
 * - `incomplete`: a rule failed while running (an `engine.rule-failed` finding names it): the findings
 *   may miss what that rule would have found;
 * - `nothing-to-check`: a valid report with no value the catalog knows (every known row blank);
 * - `invalid-report`: the value is not a report (see `issues`); no rule ran.
 * @example
 * const s: CheckStatus = "nothing-to-check";
 */
export type CheckStatus = "checked" | "incomplete" | "nothing-to-check" | "invalid-report";

/**
 * Phạm vi kiểm tra: how much of a report a check covered — `values` (ids in the report), `known` (of
 * those, ids the catalog knows), `checked` (rules evaluated), `skipped` (rules skipped for missing data
 * or not in force), `failed` (rules that threw: each has an `engine.rule-failed` finding).
 * @example
 * const c: CheckCoverage = { values: 3, known: 3, checked: 2, skipped: 104, failed: 0 };
 */
export interface CheckCoverage {
  values: number;
  known: number;
  checked: number;
  skipped: number;
  failed: number;
}

/**
 * Kết quả kiểm tra: the outcome of {@link checkReport}.
 * @example
 * const r: CheckResult = checkReport(report);
 * if (!r.ok) for (const f of r.findings) console.log(f.code, f.message);
 */
export interface CheckResult {
  /** True only when `status` is `"checked"` and no finding has severity `error`. */
  ok: boolean;
  /** What the check could say (see {@link CheckStatus}). */
  status: CheckStatus;
  /** How much of the report was covered. */
  coverage: CheckCoverage;
  /** Why the value is not a valid report (only when `status` is `"invalid-report"`). */
  issues?: ReportIssue[];
  /** The catalog version the report was checked against. */
  catalogVersion: string;
  /** Findings sorted by catalog order of `code`, then severity (error, warning, info), then rule. */
  findings: Finding[];
  summary: CheckSummary;
}
