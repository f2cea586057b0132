/**
 * The first two stages of the appendix importer: find the table in a text (where it starts, how its
 * cells are separated — tabs, a CSV delimiter, or columns aligned with spaces — or that there is none),
 * then read its records (cells per input line). Internal to `cchc/io` (not exported from the index);
 * each stage is a plain function of its input, linear in its size.
 * @module
 */
import { foldText } from "./text.js";

/** One input record: its 1-based line in the given text and its cells as written. */
export interface RawRecord {
  line: number;
  cells: string[];
}

/**
 * Where and how the table is laid out:
 * - `headingLine`: 0-based index of the "Phụ lục" heading, or null when the table has none;
 * - `start`: 0-based index of the first line of the table's body;
 * - `layout`: `tsv` (tabs), `csv` (`delimiter` `,` or `;`, quoted fields), `aligned` (columns aligned
 *   with runs of spaces; `columns` holds their start offsets), `none` (no table found);
 * - `quoted`: whether quoted fields are read (a table without a heading: a TSV/CSV file);
 * - `codeLines`: for `none`, how many lines start with an indicator code — a table whose columns could
 *   not be found when there are several.
 */
export interface TableLayout {
  headingLine: number | null;
  start: number;
  layout: "tsv" | "csv" | "aligned" | "none";
  delimiter: string;
  quoted: boolean;
  columns?: number[];
  codeLines: number;
}

/** A line that starts with an indicator code followed by text ("1.2.  Tỷ lệ …"). */
const CODE_START = /^\s*\d{1,3}(?:\.\d{1,3}){0,5}\.?(?=\s+\S)/;
/** A code or id alone: "1.2", "1.2.", "1.2.a". */
const CODE_CELL = /^\d{1,3}(?:\.\d{1,3}){0,5}(?:\.[a-z])*\.?$/;
/** "Phụ lục", "PHỤ LỤC", "Phu luc" (after markdown marks), without folding every line. */
const HEADING_START = /^[\s*#_]*ph[uụ][*#_\s]*l[uụ]c/iu;
const WIDE_GAP = /\S {2,}\S/;
const MAX_ALIGNED_LINE = 1000;
const MAX_CELL = 20_000;
/** Lines sampled to decide a layout (the decision never reads the whole of a huge text). */
const SAMPLE = 400;

/** A CSV row starting with a code: `1.1,…`, `"1.2.a";…`. */
const CODE_DELIMITED = /^\s*"?\d{1,3}(?:\.\d{1,3}){0,5}(?:\.[a-z])*\.?"?\s*[,;]/;

/** A table row without tabs: a coded line with aligned columns, or a coded CSV row. */
function isAlignedRow(l: string): boolean {
  return l.length <= MAX_ALIGNED_LINE && ((CODE_START.test(l) && WIDE_GAP.test(l)) || CODE_DELIMITED.test(l));
}

/**
 * Finds the "Phụ lục" heading: a short line starting with the word, followed within 40 lines by a row of
 * a table (a line with a tab, a coded line whose columns are aligned with spaces, or a coded CSV row). Linear in the
 * number of lines, however many headings the text has.
 */
export function findAppendixHeading(lines: readonly string[]): number | null {
  let next = -1; // the first table row after the last heading looked at (moves forward only)
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.length > 200 || l.includes("\t")) continue;
    if (!HEADING_START.test(l)) continue;
    if (next <= i) {
      next = i + 1;
      while (next < lines.length && !(lines[next]!.includes("\t") || isAlignedRow(lines[next]!))) next++;
    }
    if (next < lines.length && next < i + 40) return i;
  }
  return null;
}

/** Characters of one sampled line looked at (a 5 MB line without a newline is not a table row). */
const SAMPLE_LINE = 20_000;

function sample(lines: readonly string[], start: number): string[] {
  const out: string[] = [];
  for (let i = start; i < lines.length && out.length < SAMPLE; i++) {
    const l = lines[i]!;
    if (l.trim() !== "") out.push(l.slice(0, SAMPLE_LINE));
  }
  return out;
}

/** `;` when semicolons outnumber commas in the sample, else `,`. */
export function csvDelimiter(lines: readonly string[]): "," | ";" {
  let commas = 0;
  let semis = 0;
  for (const l of lines.slice(0, 40)) {
    for (let i = 0; i < l.length; i++) {
      const c = l.charCodeAt(i);
      if (c === 44) commas++;
      else if (c === 59) semis++;
    }
  }
  return semis > commas ? ";" : ",";
}

