/**
 * Nhập bảng thống kê hồ sơ: the wide tables one-stop portals, centre bulletins and provincial reports
 * publish — one row per unit, administrative level or online level, one column per flow — read from
 * TSV/CSV text into dossier-flow records, with the column mapping reported.
 * @module
 */
import {
  DEFAULT_ON_TIME_PROFILE,
  ON_TIME_RATE_PROFILES,
  onTimeRateProfile,
} from "../catalog/dossier-profiles.js";
import { DOSSIER_FLOW_FIELDS, type DossierFlow, type DossierFlowField } from "../model/dossier-flow.js";
import type { AdminLevel } from "../model/primitives.js";
import type { OnlineServiceLevel } from "../model/procedure.js";
import { parseVietnameseNumber } from "../numbers/parse.js";
import type { Finding, Lang } from "../rules/finding.js";
import { makeFinding } from "./findings.js";
import { csvDelimiter, type RawRecord, splitQuoted } from "./table.js";
import { clip, foldText, normalizeText, stripHtml } from "./text.js";

/**
 * Tùy chọn nhập bảng hồ sơ: options of {@link importDossierTable}.
 * @example
 * const o: DossierTableOptions = { profile: "portal-late-share", period: "2024-03", lang: "en" };
 */
export interface DossierTableOptions {
  /** The on-time-rate profile the table's rates use (default: the appendix template's). */
  profile?: string;
  /** The period the table covers, copied onto every row. */
  period?: string;
  /** Language of finding messages (default `"vi"`). */
  lang?: Lang;
}

/**
 * Vai trò của một cột: what a column was recognised as — a flow count, the printed on-time or late rate,
 * a share printed beside a count (`share`, with `of` and `base`), the row label, the row number, or
 * `null` (not recognised; reported as `import.unmatched-column`).
 * @example
 * const r: DossierColumnRole = "resolvedLate";
 */
export type DossierColumnRole =
  | DossierFlowField
  | "onTimeRate"
  | "lateRate"
  | "share"
  | "label"
  | "index"
  | null;

/**
 * Cột đã nhận diện: one column, its header as written (group and sub-column joined by " / ") and its role.
 * @example
 * const c: DossierColumn = { index: 3, header: "Đã giải quyết / Quá hạn", role: "resolvedLate" };
 */
export interface DossierColumn {
  /** 0-based column index. */
  index: number;
  /** The header path as written. */
  header: string;
  /** What the column holds. */
  role: DossierColumnRole;
  /** For a share: the count it is a share of. */
  of?: DossierFlowField;
  /** For a share: the base it is a share of. */
  base?: DossierFlowField;
}

/**
 * Kết quả nhập bảng hồ sơ: the records (published total rows have `total: true`), the column mapping,
 * the profile in use, and the import findings; or an error when nothing in the text looks like a
 * dossier table or the profile is unknown. Never thrown.
 * @example
 * const r: DossierTableImport = importDossierTable("Đơn vị\tĐã giải quyết\tĐúng hạn\nA\t10\t9");
 * r.ok; // true
 */
export type DossierTableImport =
  | {
      ok: true;
      profile: string;
      rows: DossierFlow[];
      columns: DossierColumn[];
      findings: Finding[];
    }
  | {
      ok: false;
      error: { code: "empty" | "no-header" | "unknown-profile"; message: { vi: string; en: string } };
    };

/** The header words of each role, on folded text (lower case, no diacritics). */
const GROUP_RESOLVED =
  /\b(da giai quyet|da xu ly|giai quyet xong|xu ly xong|da tra ket qua|ket qua giai quyet)\b/;
const GROUP_PENDING = /\b(dang giai quyet|dang xu ly|chua giai quyet|chua xu ly|chua giai quyet xong)\b/;
const GROUP_RECEIVE = /\b(tiep nhan|nhan giai quyet|so ho so nhan|ho so nhan)\b/;
const GROUP_DUE = /\bden han\b/;

const TOTAL_WORD = /^(tong|tong so|tong cong|cong|so luong|tong so ho so)$/;

type Ctx = "resolved" | "pending" | "receive" | "due" | null;

