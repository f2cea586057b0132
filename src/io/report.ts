/**
 * Nhập báo cáo: a whole report text (narrative + appendix) into a {@link Report}; JSON round trip.
 * @module
 */
import { CalendarError } from "../calendar/errors.js";
import { reportingPeriod } from "../calendar/periods.js";
import { catalogForReport } from "../catalog/lookup.js";
import type { ReportingPeriod } from "../model/period.js";
import { plainReport } from "../model/plain-report.js";
import { REPORT_FORMAT, type Report, ReportSchema } from "../model/report.js";
import type { Finding } from "../rules/finding.js";
import { type ImportCounts, type ImportedRow, type ImportOptions, importAppendixLines } from "./appendix.js";
import { makeFinding } from "./findings.js";
import { issuerFitsAgency, type ReportHeader, readReportHeader } from "./header.js";
import { foldText, isoDate, isRealDate, normalizeText } from "./text.js";

/**
 * Tùy chọn nhập báo cáo: the appendix options plus what the text may not say.
 * @example
 * const o: ImportReportOptions = { agency: { id: "khanh-hoa/skhcn" }, periodRegime: "calendar" };
 */
export interface ImportReportOptions extends ImportOptions {
  /** The report's period; default: detected from the title. */
  period?: ReportingPeriod;
  /** The reporting agency; default: detected from the heading block, else `{ id: "unknown" }`. */
  agency?: { id: string; name?: string; parent?: string };
  /**
   * Sổ cơ quan: resolves an agency name or symbol (as written in the heading: "SỞ TƯ PHÁP", "STP") to an
   * id — for example `(name) => registry.resolve(name)?.id` with a registry of `cchc/rollup`. Called with
   * the agency's name, then with its name followed by the governing body's place, then with the
   * symbol's issuer part.
   */
  resolveAgency?: (name: string) => string | undefined;
  /**
   * Bí danh cơ quan: names or symbols (as written in headings) → agency ids, compared without case,
   * diacritics or punctuation (`{ "SỞ TƯ PHÁP": "khanh-hoa/stp", "STP": "khanh-hoa/stp" }`); used like
   * `resolveAgency` when that is not given.
   */
  agencyAliases?: Readonly<Record<string, string>>;
  /** Window of a detected period: NĐ 09/2019 cut-offs (default) or calendar months. */
  periodRegime?: "nd09-2019" | "calendar";
  /** Report date `YYYY-MM-DD`; default: the date of the heading's place-and-date line. */
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
 * Đã đọc được gì: what an import read — `status` `imported` when at least one appendix row matched the
 * template, `no-appendix` when none did (a narrative-only text, or a table whose columns could not be
 * found: the findings say which), so a caller can refuse to call such a report checked; `counts` of the
 * appendix rows (see {@link ImportCounts}); `header` as read by {@link readReportHeader}; `layout` of
 * the appendix table.
 * @example
 * const r = importReport("BÁO CÁO\nCông tác CCHC quý III năm 2022\n");
 * r.status;         // "no-appendix"
 * r.counts.matched; // 0
 */
export interface ImportReadout {
  status: "imported" | "no-appendix";
  counts: ImportCounts;
  header: ReportHeader;
  /** How the appendix's cells were separated (see `AppendixImport.layout`); `none` without a table. */
  layout: "tsv" | "csv" | "aligned" | "none";
}

/**
 * Đọc báo cáo đã có cấu trúc: the {@link ImportReadout} of a report that arrived already structured (the
 * JSON format) rather than imported from text — every value is a row read; those whose id the report's
 * catalog knows are matched; `no-appendix` when none is. No header was read (`lines: 0`) and no table
 * layout applies (`none`).
 * @example
 * readoutOfReport({ period: { to: "2022-06-14" }, values: { "1.2": { raw: "37,03%" }, "9.9.9": { raw: "1" } } }).counts;
 * // { rowsRead: 2, matched: 1, unmatched: 1 }
 */
export function readoutOfReport(report: {
  period?: { to?: string | undefined } | undefined;
  catalogVersion?: string | undefined;
  values?: Record<string, unknown> | undefined;
}): ImportReadout {
  const ids = report?.values && typeof report.values === "object" ? Object.keys(report.values) : [];
  const { catalog } = catalogForReport(report ?? {});
  const known = new Set(catalog.rows.map((r) => r.id));
  let matched = 0;
  for (const id of ids) if (known.has(id)) matched++;
  return {
    status: matched > 0 ? "imported" : "no-appendix",
    counts: { rowsRead: ids.length, matched, unmatched: ids.length - matched },
    header: { lines: 0 },
    layout: "none",
  };
}

/**
 * Kết quả nhập báo cáo: the report (or why not), every input row of the appendix with its outcome,
 * the import findings, and what was read ({@link ImportReadout}). Never thrown.
 * @example
 * const r: ImportReportResult = importReport("BÁO CÁO\nCông tác CCHC quý III năm 2022\n");
 */
export type ImportReportResult = ImportReadout &
  (
    | { ok: true; report: Report; rows: ImportedRow[]; findings: Finding[] }
    | { ok: false; error: ImportError; rows: ImportedRow[]; findings: Finding[] }
  );

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Kỳ báo cáo đọc từ tiêu đề: what {@link detectPeriodInTitle} found — the kind, year and index, the
 * text matched, and the window the title states when it states one ("(từ 01/12/2019 đến 29/02/2020)").
 * `kind` is `custom` when the title states only a window.
 * @example
 * const t: TitlePeriod = { kind: "month", year: 2021, index: 5, matched: "tháng 5/2021" };
 */
export interface TitlePeriod {
  kind: "month" | "quarter" | "half-year" | "nine-months" | "year" | "custom";
  year: number;
  index?: number;
  matched: string;
  window?: { from: string; to: string; matched: string };
}

const NOT_LETTER = "(?<![\\p{L}\\d])";
const PERIOD_PATTERNS: [TitlePeriod["kind"], RegExp][] = [
  [
    "half-year",
    new RegExp(`${NOT_LETTER}(?:6|sáu)\\s*tháng\\s*(đầu|cuối)\\s*(?:năm\\s*)?[/-]?\\s*(\\d{4})`, "u"),
  ],
  ["half-year", new RegExp(`${NOT_LETTER}(?:6|sáu)\\s*tháng\\s*(?:năm\\s*|[/-]\\s*)(\\d{4})`, "u")],
  [
    "quarter",
    new RegExp(
      `${NOT_LETTER}quý\\s*(iv|iii|ii|i|[1-4])(?![\\p{L}\\d])\\s*(?:năm\\s*|[/-]\\s*)?(\\d{4})`,
      "u",
    ),
  ],
  [
    "nine-months",
    new RegExp(`${NOT_LETTER}(?:9|chín)\\s*tháng\\s*(?:đầu\\s*)?(?:năm\\s*|[/-]\\s*)(\\d{4})`, "u"),
  ],
  ["month", new RegExp(`${NOT_LETTER}tháng\\s*(\\d{1,2})\\s*(?:năm\\s*|[/-]\\s*)(\\d{4})`, "u")],
  ["month", new RegExp(`${NOT_LETTER}t\\s?(\\d{1,2})\\s*[/-]\\s*(\\d{4})`, "u")],
  ["year", /(?:^|\n|cải cách hành chính|cchc|báo cáo)\s*năm\s*(\d{4})/u],
];
const DMY = "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})";
const WINDOW = new RegExp(
  `(?:tính\\s*)?từ\\s*(?:ngày\\s*)?${DMY}\\s*(?:đến|-|tới)\\s*(?:hết\\s*)?(?:ngày\\s*)?${DMY}`,
  "u",
);
/** "ngày 15 tháng 6 năm 2022" is a date, never a month period. */
const DATE_WORDS = /ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}/gu;

