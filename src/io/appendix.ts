/**
 * Nhập phụ lục: reading the statistical appendix from report text and from TSV/CSV.
 * @module
 */
import {
  type CatalogIndex,
  indexCatalog,
  normalizeCode,
  selectCatalog,
  undatedCatalog,
} from "../catalog/lookup.js";
import type { Catalog, CatalogRow } from "../catalog/types.js";
import type { IndicatorValue } from "../model/report.js";
import type { Finding, Lang } from "../rules/finding.js";
import { makeFinding } from "./findings.js";
import { findTable, type RawRecord, readRecords, type TableLayout } from "./table.js";
import { clip, foldText, normalizeText, similarity, stripHtml } from "./text.js";

export { findAppendixHeading } from "./table.js";

/**
 * Cách một dòng được đối chiếu: how an input row was matched to a catalog row —
 * `code` (its printed code), `name` (text similarity of its label), `position` (an unnumbered
 * "- …" sub-row placed under the numbered row above, in template order), `continuation` (the rest
 * of the previous row split by a page break), `header` (a title or column header), `unmatched`.
 * @example
 * const h: RowOutcome = "position";
 */
export type RowOutcome = "code" | "name" | "position" | "continuation" | "header" | "unmatched";

/**
 * Một dòng đầu vào: one input row and what became of it. `line` is 1-based in the given text;
 * cells are as written (HTML removed).
 * @example
 * importAppendix("1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t15\t").rows[0]?.matchedId; // "1.1"
 */
export interface ImportedRow {
  line: number;
  code: string;
  name: string;
  unit: string;
  value: string;
  note: string;
  matchedId: string | null;
  how: RowOutcome;
}

/**
 * Tùy chọn nhập phụ lục.
 * @example
 * const o: ImportOptions = { format: "csv", lang: "en" };
 */
export interface ImportOptions {
  /** Appendix template; default: the version in force on `date`, else the latest shipped. */
  catalog?: Catalog;
  /** A date (`YYYY-MM-DD`, normally the period's last day) choosing the catalog version. */
  date?: string;
  /** Input format; `auto` (default) detects a "Phụ lục" heading, then the delimiter. */
  format?: "auto" | "text" | "tsv" | "csv";
  /** Language of finding messages (default `vi`). */
  lang?: Lang;
  /** Longest input read, in characters (default 5 000 000); the rest is ignored with a finding (`import.truncated`). */
  maxChars?: number;
}

/**
 * Kết quả nhập phụ lục: the values keyed by indicator id, every input row with its outcome, and the
 * import findings (`source: "import"`). Never thrown.
 * @example
 * const r: AppendixImport = importAppendix("3.4.1\tTỷ lệ hồ sơ TTHC được giải quyết đúng hạn\t%\t100%\t");
 * r.values["3.4.1"]?.raw; // "100%"
 */
export interface AppendixImport {
  values: Record<string, IndicatorValue>;
  rows: ImportedRow[];
  findings: Finding[];
  catalogVersion: string;
  /** Delimiter used (`"\t"`, `","`, `";"`). */
  delimiter: string;
  /** 0-based index of the "Phụ lục" heading line, or null when the whole text is the table. */
  headingLine: number | null;
  /**
   * How the table's cells were separated: `tsv`, `csv`, `aligned` (columns aligned with spaces), or
   * `none` (no table: a narrative, or columns that could not be found — finding
   * `import.columns-not-found`).
   */
  layout: "tsv" | "csv" | "aligned" | "none";
  /** What was read (see {@link ImportCounts}). */
  counts: ImportCounts;
}

/**
 * Số dòng đã đọc: the appendix rows read (data rows: neither headers nor continuation lines), those
 * matched to a template row, and those not matched (their values are not imported).
 * @example
 * importAppendix("Phụ lục\n1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t15\t").counts;
 * // { rowsRead: 1, matched: 1, unmatched: 0 }
 */
export interface ImportCounts {
  rowsRead: number;
  matched: number;
  unmatched: number;
}

