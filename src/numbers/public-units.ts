/**
 * Đơn vị sự nghiệp công lập (ĐVSNCL): the self-financing ratio of recurrent spending and the four
 * financial-autonomy groups, read from a versioned regulation table.
 * @module
 */
import { canonical, compareDecimal, sumDecimals } from "./decimal.js";
import { numberError, rate } from "./rate.js";
import type { DecimalInput, NumberError } from "./types.js";

/**
 * Nhóm tự chủ tài chính: `"1"` self-finances recurrent and investment spending; `"2"` self-finances
 * recurrent spending; `"3"` partly self-finances recurrent spending; `"4"` recurrent spending ensured by
 * the State.
 * @example
 * const g: UnitGroup = "3";
 */
export type UnitGroup = "1" | "2" | "3" | "4";

/**
 * Mức tự bảo đảm của nhóm 3: the band of a group-3 unit's self-financing ratio (percent).
 * @example
 * const b: UnitBand = "10-30";
 */
export type UnitBand = "70-100" | "30-70" | "10-30";

/**
 * Chế độ phân loại: which regulation classified the unit.
 * `"nd111-2025"` = NĐ 60/2021 as amended by NĐ 111/2025/NĐ-CP (from 2025-07-07); `"nd60-2021"` =
 * NĐ 60/2021/NĐ-CP (2021-08-15 … 2025-07-06); `"nd16-2015"` = NĐ 16/2015/NĐ-CP with TT 145/2017/TT-BTC.
 * @example
 * const r: UnitRegimeId = "nd60-2021";
 */
export type UnitRegimeId = "nd111-2025" | "nd60-2021" | "nd16-2015";

/**
 * Ngưỡng: a bound on the ratio (percent, exact decimal string).
 * @example
 * const b: RatioBound = { value: "10", inclusive: true };
 */
export interface RatioBound {
  /** Percent, exact decimal string. */
  value: string;
  /** Whether the bound itself belongs to the range. */
  inclusive: boolean;
}

/**
 * Quy tắc phân nhóm: one row of a regime's table — the ratio range (and investment condition) of a group.
 * @example
 * const r: UnitGroupRule = { group: "2", min: { value: "100", inclusive: true }, verified: true };
 */
export interface UnitGroupRule {
  /** Nhóm: the autonomy group. */
  group: UnitGroup;
  /** Band within group 3. */
  band?: UnitBand;
  /** Lower bound (absent = none). */
  min?: RatioBound;
  /** Upper bound (absent = none). */
  max?: RatioBound;
  /** The unit must also self-finance investment spending (group 1). */
  requiresInvestment?: boolean;
  /** False when the row is believed but not confirmed from the legal text ([unverified]). */
  verified: boolean;
}

/**
 * Chế độ phân nhóm ĐVSNCL: a regulation version — its effective dates, source and rows (first match wins;
 * a unit without service revenue is group 4 in every regime).
 * @example
 * PUBLIC_UNIT_GROUP_REGIMES[1]?.id; // "nd60-2021"
 */
export interface UnitGroupRegime {
  /** Stable id of the regime. */
  id: UnitRegimeId;
  /** First day in force (ISO date). */
  effectiveFrom: string;
  /** Last day in force (ISO date), absent while in force. */
  effectiveTo?: string;
  /** Legal source. */
  source: string;
  /** False when any part of the regime is [unverified]. */
  verified: boolean;
  /** Rows, in evaluation order. */
  rules: readonly UnitGroupRule[];
}

