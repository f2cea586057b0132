/**
 * Xuất Excel: the appendix as an `.xlsx` workbook an officer can paste from.
 * @module
 */
import { zipSync } from "fflate";
import type { Catalog } from "../catalog/types.js";
import { lines } from "../io/render.js";
import type { Report } from "../model/report.js";
import { parseVietnameseNumber } from "../numbers/parse.js";
import type { Finding, Lang } from "../rules/finding.js";
import { formatXlsxCell } from "./tsv.js";

/**
 * Tùy chọn xuất Excel.
 * @example
 * const o: RenderXlsxOptions = { lang: "vi", findings: [] };
 */
export interface RenderXlsxOptions {
  /** Findings to show beside their rows (a column and cell comments) and on the second sheet. */
  findings?: readonly Finding[];
  /** Labels language (default `vi`); the period line stays Vietnamese so the workbook reads back. */
  lang?: Lang;
  /** Appendix template (default: as `renderReport`). */
  catalog?: Catalog;
}

const LABELS = {
  vi: {
    sheet: "Phụ lục",
    findingsSheet: "Phát hiện",
    heading: "Phụ lục",
    title: "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
    period: "Kỳ báo cáo",
    cols: ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú", "Phát hiện"],
    fcols: ["Mức độ", "Quy tắc", "Chỉ tiêu", "Nội dung", "Cần", "Ghi"],
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  },
  en: {
    sheet: "Appendix",
    findingsSheet: "Findings",
    heading: "Phụ lục (appendix)",
    title: "STATISTICS ON ADMINISTRATIVE REFORM (CCHC) RESULTS",
    period: "Period",
    cols: ["No.", "Indicator", "Unit", "Value", "Note", "Findings"],
    fcols: ["Severity", "Rule", "Indicator", "Message", "Expected", "Actual"],
    severity: { error: "Error", warning: "Warning", info: "Info" },
  },
} as const;

const ROMAN = ["I", "II", "III", "IV"];

/** The period as a report title says it ("6 tháng đầu năm 2022"), so that the importer finds it. */
function periodPhrase(p: Report["period"]): string {
  switch (p.kind) {
    case "half-year":
      return `6 tháng ${p.index === 2 ? "cuối" : "đầu"} năm ${p.year}`;
    case "quarter":
      return `quý ${ROMAN[(p.index ?? 1) - 1] ?? p.index} năm ${p.year}`;
    case "nine-months":
      return `9 tháng năm ${p.year}`;
    case "year":
      return `năm ${p.year}`;
    default:
      return `năm ${p.year}`;
  }
}

/** Drops characters XML 1.0 cannot hold (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF). */
function xmlSafe(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff) continue;
    out += ch;
  }
  return out;
}

function esc(s: string): string {
  return xmlSafe(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Decimal string shifted left by 2 (a percent as a fraction), exactly. */
function percentToFraction(value: string): string {
  const neg = value.startsWith("-");
  const [i = "0", f = ""] = value.replace("-", "").split(".");
  const digits = i.padStart(3, "0") + f;
  const cut = digits.length - f.length - 2;
  const out = `${digits.slice(0, cut).replace(/^0+(?=\d)/, "")}.${digits.slice(cut)}`;
  return `${neg ? "-" : ""}${out}`;
}

type Cell = { kind: "text"; text: string; style: number } | { kind: "number"; value: number; style: number };

class Styles {
  private readonly formats = new Map<string, number>();
  private readonly xfs: string[] = [];
  constructor() {
    // 0 default, 1 title, 2 header, 3 text, 4 group text, 5-7 findings by severity
    this.xfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
    this.xfs.push('<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>');
    this.xfs.push(
      '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>',
    );
    this.xfs.push(
      '<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
    );
    this.xfs.push(
      '<xf numFmtId="49" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
    );
    for (const fill of [3, 4, 5]) {
      this.xfs.push(
        `<xf numFmtId="49" fontId="0" fillId="${fill}" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`,
      );
    }
  }
  /** The style index of a numeric cell with this format code. */
  number(format: string): number {
    const known = this.formats.get(format);
    if (known !== undefined) return known;
    const builtin: Record<string, number> = {
      "0": 1,
      "0.00": 2,
      "#,##0": 3,
      "#,##0.00": 4,
      "0%": 9,
      "0.00%": 10,
    };
    const id =
      builtin[format] ?? 164 + [...this.formats.keys()].filter((k) => builtin[k] === undefined).length;
    this.xfs.push(
      `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>`,
    );
    const idx = this.xfs.length - 1;
    this.formats.set(format, idx);
    return idx;
  }
  xml(): string {
    const builtin = new Set(["0", "0.00", "#,##0", "#,##0.00", "0%", "0.00%"]);
    const custom = [...this.formats.keys()].filter((k) => !builtin.has(k));
    const numFmts = custom.length
      ? `<numFmts count="${custom.length}">${custom.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>`).join("")}</numFmts>`
      : "";
    const font = (b: boolean) =>
      `<font>${b ? "<b/>" : ""}<sz val="12"/><name val="Times New Roman"/><family val="1"/></font>`;
    const solid = (rgb: string) =>
      `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
    const side = (n: string) => `<${n} style="thin"><color auto="1"/></${n}>`;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${numFmts}<fonts count="2">${font(false)}${font(true)}</fonts><fills count="6"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${solid("FFEEEEEE")}${solid("FFFDE7EA")}${solid("FFFFF4D6")}${solid("FFE8F1FB")}</fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  }
}