function ctxOf(f: string): Ctx {
  if (/\b(chua den han)\b/.test(f)) return null;
  if (GROUP_RESOLVED.test(f)) return "resolved";
  if (GROUP_PENDING.test(f)) return "pending";
  if (GROUP_DUE.test(f) && !/\b(dung han|truoc han|qua han)\b/.test(f)) return "due";
  if (GROUP_RECEIVE.test(f)) return "receive";
  return null;
}

/** The role of a leaf header in a context (null: not a flow word). */
function leafRole(f: string, ctx: Ctx): DossierColumnRole | "total" {
  if (/^(stt|tt|so tt|so thu tu)$/.test(f)) return "index";
  if (/\b(ty le|ti le)\b/.test(f) || f === "%" || /^% /.test(f) || / %$/.test(f)) {
    if (/\b(dung han|dung va truoc han|dung han va truoc han)\b/.test(f) && !/\b(tre|qua han)\b/.test(f)) {
      return "onTimeRate";
    }
    if (/\b(tre han|qua han|tre|cham)\b/.test(f) && !/\btruc tuyen\b/.test(f)) return "lateRate";
    return "share";
  }
  if (
    /\b(ton ky truoc|tu ky truoc|ky truoc chuyen|ton dau ky|ky truoc chuyen sang|chuyen tu ky truoc|ton)\b/.test(
      f,
    )
  ) {
    return "carriedOver";
  }
  if (/\b(can xu ly|can giai quyet|phai giai quyet|phai xu ly)\b/.test(f)) return "toProcess";
  if (/\b(tiep nhan moi|moi tiep nhan|nhan moi|tiep nhan trong ky|da tiep nhan)\b/.test(f)) return "received";
  if (/\btruc tiep\b/.test(f) && /\b(buu chinh|bcci)\b/.test(f)) return "receivedInPersonOrPostal";
  if (/\btruc tuyen\b/.test(f)) return "receivedOnline";
  if (/\btruc tiep\b/.test(f)) return "receivedInPerson";
  if (/\b(bcci|buu chinh|qua buu dien)\b/.test(f)) return "receivedPostal";
  if (/\b(tra lai|tu choi|khong giai quyet|khong du dieu kien)\b/.test(f)) return "returned";
  if (/\b(rut|xin rut)\b/.test(f)) return "withdrawn";
  if (/\bhuy\b/.test(f)) return "cancelled";
  if (/\b(chua nhan|chua den nhan|chua tra)\b/.test(f)) return "uncollected";
  const c = ctxOf(f);
  if (c === "resolved" && !/\b(dung han|truoc han|qua han|tre)\b/.test(f)) return "resolved";
  if (c === "pending" && !/\b(trong han|qua han|tre|chua den han)\b/.test(f)) return "pending";
  // "Đến hạn giải quyết" as its own column (its context is itself) or under a group that is no flow
  if (c === "due" && (ctx ?? "due") === "due") return "dueInPeriod";
  if (c === "receive" && !/\b(tong|tong so)\b/.test(f)) return "received";
  if (/\b(dung han|som)\b/.test(f) && /\b(truoc han|som)\b/.test(f)) {
    return ctx === "due" ? "dueInPeriodOnTime" : "resolvedOnTimeOrEarly";
  }
  if (/\b(truoc han|som)\b/.test(f)) return "resolvedEarly";
  if (/\bdung han\b/.test(f)) return ctx === "due" ? "dueInPeriodOnTime" : "resolvedOnTime";
  // "Sắp trễ" (nearly due) and "Chưa đến" (not yet near) are the two parts of "within the deadline" on
  // the Gia Lai portal: both columns add up into pendingWithinDeadline
  if (/\b(trong han|chua den han|chua den|sap tre|sap den han|sap qua han)\b/.test(f))
    return "pendingWithinDeadline";
  if (/\b(qua han|tre han|tre|cham)\b/.test(f)) return ctx === "pending" ? "pendingOverdue" : "resolvedLate";
  if (TOTAL_WORD.test(f)) return "total";
  if (
    /\b(don vi|co quan|ten|cap|muc do|linh vuc|dia phuong|noi dung|chi tieu|ten don vi|phan loai)\b/.test(f)
  ) {
    return "label";
  }
  return null;
}

