/**
 * Thể thức văn bản: reading the heading block of a Vietnamese official document laid out per
 * NĐ 30/2020/NĐ-CP (Điều 8, Phụ lục I): the governing body (cơ quan chủ quản) over the issuing agency
 * (cơ quan ban hành), the national motto, the number and symbol (số, ký hiệu), the place and date.
 * Source: the decree's published template [unverified: not yet checked against the decree's text].
 * @module
 */
import { type DocumentSymbol, parseDocumentSymbol } from "./symbols.js";
import { foldText, isoDate, isRealDate, normalizeText } from "./text.js";

/**
 * Phần đầu văn bản: what the heading block of a report says, as written.
 * - `agency`: the issuing agency (tên cơ quan ban hành) — the last name of the left column;
 * - `governingBody`: the governing body (tên cơ quan chủ quản) written above it, when there is one;
 * - `symbol`: the "Số: …" line, parsed when it is a document symbol;
 * - `place`, `date`: the place-and-date line ("Khánh Hòa, ngày 15 tháng 6 năm 2022"), the date as
 *   `YYYY-MM-DD`;
 * - `lines`: how many lines (from the first) the heading block spans.
 * @example
 * const h: ReportHeader = { agency: "SỞ TƯ PHÁP", governingBody: "UBND TỈNH KHÁNH HÒA", lines: 2 };
 */
export interface ReportHeader {
  agency?: string;
  governingBody?: string;
  symbol?: { written: string; parsed?: DocumentSymbol };
  place?: string;
  date?: string;
  lines: number;
}

const MOTTO = /cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc/;
/** Words an agency name starts with (NĐ 30/2020 Phụ lục I: "tên cơ quan, tổ chức ban hành văn bản"). */
const HEAD =
  /^(ubnd|hdnd|uy|uy ban|so|bo|ban|cuc|tong cuc|chi cuc|trung tam|van phong|phong|hoi dong|thanh tra|cong an|kho bac|bao hiem|co quan|dai hoc|truong|vien|benh vien|dai|tinh uy|huyen uy|thanh uy|dang uy|chinh phu|toa an|quy|chi nhanh|bo chi huy|doan|lien doan|hoi|vu)\b/;
/** A name cut here is not finished ("ỦY" / "BAN NHÂN DÂN" / "HUYỆN CỦ CHI"). */
const UNFINISHED =
  /^(uy|uy ban|uy ban nhan|uy ban nhan dan|ubnd|hdnd|hoi dong|hoi dong nhan|hoi dong nhan dan|so|bo|cuc|chi cuc|tong cuc|trung tam|van phong|ban|phong)$|\b(va|cua)$/;
/** A line that goes on the name above: a place ("HUYỆN CỦ CHI"), "VÀ …", "& …". */
const CONTINUES = /^(va|tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b/;
/** The document's type name: the heading block ends at the title ("BÁO CÁO"). */
const TITLE = /^(bao cao|ke hoach|to trinh|cong van|quyet dinh|thong bao|phu luc|v v)\b/;
const DATE_LINE = /^(?:(.{0,60}?)\s*,\s*)?ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu;
const DATE_SLASH = /^(?:(.{0,60}?)\s*,\s*)?ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;
const SYMBOL_LINE = /^số\s*[:.]?\s*(\S.{0,80})$/iu;

function isUpperName(s: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of s) {
    if (ch.toUpperCase() !== ch.toLowerCase()) {
      if (ch === ch.toUpperCase()) upper++;
      else lower++;
    }
  }
  return upper >= 2 && lower <= upper * 0.1;
}

/**
 * Đọc phần đầu văn bản: reads the heading block of a report (NĐ 30/2020/NĐ-CP, Phụ lục I): the
 * issuing agency is the name under the governing body ("UBND TỈNH KHÁNH HÒA" / "SỞ TƯ PHÁP" → agency
 * "SỞ TƯ PHÁP", governing body "UBND TỈNH KHÁNH HÒA"); a two-column header saved as text (cells joined
 * by a tab or wide spaces) is split from the national motto; a name broken over lines is joined
 * ("ỦY" / "BAN NHÂN DÂN" / "HUYỆN CỦ CHI"); the "Số: …" line is parsed with
 * {@link parseDocumentSymbol}; the place-and-date line gives `place` and `date`. Reading stops at the
 * title ("BÁO CÁO"), a "Phụ lục" heading, or the first line of prose. Never throws.
 * @example
 * const h = readReportHeader("UBND TỈNH KHÁNH HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TƯ PHÁP\tĐộc lập - Tự do - Hạnh phúc\nSố: 123/BC-STP\tKhánh Hòa, ngày 15 tháng 6 năm 2022\nBÁO CÁO");
 * h.agency;        // "SỞ TƯ PHÁP"
 * h.governingBody; // "UBND TỈNH KHÁNH HÒA"
 * h.date;          // "2022-06-15"
 * h.symbol?.parsed?.issuers; // ["STP"]
 */
