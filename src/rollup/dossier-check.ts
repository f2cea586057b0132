/**
 * Kiểm tra bảng thống kê hồ sơ: an imported dossier table joined to its flow-identity findings, its
 * recomputed totals and its on-time rates under every profile — what `cchc dossiers --format json`
 * prints and the checker page downloads. Here, not in `io`, because it needs both `rules` and
 * `indicators` (see docs/architecture.md).
 * @module
 */
import { DEFAULT_ON_TIME_PROFILE } from "../catalog/dossier-profiles.js";
import { dossierFlowRate, dossierFlowRates, sumDossierFlows } from "../indicators/dossier-flow.js";
import type { DossierFlow } from "../model/dossier-flow.js";
import { checkDossierFlows } from "../rules/dossier-flow.js";
import type { Finding, Lang } from "../rules/finding.js";

/**
 * Tỷ lệ đúng hạn của một dòng: the rate printed in the table, the rate recomputed under the profile in
 * use (with its numerator and denominator), and the rate under every profile.
 * @example
 * const r: DossierRateRow = {
 *   unit: "A", total: false, reported: "90", computed: "90.00", numerator: 9, denominator: 10,
 *   byProfile: { template: "90.00" },
 * };
 */
export interface DossierRateRow {
  /** The row's unit, as written (or the recomputed total's label). */
  unit: string;
  /** True for a published or recomputed total row. */
  total: boolean;
  /** The on-time rate printed in the table, if any. */
  reported: string | null;
  /** The on-time rate recomputed under the profile in use, or null when its parts are missing. */
  computed: string | null;
  numerator: number | null;
  denominator: number | null;
  /** The rate under each profile of `ON_TIME_RATE_PROFILES`, by profile id. */
  byProfile: Record<string, string | null>;
}

/**
 * Kết quả kiểm tra bảng hồ sơ: `{ ok, profile, columns, rows, totals, rates, findings }`, the object
 * `cchc dossiers --format json` prints (keys in that order). `ok` is false when a finding is an error.
 * @example
 * const r: DossierTableCheck<string> = checkDossierTable({ rows: [], columns: ["Đơn vị"], findings: [] });
 * r.ok; // true
 */
export interface DossierTableCheck<C = unknown> {
  ok: boolean;
  /** The on-time-rate profile id used. */
  profile: string;
  /** The column mapping the importer found, as given. */
  columns: C[];
  /** The rows as imported (published totals have `total: true`). */
  rows: DossierFlow[];
  /** The total recomputed from the unit rows, and the total rows the table publishes. */
  totals: { computed: DossierFlow; published: DossierFlow[] };
  /** The rate of every row and of the recomputed total. */
  rates: { profile: string; rows: DossierRateRow[]; total: DossierRateRow };
  /** The import findings, then the flow-identity findings of `checkDossierFlows`. */
  findings: Finding[];
}

function rateRow(flow: DossierFlow, profile: string): DossierRateRow {
  const computed = dossierFlowRate(flow, flow.profile ?? profile);
  const byProfile: Record<string, string | null> = {};
  for (const [id, r] of Object.entries(dossierFlowRates(flow))) byProfile[id] = r.value;
  return {
    unit: flow.unit,
    total: flow.total === true,
    reported: flow.onTimeRate ?? null,
    computed: computed.value,
    numerator: computed.numerator ?? null,
    denominator: computed.denominator ?? null,
    byProfile,
  };
}

/**
 * Kiểm tra bảng thống kê hồ sơ đã nhập: checks the rows of an imported dossier table (the `ok` result
 * of `importDossierTable` in `cchc/io`) with `checkDossierFlows` under an on-time-rate profile
 * (default `"template"`), recomputes the total from the unit rows, and gives every row's rates. The
 * findings are the import's, then the check's. An unknown profile is reported by `checkDossierFlows`'s
 * own finding, never thrown.
 * @example
 * const rows = [
 *   { unit: "A", resolved: 10, resolvedOnTime: 9, resolvedLate: 1 },
 *   { unit: "B", resolved: 5, resolvedOnTime: 5, resolvedLate: 0 },
 * ];
 * const r = checkDossierTable({ rows, columns: [], findings: [] }, { lang: "en" });
 * r.ok; // true
 * r.totals.computed.resolved; // 15
 */
export function checkDossierTable<C>(
  imported: { rows: readonly DossierFlow[]; columns: readonly C[]; findings: readonly Finding[] },
  options: { profile?: string; lang?: Lang } = {},
): DossierTableCheck<C> {
  const profile = options.profile ?? DEFAULT_ON_TIME_PROFILE;
  const lang: Lang = options.lang === "en" ? "en" : "vi";
  const rows = [...imported.rows];
  const findings = [...imported.findings, ...checkDossierFlows(rows, { profile, lang })];
  const units = rows.filter((r) => r.total !== true);
  const computed = sumDossierFlows(units, lang === "vi" ? "Tổng (tính lại)" : "Total (recomputed)");
  const published = rows.filter((r) => r.total === true);
  return {
    ok: !findings.some((f) => f.severity === "error"),
    profile,
    columns: [...imported.columns],
    rows,
    totals: { computed, published },
    rates: { profile, rows: rows.map((r) => rateRow(r, profile)), total: rateRow(computed, profile) },
    findings,
  };
}

/**
 * Kết quả kiểm tra bảng hồ sơ dạng JSON: a {@link DossierTableCheck} as two-space-indented JSON with a
 * final newline — exactly what `cchc dossiers --format json` prints and the checker page downloads.
 * @example
 * JSON.parse(dossierTableCheckToJson(checkDossierTable({ rows: [], columns: [], findings: [] }))).profile; // "template"
 */
export function dossierTableCheckToJson(check: DossierTableCheck): string {
  return `${JSON.stringify(check, null, 2)}\n`;
}
