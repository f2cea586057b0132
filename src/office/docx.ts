/**
 * Đọc tệp Word (.docx): paragraphs and tables read from the document itself.
 * @module
 */
import { OfficeFileError } from "./errors.js";
import { kid, kids, parseXml, type XmlElement } from "./xml.js";
import { partText, ZipArchive } from "./zip.js";

/**
 * Một khối của văn bản Word: a paragraph (its text; line breaks as `\n`, tabs as `\t`) or a table
 * (rows of cell texts on the table grid: a cell spanning columns is followed by blank cells, a cell
 * continuing a vertical merge is blank; a cell of several paragraphs joins them with `\n`).
 * @example
 * const b: DocxBlock = { kind: "table", rows: [["STT", "Chỉ tiêu", "Kết quả thống kê", ""]] };
 */
export type DocxBlock = { kind: "paragraph"; text: string } | { kind: "table"; rows: string[][] };

/**
 * Văn bản Word đã đọc: the blocks of the main document body in order (headers, footers, footnotes
 * and comments are not read).
 * @example
 * const d: DocxDocument = { blocks: [{ kind: "paragraph", text: "BÁO CÁO" }] };
 */
export interface DocxDocument {
  blocks: DocxBlock[];
}

/** Runs' text of a paragraph-like element: `t`, tabs, breaks; deleted text and field codes skipped. */
function inlineText(el: XmlElement): string {
  let s = "";
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === "string") continue;
      switch (c.name) {
        case "t":
          for (const x of c.children) if (typeof x === "string") s += x;
          break;
        case "tab":
          s += "\t";
          break;
        case "br":
        case "cr":
          s += "\n";
          break;
        case "noBreakHyphen":
          s += "-";
          break;
        case "del":
        case "delText":
        case "instrText":
        case "pPr":
        case "rPr":
        case "fldData":
          break;
        default:
          walk(c);
      }
    }
  };
  walk(el);
  return s;
}

function cellText(tc: XmlElement): string {
  const parts: string[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === "string") continue;
      if (c.name === "p") parts.push(inlineText(c));
      else if (c.name === "tbl") {
        for (const row of readTable(c)) parts.push(row.filter((x) => x !== "").join(" "));
      } else if (c.name === "sdt" || c.name === "sdtContent" || c.name === "customXml") walk(c);
    }
  };
  walk(tc);
  return parts.join("\n");
}

function intAttr(el: XmlElement | undefined, fallback: number): number {
  const v = el?.attrs.val;
  const n = v === undefined ? Number.NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) && n > 0 && n <= 1000 ? n : fallback;
}

function readTable(tbl: XmlElement): string[][] {
  const rows: string[][] = [];
  const rowEls: XmlElement[] = [];
  const collect = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === "string") continue;
      if (c.name === "tr") rowEls.push(c);
      else if (c.name === "sdt" || c.name === "sdtContent" || c.name === "customXml") collect(c);
    }
  };
  collect(tbl);
  for (const tr of rowEls) {
    const row: string[] = [];
    const trPr = kid(tr, "trPr");
    const before = kid(trPr, "gridBefore");
    if (before) for (let k = intAttr(before, 0); k > 0; k--) row.push("");
    const cells: XmlElement[] = [];
    const collectCells = (e: XmlElement) => {
      for (const c of e.children) {
        if (typeof c === "string") continue;
        if (c.name === "tc") cells.push(c);
        else if (c.name === "sdt" || c.name === "sdtContent" || c.name === "customXml") collectCells(c);
      }
    };
    collectCells(tr);
    for (const tc of cells) {
      const pr = kid(tc, "tcPr");
      const span = intAttr(kid(pr, "gridSpan"), 1);
      const vMerge = kid(pr, "vMerge");
      const continues = vMerge !== undefined && vMerge.attrs.val !== "restart";
      row.push(continues ? "" : cellText(tc));
      for (let k = 1; k < span; k++) row.push("");
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Đọc tệp Word: reads a `.docx` (Office Open XML) from its bytes — the main body's paragraphs and
 * tables in order, tables on their grid (merged cells blank, multi-paragraph cells joined by `\n`).
 * Runs in a browser (no `node:`). Throws an {@link OfficeFileError} on anything that is not a
 * readable `.docx` (also on zip bombs and malformed XML: see {@link OFFICE_LIMITS}).
 * @example
 * readDocx(new Uint8Array([0x50, 0x4b])); // throws OfficeFileError
 */
export function readDocx(bytes: Uint8Array): DocxDocument {
  const zip = new ZipArchive(bytes);
  const main = mainDocumentPart(zip);
  if (!main) {
    throw new OfficeFileError(
      "not-docx",
      "gói ZIP không phải văn bản Word (.docx)",
      "the ZIP package is not a Word document (.docx)",
    );
  }
  const data = zip.read(main);
  if (!data) throw new OfficeFileError("missing-part", `thiếu phần ${main}`, `missing part ${main}`);
  const doc = parseXml(partText(data), main);
  const body = kid(doc, "body");
  const blocks: DocxBlock[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === "string") continue;
      if (c.name === "p") blocks.push({ kind: "paragraph", text: inlineText(c) });
      else if (c.name === "tbl") blocks.push({ kind: "table", rows: readTable(c) });
      else if (c.name === "sdt" || c.name === "sdtContent" || c.name === "customXml") walk(c);
    }
  };
  if (body) walk(body);
  return { blocks };
}

