/**
 * Văn bản của một tệp: the text of any file the importers read — a `.docx` as {@link docxToText}, an
 * `.xlsx` as the TSV of its first non-empty sheet ({@link xlsxToTsv}; `importReportFile` chooses the
 * sheet by content instead), text as `decodeText` reads it (with its encoding findings). Refuses
 * `.doc`, `.xls`, PDF, RTF and other ZIPs with a message naming the fix, like {@link importReportFile}.
 * Never throws.
 * @example
 * const r = readFileText(new TextEncoder().encode("BÁO CÁO"));
 * if (r.ok) r.text; // "BÁO CÁO"
 * readFileText(new TextEncoder().encode("%PDF-1.4")).ok; // false
 */
export function readFileText(
  bytes: Uint8Array,
  options: { filename?: string; lang?: Lang } = {},
):
  | { ok: true; text: string; format: FileFormat; encoding?: TextEncodingName; findings: Finding[] }
  | { ok: false; error: ImportFileError; format: FileFormat } {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    return {
      ok: false,
      error: { code: "empty", message: { vi: "tệp rỗng", en: "empty file" } },
      format: "text",
    };
  }
  const format = sniffFileFormat(bytes, options.filename);
  const refusal = REFUSALS[format];
  if (refusal && format !== "zip")
    return { ok: false, error: { code: "unsupported-format", message: refusal }, format };
  if (format === "docx" || format === "xlsx" || format === "zip") {
    try {
      const kind = officeKind(bytes);
      if (kind === "docx")
        return { ok: true, text: docxToText(readDocx(bytes)), format: "docx", findings: [] };
      if (kind === "xlsx") return { ok: true, text: xlsxToTsv(bytes), format: "xlsx", findings: [] };
      return { ok: false, error: { code: "unsupported-format", message: REFUSALS.zip! }, format: "zip" };
    } catch (e) {
      return { ok: false, error: unreadable(e), format };
    }
  }
  const decoded = decodeText(bytes, options.lang ? { lang: options.lang } : {});
  if (!decoded.ok) return { ok: false, error: { code: "not-text", message: decoded.error.message }, format };
  const isJson = format === "json" || decoded.text.trimStart().startsWith("{");
  return {
    ok: true,
    text: decoded.text,
    format: isJson ? "json" : "text",
    encoding: decoded.encoding,
    findings: decoded.findings,
  };
}

function unreadable(e: unknown): ImportFileError {
  if (e instanceof OfficeFileError) {
    return {
      code: "unreadable",
      message: { vi: `không đọc được tệp: ${e.messages.vi}`, en: `cannot read the file: ${e.messages.en}` },
    };
  }
  return {
    code: "unreadable",
    message: { vi: "không đọc được tệp (hỏng?)", en: "cannot read the file (corrupt?)" },
  };
}

/**
 * Nhập báo cáo từ tệp: one entry for the bytes of any file an officer has.
 * @module
 */
import { parsePeriodId, reportingPeriod } from "../calendar/periods.js";
import { decodeText, type TextEncodingName } from "../io/encoding.js";
import { makeFinding } from "../io/findings.js";
import {
  type ImportError,
  type ImportReportOptions,
  type ImportReportResult,
  importReport,
  readoutOfReport,
  reportFromJson,
} from "../io/report.js";
import type { ReportingPeriod } from "../model/period.js";
import type { Finding, Lang } from "../rules/finding.js";
import { docxToText, readDocx } from "./docx.js";
import { OfficeFileError } from "./errors.js";
import { sheetToTsv, xlsxToTsv } from "./tsv.js";
import { readXlsx, type XlsxSheet } from "./xlsx.js";
import { ZipArchive } from "./zip.js";

/**
 * Định dạng tệp nhận ra: what {@link sniffFileFormat} found — by magic bytes first, then the extension.
 * `doc` and `xls` are the binary Office 97–2003 formats (OLE compound files), `ole` one that is neither
 * or unknown; `zip` a ZIP that is neither `.docx` nor `.xlsx` (told apart when read).
 * @example
 * const f: FileFormat = "docx";
 */
export type FileFormat = "docx" | "xlsx" | "zip" | "doc" | "xls" | "ole" | "pdf" | "rtf" | "json" | "text";

