import type { LocalizedText } from "./errors.js";
import { deepFreeze } from "./freeze.js";

/**
 * Loại ngày nghỉ: why a day is listed in a year's holiday table.
 * - `statutory`: a holiday of the Labour Code (ngày nghỉ lễ, tết theo luật);
 * - `compensatory`: nghỉ bù — a statutory day fell on a weekly rest day (BLLĐ 2019 Điều 111(3));
 * - `government-swap`: hoán đổi ngày làm việc — a working day moved off by a government decision;
 * - `custom`: added by the user's own table (e.g. a provincial day off).
 *
 * @example
 * const k: HolidayKind = "compensatory";
 */
export type HolidayKind = "statutory" | "compensatory" | "government-swap" | "custom";

/**
 * Which statutory holiday a rule row describes.
 *
 * @example
 * const h: StatutoryHolidayName = "hung-kings";
 */
export type StatutoryHolidayName =
  | "new-year"
  | "tet"
  | "hung-kings"
  | "reunification"
  | "labour"
  | "national-day"
  | "national-day-adjacent"
  | "culture-day";

/**
 * Quy định ngày nghỉ lễ: one row of the statutory holiday table. A row applies to the days in
 * [`effectiveFrom`, `effectiveTo`]; rows with `optIn` apply only when their id is passed in
 * `createWorkingCalendar({ optIn })`.
 *
 * - `solar`: a fixed Gregorian day (`month`, `day`);
 * - `lunar`: a fixed lunar day (`month`, `day`) of the lunar year that starts in that Gregorian year;
 * - `tet`: `days` days of Tết Nguyên đán, decided each year; by default (a convention matching every
 *   decision 2018–2026) five days from the Monday when the lunar new year is a Tuesday or Wednesday,
 *   else from two days before it; four days (BLLĐ 1994) from the last day of the old year;
 * - `adjacent`: one day next to (`month`, `day`), decided each year; by default the day after when the
 *   holiday is on a Sunday, Monday or Thursday (so the break reaches the weekend), otherwise the day
 *   before — the choices of 2021–2026 (Thu 2021 → 03/9, Fri 2022 → 01/9, Sat 2023 → 01/9,
 *   Mon 2024 → 03/9, Tue 2025 → 01/9, Wed 2026 → 01/9); Sunday is this library's guess.
 *
 * @example
 * const row = STATUTORY_HOLIDAY_RULES.find((r) => r.holiday === "hung-kings");
 */
export interface StatutoryHolidayRule {
  /** Stable id, e.g. `"blld2019-hung-kings"`. */
  id: string;
  /** Which holiday. */
  holiday: StatutoryHolidayName;
  /** How its date is found (see above). */
  rule: "solar" | "lunar" | "tet" | "adjacent";
  /** Month (Gregorian for solar/adjacent, lunar for lunar/tet). */
  month: number;
  /** Day of the month. */
  day: number;
  /** Number of days (Tết only). */
  days?: number;
  /** Name of the holiday (vi + en). */
  reason: LocalizedText;
  /** First day the row applies (`YYYY-MM-DD`). */
  effectiveFrom: string;
  /** Last day the row applies, if it has ended. */
  effectiveTo?: string;
  /** Legal source (law, article). */
  source: string;
  /** False when the fact was not read in the legal text (see docs/calendar.md). */
  verified: boolean;
  /** When set, the row applies only if this id is listed in `optIn`. */
  optIn?: boolean;
}

const R = {
  newYear: { vi: "Tết Dương lịch", en: "New Year's Day" },
  tet: { vi: "Tết Nguyên đán", en: "Lunar New Year (Tết)" },
  hung: {
    vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
    en: "Hùng Kings' Commemoration (10th day of lunar month 3)",
  },
  reunif: { vi: "Ngày Chiến thắng (30/4)", en: "Reunification Day (30 April)" },
  labour: { vi: "Ngày Quốc tế lao động (1/5)", en: "International Labour Day (1 May)" },
  national: { vi: "Quốc khánh (2/9)", en: "National Day (2 September)" },
  nationalAdj: { vi: "Quốc khánh (ngày liền kề 2/9)", en: "National Day (day adjacent to 2 September)" },
  culture: { vi: "Ngày Văn hóa Việt Nam (24/11)", en: "Vietnamese Culture Day (24 November)" },
} as const;