const COUNT_ROLES: ReadonlySet<DossierColumnRole> = new Set(DOSSIER_FLOW_FIELDS);

/** A count column's role: a dossier flow (not a rate, a share, the label, the index or unknown). */
function isCount(role: DossierColumnRole): role is DossierFlowField {
  return COUNT_ROLES.has(role);
}

const TOTAL_OF: Record<Exclude<Ctx, null>, DossierFlowField> = {
  resolved: "resolved",
  pending: "pending",
  receive: "received",
  due: "dueInPeriod",
};

/** Default base of a share printed right after a count. */
const SHARE_BASE: Partial<Record<DossierFlowField, DossierFlowField>> = {
  receivedOnline: "received",
  receivedInPerson: "received",
  receivedPostal: "received",
  receivedInPersonOrPostal: "received",
  resolvedEarly: "resolved",
  resolvedOnTime: "resolved",
  resolvedOnTimeOrEarly: "resolved",
  resolvedLate: "resolved",
  pendingWithinDeadline: "pending",
  pendingOverdue: "pending",
  resolved: "toProcess",
  pending: "toProcess",
  returned: "toProcess",
  withdrawn: "toProcess",
  received: "toProcess",
  carriedOver: "toProcess",
  uncollected: "resolved",
  dueInPeriodOnTime: "dueInPeriod",
};

/** A base named in a share's header ("so với tổng số tiếp nhận", "trên số đã giải quyết"). */
function namedBase(f: string): DossierFlowField | null {
  const m = /\b(so voi|tren)\b(.*)/.exec(f) ?? /\btong so\b(.*)/.exec(f);
  if (!m) return null;
  const rest = m[m.length - 1]!;
  if (/\b(can xu ly|can giai quyet|phai giai quyet)\b/.test(rest)) return "toProcess";
  if (/\b(da giai quyet|da xu ly)\b/.test(rest)) return "resolved";
  if (/\b(dang giai quyet|dang xu ly)\b/.test(rest)) return "pending";
  if (/\b(tiep nhan|nhan)\b/.test(rest)) return /\bmoi\b/.test(rest) ? "received" : "toProcess";
  return null;
}

// Cells arrive trimmed (see importDossierTable), so the row helpers below compare them as they are.

function nonEmpty(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c !== "") n++;
  return n;
}

/** "1 2 3 …" or "(1) (2) …": the column-number row many forms print under the header. */
function isNumberingRow(cells: readonly string[]): boolean {
  const vals = cells.filter((c) => c !== "");
  if (vals.length < 3) return false;
  let prev = 0;
  for (const v of vals) {
    const m = /^\(?(\d{1,2})\)?$/.exec(v);
    if (!m) return false;
    const k = Number(m[1]);
    if (k <= prev) return false;
    prev = k;
  }
  return true;
}

function looksNumeric(c: string): boolean {
  return /^[\s(]*[-+]?\d[\d.,\s]*%?\)?\s*(ngan|nghin|ngàn|nghìn|triệu|trieu|tỷ|ty|hồ sơ|ho so|hs)?\s*$/i.test(
    c,
  );
}

/** A data row: a number-like cell and no header word. */
function isDataRow(cells: readonly string[]): boolean {
  let nums = 0;
  for (const c of cells) if (looksNumeric(c)) nums++;
  return nums > headerHits(cells);
}

/**
 * A row whose only text is in the first two cells: a section heading ("I | Cấp tỉnh", "Cấp huyện") or a
 * title, not a header row.
 */
function isHeadingRow(cells: readonly string[]): boolean {
  return cells.slice(2).every((c) => c === "");
}

function headerHits(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    const f = foldText(c);
    if (ctxOf(f) !== null) n++;
    else {
      const r = leafRole(f, null);
      if (r !== null && r !== "label" && r !== "index" && r !== "total") n++;
    }
  }
  return n;
}

interface CellValue {
  value: number;
  decimals?: number;
}

