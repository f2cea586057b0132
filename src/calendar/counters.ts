import { dayOrThrow, formatDay, secondsOrThrow } from "./date.js";
import {
  classifyFast,
  type DossierLike,
  EARLY,
  type FastOut,
  LATE,
  ON_TIME,
  OVERDUE,
  STOPPED,
  WITHIN,
} from "./deadline.js";
import { CalendarError, showValue } from "./errors.js";
import { defaultCalendar, type EpochDayCalendar, type WorkingCalendar } from "./working.js";

/**
 * Options of {@link countDossiers}.
 *
 * @example
 * const o: CountOptions = { period: { from: "2021-12-15", to: "2022-06-14" } };
 */
export interface CountOptions {
  /** The reporting period (inclusive Vietnam dates). */
  period: DateRange;
  /** Date or instant pending dossiers are judged at (default: `period.to`). */
  asOf?: string | Date;
  /** Working calendar (default {@link defaultCalendar}). */
  calendar?: WorkingCalendar;
  /** See {@link ClassifyOptions.secondSupplementIsLate}. */
  secondSupplementIsLate?: boolean;
}

/**
 * Số liệu hồ sơ của kỳ báo cáo: the appendix counters (3.4.x) of a period.
 *
 * - `received`: received in the period (số mới tiếp nhận); `carriedOver`: received before it and not
 *   resolved at its start (số từ kỳ trước chuyển qua); `processed` = received + carriedOver.
 * - `resolved`: of the processed, resolved by `period.to`, split early / on time / late.
 * - `pending`: the other processed dossiers, judged at `asOf`: within deadline / overdue.
 *   `resolved.total + pending.total = processed` always.
 * - `byChannel`: the dossiers received in the period, by channel.
 * - `dueInPeriod`: processed dossiers whose due date falls in the period, and how many of them were
 *   resolved by their due date (for the `due-in-period` rate).
 * - `invalid`: dossiers skipped because a field was malformed (with up to 10 sample ids).
 *
 * @example
 * const c: DossierCounts = countDossiers([], { period: { from: "2022-01-01", to: "2022-06-30" } });
 * c.processed; // 0
 */
export interface DossierCounts {
  /** The period counted. */
  period: DateRange;
  /** The date pending dossiers were judged at. */
  asOf: string;
  /** Số mới tiếp nhận trong kỳ. */
  received: number;
  /** Số từ kỳ trước chuyển qua. */
  carriedOver: number;
  /** received + carriedOver. */
  processed: number;
  /** Số đã giải quyết (by `period.to`). */
  resolved: {
    /** Trước hạn. */
    early: number;
    /** Đúng hạn. */
    onTime: number;
    /** Quá hạn. */
    late: number;
    /** early + onTime + late. */
    total: number;
  };
  /** Số đang giải quyết (at `asOf`). */
  pending: {
    /** Trong hạn. */
    withinDeadline: number;
    /** Quá hạn. */
    overdue: number;
    /** withinDeadline + overdue. */
    total: number;
  };
  /** Received in the period, by channel. */
  byChannel: {
    /** Trực tuyến. */
    online: number;
    /** Trực tiếp. */
    inPerson: number;
    /** Qua dịch vụ bưu chính công ích. */
    postal: number;
  };
  /** Processed dossiers whose due date falls in the period. */
  dueInPeriod: {
    /** How many. */
    total: number;
    /** Of those, resolved by their due date (within the period). */
    onTime: number;
  };
  /** Malformed dossiers (skipped). */
  invalid: {
    /** How many. */
    total: number;
    /** Up to 10 of their ids. */
    sampleIds: string[];
  };
}

/**
 * Khoảng ngày: an inclusive range of Vietnam dates `YYYY-MM-DD`.
 *
 * @example
 * const h1: DateRange = { from: "2021-12-15", to: "2022-06-14" };
 */
export interface DateRange {
  /** First day (inclusive). */
  from: string;
  /** Last day (inclusive). */
  to: string;
}

interface Acc {
  days: EpochDayCalendar;
  from: number;
  to: number;
  asOf: number;
  secondLate: boolean;
  out: FastOut;
  c: DossierCounts;
}