/** Freezes a table and everything in it (a regulation table is shared by every caller). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

const incl = (value: string): RatioBound => ({ value, inclusive: true });
const excl = (value: string): RatioBound => ({ value, inclusive: false });

/**
 * Bảng chế độ phân nhóm ĐVSNCL: the versioned data table the classifier reads, newest first; deep-frozen.
 * - NĐ 111/2025/NĐ-CP (22/05/2025, in force 2025-07-07) amends NĐ 60/2021 [secondary: metadata only].
 *   Whether it changes the Điều 9 thresholds was not established: the rows are NĐ 60/2021's, carried
 *   over and marked `verified: false` until the amending text is read (docs/regulations.md).
 * - NĐ 60/2021/NĐ-CP Điều 9 (2021-08-15 … 2025-07-06) [law per docs/regulations.md]: group 1 ≥ 100% and
 *   self-finances investment; group 2 ≥ 100%; group 3 10% ≤ x < 100% in bands [70,100), [30,70),
 *   [10,30); group 4 < 10% or no service revenue.
 * - NĐ 16/2015/NĐ-CP, TT 145/2017/TT-BTC (before 2021-08-15): exactly 10% was group 4, so group 3 needed
 *   more than 10% (docs/regulations.md). Its effective date (2015-04-06) and the other rows (group 1/2 at
 *   ≥ 100%, the 70/30 band limits) mirror the new regime and are [unverified].
 * @example
 * PUBLIC_UNIT_GROUP_REGIMES.map((r) => r.id); // ["nd111-2025", "nd60-2021", "nd16-2015"]
 */
export const PUBLIC_UNIT_GROUP_REGIMES: readonly UnitGroupRegime[] = deepFreeze([
  {
    id: "nd111-2025",
    effectiveFrom: "2025-07-07",
    source:
      "NĐ 60/2021/NĐ-CP Điều 9 as amended by NĐ 111/2025/NĐ-CP (22/05/2025, in force 07/07/2025) [unverified: thresholds carried over from NĐ 60/2021; the amending text was not read]",
    verified: false,
    rules: [
      { group: "1", min: incl("100"), requiresInvestment: true, verified: false },
      { group: "2", min: incl("100"), verified: false },
      { group: "3", band: "70-100", min: incl("70"), max: excl("100"), verified: false },
      { group: "3", band: "30-70", min: incl("30"), max: excl("70"), verified: false },
      { group: "3", band: "10-30", min: incl("10"), max: excl("30"), verified: false },
      { group: "4", max: excl("10"), verified: false },
    ],
  },
  {
    id: "nd60-2021",
    effectiveFrom: "2021-08-15",
    effectiveTo: "2025-07-06",
    source: "NĐ 60/2021/NĐ-CP, Điều 9 (phân loại), Điều 10 (mức tự bảo đảm chi thường xuyên)",
    verified: true,
    rules: [
      { group: "1", min: incl("100"), requiresInvestment: true, verified: true },
      { group: "2", min: incl("100"), verified: true },
      { group: "3", band: "70-100", min: incl("70"), max: excl("100"), verified: true },
      { group: "3", band: "30-70", min: incl("30"), max: excl("70"), verified: true },
      { group: "3", band: "10-30", min: incl("10"), max: excl("30"), verified: true },
      { group: "4", max: excl("10"), verified: true },
    ],
  },
  {
    id: "nd16-2015",
    effectiveFrom: "2015-04-06",
    effectiveTo: "2021-08-14",
    source:
      "NĐ 16/2015/NĐ-CP; TT 145/2017/TT-BTC [unverified: effective date, rows other than the 10% boundary]",
    verified: false,
    rules: [
      { group: "1", min: incl("100"), requiresInvestment: true, verified: false },
      { group: "2", min: incl("100"), verified: false },
      { group: "3", band: "70-100", min: incl("70"), max: excl("100"), verified: false },
      { group: "3", band: "30-70", min: incl("30"), max: excl("70"), verified: false },
      { group: "3", band: "10-30", min: excl("10"), max: excl("30"), verified: true },
      { group: "4", max: incl("10"), verified: true },
    ],
  },
]);

/**
 * Nguồn thu (A) chi tiết: the parts of revenue A of NĐ 60/2021 Điều 10 (each optional, summed exactly).
 * @example
 * const a: RevenueBreakdown = { publicServices: "1200", feesRetained: "300" };
 */
export interface RevenueBreakdown {
  /** Thu từ hoạt động dịch vụ sự nghiệp công. */
  publicServices?: DecimalInput;
  /** Phí được để lại chi. */
  feesRetained?: DecimalInput;
  /** Thu từ cho thuê tài sản. */
  assetRental?: DecimalInput;
  /** Thu khác (surplus of business and joint-venture activity). */
  other?: DecimalInput;
  /** Kinh phí Nhà nước đặt hàng, giao nhiệm vụ (state orders). */
  stateOrders?: DecimalInput;
}

