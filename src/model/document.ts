import { z } from "zod";
import { IsoDateSchema } from "./primitives.js";

/**
 * Tình trạng hiệu lực: legal status of a document — in force, partly expired, wholly expired, or not
 * yet in force.
 * @example
 * DocumentStatusSchema.parse("partly-expired");
 */
export const DocumentStatusSchema = z.enum(["in-force", "partly-expired", "expired", "not-yet-in-force"]);

/**
 * Số, ký hiệu văn bản: a document reference as it appears in a report.
 * - `symbol` is the text as written (`14/2018/QĐ-UBND`, `5014/UBND-TH`);
 * - `number` keeps leading zeros as written (`"04"`); `year` only for VBQPPL (normative documents,
 *   Luật Ban hành VBQPPL 2015 Điều 10); `type` the type abbreviation (`QĐ`, `KH`; none for an official
 *   letter, công văn, per NĐ 30/2020/NĐ-CP Điều 15); `issuers` the issuer symbol(s); `unit` the drafting unit.
 * @example
 * DocumentReferenceSchema.parse({ symbol: "1388/QĐ-UBND", number: "1388", type: "QĐ", issuers: ["UBND"] });
 */
export const DocumentReferenceSchema = z.object({
  symbol: z.string().min(1).max(200),
  number: z
    .string()
    .max(20)
    .regex(/^\d+[a-zA-Z]?$/, { error: "document number must be digits / số văn bản phải là chữ số" }),
  year: z.number().int().min(1945).max(2200).optional(),
  type: z.string().max(10).optional(),
  issuers: z.array(z.string().min(1).max(40)).min(1).max(5),
  unit: z.string().max(40).optional(),
  issuedOn: IsoDateSchema.optional(),
});

/** A document reference (see {@link DocumentReferenceSchema}). */
export type DocumentReference = z.infer<typeof DocumentReferenceSchema>;

/**
 * Văn bản: a legal document. `normative: true` is a VBQPPL (văn bản quy phạm pháp luật), whose symbol
 * carries the year of issue; that year must equal the year of `issuedOn` (Luật Ban hành VBQPPL 2015
 * Điều 10, [secondary]). Administrative documents (`normative: false`) carry no year.
 * @example
 * LegalDocumentSchema.parse({
 *   reference: { symbol: "60/2021/NĐ-CP", number: "60", year: 2021, type: "NĐ", issuers: ["CP"], issuedOn: "2021-06-21" },
 *   subject: "Quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập",
 *   normative: true, status: "in-force",
 * });
 */
export const LegalDocumentSchema = z
  .object({
    reference: DocumentReferenceSchema,
    subject: z.string().max(2000).optional(),
    normative: z.boolean(),
    status: DocumentStatusSchema.optional(),
    effectiveFrom: IsoDateSchema.optional(),
    effectiveTo: IsoDateSchema.optional(),
  })
  .superRefine((d, ctx) => {
    const { year, issuedOn } = d.reference;
    if (d.normative && year === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["reference", "year"],
        message:
          "a normative document (VBQPPL) carries its year / VBQPPL phải có năm ban hành trong số ký hiệu",
      });
    }
    if (!d.normative && year !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["reference", "year"],
        message:
          "an administrative document carries no year / văn bản hành chính không ghi năm trong số ký hiệu",
      });
    }
    if (year !== undefined && issuedOn !== undefined && Number(issuedOn.slice(0, 4)) !== year) {
      ctx.addIssue({
        code: "custom",
        path: ["reference", "issuedOn"],
        message: `the year in the symbol (${year}) differs from the issue date / năm trong ký hiệu khác năm ban hành`,
      });
    }
    if (d.effectiveFrom && d.effectiveTo && d.effectiveFrom > d.effectiveTo) {
      ctx.addIssue({
        code: "custom",
        path: ["effectiveTo"],
        message: "effectiveTo is before effectiveFrom / ngày hết hiệu lực trước ngày có hiệu lực",
      });
    }
  });

/** A legal document (see {@link LegalDocumentSchema}). */
export type LegalDocument = z.infer<typeof LegalDocumentSchema>;
/** Legal status of a document (see {@link DocumentStatusSchema}). */
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;
