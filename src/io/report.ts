/**
 * Nhập báo cáo: a whole report text (narrative + appendix) into a {@link Report}; JSON round trip.
 * @module
 */
import { reportingPeriod } from "../calendar/periods.js";
import type { ReportingPeriod } from "../model/period.js";
import { REPORT_FORMAT, type Report, ReportSchema } from "../model/report.js";
import type { Finding } from "../rules/finding.js";
import { type ImportedRow, type ImportOptions, importAppendix } from "./appendix.js";
import { makeFinding } from "./findings.js";
import { foldText, normalizeText } from "./text.js";

/**
 * Tùy chọn nhập báo cáo: the appendix options plus what the text may not say.
 * @example
 * const o: ImportReportOptions = { agency: { id: "khanh-hoa/skhcn" }, periodRegime: "calendar" };
 */
export interface ImportReportOptions extends ImportOptions {
  /** The report's period; default: detected from the title. */
  period?: ReportingPeriod;
  /** The reporting agency; default: detected from the heading lines, else `{ id: "unknown" }`. */
  agency?: { id: string; name?: string };
  /** Window of a detected period: NĐ 09/2019 cut-offs (default) or calendar months. */
  periodRegime?: "nd09-2019" | "calendar";
  /** Report date `YYYY-MM-DD`. */
  asOf?: string;
}

/**
 * Lỗi nhập báo cáo: why no report could be built.
 * @example
 * importReport("").ok; // false (error.code "empty")
 */
export interface ImportError {
  code: "empty" | "not-a-report" | "period-unknown" | "invalid-report";
  message: { vi: string; en: string };
}

/**
 * Kết quả nhập báo cáo: the report (or why not), every input row of the appendix with its outcome,
 * and the import findings. Never thrown.
 * @example
 * const r: ImportReportResult = importReport("BÁO CÁO\nCông tác CCHC quý III năm 2022\n");
 */
export type ImportReportResult =
  | { ok: true; report: Report; rows: ImportedRow[]; findings: Finding[] }
  | { ok: false; error: ImportError; rows: ImportedRow[]; findings: Finding[] };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Kỳ báo cáo trong tiêu đề: the period a report title names — "6 tháng đầu năm 2022" (H1),
 * "6 tháng cuối năm 2022" (H2), "quý III năm 2022" (also "quý 3"), "9 tháng năm 2022", "năm 2022" —
 * with the text matched, or null. Only the first lines (the title block) are read.
 * @example
 * detectPeriodInTitle("BÁO CÁO\nCông tác cải cách hành chính 6 tháng đầu năm 2022");
 * // { kind: "half-year", year: 2022, index: 1, matched: "6 tháng đầu năm 2022" }
 */
export function detectPeriodInTitle(text: string): {
  kind: "half-year" | "quarter" | "nine-months" | "year";
  year: number;
  index?: number;
  matched: string;
} | null {
  if (typeof text !== "string") return null;
  const head = normalizeText(text.slice(0, 4000))
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 12)
    .join("\n")
    .toLowerCase();
  let m = /6\s*tháng\s*(đầu|cuối)\s*năm\s*(\d{4})/u.exec(head);
  if (m) return { kind: "half-year", year: Number(m[2]), index: m[1] === "đầu" ? 1 : 2, matched: m[0] };
  m = /quý\s*(iv|iii|ii|i|[1-4])\s*(?:\/|năm)\s*(\d{4})/u.exec(head);
  if (m) {
    const q = ROMAN[m[1]!] ?? Number(m[1]);
    return { kind: "quarter", year: Number(m[2]), index: q, matched: m[0] };
  }
  m = /9\s*tháng\s*(?:đầu\s*)?năm\s*(\d{4})/u.exec(head);
  if (m) return { kind: "nine-months", year: Number(m[1]), matched: m[0] };
  m = /(?:^|\n|cải cách hành chính|cchc)\s*năm\s*(\d{4})/u.exec(head);
  if (m) return { kind: "year", year: Number(m[1]), matched: m[0].trim() };
  return null;
}

const AGENCY_LINE =
  /^(SỞ|UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|BỘ|BAN|CỤC|CHI CỤC|TRUNG TÂM|VĂN PHÒNG|PHÒNG)\s+\p{Lu}/u;