/** A value cell: a real number when the number reads back exactly as written, else the text. */
function valueCell(raw: string, styles: Styles): Cell {
  const text = raw.trim();
  const p = parseVietnameseNumber(text);
  if (text !== "" && p.ok && p.value.kind === "number" && !p.value.unitWord && !p.value.ambiguity) {
    const d = p.value.decimals;
    const fixed = d > 0 ? `.${"0".repeat(Math.min(d, 20))}` : "";
    const candidates = p.value.percent
      ? [{ v: Number(percentToFraction(p.value.value)), f: `0${fixed}%` }]
      : [
          { v: Number(p.value.value), f: `#,##0${fixed}` },
          { v: Number(p.value.value), f: `0${fixed}` },
        ];
    for (const c of candidates) {
      if (Number.isFinite(c.v) && formatXlsxCell({ kind: "number", value: c.v, format: c.f }) === text) {
        return { kind: "number", value: c.v, style: styles.number(c.f) };
      }
    }
  }
  return { kind: "text", text: raw, style: 3 };
}

function sheetXml(
  rows: (Cell | undefined)[][],
  widths: number[],
  extra: { merges?: string[]; freezeRow?: number; legacyDrawing?: string } = {},
): string {
  const body = rows
    .map((r, ri) => {
      const cells = r
        .map((c, ci) => {
          if (!c) return "";
          const ref = `${colName(ci)}${ri + 1}`;
          if (c.kind === "number") return `<c r="${ref}" s="${c.style}"><v>${c.value}</v></c>`;
          return `<c r="${ref}" s="${c.style}" t="inlineStr"><is><t xml:space="preserve">${esc(c.text)}</t></is></c>`;
        })
        .join("");
      return `<row r="${ri + 1}">${cells}</row>`;
    })
    .join("");
  const pane =
    extra.freezeRow !== undefined
      ? `<pane ySplit="${extra.freezeRow}" topLeftCell="A${extra.freezeRow + 1}" activePane="bottomLeft" state="frozen"/>`
      : "";
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const merges = extra.merges?.length
    ? `<mergeCells count="${extra.merges.length}">${extra.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${body}</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>${extra.legacyDrawing ? `<legacyDrawing r:id="${extra.legacyDrawing}"/>` : ""}</worksheet>`;
}

function findingText(f: Finding, lang: Lang): string {
  const msg = lang === "en" ? f.messages.en : f.messages.vi;
  return `[${f.severity}] ${f.rule}: ${msg}`;
}

function vmlShape(row: number, col: number, n: number): string {
  return `<v:shape id="_x0000_s${1025 + n}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:90pt;z-index:${n + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 15, ${row + 5}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
}

/**
 * Xuất phụ lục ra Excel: the appendix as an `.xlsx` workbook — sheet 1 in the template's layout (STT |
 * Chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú, then a findings column), values as real numbers with
 * Vietnamese-displayed number formats (`#,##0`; rates as percentages `0.00%`, 37,03 % stored as
 * 0.3703) whenever the number reads back exactly as written, otherwise as the text written
 * (`54/55 TTHC`, `08`); each row's findings in the findings column and as a comment on its value
 * cell; sheet 2 lists every finding (severity, rule, indicator, message, expected, actual). The title
 * rows name the agency and the period the way a report title does, so that `importReportFile` reads
 * the workbook back to the same report. Runs in a browser; never throws.
 * @example
 * const bytes = renderReportXlsx(report, { findings: checkReport(report).findings });
 * [bytes[0], bytes[1]]; // [0x50, 0x4b]
 */
