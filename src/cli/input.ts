import { parseModel } from "../model/parse.js";
import { type Report, ReportSchema } from "../model/report.js";
import { CliError } from "./errors.js";
import type { CliIO } from "./io.js";

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
