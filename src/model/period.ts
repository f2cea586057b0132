import { z } from "zod";
import { IsoDateSchema } from "./primitives.js";

/**
 * Loại kỳ báo cáo: month, quarter, half-year (6 tháng), nine months (9 tháng), year, or custom.
 * @example
 * PeriodKindSchema.parse("half-year");
 */
export const PeriodKindSchema = z.enum(["month", "quarter", "half-year", "nine-months", "year", "custom"]);

const INDEX_RANGE: Record<string, number> = { month: 12, quarter: 4, "half-year": 2 };

/**
 * Kỳ báo cáo: a reporting period with its own explicit window. `from`/`to` are inclusive dates; the
 * window may follow NĐ 09/2019/NĐ-CP Điều 12 cut-offs (15/12 → 14/6 for the first half-year) or the
 * calendar (01/01 → 30/06): the report says which by carrying its dates. `index` is the month (1–12),
 * quarter (1–4) or half (1–2); absent for nine months, year and custom.
 * @example
 * ReportingPeriodSchema.parse({ kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" });
 */
export const ReportingPeriodSchema = z
  .object({
    kind: PeriodKindSchema,
    year: z.number().int().min(1945).max(2200),
    index: z.number().int().min(1).max(12).optional(),
    from: IsoDateSchema,
    to: IsoDateSchema,
  })
  .superRefine((p, ctx) => {
    if (p.from > p.to) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: "period ends before it starts / kỳ báo cáo kết thúc trước khi bắt đầu",
      });
    }
    const max = INDEX_RANGE[p.kind];
    if (max !== undefined) {
      if (p.index === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["index"],
          message: `a ${p.kind} period needs an index 1–${max} / kỳ này cần số thứ tự 1–${max}`,
        });
      } else if (p.index > max) {
        ctx.addIssue({
          code: "custom",
          path: ["index"],
          message: `index must be 1–${max} for a ${p.kind} period / số thứ tự kỳ phải từ 1 đến ${max}`,
        });
      }
    } else if (p.index !== undefined && p.kind !== "custom") {
      ctx.addIssue({
        code: "custom",
        path: ["index"],
        message: `a ${p.kind} period has no index / kỳ này không có số thứ tự`,
      });
    }
    const toYear = Number(p.to.slice(0, 4));
    if (toYear !== p.year && p.kind !== "custom") {
      ctx.addIssue({
        code: "custom",
        path: ["year"],
        message: "the period's year differs from the year it ends in / năm của kỳ khác năm kết thúc kỳ",
      });
    }
  });

/** A reporting period (see {@link ReportingPeriodSchema}). */
export type ReportingPeriod = z.infer<typeof ReportingPeriodSchema>;
/** Period kind (see {@link PeriodKindSchema}). */
export type PeriodKind = z.infer<typeof PeriodKindSchema>;
