import { parsePeriodId, reportingPeriod } from "../calendar/periods.js";
import { type ImportReportOptions, importReport } from "../io/report.js";
import { parseModel } from "../model/parse.js";
import { type Report, ReportSchema } from "../model/report.js";
import type { Finding } from "../rules/finding.js";
import { CliError } from "./errors.js";
import { type CliIO, MAX_INPUT_BYTES } from "./io.js";

/**
 * Reads a file as UTF-8 text; a binary or empty file is a CliError (exit 2), never a crash.
 */
export async function readTextFile(io: CliIO, path: string): Promise<string> {
  const bytes = await io.readFile(path);
  if (bytes.length === 0) throw new CliError(`tệp rỗng: ${path}`, `empty file: ${path}`);
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new CliError(`tệp nhị phân, không phải báo cáo: ${path}`, `binary file, not a report: ${path}`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`tệp không phải văn bản UTF-8: ${path}`, `not UTF-8 text: ${path}`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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

/** Loads a report file in the library's JSON format. */
export async function loadReport(io: CliIO, path: string): Promise<Report> {
  return parseReportJson(await readTextFile(io, path), path);
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
  const text = await readTextFile(io, path);
  if (text.length > MAX_INPUT_BYTES) {
    throw new CliError(`tệp quá lớn: ${path}`, `file too large: ${path}`);
  }
  if (text.trimStart().startsWith("{")) return { report: parseReportJson(text, path), importFindings: [] };
  const importOptions: ImportReportOptions = { lang: options.lang ?? "vi" };
  if (options.period !== undefined) {
    const id = parsePeriodId(options.period);
    if (!id.ok) throw new CliError(id.error.message.vi, id.error.message.en);
    const p = reportingPeriod(id.value.kind, id.value.year, id.value.index);
    importOptions.period = { kind: p.kind, year: p.year, from: p.from, to: p.to };
    if (p.index !== undefined) importOptions.period.index = p.index;
  }
  if (options.agency !== undefined) importOptions.agency = { id: options.agency };
  const r = importReport(text, importOptions);
  if (!r.ok) {
    const hint = r.error.code === "period-unknown" ? " (--period 2022H1)" : "";
    throw new CliError(`${path}: ${r.error.message.vi}${hint}`, `${path}: ${r.error.message.en}${hint}`);
  }
  return { report: r.report, importFindings: r.findings };
}
