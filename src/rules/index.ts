/**
 * `cchc/rules` — the rule engine: declarative validation rules over a report (most generated from the
 * catalog's relations, the rest an explicit table), findings as data with Vietnamese and English
 * messages. See docs/rules.md.
 * @module rules
 */

export { catalogVersionFindings } from "./catalog-version.js";
export { checkDossierFlows, type DossierFlowCheckOptions } from "./dossier-flow.js";
export { checkReport, defaultRules, duplicateCodeFinding } from "./engine.js";
export { EXPLICIT_RULES, STRUCTURE_RULES } from "./explicit.js";
export type { Finding, FindingSource, FindingValue, Lang, Severity } from "./finding.js";
export { generateRules } from "./generate.js";
export {
  cachedIndex,
  isPresent,
  type ResolvedKind,
  type ResolvedReport,
  type ResolvedValue,
  resolveValue,
  resolveValues,
} from "./resolve.js";
export { checkResultToJson } from "./result-json.js";
export type {
  CheckCoverage,
  CheckOptions,
  CheckResult,
  CheckStatus,
  CheckSummary,
  CompulsoryPairRule,
  DerivableRule,
  Derivation,
  EqualRule,
  ExclusivePairRule,
  FractionBaseRule,
  InlineRateRule,
  MissingValueStrategy,
  RateRule,
  RuleBase,
  RuleDefinition,
  RuleKind,
  RuleOperator,
  RuleSetOption,
  SkipReason,
  StructureCheck,
  StructureRule,
  SubsetRule,
  SumRule,
  ZeroDenominatorRule,
} from "./types.js";
export { type ReportIssue, reportIssues } from "./validate.js";
