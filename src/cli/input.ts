import { parsePeriodId, reportingPeriod } from "../calendar/periods.js";
import { decodeText } from "../io/encoding.js";
import { parseModel } from "../model/parse.js";
import { type Report, ReportSchema } from "../model/report.js";
import { type ImportFileOptions, importReportFile, readFileText } from "../office/import.js";
import type { Finding } from "../rules/finding.js";
import { CliError } from "./errors.js";
import { type CliIO, MAX_INPUT_BYTES } from "./io.js";

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

/** Parses the library's JSON report format, turning every failure into one CliError line. */
export function parseReportJson(text: string, path: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : "";
    throw new CliError(`JSON không hợp lệ trong ${path}: ${why}`, `invalid JSON in ${path}: ${why}`);
  }
  const r = parseModel(ReportSchema, data);
  if (!r.ok) {
    const first = r.issues[0];
    const where = first?.path.length ? first.path.join(".") : "(gốc/root)";
    const more = r.issues.length > 1 ? ` (+${r.issues.length - 1})` : "";
    throw new CliError(
      `báo cáo không hợp lệ trong ${path} tại ${where}: ${first?.message ?? ""}${more}`,
      `invalid report in ${path} at ${where}${more}`,
    );
  }
  return r.data;
}

/** Loads a report file in any format {@link loadReportAny} reads (the library's JSON included). */
export async function loadReport(io: CliIO, path: string): Promise<Report> {
  return (await loadReportAny(io, path)).report;
}

/** Options of {@link loadReportAny}: what a text or TSV/CSV file may not say. */
export interface LoadAnyOptions {
  /** Period id (`2022H1`, `2022Q3`, `2022`…); NĐ 09/2019 window. Overrides the title's. */
  period?: string;
  /** Reporting agency id. */
  agency?: string;
  lang?: "vi" | "en";
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
  const fileOptions: ImportFileOptions = { filename: path, lang: options.lang ?? "vi" };
  if (options.period !== undefined) {
    const id = parsePeriodId(options.period);
    if (!id.ok) throw new CliError(id.error.message.vi, id.error.message.en);
    const p = reportingPeriod(id.value.kind, id.value.year, id.value.index);
    fileOptions.period = { kind: p.kind, year: p.year, from: p.from, to: p.to };
    if (p.index !== undefined) fileOptions.period.index = p.index;
  }
  if (options.agency !== undefined) fileOptions.agency = { id: options.agency };
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
