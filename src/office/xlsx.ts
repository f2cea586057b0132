/**
 * Đọc tệp Excel (.xlsx): sheets of typed cells, and their TSV text.
 * @module
 */
import { OFFICE_LIMITS, OfficeFileError } from "./errors.js";
import { kid, kids, parseXml, textOf, type XmlElement } from "./xml.js";
import { partText, ZipArchive } from "./zip.js";

/**
 * Một ô Excel: a number (the stored value, e.g. `0.3703` for 37,03 %, with its number format code —
 * cached formula results included), text, a boolean, or an error value (`#DIV/0!`).
 * @example
 * const c: XlsxCell = { kind: "number", value: 0.3703, format: "0.00%" };
 */
export type XlsxCell =
  | { kind: "number"; value: number; format: string }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string };

/**
 * Một trang tính: its name, its cells by row (0-based; `rows[r][c]` is undefined for an empty cell)
 * and its merged ranges (0-based, inclusive).
 * @example
 * const s: XlsxSheet = { name: "Phụ lục", rows: [[{ kind: "text", value: "STT" }]], merges: [] };
 */
export interface XlsxSheet {
  name: string;
  rows: (XlsxCell | undefined)[][];
  merges: { top: number; left: number; bottom: number; right: number }[];
}

/**
 * Sổ tính đã đọc: the sheets in workbook order, and whether dates count from 1904.
 * @example
 * const w: XlsxWorkbook = { sheets: [], date1904: false };
 */
export interface XlsxWorkbook {
  sheets: XlsxSheet[];
  date1904: boolean;
}

/** Excel's built-in number formats that matter here (ECMA-376 Part 1, 18.8.30). */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "dd/mm/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "dd/mm/yyyy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function readPart(zip: ZipArchive, name: string): XmlElement | undefined {
  const b = zip.read(name);
  return b ? parseXml(partText(b), name) : undefined;
}

/** Column letters + row number → 0-based [row, col]; null when not a cell reference. */
function cellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > 1_048_576 || col > 16_384) return null;
  return [row - 1, col - 1];
}

function sharedStringText(si: XmlElement): string {
  let s = "";
  for (const c of si.children) {
    if (typeof c === "string") continue;
    if (c.name === "t") s += textOf(c);
    else if (c.name === "r") for (const t of kids(c, "t")) s += textOf(t);
  }
  return s;
}

/** `_x000D_`-style escapes of OOXML strings. */
function unescapeOoxml(s: string): string {
  return s.includes("_x")
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    : s;
}

/**
 * Đọc tệp Excel: reads an `.xlsx` workbook from its bytes into sheets of typed cells — numbers with
 * their number format (so a fraction 0.3703 formatted `0.00%` is known to mean 37,03 %), formulas by
 * their cached values (no formula is evaluated), shared and inline strings, merged ranges. Runs in a
 * browser (no `node:`). Throws an {@link OfficeFileError} on anything that is not a readable `.xlsx`
 * (also on zip bombs and malformed XML: see {@link OFFICE_LIMITS}). Legacy `.xls` is not read.
 * @example
 * readXlsx(new Uint8Array(0)); // throws OfficeFileError
 */
