/**
 * Dossier statistics of the appendix (3.4.1, 7.7.4, 7.8.2) counted from dossiers in one pass, with the
 * calendar's timeliness rules.
 * @module
 */
import {
  type CountOptions,
  countDossiers,
  type DossierCounts,
  type OnTimeRate,
  onTimeRate,
} from "../calendar/counters.js";
import { vietnamDate } from "../calendar/date.js";
import type { DossierLike } from "../calendar/deadline.js";
import { CalendarError } from "../calendar/errors.js";
import type { WorkingCalendar } from "../calendar/working.js";
import type { Dossier } from "../model/dossier.js";
import type { Procedure } from "../model/procedure.js";
import { pct } from "./rates.js";
import type { RecordIndicators, RecordIssue } from "./records-types.js";

/**
 * Tùy chọn đếm hồ sơ: options of {@link dossierIndicators}.
 * @example
 * const o: DossierIndicatorOptions = { period: { from: "2021-12-15", to: "2022-06-14" }, procedures: [] };
 */
export interface DossierIndicatorOptions {
  /** The reporting period (inclusive Vietnam dates). */
  period: { from: string; to: string };
  /** Procedures, for each dossier's processing time and same-day cut-off (looked up by `procedureCode`). */
  procedures?: Iterable<Procedure>;
  /** Date pending dossiers are judged at (default: `period.to`). */
  asOf?: string;
  /** Working calendar (default: the calendar's default). */
  calendar?: WorkingCalendar;
  /** Count a second supplement request as late (QĐ 766/QĐ-TTg technical description [secondary]). */
  secondSupplementIsLate?: boolean;
}

/**
 * Chỉ tiêu hồ sơ: the values (3.4.1 a/b/c and rate, 7.7.4 a/b and rate, 7.8.2 a/b/c and rate), the
 * calendar's counts, and the on-time rate as QĐ 766/QĐ-TTg defines it (resolved on time + pending within
 * deadline, over resolved + pending) [secondary] for comparison.
 * @example
 * const dossier = DossierSchema.parse({ id: "HS-1", procedureCode: "1.004363", channel: "online",
 *   receivedAt: "2022-03-01T09:00:00+07:00", appointmentDate: "2022-03-08",
 *   resolvedAt: "2022-03-04T10:00:00+07:00", status: "resolved" });
 * dossierIndicators([dossier], { period: { from: "2021-12-15", to: "2022-06-14" } }).values["3.4.1"]; // "100.00"
 */
export interface DossierIndicators extends RecordIndicators {
  counts: DossierCounts;
  /** Dossiers returned by post in the period, and of those, received by post in the period. */
  postal: { returned: number; receivedAndReturned: number };
  /** On-time rate with the QĐ 766 denominator (`resolved-plus-pending`). */
  onTimeQd766: OnTimeRate;
}

function procedureMap(procs: Iterable<Procedure> | undefined): Map<string, Procedure> {
  const m = new Map<string, Procedure>();
  for (const p of procs ?? []) if (p && typeof p.code === "string") m.set(p.code, p);
  return m;
}

interface Tally {
  from: string;
  to: string;
  withdrawn: string[];
  returned: number;
  receivedAndReturned: number;
}

function dayOf(s: string | undefined): string | null {
  if (s === undefined) return null;
  try {
    return vietnamDate(s);
  } catch (e) {
    // documented: an instant vietnamDate cannot read
    if (!(e instanceof CalendarError)) throw e;
    return null;
  }
}

/** What an entry that is not a dossier record becomes: a dossier the calendar counts as invalid, id `?`. */
const NOT_A_DOSSIER: DossierLike = Object.freeze({
  id: "?",
  receivedAt: "",
  channel: "online",
  workingDays: -1,
});

/** Maps a model dossier onto the calendar's minimal shape and tallies what the calendar does not count. */
function toLike(d: Dossier, procs: Map<string, Procedure>, t: Tally): DossierLike | null {
  if (!d || typeof d !== "object") return NOT_A_DOSSIER;
  if (d.status === "withdrawn") {
    t.withdrawn.push(d.id);
    return null;
  }
  const p = procs.get(d.procedureCode);
  const received = dayOf(d.receivedAt);
  const returned = dayOf(d.returnedAt ?? (d.returnedByPost ? d.resolvedAt : undefined));
  if (d.returnedByPost && returned !== null && returned >= t.from && returned <= t.to) {
    t.returned++;
    if (d.channel === "postal" && received !== null && received >= t.from && received <= t.to)
      t.receivedAndReturned++;
  }
  return {
    id: d.id,
    receivedAt: d.receivedAt,
    channel: d.channel,
    workingDays: p ? p.processingDays : d.appointmentDate !== undefined ? 0 : -1,
    cutoff: p?.sameDayCutoff,
    appointmentDate: d.appointmentDate,
    supplements: d.supplements,
    resolvedAt: d.resolvedAt,
  };
}

function* mapSync(ds: Iterable<Dossier>, procs: Map<string, Procedure>, t: Tally): Iterable<DossierLike> {
  for (const d of ds) {
    const x = toLike(d, procs, t);
    if (x) yield x;
  }
}

async function* mapAsync(
  ds: AsyncIterable<Dossier>,
  procs: Map<string, Procedure>,
  t: Tally,
): AsyncIterable<DossierLike> {
  for await (const d of ds) {
    const x = toLike(d, procs, t);
    if (x) yield x;
  }
}