/**
 * Nhận dạng tệp: the format of a file from its first bytes (`PK` ZIP, OLE `D0 CF 11 E0`, `%PDF`,
 * `{\rtf`), then its name's extension, then its content (`{` → JSON; else text). An OLE file is told
 * apart by its stream names (`WordDocument` → `.doc`, `Workbook`/`Book` → `.xls`).
 * @example
 * sniffFileFormat(new TextEncoder().encode("%PDF-1.7")); // "pdf"
 * sniffFileFormat(new Uint8Array([0x50, 0x4b, 3, 4]), "bao-cao.xlsx"); // "xlsx"
 * sniffFileFormat(new TextEncoder().encode('{"format":"cchc.report/1"}')); // "json"
 */
export function sniffFileFormat(bytes: Uint8Array, filename?: string): FileFormat {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(filename ?? "")?.[1]?.toLowerCase();
  const b = bytes;
  if (b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7)) {
    if (ext === "docx" || ext === "docm" || ext === "dotx") return "docx";
    if (ext === "xlsx" || ext === "xlsm" || ext === "xltx") return "xlsx";
    return "zip";
  }
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    const head = b.subarray(0, Math.min(b.length, 2_000_000));
    if (hasUtf16(head, "WordDocument")) return "doc";
    if (hasUtf16(head, "Workbook") || hasUtf16(head, "Book")) return "xls";
    if (ext === "doc" || ext === "xls") return ext;
    return "ole";
  }
  if (startsWithAscii(b, "%PDF")) return "pdf";
  if (startsWithAscii(skipBom(b), "{\\rtf")) return "rtf";
  if (ext === "json") return "json";
  const start = skipBom(b);
  for (let i = 0; i < Math.min(start.length, 1024); i++) {
    const c = start[i]!;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0) continue;
    return c === 0x7b ? "json" : "text";
  }
  return "text";
}

function skipBom(b: Uint8Array): Uint8Array {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3);
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return b.subarray(2);
  return b;
}

function startsWithAscii(b: Uint8Array, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (b[i] !== s.charCodeAt(i)) return false;
  return true;
}

function hasUtf16(b: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++)
      if (b[i + 2 * k] !== name.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    // the directory entry name is NUL-terminated
    return b[i + 2 * name.length] === 0 && b[i + 2 * name.length + 1] === 0;
  }
  return false;
}

/**
 * Tùy chọn nhập tệp: what the file may not say, or says wrongly. `period` may be a period id (`2022H1`,
 * `2022Q3`, `2022`) or a {@link ReportingPeriod}; `agency` an id or `{ id, name }`. Given, they win over
 * what the file says — a text's title and heading, a JSON report's own `period` and `agency`.
 * @example
 * const o: ImportFileOptions = { filename: "bao-cao.docx", period: "2022H1", agency: "khanh-hoa/skhcn" };
 */
export interface ImportFileOptions {
  /** The file's name: its extension is used when the bytes do not tell. */
  filename?: string;
  period?: string | ReportingPeriod;
  agency?: string | { id: string; name?: string };
  /** Language of finding messages (default `vi`). */
  lang?: Lang;
  /** Further options of `importReport` (catalog, period regime…). */
  importOptions?: ImportReportOptions;
}

/**
 * Lỗi nhập tệp: the importer's errors plus the file-level ones — `unsupported-format` (.doc, .xls,
 * PDF, RTF, another ZIP), `unreadable` (a corrupt, truncated or hostile office file), `not-text`
 * (binary), `invalid-json`, `bad-period`.
 * @example
 * const e: ImportFileError = { code: "unsupported-format", message: { vi: "…", en: "…" } };
 */
export interface ImportFileError {
  code:
    | ImportError["code"]
    | "unsupported-format"
    | "unreadable"
    | "not-text"
    | "invalid-json"
    | "bad-period";
  message: { vi: string; en: string };
}

/**
 * Kết quả nhập tệp: as `importReport`'s, plus the format read, the text encoding (text files) and,
 * for a workbook, the sheet used. Never thrown.
 * @example
 * const r: ImportFileResult = importReportFile(new TextEncoder().encode("%PDF-1.4"));
 */
export type ImportFileResult =
  | (Extract<ImportReportResult, { ok: true }> & {
      format: FileFormat;
      encoding?: TextEncodingName;
      sheet?: string;
    })
  | {
      ok: false;
      error: ImportFileError;
      rows: ImportReportResult["rows"];
      findings: Finding[];
      format: FileFormat;
    };

