/**
 * Kiểm tra phần lời: conservative cross-checks of a report's narrative.
 * @module
 */
import type { Agency } from "../model/agency.js";
import type { Report } from "../model/report.js";
import { parseVietnameseNumber } from "../numbers/parse.js";
import type { Finding, Lang } from "../rules/finding.js";
import { makeFinding } from "./findings.js";
import { type DocumentMention, extractDocumentReferences } from "./references.js";
import { checkDocumentSymbol } from "./symbols.js";
import { clip, foldText, normalizeText } from "./text.js";

/**
 * Tùy chọn kiểm tra phần lời.
 * @example
 * const o: NarrativeOptions = { lang: "en", agencies: [] };
 */
export interface NarrativeOptions {
  /** Agency registry resolving issuer aliases (SKHCN ≡ SKHHCN ≡ SKHChN). */
  agencies?: readonly Pick<Agency, "id" | "symbol" | "aliases">[];
  lang?: Lang;
}

function appendixNumber(report: Report, id: string): number | null {
  const v = report.values[id];
  if (!v) return null;
  if (typeof v.value === "number") return v.value;
  if (typeof v.value === "string") return Number(v.value);
  if (v.raw === undefined) return null;
  const p = parseVietnameseNumber(v.raw);
  if (!p.ok || p.value.kind !== "number" || p.value.percent) return null;
  return Number(p.value.value);
}

/**
 * Kiểm tra phần lời: findings (`source: "narrative"`) from heuristics that stay silent when unsure:
 * - `narrative.document-after-period` (warning; info when on or before `asOf`): a cited document dated
 *   after the period's end;
 * - `narrative.inconsistent-symbol` (warning): one document (same number, date and kind) cited under
 *   different symbols;
 * - `narrative.kind-symbol-mismatch` (warning): the named kind disagrees with the symbol (a
 *   "Kế hoạch" numbered without `KH`); plus the symbol checks of {@link checkDocumentSymbol}
 *   (`document.year-mismatch`, `document.unofficial-type`, …);
 * - `narrative.table-total` (warning) and `narrative.duplicate-table-row` (warning): a stated count
 *   ("Đã cử 54 lượt") against the sum of the tab-separated table that follows; a row listed twice;
 * - `narrative.appendix-mismatch` (warning): figures stated in the prose that the appendix also
 *   reports — procedures in force (3.1.4), dossiers received (3.4.1.a), resolved (3.4.1.b), pending
 *   (3.4.1.a − 3.4.1.b).
 * @example
 * checkNarrative({ ...report, narrative: "Kế hoạch số 12/SKHCN-VP ngày 03/3/2022 …" }).map((f) => f.rule);
 * // ["narrative.kind-symbol-mismatch"]
 */
export function checkNarrative(report: Report, options: NarrativeOptions = {}): Finding[] {
  const lang = options.lang ?? "vi";
  const text = typeof report?.narrative === "string" ? normalizeText(report.narrative) : "";
  if (!text) return [];
  const out: Finding[] = [];
  const F = (
    rule: string,
    severity: "warning" | "info",
    vi: string,
    en: string,
    excerpt: string,
    extra: Partial<Pick<Finding, "code" | "codes" | "expected" | "actual">> = {},
  ) => {
    const f = makeFinding({ rule, severity, source: "narrative", lang, vi, en, excerpt, ...extra });
    out.push(f);
  };
  const refs = extractDocumentReferences(text, options.agencies ? { agencies: options.agencies } : {});
  const end = report.period.to;
  const asOf = report.asOf;
  for (const r of refs) {
    if (r.date && r.date > end) {
      const late = !asOf || r.date > asOf;
      F(
        "narrative.document-after-period",
        late ? "warning" : "info",
        `${r.kind ?? "Văn bản"} ${r.symbol} ngày ${viDate(r.date)} sau ngày cuối kỳ báo cáo (${viDate(end)})`,
        `${r.kind ?? "Document"} ${r.symbol} dated ${r.date} is after the period's end (${end})`,
        r.excerpt,
        { actual: { value: r.date }, expected: { value: end, description: "≤ end of period" } },
      );
    }
    const checks = checkDocumentSymbol(r.parsed, {
      lang,
      excerpt: r.excerpt,
      ...(r.date ? { issuedOn: r.date } : {}),
      ...(r.kind ? { namedKind: r.kind } : {}),
    });
    for (const c of checks) {
      if (c.rule === "document.missing-type" || c.rule === "document.kind-mismatch") {
        c.rule = "narrative.kind-symbol-mismatch";
      }
      out.push(c);
    }
  }
  inconsistentSymbols(refs, F);
  tables(text, F);
  appendixFigures(report, text, F);
  return out;
}