/**
 * Đầu vào mức tự bảo đảm chi thường xuyên: A (revenue, a total or a breakdown) and B (recurrent spending).
 * @example
 * const i: SelfFinancingInput = { revenue: "250", recurrentSpending: "1000" };
 */
export interface SelfFinancingInput {
  /** A: revenue (total or {@link RevenueBreakdown}). */
  revenue: DecimalInput | RevenueBreakdown;
  /** B: recurrent spending. */
  recurrentSpending: DecimalInput;
}

/**
 * Kết quả mức tự bảo đảm chi thường xuyên.
 * @example
 * selfFinancingRatio({ revenue: 250, recurrentSpending: 1000 }); // { ok: true, percent: "25", rounded: "25.00", … }
 */
export type SelfFinancingResult =
  | {
      /** Discriminant: true on success, false on failure. */
      ok: true;
      /** A / B × 100, exact (truncated to 20 decimals when longer; see `repeating`, `exactTruncated`). */
      percent: string;
      /** The percent rounded half-up to 2 decimals. */
      rounded: string;
      /** True when the decimal expansion never ends. */
      repeating: boolean;
      /** True when `percent` lost digits. */
      exactTruncated: boolean;
      /** A (summed when a breakdown was given). */
      revenue: string;
      /** B. */
      recurrentSpending: string;
    }
  | {
      /** Failure. */
      ok: false;
      /** `"zero-spending"` (B = 0: undefined), `"invalid-input"` or `"negative"`. */
      reason: "zero-spending" | "invalid-input" | "negative";
      /** The same with a bilingual message. */
      error: NumberError;
    };

/**
 * Mức tự bảo đảm chi thường xuyên (%): A / B × 100 (NĐ 60/2021/NĐ-CP Điều 10): A = revenue from
 * public services, retained fees, asset rental, other income and state orders; B = recurrent spending.
 * B = 0 gives a typed `zero-spending` failure (the ratio is undefined). Never throws.
 * @example
 * selfFinancingRatio({ revenue: { publicServices: 200, feesRetained: 50 }, recurrentSpending: 1000 }).ok; // true (percent "25")
 */
export function selfFinancingRatio(input: SelfFinancingInput): SelfFinancingResult {
  const bad = (reason: "zero-spending" | "invalid-input" | "negative", vi: string, en: string) =>
    ({
      ok: false,
      reason,
      error: numberError(reason === "zero-spending" ? "zero-denominator" : reason, vi, en),
    }) as const;
  try {
    let a: string | null;
    if (typeof input.revenue === "object" && input.revenue !== null) {
      const r = input.revenue;
      const parts = [r.publicServices, r.feesRetained, r.assetRental, r.other, r.stateOrders];
      const present = parts.filter((p): p is DecimalInput => p !== undefined);
      a = present.every((p) => canonical(p) !== null) ? sumDecimals(present) : null;
    } else a = canonical(input.revenue);
    const b = canonical(input.recurrentSpending);
    if (a === null || b === null) return bad("invalid-input", "A hoặc B không hợp lệ", "invalid A or B");
    const r = rate(a, b, { decimals: 2 });
    if (!r.ok) {
      if (r.reason === "zero-denominator") {
        return bad("zero-spending", "chi thường xuyên (B) bằng 0", "recurrent spending (B) is zero");
      }
      return bad(r.reason, r.error.message.vi, r.error.message.en);
    }
    return {
      ok: true,
      percent: r.exact,
      rounded: r.value,
      repeating: r.repeating,
      exactTruncated: r.exactTruncated,
      revenue: a,
      recurrentSpending: b,
    };
  } catch {
    return bad("invalid-input", "A hoặc B không hợp lệ", "invalid A or B");
  }
}

/**
 * Đầu vào phân nhóm ĐVSNCL.
 * @example
 * const i: ClassifyUnitInput = { ratioPercent: "25", selfFinancesInvestment: false, date: "2022-06-30" };
 */