const REFUSALS: Partial<Record<FileFormat, { vi: string; en: string }>> = {
  doc: {
    vi: "tệp Word 97–2003 (.doc) không đọc được: hãy mở trong Word và lưu thành .docx (File → Save As → Word Document)",
    en: "Word 97–2003 files (.doc) cannot be read: open it in Word and save as .docx (File → Save As → Word Document)",
  },
  xls: {
    vi: "tệp Excel 97–2003 (.xls) không đọc được: hãy mở trong Excel và lưu thành .xlsx (File → Save As → Excel Workbook)",
    en: "Excel 97–2003 files (.xls) cannot be read: open it in Excel and save as .xlsx (File → Save As → Excel Workbook)",
  },
  ole: {
    vi: "tệp Office 97–2003 (hoặc tệp được đặt mật khẩu) không đọc được: hãy bỏ mật khẩu và lưu thành .docx hoặc .xlsx",
    en: "Office 97–2003 files (or password-protected ones) cannot be read: remove the password and save as .docx or .xlsx",
  },
  pdf: {
    vi: "tệp PDF không giữ cấu trúc bảng: hãy xuất phụ lục từ tệp gốc (.docx, .xlsx) thay vì PDF",
    en: "a PDF carries no table structure: export the appendix from the source file (.docx, .xlsx) instead",
  },
  rtf: {
    vi: "tệp RTF không đọc được: hãy lưu thành .docx",
    en: "RTF files cannot be read: save as .docx",
  },
  zip: {
    vi: "gói ZIP không phải .docx hay .xlsx (có thể là .odt/.ods): hãy lưu thành .docx hoặc .xlsx",
    en: "a ZIP package that is neither .docx nor .xlsx (perhaps .odt/.ods): save as .docx or .xlsx",
  },
};

function resolvePeriod(p: string | ReportingPeriod): ReportingPeriod | ImportFileError {
  if (typeof p !== "string") return p;
  const id = parsePeriodId(p);
  if (!id.ok) return { code: "bad-period", message: id.error.message };
  const r = reportingPeriod(id.value.kind, id.value.year, id.value.index);
  const out: ReportingPeriod = { kind: r.kind, year: r.year, from: r.from, to: r.to };
  if (r.index !== undefined) out.index = r.index;
  return out;
}

/**
 * Nhập báo cáo từ tệp: reads a report from the bytes of any file an officer has — `.docx` (paragraphs
 * and tables from the document itself: {@link readDocx}, {@link docxToText}), `.xlsx` (the sheet with
 * the most appendix rows: {@link readXlsx}, {@link sheetToTsv}), text in any encoding `decodeText`
 * reads (UTF-8, UTF-16, TCVN3, VNI), or the library's JSON — and returns what `importReport` returns,
 * plus an `import.file-format` info finding naming what was read. The format is sniffed from the
 * bytes, then the extension. `.doc`, `.xls`, PDF and RTF are refused with a message naming the fix
 * (`unsupported-format`); corrupt, truncated or hostile office files are `unreadable`. Runs in a
 * browser; never throws.
 * @example
 * const r = importReportFile(new TextEncoder().encode("%PDF-1.7"), { filename: "bao-cao.pdf" });
 * r.ok; // false
 * if (!r.ok) r.error.code; // "unsupported-format"
 */
