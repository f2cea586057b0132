import type { z } from "zod";
import { decodeText } from "../io/encoding.js";
import type { ImportReportOptions } from "../io/report.js";
import { parseModel } from "../model/parse.js";
import type { ReportingPeriod } from "../model/period.js";
import { type Report, ReportSchema } from "../model/report.js";
import { type ImportFileOptions, importReportFile, readFileText } from "../office/import.js";
import type { Finding } from "../rules/finding.js";
import { CliError } from "./errors.js";
import { type CliIO, MAX_INPUT_BYTES } from "./io.js";
import { periodFromOptions } from "./options.js";

/**
 * Reads a file as text: any encoding `decodeText` reads (UTF-8 ± BOM, UTF-16 with BOM, TCVN3/VNI
 * converted to Unicode), a `.docx` as its text, an `.xlsx` as the TSV of its first sheet. An empty,
 * binary, `.doc`, `.xls`, PDF or broken office file is a CliError (exit 2), never a crash.
 */
export async function readTextFile(io: CliIO, path: string): Promise<string> {
  const bytes = await io.readFile(path);
  if (bytes.length === 0) throw new CliError(`tệp rỗng: ${path}`, `empty file: ${path}`);
  const r = readFileText(bytes, { filename: path });
  if (!r.ok) throw new CliError(`${path}: ${r.error.message.vi}`, `${path}: ${r.error.message.en}`);
  return r.text;
}

/** One validation issue of a JSON report: where, and why in both languages. */
export interface ReportIssue {
  /** Dotted path (`period.to`, `values.1.2.raw`), or `(gốc/root)` for the document itself. */
  path: string;
  vi: string;
  en: string;
}

const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

const TYPE_VI: Record<string, string> = {
  string: "chuỗi",
  number: "số",
  boolean: "true/false",
  object: "đối tượng",
  array: "mảng",
  null: "null",
  undefined: "không có",
};

/** The JSON type of a value, as zod names expected types. */
function jsonType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** Our bilingual wording of one zod issue (the library's own messages are already bilingual). */
function issueText(issue: z.core.$ZodIssue, data: unknown): { vi: string; en: string } {
  const halves = issue.message.split(" / ");
  if (halves.length === 2) {
    const [a, b] = halves as [string, string];
    return VIETNAMESE_LETTER.test(a) && !VIETNAMESE_LETTER.test(b) ? { vi: a, en: b } : { vi: b, en: a };
  }
  switch (issue.code) {
    case "invalid_type": {
      const got = jsonType(valueAt(data, issue.path));
      if (got === "undefined") {
        return {
          vi: `thiếu trường (cần ${TYPE_VI[issue.expected] ?? issue.expected})`,
          en: `missing (expected ${issue.expected})`,
        };
      }
      return {
        vi: `cần ${TYPE_VI[issue.expected] ?? issue.expected}, nhận ${TYPE_VI[got] ?? got}`,
        en: `expected ${issue.expected}, received ${got}`,
      };
    }
    case "too_small":
      return {
        vi: `quá nhỏ (tối thiểu ${String(issue.minimum)}${issue.origin === "string" ? " ký tự" : ""})`,
        en: `too small (minimum ${String(issue.minimum)}${issue.origin === "string" ? " characters" : ""})`,
      };
    case "too_big":
      return {
        vi: `quá lớn (tối đa ${String(issue.maximum)}${issue.origin === "string" ? " ký tự" : ""})`,
        en: `too big (maximum ${String(issue.maximum)}${issue.origin === "string" ? " characters" : ""})`,
      };
    case "invalid_value":
      return {
        vi: `giá trị không hợp lệ (chọn ${issue.values.map(String).join(", ")})`,
        en: `invalid value (expected ${issue.values.map(String).join(", ")})`,
      };
    case "invalid_format":
      return { vi: `sai định dạng (${issue.format})`, en: `invalid format (${issue.format})` };
    case "unrecognized_keys":
      return {
        vi: `trường không được phép: ${issue.keys.join(", ")}`,
        en: `unrecognized keys: ${issue.keys.join(", ")}`,
      };
    default:
      return { vi: `không hợp lệ (${issue.message})`, en: issue.message };
  }
}

/**
 * Every validation issue of a JSON value read as the library's report format (empty when it is one),
 * each with its path and a Vietnamese and an English reason.
 */
export function reportIssues(data: unknown): ReportIssue[] {
  let r: ReturnType<typeof ReportSchema.safeParse>;
  try {
    r = ReportSchema.safeParse(data);
  } catch {
    return [{ path: "(gốc/root)", vi: "không kiểm tra được dữ liệu", en: "input could not be validated" }];
  }
  if (r.success) return [];
  return r.error.issues.map((i) => ({
    path: i.path.length ? i.path.map(String).join(".") : "(gốc/root)",
    ...issueText(i, data),
  }));
}

/** Most validation issues one error line lists (the count says how many more there are). */
const MAX_LISTED_ISSUES = 100;

/**
 * Parses the library's JSON report format, turning every failure into one CliError line; a value that
 * is not a valid report lists all its issues (path and reason, Vietnamese then English).
 */
export function parseReportJson(text: string, path: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : "";
    throw new CliError(`JSON không hợp lệ trong ${path}: ${why}`, `invalid JSON in ${path}: ${why}`);
  }
  const r = parseModel(ReportSchema, data);
  if (r.ok) return r.data;
  const found = reportIssues(data);
  const issues = found.length
    ? found
    : r.issues.map((i) => ({ path: i.path.join(".") || "(gốc/root)", vi: i.message, en: i.message }));
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  const more = issues.length - listed.length;
  const vi = listed.map((i) => `${i.path}: ${i.vi}`).join("; ");
  const en = listed.map((i) => `${i.path}: ${i.en}`).join("; ");
  throw new CliError(
    `báo cáo không hợp lệ trong ${path} (${issues.length} lỗi): ${vi}${more > 0 ? `; … (+${more})` : ""}`,
    `invalid report in ${path} (${issues.length} issues): ${en}${more > 0 ? `; … (+${more})` : ""}`,
  );
}

