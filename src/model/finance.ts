import { z } from "zod";
import { CountSchema, DecimalStringSchema, IsoDateSchema } from "./primitives.js";

/**
 * Nguồn thu của ĐVSNCL: the revenue (A) counted by NĐ 60/2021/NĐ-CP Điều 10 [law]: public services,
 * fees kept, asset rental, other income, and state orders (đặt hàng) — for business and joint-venture
 * activities only their surplus counts. Amounts in million VND, exact decimal strings.
 * @example
 * PublicUnitRevenueSchema.parse({ publicServices: "1200", feesRetained: "300" });
 */
export const PublicUnitRevenueSchema = z.object({
  publicServices: DecimalStringSchema.default("0"),
  feesRetained: DecimalStringSchema.default("0"),
  assetRental: DecimalStringSchema.default("0"),
  stateOrders: DecimalStringSchema.default("0"),
  businessSurplus: DecimalStringSchema.default("0"),
  other: DecimalStringSchema.default("0"),
});

/**
 * Đơn vị sự nghiệp công lập (ĐVSNCL): a public service unit and the figures that give its
 * self-financing ratio A / B × 100% (revenue over recurrent spending, NĐ 60/2021/NĐ-CP Điều 10 [law]).
 * `selfFinancesInvestment` is the extra condition of group 1 (Điều 9).
 * @example
 * PublicServiceUnitSchema.parse({
 *   id: "ttud", name: "Trung tâm Thông tin và Ứng dụng KH&CN", parent: "khanh-hoa/skhcn",
 *   revenue: { publicServices: "250" }, recurrentSpending: "1000", selfFinancesInvestment: false,
 * });
 */
export const PublicServiceUnitSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(500),
  parent: z.string().max(200).optional(),
  revenue: PublicUnitRevenueSchema,
  recurrentSpending: DecimalStringSchema,
  selfFinancesInvestment: z.boolean().default(false),
  hasServiceRevenue: z.boolean().optional(),
  fiscalYear: z.number().int().min(1990).max(2200).optional(),
});

/** A public service unit (see {@link PublicServiceUnitSchema}). */
export type PublicServiceUnit = z.infer<typeof PublicServiceUnitSchema>;
/** Input accepted by {@link PublicServiceUnitSchema}. */
export type PublicServiceUnitInput = z.input<typeof PublicServiceUnitSchema>;
/** Revenue breakdown (see {@link PublicUnitRevenueSchema}). */
export type PublicUnitRevenue = z.infer<typeof PublicUnitRevenueSchema>;

/**
 * Giải ngân vốn đầu tư công: public-investment disbursement — the plan assigned and the amount
 * disbursed, in million VND (exact decimal strings). Appendix row 6.1.
 * @example
 * DisbursementSchema.parse({ planned: "20000", disbursed: "0", asOf: "2022-06-14" });
 */
export const DisbursementSchema = z.object({
  planned: DecimalStringSchema,
  disbursed: DecimalStringSchema,
  asOf: IsoDateSchema.optional(),
});

/** A disbursement record (see {@link DisbursementSchema}). */
export type Disbursement = z.infer<typeof DisbursementSchema>;

/**
 * Biên chế: staffing figures of an agency (appendix 4.2 / 4.3): quota assigned (biên chế được giao),
 * staff present, labour contracts, reductions in the period (tinh giản) and the 2015 baseline that
 * reduction rates compare with. Present staff cannot exceed the quota.
 * @example
 * StaffingSchema.parse({ quota: 33, present: 32, contracts: 0, reducedInPeriod: 0 });
 */
export const StaffingSchema = z
  .object({
    quota: CountSchema,
    present: CountSchema,
    contracts: CountSchema.default(0),
    reducedInPeriod: CountSchema.default(0),
    baseline2015: CountSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.present > s.quota) {
      ctx.addIssue({
        code: "custom",
        path: ["present"],
        message: "present staff exceed the quota / biên chế có mặt vượt biên chế được giao",
      });
    }
  });

/** Staffing figures (see {@link StaffingSchema}). */
export type Staffing = z.infer<typeof StaffingSchema>;