function slug(s: string): string {
  return (
    foldText(s)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 120) || "unknown"
  );
}

/**
 * Nhập báo cáo từ văn bản: reads a whole report — the narrative (everything before the "Phụ lục"
 * heading) into `narrative`, the appendix into `values` (see {@link importAppendix}). The period and
 * agency come from the options, else from the title ("6 tháng đầu năm 2022" → half-year 2022 no. 1;
 * "quý III năm 2022"; "năm 2022") using the NĐ 09/2019/NĐ-CP Điều 12 window by default
 * (`reportingPeriod` of `cchc/calendar`), said in an `import.period-detected` info finding. Fails
 * (typed, never thrown) when the text is empty, has neither appendix rows nor a title period, or the
 * period is unknown.
 * @example
 * const text = "BÁO CÁO\nCông tác cải cách hành chính 6 tháng đầu năm 2022\n";
 * const r = importReport(text, { agency: { id: "khanh-hoa/skhcn" } });
 * if (r.ok) r.report.period.from; // "2021-12-15" (for "6 tháng đầu năm 2022")
 */
export function importReport(text: string, options: ImportReportOptions = {}): ImportReportResult {
  const lang = options.lang ?? "vi";
  if (typeof text !== "string" || text.trim() === "") {
    return {
      ok: false,
      error: { code: "empty", message: { vi: "văn bản rỗng", en: "empty text" } },
      rows: [],
      findings: [],
    };
  }
  const appendixOptions: ImportOptions = { ...options };
  if (options.period) appendixOptions.date = options.period.to;
  const app = importAppendix(text, appendixOptions);
  const findings = [...app.findings];
  const norm = normalizeText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).slice(
    0,
    options.maxChars ?? 5_000_000,
  );
  const lines = norm.split(/\r\n|\r|\n/);
  const matchedRows = app.rows.filter((r) => r.matchedId !== null).length;
  let narrative: string | undefined;
  if (app.headingLine !== null) narrative = lines.slice(0, app.headingLine).join("\n").trim();
  else if (matchedRows === 0) narrative = norm.trim();
  const info = (rule: string, severity: "info" | "warning", vi: string, en: string) =>
    findings.push(makeFinding({ rule, severity, source: "import", lang, vi, en }));

  let period = options.period;
  const detected = detectPeriodInTitle(narrative ?? norm);
  if (!period && detected) {
    const regime = options.periodRegime ?? "nd09-2019";
    try {
      const p = reportingPeriod(detected.kind, detected.year, detected.index, { regime });
      period = { kind: p.kind, year: p.year, from: p.from, to: p.to };
      if (p.index !== undefined) period.index = p.index;
      const win = regime === "nd09-2019" ? "NĐ 09/2019/NĐ-CP Điều 12" : "calendar";
      info(
        "import.period-detected",
        "info",
        `kỳ báo cáo lấy từ tiêu đề "${detected.matched}": ${p.id}, ${p.from} → ${p.to} (${regime === "nd09-2019" ? "khung NĐ 09/2019/NĐ-CP Điều 12" : "theo lịch"}); truyền kỳ nếu báo cáo dùng khung khác`,
        `period taken from the title "${detected.matched}": ${p.id}, ${p.from} → ${p.to} (${win} window); pass the period if the report uses another window`,
      );
    } catch {
      period = undefined;
    }
  }
  if (!period) {
    const notReport = matchedRows === 0;
    return {
      ok: false,
      error: notReport
        ? {
            code: "not-a-report",
            message: {
              vi: "không tìm thấy phụ lục số liệu hay kỳ báo cáo: không phải báo cáo CCHC",
              en: "no appendix rows and no reporting period found: not a CCHC report",
            },
          }
        : {
            code: "period-unknown",
            message: {
              vi: "không xác định được kỳ báo cáo; hãy truyền kỳ (ví dụ 2022H1)",
              en: "reporting period unknown; pass it (e.g. 2022H1)",
            },
          },
      rows: app.rows,
      findings,
    };
  }
  let agency = options.agency;
  if (!agency) {
    const head = lines.slice(0, 15).map((l) => l.trim().replace(/[*#]/g, "").trim());
    const line = head.find((l) => l.length < 150 && AGENCY_LINE.test(l));
    if (line) {
      agency = { id: slug(line), name: line };
      info(
        "import.agency-detected",
        "info",
        `cơ quan báo cáo lấy từ đầu văn bản: "${line}"`,
        `reporting agency taken from the heading: "${line}"`,
      );
    } else {
      agency = { id: "unknown" };
      info(
        "import.agency-unknown",
        "warning",
        "không xác định được cơ quan báo cáo từ văn bản; hãy truyền cơ quan (tùy chọn agency, hoặc --agency ở dòng lệnh)",
        "reporting agency not found in the text; pass it (the agency option, or --agency on the command line)",
      );
    }
  }
  if (matchedRows === 0) {
    info(
      "import.no-appendix",
      "warning",
      "báo cáo không có phụ lục số liệu",
      "the report has no statistical appendix",
    );
  }
  const candidate: Record<string, unknown> = {
    format: REPORT_FORMAT,
    agency,
    period,
    catalogVersion: app.catalogVersion,
    values: app.values,
  };
  if (options.asOf) candidate.asOf = options.asOf;
  if (narrative) candidate.narrative = narrative;
  const parsed = ReportSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: {
        code: "invalid-report",
        message: {
          vi: `báo cáo nhập được không hợp lệ tại ${issue?.path.join(".") ?? ""}: ${issue?.message ?? ""}`,
          en: `the imported report is invalid at ${issue?.path.join(".") ?? ""}: ${issue?.message ?? ""}`,
        },
      },
      rows: app.rows,
      findings,
    };
  }
  return { ok: true, report: parsed.data, rows: app.rows, findings };
}