/** `2022-10-13` → `13/10/2022`, the way Vietnamese reports write dates. */
function viDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

type Emit = (
  rule: string,
  severity: "warning" | "info",
  vi: string,
  en: string,
  excerpt: string,
  extra?: Partial<Pick<Finding, "code" | "codes" | "expected" | "actual">>,
) => void;

function inconsistentSymbols(refs: DocumentMention[], F: Emit) {
  const groups = new Map<string, DocumentMention[]>();
  for (const r of refs) {
    if (!r.date || !r.kind || r.parsed.kind !== "administrative") continue;
    const key = `${r.kind}|${r.parsed.number}|${r.date}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  for (const g of groups.values()) {
    const spellings = [...new Set(g.map((r) => r.parsed.normalized))];
    if (spellings.length < 2) continue;
    const same = new Set(g.map((r) => r.canonical)).size === 1;
    const first = g[0]!;
    F(
      "narrative.inconsistent-symbol",
      "warning",
      `${first.kind} số ${first.parsed.number} ngày ${viDate(first.date!)} được ghi với nhiều ký hiệu: ${spellings.join(", ")}${same ? " (cùng một cơ quan theo danh mục bí danh)" : ""}`,
      `${first.kind} no. ${first.parsed.number} of ${first.date} is cited under different symbols: ${spellings.join(", ")}${same ? " (one agency per the alias registry)" : ""}`,
      first.excerpt,
      { actual: { value: spellings.join(" | ") } },
    );
  }
}

const STATED = /(?:đã cử|tổng cộng|tổng số|gồm|cử)\s+(\d{1,6})\s+(lượt|người|công chức|học viên)/iu;

function tables(text: string, F: Emit) {
  const lines = text.split(/\r\n|\r|\n/);
  let i = 0;
  while (i < lines.length) {
    if (!lines[i]!.includes("\t")) {
      i++;
      continue;
    }
    const start = i;
    const rows: { name: string; nums: number[] }[] = [];
    while (i < lines.length && (lines[i]!.includes("\t") || lines[i]!.trim() === "")) {
      const l = lines[i]!;
      i++;
      if (!l.includes("\t")) continue;
      // A line with a tab splits into at least two cells.
      const cells = l.split("\t").map((c) => c.trim());
      const first = foldText(cells[0]!);
      if (first === "stt" || first === "tt") continue;
      const rest = cells.slice(2);
      const isNum = (c: string) => c === "-" || c === "" || /^\d{1,6}$/.test(c);
      if (cells[0] === "" && rest.every((c) => c === "" || c === "-") && rows.length) {
        rows[rows.length - 1]!.name += ` ${cells[1]!}`;
        continue;
      }
      if (!/^\d{1,4}\.?$/.test(cells[0]!) || !rest.length || !rest.every(isNum)) {
        rows.length = 0;
        break;
      }
      // Every cell of `rest` is a figure, "-" or empty here (`isNum`); "-" and empty count 0.
      rows.push({ name: cells[1]!, nums: rest.map((c) => (c === "-" ? 0 : Number(c))) });
    }
    if (rows.length < 2) continue;
    const sum = rows.reduce((s, r) => s + r.nums.reduce((a, b) => a + b, 0), 0);
    const before = lines
      .slice(Math.max(0, start - 3), start)
      .join(" ")
      .slice(-600);
    const m = STATED.exec(before);
    if (m) {
      const stated = Number(m[1]);
      if (stated !== sum) {
        F(
          "narrative.table-total",
          "warning",
          `số nêu trong bài (${stated} ${m[2]}) khác tổng của bảng ngay sau (${sum})`,
          `the stated figure (${stated} ${m[2]}) differs from the total of the table that follows (${sum})`,
          clip(m[0]),
          {
            expected: { value: String(sum), description: "sum of the table's numeric columns" },
            actual: { value: String(stated) },
          },
        );
      }
    }
    const seen = new Map<string, string>();
    for (const r of rows) {
      const key = foldText(r.name);
      if (!key) continue;
      const prev = seen.get(key);
      if (prev !== undefined) {
        F(
          "narrative.duplicate-table-row",
          "warning",
          `bảng liệt kê hai lần: "${clip(r.name, 80)}"`,
          `the table lists a row twice: "${clip(r.name, 80)}"`,
          clip(r.name),
        );
      } else seen.set(key, r.name);
    }
  }
}

interface Stated {
  re: RegExp;
  id: string | "pending";
  vi: string;
  en: string;
}
const STATED_FIGURES: Stated[] = [
  {
    re: /tổng số tthc[^:\n]{0,160}:\s*(\d{1,6})\s*(?:tthc|thủ tục)/giu,
    id: "3.1.4",
    vi: "số TTHC đang có hiệu lực",
    en: "procedures in force",
  },
  {
    re: /đã tiếp nhận\s*:?\s*(\d{1,7})(?!\s*[/\d])/giu,
    id: "3.4.1.a",
    vi: "số hồ sơ đã tiếp nhận",
    en: "dossiers received",
  },
  {
    re: /hồ sơ đã giải quyết(?: xong)?\s*:?\s*(\d{1,7})(?!\s*[/\d])/giu,
    id: "3.4.1.b",
    vi: "số hồ sơ đã giải quyết",
    en: "dossiers resolved",
  },
  {
    re: /hồ sơ đang giải quyết\s*:?\s*(\d{1,7})(?!\s*[/\d])/giu,
    id: "pending",
    vi: "số hồ sơ đang giải quyết",
    en: "dossiers pending",
  },
];

function appendixFigures(report: Report, text: string, F: Emit) {
  const head = text.slice(0, 2_000_000);
  for (const s of STATED_FIGURES) {
    let expected: number | null;
    let codes: string[];
    if (s.id === "pending") {
      const a = appendixNumber(report, "3.4.1.a");
      const b = appendixNumber(report, "3.4.1.b");
      expected = a !== null && b !== null ? a - b : null;
      codes = ["3.4.1.a", "3.4.1.b"];
    } else {
      expected = appendixNumber(report, s.id);
      codes = [s.id];
    }
    if (expected === null || Number.isNaN(expected)) continue;
    s.re.lastIndex = 0;
    for (let m = s.re.exec(head); m !== null; m = s.re.exec(head)) {
      const stated = Number(m[1]);
      if (stated === expected) continue;
      F(
        "narrative.appendix-mismatch",
        "warning",
        `${s.vi} trong bài (${stated}) khác phụ lục ${s.id === "pending" ? "3.4.1.a − 3.4.1.b" : s.id} (${expected})`,
        `${s.en} in the text (${stated}) differ from appendix ${s.id === "pending" ? "3.4.1.a − 3.4.1.b" : s.id} (${expected})`,
        clip(m[0]),
        { code: codes[0]!, codes, expected: { value: String(expected) }, actual: { value: String(stated) } },
      );
    }
  }
}
