import { z } from "zod";
import { DossierChannelSchema } from "./dossier.js";
import { AdminLevelSchema, CountSchema, DecimalStringSchema } from "./primitives.js";
import { OnlineServiceLevelSchema } from "./procedure.js";

/**
 * Luồng hồ sơ: the names of the counts a one-stop office publishes for a unit and a period, in the order
 * the Government Office's form "Biểu số II.06a/VPCP/KSTT" (tình hình, kết quả giải quyết TTHC) and the
 * provincial portals print them [secondary; see docs/dossiers.md]:
 * - `carriedOver` tồn kỳ trước / từ kỳ trước chuyển qua; `received` tiếp nhận mới trong kỳ, of which
 *   `receivedOnline` trực tuyến, `receivedInPerson` trực tiếp, `receivedPostal` qua BCCI, or
 *   `receivedInPersonOrPostal` when the form joins the last two ("trực tiếp, dịch vụ bưu chính");
 * - `toProcess` cần xử lý / tổng số hồ sơ cần giải quyết (= carriedOver + received);
 * - `resolved` đã giải quyết: `resolvedEarly` trước hạn, `resolvedOnTime` đúng hạn, `resolvedLate` quá hạn /
 *   trễ hạn, or `resolvedOnTimeOrEarly` when one column holds "đúng hạn và trước hạn";
 * - `pending` đang giải quyết: `pendingWithinDeadline` trong hạn / chưa đến hạn, `pendingOverdue` quá hạn;
 * - `returned` trả lại, `withdrawn` rút hồ sơ, `cancelled` hủy; `uncollected` kết quả chưa nhận;
 * - `dueInPeriod` đến hạn giải quyết trong kỳ and `dueInPeriodOnTime` of those, resolved by their due date.
 * @example
 * DOSSIER_FLOW_FIELDS.includes("carriedOver"); // true
 */
export const DOSSIER_FLOW_FIELDS = [
  "carriedOver",
  "received",
  "receivedOnline",
  "receivedInPerson",
  "receivedPostal",
  "receivedInPersonOrPostal",
  "toProcess",
  "resolved",
  "resolvedEarly",
  "resolvedOnTime",
  "resolvedOnTimeOrEarly",
  "resolvedLate",
  "pending",
  "pendingWithinDeadline",
  "pendingOverdue",
  "returned",
  "withdrawn",
  "cancelled",
  "uncollected",
  "dueInPeriod",
  "dueInPeriodOnTime",
] as const;

/**
 * Tên một luồng hồ sơ: one of {@link DOSSIER_FLOW_FIELDS}.
 * @example
 * const f: DossierFlowField = "resolvedLate";
 */
export type DossierFlowField = (typeof DOSSIER_FLOW_FIELDS)[number];

/**
 * Tỷ lệ ghi cạnh số liệu: a percentage printed beside a count ("Trực tuyến: 300 (60%)"), with the base it
 * is a share of. `value` is the percentage as written (its decimals are its precision).
 * @example
 * DossierFlowShareSchema.parse({ of: "receivedOnline", base: "received", value: "60" });
 */
export const DossierFlowShareSchema = z.object({
  of: z.enum(DOSSIER_FLOW_FIELDS),
  base: z.enum(DOSSIER_FLOW_FIELDS),
  value: DecimalStringSchema,
});

/** A share printed beside a count (see {@link DossierFlowShareSchema}). */
export type DossierFlowShare = z.infer<typeof DossierFlowShareSchema>;

const count = CountSchema.optional();

/**
 * Số liệu hồ sơ của một đơn vị trong một kỳ: one record per unit × period (optionally × administrative
 * level × online level × channel) with every flow a one-stop office counts (see
 * {@link DOSSIER_FLOW_FIELDS}). Every count is optional: an absent field is "not reported", never 0.
 * `decimals` gives the written precision of a count that is not exact (published as "4,52 ngàn": 4520
 * with decimals −1, i.e. 4520 ± 5); an exact count has none. `onTimeRate` / `lateRate` are the
 * percentages as printed (decimal strings: their decimals are their precision), under the named
 * on-time-rate `profile` (default: the appendix template's). `total: true` marks a published total row.
 * @example
 * DossierFlowSchema.parse({
 *   unit: "Sở Tư pháp", period: "2024-03", carriedOver: 12, received: 340, toProcess: 352,
 *   resolved: 330, resolvedEarly: 200, resolvedOnTime: 125, resolvedLate: 5,
 *   pending: 22, pendingWithinDeadline: 20, pendingOverdue: 2, onTimeRate: "98.48",
 * }).resolved; // 330
 */
export const DossierFlowSchema = z.object({
  unit: z.string().min(1).max(300),
  period: z.string().max(60).optional(),
  level: AdminLevelSchema.optional(),
  onlineLevel: OnlineServiceLevelSchema.optional(),
  channel: DossierChannelSchema.optional(),
  total: z.boolean().optional(),
  carriedOver: count,
  received: count,
  receivedOnline: count,
  receivedInPerson: count,
  receivedPostal: count,
  receivedInPersonOrPostal: count,
  toProcess: count,
  resolved: count,
  resolvedEarly: count,
  resolvedOnTime: count,
  resolvedOnTimeOrEarly: count,
  resolvedLate: count,
  pending: count,
  pendingWithinDeadline: count,
  pendingOverdue: count,
  returned: count,
  withdrawn: count,
  cancelled: count,
  uncollected: count,
  dueInPeriod: count,
  dueInPeriodOnTime: count,
  decimals: z.partialRecord(z.enum(DOSSIER_FLOW_FIELDS), z.number().int().min(-12).max(0)).optional(),
  onTimeRate: DecimalStringSchema.optional(),
  lateRate: DecimalStringSchema.optional(),
  profile: z.string().min(1).max(60).optional(),
  shares: z.array(DossierFlowShareSchema).max(100).optional(),
});

/** A dossier-flow record (see {@link DossierFlowSchema}). */
export type DossierFlow = z.infer<typeof DossierFlowSchema>;
/** Input accepted by {@link DossierFlowSchema}. */
export type DossierFlowInput = z.input<typeof DossierFlowSchema>;