export function importReportFile(bytes: Uint8Array, options: ImportFileOptions = {}): ImportFileResult {
  const lang = options.lang ?? "vi";
  const fail = (format: FileFormat, error: ImportFileError, findings: Finding[] = []): ImportFileResult => ({
    ok: false,
    error,
    rows: [],
    findings,
    format,
  });
  const importOptions: ImportReportOptions = { ...options.importOptions, lang };
  if (options.period !== undefined) {
    const p = resolvePeriod(options.period);
    if ("code" in p) return fail("text", p);
    importOptions.period = p;
  }
  if (options.agency !== undefined) {
    importOptions.agency = typeof options.agency === "string" ? { id: options.agency } : options.agency;
  }
  const note = (what: string, whatEn: string) =>
    makeFinding({
      rule: "import.file-format",
      severity: "info",
      source: "import",
      lang,
      vi: `đã đọc ${what}`,
      en: `read ${whatEn}`,
    });
  const finish = (
    r: ImportReportResult,
    fmt: FileFormat,
    extra: Finding[],
    more: { encoding?: TextEncodingName; sheet?: string } = {},
  ): ImportFileResult =>
    r.ok
      ? { ...r, findings: [...extra, ...r.findings], format: fmt, ...more }
      : { ok: false, error: r.error, rows: r.rows, findings: [...extra, ...r.findings], format: fmt };

  const sniffed =
    bytes instanceof Uint8Array && bytes.length > 0 ? sniffFileFormat(bytes, options.filename) : "text";
  if (sniffed === "xlsx" || sniffed === "zip" || sniffed === "docx") {
    // A workbook: the sheet with the most appendix rows.
    try {
      if (officeKind(bytes) === "xlsx") {
        const wb = readXlsx(bytes);
        let best: { r: ImportReportResult; name: string; score: number } | undefined;
        for (const sheet of wb.sheets.slice(0, 50)) {
          const tsv = sheetToTsv(withoutFindingsColumn(sheet), { date1904: wb.date1904 });
          if (tsv.trim() === "") continue;
          const r = importReport(tsv, importOptions);
          const score = r.rows.filter((x) => x.matchedId !== null).length + (r.ok ? 0.5 : 0);
          if (!best || score > best.score) best = { r, name: sheet.name, score };
        }
        if (!best)
          return fail("xlsx", {
            code: "empty",
            message: { vi: "sổ tính không có ô nào", en: "the workbook has no cells" },
          });
        const extra = [
          note(
            `sổ tính Excel (.xlsx), trang "${best.name}"`,
            `an Excel workbook (.xlsx), sheet "${best.name}"`,
          ),
        ];
        return finish(best.r, "xlsx", extra, { sheet: best.name });
      }
    } catch (e) {
      return fail(sniffed, unreadable(e));
    }
  }
  const file = readFileText(
    bytes,
    options.filename !== undefined ? { filename: options.filename, lang } : { lang },
  );
  if (!file.ok) return fail(file.format, file.error);
  if (file.format === "json") {
    const j = reportFromJson(file.text);
    if (!j.ok) {
      return fail("json", {
        code: j.error.code === "invalid-json" ? "invalid-json" : "invalid-report",
        message: j.error.message,
      });
    }
    // a period or agency the caller gives wins over the file's, as for a text or a workbook
    let report = j.report;
    if (importOptions.period !== undefined) report = { ...report, period: importOptions.period };
    const agency = importOptions.agency;
    if (agency !== undefined) {
      // the same agency keeps the name the file gives it; another one replaces it whole
      report = {
        ...report,
        agency: agency.id === report.agency.id ? { ...report.agency, ...agency } : agency,
      };
    }
    const out: ImportFileResult = {
      ok: true,
      report,
      rows: [],
      findings: file.findings,
      format: "json",
      ...readoutOfReport(report),
    };
    if (file.encoding) out.encoding = file.encoding;
    return out;
  }
  const extra = file.format === "docx" ? [note("văn bản Word (.docx)", "a Word document (.docx)")] : [];
  return finish(
    importReport(file.text, importOptions),
    file.format,
    [...extra, ...file.findings],
    file.encoding ? { encoding: file.encoding } : {},
  );
}

/** What an Office ZIP package holds, by its main part (content wins over the file's extension). */
function officeKind(bytes: Uint8Array): "docx" | "xlsx" | "other" {
  const zip = new ZipArchive(bytes);
  if (zip.has("word/document.xml")) return "docx";
  if (zip.has("xl/workbook.xml")) return "xlsx";
  return "other";
}

const FINDINGS_HEADERS = new Set(["Phát hiện", "Findings"]);
const VALUE_HEADERS = new Set(["Số liệu", "Value"]);

/**
 * The sheet without the findings column `renderReportXlsx` adds (a header "Phát hiện"/"Findings" in
 * the row that also has "Số liệu"/"Value"): findings of an earlier check are not data.
 */
function withoutFindingsColumn(sheet: XlsxSheet): XlsxSheet {
  for (const row of sheet.rows.slice(0, 30)) {
    const texts = row.map((c) => (c?.kind === "text" ? c.value.trim() : ""));
    const col = texts.findIndex((t) => FINDINGS_HEADERS.has(t));
    if (col < 0 || !texts.some((t) => VALUE_HEADERS.has(t))) continue;
    return { ...sheet, rows: sheet.rows.map((r) => r.slice(0, col).concat(r.slice(col + 1))) };
  }
  return sheet;
}
