/**
 * `cchc/rollup` — aggregation over agency trees (with the 2025 reorganisation: no district level from
 * 2025-07-01, merged communes), period comparison and year-to-date sums, and table-driven scoring.
 * @module rollup
 */
export {
  type ComparisonState,
  compareReports,
  type IndicatorComparison,
  type YearToDate,
  type YearToDateValue,
  yearToDate,
} from "./compare.js";
export {
  checkDossierTable,
  type DossierRateRow,
  type DossierTableCheck,
  dossierTableCheckToJson,
} from "./dossier-check.js";
export {
  PROVINCE_ARRANGEMENT_2025,
  PROVINCES,
  type ProvinceAt,
  type ProvinceKind,
  type ProvinceRecord,
  provinceAgencies,
  provinceSuccessor,
  provincesAt,
} from "./provinces.js";
export {
  type AgencyRegistry,
  type AgencyRegistryOptions,
  type AgencyTreeNode,
  createAgencyRegistry,
  indexAgencies,
  indexNames,
  linkParents,
  linkSuccessors,
  type RegistryProblem,
} from "./registry.js";
export {
  createRollup,
  type ExcludedUnit,
  type ExclusionReason,
  type IncludedUnit,
  type ReportChecker,
  type Rollup,
  type RollupOptions,
  type RollupResult,
  rollupReportStream,
  rollupReports,
  unitsOfFinding,
} from "./rollup.js";
export {
  type CriterionScore,
  type ScoreResult,
  type ScoringCriterion,
  type ScoringRule,
  type ScoringTable,
  scoreReport,
} from "./score.js";
export { QD766_EXAMPLE_TABLE } from "./tables/qd766-example.js";
