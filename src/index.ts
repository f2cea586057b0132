/**
 * `cchc` — typed model, exact indicator calculators, a Vietnamese working-day and lunar calendar, and
 * validation rules for Vietnam's administrative-reform (CCHC) reports. This root entry re-exports every
 * area; each area is also its own subpath (`cchc/model`, `cchc/catalog`, `cchc/numbers`,
 * `cchc/calendar`, `cchc/rules`, `cchc/indicators`, `cchc/io`, `cchc/rollup`). The office readers and
 * writer (`cchc/office`, with its ZIP dependency) are only a subpath, not re-exported here.
 * @module cchc
 */
export * from "./calendar/index.js";
export * from "./catalog/index.js";
export * from "./indicators/index.js";
export * from "./io/index.js";
// The calendar area keeps its own copies of these shapes (it depends on nothing else of ours); the root
// entry exports the model's, which the calendar's are assignable to.
export type { LocalizedText, PeriodKind, ReportingPeriod } from "./model/index.js";
export * from "./model/index.js";
export * from "./numbers/index.js";
export * from "./rollup/index.js";
export * from "./rules/index.js";