export function readReportHeader(text: string): ReportHeader {
  const out: ReportHeader = { lines: 0 };
  if (typeof text !== "string") return out;
  const lines = normalizeText(text.slice(0, 6000)).split(/\r\n|\r|\n/);
  const names: string[][] = [];
  let open: string[] | null = null;
  let nonEmpty = 0;
  for (let i = 0; i < lines.length && nonEmpty < 25; i++) {
    const line = lines[i]!.replace(/[*#_]/g, "").trim();
    if (line === "") continue;
    nonEmpty++;
    const cells = line
      .split(/\t+/)
      .flatMap((c) => c.replace(/^(số)\s*([:.]?)\s+/iu, "$1$2 ").split(/ {3,}/))
      .map((c) => c.trim())
      .filter(Boolean);
    let stop = false;
    let known = false;
    for (const cell of cells) {
      const f = foldText(cell);
      if (f === "") {
        known = true;
        continue;
      }
      if (MOTTO.test(f)) {
        known = true;
        continue;
      }
      const d = DATE_LINE.exec(cell) ?? DATE_SLASH.exec(cell);
      if (d) {
        const [y, m, day] = [Number(d[4]), Number(d[3]), Number(d[2])];
        if (out.date === undefined && isRealDate(y, m, day)) {
          out.date = isoDate(y, m, day);
          // the cell is trimmed and the lazy group leaves the spaces before the comma out
          if (d[1]) out.place = d[1];
        }
        known = true;
        continue;
      }
      const s = SYMBOL_LINE.exec(cell);
      if (s && out.symbol === undefined && s[1]!.includes("/")) {
        const written = s[1]!;
        const p = parseDocumentSymbol(written);
        out.symbol = p.ok ? { written, parsed: p.value } : { written };
        known = true;
        continue;
      }
      if (TITLE.test(f)) {
        stop = true;
        break;
      }
      if (cell.length <= 120 && isUpperName(cell)) {
        if (
          open &&
          (UNFINISHED.test(foldText(open.join(" "))) || CONTINUES.test(f) || cell.startsWith("&"))
        ) {
          open.push(cell);
        } else if (HEAD.test(f)) {
          open = [cell];
          names.push(open);
        } else open = null;
        known = true;
      }
    }
    if (stop) break;
    if (!known) {
      // prose, or anything else: the heading block is over
      if (names.length || out.date || out.symbol) break;
      if (nonEmpty > 3) break;
      continue;
    }
    out.lines = i + 1;
  }
  // every part is a trimmed, non-empty cell
  const full = names.map((n) => n.join(" ").replace(/\s+/g, " "));
  const agency = full[full.length - 1];
  if (agency !== undefined) out.agency = agency;
  const governing = full[full.length - 2];
  if (governing !== undefined) out.governingBody = governing;
  return out;
}

const PLACE_WORD = /(?<!\p{L})(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(?!\p{L})/u;
const INITIALS: [RegExp, string][] = [
  [/\buy ban nhan dan\b/g, "ubnd"],
  [/\bhoi dong nhan dan\b/g, "hdnd"],
];

/**
 * Chữ viết tắt tên cơ quan: the initials a document symbol uses for an agency name ("SỞ KHOA HỌC VÀ
 * CÔNG NGHỆ" → "SKHCN", "ỦY BAN NHÂN DÂN HUYỆN CỦ CHI" → "UBND"): the place part and "và" are left
 * out. Used to cross-check the "Số: …/BC-SKHCN" line with the agency.
 * @example
 * agencyInitials("SỞ KHOA HỌC VÀ CÔNG NGHỆ"); // "SKHCN"
 * agencyInitials("UBND TỈNH KHÁNH HÒA");      // "UBND"
 */
export function agencyInitials(name: string): string {
  if (typeof name !== "string") return "";
  // the place is found before folding: "QUẬN" is a place, "QUẢN" (in "BAN QUẢN LÝ") is not
  const written = normalizeText(name).toUpperCase();
  const place = PLACE_WORD.exec(written);
  let f = foldText(place && place.index > 0 ? written.slice(0, place.index) : written);
  for (const [re, abbr] of INITIALS) f = f.replace(re, abbr);
  return f
    .split(" ")
    .filter((w) => w !== "va" && w !== "cac" && w !== "cua")
    .map((w) => (w === "ubnd" || w === "hdnd" ? w : w[0]))
    .join("")
    .toUpperCase();
}

/**
 * Whether a symbol's issuer part names the agency (or its governing body): "SKHCN" fits
 * "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; "SKH&CN" too (the "&" is ignored); so does an issuer whose letters appear
 * in order in the initials or the other way round ("BQLKCN" for "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "TTr"
 * for "THANH TRA"), so only a plainly different issuer ("SXD" for "SỞ TƯ PHÁP") is a mismatch.
 * Internal to `cchc/io`.
 */
export function issuerFitsAgency(issuer: string, agency: string): boolean {
  const a = agencyInitials(agency);
  const i = foldText(issuer.replace(/&/g, "")).replace(/ /g, "").toUpperCase();
  if (a === "" || i === "") return true;
  return a === i || isSubsequence(i, a) || isSubsequence(a, i);
}

/** Whether the letters of `short` appear in `long` in order ("BQLKCN" in "BQLCKCN"). */
function isSubsequence(short: string, long: string): boolean {
  if (short.length < 2) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}