const CODE_RE = /^\d{1,3}(?:\.\d{1,3}){0,5}\.?$/;
const ID_RE = /^\d{1,3}(?:\.\d{1,3}){0,5}(?:\.[a-z])+$/;
const VALUE_LIKE = /^[-+]?\d[\d.,\s]*%?$/;
const HEADER_WORDS: [RegExp, Role][] = [
  [/^(stt|tt|ma|code|ma so|ma chi tieu|so tt)$/, "code"],
  [/\b(ghi chu|note|notes)\b/, "note"],
  [/\b(don vi tinh|dvt|unit)\b/, "unit"],
  [/\b(so lieu|value|gia tri)\b/, "value"],
  [/\b(chi tieu|ten chi tieu|noi dung|name|indicator)\b/, "name"],
];
type Role = "code" | "name" | "unit" | "value" | "note";
const DEFAULT_COLUMNS: Role[] = ["code", "name", "unit", "value", "note"];
const MAX_CELL = 20_000;
/** A label over sub-rows ("Trong đó:", "Bao gồm:", "Cụ thể:"), folded. */
const LABEL = /^(trong do|bao gom|gom|cu the|chia ra|trong so do)$/;
/** Findings of one rule beyond this number are counted in one `import.findings-capped` finding. */
const MAX_FINDINGS_PER_RULE = 200;

/**
 * One row of the table after stage 3 ({@link readRows}): its cells by role, and what kind of line it
 * is — a header, a data row, or the continuation of the data row `of` (a note or a name split by a page
 * break, already joined to that row).
 */
export interface TableRow {
  line: number;
  kind: "header" | "data" | "continued-note" | "continued-name";
  code: string;
  name: string;
  unit: string;
  value: string;
  note: string;
  /** Whether HTML tags were removed from its cells. */
  html: boolean;
  /** Whether a cell was cut at 20 000 characters (continuations joined past that length). */
  clipped?: boolean;
  /** For a continuation: the index (in the returned list) of the data row it continues. */
  of?: number;
}

/** The role each header cell names (by its words), or null when no cell names one. */
function headerRoles(cells: string[]): Map<number, Role> | null {
  const roles = new Map<number, Role>();
  cells.forEach((c, i) => {
    const f = foldText(stripHtml(c).text);
    const hit = HEADER_WORDS.find(([re]) => re.test(f));
    if (hit) roles.set(i, hit[1]);
  });
  return roles.size > 0 ? roles : null;
}

/** The columns named by the header (each role once); the other columns take the roles not named, in default order. */
function rolesFromHeader(map: Map<number, Role>, width: number): Role[] {
  const cols: Role[] = [];
  for (const [i, r] of map) cols[i] = r;
  const missing = DEFAULT_COLUMNS.filter((r) => !cols.includes(r));
  return Array.from(
    { length: Math.max(width, cols.length) },
    (_, i) => cols[i] ?? missing.shift() ?? ("extra" as Role),
  );
}

function cellAt(cells: readonly string[], columns: readonly Role[], role: Role): string {
  return cells[columns.indexOf(role)] ?? "";
}

/** Joins a continuation to a row's cell, up to {@link MAX_CELL} characters (then the row is `clipped`). */
function joinCapped(row: TableRow, key: "note" | "name", more: string): string {
  const have = row[key];
  if (have.length >= MAX_CELL) {
    row.clipped = true;
    return have;
  }
  const joined = have ? `${have} ${more}` : more;
  if (joined.length <= MAX_CELL) return joined;
  row.clipped = true;
  return joined.slice(0, MAX_CELL);
}

function isCodeLike(s: string): boolean {
  return CODE_RE.test(s) || ID_RE.test(s);
}

/**
 * Stage 3 — reads the rows: header rows before the first data row (their words name the columns: "Mã",
 * "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"), then data rows with their cells by role (HTML
 * removed), and continuation lines — a lone note, or a lower-case name fragment — joined to the data row
 * above. Columns default to code, name, unit, value, note (an aligned table of 3 or 4 columns: code,
 * name[, unit], value).
 */