const BLLD2019 = "Bộ luật Lao động 2019 (45/2019/QH14) Điều 112 khoản 1";
const BLLD2012 = "Bộ luật Lao động 2012 (10/2012/QH13) Điều 115 khoản 1";
const BLLD1994 = "Bộ luật Lao động 1994 Điều 73 (sửa đổi 2002, 2007) [unverified]";

type RuleRow = readonly [
  holiday: StatutoryHolidayRule["holiday"],
  rule: StatutoryHolidayRule["rule"],
  month: number,
  day: number,
  reason: LocalizedText,
  days?: number | undefined,
  effectiveFrom?: string | undefined,
];

/** The rows of one Labour Code: same shape, its own id prefix, dates, source and verification. */
function codeRows(
  prefix: string,
  rows: readonly RuleRow[],
  code: { effectiveFrom: string; effectiveTo?: string; source: string; verified: boolean },
): StatutoryHolidayRule[] {
  return rows.map(([holiday, rule, month, day, reason, days, from]) => ({
    id: `${prefix}-${holiday}`,
    holiday,
    rule,
    month,
    day,
    ...(days !== undefined ? { days } : {}),
    reason,
    effectiveFrom: from ?? code.effectiveFrom,
    ...(code.effectiveTo !== undefined ? { effectiveTo: code.effectiveTo } : {}),
    source: code.source,
    verified: code.verified,
  }));
}

/** The holidays every code since 1995 shares (Tết's length differs). */
const common = (tetDays: number, hungFrom?: string): RuleRow[] => [
  ["new-year", "solar", 1, 1, R.newYear],
  ["tet", "tet", 1, 1, R.tet, tetDays],
  ["hung-kings", "lunar", 3, 10, R.hung, undefined, hungFrom],
  ["reunification", "solar", 4, 30, R.reunif],
  ["labour", "solar", 5, 1, R.labour],
  ["national-day", "solar", 9, 2, R.national],
];

/**
 * Bảng ngày nghỉ lễ theo luật: the statutory holidays as versioned data.
 * - BLLĐ 2019 Điều 112 [law] from 2021-01-01: 01/01; Tết 5 days; Giỗ Tổ 10/3 lunar; 30/4; 1/5; 2/9 and
 *   one adjacent day.
 * - BLLĐ 2012 Điều 115 [law] 2013-05-01 … 2020-12-31: the same with 2/9 one day.
 * - BLLĐ 1994 Điều 73 (as amended) 1995-01-01 … 2013-04-30: Tết 4 days; Giỗ Tổ from 2007 — [unverified],
 *   shipped so that older reports get a plausible calendar.
 * - NQ 80-NQ/TW (January 2026): 24/11 "Ngày Văn hóa Việt Nam" as a paid day off — [unverified], opt-in
 *   (`optIn: ["nq80-culture-day"]`), off by default.
 *
 * @example
 * STATUTORY_HOLIDAY_RULES.filter((r) => r.effectiveFrom === "2021-01-01").length; // 7
 */