function finish(c: DossierCounts, t: Tally): DossierIndicators {
  const onTime = c.resolved.early + c.resolved.onTime;
  const postalReceived = c.byChannel.postal;
  const values: Record<string, string> = {
    "3.4.1.a": String(c.processed),
    "3.4.1.b": String(c.resolved.total),
    "3.4.1.c": String(onTime),
    "7.7.4.a": String(c.processed),
    "7.7.4.b": String(c.byChannel.online),
    "7.8.2.a": String(postalReceived),
    "7.8.2.b": String(t.returned),
    "7.8.2.c": String(t.receivedAndReturned),
  };
  const rates: [string, number, number][] = [
    ["3.4.1", onTime, c.resolved.total],
    ["7.7.4", c.byChannel.online, c.processed],
    ["7.8.2", postalReceived, c.processed],
  ];
  for (const [id, n, d] of rates) {
    const v = pct(n, d);
    if (v !== null) values[id] = v;
  }
  const issues: RecordIssue[] = [];
  if (c.invalid.total > 0) {
    issues.push({
      code: "invalid-record",
      ids: c.invalid.sampleIds,
      message: {
        vi: `${c.invalid.total} hồ sơ không hợp lệ (thiếu thời hạn giải quyết hoặc sai định dạng): không tính`,
        en: `${c.invalid.total} dossier(s) invalid (no processing time or malformed): left out`,
      },
    });
  }
  if (t.withdrawn.length > 0) {
    issues.push({
      code: "invalid-record",
      ids: t.withdrawn.slice(0, 10),
      message: {
        vi: `${t.withdrawn.length} hồ sơ đã rút: không tính`,
        en: `${t.withdrawn.length} withdrawn dossier(s): left out`,
      },
    });
  }
  return {
    values,
    issues,
    inferences: [],
    counts: c,
    postal: { returned: t.returned, receivedAndReturned: t.receivedAndReturned },
    onTimeQd766: onTimeRate(c, { denominator: "resolved-plus-pending" }),
  };
}

/**
 * Thống kê hồ sơ TTHC: counts the dossier rows of the appendix for a period in ONE pass over an
 * iterable or async iterable (a Promise is returned for an async iterable), using the calendar's
 * {@link countDossiers} for timeliness (deadline in working days from the day after receipt, BLDS 2015
 * Điều 147–148; the appointment date written on the receipt wins). Denominators, chosen and documented:
 * - 3.4.1.a = dossiers processed in the period: received in it + carried over unresolved from before
 *   (so that every resolved dossier is among those counted); .b resolved in the period; .c resolved on
 *   time = early + on time (the appendix's "đúng hạn"); rate 3.4.1 = .c / .b (the template's sub-rows);
 * - 7.7.4.a = 3.4.1.a (catalog equality), .b received online in the period; rate .b / .a;
 * - 7.8.2.a received by post in the period, .b returned by post in the period, .c both; rate over 3.4.1.a.
 * Withdrawn dossiers are left out; malformed ones are counted in `issues`. Throws the calendar's
 * `CalendarError` only for a malformed period.
 * @example
 * const procedures = [ProcedureSchema.parse({ code: "1.004363", name: "Công bố hợp quy", level: "province", processingDays: 5 })];
 * // Received Tue 01/03/2022, 5 working days → due 08/03: HS-1 is on time, HS-2 late.
 * const dossiers = [
 *   { id: "HS-1", resolvedAt: "2022-03-04T10:00:00+07:00" },
 *   { id: "HS-2", resolvedAt: "2022-03-10T10:00:00+07:00" },
 * ].map((d) => DossierSchema.parse({ ...d, procedureCode: "1.004363", channel: "online",
 *   receivedAt: "2022-03-01T09:00:00+07:00", status: "resolved" }));
 * const r = dossierIndicators(dossiers, { period: { from: "2021-12-15", to: "2022-06-14" }, procedures });
 * r.values["3.4.1.c"]; // "1"
 * r.values["3.4.1"]; // "50.00"
 */
export function dossierIndicators(
  dossiers: Iterable<Dossier>,
  options: DossierIndicatorOptions,
): DossierIndicators;
export function dossierIndicators(
  dossiers: AsyncIterable<Dossier>,
  options: DossierIndicatorOptions,
): Promise<DossierIndicators>;
export function dossierIndicators(
  dossiers: Iterable<Dossier> | AsyncIterable<Dossier>,
  options: DossierIndicatorOptions,
): DossierIndicators | Promise<DossierIndicators> {
  const procs = procedureMap(options.procedures);
  const t: Tally = {
    from: options.period.from,
    to: options.period.to,
    withdrawn: [],
    returned: 0,
    receivedAndReturned: 0,
  };
  const co: CountOptions = { period: options.period };
  if (options.asOf !== undefined) co.asOf = options.asOf;
  if (options.calendar !== undefined) co.calendar = options.calendar;
  if (options.secondSupplementIsLate !== undefined)
    co.secondSupplementIsLate = options.secondSupplementIsLate;
  if (dossiers != null && typeof (dossiers as AsyncIterable<Dossier>)[Symbol.asyncIterator] === "function") {
    return countDossiers(mapAsync(dossiers as AsyncIterable<Dossier>, procs, t), co).then((c) =>
      finish(c, t),
    );
  }
  return finish(countDossiers(mapSync((dossiers as Iterable<Dossier>) ?? [], procs, t), co), t);
}
