import { dayOrThrow, epochDayOf, formatDay } from "./date.js";
import { CalendarError, type CalendarResult, showValue } from "./errors.js";
import { defaultCalendar, type WorkingCalendar } from "./working.js";

/**
 * Loại kỳ báo cáo: month (tháng), quarter (quý), half-year (6 tháng), nine-months (9 tháng), year (năm),
 * or a custom window.
 *
 * @example
 * const k: PeriodKind = "quarter";
 */
export type PeriodKind = "month" | "quarter" | "half-year" | "nine-months" | "year" | "custom";

/**
 * Chế độ kỳ báo cáo: `nd09-2019` — the NĐ 09/2019/NĐ-CP Điều 12 windows (15th of the month before →
 * 14th); `calendar` — plain calendar windows (01/01–30/06 …).
 *
 * @example
 * const r: PeriodRegime = "calendar";
 */
export type PeriodRegime = "nd09-2019" | "calendar";

/**
 * Kỳ báo cáo: a reporting period with its inclusive window and report due date.
 *
 * @example
 * reportingPeriod("half-year", 2022); // { id: "2022H1", from: "2021-12-15", to: "2022-06-14", reportDue: "2022-06-20", … }
 */
export interface ReportingPeriod {
  /** `2022`, `2022H1`, `2022N9`, `2022Q3`, `2022M05`, or `from..to` for a custom period. */
  id: string;
  /** Kind of period. */
  kind: PeriodKind;
  /** Year of the period (of `to` for a custom one). */
  year: number;
  /** Month 1–12, quarter 1–4 or half 1–2 (absent for year, nine-months, custom). */
  index?: number;
  /** Which windows were used. */
  regime: PeriodRegime | "custom";
  /** First day (inclusive). */
  from: string;
  /** Last day (inclusive). */
  to: string;
  /**
   * Hạn gửi báo cáo: the 20th of the period's last month (letter 581/BNV-CCHC [secondary]) for NĐ 09
   * windows; null for calendar and custom windows (no source gives one).
   */
  reportDue: string | null;
}

/**
 * The parsed form of a period id.
 *
 * @example
 * const p: PeriodId = { kind: "quarter", year: 2022, index: 3 };
 */
export interface PeriodId {
  /** Kind of period. */
  kind: Exclude<PeriodKind, "custom">;
  /** Year of the period. */
  year: number;
  /** Month 1–12, quarter 1–4 or half 1–2. */
  index?: number;
}