export const STATUTORY_HOLIDAY_RULES: readonly StatutoryHolidayRule[] = deepFreeze([
  ...codeRows("blld2019", [...common(5), ["national-day-adjacent", "adjacent", 9, 2, R.nationalAdj]], {
    effectiveFrom: "2021-01-01",
    source: BLLD2019,
    verified: true,
  }),
  ...codeRows("blld2012", common(5), {
    effectiveFrom: "2013-05-01",
    effectiveTo: "2020-12-31",
    source: BLLD2012,
    verified: true,
  }),
  ...codeRows("blld1994", common(4, "2007-01-01"), {
    effectiveFrom: "1995-01-01",
    effectiveTo: "2013-04-30",
    source: BLLD1994,
    verified: false,
  }),
  {
    id: "nq80-culture-day",
    holiday: "culture-day",
    rule: "solar",
    month: 11,
    day: 24,
    reason: R.culture,
    effectiveFrom: "2026-01-01",
    source:
      "NQ 80-NQ/TW (01/2026) chose 24/11 as Ngày Văn hóa Việt Nam; NQ 30/NQ-CP (02/2026) asked to amend BLLĐ Điều 112 [unverified, press]; a public holiday-calendar project cites NQ 28/2026/QH16 (in force 2026-07-01) and CV 10065/VPCP-KGVX (02/10/2026) giving 24/11/2026 off — not confirmed here",
    verified: false,
    optIn: true,
  },
]);

/**
 * Chế độ nghỉ hằng tuần: weekly rest days of state agencies as versioned data (ISO weekdays,
 * 6 = Saturday, 7 = Sunday). Two-day weekend from 1999-10-02 per QĐ 188/1999/QĐ-TTg [unverified];
 * Sunday only before that [unverified].
 *
 * @example
 * WEEKLY_REST_RULES.at(-1)?.restDays; // [6, 7]
 */
export const WEEKLY_REST_RULES: readonly {
  /** First day the row applies. */
  effectiveFrom: string;
  /** Last day the row applies. */
  effectiveTo?: string;
  /** ISO weekdays of rest (6 = Saturday, 7 = Sunday). */
  restDays: readonly number[];
  /** Source. */
  source: string;
  /** Whether the source was read. */
  verified: boolean;
}[] = deepFreeze([
  {
    effectiveFrom: "1900-01-01",
    effectiveTo: "1999-10-01",
    restDays: [7],
    source: "six-day week before QĐ 188/1999/QĐ-TTg [unverified]",
    verified: false,
  },
  {
    effectiveFrom: "1999-10-02",
    restDays: [6, 7],
    source: "QĐ 188/1999/QĐ-TTg (40-hour week for state agencies) [unverified]",
    verified: false,
  },
]);

/**
 * Một ngày trong bảng năm: a dated row of a yearly table (a day off or a make-up working day).
 *
 * @example
 * const d: DayEntryInput = { date: "2026-08-31", reason: { vi: "Hoán đổi", en: "Swap" } };
 */
export interface DayEntryInput {
  /** The date `YYYY-MM-DD`. */
  date: string;
  /** Why (vi + en). */
  reason: LocalizedText;
  /** Kind of a day off (default `custom` in user tables, ignored for make-up days). */
  kind?: HolidayKind;
}

/**
 * Văn bản quyết định lịch nghỉ: the instrument behind a yearly table — the Government Office's letter
 * conveying the Prime Minister's decision (công văn …/VPCP-KGVX) or the ministry's notice
 * (thông báo …/TB-LĐTBXH, from 2025 …/TB-BNV). `number` and `date` are null when the sources read
 * name the instrument without them.
 *
 * @example
 * const i: HolidayInstrument = {
 *   number: "12729/VPCP-KGVX", date: "2025-12-25", issuer: "Văn phòng Chính phủ",
 *   sets: "Fri 02/01/2026 off, Sat 10/01/2026 worked", source: "press", verified: false,
 * };
 */
export interface HolidayInstrument {
  /** Number and symbol (số, ký hiệu), e.g. `"3238/TB-LĐTBXH"`; null when not found. */
  number: string | null;
  /** Issue date `YYYY-MM-DD`; null when not found. */
  date: string | null;
  /** Issuing body. */
  issuer: string;
  /** What the instrument sets (in English). */
  sets: string;
  /** Where the facts were read. */
  source: string;
  /** True only when the instrument's own text was read. */
  verified: boolean;
}