export function readXlsx(bytes: Uint8Array): XlsxWorkbook {
  const zip = new ZipArchive(bytes);
  let wbName = "xl/workbook.xml";
  const rootRels = readPart(zip, "_rels/.rels");
  for (const r of rootRels ? kids(rootRels, "Relationship") : []) {
    if (/\/officeDocument$/.test(r.attrs.Type ?? "")) wbName = resolveTarget("", r.attrs.Target ?? wbName);
  }
  if (!zip.has(wbName)) {
    throw new OfficeFileError(
      "not-xlsx",
      "gói ZIP không phải sổ tính Excel (.xlsx)",
      "the ZIP package is not an Excel workbook (.xlsx)",
    );
  }
  const wb = readPart(zip, wbName)!;
  const date1904 = ["1", "true"].includes(kid(wb, "workbookPr")?.attrs.date1904 ?? "");
  const relsName = `${wbName.split("/").slice(0, -1).join("/")}/_rels/${wbName.split("/").pop()}.rels`;
  const rels = new Map<string, { type: string; target: string }>();
  const relsXml = readPart(zip, relsName);
  for (const r of relsXml ? kids(relsXml, "Relationship") : []) {
    rels.set(r.attrs.Id ?? "", {
      type: r.attrs.Type ?? "",
      target: resolveTarget(wbName, r.attrs.Target ?? ""),
    });
  }
  const findRel = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const strings: string[] = [];
  const sst = readPart(zip, findRel("/sharedStrings") ?? "xl/sharedStrings.xml");
  if (sst) for (const si of kids(sst, "si")) strings.push(unescapeOoxml(sharedStringText(si)));
  const formats = new Map<number, string>();
  const xfFormats: string[] = [];
  const styles = readPart(zip, findRel("/styles") ?? "xl/styles.xml");
  if (styles) {
    for (const f of kids(kid(styles, "numFmts") ?? styles, "numFmt")) {
      formats.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? "General");
    }
    for (const xf of kids(kid(styles, "cellXfs") ?? { name: "", attrs: {}, children: [] }, "xf")) {
      const id = Number(xf.attrs.numFmtId ?? 0);
      xfFormats.push(formats.get(id) ?? BUILTIN_FORMATS[id] ?? "General");
    }
  }
  const sheets: XlsxSheet[] = [];
  let cellCount = 0;
  const sheetsEl = kid(wb, "sheets");
  for (const s of sheetsEl ? kids(sheetsEl, "sheet") : []) {
    const rel = rels.get(s.attrs.id ?? "");
    if (!rel || !/\/worksheet$/.test(rel.type)) continue;
    const xml = readPart(zip, rel.target);
    if (!xml) continue;
    const sheet: XlsxSheet = { name: s.attrs.name ?? "", rows: [], merges: [] };
    const data = kid(xml, "sheetData");
    let r = -1;
    for (const row of data ? kids(data, "row") : []) {
      const rn = Number(row.attrs.r);
      r = Number.isInteger(rn) && rn >= 1 && rn <= 1_048_576 ? rn - 1 : r + 1;
      let c = -1;
      for (const cell of kids(row, "c")) {
        const ref = cell.attrs.r ? cellRef(cell.attrs.r) : null;
        c = ref ? ref[1] : c + 1;
        const rr = ref ? ref[0] : r;
        const value = readCell(cell, strings, xfFormats);
        if (!value) continue;
        if (++cellCount > OFFICE_LIMITS.maxCells) {
          throw new OfficeFileError("too-large", "sổ tính có quá nhiều ô", "the workbook has too many cells");
        }
        let line = sheet.rows[rr];
        if (!line) {
          line = [];
          sheet.rows[rr] = line;
        }
        line[c] = value;
      }
    }
    for (let k = 0; k < sheet.rows.length; k++) sheet.rows[k] ??= [];
    const mc = kid(xml, "mergeCells");
    for (const m of mc ? kids(mc, "mergeCell") : []) {
      const [a, b] = (m.attrs.ref ?? "").split(":");
      const p = a ? cellRef(a) : null;
      const q = b ? cellRef(b) : p;
      if (p && q) sheet.merges.push({ top: p[0], left: p[1], bottom: q[0], right: q[1] });
    }
    sheets.push(sheet);
  }
  return { sheets, date1904 };
}

function readCell(c: XmlElement, strings: string[], xfFormats: string[]): XlsxCell | undefined {
  const t = c.attrs.t ?? "n";
  const v = kid(c, "v");
  const raw = v ? textOf(v) : undefined;
  if (t === "inlineStr") {
    const is = kid(c, "is");
    const s = is ? unescapeOoxml(sharedStringText(is)) : (raw ?? "");
    return s === "" ? undefined : { kind: "text", value: s };
  }
  if (raw === undefined) return undefined;
  switch (t) {
    case "s": {
      const s = strings[Number(raw)];
      return s === undefined || s === "" ? undefined : { kind: "text", value: s };
    }
    case "str":
      return raw === "" ? undefined : { kind: "text", value: unescapeOoxml(raw) };
    case "b":
      return { kind: "boolean", value: raw.trim() === "1" };
    case "e":
      return { kind: "error", value: raw };
    case "d":
      return { kind: "text", value: raw };
    default: {
      const n = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(n)) return undefined;
      const s = Number(c.attrs.s ?? 0);
      return { kind: "number", value: n, format: xfFormats[s] ?? "General" };
    }
  }
}