export function readRows(records: readonly RawRecord[], layout?: TableLayout["layout"]): TableRow[] {
  const out: TableRow[] = [];
  let columns: Role[] = DEFAULT_COLUMNS;
  let sawData = false;
  let headerMap: Map<number, Role> | null = null;
  let last = -1;
  for (const rec of records) {
    const cellsRaw = rec.cells.map((c) => c.slice(0, MAX_CELL));
    // a blank row (its cells empty, or only HTML tags) is not a row
    if (cellsRaw.every((c) => stripHtml(c).text.trim() === "")) continue;
    if (!sawData) {
      const hr = headerRoles(cellsRaw);
      const firstCell = normalizeCode(stripHtml(cellsRaw[0]!).text);
      if (cellsRaw.length < 3 || (hr && !isCodeLike(firstCell))) {
        if (hr && cellsRaw.length >= 3) {
          headerMap ??= new Map();
          for (const [i, role] of hr) if (![...headerMap.values()].includes(role)) headerMap.set(i, role);
        }
        const c = cellsRaw.map((x) => stripHtml(x).text.trim());
        out.push({
          line: rec.line,
          kind: "header",
          code: c[0]!,
          name: c[1] ?? "",
          unit: c[2] ?? "",
          value: c[3] ?? "",
          note: c.slice(4).filter(Boolean).join(" "),
          html: false,
        });
        continue;
      }
      if (headerMap && headerMap.size >= 2) columns = rolesFromHeader(headerMap, cellsRaw.length);
      // an aligned table of 4 columns is code, name, unit, value: the default columns already
      else if (layout === "aligned" && cellsRaw.length === 3) columns = ["code", "name", "value"];
      sawData = true;
    }
    let html = false;
    const cells: string[] = [];
    for (const c of cellsRaw) {
      const s = stripHtml(c);
      if (s.stripped) html = true;
      cells.push(s.text.trim());
    }
    // cells beyond the columns are kept, in the note
    const note = [cellAt(cells, columns, "note"), ...cells.slice(columns.length)].filter(Boolean).join(" ");
    const row: TableRow = {
      line: rec.line,
      kind: "data",
      code: cellAt(cells, columns, "code"),
      name: cellAt(cells, columns, "name"),
      unit: cellAt(cells, columns, "unit"),
      value: cellAt(cells, columns, "value"),
      note,
      html,
    };
    const prev = last >= 0 ? out[last]! : null;
    if (prev && row.code === "" && row.name === "" && row.unit === "" && row.value === "") {
      // a lone note (a row is never blank: see above)
      row.kind = "continued-note";
      row.of = last;
      prev.note = joinCapped(prev, "note", row.note);
      out.push(row);
      continue;
    }
    if (
      row.code === "" &&
      row.unit === "" &&
      row.value === "" &&
      row.note === "" &&
      LABEL.test(foldText(cleanName(row.name)))
    ) {
      // "Trong đó:", "Bao gồm:" — a label over the sub-rows, not a row of its own
      row.kind = "header";
      out.push(row);
      continue;
    }
    if (
      prev &&
      row.code === "" &&
      row.unit === "" &&
      row.value === "" &&
      row.note === "" &&
      /^\p{Ll}/u.test(row.name)
    ) {
      row.kind = "continued-name";
      row.of = last;
      prev.name = joinCapped(prev, "name", row.name);
      out.push(row);
      continue;
    }
    if (cells.length < 2 && prev === null) row.kind = "header";
    else last = out.length;
    out.push(row);
  }
  return out;
}

/**
 * What {@link matchCode} found for a coded row: the template row (or null) and how —
 * `code` (its printed code or id), `name` (its code is unknown, used twice or does not fit its name, and
 * its name matched a coded row). `problem` says what was wrong with the code.
 */
export interface CodeMatch {
  row: CatalogRow | null;
  how: "code" | "name" | "unmatched";
  problem?: "unknown-code" | "not-a-code" | "duplicate-code" | "code-again" | "wrong-code";
}

/** Best unused row by name similarity (≥ `min`); memoised per target while `used` does not grow. */
function byName(
  idx: CatalogIndex,
  target: string,
  used: ReadonlySet<string>,
  min: number,
  codedOnly: boolean,
  memo?: Map<string, { size: number; row: CatalogRow | null }>,
): CatalogRow | null {
  const key = `${min}|${codedOnly ? 1 : 0}|${target}`;
  const hit = memo?.get(key);
  if (hit && hit.size === used.size) return hit.row;
  let best: CatalogRow | null = null;
  let bestS = min;
  for (const r of idx.catalog.rows) {
    if (used.has(r.id) || (codedOnly && r.code === null)) continue;
    const s = similarity(target, r.name.vi);
    // the first row at the threshold, then only a closer one
    if (s >= min && (best === null || s > bestS)) {
      best = r;
      bestS = s;
    }
  }
  if (memo) {
    if (memo.size > 4096) memo.clear();
    memo.set(key, { size: used.size, row: best });
  }
  return best;
}

