import { z } from "zod";
import { IsoDateSchema, IsoDateTimeSchema } from "./primitives.js";

/**
 * Kênh tiếp nhận: how a dossier arrived — online (trực tuyến), in person (trực tiếp) or by post (BCCI).
 * @example
 * DossierChannelSchema.parse("online");
 */
export const DossierChannelSchema = z.enum(["online", "in-person", "postal"]);

/**
 * Trạng thái hồ sơ: where a dossier stands.
 * @example
 * DossierStatusSchema.parse("resolved");
 */
export const DossierStatusSchema = z.enum([
  "received",
  "processing",
  "supplement-requested",
  "resolved",
  "returned",
  "withdrawn",
  "rejected",
]);

/**
 * Yêu cầu bổ sung hồ sơ: a request to supplement the dossier. The time from `requestedAt` to
 * `completedAt` is not counted against the deadline.
 * @example
 * SupplementSchema.parse({ requestedAt: "2022-03-02T09:00:00+07:00", completedAt: "2022-03-04T10:00:00+07:00" });
 */
export const SupplementSchema = z.object({
  requestedAt: IsoDateTimeSchema,
  completedAt: IsoDateTimeSchema.optional(),
});

/**
 * Hồ sơ TTHC: one application under a procedure. `appointmentDate` is the due date written on the
 * receipt (ngày hẹn trả); `resolvedAt` when the result was ready; `returnedAt` when handed over.
 * Events must be in order: received ≤ supplements ≤ resolved ≤ returned.
 * @example
 * DossierSchema.parse({
 *   id: "000.00.12.H34-220301-0001", procedureCode: "1.004363", channel: "online",
 *   receivedAt: "2022-03-01T08:30:00+07:00", appointmentDate: "2022-03-08",
 *   resolvedAt: "2022-03-04T16:00:00+07:00", status: "resolved",
 * });
 */
export const DossierSchema = z
  .object({
    id: z.string().min(1).max(200),
    procedureCode: z.string().min(1).max(60),
    channel: DossierChannelSchema,
    receivedAt: IsoDateTimeSchema,
    appointmentDate: IsoDateSchema.optional(),
    supplements: z.array(SupplementSchema).max(100).default([]),
    resolvedAt: IsoDateTimeSchema.optional(),
    returnedAt: IsoDateTimeSchema.optional(),
    returnedByPost: z.boolean().default(false),
    status: DossierStatusSchema,
  })
  .superRefine((d, ctx) => {
    const t = (s: string) => Date.parse(s);
    const received = t(d.receivedAt);
    d.supplements.forEach((s, i) => {
      if (t(s.requestedAt) < received) {
        ctx.addIssue({
          code: "custom",
          path: ["supplements", i, "requestedAt"],
          message: "supplement requested before receipt / yêu cầu bổ sung trước khi tiếp nhận",
        });
      }
      if (s.completedAt && t(s.completedAt) < t(s.requestedAt)) {
        ctx.addIssue({
          code: "custom",
          path: ["supplements", i, "completedAt"],
          message: "supplement completed before it was requested / hoàn thành bổ sung trước khi yêu cầu",
        });
      }
    });
    if (d.resolvedAt && t(d.resolvedAt) < received) {
      ctx.addIssue({
        code: "custom",
        path: ["resolvedAt"],
        message: "resolved before receipt / giải quyết trước khi tiếp nhận",
      });
    }
    if (d.returnedAt && d.resolvedAt && t(d.returnedAt) < t(d.resolvedAt)) {
      ctx.addIssue({
        code: "custom",
        path: ["returnedAt"],
        message: "returned before resolved / trả kết quả trước khi giải quyết",
      });
    }
    if ((d.status === "resolved" || d.status === "returned") && !d.resolvedAt) {
      ctx.addIssue({
        code: "custom",
        path: ["resolvedAt"],
        message: "a resolved dossier needs resolvedAt / hồ sơ đã giải quyết cần thời điểm giải quyết",
      });
    }
  });

/** A dossier (see {@link DossierSchema}). */
export type Dossier = z.infer<typeof DossierSchema>;
/** Input accepted by {@link DossierSchema}. */
export type DossierInput = z.input<typeof DossierSchema>;
/** Dossier channel (see {@link DossierChannelSchema}). */
export type DossierChannel = z.infer<typeof DossierChannelSchema>;
/** Dossier status (see {@link DossierStatusSchema}). */
export type DossierStatus = z.infer<typeof DossierStatusSchema>;