/**
 * Xuất JSON: the library's JSON report format (`cchc.report/1`), two-space indented, keys in a stable
 * order. {@link reportFromJson} reads it back to an equal report.
 * @example
 * reportFromJson(reportToJson(report)); // { ok: true, report } equal to the input
 */
export function reportToJson(report: Report): string {
  const out: Record<string, unknown> = { format: report.format ?? REPORT_FORMAT, agency: report.agency };
  out.period = report.period;
  if (report.asOf !== undefined) out.asOf = report.asOf;
  if (report.catalogVersion !== undefined) out.catalogVersion = report.catalogVersion;
  out.values = report.values;
  if (report.narrative !== undefined) out.narrative = report.narrative;
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * Lỗi đọc JSON: why a text is not a report in the JSON format.
 * @example
 * const e: JsonReportError = { code: "invalid-json", message: { vi: "…", en: "…" } };
 */
export interface JsonReportError {
  code: "invalid-json" | "invalid-report";
  message: { vi: string; en: string };
  /** For `invalid-report`: where and what (first issues). */
  issues?: { path: string; message: string }[];
}

/**
 * Đọc JSON: parses the library's JSON report format and validates it (zod `ReportSchema`); every
 * failure is a typed result, never thrown.
 * @example
 * reportFromJson("{").ok; // false (error.code "invalid-json")
 */
export function reportFromJson(
  text: string,
): { ok: true; report: Report } | { ok: false; error: JsonReportError } {
  let data: unknown;
  try {
    data = JSON.parse(typeof text === "string" && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : "";
    return {
      ok: false,
      error: {
        code: "invalid-json",
        message: { vi: `JSON không hợp lệ: ${why}`, en: `invalid JSON: ${why}` },
      },
    };
  }
  const r = ReportSchema.safeParse(data);
  if (!r.success) {
    const issues = r.error.issues.slice(0, 10).map((i) => ({ path: i.path.join("."), message: i.message }));
    return {
      ok: false,
      error: {
        code: "invalid-report",
        message: {
          vi: `báo cáo không hợp lệ tại ${issues[0]?.path || "(gốc)"}: ${issues[0]?.message ?? ""}`,
          en: `invalid report at ${issues[0]?.path || "(root)"}: ${issues[0]?.message ?? ""}`,
        },
        issues,
      },
    };
  }
  return { ok: true, report: r.data };
}