/**
 * A quarter, half or nine months named without a year ("quý II", "6 tháng đầu năm"), with the match (to
 * show it as written).
 */
function yearlessPart(
  head: string,
): { kind: "half-year" | "quarter" | "nine-months"; index?: number; m: RegExpExecArray } | null {
  let m = /(?<![\p{L}\d])(?:6|sáu)\s*tháng\s*(đầu|cuối)(?:\s*năm)?(?!\s*[/-]?\s*\d)/u.exec(head);
  if (m) return { kind: "half-year", index: m[1] === "cuối" ? 2 : 1, m };
  m = /(?<![\p{L}\d])quý\s*(iv|iii|ii|i|[1-4])(?![\p{L}\d])(?!\s*(?:năm\s*|[/-]\s*)\d)/u.exec(head);
  if (m) return { kind: "quarter", index: ROMAN[m[1]!] ?? Number(m[1]), m };
  m = /(?<![\p{L}\d])(?:9|chín)\s*tháng(?:\s*đầu)?(?:\s*năm)?(?!\s*[/-]?\s*\d)/u.exec(head);
  if (m) return { kind: "nine-months", m };
  return null;
}

/** The lines a title is searched in: the block from "BÁO CÁO" on, else the first lines (as written). */
function titleBlock(text: string): string {
  const raw = normalizeText(text.slice(0, 8000))
    .split(/\r?\n/)
    .map((l) => l.replace(/[*#_]/g, " ").trim());
  const at = raw.findIndex((l) => l.length <= 300 && /^báo cáo\b/iu.test(l));
  if (at < 0)
    return raw
      .filter((l) => l !== "" && l.length <= 300)
      .slice(0, 12)
      .join("\n");
  // the title: "BÁO CÁO" and the lines under it up to the first blank line after them (at most six)
  const block: string[] = [raw[at]!];
  for (let i = at + 1; i < raw.length && block.length < 6; i++) {
    const l = raw[i]!;
    if (l === "") {
      if (block.length > 1) break;
      continue;
    }
    if (l.length > 300) break;
    block.push(l);
  }
  return block.join("\n");
}

/**
 * Kỳ báo cáo trong tiêu đề: the period a report title names, in the forms officers write — months
 * ("tháng 5/2021", "T5/2021", "tháng 5 năm 2021"), quarters in Roman or Arabic numerals ("quý I/2020",
 * "quý 3 năm 2021", "QUÝ" / "3 NĂM 2021" broken over lines), halves ("6 tháng đầu/cuối năm 2022"; "6
 * tháng năm 2022" is the first half), nine months ("9 tháng năm 2022"), years ("năm 2022") — with the
 * text matched, or null. The title block is read: "BÁO CÁO" and the lines under it up to a blank line,
 * else the first lines;
 * the date line ("ngày 15 tháng 6 năm 2022") is never read as a month. A window stated in the title
 * ("(từ 01/12/2019 đến 29/02/2020)") is returned as `window`; a title with a window and no named
 * period gives a `custom` period.
 * @example
 * detectPeriodInTitle("BÁO CÁO\nCông tác cải cách hành chính 6 tháng đầu năm 2022");
 * // { kind: "half-year", year: 2022, index: 1, matched: "6 tháng đầu năm 2022" }
 * detectPeriodInTitle("BÁO CÁO\nKết quả CCHC T5/2021")?.index; // 5
 * detectPeriodInTitle("BÁO CÁO\nCCHC quý I/2020 (từ 01/12/2019 đến 29/02/2020)")?.window?.from; // "2019-12-01"
 */
export function detectPeriodInTitle(text: string): TitlePeriod | null {
  if (typeof text !== "string") return null;
  const written = titleBlock(text);
  const head = written.toLowerCase().replace(DATE_WORDS, (m) => " ".repeat(m.length));
  // lower-casing keeps the length of Vietnamese text; if not ("İ"), a match is shown lower-cased
  const sameLength = head.length === written.length;
  const shown = (m: RegExpExecArray) =>
    (sameLength ? written.slice(m.index, m.index + m[0].length) : m[0]).replace(/\s+/g, " ").trim();
  let found: TitlePeriod | null = null;
  for (const [kind, re] of PERIOD_PATTERNS) {
    const m = re.exec(head);
    if (!m) continue;
    if (kind === "year") {
      // "Kết quả CCHC năm 2022" over "(quý II)" or "6 tháng đầu năm": the part of the year it names
      const part = yearlessPart(head);
      if (part) {
        const { m: pm, ...named } = part;
        found = { ...named, year: Number(m[1]), matched: `${shown(m)} … ${shown(pm)}` };
        break;
      }
    }
    const year = Number(m[m.length - 1]);
    const matched = shown(m);
    if (kind === "half-year") {
      found = { kind, year, index: m[1] === "cuối" ? 2 : 1, matched };
    } else if (kind === "quarter") {
      found = { kind, year, index: ROMAN[m[1]!] ?? Number(m[1]), matched };
    } else if (kind === "month") {
      const month = Number(m[1]);
      if (month < 1 || month > 12) continue;
      found = { kind, year, index: month, matched };
    } else found = { kind, year, matched };
    break;
  }
  const w = WINDOW.exec(head);
  if (w) {
    const [d1, m1, y1, d2, m2, y2] = w.slice(1, 7).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const from = isRealDate(y1, m1, d1) ? isoDate(y1, m1, d1) : null;
    const to = isRealDate(y2, m2, d2) ? isoDate(y2, m2, d2) : null;
    if (from && to && from <= to) {
      const window = { from, to, matched: shown(w) };
      if (found) found.window = window;
      else found = { kind: "custom", year: y2, matched: window.matched, window };
    }
  }
  return found;
}

function slug(s: string): string {
  return (
    foldText(s)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 120) || "unknown"
  );
}

/** The place part of a governing body's name ("UBND TỈNH KHÁNH HÒA" → "TỈNH KHÁNH HÒA"). */
function placeOf(name: string): string | null {
  const m = /(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+\S.*$/iu.exec(name);
  return m ? m[0] : null;
}

/**
 * Nhập báo cáo từ văn bản: reads a whole report — the heading block (NĐ 30/2020/NĐ-CP layout, see
 * {@link readReportHeader}), the narrative (everything before the "Phụ lục" heading) into `narrative`,
 * the appendix into `values` (see {@link importAppendix}).
 * - Agency: from the options, else the issuing agency of the heading (the name under the governing
 *   body, which is kept as `agency.parent`), resolved through `resolveAgency` when given; the id is the
 *   resolved one, else a slug of the governing body and the agency (`ubnd-tinh-khanh-hoa/so-tu-phap`).
 *   The "Số: …" symbol is cross-checked with the agency (`import.symbol-agency-mismatch`).
 * - Period: from the options, else the title ("6 tháng đầu năm 2022", "quý III năm 2022", "tháng
 *   5/2021", "năm 2022", see {@link detectPeriodInTitle}) using the NĐ 09/2019/NĐ-CP Điều 12 window by
 *   default (`reportingPeriod` of `cchc/calendar`), said in an `import.period-detected` info finding; a
 *   window stated in the title wins (`import.period-window`).
 * - Date: `asOf` from the options, else the heading's place-and-date line.
 * - What was read: `status` and `counts` (see {@link ImportReadout}); a text with no appendix row is
 *   still a report when it has a period (`status: "no-appendix"`, finding `import.no-appendix`).
 * Fails (typed, never thrown) when the text is empty, has neither appendix rows nor a title period, or
 * the period is unknown.
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
      status: "no-appendix",
      counts: { rowsRead: 0, matched: 0, unmatched: 0 },
      header: { lines: 0 },
      layout: "none",
    };
  }
  const appendixOptions: ImportOptions = { ...options };
  if (options.period) appendixOptions.date = options.period.to;
  const { result: app, lines } = importAppendixLines(text, appendixOptions);
  const findings = [...app.findings];
  const matchedRows = app.counts.matched;
  const status = matchedRows > 0 ? "imported" : "no-appendix";
  const head = lines.slice(0, 300).join("\n");
  const header = readReportHeader(head);
  let narrative: string | undefined;
  if (app.headingLine !== null) narrative = lines.slice(0, app.headingLine).join("\n").trim();
  else if (matchedRows === 0) narrative = lines.join("\n").trim();
  const info = (rule: string, severity: "info" | "warning", vi: string, en: string) =>
    findings.push(makeFinding({ rule, severity, source: "import", lang, vi, en }));
  const readout = { status, counts: app.counts, header, layout: app.layout } as const;

  let period = options.period;
  const detected = options.period ? null : detectPeriodInTitle(narrative ?? head);
  if (!period && detected) period = periodFromTitle(detected, options.periodRegime ?? "nd09-2019", info);
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
      ...readout,
    };
  }
  const agency = options.agency ?? agencyFromHeader(header, resolverOf(options), info);
  if (!options.agency && header.symbol?.parsed && header.agency) {
    const issuer = header.symbol.parsed.issuers[0];
    const fits =
      issuer === undefined ||
      issuerFitsAgency(issuer, header.agency) ||
      (header.governingBody !== undefined && issuerFitsAgency(issuer, header.governingBody));
    if (!fits) {
      info(
        "import.symbol-agency-mismatch",
        "warning",
        `số, ký hiệu "${header.symbol.written}" ghi cơ quan "${issuer}", khác cơ quan ở đầu văn bản "${header.agency}"`,
        `the number and symbol "${header.symbol.written}" names the issuer "${issuer}", not the heading's agency "${header.agency}"`,
      );
    }
  }
  if (matchedRows === 0 && !findings.some((f) => f.rule === "import.columns-not-found")) {
    const i = findings.findIndex((f) => f.rule === "import.no-rows");
    if (i >= 0) findings.splice(i, 1);
    info(
      "import.no-appendix",
      "warning",
      "báo cáo không có phụ lục số liệu: không có chỉ tiêu nào để kiểm tra",
      "the report has no statistical appendix: there is no indicator to check",
    );
  }
  const candidate: Record<string, unknown> = {
    format: REPORT_FORMAT,
    agency,
    period,
    catalogVersion: app.catalogVersion,
    values: app.values,
  };
  const asOf = options.asOf ?? header.date;
  if (asOf) candidate.asOf = asOf;
  if (!options.asOf && header.date !== undefined && header.date < period.from) {
    info(
      "import.date-before-period",
      "warning",
      `ngày của văn bản ${header.date} ở trước kỳ báo cáo (${period.from} → ${period.to}): ngày hoặc kỳ bị ghi nhầm?`,
      `the document's date ${header.date} is before the reporting period (${period.from} → ${period.to}): is the date or the period mistyped?`,
    );
  }
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
      ...readout,
    };
  }
  return { ok: true, report: parsed.data, rows: app.rows, findings, ...readout };
}

type Say = (rule: string, severity: "info" | "warning", vi: string, en: string) => void;

/** The period of a title: the NĐ 09 (or calendar) window of its kind, or the window the title states. */
function periodFromTitle(
  detected: TitlePeriod,
  regime: "nd09-2019" | "calendar",
  say: Say,
): ReportingPeriod | undefined {
  const w = detected.window;
  if (detected.kind === "custom") {
    if (!w) return undefined;
    say(
      "import.period-window",
      "info",
      `kỳ báo cáo lấy từ khoảng thời gian ghi ở tiêu đề "${w.matched}": ${w.from} → ${w.to}`,
      `period taken from the window stated in the title "${w.matched}": ${w.from} → ${w.to}`,
    );
    return { kind: "custom", year: Number(w.to.slice(0, 4)), from: w.from, to: w.to };
  }
  let p: ReturnType<typeof reportingPeriod>;
  try {
    p = reportingPeriod(detected.kind, detected.year, detected.index, { regime });
  } catch (e) {
    // a title year outside the calendar's range (CalendarRangeError): no period from the title
    if (e instanceof CalendarError) return undefined;
    throw e;
  }
  const period: ReportingPeriod = { kind: p.kind, year: p.year, from: p.from, to: p.to };
  if (p.index !== undefined) period.index = p.index;
  const win = regime === "nd09-2019" ? "NĐ 09/2019/NĐ-CP Điều 12" : "calendar";
  say(
    "import.period-detected",
    "info",
    `kỳ báo cáo lấy từ tiêu đề "${detected.matched}": ${p.id}, ${p.from} → ${p.to} (${regime === "nd09-2019" ? "khung NĐ 09/2019/NĐ-CP Điều 12" : "theo lịch"}); truyền kỳ nếu báo cáo dùng khung khác`,
    `period taken from the title "${detected.matched}": ${p.id}, ${p.from} → ${p.to} (${win} window); pass the period if the report uses another window`,
  );
  if (w && (w.from !== p.from || w.to !== p.to)) {
    if (Number(w.to.slice(0, 4)) === p.year) {
      say(
        "import.period-window",
        "info",
        `tiêu đề ghi rõ khoảng thời gian "${w.matched}": dùng ${w.from} → ${w.to} thay cho khung mặc định ${p.from} → ${p.to}`,
        `the title states the window "${w.matched}": ${w.from} → ${w.to} is used instead of the default ${p.from} → ${p.to}`,
      );
      period.from = w.from;
      period.to = w.to;
    } else {
      say(
        "import.period-window",
        "warning",
        `khoảng thời gian ở tiêu đề "${w.matched}" không kết thúc trong năm ${p.year} của kỳ; dùng khung mặc định ${p.from} → ${p.to}`,
        `the window in the title "${w.matched}" does not end in the period's year ${p.year}; the default ${p.from} → ${p.to} is used`,
      );
    }
  }
  return period;
}

/** The agency resolver of the options: the callback, else a lookup in the alias map. */
function resolverOf(options: ImportReportOptions): ((name: string) => string | undefined) | undefined {
  if (options.resolveAgency) return options.resolveAgency;
  const aliases = options.agencyAliases;
  if (!aliases || typeof aliases !== "object") return undefined;
  const map = new Map<string, string>();
  for (const [k, v] of Object.entries(aliases))
    if (typeof v === "string" && v !== "") map.set(foldText(k), v);
  return (name) => map.get(foldText(name));
}

/** The agency named by the heading block, resolved through the callback when one is given. */
function agencyFromHeader(
  header: ReportHeader,
  resolve: ((name: string) => string | undefined) | undefined,
  say: Say,
): { id: string; name?: string; parent?: string } {
  const name = header.agency;
  if (name === undefined) {
    say(
      "import.agency-unknown",
      "warning",
      "không xác định được cơ quan báo cáo từ văn bản; hãy truyền cơ quan (tùy chọn agency, hoặc --agency ở dòng lệnh)",
      "reporting agency not found in the text; pass it (the agency option, or --agency on the command line)",
    );
    return { id: "unknown" };
  }
  const parent = header.governingBody;
  const agency: { id: string; name?: string; parent?: string } = { id: "", name };
  if (parent !== undefined) agency.parent = parent;
  if (resolve) {
    const place = parent !== undefined ? placeOf(parent) : null;
    const tries = [name, place ? `${name} ${place}` : null, header.symbol?.parsed?.issuers[0] ?? null];
    for (const t of tries) {
      if (t === null) continue;
      let id: string | undefined;
      try {
        id = resolve(t);
      } catch {
        // a resolver that throws resolves nothing
      }
      if (typeof id === "string" && id !== "") {
        agency.id = id;
        say(
          "import.agency-detected",
          "info",
          `cơ quan báo cáo lấy từ đầu văn bản: "${name}"${parent ? ` (cơ quan chủ quản "${parent}")` : ""}, tra sổ cơ quan theo "${t}" → ${id}`,
          `reporting agency taken from the heading: "${name}"${parent ? ` (governing body "${parent}")` : ""}, resolved by "${t}" → ${id}`,
        );
        return agency;
      }
    }
    say(
      "import.agency-unresolved",
      "warning",
      `cơ quan "${name}" ở đầu văn bản không có trong sổ cơ quan; dùng mã tạm "${slugOf(name, parent)}"`,
      `the heading's agency "${name}" is not in the registry; the provisional id "${slugOf(name, parent)}" is used`,
    );
    agency.id = slugOf(name, parent);
    return agency;
  }
  agency.id = slugOf(name, parent);
  say(
    "import.agency-detected",
    "info",
    `cơ quan báo cáo lấy từ đầu văn bản: "${name}"${parent ? ` (cơ quan chủ quản "${parent}")` : ""}`,
    `reporting agency taken from the heading: "${name}"${parent ? ` (governing body "${parent}")` : ""}`,
  );
  return agency;
}

function slugOf(name: string, parent: string | undefined): string {
  return parent === undefined ? slug(name) : `${slug(parent)}/${slug(name)}`;
}

/**
 * Xuất JSON: the library's JSON report format (`cchc.report/1`), two-space indented, keys in a stable
 * order. {@link reportFromJson} reads it back to an equal report.
 * @example
 * reportFromJson(reportToJson(report)); // { ok: true, report } equal to the input
 */
export function reportToJson(report: Report): string {
  // the keys in this order; JSON.stringify leaves out those that are undefined
  const out = {
    format: report.format ?? REPORT_FORMAT,
    agency: report.agency,
    period: report.period,
    asOf: report.asOf,
    catalogVersion: report.catalogVersion,
    values: report.values,
    narrative: report.narrative,
  };
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
  // the plainly well-formed report is copied as zod would return it (src/model/plain-report.ts); zod
  // decides every other value, and gives the issues of an invalid one
  const plain = plainReport(data, true);
  if (plain !== undefined) return { ok: true, report: plain };
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
