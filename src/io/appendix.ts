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
import { clip, foldText, normalizeText, similarity, stripHtml } from "./text.js";

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
  /** Longest input read, in characters (default 5 000 000); the rest is ignored with a finding. */
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

/** One delimited record and its 1-based line. @internal */
export interface RawRecord {
  line: number;
  cells: string[];
}

/** Finds the "Phụ lục" heading: a short line starting with the word, followed by a delimited row. */
export function findAppendixHeading(lines: readonly string[]): number | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.length > 200 || l.includes("\t")) continue;
    const f = foldText(l.replace(/[*#_]/g, ""));
    if (!f.startsWith("phu luc")) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 40); j++) if (lines[j]!.includes("\t")) return i;
  }
  return null;
}

/** Splits delimited text with RFC 4180 quoting into records (internal to `cchc/io`). @internal */
export function splitQuoted(text: string, delim: string, firstLine: number): RawRecord[] {
  const out: RawRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = firstLine;
  let recLine = firstLine;
  let i = 0;
  let atStart = true;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (atStart && ch === '"') {
      i++;
      atStart = false;
      while (i < n) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
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
    atStart = false;
    if (ch === delim) {
      cells.push(cell);
      cell = "";
      atStart = true;
      i++;
    } else if (ch === "\n" || ch === "\r") {
      cells.push(cell);
      out.push({ line: recLine, cells });
      cells = [];
      cell = "";
      atStart = true;
      if (ch === "\r" && text[i + 1] === "\n") i++;
      i++;
      line++;
      recLine = line;
    } else {
      if (cell.length < MAX_CELL) cell += ch;
      i++;
    }
  }
  if (cell !== "" || cells.length) {
    cells.push(cell);
    out.push({ line: recLine, cells });
  }
  return out;
}

/** Tab when any line has one, else `;` or `,` whichever is more frequent (internal to `cchc/io`). @internal */
export function detectDelimiter(lines: readonly string[]): string {
  let tabs = 0;
  let commas = 0;
  let semis = 0;
  let seen = 0;
  for (const l of lines) {
    if (l.trim() === "") continue;
    if (l.includes("\t")) tabs++;
    commas += (l.match(/,/g) ?? []).length;
    semis += (l.match(/;/g) ?? []).length;
    if (++seen >= 40) break;
  }
  if (tabs > 0) return "\t";
  return semis > commas ? ";" : ",";
}

function headerRoles(cells: string[]): Map<number, Role> | null {
  const roles = new Map<number, Role>();
  let hits = 0;
  cells.forEach((c, i) => {
    const f = foldText(stripHtml(c).text);
    if (!f) return;
    for (const [re, role] of HEADER_WORDS) {
      if (re.test(f)) {
        hits++;
        if (![...roles.values()].includes(role)) roles.set(i, role);
        break;
      }
    }
  });
  return hits > 0 ? roles : null;
}

function cleanName(name: string): string {
  return name.replace(/^[\s\-–+•*]+/, "").trim();
}

/**
 * Nhập phụ lục thống kê: reads the statistical appendix from report text (the tab-separated rows
 * after the heading "Phụ lục", alone or at the end of a whole report) or from TSV/CSV (code, name,
 * unit, value, note columns; header row optional; delimiter detected; quoted fields). Rows are mapped
 * to catalog ids by code, else by name (normalised Vietnamese text similarity) and position
 * (unnumbered "- …" sub-rows belong to the numbered row above, in template order). Messy input is
 * kept and reported, never dropped: every input row is listed with its outcome, and each oddity is an
 * import finding (`import.duplicate-code`, `import.unknown-code`, `import.matched-by-name`,
 * `import.matched-by-position`, `import.html-stripped`, `import.unmatched-row`,
 * `import.value-in-unit-column`, `import.continued-note`, `import.continued-name`,
 * `import.code-gap`, `import.truncated`, `import.no-rows`). Values are kept as
 * written (`raw`, blank = not reported); `unit` is set only when the written unit differs from the
 * catalog's. Never throws.
 * @example
 * const r = importAppendix("Phụ lục\n1.2.\tTỷ lệ hoàn thành Kế hoạch CCHC\t%\t37,03%\t\n\t- Số nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t27\t");
 * r.values["1.2.a"]?.raw; // "27"
 * r.rows[1]?.how;         // "position" (the "Phụ lục" heading line is not a row)
 */
