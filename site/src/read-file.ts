/**
 * The page's only way of turning a file's bytes into a report. Everything the page reads — a dropped
 * or picked file, pasted text (as UTF-8 bytes) — goes through {@link readReportFile}, which returns the
 * result shape of `importReport` (`cchc/io`): the report or a typed error, the appendix rows with
 * their fate, and the import findings. Never throws.
 *
 * Today it decodes UTF-8 text (report text, TSV/CSV appendix) and the library's JSON. When the library
 * reads Word/Excel files and other encodings (`importReportFile` of `cchc/office`, same result shape),
 * {@link importBytes} becomes that one call.
 */

import type { ImportReportResult } from "cchc/io";
import { importReport, readoutOfReport, reportFromJson } from "cchc/io";
import type { Report, ReportingPeriod } from "cchc/model";
import type { Lang } from "cchc/rules";

/** What a file may not say: the period and agency to use instead of the detected ones. */
export interface ReadOptions {
  /** The reporting period (overrides the one in the title, or in a JSON report). */
  period?: ReportingPeriod;
  /** The reporting agency (overrides the detected one). */
  agency?: { id: string; name?: string };
  /** Language of the import findings' `message` (both languages are always in `messages`). */
  lang?: Lang;
}

/** Largest file the page reads (the command line's limit). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

function failure(
  code: "empty" | "not-a-report" | "invalid-report",
  vi: string,
  en: string,
): ImportReportResult {
  return {
    ok: false,
    error: { code, message: { vi, en } },
    rows: [],
    findings: [],
    status: "no-appendix",
    counts: { rowsRead: 0, matched: 0, unmatched: 0 },
    header: { lines: 0 },
    layout: "none",
  };
}

function fromJson(text: string, options: ReadOptions): ImportReportResult {
  const r = reportFromJson(text);
  if (!r.ok) return failure("invalid-report", r.error.message.vi, r.error.message.en);
  let report: Report = r.report;
  if (options.period) report = { ...report, period: options.period };
  if (options.agency) report = { ...report, agency: options.agency };
  return { ok: true, report, rows: [], findings: [], ...readoutOfReport(report) };
}

/**
 * Bytes to report, by content: the library's JSON (`{…}`), else report text or a TSV/CSV appendix.
 * The single seam for richer formats (Word/Excel, UTF-16, TCVN3/VNI): replace the body with
 * `importReportFile(bytes, { filename: name, ...options })` of `cchc/office`.
 */
function importBytes(bytes: Uint8Array, name: string, options: ReadOptions): ImportReportResult {
  if (bytes.subarray(0, 8192).includes(0)) {
    return failure(
      "not-a-report",
      `“${name}” là tệp nhị phân, không phải báo cáo dạng văn bản (.txt, .tsv, .csv, .json).`,
      `“${name}” is a binary file, not a report in text form (.txt, .tsv, .csv, .json).`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return failure(
      "not-a-report",
      `“${name}” không phải văn bản UTF-8; hãy lưu lại tệp với mã hóa UTF-8.`,
      `“${name}” is not UTF-8 text; save the file again as UTF-8.`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trimStart().startsWith("{")) return fromJson(text, options);
  const importOptions: Parameters<typeof importReport>[1] = { lang: options.lang ?? "vi" };
  if (options.period) importOptions.period = options.period;
  if (options.agency) importOptions.agency = options.agency;
  return importReport(text, importOptions);
}

/**
 * Reads a report file's bytes into the `importReport` result shape: an empty, oversized, binary or
 * non-UTF-8 file, invalid JSON, or a text that is not a report is a typed failure with a message in
 * both languages, never an exception.
 */
export function readReportFile(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): ImportReportResult {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    return failure("empty", `“${name}” là tệp rỗng.`, `“${name}” is empty.`);
  }
  if (bytes.length > MAX_FILE_BYTES) {
    return failure(
      "not-a-report",
      `“${name}” quá lớn (hơn 20 MB) để là một báo cáo.`,
      `“${name}” is too large (over 20 MB) to be a report.`,
    );
  }
  try {
    return importBytes(bytes, name, options);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return failure("not-a-report", `Không đọc được “${name}”: ${why}`, `Cannot read “${name}”: ${why}`);
  }
}
