import { dayOrThrow, formatDay, instantSeconds, secondsOrThrow } from "./date.js";
import { CalendarError, showValue } from "./errors.js";
import { defaultCalendar, type EpochDayCalendar, type WorkingCalendar } from "./working.js";

/**
 * Thời gian yêu cầu bổ sung hồ sơ: a period during which the dossier waited for the applicant to
 * supplement it; the processing clock stops at `requestedAt` and resumes after `completedAt`.
 *
 * @example
 * const s: SupplementPeriod = { requestedAt: "2026-03-03T09:00:00+07:00", completedAt: "2026-03-06T10:00:00+07:00" };
 */
export interface SupplementPeriod {
  /** When the agency asked for the supplement (the clock stops that day). */
  requestedAt: string | Date;
  /** Absent while the applicant has not yet supplemented. */
  completedAt?: string | Date | undefined;
}

/**
 * Hồ sơ (dạng tối thiểu): the minimal dossier the calendar functions need. Instants are ISO date-times
 * with an offset (or `Date`s); dates are read in Vietnam time. The model's `Dossier` maps onto this.
 *
 * @example
 * const d: DossierLike = {
 *   id: "HS-001", receivedAt: "2026-02-13T09:00:00+07:00", channel: "online",
 *   workingDays: 3, resolvedAt: "2026-02-24T16:00:00+07:00",
 * };
 */
export interface DossierLike {
  /** Mã hồ sơ. */
  id: string;
  /** Thời điểm tiếp nhận hồ sơ đầy đủ. */
  receivedAt: string | Date;
  /** Kênh tiếp nhận: trực tuyến, trực tiếp, bưu chính công ích. */
  channel: "online" | "in-person" | "postal";
  /** Thời hạn giải quyết of the procedure, in working days (≥ 0). */
  workingDays: number;
  /**
   * Same-day cut-off `HH:MM`, e.g. `"15:00"` for chứng thực: NĐ 23/2015/NĐ-CP Điều 7 — a request
   * received after 15:00 may be returned the next working day [secondary].
   */
  cutoff?: string | undefined;
  /** Ngày hẹn trả kết quả written on the receipt (wins over the computed due date). */
  appointmentDate?: string | undefined;
  /** Supplement requests, in any order. */
  supplements?: readonly SupplementPeriod[] | undefined;
  /** Thời điểm trả kết quả (absent while pending). */
  resolvedAt?: string | Date | undefined;
}

/**
 * Input of {@link dossierDueDate}.
 *
 * @example
 * const input: DueDateInput = { receivedAt: "2026-02-13T09:00:00+07:00", workingDays: 3 };
 */
export interface DueDateInput {
  /** Thời điểm tiếp nhận (ISO date-time with offset, or `Date`). */
  receivedAt: string | Date;
  /** Processing time in working days (≥ 0). */
  workingDays: number;
  /** Same-day cut-off `HH:MM` (`"15:00"` for chứng thực: NĐ 23/2015/NĐ-CP Điều 7 [secondary]). */
  cutoff?: string | undefined;
  /** Supplement requests. */
  supplements?: readonly SupplementPeriod[] | undefined;
  /** Ngày hẹn trả on the receipt (`YYYY-MM-DD`). */
  appointmentDate?: string | undefined;
}

/**
 * Result of {@link dossierDueDate}.
 *
 * @example
 * const r: DueDateResult = dossierDueDate({ receivedAt: "2026-02-13T09:00:00+07:00", workingDays: 3 });
 * r.due; // "2026-02-25"
 */
export interface DueDateResult {
  /** Hạn giải quyết (`YYYY-MM-DD`), or null while the clock is stopped for a supplement. */
  due: string | null;
  /** `appointment` when the receipt's appointment date was used, else `computed`. */
  basis: "computed" | "appointment";
  /** The computed due date (even when the appointment wins), or null while the clock is stopped. */
  computedDue: string | null;
  /** Vietnam date of receipt. */
  receivedOn: string;
  /** The day counting starts after (the receipt day, moved by the cut-off rule when one applies). */
  countingFrom: string;
  /** True while a supplement request has no completion. */
  clockStopped: boolean;
}

/** Marker for "clock stopped". */
const STOPPED = -1e9;
const SECONDS_PER_DAY = 86400;