/**
 * A count cell (trimmed): blank/none → "blank"; "4,52 ngàn" → 4520 with decimals −1; "12,5" → "not-whole";
 * anything else that is no whole non-negative count (a rate, a fraction, "12 TTHC", "-3") → null.
 */
function readCount(raw: string): CellValue | "blank" | "not-whole" | null {
  const r = parseVietnameseNumber(raw.replace(/\s*(hồ sơ|ho so|hs)$/i, ""));
  if (!r.ok) return null;
  const v = r.value;
  if (v.kind === "blank" || v.kind === "none") return "blank";
  if (v.kind !== "number" || v.percent || v.unitWord !== undefined) return null;
  if (v.value.startsWith("-")) return null;
  if (v.value.includes(".") && !/\.0*$/.test(v.value)) return "not-whole";
  const n = Number(v.value.split(".")[0]);
  if (!Number.isSafeInteger(n)) return null;
  const out: CellValue = { value: n };
  if (v.decimals < 0) out.decimals = v.decimals;
  return out;
}

/** A percentage cell (trimmed) → canonical decimal string ("98,5%" → "98.5"), "blank", or null. */
function readRate(raw: string): string | null | "blank" {
  const r = parseVietnameseNumber(raw);
  if (!r.ok) return null;
  const v = r.value;
  if (v.kind === "blank" || v.kind === "none") return "blank";
  if (v.kind !== "number" || v.value.startsWith("-")) return null;
  return v.value;
}

function levelOf(f: string): AdminLevel | undefined {
  if (/\bcap tinh\b|\bso ban nganh\b/.test(f)) return "province";
  if (/\bcap huyen\b/.test(f)) return "district";
  if (/\bcap xa\b/.test(f)) return "commune";
  return undefined;
}

function onlineLevelOf(f: string): OnlineServiceLevel | undefined {
  if (/\btoan trinh\b/.test(f)) return { regime: "nd42-2022", class: "full" };
  if (/\bmot phan\b/.test(f)) return { regime: "nd42-2022", class: "partial" };
  const m = /\bmuc( do)? ([1-4])\b/.exec(f);
  if (m) return { regime: "nd43-2011", level: Number(m[2]) as 1 | 2 | 3 | 4 };
  return undefined;
}

const TOTAL_ROW = /^(tong cong|tong so|tong|cong|toan tinh|toan thanh pho|chung toan tinh|tong toan tinh)\b/;

/**
 * Nhập bảng thống kê hồ sơ TTHC: reads a wide dossier table (TSV, or CSV with `,` or `;`; an .xlsx sheet
 * arrives as TSV text) into one {@link DossierFlow} per row. Column headers are recognised by their
 * Vietnamese wording, with or without accents ("Tồn kỳ trước" / "Từ kỳ trước chuyển qua", "Tiếp nhận
 * mới", "Trực tuyến", "Trực tiếp", "BCCI", "Cần xử lý", "Đã giải quyết" › "Trước hạn", "Đúng hạn",
 * "Quá hạn" / "Trễ hạn", "Đang giải quyết" › "Trong hạn" / "Chưa đến hạn", "Quá hạn", "Trả lại", "Rút hồ
 * sơ", "Chưa nhận", "Tỷ lệ đúng hạn", "Tỷ lệ trễ hạn", a "%" column after a count), on one header row
 * or two/three (a group row whose merged cells are left blank, then sub-columns); "Quá hạn" alone
 * belongs to the group on its left. A row whose label starts with "Tổng" / "Cộng" / "Toàn tỉnh" is a
 * published total; "Cấp tỉnh / huyện / xã" set `level`, "Toàn trình / Một phần / Mức độ 3, 4" set
 * `onlineLevel`. Counts are read the Vietnamese way; "4,52 ngàn" is 4 520 ± 5 (`decimals: −1`); a count
 * that is not whole (`12,5`) is the error `structure.not-whole` and stays blank. Findings: `import.unmatched-column`
 * (info), `import.unreadable-cell` (warning), `structure.not-whole` (error), `import.scaled-count` (info).
 * @example
 * const t = "Đơn vị\tTồn kỳ trước\tTiếp nhận mới\tĐã giải quyết\tĐúng hạn\tQuá hạn\tĐang giải quyết\n" +
 *   "Sở Tư pháp\t12\t340\t330\t325\t5\t22";
 * const r = importDossierTable(t);
 * r.ok && r.rows[0]?.resolvedOnTimeOrEarly; // 325 ("Đúng hạn" without "Trước hạn" includes early)
 * r.ok && r.columns.map((c) => c.role);
 * // ["label", "carriedOver", "received", "resolved", "resolvedOnTimeOrEarly", "resolvedLate", "pending"]
 */
