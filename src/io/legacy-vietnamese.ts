/**
 * Bảng mã tiếng Việt cũ: the TCVN3 (ABC, `.VnTime`) and VNI-Windows (`VNI-Times`) encodings as data,
 * and their conversion to Unicode. Internal to `cchc/io` (used by `decodeText`).
 *
 * Both encodings were font tricks of the 1990s–2000s: the bytes are ordinary Windows-1252 / Latin-1
 * characters that a Vietnamese font draws as Vietnamese letters. A file saved from such a document —
 * as 8-bit text, or as UTF-8 by a program that did not know the font — holds those Latin-1
 * characters, so the tables are keyed by the Latin-1 character (code point = byte, 0xA0–0xFF).
 *
 * Sources: TCVN 5712:1993 (the VN3 subset used by the ABC fonts: lower-case letters and the seven
 * upper-case base letters Ă Â Ê Ô Ơ Ư Đ; toned capitals are written with the `.VnTimeH` capitals font,
 * whose codes are the lower-case ones) and the VNI-Windows font layout (base letter followed by a
 * mark character). Cross-checked against public converter tables; see docs/io.md.
 * @module
 */

/** The twelve vowel bases in table order, then `đ`. */
const BASES = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] as const;

/** Combining tone marks in table order: none, sắc, huyền, hỏi, ngã, nặng. */
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"] as const;

/** Every lower-case Vietnamese vowel letter, by base then tone (12 × 6), then `đ`. */
export const VIETNAMESE_LOWER_LETTERS: readonly string[] = [
  ...BASES.flatMap((b) => TONES.map((t) => `${b}${t}`.normalize("NFC"))),
  "đ",
];

/**
 * TCVN3 (ABC) bytes of the lower-case letters, in the order of {@link VIETNAMESE_LOWER_LETTERS}
 * (rows: a ă â e ê i o ô ơ u ư y; columns: no tone, sắc, huyền, hỏi, ngã, nặng), then `đ`.
 */
// biome-ignore format: one row per vowel base
const TCVN3_LOWER_BYTES: readonly number[] = [
  0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9, // a
  0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6, // ă
  0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb, // â
  0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1, // e
  0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6, // ê
  0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde, // i
  0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4, // o
  0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9, // ô
  0xac, 0xed, 0xea, 0xeb, 0xec, 0xee, // ơ
  0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4, // u
  0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9, // ư
  0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe, // y
  0xae, // đ
];

/** TCVN3 bytes of the seven upper-case letters the ABC encoding has. */
const TCVN3_UPPER: Readonly<Record<number, string>> = {
  161: "Ă",
  162: "Â",
  163: "Ê",
  164: "Ô",
  165: "Ơ",
  166: "Ư",
  167: "Đ",
};

/**
 * VNI-Windows spelling of the lower-case letters, in the order of {@link VIETNAMESE_LOWER_LETTERS}:
 * a base letter and at most one mark character (upper case: both characters upper-cased).
 */
// biome-ignore format: one row per vowel base
const VNI_LOWER: readonly string[] = [
  "a", "aù", "aø", "aû", "aõ", "aï",
  "aê", "aé", "aè", "aú", "aü", "aë",
  "aâ", "aá", "aà", "aå", "aã", "aä",
  "e", "eù", "eø", "eû", "eõ", "eï",
  "eâ", "eá", "eà", "eå", "eã", "eä",
  "i", "í", "ì", "æ", "ó", "ò",
  "o", "où", "oø", "oû", "oõ", "oï",
  "oâ", "oá", "oà", "oå", "oã", "oä",
  "ô", "ôù", "ôø", "ôû", "ôõ", "ôï",
  "u", "uù", "uø", "uû", "uõ", "uï",
  "ö", "öù", "öø", "öû", "öõ", "öï",
  "y", "yù", "yø", "yû", "yõ", "î",
  "ñ",
];

function buildTcvn3(): Map<string, string> {
  const m = new Map<string, string>();
  VIETNAMESE_LOWER_LETTERS.forEach((letter, i) => {
    const byte = TCVN3_LOWER_BYTES[i]!;
    if (byte >= 0x80) m.set(String.fromCharCode(byte), letter);
  });
  for (const [byte, letter] of Object.entries(TCVN3_UPPER)) m.set(String.fromCharCode(Number(byte)), letter);
  return m;
}

function buildVni(): Map<string, string> {
  const m = new Map<string, string>();
  VIETNAMESE_LOWER_LETTERS.forEach((letter, i) => {
    const seq = VNI_LOWER[i]!;
    if (seq !== letter) m.set(seq, letter);
    const upper = seq.toUpperCase();
    if (upper !== letter.toUpperCase()) m.set(upper, letter.toUpperCase());
  });
  return m;
}

/** TCVN3 character (Latin-1 reading of the byte) → Unicode letter. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = buildTcvn3();
/** VNI-Windows sequence (one or two Latin-1 characters) → Unicode letter. */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = buildVni();

const UNICODE_TO_TCVN3 = new Map<string, string>();
for (const [k, v] of TCVN3_TO_UNICODE) UNICODE_TO_TCVN3.set(v, k);
const UNICODE_TO_VNI = new Map<string, string>();
for (const [k, v] of VNI_TO_UNICODE) UNICODE_TO_VNI.set(v, k);

const UPPER_TCVN3_LETTER = /[A-ZĂÂÊÔƠƯĐ]/gu;
const LOWER_ASCII = /[a-z]/;

/** How a converted word looks: capitals (≥ 2 capital letters, no ASCII lower case), one capital, or not. */
function capsKind(w: string): "caps" | "weak" | "lower" {
  if (LOWER_ASCII.test(w)) return "lower";
  const n = w.match(UPPER_TCVN3_LETTER)?.length ?? 0;
  return n >= 2 ? "caps" : n === 1 ? "weak" : "lower";
}