function cleanName(name: string): string {
  // cells are trimmed: only the leading dashes and bullets are left to drop
  return name.replace(/^[\s\-–+•*]+/, "");
}

/**
 * Stage 4 — matches a coded row to the template: by its printed code or id, choosing among rows that
 * share a printed code by name; a code already used, unknown, or whose name clearly belongs elsewhere
 * falls back to a coded template row of that name (similarity ≥ 0.75/0.8). Reads `used` (ids already
 * taken), never changes it.
 */
export function matchCode(
  code: string,
  name: string,
  idx: CatalogIndex,
  used: ReadonlySet<string>,
  memo?: Map<string, { size: number; row: CatalogRow | null }>,
): CodeMatch {
  const normCode = normalizeCode(code);
  const target = cleanName(name);
  if (!isCodeLike(normCode)) {
    const row = byName(idx, target, used, 0.8, true, memo);
    return row
      ? { row, how: "name", problem: "not-a-code" }
      : { row: null, how: "unmatched", problem: "not-a-code" };
  }
  const printed = idx.byCode.get(normCode) ?? [];
  const candidates = [...printed];
  const byId = idx.byId.get(normCode);
  if (byId && !candidates.includes(byId)) candidates.push(byId);
  if (candidates.length === 0) {
    const row = byName(idx, target, used, 0.75, true, memo);
    return row
      ? { row, how: "name", problem: "unknown-code" }
      : { row: null, how: "unmatched", problem: "unknown-code" };
  }
  const free = candidates.filter((c) => !used.has(c.id));
  let best: { c: CatalogRow; s: number } | undefined;
  for (const c of free) {
    const s = target ? similarity(target, c.name.vi) : 1;
    if (!best || s > best.s) best = { c, s };
  }
  if (!best) {
    const row = byName(idx, target, used, 0.75, false, memo);
    return row
      ? { row, how: "name", problem: "code-again" }
      : { row: null, how: "unmatched", problem: "code-again" };
  }
  // a name far from its code's row (< 0.35) and close to another (≥ 0.8, so closer by more than 0.45)
  const alt = target && best.s < 0.35 ? byName(idx, target, used, 0.8, false, memo) : null;
  if (alt) return { row: alt, how: "name", problem: "wrong-code" };
  const exact = best.c === byId || printed[0] === best.c;
  if (free.length < candidates.length || !exact)
    return { row: best.c, how: "name", problem: "duplicate-code" };
  return { row: best.c, how: "code" };
}

/**
 * The block an unnumbered row belongs to: the coded row above it (`parent`, a template id), or an
 * unknown code (`unknownCode`: its rows are kept as a block and not imported), or nothing yet.
 */
export interface Block {
  parent: string | null;
  unknownCode: string | null;
}

/**
 * What {@link placeSubRow} found for an unnumbered row: a child of its block's row (by name, else by
 * position: `byPosition`), a coded template row of the same name (`name`), or nothing.
 */
export interface SubRowPlace {
  row: CatalogRow | null;
  how: "position" | "name" | "unmatched";
  byPosition: boolean;
}

/**
 * Stage 5 — places an unnumbered row ("- Số nhiệm vụ đề ra …") of a block: among the unused children of
 * the block's row, by name (similarity ≥ 0.5), else a coded template row of that name (≥ 0.8: the code
 * was left out), else the first unused child in template order. Never into another coded row's children,
 * and never anywhere when the block's code is unknown (the block is kept, unmatched).
 */
export function placeSubRow(
  name: string,
  block: Block,
  idx: CatalogIndex,
  used: ReadonlySet<string>,
  memo?: Map<string, { size: number; row: CatalogRow | null }>,
): SubRowPlace {
  const none: SubRowPlace = { row: null, how: "unmatched", byPosition: false };
  if (block.unknownCode) return none;
  const target = cleanName(name);
  const kids = (block.parent ? (idx.children.get(block.parent) ?? []) : []).filter((id) => !used.has(id));
  let best: { id: string; s: number } | undefined;
  for (const id of kids) {
    const s = similarity(target, idx.byId.get(id)!.name.vi);
    if (!best || s > best.s) best = { id, s };
  }
  if (best && best.s >= 0.5) return { row: idx.byId.get(best.id)!, how: "position", byPosition: false };
  const global = target ? byName(idx, target, used, 0.8, true, memo) : null;
  if (global) return { row: global, how: "name", byPosition: false };
  if (kids[0] && target) return { row: idx.byId.get(kids[0])!, how: "position", byPosition: true };
  return none;
}