export function importDossierTable(text: string, options: DossierTableOptions = {}): DossierTableImport {
  const lang: Lang = options.lang === "en" ? "en" : "vi";
  const profile = options.profile ?? DEFAULT_ON_TIME_PROFILE;
  if (!onTimeRateProfile(profile)) {
    const ids = ON_TIME_RATE_PROFILES.map((p) => p.id).join(", ");
    return {
      ok: false,
      error: {
        code: "unknown-profile",
        message: {
          vi: `không có cách tính tỷ lệ đúng hạn "${profile}" (có: ${ids})`,
          en: `unknown on-time-rate profile "${profile}" (known: ${ids})`,
        },
      },
    };
  }
  const src = typeof text === "string" ? normalizeText(text.slice(0, 5_000_000)) : "";
  const lines = src.split(/\r\n|\r|\n/);
  if (lines.every((l) => l.trim() === "")) {
    return { ok: false, error: { code: "empty", message: { vi: "bảng trống", en: "empty table" } } };
  }
  const delim = lines.slice(0, 40).some((l) => l.includes("\t")) ? "\t" : csvDelimiter(lines);
  const records: RawRecord[] = (
    delim === "\t" ? lines.map((l, i) => ({ line: i + 1, cells: l.split("\t") })) : splitQuoted(src, delim, 1)
  ).map((r) => ({ line: r.line, cells: r.cells.map((c) => stripHtml(c).text.trim()) }));

  // header: the rows from the first one with two flow words down to the row before the first data row
  let start = -1;
  for (let i = 0; i < Math.min(records.length, 40); i++) {
    const cells = records[i]!.cells;
    if (nonEmpty(cells) >= 2 && headerHits(cells) >= 1 && !isDataRow(cells)) {
      start = i;
      break;
    }
  }
  if (start < 0) {
    return {
      ok: false,
      error: {
        code: "no-header",
        message: {
          vi: 'không nhận ra dòng tiêu đề cột của bảng hồ sơ (cần các cột như "Đã giải quyết", "Đúng hạn", "Quá hạn")',
          en: 'no column header of a dossier table found (columns such as "Đã giải quyết", "Đúng hạn", "Quá hạn")',
        },
      },
    };
  }
  let end = start + 1;
  while (end < records.length && end - start < 4) {
    const cells = records[end]!.cells;
    // a blank row is a heading row too (no text at all)
    if (isDataRow(cells) || isNumberingRow(cells) || isHeadingRow(cells)) break;
    end++;
  }
  const header = records.slice(start, end).map((r) => r.cells);
  const width = Math.max(...records.slice(start).map((r) => r.cells.length));
  const columns = mapColumns(header, width);

  let labelCol = columns.find((c) => c.role === "label")?.index;
  if (labelCol === undefined) {
    // no label header: the first unrecognised column left of the first flow column holds the labels
    const first = columns.find((c) => c.role !== "index" && c.role !== null);
    const cand = columns.find((c) => c.role === null && (first === undefined || c.index < first.index));
    labelCol = cand?.index ?? 0;
    const col = columns[labelCol]!;
    if (col.role === null) col.role = "label";
  }
  // reported after the label column is chosen: that column is used, not ignored
  const findings: Finding[] = [];
  for (const c of columns) {
    if (c.role === null && c.header !== "") {
      findings.push(
        makeFinding({
          rule: "import.unmatched-column",
          severity: "info",
          source: "import",
          lang,
          vi: `Cột "${clip(c.header, 80)}" (cột ${c.index + 1}) không phải luồng hồ sơ đã biết: bỏ qua.`,
          en: `Column "${clip(c.header, 80)}" (column ${c.index + 1}) is not a known dossier flow: ignored.`,
        }),
      );
    }
  }

  const rows: DossierFlow[] = [];
  let level: AdminLevel | undefined;
  for (let i = end; i < records.length; i++) {
    const rec = records[i]!;
    const cells = rec.cells;
    // a blank row has no values either, and no level word: skipped below
    if (isNumberingRow(cells)) continue;
    const rawLabel = cells[labelCol] ?? "";
    const f = foldText(rawLabel);
    const hasValues = columns.some(
      (c) => c.role !== "label" && c.role !== "index" && c.role !== null && (cells[c.index] ?? "") !== "",
    );
    if (!hasValues) {
      // a section heading ("I. Cấp tỉnh") sets the level of the rows under it
      level = levelOf(f) ?? level;
      continue;
    }
    const row: DossierFlow = { unit: rawLabel === "" ? `(dòng ${rec.line})` : clip(rawLabel, 300) };
    if (options.period !== undefined) row.period = options.period;
    if (TOTAL_ROW.test(f)) row.total = true;
    const lv = levelOf(f) ?? (row.total ? undefined : level);
    if (lv !== undefined) row.level = lv;
    const ol = onlineLevelOf(f);
    if (ol !== undefined) row.onlineLevel = ol;
    for (const c of columns) {
      const raw = cells[c.index] ?? "";
      if (c.role === null || c.role === "label" || c.role === "index") continue;
      if (c.role === "onTimeRate" || c.role === "lateRate" || c.role === "share") {
        const v = readRate(raw);
        if (v === "blank") continue;
        if (v === null) {
          findings.push(unreadable(lang, rec.line, c, raw, row.unit));
          continue;
        }
        // a share column always has its count and base (mapColumns drops the role otherwise)
        if (c.role === "share") row.shares = [...(row.shares ?? []), { of: c.of!, base: c.base!, value: v }];
        else row[c.role] = v;
        continue;
      }
      const field = c.role;
      const r = readCount(raw);
      if (r === "blank") continue;
      if (r === null || r === "not-whole") {
        if (r === "not-whole") {
          findings.push(
            makeFinding({
              rule: "structure.not-whole",
              severity: "error",
              source: "import",
              lang,
              code: field,
              actual: { value: raw },
              vi: `${row.unit}: ${c.header} ghi "${clip(raw, 40)}" (dòng ${rec.line}) — số hồ sơ phải là số nguyên: để trống.`,
              en: `${row.unit}: ${c.header} reads "${clip(raw, 40)}" (line ${rec.line}) — a count must be whole: left blank.`,
            }),
          );
        } else findings.push(unreadable(lang, rec.line, c, raw, row.unit));
        continue;
      }
      const before = row[field];
      row[field] = field === "pendingWithinDeadline" && before !== undefined ? before + r.value : r.value;
      if (r.decimals !== undefined) {
        row.decimals ??= {};
        row.decimals[field] = r.decimals;
        findings.push(
          makeFinding({
            rule: "import.scaled-count",
            severity: "info",
            source: "import",
            lang,
            code: field,
            actual: { value: String(r.value), decimals: r.decimals },
            vi: `${row.unit}: "${clip(raw, 40)}" đọc là ${r.value} ± ${5 * 10 ** (-r.decimals - 1)} (số đã làm tròn).`,
            en: `${row.unit}: "${clip(raw, 40)}" read as ${r.value} ± ${5 * 10 ** (-r.decimals - 1)} (a rounded figure).`,
          }),
        );
      }
    }
    if (options.profile !== undefined) row.profile = profile;
    rows.push(row);
  }
  return { ok: true, profile, rows, columns, findings };
}

