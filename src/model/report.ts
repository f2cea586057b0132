import { z } from "zod";
import { ReportingPeriodSchema } from "./period.js";
import { DecimalStringSchema, IndicatorIdSchema, IsoDateSchema } from "./primitives.js";

/**
 * Số liệu một chỉ tiêu: one value of the appendix as the agency wrote it.
 * - `raw`: the value column as written (`"37,03%"`, `"54/55 TTHC"`, `"08"`); parsed by the library
 *   when `value` is absent;
 * - `value`: the value already parsed — a number, an exact decimal string, or `null` for "not reported"
 *   (blank is not 0);
 * - `unit`: the unit column as written, when it differs from the catalog's (the reference report writes
 *   `84%` there for 7.5.3);
 * - `note`: the note column (ghi chú).
 * A value with neither `raw` nor `value` is not reported.
 * @example
 * IndicatorValueSchema.parse({ raw: "37,03%" });
 * IndicatorValueSchema.parse({ value: "20000", note: "Kế hoạch được giao" });
 */
export const IndicatorValueSchema = z.object({
  raw: z.string().max(10_000).optional(),
  value: z.union([z.number().finite(), DecimalStringSchema, z.null()]).optional(),
  unit: z.string().max(200).optional(),
  note: z.string().max(20_000).optional(),
});

/** One indicator value (see {@link IndicatorValueSchema}). */
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/** The format identifier of the library's JSON report (bumped only on breaking changes). */
export const REPORT_FORMAT = "cchc.report/1";

/**
 * Báo cáo CCHC: an agency's periodic report — who, which period, as of when, the appendix values keyed
 * by indicator id (see the catalog) and, optionally, the narrative text. `catalogVersion` pins the
 * appendix template; by default the version in force at the end of the period is used.
 * @example
 * ReportSchema.parse({
 *   format: "cchc.report/1",
 *   agency: { id: "khanh-hoa/skhcn", name: "Sở Khoa học và Công nghệ tỉnh Khánh Hòa" },
 *   period: { kind: "half-year", year: 2022, index: 1, from: "2022-01-01", to: "2022-06-30" },
 *   values: { "1.2": { raw: "37,03%" }, "1.2.a": { raw: "27" }, "1.2.b": { raw: "10" } },
 * });
 */
export const ReportSchema = z.object({
  format: z.literal(REPORT_FORMAT).default(REPORT_FORMAT),
  agency: z.object({
    id: z.string().min(1).max(200),
    name: z.string().max(500).optional(),
    /** The governing body (cơ quan chủ quản) the heading names above the agency, as written. */
    parent: z.string().max(500).optional(),
  }),
  period: ReportingPeriodSchema,
  asOf: IsoDateSchema.optional(),
  catalogVersion: z.string().max(40).optional(),
  values: z.record(IndicatorIdSchema, IndicatorValueSchema),
  narrative: z.string().max(5_000_000).optional(),
});

/** A report (see {@link ReportSchema}). */
export type Report = z.infer<typeof ReportSchema>;
/** Input accepted by {@link ReportSchema} (`format` optional). */
export type ReportInput = z.input<typeof ReportSchema>;
