/**
 * The check result as JSON text, in one stable key order shared by every program that prints it.
 * @module
 */
import type { CheckResult } from "./types.js";

/**
 * Kết quả kiểm tra dạng JSON: a {@link CheckResult} as two-space-indented JSON with a final newline, keys
 * in a stable order — `ok`, `status`, `coverage`, `issues` (only for an invalid report),
 * `catalogVersion`, `findings`, `summary`. `cchc check --format json` prints exactly this, and the
 * checker page downloads exactly this, so the two can be compared byte for byte.
 * @example
 * JSON.parse(checkResultToJson(checkReport({}))).status; // "invalid-report"
 */
export function checkResultToJson(result: CheckResult): string {
  const out = {
    ok: result.ok,
    status: result.status,
    coverage: result.coverage,
    ...(result.issues ? { issues: result.issues } : {}),
    catalogVersion: result.catalogVersion,
    findings: result.findings,
    summary: result.summary,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
