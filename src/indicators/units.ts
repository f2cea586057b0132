/**
 * Appendix 6.2 (financial autonomy of public service units) counted from the units' finances.
 * @module
 */
import type { PublicServiceUnit } from "../model/finance.js";
import { InvalidDecimalError, sumDecimals } from "../numbers/decimal.js";
import {
  type ClassifiedUnit,
  classifyPublicServiceUnit,
  countUnitGroups,
  selfFinancingRatio,
} from "../numbers/public-units.js";
import type { RecordIndicators, RecordIssue } from "./records-types.js";

/**
 * Thống kê ĐVSNCL theo mức tự chủ (6.2.1–6.2.5): each unit's self-financing ratio A / B × 100
 * (NĐ 60/2021/NĐ-CP Điều 10) classified into group 1–4 and the bands of group 3 (Điều 9; regime by
 * `at`: NĐ 16/2015 before 2021-08-15, where exactly 10% was group 4) with the numbers area's classifier,
 * then counted. A unit whose ratio is undefined (no recurrent spending) is left out and reported, so that
 * 6.2.1 = 6.2.2 + … + 6.2.5 holds. 6.2.6 (units converted to companies) is not derivable and not written.
 * @example
 * unitIndicators([
 *   { id: "a", name: "A", revenue: { publicServices: "250", feesRetained: "0", assetRental: "0", stateOrders: "0", businessSurplus: "0", other: "0" }, recurrentSpending: "1000", selfFinancesInvestment: false },
 * ], { at: "2022-06-30" }).values["6.2.4.c"]; // "1"
 */
export function unitIndicators(
  units: Iterable<PublicServiceUnit>,
  options: { at: string },
): RecordIndicators {
  const classified: ClassifiedUnit[] = [];
  const bad: string[] = [];
  for (const u of units ?? []) {
    if (!u || typeof u !== "object") {
      bad.push("?");
      continue;
    }
    const rev = u.revenue ?? {};
    const ratio = selfFinancingRatio({
      revenue: {
        publicServices: rev.publicServices ?? "0",
        feesRetained: rev.feesRetained ?? "0",
        assetRental: rev.assetRental ?? "0",
        stateOrders: rev.stateOrders ?? "0",
        other: addSurplus(rev.other, rev.businessSurplus),
      },
      recurrentSpending: u.recurrentSpending,
    });
    if (!ratio.ok) {
      bad.push(u.id);
      continue;
    }
    const c = classifyPublicServiceUnit({
      ratioPercent: ratio.percent,
      selfFinancesInvestment: u.selfFinancesInvestment === true,
      // only an explicit false means "no service revenue" (the classifier's default is true)
      hasServiceRevenue: u.hasServiceRevenue !== false,
      date: options.at,
    });
    if (!c.ok) {
      bad.push(u.id);
      continue;
    }
    classified.push(c);
  }
  const counts = countUnitGroups(classified);
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(counts)) values[k] = String(v);
  const issues: RecordIssue[] = bad.length
    ? [
        {
          code: "unclassifiable-unit",
          ids: bad,
          message: {
            vi: `${bad.length} ĐVSNCL không tính được mức tự bảo đảm chi thường xuyên: không tính vào 6.2`,
            en: `${bad.length} public service unit(s) without a computable self-financing ratio: left out of 6.2`,
          },
        },
      ]
    : [];
  return { values, issues, inferences: [] };
}

function addSurplus(other: string | undefined, surplus: string | undefined): string {
  try {
    return sumDecimals([other ?? "0", surplus ?? "0"]);
  } catch (e) {
    if (!(e instanceof InvalidDecimalError)) throw e;
    return "invalid";
  }
}