export function importAppendix(text: string, options: ImportOptions = {}): AppendixImport {
  const lang = options.lang ?? "vi";
  const catalog = options.catalog ?? (options.date ? selectCatalog(options.date).catalog : undatedCatalog());
  const idx = indexCatalog(catalog);
  const findings: Finding[] = [];
  const F = (
    rule: string,
    severity: "info" | "warning",
    code: string | null,
    vi: string,
    en: string,
    excerpt?: string,
  ) => {
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
  };
  if (typeof text !== "string" || text.length === 0) {
    F("import.no-rows", "warning", null, "không có dòng số liệu nào", "no data rows found");
    return result;
  }
  const max = options.maxChars ?? 5_000_000;
  let src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (src.length > max) {
    src = src.slice(0, max);
    F(
      "import.truncated",
      "warning",
      null,
      `văn bản dài quá ${max} ký tự; phần sau bị bỏ qua`,
      `text longer than ${max} characters; the rest was ignored`,
    );
  }
  src = normalizeText(src);
  const lines = src.split(/\r\n|\r|\n/);
  const format = options.format ?? "auto";
  const heading = format === "tsv" || format === "csv" ? null : findAppendixHeading(lines);
  result.headingLine = heading;
  const bodyStart = heading === null ? 0 : heading + 1;
  const body = lines.slice(bodyStart);
  const delim = format === "csv" ? detectDelimiterCsv(body) : format === "tsv" ? "\t" : detectDelimiter(body);
  result.delimiter = delim;
  const quoted = heading === null && format !== "text";
  const records: RawRecord[] = quoted
    ? splitQuoted(body.join("\n"), delim, bodyStart + 1)
    : body.map((l, i) => ({ line: bodyStart + i + 1, cells: l.split(delim) }));

  let columns: Role[] = DEFAULT_COLUMNS;
  let sawData = false;
  let headerMap: Map<number, Role> | null = null;
  const htmlRows: string[] = [];
  const used = new Set<string>();
  let parent: string | null = null;
  let last: { row: ImportedRow; id: string | null } | null = null;
  const lastSibling = new Map<string, number>();

  for (const rec of records) {
    if (rec.cells.every((c) => c.trim() === "")) continue;
    const cellsRaw = rec.cells.map((c) => (c.length > MAX_CELL ? c.slice(0, MAX_CELL) : c));
    // header rows (before data)
    if (!sawData) {
      const hr = headerRoles(cellsRaw);
      const firstCell = normalizeCode(stripHtml(cellsRaw[0] ?? "").text);
      const looksData = CODE_RE.test(firstCell) || ID_RE.test(firstCell);
      if (cellsRaw.length < 3 || (hr && !looksData)) {
        if (hr && cellsRaw.length >= 3) {
          headerMap ??= new Map();
          for (const [i, role] of hr) if (![...headerMap.values()].includes(role)) headerMap.set(i, role);
        }
        result.rows.push(row(rec.line, cellsRaw, null, "header"));
        continue;
      }
      if (headerMap && headerMap.size >= 2) columns = rolesFromHeader(headerMap, cellsRaw.length);
      sawData = true;
    }
    let html = false;
    const cells = cellsRaw.map((c) => {
      const s = stripHtml(c);
      if (s.stripped) html = true;
      return s.text.trim();
    });
    const get = (role: Role) => {
      const i = columns.indexOf(role);
      return i >= 0 ? (cells[i] ?? "") : "";
    };
    let note = get("note");
    const extra = cells.filter((_, i) => i >= columns.length && cells[i] !== "");
    if (extra.length) note = [note, ...extra].filter(Boolean).join(" ");
    const code = get("code");
    const name = get("name");
    const unit = get("unit");
    const value = get("value");
    const ir: ImportedRow = {
      line: rec.line,
      code,
      name,
      unit,
      value,
      note,
      matchedId: null,
      how: "unmatched",
    };
    result.rows.push(ir);
    if (cells.length < 2 && last === null) {
      ir.how = "header";
      continue;
    }
    // continuation rows
    if (last && code === "" && name === "" && unit === "" && value === "" && note !== "") {
      ir.how = "continuation";
      ir.matchedId = last.id;
      if (last.id) {
        const v = result.values[last.id];
        if (v) v.note = v.note ? `${v.note} ${note}` : note;
        else result.values[last.id] = { note };
      }
      if (html) htmlRows.push(String(rec.line));
      F(
        "import.continued-note",
        "info",
        last.id,
        `dòng ${rec.line}: ghi chú nối tiếp dòng ${last.row.line}${last.id ? ` (${last.id})` : ""}`,
        `line ${rec.line}: note continued from line ${last.row.line}${last.id ? ` (${last.id})` : ""}`,
      );
      continue;
    }
    if (last && code === "" && unit === "" && value === "" && note === "" && /^\p{Ll}/u.test(name)) {
      ir.how = "continuation";
      ir.matchedId = last.id;
      last.row.name = `${last.row.name} ${name}`;
      F(
        "import.continued-name",
        "info",
        last.id,
        `dòng ${rec.line}: tên chỉ tiêu nối tiếp dòng ${last.row.line}`,
        `line ${rec.line}: row name continued from line ${last.row.line}`,
      );
      continue;
    }
    if (html) htmlRows.push(String(rec.line));
    const normCode = normalizeCode(code);
    const target = cleanName(name);
    let matched: CatalogRow | null = null;
    if (normCode !== "" && (CODE_RE.test(normCode) || ID_RE.test(normCode))) {
      const candidates = [...(idx.byCode.get(normCode) ?? [])];
      const byId = idx.byId.get(normCode);
      if (byId && !candidates.includes(byId)) candidates.push(byId);
      if (candidates.length === 0) {
        F(
          "import.unknown-code",
          "warning",
          null,
          `dòng ${rec.line}: mã "${clip(code, 20)}" không có trong mẫu phụ lục ${catalog.version}`,
          `line ${rec.line}: code "${clip(code, 20)}" is not in appendix template ${catalog.version}`,
          clip(name),
        );
        matched = byName(idx, target, used, 0.75);
        if (matched) {
          ir.how = "name";
          nameFinding(matched, "unknown");
        }
      } else {
        const free = candidates.filter((c) => !used.has(c.id));
        const scored = free
          .map((c) => ({ c, s: target ? similarity(target, c.name.vi) : 1 }))
          .sort((a, b) => b.s - a.s);
        const best = scored[0];
        const dup =
          free.length < candidates.length || (idx.byCode.get(normCode)?.[0]?.id !== best?.c.id && !!best);
        if (best) {
          const alt = target && best.s < 0.35 ? byName(idx, target, used, 0.8) : null;
          if (alt && similarity(target, alt.name.vi) > best.s + 0.3) {
            matched = alt;
            ir.how = "name";
            nameFinding(alt, "wrong");
          } else {
            matched = best.c;
            ir.how = dup ? "name" : "code";
            if (dup) {
              F(
                "import.duplicate-code",
                "warning",
                matched.id,
                `dòng ${rec.line}: mã ${normCode} đã dùng cho dòng khác; theo tên, dòng này là ${matched.id}`,
                `line ${rec.line}: code ${normCode} is used twice; by its name this row is ${matched.id}`,
                clip(name),
              );
            }
          }
        } else {
          F(
            "import.duplicate-code",
            "warning",
            candidates[0]?.id ?? null,
            `dòng ${rec.line}: mã ${normCode} xuất hiện lần nữa`,
            `line ${rec.line}: code ${normCode} appears again`,
            clip(name),
          );
          matched = byName(idx, target, used, 0.75);
          if (matched) {
            ir.how = "name";
            nameFinding(matched, "duplicate");
          }
        }
      }
    } else {
      if (normCode !== "") {
        F(
          "import.unknown-code",
          "warning",
          null,
          `dòng ${rec.line}: "${clip(code, 20)}" không phải mã chỉ tiêu`,
          `line ${rec.line}: "${clip(code, 20)}" is not an indicator code`,
          clip(name),
        );
      }
      const kids: string[] = (parent ? (idx.children.get(parent) ?? []) : []).filter((id) => !used.has(id));
      const scored: { id: string; s: number }[] = kids
        .map((id) => ({ id, s: similarity(target, idx.byId.get(id)!.name.vi) }))
        .sort((a, b) => b.s - a.s);
      const best: { id: string; s: number } | undefined = scored[0];
      if (best && best.s >= 0.5) {
        matched = idx.byId.get(best.id)!;
        ir.how = "position";
      } else {
        const global = target ? byName(idx, target, used, 0.8) : null;
        if (global) {
          matched = global;
          ir.how = "name";
          nameFinding(global, "nocode");
        } else if (kids[0] && target) {
          matched = idx.byId.get(kids[0])!;
          ir.how = "position";
          F(
            "import.matched-by-position",
            "info",
            matched.id,
            `dòng ${rec.line}: "${clip(target, 60)}" được xếp vào ${matched.id} theo vị trí (tên khác mẫu: "${clip(matched.name.vi, 60)}")`,
            `line ${rec.line}: "${clip(target, 60)}" placed at ${matched.id} by position (template name: "${clip(matched.name.vi, 60)}")`,
          );
        }
      }
    }
    if (!matched) {
      ir.how = "unmatched";
      last = { row: ir, id: null };
      F(
        "import.unmatched-row",
        "warning",
        null,
        `dòng ${rec.line}: không xác định được chỉ tiêu; giá trị "${clip(value, 30)}" chưa được nhập`,
        `line ${rec.line}: no indicator found; value "${clip(value, 30)}" not imported`,
        clip(`${code} ${name}`),
      );
      continue;
    }
    used.add(matched.id);
    ir.matchedId = matched.id;
    last = { row: ir, id: matched.id };
    if (matched.code !== null && ir.how !== "position") {
      parent = matched.id;
      if (ir.how === "code") codeGap(matched.id, rec.line);
    }
    const v: IndicatorValue = {};
    const isGroup = matched.kind === "group";
    if (!isGroup || value !== "") v.raw = value;
    const catUnit = matched.unit?.vi ?? "";
    if (unit !== "" && foldText(unit) !== foldText(catUnit)) {
      const valueLike = VALUE_LIKE.test(unit) && !VALUE_LIKE.test(catUnit);
      if (valueLike) {
        v.unit = unit;
        F(
          "import.value-in-unit-column",
          "warning",
          matched.id,
          `${matched.id}: cột đơn vị chứa số liệu "${unit}" (cột số liệu: "${clip(value, 40)}"); giữ nguyên cả hai`,
          `${matched.id}: the unit column holds a value "${unit}" (value column: "${clip(value, 40)}"); both kept as written`,
        );
      } else if (!isGroup) v.unit = unit;
    }
    if (note !== "") v.note = note;
    if (Object.keys(v).length) result.values[matched.id] = v;

    function nameFinding(r: CatalogRow, why: "unknown" | "wrong" | "duplicate" | "nocode") {
      const viWhy = {
        unknown: "mã không có trong mẫu",
        wrong: "mã không khớp tên",
        duplicate: "mã trùng",
        nocode: "không có mã",
      }[why];
      const enWhy = {
        unknown: "unknown code",
        wrong: "code does not fit the name",
        duplicate: "duplicate code",
        nocode: "no code",
      }[why];
      F(
        "import.matched-by-name",
        "warning",
        r.id,
        `dòng ${rec.line} (${viWhy}): nhận là ${r.id} theo tên "${clip(r.name.vi, 60)}"`,
        `line ${rec.line} (${enWhy}): taken as ${r.id} by its name "${clip(r.name.en, 60)}"`,
        clip(name),
      );
    }
  }
  if (htmlRows.length) {
    F(
      "import.html-stripped",
      "info",
      null,
      `đã bỏ thẻ HTML ở ${htmlRows.length} dòng (dòng ${htmlRows.slice(0, 12).join(", ")}${htmlRows.length > 12 ? ", …" : ""})`,
      `HTML tags removed from ${htmlRows.length} rows (lines ${htmlRows.slice(0, 12).join(", ")}${htmlRows.length > 12 ? ", …" : ""})`,
    );
  }
  if (!result.rows.some((r) => r.matchedId !== null)) {
    F(
      "import.no-rows",
      "warning",
      null,
      "không có dòng số liệu nào khớp mẫu phụ lục",
      "no row matched the appendix template",
    );
  }
  return result;

  function codeGap(id: string, line: number) {
    const parts = id.split(".");
    const lastPart = Number(parts[parts.length - 1]);
    const prefix = parts.slice(0, -1).join(".");
    const prev = lastSibling.get(prefix);
    if (prev !== undefined && lastPart > prev + 1) {
      const from = prefix ? `${prefix}.${prev}` : String(prev);
      F(
        "import.code-gap",
        "info",
        id,
        `dòng ${line}: mã nhảy từ ${from} sang ${id}`,
        `line ${line}: numbering jumps from ${from} to ${id}`,
      );
    }
    lastSibling.set(prefix, Math.max(prev ?? 0, lastPart));
  }
}