function start(options: CountOptions): Acc {
  const from = dayOrThrow(options?.period?.from);
  const to = dayOrThrow(options.period.to);
  if (from > to) {
    throw new CalendarError(
      "invalid-argument",
      {
        vi: `kỳ báo cáo không hợp lệ: ${options.period.from} sau ${options.period.to}`,
        en: `invalid period: ${options.period.from} is after ${options.period.to}`,
      },
      options.period,
    );
  }
  const asOf = options.asOf === undefined ? to : Math.floor(secondsOrThrow(options.asOf) / 86400);
  return {
    days: (options.calendar ?? defaultCalendar()).days,
    from,
    to,
    asOf,
    secondLate: options.secondSupplementIsLate === true,
    out: { receivedDay: 0, resolvedDay: 0, dueDay: 0, basis: 0, reason: 0 },
    c: {
      period: { from: formatDay(from), to: formatDay(to) },
      asOf: formatDay(asOf),
      received: 0,
      carriedOver: 0,
      processed: 0,
      resolved: { early: 0, onTime: 0, late: 0, total: 0 },
      pending: { withinDeadline: 0, overdue: 0, total: 0 },
      byChannel: { online: 0, inPerson: 0, postal: 0 },
      dueInPeriod: { total: 0, onTime: 0 },
      invalid: { total: 0, sampleIds: [] },
    },
  };
}

function add(acc: Acc, d: DossierLike): void {
  const { c, out } = acc;
  let code: number;
  try {
    code = classifyFast(d, acc.days, acc.asOf, acc.to, acc.secondLate, out);
    if (d.channel !== "online" && d.channel !== "in-person" && d.channel !== "postal")
      throw new Error("channel");
  } catch {
    c.invalid.total++;
    if (c.invalid.sampleIds.length < 10) c.invalid.sampleIds.push(String(d?.id));
    return;
  }
  const r = out.receivedDay;
  if (r > acc.to) return;
  if (r >= acc.from) {
    c.received++;
    if (d.channel === "online") c.byChannel.online++;
    else if (d.channel === "in-person") c.byChannel.inPerson++;
    else c.byChannel.postal++;
  } else {
    if (out.resolvedDay < acc.from) return; // resolved before the period (NaN compares false: pending)
    c.carriedOver++;
  }
  c.processed++;
  switch (code) {
    case EARLY:
      c.resolved.early++;
      c.resolved.total++;
      break;
    case ON_TIME:
      c.resolved.onTime++;
      c.resolved.total++;
      break;
    case LATE:
      c.resolved.late++;
      c.resolved.total++;
      break;
    case WITHIN:
      c.pending.withinDeadline++;
      c.pending.total++;
      break;
    case OVERDUE:
      c.pending.overdue++;
      c.pending.total++;
      break;
  }
  if (out.dueDay !== STOPPED && out.dueDay >= acc.from && out.dueDay <= acc.to) {
    c.dueInPeriod.total++;
    if (code === EARLY || code === ON_TIME) c.dueInPeriod.onTime++;
  }
}

/**
 * Đếm hồ sơ cho phụ lục: counts dossiers for a reporting period in ONE pass with constant memory
 * (sync or async iterables, e.g. a stream of 1 M rows). Each dossier is classified with
 * {@link classifyDossier}'s rules (resolutions after `period.to` count as pending). Malformed dossiers
 * are counted in `invalid` and skipped, never thrown; a malformed period throws {@link CalendarError}.
 * Returns a Promise when given an AsyncIterable.
 *
 * @example
 * const counts = countDossiers(
 *   [{ id: "1", receivedAt: "2022-03-01T09:00:00+07:00", channel: "online", workingDays: 5,
 *      resolvedAt: "2022-03-04T10:00:00+07:00" }],
 *   { period: { from: "2021-12-15", to: "2022-06-14" } },
 * );
 * counts.resolved.early; // 1
 */
export function countDossiers(dossiers: Iterable<DossierLike>, options: CountOptions): DossierCounts;
export function countDossiers(
  dossiers: AsyncIterable<DossierLike>,
  options: CountOptions,
): Promise<DossierCounts>;
export function countDossiers(
  dossiers: Iterable<DossierLike> | AsyncIterable<DossierLike>,
  options: CountOptions,
): DossierCounts | Promise<DossierCounts> {
  const acc = start(options);
  if (
    dossiers != null &&
    typeof (dossiers as AsyncIterable<DossierLike>)[Symbol.asyncIterator] === "function"
  ) {
    return (async () => {
      for await (const d of dossiers as AsyncIterable<DossierLike>) add(acc, d);
      return acc.c;
    })();
  }
  if (dossiers == null || typeof (dossiers as Iterable<DossierLike>)[Symbol.iterator] !== "function") {
    throw new CalendarError(
      "invalid-argument",
      { vi: "danh sách hồ sơ không lặp được", en: "dossiers must be an Iterable or AsyncIterable" },
      dossiers,
    );
  }
  for (const d of dossiers as Iterable<DossierLike>) add(acc, d);
  return acc.c;
}

