/**
 * `cchc/numbers` — Vietnamese number parsing and formatting, exact rates with declared precision,
 * XBRL-style interval checks, and the ĐVSNCL (public service unit) groups of NĐ 60/2021/NĐ-CP.
 * Depends on nothing else of `cchc`; uses a private `Decimal.clone()` of decimal.js.
 * @module numbers
 */

export {
  DIVIDE_DEFAULT_DECIMALS,
  type DivideOptions,
  divideDecimal,
  maxDecimal,
  minDecimal,
  multiplyDecimal,
  subtractDecimal,
} from "./arithmetic.js";
export {
  type CodeEntry,
  type CodeListError,
  type CodeListErrorCode,
  type ParseCodedAnswerResult,
  type ParseCodeListResult,
  parseCodedAnswer,
  parseCodeList,
} from "./codes.js";
export {
  addDecimal,
  compareDecimal,
  DECIMAL_PRECISION,
  InvalidDecimalError,
  isDecimalString,
  MAX_DECIMAL_CHARS,
  roundDecimal,
  sumDecimals,
  toDecimalString,
} from "./decimal.js";
export {
  type FormatNumberOptions,
  type FormatRateOptions,
  formatRate,
  formatVietnameseNumber,
} from "./format.js";
export {
  type CompareRateOptions,
  type ComparisonStatus,
  type ComputedValue,
  compareReportedRate,
  compareReportedSum,
  compareReportedValue,
  intervalOf,
  type ReportedComparison,
  type SumComparison,
  sumIntervals,
} from "./interval.js";
export {
  type AmbiguityRule,
  MAX_NUMBER_INPUT_CHARS,
  MAX_SIGNIFICANT_DIGITS,
  type NumberAmbiguity,
  type NumberLocale,
  type NumberParseError,
  type NumberParseErrorCode,
  type NumberScale,
  type ParsedBlank,
  type ParsedFraction,
  type ParsedNone,
  type ParsedNumber,
  type ParsedValue,
  type ParseNumberOptions,
  type ParseNumberResult,
  parseVietnameseNumber,
} from "./parse.js";
export {
  type ClassifiedUnit,
  type ClassifyUnitInput,
  type ClassifyUnitResult,
  classifyPublicServiceUnit,
  countUnitGroups,
  PUBLIC_UNIT_GROUP_REGIMES,
  type RatioBound,
  type RevenueBreakdown,
  regimeOn,
  type SelfFinancingInput,
  type SelfFinancingResult,
  selfFinancingRatio,
  type UnitBand,
  type UnitGroup,
  type UnitGroupCounts,
  type UnitGroupRegime,
  type UnitGroupRule,
  type UnitRegimeId,
} from "./public-units.js";
export {
  RATE_EXACT_DECIMALS,
  type RateFailure,
  type RateFailureReason,
  type RateOptions,
  type RateResult,
  type RateSuccess,
  type RateValueResult,
  rate,
  rateValue,
} from "./rate.js";
export type {
  BilingualMessage,
  DecimalInput,
  Interval,
  NumberError,
  NumberErrorCode,
  ReportedValue,
  RoundingMode,
} from "./types.js";