/** Parses `HH:MM` to seconds of day, or -1 when absent; NaN when malformed. */
export function cutoffSeconds(cutoff: string | undefined): number {
  if (cutoff === undefined) return -1;
  if (typeof cutoff !== "string" || cutoff.length !== 5 || cutoff.charCodeAt(2) !== 58) return Number.NaN;
  const h = (cutoff.charCodeAt(0) - 48) * 10 + cutoff.charCodeAt(1) - 48;
  const m = (cutoff.charCodeAt(3) - 48) * 10 + cutoff.charCodeAt(4) - 48;
  if (!(h >= 0 && h <= 23 && m >= 0 && m <= 59)) return Number.NaN;
  return h * 3600 + m * 60;
}

function badCount(n: unknown): CalendarError {
  return new CalendarError(
    "invalid-argument",
    {
      vi: `thời hạn giải quyết phải là số nguyên ngày làm việc ≥ 0: ${showValue(n)}`,
      en: `the processing time must be a whole number of working days ≥ 0: ${showValue(n)}`,
    },
    n,
  );
}

function badCutoff(c: unknown): CalendarError {
  return new CalendarError(
    "invalid-argument",
    {
      vi: `giờ chốt không hợp lệ: ${showValue(c)} (cần HH:MM)`,
      en: `invalid cut-off ${showValue(c)} (expected HH:MM)`,
    },
    c,
  );
}

/**
 * The day counting starts after (the day deemed the receipt day): a receipt on a non-working day
 * counts as received on the next working day whatever the time, with or without a cut-off; on a
 * working day, a receipt strictly after the cut-off counts as received on the next working day.
 */
export function anchorDay(days: EpochDayCalendar, receivedSec: number, cutSec: number): number {
  const r = Math.floor(receivedSec / SECONDS_PER_DAY);
  if (!days.isWorkingDay(r)) return days.nextWorkingDay(r);
  if (cutSec < 0) return r;
  return receivedSec - r * SECONDS_PER_DAY > cutSec ? days.addWorkingDays(r, 1) : r;
}

function dueFrom(days: EpochDayCalendar, a: number, r: number): number {
  return r >= 1 ? days.addWorkingDays(a, r) : days.nextWorkingDay(a);
}

/**
 * The computed due epoch day (no appointment), or STOPPED. `limitDay`: supplements requested or
 * completed after it are treated as not (yet) requested / completed. `resolvedDay` (NaN when pending)
 * stands in for a missing completion.
 */
export function computeDueDay(
  days: EpochDayCalendar,
  anchor: number,
  n: number,
  supplements: readonly SupplementPeriod[] | undefined,
  limitDay: number,
  resolvedDay: number,
): number {
  let a = anchor;
  let r = n;
  let due = dueFrom(days, a, r);
  if (!supplements || supplements.length === 0) return due;
  let list = supplements;
  for (let i = 1; i < list.length; i++) {
    if (instantSeconds(list[i]!.requestedAt) < instantSeconds(list[i - 1]!.requestedAt)) {
      list = [...supplements].sort((x, y) => instantSeconds(x.requestedAt) - instantSeconds(y.requestedAt));
      break;
    }
  }
  for (const s of list) {
    const q = Math.floor(secondsOrThrow(s.requestedAt) / SECONDS_PER_DAY);
    if (q > due || q > limitDay) break; // requested after the deadline (or after the cut date): no stop
    const consumed = q > a ? days.workingDaysBetween(a, q) : 0;
    r = Math.max(0, r - consumed);
    let c =
      s.completedAt === undefined ? Number.NaN : Math.floor(secondsOrThrow(s.completedAt) / SECONDS_PER_DAY);
    if (Number.isNaN(c) || c > limitDay) {
      if (Number.isNaN(resolvedDay)) return STOPPED;
      c = resolvedDay;
    }
    a = Math.max(c, q);
    due = dueFrom(days, a, r);
  }
  return due;
}