function mainDocumentPart(zip: ZipArchive): string | undefined {
  const rels = zip.read("_rels/.rels");
  if (rels) {
    const root = parseXml(partText(rels), "_rels/.rels");
    for (const r of kids(root, "Relationship")) {
      if (/\/officeDocument$/.test(r.attrs.Type ?? "")) {
        const target = (r.attrs.Target ?? "").replace(/^\//, "");
        if (zip.has(target) && /document[^/]*\.xml$/.test(target)) return target;
      }
    }
  }
  return zip.has("word/document.xml") ? "word/document.xml" : undefined;
}

const MOTTO = /CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA|Độc\s+lập\s*[-–]\s*Tự\s+do/iu;

function tsvCell(s: string): string {
  return s
    .replace(/[\t\r\n]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * Văn bản Word thành văn bản báo cáo: the text the report importer reads — paragraphs as lines; the
 * header table (the one holding the national motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", or a table
 * before any text) as lines, its left column (the agency) first; every other table as TSV lines (one row
 * a line, cells joined by TAB, tabs and line breaks inside a cell replaced by spaces, merged cells blank).
 * @example
 * docxToText({ blocks: [
 *   { kind: "paragraph", text: "Phụ lục" },
 *   { kind: "table", rows: [["1.1.", "Số văn bản chỉ đạo CCHC đã ban hành", "Văn bản", "15", "Kế hoạch\nQuyết định"]] },
 * ] }); // "Phụ lục\n1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t15\tKế hoạch Quyết định\n"
 */
export function docxToText(doc: DocxDocument): string {
  const out: string[] = [];
  let seenText = false;
  for (const b of doc.blocks) {
    if (b.kind === "paragraph") {
      out.push(b.text.normalize("NFC"));
      if (b.text.trim() !== "") seenText = true;
      continue;
    }
    const flat = b.rows.map((r) => r.join("\n")).join("\n");
    const isHeader = b.rows.length <= 6 && (MOTTO.test(flat) || !seenText) && !/\t/.test(flat);
    const looksHeader = isHeader && (MOTTO.test(flat) || b.rows.every((r) => r.length <= 3));
    if (looksHeader) {
      const width = Math.max(0, ...b.rows.map((r) => r.length));
      for (let col = 0; col < width; col++) {
        for (const r of b.rows) {
          for (const line of (r[col] ?? "").split("\n"))
            if (line.trim() !== "") out.push(line.trim().normalize("NFC"));
        }
      }
      out.push("");
      seenText = true;
      continue;
    }
    for (const r of b.rows) out.push(r.map(tsvCell).join("\t").normalize("NFC"));
  }
  return `${out.join("\n")}\n`;
}
