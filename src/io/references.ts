/**
 * Trích dẫn văn bản: finding every document reference in narrative text.
 * @module
 */
import type { Agency } from "../model/agency.js";
import {
  canonicalKind,
  type DocumentSymbol,
  EXTRA_KINDS,
  KIND_TYPES,
  parseDocumentSymbol,
} from "./symbols.js";
import { clip, isoDate, isRealDate, normalizeText } from "./text.js";

/**
 * Một trích dẫn văn bản: one reference found in text — the kind named before it (`"Quyết định"`), the
 * symbol as written, its parsed form, the date written after it (`YYYY-MM-DD`), where it starts
 * (`offset`, in the normalised text: NFC, `Ð` → `Đ`) and a short excerpt. `agencyIds` lists the
 * registry agencies its issuers resolve to (aliases included), and `canonical` the symbol rewritten
 * with each issuer's registry symbol (`247/SKHCN-QLChN` for `247/SKHHCN-QLChN`).
 * @example
 * extractDocumentReferences("Quyết định số 04/QĐ-SKHCN ngày 18/01/2022")[0]?.date; // "2022-01-18"
 */
export interface DocumentMention {
  kind?: string;
  symbol: string;
  parsed: DocumentSymbol;
  date?: string;
  /** The date as written, when one was found but is not a real date. */
  dateText?: string;
  offset: number;
  excerpt: string;
  agencyIds?: string[];
  canonical: string;
}

/**
 * Options of {@link extractDocumentReferences}.
 * @example
 * const o: ExtractOptions = { agencies: [] };
 */
export interface ExtractOptions {
  /** Agency registry: each symbol and alias resolves to the agency. */
  agencies?: readonly Pick<Agency, "id" | "symbol" | "aliases">[];
  /** Longest text scanned (characters; default 5 000 000). */
  maxChars?: number;
}

const P = "[A-ZĐ][A-Za-zĐđ0-9&]*";
const P2 = "[A-Za-zĐđ][A-Za-zĐđ0-9&]*";
const SYMBOL_RE = new RegExp(
  [
    `QC(?:VN|ĐP)\\s?\\d{1,4}(?:-\\d{1,4})?:\\d{4}\\/${P}`,
    `TCVN\\s?(?:ISO(?:\\/IEC)?\\s?)?\\d{1,6}(?:-\\d{1,4})*(?::\\d{4})?`,
    `\\d{1,6}[a-z]?-${P2}\\/${P}(?:-${P})?`,
    `\\d{1,6}[a-z]?\\/(?:\\d{4}\\/)?${P}(?:-${P2})*`,
  ].join("|"),
  "gu",
);
const BEFORE_OK = /[\p{L}\p{N}/.\-:]/u;

const ALL_KINDS = [...Object.keys(KIND_TYPES), ...EXTRA_KINDS].sort((a, b) => b.length - a.length);
const KIND_RE = new RegExp(
  `(?:^|[^\\p{L}])(${ALL_KINDS.map((k) => k.replace(/ /g, "\\s+")).join("|")})\\s*(?:số\\s*)?[:.]?\\s*$`,
  "iu",
);
const DATE_NUM =
  /^\s*,?\s*(?:(?:ban hành\s+)?ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/iu;
const DATE_WORDS = /^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/iu;

function aliasMap(agencies: ExtractOptions["agencies"]): Map<string, { id: string; symbol: string }> {
  const m = new Map<string, { id: string; symbol: string }>();
  for (const a of agencies ?? []) {
    const symbol = a.symbol ?? a.aliases?.[0];
    if (!symbol) continue;
    for (const s of [a.symbol, ...(a.aliases ?? [])]) {
      if (s) m.set(normalizeText(s).toUpperCase(), { id: a.id, symbol: normalizeText(symbol) });
    }
  }
  return m;
}

/**
 * Trích xuất trích dẫn văn bản: every document reference in a text, with the kind named before it
 * ("Quyết định số …", also without "số"), the date after it (`ngày 18/01/2022`,
 * `ngày 14 tháng 4 năm 2017`, or a bare date), and issuer aliases resolved through an agency
 * registry (SKHCN ≡ SKHHCN ≡ SKHChN). A reference without a parseable symbol is skipped. Never throws.
 * @example
 * const refs = extractDocumentReferences("Kế hoạch 647/KH-SKHHCN ngày 23/05/2022 …", {
 *   agencies: [{ id: "khanh-hoa/skhcn", symbol: "SKHCN", aliases: ["SKHHCN", "SKHChN"] }],
 * });
 * refs[0]?.kind;      // "Kế hoạch"
 * refs[0]?.canonical; // "647/KH-SKHCN"
 */
export function extractDocumentReferences(text: string, options: ExtractOptions = {}): DocumentMention[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const src = normalizeText(text.slice(0, options.maxChars ?? 5_000_000));
  const aliases = aliasMap(options.agencies);
  const out: DocumentMention[] = [];
  SYMBOL_RE.lastIndex = 0;
  for (let m = SYMBOL_RE.exec(src); m !== null; m = SYMBOL_RE.exec(src)) {
    const offset = m.index;
    const prev = offset > 0 ? src[offset - 1]! : "";
    if (prev && BEFORE_OK.test(prev)) continue;
    const symbol = m[0];
    const parsed = parseDocumentSymbol(symbol);
    if (!parsed.ok) continue;
    const after = src.slice(offset + symbol.length, offset + symbol.length + 60);
    const before = src.slice(Math.max(0, offset - 40), offset);
    const mention: DocumentMention = {
      symbol,
      parsed: parsed.value,
      offset,
      excerpt: clip(src.slice(Math.max(0, offset - 40), offset + symbol.length + 30)),
      canonical: parsed.value.normalized,
    };
    const k = KIND_RE.exec(before);
    if (k?.[1]) mention.kind = canonicalKind(k[1]);
    const d = DATE_WORDS.exec(after) ?? DATE_NUM.exec(after);
    if (d) {
      const [dd, mm, yy] = [Number(d[1]), Number(d[2]), Number(d[3])];
      if (isRealDate(yy, mm, dd)) mention.date = isoDate(yy, mm, dd);
      else mention.dateText = d[0].trim();
    }
    if (aliases.size && parsed.value.issuers.length) {
      const ids: string[] = [];
      const issuers = parsed.value.issuers.map((i) => {
        const hit = aliases.get(i.toUpperCase());
        if (!hit) return i;
        ids.push(hit.id);
        return hit.symbol;
      });
      if (ids.length) {
        mention.agencyIds = [...new Set(ids)];
        mention.canonical = canonicalize(parsed.value, issuers);
      }
    }
    out.push(mention);
  }
  return out;
}

function canonicalize(s: DocumentSymbol, issuers: string[]): string {
  switch (s.kind) {
    case "administrative":
      return `${s.number}/${[...(s.type ? [s.type] : []), ...issuers, ...(s.unit ? [s.unit] : [])].join("-")}`;
    case "normative":
      return `${s.number}/${s.year}/${s.type}-${issuers.join("-")}`;
    case "party":
      return `${s.number}-${s.type}/${issuers[0]}${s.unit ? `-${s.unit}` : ""}`;
    default:
      return s.normalized;
  }
}