/** A header cell of an appendix table. */
const HEADER_CELL = /^(chi tieu|ten chi tieu|don vi tinh|dvt|so lieu|ghi chu|noi dung)$/;
/** A cell holding a number alone: `15`, `1.250`, `37,03%`. */
const NUMBER_CELL = /^[-+]?\d[\d.,]*%?$/;

/**
 * Whether records split on a delimiter form a table, not prose with commas: at least half of them have
 * three or more cells and start with an indicator code, a blank cell or a header word, or hold a header
 * cell ("Chỉ tiêu", "Số liệu"), or a cell that is a number alone (a table without a code column).
 */
export function looksTabular(records: readonly RawRecord[]): boolean {
  let n = 0;
  let rowLike = 0;
  for (const r of records) {
    if (r.cells.every((c) => c.trim() === "")) continue;
    n++;
    if (r.cells.length < 3) continue;
    const first = r.cells[0]!.trim();
    if (first === "" || CODE_CELL.test(first) || /^(stt|tt|ma|ma so|code|id|so tt)$/.test(foldText(first)))
      rowLike++;
    else {
      // a table has few columns: look at the first eight cells only (a prose line may have thousands)
      const head = r.cells.slice(0, 8);
      if (head.some((c) => c.length <= 30 && HEADER_CELL.test(foldText(c)))) rowLike++;
      else if (first.length <= 300 && head.slice(1).some((c) => c.length <= 30 && NUMBER_CELL.test(c.trim())))
        rowLike++;
    }
  }
  return rowLike >= Math.max(1, n * 0.5);
}

/**
 * Columns aligned with spaces: the start offsets of the columns of a table typed with spaces instead of
 * tabs, or null when the lines do not form one. Lines with a run of two or more spaces between words are
 * the table's rows (at least half of the non-blank lines, one of them coded); a column boundary is a run
 * of at least two positions where no row has a character (or, when that does not give 3 to 8 columns
 * because a few cells overflow, where at most one row in ten has one); 3 to 8 columns are accepted.
 */
export function alignedColumns(lines: readonly string[]): number[] | null {
  const rows: string[] = [];
  let nonBlank = 0;
  let coded = false;
  for (const l of lines) {
    if (l.trim() === "") continue;
    nonBlank++;
    if (l.length > MAX_ALIGNED_LINE || !WIDE_GAP.test(l)) continue;
    rows.push(l.trimEnd());
    if (CODE_START.test(l)) coded = true;
  }
  if (rows.length < 2 || !coded || rows.length < nonBlank * 0.5) return null;
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  const occupied = new Int32Array(width);
  for (const r of rows) for (let i = 0; i < r.length; i++) if (r.charCodeAt(i) !== 32) occupied[i]!++;
  const scan = (tolerance: number): number[] => {
    const starts: number[] = [];
    let gap = 2;
    for (let i = 0; i < width; i++) {
      if (occupied[i]! <= tolerance) gap++;
      else {
        if (gap >= 2) starts.push(i);
        gap = 0;
      }
    }
    return starts;
  };
  const fits = (s: number[]) => s.length >= 3 && s.length <= 8;
  // exact gaps first (a column only a few rows fill — notes — is kept); if a few overflowing cells
  // bridge a gap, tolerate one row in ten
  const exact = scan(0);
  if (fits(exact)) return exact;
  const tolerant = scan(Math.floor(rows.length * 0.1));
  return fits(tolerant) ? tolerant : null;
}

/**
 * Cuts a line at the column starts: cell j is the text from `starts[j]` to `starts[j + 1]`. A cut that
 * does not fall in a run of two or more spaces (a cell overflowing into the next column) moves right to
 * the next such run, so the overflowing cell stays whole.
 */
export function cutColumns(line: string, starts: readonly number[]): string[] {
  const cuts: number[] = [0];
  for (let j = 1; j < starts.length; j++) {
    let b = Math.max(starts[j]!, cuts[j - 1]!);
    // inside a run of spaces, or just after one (a cut on the run's first space, or past the line's
    // end, finds the run itself, or none, below)
    const inGap = (line[b] === " " && line[b - 1] === " ") || (line[b - 1] === " " && line[b - 2] === " ");
    if (!inGap) {
      const gap = line.indexOf("  ", b);
      if (gap >= 0) {
        b = gap;
        while (b < line.length && line[b] === " ") b++;
      }
    }
    cuts.push(Math.min(b, line.length));
  }
  const cells: string[] = [];
  for (let j = 0; j < cuts.length; j++) {
    const to = j + 1 < cuts.length ? cuts[j + 1]! : line.length;
    cells.push(line.slice(cuts[j]!, Math.max(cuts[j]!, to)).trim());
  }
  return cells;
}