/**
 * Bảng ngày nghỉ của một năm: the yearly decision of the Government (or a user's own table, e.g. a
 * province's) for one year. Fields that are choices replace the computed default (`tet`,
 * `nationalDayAdjacent`, `compensatory`); lists are added (`daysOff`, `makeUpWorkingDays`).
 * When several tables give the same year (built-in then user, in order), later choices replace earlier
 * ones and lists are concatenated. The fixed statutory days (01/01, 30/4, 1/5, 2/9, Giỗ Tổ) always
 * come from {@link STATUTORY_HOLIDAY_RULES}. A day in `daysOff` / `makeUpWorkingDays` may lie in the
 * neighbouring year (the 2019 New Year swap gave Monday 31/12/2018 off); it is listed under `year`.
 *
 * @example
 * const province: YearOverride = {
 *   year: 2026, source: "QĐ …/QĐ-UBND", verified: true,
 *   daysOff: [{ date: "2026-10-20", reason: { vi: "Ngày nghỉ của tỉnh", en: "Provincial day off" } }],
 * };
 */
export interface YearOverride {
  /** The Gregorian year the table is for. */
  year: number;
  /** The decision or official letter (number, date) this table transcribes. */
  source: string;
  /** True only when the official text itself was read. */
  verified: boolean;
  /** The instruments, one row each (built-in tables always carry them). */
  instruments?: readonly HolidayInstrument[];
  /** The Tết days chosen that year (they may include weekly rest days; compensatory days follow). */
  tet?: readonly string[];
  /** The day adjacent to 2/9 chosen that year (01/9 or 03/9); ignored before 2021 (BLLĐ 2012). */
  nationalDayAdjacent?: string;
  /** Compensatory days, when the decision differs from the Điều 111(3) computation (replaces it). */
  compensatory?: readonly string[];
  /** Other days off (government swaps, custom days). */
  daysOff?: readonly DayEntryInput[];
  /** Weekly rest days worked instead (ngày làm bù). */
  makeUpWorkingDays?: readonly DayEntryInput[];
}

const swap = (vi: string, en: string): LocalizedText => ({ vi, en });

const MOLISA = "Bộ Lao động - Thương binh và Xã hội";
const VPCP = "Văn phòng Chính phủ";
const MOHA = "Bộ Nội vụ";

const inst = (
  number: string | null,
  date: string | null,
  issuer: string,
  sets: string,
  source: string,
): HolidayInstrument => ({ number, date, issuer, sets, source: `${source} [secondary]`, verified: false });

/** The `source` line of a built-in year: its instruments, as numbers and dates. */
function sourceLine(list: readonly HolidayInstrument[]): string {
  return `${list
    .map((i) => `${i.number ?? `${i.issuer} (number not found)`}${i.date ? ` (${i.date})` : ""}: ${i.sets}`)
    .join("; ")} [secondary]`;
}

function year(
  y: number,
  instruments: readonly HolidayInstrument[],
  rest: Omit<YearOverride, "year" | "source" | "verified" | "instruments">,
): YearOverride {
  return { year: y, source: sourceLine(instruments), verified: false, instruments, ...rest };
}

const tetDays = (first: string): string[] => {
  const [y, m, d] = first.split("-").map(Number) as [number, number, number];
  return [0, 1, 2, 3, 4].map((i) => new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10));
};

const I2019 = inst(
  "3238/TB-LĐTBXH",
  "2018-08-06",
  MOLISA,
  "2019: Mon 31/12/2018–Tue 01/01/2019 off, Sat 05/01/2019 worked; Tết 04–08/02/2019; Mon 29/04 off, Sat 04/05/2019 worked",
  "thuvienphapluat.vn (06/08/2018), baodautu.vn, baonghean.vn",
);

/**
 * Quyết định nghỉ lễ hằng năm: the built-in yearly tables for civil servants (công chức, viên chức)
 * 2018–2026 — every year's Tết days, 2/9 adjacent day (from 2021), government swaps and make-up
 * Saturdays, each year with its instruments ({@link HolidayInstrument}). BLLĐ 2012 applies to
 * 2018–2020, BLLĐ 2019 from 2021. Every entry is `verified: false`: the facts come from press reports
 * and official portals quoting the instruments, not from the instruments themselves (see
 * docs/calendar.md). Deep-frozen.
 *
 * @example
 * YEARLY_DECISIONS.map((y) => y.year); // [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * YEARLY_DECISIONS.find((y) => y.year === 2021)?.tet?.[0]; // "2021-02-10"
 */
