/**
 * `cchc/indicators` — calculators that derive appendix values: rates from their components (driven by
 * the catalog), completion of derivable blanks, and whole reports computed from raw records
 * (procedures, dossiers, public service units).
 * @module indicators
 */
export { type CompletedReport, completeReport, type FilledValue } from "./complete.js";
export {
  dossierFlowFromCounts,
  dossierFlowRate,
  dossierFlowRates,
  type FlowRate,
  sumDossierFlows,
  UnknownProfileError,
} from "./dossier-flow.js";
export { type DossierIndicatorOptions, type DossierIndicators, dossierIndicators } from "./dossiers.js";
export { ND42_MAPPING_INFERENCE, procedureIndicators } from "./procedures.js";
export {
  type ComputedRate,
  type ComputeRatesOptions,
  computeRates,
  electronicDocumentRate,
  type RateReason,
  type StaffReductionInput,
  type StandaloneRate,
  staffReductionRate,
} from "./rates.js";
export {
  type RecordsInput,
  type RecordsReport,
  reportFromRecords,
  reportFromRecordsAsync,
} from "./records.js";
export type { Inference, RecordIndicators, RecordIssue } from "./records-types.js";
export { unitIndicators } from "./units.js";
export { numberOf, type ReadValue, readIndicatorValue, readReportValues, toReadValue } from "./values.js";