/**
 * Nhập phụ lục thống kê: reads the statistical appendix from report text (the rows after the heading
 * "Phụ lục", alone or at the end of a whole report) or from TSV/CSV (code, name, unit, value, note
 * columns; header row optional; delimiter detected; quoted fields). Five stages, each a function of its
 * own: find the table (tabs; a CSV delimiter only when the lines form a table — prose with commas is
 * never read as CSV; columns aligned with spaces; else no table, with one `import.columns-not-found`
 * finding when coded lines are there), read its records, read the rows (headers, continuations), match
 * codes, place unnumbered sub-rows under their block's row (never into another coded row's children; a
 * block under an unknown code stays a block, not imported, with one finding). Messy input is kept and
 * reported, never dropped: every input row is listed with its outcome, and each oddity is an import
 * finding (`import.duplicate-code`, `import.unknown-code`, `import.matched-by-name`,
 * `import.matched-by-position`, `import.html-stripped`, `import.unmatched-row`,
 * `import.value-in-unit-column`, `import.continued-note`, `import.continued-name`, `import.code-gap`,
 * `import.truncated`, `import.no-rows`, `import.columns-not-found`, `import.cell-truncated`, `import.findings-capped`). Values are
 * kept as written (`raw`, blank = not reported); `unit` is set only when the written unit differs from
 * the catalog's. Linear in the input's size. Never throws.
 * @example
 * const r = importAppendix("Phụ lục\n1.2.\tTỷ lệ hoàn thành Kế hoạch CCHC\t%\t37,03%\t\n\t- Số nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t27\t");
 * r.values["1.2.a"]?.raw; // "27"
 * r.rows[1]?.how;         // "position" (the "Phụ lục" heading line is not a row)
 * r.counts;               // { rowsRead: 2, matched: 2, unmatched: 0 }
 */
export function importAppendix(text: string, options: ImportOptions = {}): AppendixImport {
  return importAppendixLines(text, options).result;
}

/**
 * {@link importAppendix} that also hands back the text's lines as read (BOM dropped, cut at `maxChars`,
 * normalised), so `importReport` does not normalise the text a second time. Internal to `cchc/io`.
 */