/**
 * Hạn giải quyết hồ sơ: the due date of a dossier.
 *
 * Counting rule (BLDS 2015 Điều 147 [law]: the first day — the day of receipt — is not counted;
 * Điều 148 [law]: a deadline on a rest day moves to the next working day): the due date is the
 * `workingDays`-th working day after the receipt day (Vietnam time), so it is always a working day.
 * A 0-day procedure is due on the receipt day if it is a working day, else the next working day.
 *
 * Receipt on a non-working day (with or without a cut-off, whatever the time): counts as received on
 * the next working day, so day 1 is the working day after that — a receipt on Tết and the same receipt
 * with a cut-off always get the same due date.
 *
 * Cut-off (optional, per procedure, e.g. `"15:00"` for chứng thực — NĐ 23/2015/NĐ-CP Điều 7: a request
 * received after 15:00 may be returned the next working day [secondary]): a dossier received on a
 * working day strictly after the cut-off counts as received on the next working day; a 0-day procedure
 * received before the cut-off on a working day is due that day, after it the next working day.
 *
 * Supplements [secondary; the counting convention is this library's]: the clock stops on the request
 * day and resumes after the completion day — working days in (start, request day] are consumed, the
 * rest are counted after the completion day (which, like the receipt day, is not counted). A request
 * made after the current due date does not stop the clock. While a request has no completion the due
 * date is `null` (`clockStopped: true`).
 *
 * An appointment date written on the receipt (`appointmentDate`) wins over the computed date
 * (`basis: "appointment"`); `computedDue` still carries the computation.
 *
 * Throws {@link CalendarError} for a malformed instant, count or cut-off, {@link CalendarRangeError}
 * outside the calendar's years.
 *
 * @example
 * // Received Friday 13/02/2026; Tết 16–20/02 is off: 3 working days → Wed 25/02/2026.
 * dossierDueDate({ receivedAt: "2026-02-13T09:00:00+07:00", workingDays: 3 }).due; // "2026-02-25"
 * // Received at 15:30 with a 15:00 cut-off: counts as received on Monday 23/02.
 * dossierDueDate({ receivedAt: "2026-02-13T15:30:00+07:00", workingDays: 0, cutoff: "15:00" }).due; // "2026-02-23"
 */
export function dossierDueDate(
  input: DueDateInput,
  calendar: WorkingCalendar = defaultCalendar(),
): DueDateResult {
  const days = calendar.days;
  const n = input?.workingDays;
  if (!Number.isSafeInteger(n) || n < 0) throw badCount(n);
  const cut = cutoffSeconds(input.cutoff);
  if (Number.isNaN(cut)) throw badCutoff(input.cutoff);
  const rs = secondsOrThrow(input.receivedAt);
  const anchor = anchorDay(days, rs, cut);
  const due = computeDueDay(days, anchor, n, input.supplements, Number.POSITIVE_INFINITY, Number.NaN);
  const computedDue = due === STOPPED ? null : formatDay(due);
  const appointment =
    input.appointmentDate === undefined ? undefined : formatDay(dayOrThrow(input.appointmentDate));
  return {
    due: appointment ?? computedDue,
    basis: appointment !== undefined ? "appointment" : "computed",
    computedDue,
    receivedOn: formatDay(Math.floor(rs / SECONDS_PER_DAY)),
    countingFrom: formatDay(anchor),
    clockStopped: due === STOPPED,
  };
}

/**
 * Trạng thái hồ sơ: `early` (trước hạn), `on-time` (đúng hạn), `late` (quá hạn) for a resolved dossier;
 * `within-deadline` (trong hạn) or `overdue` (quá hạn) for a pending one.
 *
 * @example
 * const s: Timeliness = "on-time";
 */
export type Timeliness = "early" | "on-time" | "late" | "within-deadline" | "overdue";

/**
 * Options of {@link classifyDossier}.
 *
 * @example
 * const o: ClassifyOptions = { asOf: "2026-06-14", secondSupplementIsLate: true };
 */
export interface ClassifyOptions {
  /** Date (`YYYY-MM-DD`, Vietnam) or instant the pending dossiers are judged at. */
  asOf: string | Date;
  /** Working calendar (default {@link defaultCalendar}). */
  calendar?: WorkingCalendar;
  /** Count a dossier with a second supplement request as late (QĐ 766/QĐ-TTg technical rule [secondary]). */
  secondSupplementIsLate?: boolean;
}

/**
 * Result of {@link classifyDossier}.
 *
 * @example
 * const c: DossierClassification = { state: "resolved", status: "early", due: "2026-02-25", basis: "computed", reason: "compared-with-due" };
 */
export interface DossierClassification {
  /** Resolved (đã giải quyết) or pending (đang giải quyết) at `asOf`. */
  state: "resolved" | "pending";
  /** The classification. */
  status: Timeliness;
  /** The due date used (null while the clock is stopped for a supplement). */
  due: string | null;
  /** Whether the due date was computed or taken from the appointment. */
  basis: "computed" | "appointment";
  /** Why: compared with the due date, the second-supplement rule, or the clock being stopped. */
  reason: "compared-with-due" | "second-supplement" | "clock-stopped";
}

/** Status codes of the fast path (indexes into STATUS_NAMES). */
export const EARLY = 0;
export const ON_TIME = 1;
export const LATE = 2;
export const WITHIN = 3;
export const OVERDUE = 4;
const STATUS_NAMES: readonly Timeliness[] = ["early", "on-time", "late", "within-deadline", "overdue"];