export function renderReportXlsx(report: Report, options: RenderXlsxOptions = {}): Uint8Array {
  const lang: Lang = options.lang === "en" ? "en" : "vi";
  const L = LABELS[lang];
  const renderOptions = { to: "md" as const, lang, findings: options.findings ?? [] };
  const { lines: rows } = lines(
    report,
    options.catalog ? { ...renderOptions, catalog: options.catalog } : renderOptions,
  );
  const styles = new Styles();
  const text = (t: string, style = 3): Cell => ({ kind: "text", text: t, style });
  const who = report.agency.name ?? report.agency.id;
  const sheet: (Cell | undefined)[][] = [
    [text(who, 1)],
    [text("BÁO CÁO", 1)],
    [text(`${L.period}: ${periodPhrase(report.period)} (${report.period.from} → ${report.period.to})`, 1)],
    [],
    [text(L.heading, 1)],
    [text(L.title, 1)],
    L.cols.map((c) => text(c, 2)),
  ];
  const headerRows = sheet.length;
  const comments: { ref: string; row: number; col: number; text: string }[] = [];
  for (const r of rows) {
    if (r.group && r.raw === "" && r.note === "" && r.findings.length === 0 && r.code === "-") continue;
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const worst = r.findings.reduce<Finding | null>(
      (a, f) => (!a || rank[f.severity] < rank[a.severity] ? f : a),
      null,
    );
    const fstyle = worst ? 5 + rank[worst.severity] : 3;
    const ftext = r.findings.map((f) => findingText(f, lang)).join("\n");
    const rowIndex = sheet.length;
    sheet.push([
      text(r.code === "-" ? "" : r.code, r.group ? 4 : 3),
      text(r.code === "-" ? `- ${r.name}` : r.name, r.group ? 4 : 3),
      text(r.unit),
      valueCell(r.raw, styles),
      text(r.note),
      text(ftext, fstyle),
    ]);
    if (r.findings.length) comments.push({ ref: `D${rowIndex + 1}`, row: rowIndex, col: 3, text: ftext });
  }
  const all = options.findings ?? [];
  const fsheet: (Cell | undefined)[][] = [L.fcols.map((c) => text(c, 2))];
  for (const f of all) {
    fsheet.push([
      text(L.severity[f.severity], 5 + { error: 0, warning: 1, info: 2 }[f.severity]),
      text(f.rule),
      text(f.code ?? f.codes.join(", ")),
      text(lang === "en" ? f.messages.en : f.messages.vi),
      text(f.expected ? JSON.stringify(f.expected) : ""),
      text(f.actual ? JSON.stringify(f.actual) : ""),
    ]);
  }
  const enc = new TextEncoder();
  const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const REL = "http://schemas.openxmlformats.org/package/2006/relationships";
  const hasComments = comments.length > 0;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${hasComments ? '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' : ""}<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${hasComments ? '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' : ""}</Types>`,
    ),
    "_rels/.rels": enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_R}"><bookViews><workbookView/></bookViews><sheets><sheet name="${esc(L.sheet)}" sheetId="1" r:id="rId1"/><sheet name="${esc(L.findingsSheet)}" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${NS_R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${NS_R}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${NS_R}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": enc.encode(
      sheetXml(sheet, [9, 60, 14, 14, 40, 60], {
        freezeRow: headerRows,
        ...(hasComments ? { legacyDrawing: "rId2" } : {}),
      }),
    ),
    "xl/worksheets/sheet2.xml": enc.encode(sheetXml(fsheet, [12, 30, 12, 90, 20, 20], { freezeRow: 1 })),
  };
  if (hasComments) {
    files["xl/worksheets/_rels/sheet1.xml.rels"] = enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${NS_R}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="${NS_R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
    );
    files["xl/comments1.xml"] = enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>cchc</author></authors><commentList>${comments.map((c) => `<comment ref="${c.ref}" authorId="0"><text><r><t xml:space="preserve">${esc(c.text)}</t></r></text></comment>`).join("")}</commentList></comments>`,
    );
    files["xl/drawings/vmlDrawing1.vml"] = enc.encode(
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${comments.map((c, i) => vmlShape(c.row, c.col, i)).join("")}</xml>`,
    );
  }
  files["xl/styles.xml"] = enc.encode(styles.xml());
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) });
}