/** Loads a report file in any format {@link loadReportAny} reads (the library's JSON included). */
export async function loadReport(io: CliIO, path: string): Promise<Report> {
  return (await loadReportAny(io, path)).report;
}

/** Options of {@link loadReportAny}: what a text or TSV/CSV file may not say. */
export interface LoadAnyOptions {
  /**
   * Period in a `--period` form (`2022H1`, `2022Q3`, `2022`, `2022-05`, `2022-9M`…); NĐ 09/2019 window
   * unless `calendarWindow`. Overrides the title's.
   */
  period?: string;
  /** The period itself (a custom `--from`/`--to` window); overrides `period` and the title's. */
  reportingPeriod?: ReportingPeriod;
  /** Calendar windows instead of NĐ 09/2019 cut-offs, for `period` and for a period read from the title. */
  calendarWindow?: boolean;
  /** Reporting agency id. */
  agency?: string;
  lang?: "vi" | "en";
}

/**
 * The load options a command's parsed flags give: `--period`, `--from`/`--to`, `--calendar-window`
 * (see `PERIOD_OPTIONS`), `--agency`, and the language. Bad period forms are a CliError.
 */
export function loadOptionsFrom(
  values: Record<string, string | boolean | undefined>,
  lang: "vi" | "en",
): LoadAnyOptions {
  const out: LoadAnyOptions = { lang };
  const period = periodFromOptions(values);
  if (period !== undefined) out.reportingPeriod = period;
  if (values["calendar-window"] === true) out.calendarWindow = true;
  if (typeof values.agency === "string") out.agency = values.agency;
  return out;
}

/** The importer's options for {@link loadReportAny}'s options (period forms read here). */
function importOptionsOf(options: LoadAnyOptions): ImportReportOptions {
  const out: ImportReportOptions = { lang: options.lang ?? "vi" };
  const period =
    options.reportingPeriod ??
    (options.period === undefined
      ? undefined
      : periodFromOptions({ period: options.period, "calendar-window": options.calendarWindow === true }));
  if (period !== undefined) out.period = period;
  if (options.calendarWindow === true) out.periodRegime = "calendar";
  if (options.agency !== undefined) out.agency = { id: options.agency };
  return out;
}

/**
 * Loads a report from the library's JSON, a TSV/CSV appendix, or a whole report text (detected by
 * content) and returns it with the import findings. Every failure is one CliError line (exit 2).
 */
export async function loadReportAny(
  io: CliIO,
  path: string,
  options: LoadAnyOptions = {},
): Promise<{ report: Report; importFindings: Finding[] }> {
  const bytes = await io.readFile(path);
  if (bytes.length === 0) throw new CliError(`tệp rỗng: ${path}`, `empty file: ${path}`);
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new CliError(`tệp quá lớn: ${path}`, `file too large: ${path}`);
  }
  const importOptions = importOptionsOf(options);
  const fileOptions: ImportFileOptions = { filename: path, lang: importOptions.lang ?? "vi", importOptions };
  if (importOptions.period !== undefined) fileOptions.period = importOptions.period;
  if (importOptions.agency !== undefined) fileOptions.agency = importOptions.agency;
  const r = importReportFile(bytes, fileOptions);
  if (!r.ok) {
    if (r.format === "json" && (r.error.code === "invalid-json" || r.error.code === "invalid-report")) {
      // The JSON format's own messages (first issue, where) come from parseReportJson.
      const decoded = decodeText(bytes);
      parseReportJson(decoded.ok ? decoded.text : "", path);
    }
    const hint = r.error.code === "period-unknown" ? " (--period 2022H1)" : "";
    throw new CliError(`${path}: ${r.error.message.vi}${hint}`, `${path}: ${r.error.message.en}${hint}`);
  }
  if (r.format === "json") return { report: r.report, importFindings: [] };
  return { report: r.report, importFindings: r.findings };
}