/** Scratch output of {@link classifyFast}. */
export interface FastOut {
  receivedDay: number;
  resolvedDay: number;
  dueDay: number;
  basis: 0 | 1;
  reason: 0 | 1 | 2;
}

/**
 * The allocation-free classification used by the counters. `limitDay`: resolutions after it are
 * ignored (the dossier was pending then); pending dossiers are judged at `asOfDay`.
 * Throws CalendarError on malformed input.
 */
export function classifyFast(
  d: DossierLike,
  days: EpochDayCalendar,
  asOfDay: number,
  limitDay: number,
  secondLate: boolean,
  out: FastOut,
): number {
  const n = d?.workingDays;
  if (!Number.isSafeInteger(n) || n < 0) throw badCount(n);
  const cut = cutoffSeconds(d.cutoff);
  if (Number.isNaN(cut)) throw badCutoff(d.cutoff);
  const rs = secondsOrThrow(d.receivedAt);
  out.receivedDay = Math.floor(rs / SECONDS_PER_DAY);
  let resolvedDay =
    d.resolvedAt === undefined ? Number.NaN : Math.floor(secondsOrThrow(d.resolvedAt) / SECONDS_PER_DAY);
  if (resolvedDay > limitDay) resolvedDay = Number.NaN;
  out.resolvedDay = resolvedDay;
  const resolved = !Number.isNaN(resolvedDay);
  const judgeDay = resolved ? resolvedDay : asOfDay;
  let due: number;
  if (d.appointmentDate !== undefined) {
    due = dayOrThrow(d.appointmentDate);
    out.basis = 1;
  } else {
    due = computeDueDay(days, anchorDay(days, rs, cut), n, d.supplements, judgeDay, resolvedDay);
    out.basis = 0;
  }
  out.dueDay = due;
  if (secondLate && d.supplements && d.supplements.length >= 2) {
    let requested = 0;
    for (const s of d.supplements)
      if (Math.floor(secondsOrThrow(s.requestedAt) / SECONDS_PER_DAY) <= judgeDay) requested++;
    if (requested >= 2) {
      out.reason = 1;
      return resolved ? LATE : OVERDUE;
    }
  }
  if (due === STOPPED) {
    out.reason = 2;
    return WITHIN;
  }
  out.reason = 0;
  if (resolved) return resolvedDay < due ? EARLY : resolvedDay === due ? ON_TIME : LATE;
  return asOfDay > due ? OVERDUE : WITHIN;
}

/**
 * Phân loại hồ sơ: classifies a dossier. Resolved (resolution date in Vietnam on or before `asOf`):
 * resolution date < due → `early` (trước hạn), = due → `on-time` (đúng hạn), > due → `late` (quá hạn).
 * Otherwise pending at `asOf`: `asOf` ≤ due → `within-deadline` (trong hạn), later → `overdue`. A
 * dossier waiting for a supplement (clock stopped) is `within-deadline`. With
 * `secondSupplementIsLate`, a dossier with two or more supplement requests is `late` / `overdue`
 * (QĐ 766/QĐ-TTg technical description [secondary]). Dates are Vietnam dates, so the same instant
 * written with another UTC offset classifies the same. Due dates follow {@link dossierDueDate}.
 * Throws {@link CalendarError} on malformed input.
 *
 * @example
 * classifyDossier(
 *   { id: "1", receivedAt: "2026-02-13T09:00:00+07:00", channel: "online", workingDays: 3,
 *     resolvedAt: "2026-02-24T10:00:00+07:00" },
 *   { asOf: "2026-03-14" },
 * ).status; // "early" (due 2026-02-25)
 */
export function classifyDossier(dossier: DossierLike, options: ClassifyOptions): DossierClassification {
  const cal = options?.calendar ?? defaultCalendar();
  const asOfDay = Math.floor(secondsOrThrow(options?.asOf) / SECONDS_PER_DAY);
  const out: FastOut = { receivedDay: 0, resolvedDay: 0, dueDay: 0, basis: 0, reason: 0 };
  const code = classifyFast(
    dossier,
    cal.days,
    asOfDay,
    asOfDay,
    options.secondSupplementIsLate === true,
    out,
  );
  return {
    state: code <= LATE ? "resolved" : "pending",
    status: STATUS_NAMES[code]!,
    due: out.dueDay === STOPPED ? null : formatDay(out.dueDay),
    basis: out.basis === 1 ? "appointment" : "computed",
    reason: out.reason === 1 ? "second-supplement" : out.reason === 2 ? "clock-stopped" : "compared-with-due",
  };
}

export { STOPPED };