export interface ClassifyUnitInput {
  /** Self-financing ratio of recurrent spending, percent (exact decimal string or number). */
  ratioPercent: DecimalInput;
  /** Whether the unit also self-finances investment spending (needed for group 1). */
  selfFinancesInvestment: boolean;
  /** False when the unit has no revenue from public services: group 4 (default true). */
  hasServiceRevenue?: boolean;
  /** ISO date (`YYYY-MM-DD`) that decides the regime; default: the newest regime. */
  date?: string;
}

/**
 * Kết quả phân nhóm ĐVSNCL.
 * @example
 * classifyPublicServiceUnit({ ratioPercent: 25, selfFinancesInvestment: false, date: "2022-06-30" });
 * // { ok: true, group: "3", band: "10-30", regime: "nd60-2021", source: "NĐ 60/2021/NĐ-CP, …", verified: true }
 */
export type ClassifyUnitResult =
  | {
      /** Discriminant: true on success, false on failure. */
      ok: true;
      /** Nhóm: the autonomy group. */
      group: UnitGroup;
      /** Band, for group 3 only. */
      band?: UnitBand;
      /** The regime that classified the unit. */
      regime: UnitRegimeId;
      /** Legal source of the regime. */
      source: string;
      /** False when the deciding row is [unverified]. */
      verified: boolean;
    }
  | {
      /** Failure. */
      ok: false;
      /** `"invalid-input"` (bad ratio) or `"no-regime"` (no regulation in force on `date`). */
      error: NumberError;
    };

function inRange(x: string, r: UnitGroupRule): boolean {
  if (r.min) {
    const c = compareDecimal(x, r.min.value);
    if (c < 0 || (c === 0 && !r.min.inclusive)) return false;
  }
  if (r.max) {
    const c = compareDecimal(x, r.max.value);
    if (c > 0 || (c === 0 && !r.max.inclusive)) return false;
  }
  return true;
}

/**
 * Chế độ áp dụng tại một ngày: the regime in force on an ISO date (default: newest), or undefined.
 * @example
 * regimeOn("2021-08-14")?.id; // "nd16-2015"
 */
export function regimeOn(date?: string): UnitGroupRegime | undefined {
  if (date === undefined) return PUBLIC_UNIT_GROUP_REGIMES[0];
  if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return PUBLIC_UNIT_GROUP_REGIMES.find(
    (r) => r.effectiveFrom <= date && (r.effectiveTo === undefined || date <= r.effectiveTo),
  );
}

/**
 * Phân nhóm ĐVSNCL theo mức tự chủ tài chính: classifies a public service unit by its self-financing
 * ratio, with exact decimal comparison (`"69.999999999999999999"` is band 30-70), using the regime in
 * force on `date` from {@link PUBLIC_UNIT_GROUP_REGIMES} (NĐ 60/2021/NĐ-CP Điều 9 from 2021-08-15;
 * NĐ 16/2015/NĐ-CP before, partly [unverified]). Never throws.
 * @example
 * classifyPublicServiceUnit({ ratioPercent: "100", selfFinancesInvestment: false }); // { ok: true, group: "2", … }
 * classifyPublicServiceUnit({ ratioPercent: "10", selfFinancesInvestment: false, date: "2021-08-14" }); // { ok: true, group: "4", … }
 */
export function classifyPublicServiceUnit(input: ClassifyUnitInput): ClassifyUnitResult {
  try {
    const x = canonical(input.ratioPercent);
    if (x === null || x.startsWith("-")) {
      return { ok: false, error: numberError("invalid-input", "tỷ lệ không hợp lệ", "invalid ratio") };
    }
    const regime = regimeOn(input.date);
    if (regime === undefined) {
      return {
        ok: false,
        error: numberError(
          "no-regime",
          "không có quy định áp dụng cho ngày này",
          "no regulation in force on that date",
        ),
      };
    }
    const rules =
      input.hasServiceRevenue === false
        ? regime.rules.filter((r) => r.group === "4")
        : regime.rules.filter((r) => !r.requiresInvestment || input.selfFinancesInvestment === true);
    const hit = input.hasServiceRevenue === false ? rules[0] : rules.find((r) => inRange(x, r));
    if (hit === undefined) {
      return { ok: false, error: numberError("invalid-input", "tỷ lệ không hợp lệ", "invalid ratio") };
    }
    const out: ClassifyUnitResult = {
      ok: true,
      group: hit.group,
      regime: regime.id,
      source: regime.source,
      verified: hit.verified,
    };
    if (hit.band !== undefined) out.band = hit.band;
    return out;
  } catch {
    return { ok: false, error: numberError("invalid-input", "đầu vào không hợp lệ", "invalid input") };
  }
}