/**
 * Mẫu số của tỷ lệ đúng hạn — the on-time rate's denominator, an explicit named choice:
 * - `resolved`: (early + on time) / resolved;
 * - `resolved-plus-pending`: (early + on time + pending within deadline) / (resolved + pending) — the
 *   QĐ 766/QĐ-TTg definition [secondary];
 * - `received`: (early + on time) / received in the period (may exceed 100 % with carried-over work);
 * - `due-in-period`: dossiers due in the period resolved by their due date / dossiers due in the period.
 *
 * @example
 * const d: OnTimeDenominator = "resolved-plus-pending";
 */
export type OnTimeDenominator = "resolved" | "resolved-plus-pending" | "received" | "due-in-period";

/**
 * Result of {@link onTimeRate}: a percentage as an exact decimal string, or `null` with a reason.
 *
 * @example
 * const r: OnTimeRate = { value: "87.50", unit: "percent", denominator: "resolved", numerator: 7, denominatorCount: 8 };
 */
export type OnTimeRate =
  | {
      /** The percentage, e.g. `"87.50"`. */
      value: string;
      /** Always percent. */
      unit: "percent";
      /** The denominator used. */
      denominator: OnTimeDenominator;
      /** The numerator count. */
      numerator: number;
      /** The denominator count. */
      denominatorCount: number;
    }
  | {
      /** No value: the denominator is zero. */
      value: null;
      /** Why there is no value. */
      reason: "zero-denominator";
      /** Always percent. */
      unit: "percent";
      /** The denominator used. */
      denominator: OnTimeDenominator;
      /** The numerator count. */
      numerator: number;
      /** Zero. */
      denominatorCount: 0;
    };

/**
 * Tỷ lệ giải quyết đúng hạn: the on-time rate of {@link DossierCounts} in percent, as an exact decimal
 * string rounded half-up to `decimals` places (default 2) with integer arithmetic — never a float.
 * The denominator is an explicit choice ({@link OnTimeDenominator}) and is named in the result. A zero
 * denominator gives `{ value: null, reason: "zero-denominator" }`. Throws {@link CalendarError} for an
 * unknown denominator or `decimals` outside 0–10.
 *
 * @example
 * const counts = countDossiers([], { period: { from: "2022-01-01", to: "2022-06-30" } });
 * onTimeRate(counts, { denominator: "resolved" }); // { value: null, reason: "zero-denominator", … }
 * onTimeRate({ ...counts, resolved: { early: 5, onTime: 2, late: 1, total: 8 } }, { denominator: "resolved" }).value; // "87.50"
 */
export function onTimeRate(
  counts: DossierCounts,
  options: { denominator: OnTimeDenominator; decimals?: number },
): OnTimeRate {
  const decimals = options?.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new CalendarError(
      "invalid-argument",
      {
        vi: `số chữ số thập phân không hợp lệ: ${showValue(decimals)}`,
        en: `invalid decimals ${showValue(decimals)} (0–10)`,
      },
      decimals,
    );
  }
  const den = options?.denominator;
  const ok = counts?.resolved?.early + counts?.resolved?.onTime;
  let num: number;
  let total: number;
  switch (den) {
    case "resolved":
      num = ok;
      total = counts?.resolved?.total;
      break;
    case "resolved-plus-pending":
      num = ok + counts?.pending?.withinDeadline;
      total = counts?.resolved?.total + counts?.pending?.total;
      break;
    case "received":
      num = ok;
      total = counts?.received;
      break;
    case "due-in-period":
      num = counts?.dueInPeriod?.onTime;
      total = counts?.dueInPeriod?.total;
      break;
    default:
      throw new CalendarError(
        "invalid-argument",
        {
          vi: `mẫu số không hợp lệ: ${showValue(den)}`,
          en: `unknown denominator ${showValue(den)}`,
        },
        den,
      );
  }
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(total) || num < 0 || total < 0) {
    throw new CalendarError(
      "invalid-argument",
      { vi: "số liệu không phải số nguyên không âm", en: "counts must be non-negative integers" },
      counts,
    );
  }
  if (total === 0)
    return {
      value: null,
      reason: "zero-denominator",
      unit: "percent",
      denominator: den,
      numerator: num,
      denominatorCount: 0,
    };
  const scale = 10n ** BigInt(decimals);
  const q = (2n * BigInt(num) * 100n * scale + BigInt(total)) / (2n * BigInt(total)); // half-up
  const int = q / scale;
  const frac = q % scale;
  const value = decimals === 0 ? `${int}` : `${int}.${frac.toString().padStart(decimals, "0")}`;
  return { value, unit: "percent", denominator: den, numerator: num, denominatorCount: total };
}
