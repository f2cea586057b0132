import { z } from "zod";
import { DECIMAL_STRING_PATTERN, INDICATOR_ID_PATTERN } from "./patterns.js";

/**
 * Ngày (date only): an ISO calendar date `YYYY-MM-DD`, read as a date in Vietnam (UTC+7).
 * @example
 * IsoDateSchema.parse("2022-06-30");
 */
export const IsoDateSchema = z.iso.date({
  error: "expected an ISO date YYYY-MM-DD / cần ngày dạng YYYY-MM-DD",
});

/**
 * Thời điểm: an ISO date-time with an explicit UTC offset (`2022-03-08T14:05:00+07:00`). The offset is
 * required so that a timestamp near midnight never shifts the day.
 * @example
 * IsoDateTimeSchema.parse("2022-03-08T14:05:00+07:00");
 */
export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: "expected an ISO date-time with offset / cần thời điểm ISO có múi giờ",
});

/**
 * Số thập phân chính xác: an exact decimal written as a string (`"20000"`, `"37.03"`), never a float.
 * Money in the appendix is in million VND (triệu đồng).
 * @example
 * DecimalStringSchema.parse("20000.5");
 */
export const DecimalStringSchema = z
  .string()
  .max(80)
  .regex(DECIMAL_STRING_PATTERN, { error: "expected a decimal string like 20000.5 / cần số thập phân" });

/**
 * A non-negative whole count (documents, procedures, dossiers, people).
 * @example
 * CountSchema.parse(54);
 */
export const CountSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * Song ngữ: a text in Vietnamese and English.
 * @example
 * LocalizedTextSchema.parse({ vi: "Thủ tục", en: "procedure" });
 */
export const LocalizedTextSchema = z.object({ vi: z.string(), en: z.string() });

/** A text in Vietnamese and English. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Mã chỉ tiêu: a stable indicator id. Numbered rows use the template code without its trailing dot
 * (`"3.4.1"`); unnumbered "- …" sub-rows append a lower-case letter in template order (`"1.2.a"`).
 * See docs/catalog.md for the full scheme.
 * @example
 * IndicatorIdSchema.parse("7.7.1.b");
 */
export const IndicatorIdSchema = z.string().max(40).regex(INDICATOR_ID_PATTERN, {
  error: "expected an indicator id like 3.4.1 or 1.2.a / mã chỉ tiêu không hợp lệ",
});

/**
 * Cấp hành chính: administrative level. `district` (cấp huyện) exists only before 2025-07-01, when local
 * government became two levels (province, commune) [secondary].
 * @example
 * AdminLevelSchema.parse("province");
 */
export const AdminLevelSchema = z.enum(["central", "province", "district", "commune"]);

/** Administrative level (see {@link AdminLevelSchema}). */
export type AdminLevel = z.infer<typeof AdminLevelSchema>;

/** The first day without district-level government (two-level local government) [secondary]. */
export const DISTRICT_LEVEL_ENDS = "2025-07-01";