function bad(vi: string, en: string, input: unknown): CalendarError {
  return new CalendarError("invalid-argument", { vi, en }, input);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** [first month, last month] (1-based, possibly ≤ 0 for the previous year) of a period. */
function monthsOf(kind: Exclude<PeriodKind, "custom">, index: number | undefined): [number, number] {
  switch (kind) {
    case "month":
      return [index!, index!];
    case "quarter":
      return [3 * index! - 2, 3 * index!];
    case "half-year":
      return index === 2 ? [7, 12] : [1, 6];
    case "nine-months":
      return [1, 9];
    default:
      return [1, 12];
  }
}

/**
 * Định dạng mã kỳ: prints a period id: `2022`, `2022H1`, `2022H2`, `2022N9`, `2022Q3`, `2022M05`.
 * Throws {@link CalendarError} for an invalid combination.
 *
 * @example
 * formatPeriodId({ kind: "month", year: 2022, index: 5 }); // "2022M05"
 */
export function formatPeriodId(p: PeriodId): string {
  checkPeriod(p?.kind, p?.year, p?.index);
  switch (p.kind) {
    case "month":
      return `${p.year}M${pad2(p.index!)}`;
    case "quarter":
      return `${p.year}Q${p.index}`;
    case "half-year":
      return `${p.year}H${p.index ?? 1}`;
    case "nine-months":
      return `${p.year}N9`;
    default:
      return `${p.year}`;
  }
}

function checkPeriod(kind: unknown, year: unknown, index: unknown): void {
  if (!Number.isInteger(year) || (year as number) < 1900 || (year as number) > 2199) {
    throw bad(`năm không hợp lệ: ${showValue(year)}`, `invalid year ${showValue(year)} (1900–2199)`, year);
  }
  const max = kind === "month" ? 12 : kind === "quarter" ? 4 : kind === "half-year" ? 2 : 0;
  if (
    kind !== "month" &&
    kind !== "quarter" &&
    kind !== "half-year" &&
    kind !== "nine-months" &&
    kind !== "year"
  ) {
    throw bad(`loại kỳ không hợp lệ: ${showValue(kind)}`, `invalid period kind ${showValue(kind)}`, kind);
  }
  if (max === 0 && index !== undefined) {
    throw bad(`kỳ ${kind} không có số thứ tự`, `a ${kind} period takes no index`, index);
  }
  const optional = kind === "half-year";
  if (
    max > 0 &&
    !(optional && index === undefined) &&
    (!Number.isInteger(index) || (index as number) < 1 || (index as number) > max)
  ) {
    throw bad(
      `số thứ tự kỳ không hợp lệ: ${showValue(index)} (1–${max})`,
      `invalid ${kind} index ${showValue(index)} (1–${max})`,
      index,
    );
  }
}

/**
 * Kỳ báo cáo: the window of a reporting period. Default regime `nd09-2019` — NĐ 09/2019/NĐ-CP Điều 12
 * [law] — month = 15th of the previous month → 14th; quarter = 15th of the month before the quarter →
 * 14th of its last month; half-year (H1) = 15/12 of the previous year → 14/6; year = 15/12 → 14/12;
 * nine months = 15/12 → 14/9 (provinces' practice [secondary]); H2 = 15/6 → 14/12 (by analogy
 * [unverified]). `calendar` regime: plain calendar windows. `reportDue` = 20th of the last month
 * (letter 581/BNV-CCHC [secondary]) for NĐ 09 windows. Throws {@link CalendarError} for a bad kind,
 * year (1900–2199) or index.
 *
 * @example
 * reportingPeriod("quarter", 2022, 3); // { id: "2022Q3", from: "2022-06-15", to: "2022-09-14", reportDue: "2022-09-20", … }
 * reportingPeriod("half-year", 2022, 1, { regime: "calendar" }).to; // "2022-06-30"
 */
export function reportingPeriod(
  kind: Exclude<PeriodKind, "custom">,
  year: number,
  index?: number,
  options: { regime?: PeriodRegime } = {},
): ReportingPeriod {
  checkPeriod(kind, year, index);
  const regime = options?.regime ?? "nd09-2019";
  if (regime !== "nd09-2019" && regime !== "calendar") {
    throw bad(`chế độ kỳ không hợp lệ: ${showValue(regime)}`, `invalid regime ${showValue(regime)}`, regime);
  }
  const idx = kind === "half-year" ? (index ?? 1) : index;
  const [m0, m1] = monthsOf(kind, idx);
  let from: number;
  let to: number;
  if (regime === "calendar") {
    from = epochDayOf(year, m0, 1);
    to = epochDayOf(m1 === 12 ? year + 1 : year, m1 === 12 ? 1 : m1 + 1, 1) - 1;
  } else {
    from = m0 === 1 ? epochDayOf(year - 1, 12, 15) : epochDayOf(year, m0 - 1, 15);
    to = epochDayOf(year, m1, 14);
  }
  const p: ReportingPeriod = {
    id: formatPeriodId(idx === undefined ? { kind, year } : { kind, year, index: idx }),
    kind,
    year,
    regime,
    from: formatDay(from),
    to: formatDay(to),
    reportDue: regime === "nd09-2019" ? formatDay(epochDayOf(year, m1, 20)) : null,
  };
  if (idx !== undefined) p.index = idx;
  return p;
}

/**
 * Đọc mã kỳ: parses `2022`, `2022H1`, `2022H2`, `2022N9`, `2022Q3`, `2022M05` into a {@link PeriodId};
 * anything else is a typed failure (never thrown).
 *
 * @example
 * parsePeriodId("2022Q3"); // { ok: true, value: { kind: "quarter", year: 2022, index: 3 } }
 * parsePeriodId("2022Q5").ok; // false
 */
export function parsePeriodId(id: string): CalendarResult<PeriodId> {
  const m = typeof id === "string" ? /^(\d{4})(?:H([12])|Q([1-4])|M(0[1-9]|1[0-2])|(N9))?$/.exec(id) : null;
  const year = m ? Number(m[1]) : Number.NaN;
  if (!m || year < 1900 || year > 2199) {
    return {
      ok: false,
      error: {
        code: "invalid-argument",
        message: {
          vi: `mã kỳ báo cáo không hợp lệ: ${showValue(id)} (ví dụ 2022, 2022H1, 2022N9, 2022Q3, 2022M05)`,
          en: `invalid period id ${showValue(id)} (e.g. 2022, 2022H1, 2022N9, 2022Q3, 2022M05)`,
        },
        input: id,
      },
    };
  }
  if (m[2]) return { ok: true, value: { kind: "half-year", year, index: Number(m[2]) } };
  if (m[3]) return { ok: true, value: { kind: "quarter", year, index: Number(m[3]) } };
  if (m[4]) return { ok: true, value: { kind: "month", year, index: Number(m[4]) } };
  if (m[5]) return { ok: true, value: { kind: "nine-months", year } };
  return { ok: true, value: { kind: "year", year } };
}

/**
 * Kỳ tùy chọn: a custom reporting window `from`–`to` (inclusive), e.g. a report that states its own
 * period. Its id is `from..to`, its `year` the year of `to`, `reportDue` null. Throws
 * {@link CalendarError} when a date is malformed or `from` is after `to`.
 *
 * @example
 * customPeriod("2022-01-01", "2022-06-30").id; // "2022-01-01..2022-06-30"
 */
export function customPeriod(from: string, to: string): ReportingPeriod {
  const a = dayOrThrow(from);
  const b = dayOrThrow(to);
  if (a > b)
    throw bad(`kỳ không hợp lệ: ${from} sau ${to}`, `invalid period: ${from} is after ${to}`, { from, to });
  return {
    id: `${from}..${to}`,
    kind: "custom",
    year: Number(to.slice(0, 4)),
    regime: "custom",
    from,
    to,
    reportDue: null,
  };
}

/**
 * Hạn gửi báo cáo: the report due date of a period and what happens when it is a rest day.
 *
 * @example
 * const d: ReportDeadline = reportDeadline(reportingPeriod("half-year", 2025))!;
 * d.due; // "2025-06-20"
 */
export interface ReportDeadline {
  /** The 20th of the period's last month (letter 581/BNV-CCHC on NĐ 09/2019 reports [secondary]). */
  due: string;
  /** True when `due` is not a working day (weekly rest day or holiday). */
  onRestDay: boolean;
  /** `due`, or the next working day when `due` is a rest day (BLDS 2015 Điều 148 khoản 5). */
  effectiveDue: string;
  /** Source of `due`. */
  source: string;
  /** Source of the move to the next working day. */
  moveSource: string;
}

/**
 * Hạn gửi báo cáo của kỳ: the due date of a reporting period under NĐ 09/2019 windows — the 20th of
 * the period's last month (581/BNV-CCHC [secondary]) — and whether it falls on a rest day. When it does,
 * it moves to the next working day: BLDS 2015 Điều 148 khoản 5 [law] ends a time limit whose last day
 * is a weekly rest day or holiday at the end of the next working day, and Điều 144 applies the Code's
 * way of counting time unless another law provides otherwise — neither NĐ 09/2019 nor 581/BNV-CCHC
 * does, as far as read (our reading, documented in docs/calendar.md). Returns null for calendar and
 * custom windows (no due date is known for them). Throws {@link CalendarRangeError} when the date is
 * outside the calendar's years.
 *
 * @example
 * reportDeadline(reportingPeriod("quarter", 2022, 3)); // { due: "2022-09-20", onRestDay: false, effectiveDue: "2022-09-20", … }
 * // 20/12/2025 is a Saturday: the report is due Monday 22/12/2025.
 * reportDeadline(reportingPeriod("year", 2025))?.effectiveDue; // "2025-12-22"
 * reportDeadline(reportingPeriod("year", 2025, undefined, { regime: "calendar" })); // null
 */
export function reportDeadline(
  period: ReportingPeriod,
  calendar: WorkingCalendar = defaultCalendar(),
): ReportDeadline | null {
  const due = period?.reportDue;
  if (typeof due !== "string") return null;
  const onRestDay = !calendar.isWorkingDay(due);
  return {
    due,
    onRestDay,
    effectiveDue: onRestDay ? calendar.nextWorkingDay(due) : due,
    source: "581/BNV-CCHC (Bộ Nội vụ) on periodic CCHC reports under NĐ 09/2019/NĐ-CP [secondary]",
    moveSource:
      "BLDS 2015 (91/2015/QH13) Điều 148 khoản 5, by Điều 144 [law; its application to report deadlines is this library's reading]",
  };
}
