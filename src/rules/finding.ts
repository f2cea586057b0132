/**
 * Phát hiện: the finding shape shared by the rule engine, the importer and the narrative checks.
 * Other programs match on it: treat every field here as a stable, documented contract
 * (docs/rules.md). Add fields; never rename or remove them.
 * @module
 */

/** Mức độ: how serious a finding is. `error` makes `cchc check` exit 1. */
export type Severity = "error" | "warning" | "info";

/** Ngôn ngữ thông điệp: the language a caller asks messages in. */
export type Lang = "vi" | "en";

/** Where a finding comes from: the appendix values, the narrative prose, or the import of a file. */
export type FindingSource = "appendix" | "narrative" | "import";

/**
 * One side of a comparison: the value (exact decimal string, or `null` when not reported), and where
 * relevant the exact computed value, the interval a written value stands for, and its precision.
 */
export interface FindingValue {
  /** Exact decimal string, a text (a code, a symbol, a date), or `null` for "not reported". */
  value: string | null;
  /** The exact computed value before rounding (e.g. `"37.03703703703703703703"`). */
  exact?: string;
  /** The interval `[low, high]` a written value stands for (XBRL Calculations 1.1). */
  interval?: { low: string; high: string };
  /** Decimals written. */
  decimals?: number;
  /** The unit of `value` when it is not a plain count: `"%"` for rates. */
  unit?: string;
  /** A short description when the value is not a number (`"sum of 2.1.1, 2.1.2"`). */
  description?: string;
}

/**
 * Phát hiện: one problem (or remark) about a report, precise enough for an officer to fix the report
 * and for a program to act on.
 */
export interface Finding {
  /** Stable rule id, e.g. `"sum.parts"`, `"rate.mismatch"`, `"rate.truncated"`. */
  rule: string;
  /** The key of the rule instance that raised it (`"sum.parts:2.1"`), when it comes from the rule engine. */
  key?: string;
  severity: Severity;
  /** The indicator id the finding is about (the total, the rate…), or `null` for a report-level one. */
  code: string | null;
  /** Every indicator id involved (the primary one first). */
  codes: string[];
  /** What the rule expected (e.g. the sum of the parts). */
  expected?: FindingValue;
  /** What the report says. */
  actual?: FindingValue;
  /** The message in the language asked for. */
  message: string;
  /** The message in both languages. */
  messages: { vi: string; en: string };
  source: FindingSource;
  /**
   * Child units responsible, for a finding on a rolled-up report: all of them, or the first 10 when
   * more are (then `unitCount` says how many; the roll-up's `unitIndex` lists them all).
   */
  units?: string[];
  /** How many child units are responsible, when `units` lists only the first of them. */
  unitCount?: number;
  /** For narrative findings: the text excerpt concerned. */
  excerpt?: string;
}
