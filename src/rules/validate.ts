/**
 * Whether a value is a report the engine can check: the model's report schema, with every issue given
 * in Vietnamese and English.
 * @module
 */
import { z } from "zod";
import { parseModel } from "../model/parse.js";
import { plainlyValidReport } from "../model/plain-report.js";
import { ReportSchema } from "../model/report.js";

/**
 * The report schema with the values left to the rule engine: an id that is not a catalog row is its
 * `structure.unknown-code` finding, a value it cannot read its `structure.unparseable` finding, on that
 * row — one odd cell is not a reason to check nothing.
 */
const CheckableReportSchema = ReportSchema.extend({ values: z.record(z.string(), z.unknown()) });

/**
 * Lỗi cấu trúc báo cáo: one reason a value is not a valid report — where (`path`, dotted: `period.to`,
 * `values.1.2.raw`; empty for the whole value) and why, in both languages.
 * @example
 * const i: ReportIssue = { path: "agency", message: { vi: "thiếu trường bắt buộc", en: "required field missing" } };
 */
export interface ReportIssue {
  path: string;
  message: { vi: string; en: string };
}

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/**
 * A custom issue's message split into its two languages: the model writes every one as
 * "English / Vietnamese" (src/model/parse.ts); `null` for a message without a Vietnamese second half.
 */
function splitBilingual(message: string): { vi: string; en: string } | null {
  const at = message.lastIndexOf(" / ");
  if (at < 0) return null;
  const vi = message.slice(at + 3);
  return VIETNAMESE.test(vi) ? { vi, en: message.slice(0, at) } : null;
}

const BY_CODE: Record<string, { vi: string; en: string }> = {
  invalid_type: {
    vi: "sai kiểu dữ liệu hoặc thiếu trường bắt buộc",
    en: "wrong type or required field missing",
  },
  too_big: { vi: "quá dài hoặc quá lớn", en: "too long or too large" },
  too_small: { vi: "quá ngắn hoặc quá nhỏ", en: "too short or too small" },
  invalid_format: { vi: "sai định dạng", en: "wrong format" },
  invalid_value: { vi: "giá trị không được phép", en: "value not allowed" },
  unrecognized_keys: { vi: "có trường không được phép", en: "unknown field" },
  invalid_key: { vi: "mã chỉ tiêu không hợp lệ", en: "invalid indicator id" },
  invalid_union: { vi: "giá trị không hợp lệ", en: "invalid value" },
};

/**
 * Kiểm tra cấu trúc báo cáo: the reasons `value` is not a report the rule engine can check — the model's
 * `ReportSchema` (format, agency, period, `values` an object), each with a dotted path and a message in
 * both languages; `[]` when it is one. The cells themselves are left to the engine: an id the catalog
 * does not know is its `structure.unknown-code` finding, an unreadable value its `structure.unparseable`
 * finding, on that row. Never throws.
 * @example
 * reportIssues({}).map((i) => i.path); // ["agency", "period", "values"]
 * reportIssues({}).at(0)?.message.en; // "wrong type or required field missing (expected object, received undefined)"
 */
export function reportIssues(value: unknown): ReportIssue[] {
  try {
    if (plainlyValidReport(value)) return [];
  } catch {
    // a value the quick check cannot read (a getter that throws) is left to the schema, which reports it
  }
  const r = parseModel(CheckableReportSchema, value);
  if (r.ok) return [];
  return r.issues.map((i) => {
    const path = i.path.map(String).join(".");
    const split = splitBilingual(i.message);
    if (split) return { path, message: split };
    const base = BY_CODE[i.code] ?? { vi: "không hợp lệ", en: "invalid" };
    return {
      path,
      message: { vi: base.vi, en: `${base.en} (${i.message.replace(/^Invalid input: /, "")})` },
    };
  });
}
