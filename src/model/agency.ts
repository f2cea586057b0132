import { z } from "zod";
import { AdminLevelSchema, DISTRICT_LEVEL_ENDS, IsoDateSchema } from "./primitives.js";

/**
 * Loại cơ quan, đơn vị: what kind of body an agency is.
 * - `people-committee`: UBND (People's Committee) at any level;
 * - `specialised-agency`: cơ quan chuyên môn (a provincial department, sở; a district office, phòng);
 * - `ministry`: bộ, cơ quan ngang bộ;
 * - `other-administrative`: other administrative bodies (ban, chi cục…);
 * - `public-service-unit`: ĐVSNCL (đơn vị sự nghiệp công lập);
 * - `party` and `other`.
 * @example
 * AgencyKindSchema.parse("specialised-agency");
 */
export const AgencyKindSchema = z.enum([
  "people-committee",
  "specialised-agency",
  "ministry",
  "other-administrative",
  "public-service-unit",
  "party",
  "other",
]);

/**
 * Cơ quan, đơn vị: an agency or unit that reports or issues documents.
 * `symbol` is its short issuer symbol in document numbers (`SKHCN`); `aliases` are other spellings
 * met in real text (the reference report writes SKHCN, SKHHCN and SKHChN for one department).
 * `validFrom`/`validTo` are inclusive dates. A district-level agency cannot start on or after
 * 2025-07-01 nor end after 2025-06-30.
 * @example
 * AgencySchema.parse({
 *   id: "khanh-hoa/skhcn", name: "Sở Khoa học và Công nghệ tỉnh Khánh Hòa", symbol: "SKHCN",
 *   aliases: ["SKHHCN", "SKHChN"], kind: "specialised-agency", level: "province", parent: "khanh-hoa/ubnd",
 * });
 */
export const AgencySchema = z
  .object({
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(500),
    nameEn: z.string().max(500).optional(),
    symbol: z.string().max(40).optional(),
    aliases: z.array(z.string().max(40)).max(50).default([]),
    kind: AgencyKindSchema,
    level: AdminLevelSchema,
    parent: z.string().max(200).optional(),
    validFrom: IsoDateSchema.optional(),
    validTo: IsoDateSchema.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.validFrom && a.validTo && a.validFrom > a.validTo) {
      ctx.addIssue({
        code: "custom",
        path: ["validTo"],
        message: "validTo is before validFrom / ngày hết hiệu lực trước ngày bắt đầu",
      });
    }
    if (a.level === "district") {
      if (a.validFrom && a.validFrom >= DISTRICT_LEVEL_ENDS) {
        ctx.addIssue({
          code: "custom",
          path: ["validFrom"],
          message: "district level does not exist from 2025-07-01 / không còn cấp huyện từ 01/07/2025",
        });
      }
      if (a.validTo && a.validTo >= DISTRICT_LEVEL_ENDS) {
        ctx.addIssue({
          code: "custom",
          path: ["validTo"],
          message:
            "a district-level agency ends by 2025-06-30 / cơ quan cấp huyện kết thúc chậm nhất 30/06/2025",
        });
      }
    }
    if (a.parent !== undefined && a.parent === a.id) {
      ctx.addIssue({
        code: "custom",
        path: ["parent"],
        message: "an agency cannot be its own parent / cơ quan không thể là cấp trên của chính nó",
      });
    }
  });

/** An agency (see {@link AgencySchema}). */
export type Agency = z.infer<typeof AgencySchema>;
/** Input accepted by {@link AgencySchema} (aliases optional). */
export type AgencyInput = z.input<typeof AgencySchema>;
/** Kind of agency (see {@link AgencyKindSchema}). */
export type AgencyKind = z.infer<typeof AgencyKindSchema>;
