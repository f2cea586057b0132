/**
 * Giải mã văn bản: bytes of a text file into Unicode text — UTF-8 (with or without a byte-order mark),
 * UTF-16 LE/BE (Word's "Unicode Text"), and the legacy Vietnamese font encodings TCVN3 (ABC) and VNI,
 * converted to Unicode with a finding that says so. NFC everywhere.
 * @module
 */
import type { Finding, Lang } from "../rules/finding.js";
import { makeFinding } from "./findings.js";
import { convertTcvn3, convertVni, detectLegacyVietnamese } from "./legacy-vietnamese.js";

/**
 * Bảng mã nhận ra: how the bytes were read. `windows-1252` is an 8-bit file that is neither UTF-8 nor
 * a Vietnamese legacy encoding; `tcvn3` and `vni` were converted to Unicode.
 * @example
 * const e: TextEncodingName = "utf-16le";
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "tcvn3" | "vni";

/**
 * Lỗi giải mã: why bytes are not text — `binary` (NUL or control bytes: a binary file) or
 * `invalid-utf16` (a UTF-16 byte-order mark followed by an odd number of bytes).
 * @example
 * const e: DecodeTextError = { code: "binary", message: { vi: "tệp nhị phân", en: "binary file" } };
 */
export interface DecodeTextError {
  code: "binary" | "invalid-utf16";
  message: { vi: string; en: string };
}

/**
 * Kết quả giải mã: the text (NFC, without byte-order mark), the encoding read, whether a byte-order mark
 * was present and the findings (`import.encoding-converted`, `import.encoding-guessed`) — or why the
 * bytes are not text. Never thrown.
 * @example
 * const r: DecodeTextResult = decodeText(new Uint8Array([0x68, 0x69]));
 */
export type DecodeTextResult =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean; findings: Finding[] }
  | { ok: false; error: DecodeTextError };

/**
 * Tùy chọn giải mã: options of {@link decodeText}.
 * @example
 * const o: DecodeTextOptions = { lang: "en" };
 */
export interface DecodeTextOptions {
  /** Language of finding messages (default `vi`). */
  lang?: Lang;
}

const BINARY: DecodeTextError = {
  code: "binary",
  message: { vi: "tệp nhị phân, không phải văn bản", en: "binary file, not text" },
};

/** Windows-1252 characters of bytes 0x80–0x9F (the rest of the upper half is Latin-1). */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}

/** Share of C0 control bytes (other than tab, LF, CR, FF) above which 8-bit input is binary. */
const MAX_CONTROL_SHARE = 0.01;

function looksUtf16Le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  return zeroOdd > n / 2 / 3 && zeroEven === 0;
}

function controlShare(text: string): number {
  let c = 0;
  const n = Math.min(text.length, 65_536);
  for (let i = 0; i < n; i++) {
    const x = text.charCodeAt(i);
    if ((x < 0x20 && x !== 9 && x !== 10 && x !== 13 && x !== 12) || x === 0x7f) c++;
  }
  return n === 0 ? 0 : c / n;
}

/**
 * Giải mã văn bản: reads the bytes of a text file. A byte-order mark chooses UTF-8, UTF-16 LE or BE
 * (Word's "Unicode Text" is UTF-16 LE with a mark); without one, UTF-16 LE is recognised by its zero
 * high bytes, then strict UTF-8 is tried, else Windows-1252. Text typed with TCVN3 (ABC, `.VnTime`) or
 * VNI fonts — Latin-1 characters where Vietnamese letters should be — is detected and converted to
 * Unicode with an `import.encoding-converted` info finding; an 8-bit file that is neither is read as
 * Windows-1252 with an `import.encoding-guessed` warning. The text is NFC-normalised. Bytes with NUL
 * or many control characters are a `binary` error (typed, never thrown).
 * @example
 * const r = decodeText(new Uint8Array([0xff, 0xfe, 0x56, 0x00, 0x69, 0x00]));
 * if (r.ok) r.text; // "Vi"
 * const t = decodeText(new TextEncoder().encode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"));
 * if (t.ok) [t.text, t.encoding]; // ["Cộng hòa xã hội chủ nghĩa Việt Nam", "vni"]
 * decodeText(new Uint8Array([0, 1, 2])).ok; // false
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodeTextResult {
  const lang = options.lang ?? "vi";
  if (!(bytes instanceof Uint8Array)) return { ok: false, error: BINARY };
  const findings: Finding[] = [];
  let text: string;
  let encoding: TextEncodingName;
  let bom = false;
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || looksUtf16Le(bytes)) {
    const le = !(b0 === 0xfe && b1 === 0xff);
    bom = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff);
    const body = bom ? bytes.subarray(2) : bytes;
    if (body.length % 2 !== 0) {
      return {
        ok: false,
        error: {
          code: "invalid-utf16",
          message: {
            vi: "tệp UTF-16 có số byte lẻ (bị cắt cụt?)",
            en: "UTF-16 file with an odd number of bytes (truncated?)",
          },
        },
      };
    }
    encoding = le ? "utf-16le" : "utf-16be";
    text = new TextDecoder(encoding).decode(body);
    if (text.includes("\u0000") || controlShare(text) > MAX_CONTROL_SHARE)
      return { ok: false, error: BINARY };
  } else {
    if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) bom = true;
    const body = bom ? bytes.subarray(3) : bytes;
    if (body.subarray(0, 65_536).includes(0)) return { ok: false, error: BINARY };
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
      encoding = "utf-8";
    } catch {
      text = decodeWindows1252(body);
      encoding = "windows-1252";
    }
    if (controlShare(text) > MAX_CONTROL_SHARE) return { ok: false, error: BINARY };
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    bom = true;
  }
  const legacy = detectLegacyVietnamese(text);
  if (legacy) {
    const name = legacy === "tcvn3" ? "TCVN3 (ABC, .VnTime)" : "VNI (VNI-Times)";
    text = legacy === "tcvn3" ? convertTcvn3(text) : convertVni(text);
    findings.push(
      makeFinding({
        rule: "import.encoding-converted",
        severity: "info",
        source: "import",
        lang,
        vi: `văn bản gõ bằng bảng mã ${name} đã được chuyển sang Unicode; hãy kiểm tra chữ hoa có dấu và lưu lại tệp ở Unicode`,
        en: `text typed in the ${name} encoding was converted to Unicode; check toned capitals and save the file as Unicode`,
      }),
    );
    encoding = legacy;
  } else if (encoding === "windows-1252") {
    findings.push(
      makeFinding({
        rule: "import.encoding-guessed",
        severity: "warning",
        source: "import",
        lang,
        vi: "tệp không phải UTF-8; đã đọc theo bảng mã Windows-1252 — hãy lưu lại tệp ở UTF-8",
        en: "the file is not UTF-8; read as Windows-1252 — save it as UTF-8",
      }),
    );
  }
  return { ok: true, text: text.normalize("NFC"), encoding, bom, findings };
}
