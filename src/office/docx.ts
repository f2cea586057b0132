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

interface Level {
  start: number;
  format: string;
  text: string;
}

// biome-ignore format: value/numeral pairs
const ROMAN: [number, string][] = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"],
  [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

function roman(n: number): string {
  let out = "";
  let x = n;
  for (const [v, r] of ROMAN) {
    while (x >= v) {
      out += r;
      x -= v;
    }
  }
  return out;
}

function letters(n: number): string {
  // Word: a…z, then aa…zz, aaa…
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatCounter(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "decimalZero":
      return String(n).padStart(2, "0");
    case "none":
      return "";
    default:
      return String(n);
  }
}

/**
 * Word's automatic list numbers (`word/numbering.xml`): the label of each numbered paragraph ("1.",
 * "1.2.", "a)", "II."), counted per list in document order; bullets become "-". Numbering that comes
 * from a paragraph style is not followed.
 */
class Numbering {
  private readonly levels = new Map<string, Level[]>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: XmlElement | undefined) {
    if (!xml) return;
    const abstract = new Map<string, Level[]>();
    for (const a of kids(xml, "abstractNum")) {
      const lv: Level[] = [];
      for (const l of kids(a, "lvl")) {
        const i = Number(l.attrs.ilvl ?? 0);
        if (!Number.isInteger(i) || i < 0 || i > 8) continue;
        lv[i] = {
          start: intAttr(kid(l, "start"), 1),
          format: kid(l, "numFmt")?.attrs.val ?? "decimal",
          text: kid(l, "lvlText")?.attrs.val ?? "",
        };
      }
      abstract.set(a.attrs.abstractNumId ?? "", lv);
    }
    for (const n of kids(xml, "num")) {
      const base = abstract.get(kid(n, "abstractNumId")?.attrs.val ?? "");
      if (!base) continue;
      const lv = base.map((x) => ({ ...x }));
      for (const o of kids(n, "lvlOverride")) {
        const i = Number(o.attrs.ilvl ?? -1);
        const start = kid(o, "startOverride");
        if (lv[i] && start) lv[i] = { ...lv[i]!, start: intAttr(start, 1) };
      }
      this.levels.set(n.attrs.numId ?? "", lv);
    }
  }

  /** The label of a paragraph, advancing its list's counters; "" when it is not numbered. */
  label(p: XmlElement): string {
    const numPr = kid(kid(p, "pPr"), "numPr");
    if (!numPr) return "";
    const numId = kid(numPr, "numId")?.attrs.val ?? "";
    const levels = this.levels.get(numId);
    if (!levels) return "";
    const ilvl = Math.min(8, Math.max(0, Number(kid(numPr, "ilvl")?.attrs.val ?? 0) || 0));
    const level = levels[ilvl];
    if (!level) return "";
    if (level.format === "bullet") return "-";
    const c = this.counters.get(numId) ?? [];
    c[ilvl] = (c[ilvl] ?? levels[ilvl]!.start - 1) + 1;
    c.length = ilvl + 1;
    this.counters.set(numId, c);
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const lv = levels[k];
      return lv ? formatCounter(c[k] ?? lv.start, lv.format) : "";
    });
  }
}

/** A numbered paragraph's text with its label in front ("1.1. Số văn bản…"). */
function paragraphText(p: XmlElement, numbering: Numbering): string {
  const label = numbering.label(p);
  const text = inlineText(p);
  return label === "" ? text : text.trim() === "" ? label : `${label} ${text}`;
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

function cellText(tc: XmlElement, numbering: Numbering): string {
  const parts: string[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === "string") continue;
      if (c.name === "p") parts.push(paragraphText(c, numbering));
      else if (c.name === "tbl") {
        for (const row of readTable(c, numbering)) parts.push(row.filter((x) => x !== "").join(" "));
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

function readTable(tbl: XmlElement, numbering: Numbering): string[][] {
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
      row.push(continues ? "" : cellText(tc, numbering));
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
  const numberingPart = zip.read(`${main.split("/").slice(0, -1).join("/")}/numbering.xml`);
  const numbering = new Numbering(
    numberingPart ? parseXml(partText(numberingPart), "numbering.xml") : undefined,
  );
  const blocks: DocxBlock[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === "string") continue;
      if (c.name === "p") blocks.push({ kind: "paragraph", text: paragraphText(c, numbering) });
      else if (c.name === "tbl") blocks.push({ kind: "table", rows: readTable(c, numbering) });
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
 * header table (a small table — at most 6 rows of at most 4 cells — holding the national motto "CỘNG
 * HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", or of at most 3 rows before any text) as lines, its left column (the
 * agency) first; every other table as TSV lines (one row
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
    const small = b.rows.length <= 6 && b.rows.every((r) => r.length <= 4);
    const looksHeader = small && (MOTTO.test(flat) || (!seenText && b.rows.length <= 3));
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
