/**
 * Ô Excel thành chữ: cells written the way the sheet shows them, in Vietnamese number style, and
 * sheets as TSV text for the importers.
 * @module
 */
import { OfficeFileError } from "./errors.js";
import { readXlsx, type XlsxCell, type XlsxSheet, type XlsxWorkbook } from "./xlsx.js";

/** The first section of a number format with literals, colours, conditions and padding removed. */
function formatCore(format: string): string {
  let section = "";
  let quote = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '"') quote = !quote;
    else if (!quote && ch === ";") break;
    else if (!quote && (ch === "\\" || ch === "_" || ch === "*")) i++;
    else if (!quote) section += ch;
  }
  return section.replace(/\[[^\]]*\]/g, "");
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A finite number with `d` decimals, Vietnamese style (`.` thousands when `group`, `,` decimals). */
function vietnamese(n: number, d: number, group: boolean): string {
  const fixed = Number(n.toPrecision(15)).toFixed(Math.min(20, Math.max(0, d)));
  const neg = fixed.startsWith("-") && /[1-9]/.test(fixed);
  const [i = "0", f] = fixed.replace("-", "").split(".");
  return `${neg ? "-" : ""}${group ? groupThousands(i) : i}${f ? `,${f}` : ""}`;
}

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  let s = Number(n.toPrecision(10)).toString();
  if (/e/.test(s)) return s.replace(".", ",");
  s = s.replace(".", ",");
  return s;
}

function serialToDate(serial: number, date1904: boolean, withTime: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = Math.round(serial * 86_400_000);
  const d = new Date(epoch + ms);
  if (Number.isNaN(d.getTime())) return general(serial);
  const p = (x: number) => String(x).padStart(2, "0");
  const date = `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  return withTime ? `${date} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}` : date;
}

/**
 * Chữ của một ô: a cell as its number format shows it, written the Vietnamese way — `0.3703` with
 * `0.00%` → `37,03%`; `20000` with `#,##0` → `20.000`; `3.5` with `General` → `3,5`; a date serial with
 * a date format → `dd/mm/yyyy`; text as is; `TRUE`/`FALSE`; error values as written.
 * @example
 * formatXlsxCell({ kind: "number", value: 0.3703, format: "0.00%" }); // "37,03%"
 * formatXlsxCell({ kind: "number", value: 20000, format: "#,##0" }); // "20.000"
 * formatXlsxCell({ kind: "number", value: 44742, format: "dd/mm/yyyy" }); // "30/06/2022"
 */
export function formatXlsxCell(cell: XlsxCell | undefined, options: { date1904?: boolean } = {}): string {
  if (!cell) return "";
  if (cell.kind === "text") return cell.value;
  if (cell.kind === "boolean") return cell.value ? "TRUE" : "FALSE";
  if (cell.kind === "error") return cell.value;
  const n = cell.value;
  const core = formatCore(cell.format);
  if (/^general$/i.test(core.trim()) || core.trim() === "" || core.includes("@")) return general(n);
  if (/[dmyhs]/i.test(core.replace(/E[+-]/gi, ""))) {
    return serialToDate(n, options.date1904 === true, /[hs]/i.test(core));
  }
  if (/E[+-]/i.test(core)) return general(n);
  const dot = core.indexOf(".");
  const decimals = dot < 0 ? 0 : (/^[0#?]*/.exec(core.slice(dot + 1))?.[0].length ?? 0);
  const intSection = dot < 0 ? core : core.slice(0, dot);
  const group = /[0#?],[0#?]/.test(intSection);
  if (core.includes("%")) return `${vietnamese(n * 100, decimals, group)}%`;
  if (!/[0#?]/.test(core)) return general(n);
  return vietnamese(n, decimals, group);
}

/**
 * Trang tính thành TSV: one line per row (up to the last non-empty row), each cell as
 * {@link formatXlsxCell} shows it with tabs and line breaks replaced by spaces; rows padded with empty
 * cells to the sheet's width, except a row whose only text is in its first cell (a title: written
 * alone, so that a "Phụ lục" heading stays a heading); merged ranges keep their value in the top-left
 * cell only (the others are blank).
 * @example
 * sheetToTsv({ name: "A", merges: [], rows: [[{ kind: "text", value: "1.2." }, { kind: "number", value: 0.3703, format: "0.00%" }]] });
 * // "1.2.\t37,03%\n"
 */
export function sheetToTsv(sheet: XlsxSheet, options: { date1904?: boolean } = {}): string {
  const rows: string[][] = [];
  let width = 0;
  for (const row of sheet.rows) {
    const cells: string[] = [];
    for (let c = 0; c < (row?.length ?? 0); c++) {
      cells.push(
        formatXlsxCell(row?.[c], options)
          .replace(/[\t\r\n]+/g, " ")
          .trim(),
      );
    }
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    width = Math.max(width, cells.length);
    rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  if (rows.length === 0) return "";
  const lines = rows.map((cells) => {
    if (cells.length <= 1) return cells.join("");
    while (cells.length < width) cells.push("");
    return cells.join("\t");
  });
  return `${lines.join("\n").normalize("NFC")}\n`;
}

/**
 * Sổ tính thành TSV: the TSV text of one sheet of an `.xlsx` — the sheet named (or at that 0-based
 * index) in `options.sheet`, else the first sheet that has any cell. For the dossier-table and appendix
 * importers, which read TSV text. Throws {@link OfficeFileError} like {@link readXlsx}, and `not-xlsx`
 * when the sheet asked for does not exist.
 * @example
 * xlsxToTsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04])); // throws OfficeFileError
 */
export function xlsxToTsv(
  bytes: Uint8Array | XlsxWorkbook,
  options: { sheet?: string | number } = {},
): string {
  const wb = bytes instanceof Uint8Array ? readXlsx(bytes) : bytes;
  let sheet: XlsxSheet | undefined;
  if (typeof options.sheet === "number") sheet = wb.sheets[options.sheet];
  else if (typeof options.sheet === "string") sheet = wb.sheets.find((s) => s.name === options.sheet);
  else sheet = wb.sheets.find((s) => s.rows.some((r) => r.some((c) => c !== undefined))) ?? wb.sheets[0];
  if (!sheet) {
    throw new OfficeFileError(
      "not-xlsx",
      `không có trang tính ${options.sheet ?? ""} trong sổ tính`,
      `no sheet ${options.sheet ?? ""} in the workbook`,
    );
  }
  return sheetToTsv(sheet, { date1904: wb.date1904 });
}