/** Upper-cases the words of a line written in capitals whose toned letters came out lower case. */
function restoreCapitals(line: string): string {
  const words = [...line.matchAll(/\p{L}+/gu)];
  if (words.length === 0) return line;
  const kinds = words.map((m) => capsKind(m[0]));
  let out = "";
  let last = 0;
  words.forEach((m, i) => {
    const w = m[0];
    const k = kinds[i];
    const prev = i > 0 ? kinds[i - 1] : undefined;
    const next = i + 1 < kinds.length ? kinds[i + 1] : undefined;
    const neighbours = [prev, next].filter((x) => x !== undefined);
    const upper =
      k === "caps" ||
      (k === "weak" && neighbours.length > 0 && neighbours.every((x) => x === "caps" || x === "weak"));
    out += line.slice(last, m.index) + (upper ? w.toUpperCase() : w);
    last = m.index + w.length;
  });
  return out + line.slice(last);
}

/**
 * TCVN3 text (as Latin-1 characters) → Unicode. Words written in capitals whose toned letters came out
 * lower case (the `.VnTimeH` capitals font reuses the lower-case codes) are upper-cased: a word with
 * two or more capitals, or one capital between words in capitals. A capitalised word whose first
 * letter is toned (`Ủy`) cannot be told from lower case and stays lower case.
 */
export function convertTcvn3(text: string): string {
  let out = "";
  for (const ch of text) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  return out.split("\n").map(restoreCapitals).join("\n");
}

/** VNI-Windows text (as Latin-1 characters) → Unicode: longest sequence first. */
export function convertVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    // at the last character the slice is that character alone, whose lookup is the one-character one
    const two = VNI_TO_UNICODE.get(text.slice(i, i + 2));
    if (two !== undefined) {
      out += two;
      i++;
      continue;
    }
    const ch = text[i]!;
    out += VNI_TO_UNICODE.get(ch) ?? ch;
  }
  return out;
}

/**
 * Unicode → TCVN3 characters (for tests and fixtures): toned capitals, which TCVN3 lacks, are written
 * with the lower-case codes as the `.VnTimeH` font does. Letters outside the table are kept.
 */
export function encodeTcvn3(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    out += UNICODE_TO_TCVN3.get(ch) ?? UNICODE_TO_TCVN3.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}

/** Unicode → VNI-Windows characters (for tests and fixtures). */
export function encodeVni(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += UNICODE_TO_VNI.get(ch) ?? ch;
  return out;
}

/** Letters only Vietnamese Unicode text has (not in Latin-1): ă đ ơ ư ĩ ũ and the U+1EA0–U+1EF9 block. */
export const VIETNAMESE_ONLY = /[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]/gu;

const VNI_MARKS = new Set("ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË");
const VNI_VOWELS = new Set("aeouyAEOUYôöÔÖ");

/**
 * TCVN3 codes of the most frequent Vietnamese letters that Western text hardly uses: ă â ê ô ơ ư đ
 * (A8–AE) and the toned a's (B5–B9). Western accented letters (é, è, ç…) are in the TCVN3 table too, so
 * a TCVN3 reading needs these as well.
 */
const TCVN3_STRONG = /[\u00a8-\u00ae\u00b5-\u00b9]/;

/**
 * VNI marks that Western text hardly puts after a vowel: huyền `ø`, ngã `õ`, nặng `ï`, and the tones of
 * â/ê/ô and ă (`å ã ä ë`). French `oû`, `aï`, `oë` are rare; a VNI reading needs these as well.
 */
const VNI_STRONG = new Set("øõïåãäëØÕÏÅÃÄË");

/**
 * Signs of each encoding: a VNI sign is a vowel followed by a VNI mark character; a TCVN3 sign is a
 * character of the TCVN3 table that is not part of such a pair (`strong` counts those of
 * {@link TCVN3_STRONG}).
 */
function legacySigns(text: string): { tcvn: number; strong: number; vni: number; vniStrong: number } {
  let tcvn = 0;
  let strong = 0;
  let vni = 0;
  let vniStrong = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (VNI_VOWELS.has(c) && VNI_MARKS.has(text[i + 1] ?? "")) {
      vni++;
      if (VNI_STRONG.has(text[i + 1]!)) vniStrong++;
      i++;
    } else if (TCVN3_TO_UNICODE.has(c)) {
      tcvn++;
      if (TCVN3_STRONG.test(c)) strong++;
    }
  }
  return { tcvn, strong, vni, vniStrong };
}

/**
 * Which legacy encoding a text (read as Latin-1 characters) is written in, or null: the text has no
 * Vietnamese-only Unicode letter, and at least 3 signs of one encoding, that being at least 1 % of its
 * letters and more than the other encoding's signs; at least a fifth of them (and 3) must be the
 * frequent Vietnamese codes ({@link TCVN3_STRONG}, {@link VNI_STRONG}), so that French or other Western
 * text is taken for neither.
 */
export function detectLegacyVietnamese(text: string): "tcvn3" | "vni" | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if ((sample.match(VIETNAMESE_ONLY)?.length ?? 0) > 0) return null;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const { tcvn, strong, vni, vniStrong } = legacySigns(sample);
  const t = strong >= 3 && strong * 5 >= tcvn ? tcvn : 0;
  const v = vniStrong >= 3 && vniStrong * 5 >= vni ? vni : 0;
  // t and v are 0 or at least 3 (they count 3 frequent signs or more): a tie includes "neither has 3"
  if (t === v || Math.max(t, v) * 100 < letters) return null;
  return t > v ? "tcvn3" : "vni";
}
