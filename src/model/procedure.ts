import { z } from "zod";
import { AdminLevelSchema, IsoDateSchema } from "./primitives.js";

/**
 * Mức độ dịch vụ công trực tuyến: online service level, in the vocabulary in force on a date.
 * - `nd43-2011`: levels 1–4 (NĐ 43/2011/NĐ-CP Điều 3 [law]): 1 information, 2 + downloadable forms,
 *   3 + online submission and processing, 4 + online payment and result online or by post.
 * - `nd42-2022`: `full` (toàn trình) or `partial` (một phần) (NĐ 42/2022/NĐ-CP Điều 11, from 2022-08-01
 *   [secondary, unverified]). Mapping level 4 → full and 3 → partial is an inference [unverified]: both
 *   vocabularies are kept and never converted silently.
 * @example
 * OnlineServiceLevelSchema.parse({ regime: "nd43-2011", level: 4 });
 * OnlineServiceLevelSchema.parse({ regime: "nd42-2022", class: "full" });
 */
export const OnlineServiceLevelSchema = z.discriminatedUnion("regime", [
  z.object({
    regime: z.literal("nd43-2011"),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  }),
  z.object({ regime: z.literal("nd42-2022"), class: z.enum(["full", "partial"]) }),
]);

/** Online service level (see {@link OnlineServiceLevelSchema}). */
export type OnlineServiceLevel = z.infer<typeof OnlineServiceLevelSchema>;

/**
 * Cơ chế một cửa: how a procedure is handled — plain one-stop (một cửa), inter-agency at the same level
 * (liên thông cùng cấp) or between levels (liên thông giữa các cấp) (NĐ 61/2018/NĐ-CP).
 * @example
 * OneStopModeSchema.parse("inter-agency-between-levels");
 */
export const OneStopModeSchema = z.enum([
  "none",
  "one-stop",
  "inter-agency-same-level",
  "inter-agency-between-levels",
]);

/**
 * Thủ tục hành chính (TTHC): an administrative procedure.
 * `processingDays` is the statutory processing time in working days (0 = same day); `sameDayCutoff`
 * (`"15:00"`) makes a dossier received after it count as received on the next working day (hộ tịch,
 * chứng thực). `hasFee` is the financial obligation (phí, lệ phí) that 7.7.5/7.7.6 count;
 * `postal` the BCCI support counted by 7.8.1.
 * @example
 * ProcedureSchema.parse({
 *   code: "1.004363", name: "Công bố hợp quy", field: "Tiêu chuẩn Đo lường Chất lượng", level: "province",
 *   processingDays: 5, onlineLevel: { regime: "nd43-2011", level: 4 }, hasFee: false,
 *   postal: { receive: true, return: true }, oneStop: "one-stop",
 * });
 */
export const ProcedureSchema = z.object({
  code: z.string().min(1).max(60),
  name: z.string().min(1).max(1000),
  field: z.string().max(300).optional(),
  level: AdminLevelSchema,
  processingDays: z.number().int().min(0).max(3650),
  sameDayCutoff: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "expected HH:MM / cần giờ dạng HH:MM" })
    .optional(),
  onlineLevel: OnlineServiceLevelSchema.optional(),
  hasFee: z.boolean().default(false),
  onlinePayment: z.boolean().default(false),
  nationalPortalPayment: z.boolean().default(false),
  postal: z.object({ receive: z.boolean(), return: z.boolean() }).default({ receive: false, return: false }),
  oneStop: OneStopModeSchema.default("one-stop"),
  inForce: z.boolean().default(true),
  validFrom: IsoDateSchema.optional(),
  validTo: IsoDateSchema.optional(),
});

/** An administrative procedure (see {@link ProcedureSchema}). */
export type Procedure = z.infer<typeof ProcedureSchema>;
/** Input accepted by {@link ProcedureSchema} (defaults optional). */
export type ProcedureInput = z.input<typeof ProcedureSchema>;
/** One-stop mode (see {@link OneStopModeSchema}). */
export type OneStopMode = z.infer<typeof OneStopModeSchema>;