function detectDelimiterCsv(lines: readonly string[]): string {
  const d = detectDelimiter(lines.map((l) => l.replace(/\t/g, "")));
  return d === "\t" ? "," : d;
}

function rolesFromHeader(map: Map<number, Role>, width: number): Role[] {
  const cols: Role[] = [];
  const missing = DEFAULT_COLUMNS.filter((r) => ![...map.values()].includes(r));
  const n = Math.max(width, Math.max(...map.keys()) + 1);
  for (let i = 0; i < n; i++) {
    const r = map.get(i);
    if (r) cols[i] = r;
  }
  // fill the holes with the roles not named, in default order
  for (let i = 0; i < n && missing.length; i++) if (cols[i] === undefined) cols[i] = missing.shift()!;
  return Array.from({ length: n }, (_, i) => cols[i] ?? ("extra" as Role));
}

function row(line: number, cells: string[], matchedId: string | null, how: RowOutcome): ImportedRow {
  const c = cells.map((x) => stripHtml(x).text.trim());
  return {
    line,
    code: c[0] ?? "",
    name: c[1] ?? "",
    unit: c[2] ?? "",
    value: c[3] ?? "",
    note: c.slice(4).join(" ").trim(),
    matchedId,
    how,
  };
}

function byName(idx: CatalogIndex, target: string, used: Set<string>, min: number): CatalogRow | null {
  if (!target) return null;
  let best: CatalogRow | null = null;
  let bestS = min;
  for (const r of idx.catalog.rows) {
    if (used.has(r.id)) continue;
    const s = similarity(target, r.name.vi);
    if (s > bestS || (s === bestS && best === null && s >= min)) {
      best = r;
      bestS = s;
    }
  }
  return best;
}