export const YEARLY_DECISIONS: readonly YearOverride[] = deepFreeze([
  year(
    2018,
    [
      inst(
        "5427/TB-LĐTBXH",
        "2017-12-22",
        MOLISA,
        "Tết 14–20/02/2018 (5 days + 19–20/02 compensatory); Quốc khánh 01–03/09/2018 (03/09 compensatory)",
        "mattran.org.vn, evn.com.vn (22/12/2017)",
      ),
      I2019,
    ],
    {
      tet: tetDays("2018-02-14"),
      daysOff: [
        {
          date: "2018-12-31",
          kind: "government-swap",
          reason: swap(
            "Hoán đổi ngày làm việc dịp Tết Dương lịch 2019",
            "Working day swapped for New Year 2019",
          ),
        },
      ],
    },
  ),
  year(2019, [I2019], {
    tet: tetDays("2019-02-04"),
    daysOff: [
      {
        date: "2019-04-29",
        kind: "government-swap",
        reason: swap("Hoán đổi ngày làm việc dịp 30/4–1/5", "Working day swapped for the 30/4–1/5 break"),
      },
    ],
    makeUpWorkingDays: [
      {
        date: "2019-01-05",
        reason: swap("Làm bù cho ngày 31/12/2018", "Make-up working day for 31/12/2018"),
      },
      { date: "2019-05-04", reason: swap("Làm bù cho ngày 29/4/2019", "Make-up working day for 29/4/2019") },
    ],
  }),
  year(
    2020,
    [
      inst(
        null,
        "2019-10-08",
        VPCP,
        "Tết 23–29/01/2020 (5 days + 28–29/01 compensatory); no swap",
        "bacninhtv.vn (08/10/2019, after VietNamNet), baovephapluat.vn, socongthuong.daklak.gov.vn",
      ),
    ],
    { tet: tetDays("2020-01-23") },
  ),
  year(
    2021,
    [
      inst(
        "4875/TB-LĐTBXH",
        null,
        MOLISA,
        "Tết 10–16/02/2021 (5 days + 15–16/02 compensatory); Quốc khánh 02–03/09/2021",
        "hanoimoi.vn (dates); the number as cited by a public holiday-calendar project",
      ),
    ],
    { tet: tetDays("2021-02-10"), nationalDayAdjacent: "2021-09-03" },
  ),
  year(
    2022,
    [
      inst(
        "245/VPCP-KGVX",
        "2022-01-11",
        VPCP,
        "Tết 31/01–04/02/2022 plus the two weekends",
        "kinhtemoitruong.vn (12/01/2022)",
      ),
      inst(
        "119/TB-LĐTBXH",
        null,
        MOLISA,
        "Tết 31/01–04/02/2022; Quốc khánh 01–02/09/2022",
        "as cited by a public holiday-calendar project; company schedules",
      ),
    ],
    { tet: tetDays("2022-01-31"), nationalDayAdjacent: "2022-09-01" },
  ),
  year(
    2023,
    [
      inst(
        "8056/VPCP-KGVX",
        "2022-12-01",
        VPCP,
        "Tết 20–26/01/2023 (5 days + 25–26/01 compensatory); Quốc khánh 01–04/09/2023 (01/09 adjacent, 04/09 compensatory)",
        "pld.net.vn, press",
      ),
      inst(
        "5034/TB-LĐTBXH",
        null,
        MOLISA,
        "the same schedule, notified to agencies",
        "as cited by a public holiday-calendar project",
      ),
    ],
    { tet: tetDays("2023-01-20"), nationalDayAdjacent: "2023-09-01" },
  ),
  year(
    2024,
    [
      inst(
        "5015/TB-LĐTBXH",
        "2023-11-22",
        MOLISA,
        "Tết 08–14/02/2024 (5 days + 13–14/02 compensatory); Quốc khánh 31/08–03/09/2024 (03/09 adjacent)",
        "press",
      ),
      inst(
        "2450/VPCP-KGVX",
        "2024-04-12",
        VPCP,
        "Mon 29/04/2024 off, Sat 04/05/2024 worked (notified by TB 1570/TB-LĐTBXH)",
        "press",
      ),
    ],
    {
      tet: tetDays("2024-02-08"),
      nationalDayAdjacent: "2024-09-03",
      daysOff: [
        {
          date: "2024-04-29",
          kind: "government-swap",
          reason: swap("Hoán đổi ngày làm việc dịp 30/4–1/5", "Working day swapped for the 30/4–1/5 break"),
        },
      ],
      makeUpWorkingDays: [
        {
          date: "2024-05-04",
          reason: swap("Làm bù cho ngày 29/4/2024", "Make-up working day for 29/4/2024"),
        },
      ],
    },
  ),
  year(
    2025,
    [
      inst(
        "8726/VPCP-KGVX",
        "2024-11-26",
        VPCP,
        "Tết 25/01–02/02/2025 (27–31/01 off); Fri 02/05 off, Sat 26/04 worked; Quốc khánh 30/08–02/09/2025 (01/09 adjacent)",
        "pld.net.vn, press",
      ),
      inst("6150/TB-LĐTBXH", null, MOLISA, "the same schedule, notified to agencies", "press"),
    ],
    {
      tet: tetDays("2025-01-27"),
      nationalDayAdjacent: "2025-09-01",
      daysOff: [
        {
          date: "2025-05-02",
          kind: "government-swap",
          reason: swap("Hoán đổi ngày làm việc dịp 30/4–1/5", "Working day swapped for the 30/4–1/5 break"),
        },
      ],
      makeUpWorkingDays: [
        { date: "2025-04-26", reason: swap("Làm bù cho ngày 02/5/2025", "Make-up working day for 2/5/2025") },
      ],
    },
  ),
  year(
    2026,
    [
      inst(
        "12729/VPCP-KGVX",
        "2025-12-25",
        VPCP,
        "Fri 02/01/2026 off, Sat 10/01/2026 worked",
        "press, official portals",
      ),
      inst(
        "9441/TB-BNV",
        null,
        MOHA,
        "Tết 14–22/02/2026 (16–20/02 off); Quốc khánh 29/08–02/09/2026 (01/09 adjacent; Mon 31/08 off, Sat 22/08 worked)",
        "press; the number as cited by a public holiday-calendar project",
      ),
    ],
    {
      tet: tetDays("2026-02-16"),
      nationalDayAdjacent: "2026-09-01",
      daysOff: [
        {
          date: "2026-01-02",
          kind: "government-swap",
          reason: swap(
            "Hoán đổi ngày làm việc dịp Tết Dương lịch",
            "Working day swapped for the New Year break",
          ),
        },
        {
          date: "2026-08-31",
          kind: "government-swap",
          reason: swap(
            "Hoán đổi ngày làm việc dịp Quốc khánh",
            "Working day swapped for the National Day break",
          ),
        },
      ],
      makeUpWorkingDays: [
        {
          date: "2026-01-10",
          reason: swap("Làm bù cho ngày 02/01/2026", "Make-up working day for 2/1/2026"),
        },
        {
          date: "2026-08-22",
          reason: swap("Làm bù cho ngày 31/8/2026", "Make-up working day for 31/8/2026"),
        },
      ],
    },
  ),
]);

/**
 * Các năm có quyết định: the first and last year of {@link YEARLY_DECISIONS}. Between them every year
 * rests on a decision; outside them a year rests on the statutory defaults alone (flagged
 * `verified: false` in each computed row and `basis: "defaults"` from a working calendar's `yearBasis`).
 *
 * @example
 * DECISION_YEARS; // { from: 2018, to: 2026 }
 */
export const DECISION_YEARS: { readonly from: number; readonly to: number } = deepFreeze({
  from: 2018,
  to: 2026,
});
