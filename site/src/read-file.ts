/**
 * The page's only way of turning a file's bytes into a report. Everything the page reads — a dropped
 * or picked file, pasted text (as UTF-8 bytes) — goes through {@link readReportFile}, which is
 * `importReportFile` of `cchc/office`: Word (.docx), Excel (.xlsx), text in UTF-8, UTF-16, TCVN3 or
 * VNI (report text, TSV/CSV appendix), or the library's JSON. It returns the result shape of
 * `importReport` (`cchc/io`) — the report or a typed error, the appendix rows with their fate, the
 * import findings — plus the format read. Never throws.
 */

import type { ReportingPeriod } from "cchc/model";
import type { ImportFileResult } from "cchc/office";
import { importReportFile } from "cchc/office";
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

/** Errors about the file itself (not about its content as a report): the message names the file. */
const FILE_LEVEL = new Set(["empty", "not-text", "unsupported-format", "unreadable"]);

function failure(
  code: "empty" | "unreadable",
  vi: string,
  en: string,
): Extract<ImportFileResult, { ok: false }> {
  return { ok: false, error: { code, message: { vi, en } }, rows: [], findings: [], format: "text" };
}

/**
 * Reads a report file's bytes with `importReportFile` (`cchc/office`): an empty or oversized file,
 * a `.doc`/`.xls`/PDF/RTF (refused with the library's message naming the fix), a corrupt office file,
 * binary bytes, invalid JSON or a text that is not a report is a typed failure with a message in both
 * languages, never an exception. A period or agency given applies to a JSON report too. A JSON report
 * carries no import findings (as `cchc check`).
 */
export function readReportFile(bytes: Uint8Array, name: string, options: ReadOptions = {}): ImportFileResult {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    return failure("empty", `“${name}” là tệp rỗng.`, `“${name}” is empty.`);
  }
  if (bytes.length > MAX_FILE_BYTES) {
    return failure(
      "unreadable",
      `“${name}” quá lớn (hơn 20 MB) để là một báo cáo.`,
      `“${name}” is too large (over 20 MB) to be a report.`,
    );
  }
  let r: ImportFileResult;
  try {
    const fileOptions: Parameters<typeof importReportFile>[1] = {
      filename: name,
      lang: options.lang ?? "vi",
    };
    if (options.period) fileOptions.period = options.period;
    if (options.agency) fileOptions.agency = options.agency;
    r = importReportFile(bytes, fileOptions);
  } catch (e) {
    // importReportFile never throws; this guard only keeps the page from getting stuck.
    const why = e instanceof Error ? e.message : String(e);
    return failure("unreadable", `Không đọc được “${name}”: ${why}`, `Cannot read “${name}”: ${why}`);
  }
  if (!r.ok) {
    if (!FILE_LEVEL.has(r.error.code)) return r;
    const { vi, en } = r.error.message;
    return {
      ...r,
      error: { code: r.error.code, message: { vi: `“${name}” — ${vi}`, en: `“${name}” — ${en}` } },
    };
  }
  return r.format === "json" ? { ...r, findings: [] } : r;
}
