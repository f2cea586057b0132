/**
 * A report in the library's format built from raw records: procedures, dossiers, public service units.
 * @module
 */
import type { DossierCounts } from "../calendar/counters.js";
import type { WorkingCalendar } from "../calendar/working.js";
import { catalogForReport } from "../catalog/lookup.js";
import type { Dossier } from "../model/dossier.js";
import type { PublicServiceUnit } from "../model/finance.js";
import type { ReportingPeriod } from "../model/period.js";
import type { Procedure } from "../model/procedure.js";
import { type IndicatorValue, REPORT_FORMAT, type Report } from "../model/report.js";
import { type DossierIndicators, dossierIndicators } from "./dossiers.js";
import { procedureIndicators } from "./procedures.js";
import type { Inference, RecordIndicators, RecordIssue } from "./records-types.js";
import { unitIndicators } from "./units.js";

/**
 * Dữ liệu gốc: what {@link reportFromRecords} reads. Every list is optional; only the rows it feeds are
 * written. `asOf` is the date procedures in force are counted at and pending dossiers judged at
 * (default: the period's last day).
 * @example
 * const input: RecordsInput = {
 *   agency: { id: "khanh-hoa/skhcn" },
 *   period: { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" } as const,
 *   procedures: [],
 *   dossiers: [],
 * };
 */
export interface RecordsInput<D = Iterable<Dossier>> {
  agency: { id: string; name?: string };
  period: ReportingPeriod;
  asOf?: string;
  procedures?: Iterable<Procedure>;
  dossiers?: D;
  units?: Iterable<PublicServiceUnit>;
  /** Catalog version written into the report (default: none — the version in force is used). */
  catalogVersion?: string;
  /** Working calendar for dossier deadlines. */
  calendar?: WorkingCalendar;
}

/**
 * Báo cáo từ dữ liệu gốc: the report, the records that could not be used, the unverified inferences
 * made (also written in the notes of the rows they affect), and the dossier counts when dossiers were given.
 * @example
 * const period = { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" } as const;
 * const { report, issues, inferences } = reportFromRecords({ agency: { id: "x" }, period, dossiers: [] });
 * issues; // []
 */
export interface RecordsReport {
  report: Report;
  issues: RecordIssue[];
  inferences: Inference[];
  dossierCounts?: DossierCounts;
}

function assemble(
  input: RecordsInput<unknown>,
  parts: RecordIndicators[],
  dossiers: DossierIndicators | undefined,
): RecordsReport {
  const values: Record<string, IndicatorValue> = {};
  const issues: RecordIssue[] = [];
  const inferences: Inference[] = [];
  for (const p of parts) {
    for (const [id, v] of Object.entries(p.values)) values[id] = { value: v };
    issues.push(...p.issues);
    // only the procedure part infers, once: no inference can come twice
    inferences.push(...p.inferences);
  }
  const order = new Map(catalogForReport({ period: input.period }).catalog.rows.map((r, i) => [r.id, i]));
  const sorted: Record<string, IndicatorValue> = {};
  for (const id of Object.keys(values).sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9)))
    sorted[id] = values[id]!;
  for (const inf of inferences) {
    for (const id of inf.rows) {
      const v = sorted[id];
      if (v) v.note = `[unverified] ${inf.message.vi}`;
    }
  }
  const report: Report = {
    format: REPORT_FORMAT,
    agency:
      input.agency.name !== undefined
        ? { id: input.agency.id, name: input.agency.name }
        : { id: input.agency.id },
    period: input.period,
    values: sorted,
  };
  if (input.asOf !== undefined) report.asOf = input.asOf;
  if (input.catalogVersion !== undefined) report.catalogVersion = input.catalogVersion;
  const out: RecordsReport = { report, issues, inferences };
  if (dossiers) out.dossierCounts = dossiers.counts;
  return out;
}

function staticParts(input: RecordsInput<unknown>, procs: Procedure[] | undefined): RecordIndicators[] {
  const at = input.asOf ?? input.period.to;
  const parts: RecordIndicators[] = [];
  if (procs) parts.push(procedureIndicators(procs, { at }));
  if (input.units) parts.push(unitIndicators(input.units, { at: input.period.to }));
  return parts;
}

function dossierOptions(input: RecordsInput<unknown>, procs: Procedure[] | undefined) {
  const o: Parameters<typeof dossierIndicators>[1] = {
    period: { from: input.period.from, to: input.period.to },
  };
  if (procs) o.procedures = procs;
  if (input.asOf !== undefined) o.asOf = input.asOf;
  if (input.calendar !== undefined) o.calendar = input.calendar;
  return o;
}

/**
 * Lập phụ lục từ dữ liệu gốc: builds a report in the library's format from raw records — procedure
 * rows from `procedures` ({@link procedureIndicators}), dossier rows from `dossiers` in one pass
 * ({@link dossierIndicators}), 6.2 from `units` ({@link unitIndicators}). Values are exact decimal
 * strings; rates have 2 decimals rounded half-up. By construction the result satisfies the catalog's
 * sums, subsets, equalities and rates (checked by a property test with the rule engine). Throws the
 * calendar's `CalendarError` only for a malformed period.
 * @example
 * const period = { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" } as const;
 * const dossier = DossierSchema.parse({ id: "HS-1", procedureCode: "1.004363", channel: "online",
 *   receivedAt: "2022-03-01T09:00:00+07:00", appointmentDate: "2022-03-08",
 *   resolvedAt: "2022-03-10T10:00:00+07:00", status: "resolved" });
 * const { report } = reportFromRecords({ agency: { id: "x" }, period, dossiers: [dossier] });
 * report.values["3.4.1"]; // { value: "0.00" } (resolved after its appointment date)
 */
export function reportFromRecords(input: RecordsInput): RecordsReport {
  const procs = input.procedures ? [...input.procedures] : undefined;
  const parts = staticParts(input, procs);
  let d: DossierIndicators | undefined;
  if (input.dossiers) {
    d = dossierIndicators(input.dossiers, dossierOptions(input, procs));
    parts.push(d);
  }
  return assemble(input, parts, d);
}

/**
 * Lập phụ lục từ dữ liệu gốc (bất đồng bộ): {@link reportFromRecords} over an async iterable of
 * dossiers (a database cursor, a file stream), still in one pass.
 * @example
 * async function* stream() {
 *   yield DossierSchema.parse({ id: "HS-1", procedureCode: "1.004363", channel: "online",
 *     receivedAt: "2022-03-01T09:00:00+07:00", appointmentDate: "2022-03-08",
 *     resolvedAt: "2022-03-04T10:00:00+07:00", status: "resolved" });
 * }
 * const period = { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" } as const;
 * const { report } = await reportFromRecordsAsync({ agency: { id: "x" }, period, dossiers: stream() });
 * report.values["3.4.1"]; // { value: "100.00" }
 */
export async function reportFromRecordsAsync(
  input: RecordsInput<AsyncIterable<Dossier> | Iterable<Dossier>>,
): Promise<RecordsReport> {
  const procs = input.procedures ? [...input.procedures] : undefined;
  const parts = staticParts(input, procs);
  let d: DossierIndicators | undefined;
  if (input.dossiers) {
    const ds = input.dossiers;
    d =
      typeof (ds as AsyncIterable<Dossier>)[Symbol.asyncIterator] === "function"
        ? await dossierIndicators(ds as AsyncIterable<Dossier>, dossierOptions(input, procs))
        : dossierIndicators(ds as Iterable<Dossier>, dossierOptions(input, procs));
    parts.push(d);
  }
  return assemble(input, parts, d);
}