function unreadable(lang: Lang, line: number, c: DossierColumn, raw: string, unit: string): Finding {
  return makeFinding({
    rule: "import.unreadable-cell",
    severity: "warning",
    source: "import",
    lang,
    code: c.role === "share" ? c.of! : c.role,
    actual: { value: raw },
    vi: `${unit}: ô "${clip(raw, 40)}" ở cột "${clip(c.header, 60)}" (dòng ${line}) không đọc được: bỏ qua.`,
    en: `${unit}: cell "${clip(raw, 40)}" in column "${clip(c.header, 60)}" (line ${line}) cannot be read: ignored.`,
  });
}

/** Builds each column's header path (merged group cells carried right) and recognises its role. */
function mapColumns(header: readonly (readonly string[])[], width: number): DossierColumn[] {
  const h = header.length;
  const hasDeeper = (i: number, j: number) => header.slice(i + 1).some((r) => (r[j] ?? "") !== "");
  const filled: string[][] = [];
  for (let i = 0; i < h; i++) {
    const row: string[] = [];
    for (let j = 0; j < width; j++) {
      // a merged group cell: the text sits in its first column, the deeper rows have the sub-columns of
      // both this column and the one on its left (never true for j = 0: there is no column -1)
      const merged = hasDeeper(i, j) && hasDeeper(i, j - 1);
      row.push(header[i]![j] || (merged ? row[j - 1]! : ""));
    }
    filled.push(row);
  }
  const cols: DossierColumn[] = [];
  let running: Ctx = null;
  for (let j = 0; j < width; j++) {
    const path: string[] = [];
    for (let i = 0; i < h; i++) {
      const t = filled[i]![j]!;
      // "Trong đó:" (of which) is a layer of its own in some headers: not part of the path
      if (t !== "" && path[path.length - 1] !== t && foldText(t) !== "trong do") path.push(t);
    }
    const headerText = path.join(" / ");
    if (path.length === 0) {
      cols.push({ index: j, header: "", role: null });
      continue;
    }
    const folded = path.map((p) => foldText(p));
    const leaf = folded[folded.length - 1]!;
    let ctx: Ctx = null;
    for (const g of folded.slice(0, -1)) ctx = ctxOf(g) ?? ctx;
    if (path.length === 1) {
      const own = ctxOf(leaf);
      if (own !== null && own !== "due") running = own;
      ctx = own ?? running;
    } else running = ctx ?? running;
    const role = leafRole(leaf, ctx);
    cols.push({ index: j, header: headerText, role: role === "total" ? ctx && TOTAL_OF[ctx] : role });
  }
  // "Tiếp nhận" › "Tổng số" beside "Từ kỳ trước": the total includes the carried-over dossiers (a column
  // with a one-row header is a group of its own)
  const groupOf = (c: DossierColumn) => foldText(c.header.split(" / ")[0]!);
  for (const c of cols) {
    if (c.role !== "received") continue;
    const leaf = foldText(c.header.split(" / ").pop()!);
    if (!TOTAL_WORD.test(leaf)) continue;
    const g = groupOf(c);
    if (cols.some((o) => o.role === "carriedOver" && groupOf(o) === g)) c.role = "toProcess";
  }
  // "Đúng hạn" without a "Trước hạn" column (or the Gia Lai portal's "Sớm" without "Đúng hạn") counts
  // every dossier resolved by its due date, as the appendix's "đúng hạn" does
  const has = (r: DossierColumnRole) => cols.some((c) => c.role === r);
  if (has("resolvedOnTime") && !has("resolvedEarly")) {
    for (const c of cols) if (c.role === "resolvedOnTime") c.role = "resolvedOnTimeOrEarly";
  } else if (has("resolvedEarly") && !has("resolvedOnTime") && !has("resolvedOnTimeOrEarly")) {
    for (const c of cols) if (c.role === "resolvedEarly") c.role = "resolvedOnTimeOrEarly";
  }
  // a share column takes the count column on its left, and the base its header names or that count's
  let last: DossierFlowField | null = null;
  for (const c of cols) {
    if (c.role === "share") {
      const base = namedBase(foldText(c.header)) ?? (last && SHARE_BASE[last]);
      if (last && base) {
        c.of = last;
        c.base = base;
      } else c.role = null;
    } else if (isCount(c.role)) last = c.role;
  }
  return cols;
}
