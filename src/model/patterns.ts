/**
 * @internal The patterns of the model's string schemas, shared by the schemas (src/model/primitives.ts)
 * and the report validation fast path (src/model/plain-report.ts), so the two cannot drift apart. Not
 * exported from any entry.
 * @module
 */

/** @internal Mã chỉ tiêu: `IndicatorIdSchema`'s pattern (`3.4.1`, `1.2.a`); the schema also limits it to 40 characters. */
export const INDICATOR_ID_PATTERN = /^\d+(\.\d+)*(\.[a-z])*$/;

/** @internal Số thập phân: `DecimalStringSchema`'s pattern (`20000.5`); the schema also limits it to 80 characters. */
export const DECIMAL_STRING_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;