/**
 * Stage 1 — finds the table: the "Phụ lục" heading (unless the format says the whole text is the
 * table), then the layout of the body — tabs; else a CSV delimiter when the records form a table (prose
 * with commas is never read as CSV, see {@link looksTabular}); else columns aligned with spaces; else
 * none. Reads at most a sample of lines to decide.
 */
export function findTable(
  lines: readonly string[],
  format: "auto" | "text" | "tsv" | "csv" = "auto",
): TableLayout {
  if (format === "tsv")
    return { headingLine: null, start: 0, layout: "tsv", delimiter: "\t", quoted: true, codeLines: 0 };
  if (format === "csv") {
    const d = csvDelimiter(sample(lines, 0));
    return { headingLine: null, start: 0, layout: "csv", delimiter: d, quoted: true, codeLines: 0 };
  }
  const heading = findAppendixHeading(lines);
  const start = heading === null ? 0 : heading + 1;
  const quoted = heading === null && format !== "text";
  const body = sample(lines, start);
  const base = { headingLine: heading, start, quoted, codeLines: 0 };
  if (body.some((l) => l.includes("\t"))) return { ...base, layout: "tsv", delimiter: "\t" };
  const d = csvDelimiter(body);
  // CSV is read with its quotes even under a heading (a quoted field may hold the delimiter)
  if (looksTabular(splitQuoted(body.join("\n"), d, 1)))
    return { ...base, layout: "csv", delimiter: d, quoted: true };
  const columns = alignedColumns(body);
  if (columns) return { ...base, layout: "aligned", delimiter: "  ", quoted: false, columns };
  let codeLines = 0;
  for (const l of body) if (l.length <= MAX_ALIGNED_LINE && CODE_START.test(l)) codeLines++;
  return { ...base, layout: "none", delimiter: "", codeLines };
}

/**
 * Stage 2 — reads the records of the table's body: split on the delimiter (quoted fields when the layout
 * says so), or cut at the aligned columns; none for layout `none`. Lines are 1-based in `lines`.
 */
export function readRecords(lines: readonly string[], table: TableLayout): RawRecord[] {
  if (table.layout === "none") return [];
  const body = lines.slice(table.start);
  if (table.layout === "aligned") {
    const cols = table.columns ?? [0];
    return body.map((l, i) => ({
      line: table.start + i + 1,
      cells: cutColumns(l, cols),
    }));
  }
  if (table.quoted) return splitQuoted(body.join("\n"), table.delimiter, table.start + 1);
  return body.map((l, i) => ({ line: table.start + i + 1, cells: l.split(table.delimiter) }));
}

/** Splits delimited text with RFC 4180 quoting (quoted fields may hold the delimiter and newlines). */
export function splitQuoted(text: string, delim: string, firstLine: number): RawRecord[] {
  const out: RawRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = firstLine;
  let recLine = firstLine;
  let i = 0;
  const n = text.length;
  // A quote read here opens a cell: a run of plain characters (below) goes on to the delimiter or the
  // line's end, and a closing quote is never followed by another (that would be an escaped quote).
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"') {
      i++;
      while (i < n) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            if (cell.length < MAX_CELL) cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === "\n") line++;
        if (cell.length < MAX_CELL) cell += c;
        i++;
      }
      continue;
    }
    if (ch === delim) {
      cells.push(cell);
      cell = "";
      i++;
    } else if (ch === "\n" || ch === "\r") {
      cells.push(cell);
      out.push({ line: recLine, cells });
      cells = [];
      cell = "";
      if (ch === "\r" && text[i + 1] === "\n") i++;
      i++;
      line++;
      recLine = line;
    } else {
      // copy a run of plain characters at once
      let j = i + 1;
      while (j < n) {
        const c = text[j]!;
        if (c === delim || c === "\n" || c === "\r") break;
        j++;
      }
      cell += text.slice(i, Math.min(j, i + MAX_CELL - cell.length));
      i = j;
    }
  }
  if (cell !== "" || cells.length) {
    cells.push(cell);
    out.push({ line: recLine, cells });
  }
  return out;
}
