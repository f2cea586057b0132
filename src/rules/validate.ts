/**
 * Whether a value is a report the engine can check: the model's report schema, with every issue given
 * in Vietnamese and English.
 * @module
 */
import { z } from "zod";
import { parseModel } from "../model/parse.js";
import { REPORT_FORMAT, ReportSchema } from "../model/report.js";

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

/** A custom issue's "English / Vietnamese" (either order) message split into its two languages. */
function splitBilingual(message: string): { vi: string; en: string } | null {
  const at = message.lastIndexOf(" / ");
  if (at < 0) return null;
  const a = message.slice(0, at).trim();
  const b = message.slice(at + 3).trim();
  if (VIETNAMESE.test(b) && !VIETNAMESE.test(a)) return { en: a, vi: b };
  if (VIETNAMESE.test(a) && !VIETNAMESE.test(b)) return { vi: a, en: b };
  return null;
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

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const KINDS = new Set(["month", "quarter", "half-year", "nine-months", "year", "custom"]);
const INDEX_MAX: Record<string, number> = { month: 12, quarter: 4, "half-year": 2 };

/** A real calendar date `YYYY-MM-DD` in years 1000–9999 (a subset of what `z.iso.date` accepts). */
function plainDate(x: unknown): x is string {
  if (typeof x !== "string") return false;
  const m = DATE.exec(x);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function optionalText(x: unknown, max: number): boolean {
  return x === undefined || (typeof x === "string" && x.length <= max);
}

/**
 * @internal The fast path of {@link reportIssues}: true only for a value the report schema surely accepts
 * (the common, plainly well-formed report), so zod runs only on the rest. It may answer "not sure"
 * (false) for a valid report, never "valid" for an invalid one; a property test compares it with zod.
 */
export function plainlyValidReport(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  if (r.format !== undefined && r.format !== REPORT_FORMAT) return false;
  const a = r.agency as Record<string, unknown> | null | undefined;
  if (a === null || typeof a !== "object" || Array.isArray(a)) return false;
  if (typeof a.id !== "string" || a.id.length < 1 || a.id.length > 200 || !optionalText(a.name, 500))
    return false;
  const p = r.period as Record<string, unknown> | null | undefined;
  if (p === null || typeof p !== "object" || Array.isArray(p)) return false;
  const { kind, year, index, from, to } = p;
  if (typeof kind !== "string" || !KINDS.has(kind)) return false;
  if (typeof year !== "number" || !Number.isInteger(year) || year < 1945 || year > 2200) return false;
  if (!plainDate(from) || !plainDate(to) || from > to) return false;
  const max = INDEX_MAX[kind];
  if (max !== undefined) {
    if (typeof index !== "number" || !Number.isInteger(index) || index < 1 || index > max) return false;
  } else if (index !== undefined) return false;
  if (kind !== "custom" && Number(to.slice(0, 4)) !== year) return false;
  if (r.asOf !== undefined && !plainDate(r.asOf)) return false;
  if (!optionalText(r.catalogVersion, 40) || !optionalText(r.narrative, 5_000_000)) return false;
  const v = r.values;
  if (v === null || typeof v !== "object") return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

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
  if (plainlyValidReport(value)) return [];
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