export function importAppendixLines(
  text: string,
  options: ImportOptions = {},
): { result: AppendixImport; lines: string[] } {
  const lang = options.lang ?? "vi";
  const catalog = options.catalog ?? (options.date ? selectCatalog(options.date).catalog : undatedCatalog());
  const idx = indexCatalog(catalog);
  const findings: Finding[] = [];
  const perRule = new Map<string, number>();
  /**
   * Adds a finding; past {@link MAX_FINDINGS_PER_RULE} of its rule it is only counted, its text (`vi`,
   * `en`) not even built.
   */
  const F = (
    rule: string,
    severity: "info" | "warning",
    code: string | null,
    text: () => [vi: string, en: string],
    excerpt?: string,
  ) => {
    const n = (perRule.get(rule) ?? 0) + 1;
    perRule.set(rule, n);
    if (n > MAX_FINDINGS_PER_RULE) return;
    const [vi, en] = text();
    const f = makeFinding({ rule, severity, source: "import", lang, code, vi, en });
    if (excerpt !== undefined) f.excerpt = excerpt;
    findings.push(f);
  };
  const result: AppendixImport = {
    values: {},
    rows: [],
    findings,
    catalogVersion: catalog.version,
    delimiter: "\t",
    headingLine: null,
    layout: "none",
    counts: { rowsRead: 0, matched: 0, unmatched: 0 },
  };
  if (typeof text !== "string" || text.length === 0) {
    F("import.no-rows", "warning", null, () => ["không có dòng số liệu nào", "no data rows found"]);
    return { result, lines: [] };
  }
  const max = options.maxChars ?? 5_000_000;
  let src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (src.length > max) {
    F("import.truncated", "warning", null, () => [
      `văn bản dài ${src.length} ký tự, quá giới hạn ${max}; phần sau bị bỏ qua (tăng maxChars để đọc hết)`,
      `the text has ${src.length} characters, more than the limit ${max}; the rest was ignored (raise maxChars to read it all)`,
    ]);
    src = src.slice(0, max);
  }
  src = normalizeText(src);
  const lines = src.split(/\r\n|\r|\n/);
  // stage 1: find the table
  const table = findTable(lines, options.format);
  result.headingLine = table.headingLine;
  result.delimiter = table.delimiter || "\t";
  result.layout = table.layout;
  // (coded lines are counted only when no table was found)
  if (table.codeLines >= 3) {
    F("import.columns-not-found", "warning", null, () => [
      `có ${table.codeLines} dòng bắt đầu bằng mã chỉ tiêu nhưng không tách được cột (không có tab, dấu phân cách hay cột thẳng hàng); phụ lục chưa được nhập — hãy lưu bảng dạng TSV/CSV`,
      `${table.codeLines} lines start with an indicator code but their columns could not be found (no tabs, delimiter or aligned columns); the appendix was not imported — save the table as TSV/CSV`,
    ]);
  }
  // stages 2 and 3: read records, then rows
  const tableRows = readRows(readRecords(lines, table), table.layout);
  // stages 4 and 5: match codes, place sub-rows
  const used = new Set<string>();
  const memo = new Map<string, { size: number; row: CatalogRow | null }>();
  const htmlRows: string[] = [];
  const lastSibling = new Map<string, number>();
  let block: Block = { parent: null, unknownCode: null };
  let pending: { line: number; code: string; name: string; rows: number[] } | null = null;
  const matchedOf: (string | null)[] = [];
  const closeUnknown = () => {
    if (!pending) return;
    const p = pending;
    pending = null;
    const sub = p.rows.length;
    const lines = sub ? ` và ${sub} dòng con của nó (dòng ${p.rows[0]}–${p.rows[sub - 1]})` : "";
    const linesEn = sub ? ` and its ${sub} sub-rows (lines ${p.rows[0]}–${p.rows[sub - 1]})` : "";
    F(
      "import.unknown-code",
      "warning",
      null,
      () => [
        `dòng ${p.line}: mã "${clip(p.code, 20)}" không có trong mẫu phụ lục ${catalog.version}; dòng này${lines} chưa được nhập`,
        `line ${p.line}: code "${clip(p.code, 20)}" is not in appendix template ${catalog.version}; the row${linesEn} not imported`,
      ],
      clip(p.name),
    );
  };
  for (const tr of tableRows) {
    const ir: ImportedRow = {
      line: tr.line,
      code: tr.code,
      name: tr.name,
      unit: tr.unit,
      value: tr.value,
      note: tr.note,
      matchedId: null,
      how: "unmatched",
    };
    result.rows.push(ir);
    matchedOf.push(null);
    if (tr.kind === "header") {
      ir.how = "header";
      continue;
    }
    if (tr.kind === "continued-note" || tr.kind === "continued-name") {
      // a continuation always follows its data row (`of`); no continuation continues another
      const of = tr.of!;
      const ofId = matchedOf[of] ?? null;
      const ofLine = tableRows[of]!.line;
      ir.how = "continuation";
      ir.matchedId = ofId;
      if (tr.html) htmlRows.push(String(tr.line));
      if (tr.kind === "continued-note") {
        F("import.continued-note", "info", ofId, () => [
          `dòng ${tr.line}: ghi chú nối tiếp dòng ${ofLine}${ofId ? ` (${ofId})` : ""}`,
          `line ${tr.line}: note continued from line ${ofLine}${ofId ? ` (${ofId})` : ""}`,
        ]);
      } else {
        F("import.continued-name", "info", ofId, () => [
          `dòng ${tr.line}: tên chỉ tiêu nối tiếp dòng ${ofLine}`,
          `line ${tr.line}: row name continued from line ${ofLine}`,
        ]);
      }
      continue;
    }
    if (tr.html) htmlRows.push(String(tr.line));
    result.counts.rowsRead++;
    let matched: CatalogRow | null = null;
    const normCode = normalizeCode(tr.code);
    if (isCodeLike(normCode)) {
      closeUnknown();
      const m = matchCode(tr.code, tr.name, idx, used, memo);
      matched = m.row;
      ir.how = m.how;
      if (m.problem === "unknown-code") {
        if (matched) {
          F(
            "import.unknown-code",
            "warning",
            null,
            () => [
              `dòng ${tr.line}: mã "${clip(tr.code, 20)}" không có trong mẫu phụ lục ${catalog.version}`,
              `line ${tr.line}: code "${clip(tr.code, 20)}" is not in appendix template ${catalog.version}`,
            ],
            clip(tr.name),
          );
        } else {
          // its sub-rows go with it, unplaced, until the next coded row sets the block
          pending = { line: tr.line, code: tr.code, name: tr.name, rows: [] };
        }
      } else if (m.problem === "duplicate-code" && matched) {
        F(
          "import.duplicate-code",
          "warning",
          matched.id,
          () => [
            `dòng ${tr.line}: mã ${normCode} đã dùng cho dòng khác; theo tên, dòng này là ${m.row!.id}`,
            `line ${tr.line}: code ${normCode} is used twice; by its name this row is ${m.row!.id}`,
          ],
          clip(tr.name),
        );
      } else if (m.problem === "code-again") {
        // a code used again is a known code: printed, or an id
        const first = (idx.byCode.get(normCode)?.[0] ?? idx.byId.get(normCode))!;
        F(
          "import.duplicate-code",
          "warning",
          first.id,
          () => [
            `dòng ${tr.line}: mã ${normCode} xuất hiện lần nữa`,
            `line ${tr.line}: code ${normCode} appears again`,
          ],
          clip(tr.name),
        );
      }
      if (matched && m.problem && m.problem !== "duplicate-code") nameFinding(tr, matched, m.problem);
    } else {
      if (normCode !== "") {
        F(
          "import.unknown-code",
          "warning",
          null,
          () => [
            `dòng ${tr.line}: "${clip(tr.code, 20)}" không phải mã chỉ tiêu`,
            `line ${tr.line}: "${clip(tr.code, 20)}" is not an indicator code`,
          ],
          clip(tr.name),
        );
      }
      if (pending) {
        // a sub-row of an unknown code: kept with its block, not placed (said once, when the block ends)
        (pending as { rows: number[] }).rows.push(tr.line);
        continue;
      }
      const p = placeSubRow(tr.name, block, idx, used, memo);
      matched = p.row;
      ir.how = p.how;
      if (matched && p.how === "name") nameFinding(tr, matched, "no-code");
      const placed = p.row;
      if (placed && p.byPosition) {
        F("import.matched-by-position", "info", placed.id, () => [
          `dòng ${tr.line}: "${clip(cleanName(tr.name), 60)}" được xếp vào ${placed.id} theo vị trí (tên khác mẫu: "${clip(placed.name.vi, 60)}")`,
          `line ${tr.line}: "${clip(cleanName(tr.name), 60)}" placed at ${placed.id} by position (template name: "${clip(placed.name.vi, 60)}")`,
        ]);
      }
    }
    if (!matched) {
      ir.how = "unmatched";
      if (pending) continue; // said once, by the unknown-code finding of its block
      // a coded row left unmatched (a code used again, say) heads a block of its own: its sub-rows are
      // not placed among the children of the row before it
      if (isCodeLike(normCode)) block = { parent: null, unknownCode: normCode };
      F(
        "import.unmatched-row",
        "warning",
        null,
        () => [
          `dòng ${tr.line}: không xác định được chỉ tiêu; giá trị "${clip(tr.value, 30)}" chưa được nhập`,
          `line ${tr.line}: no indicator found; value "${clip(tr.value, 30)}" not imported`,
        ],
        clip(`${tr.code} ${tr.name}`),
      );
      continue;
    }
    used.add(matched.id);
    ir.matchedId = matched.id;
    matchedOf[matchedOf.length - 1] = matched.id;
    result.counts.matched++;
    if (matched.code !== null && ir.how !== "position") {
      block = { parent: matched.id, unknownCode: null };
      if (ir.how === "code") codeGap(matched.id, tr.line);
    } else block = { parent: matched.parent, unknownCode: null }; // an unnumbered template row: its siblings follow
    const v = indicatorValueOf(tr, matched);
    if (Object.keys(v).length) result.values[matched.id] = v;
  }
  closeUnknown();
  for (const tr of tableRows) {
    if (tr.clipped)
      F("import.cell-truncated", "warning", null, () => [
        `dòng ${tr.line}: nội dung nối tiếp dài quá ${MAX_CELL} ký tự; phần sau bị bỏ qua`,
        `line ${tr.line}: the continued text is longer than ${MAX_CELL} characters; the rest was ignored`,
      ]);
  }
  result.counts.unmatched = result.counts.rowsRead - result.counts.matched;
  if (htmlRows.length) {
    F("import.html-stripped", "info", null, () => [
      `đã bỏ thẻ HTML ở ${htmlRows.length} dòng (dòng ${htmlRows.slice(0, 12).join(", ")}${htmlRows.length > 12 ? ", …" : ""})`,
      `HTML tags removed from ${htmlRows.length} rows (lines ${htmlRows.slice(0, 12).join(", ")}${htmlRows.length > 12 ? ", …" : ""})`,
    ]);
  }
  if (result.counts.matched === 0 && !perRule.has("import.columns-not-found")) {
    F("import.no-rows", "warning", null, () => [
      "không có dòng số liệu nào khớp mẫu phụ lục",
      "no row matched the appendix template",
    ]);
  }
  const capped = [...perRule].filter(([, n]) => n > MAX_FINDINGS_PER_RULE);
  if (capped.length) {
    const list = capped.map(([r, n]) => `${r} ×${n - MAX_FINDINGS_PER_RULE}`).join(", ");
    F("import.findings-capped", "info", null, () => [
      `mỗi loại chỉ liệt kê ${MAX_FINDINGS_PER_RULE} phát hiện đầu; không liệt kê thêm: ${list}`,
      `only the first ${MAX_FINDINGS_PER_RULE} findings of each rule are listed; not listed: ${list}`,
    ]);
  }
  return { result, lines };

  function indicatorValueOf(tr: TableRow, matched: CatalogRow): IndicatorValue {
    const v: IndicatorValue = {};
    const isGroup = matched.kind === "group";
    if (!isGroup || tr.value !== "") v.raw = tr.value;
    const catUnit = matched.unit?.vi ?? "";
    if (tr.unit !== "" && foldText(tr.unit) !== foldText(catUnit)) {
      const valueLike = VALUE_LIKE.test(tr.unit) && !VALUE_LIKE.test(catUnit);
      if (valueLike) {
        v.unit = tr.unit;
        F("import.value-in-unit-column", "warning", matched.id, () => [
          `${matched.id}: cột đơn vị chứa số liệu "${tr.unit}" (cột số liệu: "${clip(tr.value, 40)}"); giữ nguyên cả hai`,
          `${matched.id}: the unit column holds a value "${tr.unit}" (value column: "${clip(tr.value, 40)}"); both kept as written`,
        ]);
      } else if (!isGroup) v.unit = tr.unit;
    }
    if (tr.note !== "") v.note = tr.note;
    return v;
  }

  function nameFinding(
    tr: TableRow,
    r: CatalogRow,
    why: "unknown-code" | "not-a-code" | "wrong-code" | "code-again" | "no-code",
  ) {
    const viWhy = {
      "unknown-code": "mã không có trong mẫu",
      "wrong-code": "mã không khớp tên",
      "code-again": "mã trùng",
      "no-code": "không có mã",
      "not-a-code": "không có mã",
    }[why];
    const enWhy = {
      "unknown-code": "unknown code",
      "wrong-code": "code does not fit the name",
      "code-again": "duplicate code",
      "no-code": "no code",
      "not-a-code": "no code",
    }[why];
    F(
      "import.matched-by-name",
      "warning",
      r.id,
      () => [
        `dòng ${tr.line} (${viWhy}): nhận là ${r.id} theo tên "${clip(r.name.vi, 60)}"`,
        `line ${tr.line} (${enWhy}): taken as ${r.id} by its name "${clip(r.name.en, 60)}"`,
      ],
      clip(tr.name),
    );
  }

  function codeGap(id: string, line: number) {
    const parts = id.split(".");
    const lastPart = Number(parts[parts.length - 1]);
    const prefix = parts.slice(0, -1).join(".");
    const prev = lastSibling.get(prefix) ?? lastPart;
    if (lastPart > prev + 1) {
      const from = prefix ? `${prefix}.${prev}` : String(prev);
      F("import.code-gap", "info", id, () => [
        `dòng ${line}: mã nhảy từ ${from} sang ${id}`,
        `line ${line}: numbering jumps from ${from} to ${id}`,
      ]);
    }
    lastSibling.set(prefix, Math.max(prev, lastPart));
  }
}
