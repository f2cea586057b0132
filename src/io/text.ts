/**
 * Text helpers shared by the importer, the reference extractor and the narrative checks.
 * Internal to `cchc/io` (not exported from the index).
 * @module
 */

/**
 * Normalises Vietnamese text: NFC, `Ð` (U+00D0, Icelandic eth) → `Đ` (U+0110), `ð` → `đ`, non-breaking
 * and other Unicode spaces → a plain space, typographic dashes → `-`.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\u00d0/g, "\u0110")
    .replace(/\u00f0/g, "\u0111")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

/** Folds text for comparison: normalised, lower case, diacritics removed (`đ` → `d`), punctuation → space. */
export function foldText(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

const BLOCK_TAG = /<\s*\/?\s*(p|br|div|li|ul|ol|tr|td|th|table|h[1-6])\b[^>]*>/gi;
const ANY_TAG = /<\s*\/?\s*[a-zA-Z][a-zA-Z0-9]*\b[^<>]{0,500}>/g;
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " } as const;

/**
 * Strips HTML fragments (`<i>`, `<p>`, `</p> <p>`) from a cell: block tags become a space, inline
 * tags vanish, a few entities are decoded; spaces are collapsed. Returns the text and whether
 * anything was removed.
 */
export function stripHtml(text: string): { text: string; stripped: boolean } {
  if (!text.includes("<") && !text.includes("&")) return { text, stripped: false };
  let out = text.replace(BLOCK_TAG, " ").replace(ANY_TAG, "");
  out = out.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, e: keyof typeof ENTITIES) => ENTITIES[e]);
  out = out.replace(/&#(\d{1,6});/g, (m, d: string) => {
    // at most six digits: always below U+110000, the end of Unicode
    const n = Number(d);
    return n > 0 ? String.fromCodePoint(n) : m;
  });
  const stripped = out !== text;
  return { text: stripped ? out.replace(/\s+/g, " ").trim() : text, stripped };
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = ` ${s} `;
  for (let i = 0; i + 1 < t.length; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

interface Folded {
  text: string;
  grams: Map<string, number>;
  size: number;
}

/**
 * Folded text and bigrams per label. Catalog names are compared with every imported row, so they are
 * folded once: a pure memo, bounded (cleared past 4096 entries) so hostile input cannot grow it.
 */
const FOLDED = new Map<string, Folded>();

function folded(s: string): Folded {
  const hit = FOLDED.get(s);
  if (hit) return hit;
  const text = foldText(s).slice(0, 300);
  const grams = bigrams(text);
  let size = 0;
  for (const n of grams.values()) size += n;
  const f = { text, grams, size };
  if (FOLDED.size >= 4096) FOLDED.clear();
  FOLDED.set(s, f);
  return f;
}

/**
 * Similarity of two labels in [0, 1]: the Sørensen–Dice coefficient over character bigrams of the
 * folded texts (diacritics and case ignored). Long texts are cut to 300 characters.
 */
export function similarity(a: string, b: string): number {
  const fa = folded(a);
  const fb = folded(b);
  if (fa.text === fb.text) return fa.text.length > 0 ? 1 : 0;
  if (fa.text.length === 0 || fb.text.length === 0) return 0;
  let common = 0;
  for (const [g, n] of fa.grams) {
    const m = fb.grams.get(g);
    if (m) common += Math.min(n, m);
  }
  return (2 * common) / (fa.size + fb.size);
}

/** Whether `y-m-d` is a real calendar date. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return false;
  const dim = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= (dim[m - 1] ?? 0);
}

/** Formats an ISO date. */
export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Cuts a text to `max` characters with an ellipsis. */
export function clip(text: string, max = 160): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