/**
 * Số ĐVSNCL theo nhóm (phụ lục mục 6.2): counts keyed by the appendix row ids — 6.2.1 total, 6.2.2
 * group 1, 6.2.3 group 2, 6.2.4 group 3 (6.2.4.a 70–<100%, 6.2.4.b 30–<70%, 6.2.4.c 10–<30%), 6.2.5 group 4.
 * @example
 * countUnitGroups([{ group: "3", band: "10-30" }, { group: "2" }])["6.2.4.c"]; // 1
 */
export interface UnitGroupCounts {
  /** 6.2.1 — Tổng số ĐVSNCL (total units). */
  "6.2.1": number;
  /** 6.2.2 — group 1: self-finance recurrent and investment spending. */
  "6.2.2": number;
  /** 6.2.3 — group 2: self-finance recurrent spending. */
  "6.2.3": number;
  /** 6.2.4 — group 3: partly self-finance recurrent spending. */
  "6.2.4": number;
  /** 6.2.4 band 70% to under 100%. */
  "6.2.4.a": number;
  /** 6.2.4 band 30% to under 70%. */
  "6.2.4.b": number;
  /** 6.2.4 band 10% to under 30%. */
  "6.2.4.c": number;
  /** 6.2.5 — group 4: recurrent spending ensured by the State. */
  "6.2.5": number;
}

/**
 * Một đơn vị đã phân nhóm: the part of a classification {@link countUnitGroups} reads.
 * @example
 * const u: ClassifiedUnit = { group: "3", band: "10-30" };
 */
export interface ClassifiedUnit {
  /** Nhóm: the autonomy group. */
  group: UnitGroup;
  /** Band within group 3 (absent for other groups). */
  band?: UnitBand;
}

const BAND_ROW: Record<UnitBand, "6.2.4.a" | "6.2.4.b" | "6.2.4.c"> = {
  "70-100": "6.2.4.a",
  "30-70": "6.2.4.b",
  "10-30": "6.2.4.c",
};
const GROUP_ROW: Record<UnitGroup, "6.2.2" | "6.2.3" | "6.2.4" | "6.2.5"> = {
  "1": "6.2.2",
  "2": "6.2.3",
  "3": "6.2.4",
  "4": "6.2.5",
};

/**
 * Đếm ĐVSNCL theo nhóm: the counts of appendix 6.2 from classified units (units of an unknown group are
 * counted in 6.2.1 only). The real report (Khánh Hòa SKHCN, H1 2022): a centre at 25% and a centre at
 * 100% without investment → 6.2.1 = 2, 6.2.3 = 1, 6.2.4 = 1, 6.2.4.c = 1.
 * @example
 * countUnitGroups([{ group: "3", band: "10-30" }, { group: "2" }]);
 * // { "6.2.1": 2, "6.2.2": 0, "6.2.3": 1, "6.2.4": 1, "6.2.4.a": 0, "6.2.4.b": 0, "6.2.4.c": 1, "6.2.5": 0 }
 */
export function countUnitGroups(units: readonly ClassifiedUnit[]): UnitGroupCounts {
  const c: UnitGroupCounts = {
    "6.2.1": 0,
    "6.2.2": 0,
    "6.2.3": 0,
    "6.2.4": 0,
    "6.2.4.a": 0,
    "6.2.4.b": 0,
    "6.2.4.c": 0,
    "6.2.5": 0,
  };
  if (!Array.isArray(units)) return c;
  for (const u of units) {
    c["6.2.1"]++;
    const group: unknown = u?.group;
    if (typeof group !== "string" || !Object.hasOwn(GROUP_ROW, group)) continue;
    c[GROUP_ROW[group as UnitGroup]]++;
    const band: unknown = u.band;
    if (group === "3" && typeof band === "string" && Object.hasOwn(BAND_ROW, band)) {
      c[BAND_ROW[band as UnitBand]]++;
    }
  }
  return c;
}
