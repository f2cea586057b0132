/**
 * Số, ký hiệu văn bản: parsing and checking document numbers and symbols.
 * @module
 */
import type { Finding, FindingSource, Lang } from "../rules/finding.js";
import { makeFinding } from "./findings.js";
import { normalizeText } from "./text.js";

/**
 * Loại số ký hiệu: what a document symbol designates.
 * - `administrative`: văn bản hành chính, `n/TYPE-ISSUER[-UNIT]` or, for an official letter (công văn),
 *   `n/ISSUER-UNIT` (NĐ 30/2020/NĐ-CP Điều 15) — no year;
 * - `normative`: VBQPPL, `n/YEAR/TYPE-ISSUER` (Luật Ban hành VBQPPL 2015 Điều 10 [secondary]);
 * - `law`: a law or National Assembly (Standing Committee) resolution numbered per legislature
 *   (`43/2022/QH15`);
 * - `party`: a Communist Party document, `n-TYPE/ISSUER` (`12-CTr/TU`);
 * - `technical-regulation`: a national technical regulation (`QCVN 20:2019/BKHCN`);
 * - `standard`: a national standard (`TCVN ISO 9001:2015`).
 * @example
 * const k: SymbolKind = "normative";
 */
export type SymbolKind =
  | "administrative"
  | "normative"
  | "law"
  | "party"
  | "technical-regulation"
  | "standard";

/**
 * Tình trạng chữ viết tắt loại văn bản: `official` (in the table), `old-form` (a TT 01/2011/TT-BNV form,
 * normalised), `unofficial` (e.g. `CV`), `unknown` (not in any table).
 * @example
 * const s: TypeStatus = "old-form";
 */
export type TypeStatus = "official" | "old-form" | "unofficial" | "unknown";

/**
 * Số, ký hiệu văn bản đã phân tích: a parsed document symbol.
 * `number` keeps leading zeros as written (`"04"`); `type` is the normalised type abbreviation
 * (`QĐ`; `BGN` for an old `GN`); `typeWritten` is the abbreviation as written when it differs;
 * `issuers` are the issuer symbol(s) as written (`["BTC", "BNV"]` for a joint circular); `unit` the
 * drafting unit of an administrative document; `legislature` the National Assembly term of a law;
 * `normalized` the canonical spelling.
 * @example
 * parseDocumentSymbol("14/2018/QĐ-UBND"); // { ok: true, value: { kind: "normative", number: "14", year: 2018, type: "QĐ", issuers: ["UBND"], normalized: "14/2018/QĐ-UBND", … } }
 */
export interface DocumentSymbol {
  kind: SymbolKind;
  number: string;
  year?: number;
  type?: string;
  typeWritten?: string;
  typeStatus?: TypeStatus;
  issuers: string[];
  unit?: string;
  legislature?: number;
  /** The canonical spelling (normalised type, NFC, `Đ` not `Ð`). */
  normalized: string;
  /** The input as given (trimmed). */
  raw: string;
}

/**
 * Lỗi phân tích số ký hiệu: why a text is not a document symbol.
 * @example
 * parseDocumentSymbol("hello"); // { ok: false, error: { code: "not-a-symbol", … } }
 */
export interface SymbolError {
  code: "empty" | "not-a-symbol" | "too-long" | "missing-issuer";
  message: { vi: string; en: string };
  input: string;
}

/**
 * Result of {@link parseDocumentSymbol}: never thrown.
 * @example
 * const r: SymbolParseResult = parseDocumentSymbol("1388/QĐ-UBND");
 */
export type SymbolParseResult = { ok: true; value: DocumentSymbol } | { ok: false; error: SymbolError };

/**
 * Một chữ viết tắt loại văn bản: one row of the type-abbreviation table.
 * @example
 * DOCUMENT_TYPES.find((t) => t.abbr === "KH")?.name.vi; // "Kế hoạch"
 */
export interface DocumentTypeEntry {
  abbr: string;
  name: { vi: string; en: string };
  /** Which family: administrative (NĐ 30/2020 Phụ lục III), a copy form, a VBQPPL type. */
  family: "administrative" | "copy" | "normative";
  source: string;
}

const ND30 = "NĐ 30/2020/NĐ-CP Phụ lục III [secondary]";
const LUAT = "Luật Ban hành VBQPPL 2015 [secondary]";
const t = (
  abbr: string,
  vi: string,
  en: string,
  family: DocumentTypeEntry["family"] = "administrative",
  source = ND30,
): DocumentTypeEntry => ({ abbr, name: { vi, en }, family, source });

/**
 * Bảng chữ viết tắt tên loại văn bản: type abbreviations of administrative documents (NĐ 30/2020/NĐ-CP
 * Phụ lục III [secondary]), copies, and VBQPPL types (Luật Ban hành VBQPPL 2015 [secondary]).
 * @example
 * DOCUMENT_TYPES.some((t) => t.abbr === "TTr"); // true
 */
export const DOCUMENT_TYPES: readonly DocumentTypeEntry[] = [
  t("NQ", "Nghị quyết", "resolution"),
  t("QĐ", "Quyết định", "decision"),
  t("CT", "Chỉ thị", "directive"),
  t("QC", "Quy chế", "regulation (statute)"),
  t("QyĐ", "Quy định", "rules"),
  t("TC", "Thông cáo", "communiqué"),
  t("TB", "Thông báo", "notice"),
  t("HD", "Hướng dẫn", "guidance"),
  t("CTr", "Chương trình", "programme"),
  t("KH", "Kế hoạch", "plan"),
  t("PA", "Phương án", "option plan"),
  t("ĐA", "Đề án", "scheme"),
  t("DA", "Dự án", "project"),
  t("BC", "Báo cáo", "report"),
  t("BB", "Biên bản", "minutes"),
  t("TTr", "Tờ trình", "submission"),
  t("HĐ", "Hợp đồng", "contract"),
  t("CĐ", "Công điện", "official telegram"),
  t("BGN", "Bản ghi nhớ", "memorandum"),
  t("BTT", "Bản thỏa thuận", "agreement"),
  t("GUQ", "Giấy ủy quyền", "power of attorney"),
  t("GM", "Giấy mời", "invitation"),
  t("GGT", "Giấy giới thiệu", "letter of introduction"),
  t("GNP", "Giấy nghỉ phép", "leave permit"),
  t("PG", "Phiếu gửi", "dispatch slip"),
  t("PC", "Phiếu chuyển", "transfer slip"),
  t("PB", "Phiếu báo", "notification slip"),
  t("SY", "Bản sao y", "true copy", "copy"),
  t("TrS", "Bản trích sao", "extract copy", "copy"),
  t("SL", "Bản sao lục", "transcribed copy", "copy"),
  t("NĐ", "Nghị định", "decree", "normative", LUAT),
  t("TT", "Thông tư", "circular", "normative", LUAT),
  t("TTLT", "Thông tư liên tịch", "joint circular", "normative", LUAT),
  t("NQLT", "Nghị quyết liên tịch", "joint resolution", "normative", LUAT),
  t("L", "Luật", "law", "normative", LUAT),
  t("PL", "Pháp lệnh", "ordinance", "normative", LUAT),
];

/**
 * Chữ viết tắt cũ: old forms (TT 01/2011/TT-BNV, replaced by NĐ 30/2020) and plain-ASCII spellings,
 * with the abbreviation they normalise to. The old-form mapping is by document name [secondary].
 * @example
 * OLD_TYPE_FORMS.GN; // "BGN"
 */
export const OLD_TYPE_FORMS: Readonly<Record<string, string>> = {
  GN: "BGN",
  TTh: "BTT",
  NP: "GNP",
  QD: "QĐ",
  ND: "NĐ",
  CD: "CĐ",
  QyD: "QyĐ",
};

/**
 * Chữ viết tắt không chính thức: abbreviations seen in practice that no regulation defines (`CV` for
 * công văn — an official letter carries no type, NĐ 30/2020/NĐ-CP Điều 15).
 * @example
 * UNOFFICIAL_TYPES.includes("CV"); // true
 */
export const UNOFFICIAL_TYPES: readonly string[] = ["CV"];

/**
 * Nhiệm kỳ Quốc hội: the years of each legislature (QH14 = 2016–2021, QH15 = 2021–2026, QH16 from 2026)
 * [secondary]. A term's first and last years overlap with its neighbours'.
 * @example
 * LEGISLATURES[15]; // { from: 2021, to: 2026 }
 */
export const LEGISLATURES: Readonly<Record<number, { from: number; to?: number }>> = {
  11: { from: 2002, to: 2007 },
  12: { from: 2007, to: 2011 },
  13: { from: 2011, to: 2016 },
  14: { from: 2016, to: 2021 },
  15: { from: 2021, to: 2026 },
  16: { from: 2026 },
};

const PARTY_TYPES = new Set([
  "NQ",
  "CT",
  "CTr",
  "QĐ",
  "QyĐ",
  "KL",
  "HD",
  "TB",
  "BC",
  "KH",
  "TTr",
  "ĐA",
  "CV",
  "QC",
]);
const TYPE_INDEX = new Map(DOCUMENT_TYPES.map((e) => [e.abbr, e]));

/** Looks a written type abbreviation up: its normalised form and status, or null when unknown. */
function classifyType(written: string): { type: string; status: TypeStatus } | null {
  if (TYPE_INDEX.has(written)) return { type: written, status: "official" };
  const old = OLD_TYPE_FORMS[written];
  if (old) return { type: old, status: "old-form" };
  if (UNOFFICIAL_TYPES.includes(written)) return { type: written, status: "unofficial" };
  return null;
}

const ERR = {
  empty: { vi: "số ký hiệu rỗng", en: "empty document symbol" },
  "not-a-symbol": { vi: "không phải số, ký hiệu văn bản", en: "not a document number and symbol" },
  "too-long": { vi: "số ký hiệu quá dài", en: "document symbol too long" },
  "missing-issuer": { vi: "số ký hiệu thiếu cơ quan ban hành", en: "document symbol without an issuer" },
} as const;

function fail(code: SymbolError["code"], input: string): SymbolParseResult {
  return { ok: false, error: { code, message: ERR[code], input: input.slice(0, 80) } };
}

const PART = "[A-ZĐa-zđ][A-Za-zĐđ0-9&]*";
const RE_STANDARD = /^(TCVN(?:\s*ISO(?:\/IEC)?)?)\s*(\d+(?:[-.]\d+)*)(?:\s*:\s*(\d{4}))?$/i;
const RE_QC = new RegExp(`^(QCVN|QCĐP)\\s*(\\d+(?:-\\d+)?)\\s*:\\s*(\\d{4})\\s*/\\s*(${PART})$`);
const RE_PARTY = new RegExp(`^(\\d{1,6}[a-z]?)-(${PART})/(${PART})(?:-(${PART}))?$`);
const RE_LAW = /^(\d{1,6}[a-z]?)\/(\d{4})\/(?:(NQ|L|PL)-)?(QH|UBTVQH)(\d{1,2})$/;
const RE_NORMATIVE = new RegExp(`^(\\d{1,6}[a-z]?)/(\\d{4})/(${PART})((?:-${PART})+)$`);
const RE_ADMIN = new RegExp(`^(\\d{1,6}[a-z]?)/(${PART})((?:-${PART})*)$`);

/**
 * Đọc số, ký hiệu văn bản: parses a document number and symbol into its parts and classifies it
 * (administrative, normative VBQPPL, law, party, technical regulation, standard). Accepts NFC or NFD
 * text and `Ð` (U+00D0) for `Đ`; spaces around `/` and `-` are tolerated. Old type forms of
 * TT 01/2011 (GN, TTh, NP) and ASCII spellings (QD) are normalised; `CV` is kept and marked
 * unofficial. Never throws.
 * @example
 * parseDocumentSymbol("5014/UBND-TH"); // ok: administrative, no type, issuers ["UBND"], unit "TH"
 * parseDocumentSymbol("43/2022/QH15"); // ok: law, legislature 15, year 2022
 * parseDocumentSymbol("12-CTr/TU");    // ok: party, type "CTr", issuers ["TU"]
 */
export function parseDocumentSymbol(text: string): SymbolParseResult {
  if (typeof text !== "string") return fail("not-a-symbol", String(text));
  if (text.length > 200) return fail("too-long", text);
  const raw = text.trim();
  if (raw === "") return fail("empty", text);
  const s = normalizeText(raw)
    .replace(/\s*\/\s*/g, "/")
    .replace(/(?<=\S)\s*-\s*(?=\S)/g, "-")
    .replace(/\s+/g, " ");
  let m = RE_STANDARD.exec(s);
  if (m) {
    const prefix = m[1]!.toUpperCase().replace(/\s+/g, "").replace("TCVNISO", "TCVN ISO");
    const v: DocumentSymbol = {
      kind: "standard",
      number: m[2]!,
      type: prefix,
      issuers: [],
      normalized: `${prefix} ${m[2]}${m[3] ? `:${m[3]}` : ""}`,
      raw,
    };
    if (m[3]) v.year = Number(m[3]);
    return { ok: true, value: v };
  }
  m = RE_QC.exec(s);
  if (m) {
    return {
      ok: true,
      value: {
        kind: "technical-regulation",
        number: m[2]!,
        year: Number(m[3]),
        type: m[1]!,
        issuers: [m[4]!],
        normalized: `${m[1]} ${m[2]}:${m[3]}/${m[4]}`,
        raw,
      },
    };
  }
  m = RE_PARTY.exec(s);
  if (m) {
    const written = m[2]!;
    const known = PARTY_TYPES.has(written) ? written : (OLD_TYPE_FORMS[written] ?? null);
    const v: DocumentSymbol = {
      kind: "party",
      number: m[1]!,
      type: known ?? written,
      typeStatus: known === null ? "unknown" : known === written ? "official" : "old-form",
      issuers: [m[3]!],
      normalized: `${m[1]}-${known ?? written}/${m[3]}${m[4] ? `-${m[4]}` : ""}`,
      raw,
    };
    if (known !== null && known !== written) v.typeWritten = written;
    if (m[4]) v.unit = m[4];
    return { ok: true, value: v };
  }
  m = RE_LAW.exec(s);
  if (m) {
    const v: DocumentSymbol = {
      kind: "law",
      number: m[1]!,
      year: Number(m[2]),
      issuers: [`${m[4]}${m[5]}`],
      legislature: Number(m[5]),
      normalized: `${m[1]}/${m[2]}/${m[3] ? `${m[3]}-` : ""}${m[4]}${m[5]}`,
      raw,
    };
    if (m[3]) {
      v.type = m[3];
      v.typeStatus = "official";
    }
    return { ok: true, value: v };
  }
  m = RE_NORMATIVE.exec(s);
  if (m) {
    const written = m[3]!;
    const cls = classifyType(written);
    const issuers = m[4]!.slice(1).split("-");
    const type = cls?.type ?? written;
    const v: DocumentSymbol = {
      kind: "normative",
      number: m[1]!,
      year: Number(m[2]),
      type,
      typeStatus: cls?.status ?? "unknown",
      issuers,
      normalized: `${m[1]}/${m[2]}/${type}-${issuers.join("-")}`,
      raw,
    };
    if (type !== written) v.typeWritten = written;
    return { ok: true, value: v };
  }
  m = RE_ADMIN.exec(s);
  if (m) {
    const first = m[2]!;
    const rest = m[3] ? m[3].slice(1).split("-") : [];
    const cls = classifyType(first);
    if (cls) {
      const issuer = rest[0];
      if (issuer === undefined) return fail("missing-issuer", raw);
      const v: DocumentSymbol = {
        kind: "administrative",
        number: m[1]!,
        type: cls.type,
        typeStatus: cls.status,
        issuers: [issuer],
        normalized: `${m[1]}/${[cls.type, ...rest].join("-")}`,
        raw,
      };
      if (cls.type !== first) v.typeWritten = first;
      if (rest.length > 1) v.unit = rest.slice(1).join("-");
      return { ok: true, value: v };
    }
    const v: DocumentSymbol = {
      kind: "administrative",
      number: m[1]!,
      issuers: [first],
      normalized: `${m[1]}/${[first, ...rest].join("-")}`,
      raw,
    };
    if (rest.length) v.unit = rest.join("-");
    return { ok: true, value: v };
  }
  return fail("not-a-symbol", raw);
}

/**
 * Tên loại văn bản → chữ viết tắt: the type abbreviation a named kind must carry (`"Kế hoạch"` → `KH`),
 * or `null` for a kind that carries none (công văn). Kinds absent here are not checked.
 * @example
 * KIND_TYPES["Quyết định"]; // "QĐ"
 */
export const KIND_TYPES: Readonly<Record<string, string | null>> = {
  "Quyết định": "QĐ",
  "Kế hoạch": "KH",
  "Báo cáo": "BC",
  "Tờ trình": "TTr",
  "Chỉ thị": "CT",
  "Thông báo": "TB",
  "Hướng dẫn": "HD",
  "Nghị định": "NĐ",
  "Thông tư": "TT",
  "Thông tư liên tịch": "TTLT",
  "Công điện": "CĐ",
  "Quy chế": "QC",
  "Quy định": "QyĐ",
  "Biên bản": "BB",
  "Giấy mời": "GM",
  "Công văn": null,
};

/**
 * Options of {@link checkDocumentSymbol}.
 * @example
 * const o: CheckSymbolOptions = { issuedOn: "2021-12-09", namedKind: "Nghị định", lang: "en" };
 */
export interface CheckSymbolOptions {
  /** Issue date `YYYY-MM-DD` written beside the symbol. */
  issuedOn?: string;
  /** The kind named before the symbol in the text (`"Kế hoạch"`). */
  namedKind?: string;
  lang?: Lang;
  /** The `source` of the findings (default `"narrative"`). */
  source?: FindingSource;
  /** Text excerpt to attach to findings. */
  excerpt?: string;
}

/**
 * Kiểm tra số ký hiệu văn bản: findings about one document symbol.
 * - `document.symbol-invalid` (warning): not a symbol;
 * - `document.year-mismatch` (warning): the year in a VBQPPL or law symbol differs from the issue date's
 *   (Luật Ban hành VBQPPL 2015 Điều 10 [secondary]);
 * - `document.legislature-mismatch` (warning): a law's year outside its legislature's term;
 * - `document.unknown-type` (warning), `document.unofficial-type` (warning, e.g. `CV`),
 *   `document.old-type-form` (info, TT 01/2011 forms);
 * - `document.missing-type` (warning): a named plan/decision/report… whose symbol has no type
 *   (NĐ 30/2020 Điều 15: only an official letter has none);
 * - `document.kind-mismatch` (warning): the named kind and the type differ (a "Quyết định" numbered `KH`);
 * - `document.normative-issuer` (warning): a normative symbol (`n/YEAR/TYPE-ISSUER`) whose issuer is a
 *   department (Sở: `S…`, e.g. `12/2025/QĐ-SXD`) — a department issues no normative documents under
 *   either law on legal documents ({@link LEGAL_DOCUMENT_LAWS});
 * - `document.number-leading-zero` (info): an administrative document numbered 1–9 without the leading
 *   zero NĐ 30/2020/NĐ-CP requires (`5/KH-UBND` → `05/KH-UBND`).
 * @example
 * checkDocumentSymbol("125/SKHChN-VP", { namedKind: "Kế hoạch" })[0]?.rule; // "document.missing-type"
 * checkDocumentSymbol("111/2021/NĐ-CP", { issuedOn: "2021-12-09" }); // []
 * checkDocumentSymbol("12/2025/QĐ-SXD")[0]?.rule; // "document.normative-issuer"
 * checkDocumentSymbol("5/KH-UBND")[0]?.rule; // "document.number-leading-zero"
 */
export function checkDocumentSymbol(
  ref: string | DocumentSymbol,
  options: CheckSymbolOptions = {},
): Finding[] {
  const lang = options.lang ?? "vi";
  const source = options.source ?? "narrative";
  const out: Finding[] = [];
  const base = (rule: string, severity: "warning" | "info", vi: string, en: string) => {
    const f = makeFinding({ rule, severity, source, lang, vi, en });
    if (options.excerpt !== undefined) f.excerpt = options.excerpt;
    out.push(f);
  };
  let sym: DocumentSymbol;
  if (typeof ref === "string") {
    const r = parseDocumentSymbol(ref);
    if (!r.ok) {
      base(
        "document.symbol-invalid",
        "warning",
        `"${ref.slice(0, 80)}": ${r.error.message.vi}`,
        `"${ref.slice(0, 80)}": ${r.error.message.en}`,
      );
      return out;
    }
    sym = r.value;
  } else sym = ref;
  const s = sym.normalized;
  const issuedYear =
    options.issuedOn && /^\d{4}-/.test(options.issuedOn) ? Number(options.issuedOn.slice(0, 4)) : null;
  if ((sym.kind === "normative" || sym.kind === "law") && sym.year !== undefined && issuedYear !== null) {
    if (issuedYear !== sym.year) {
      base(
        "document.year-mismatch",
        "warning",
        `${s}: năm trong ký hiệu (${sym.year}) khác năm ban hành (${options.issuedOn})${lawNote(options.issuedOn)}`,
        `${s}: the year in the symbol (${sym.year}) differs from the issue date (${options.issuedOn})${lawNote(options.issuedOn)}`,
      );
    }
  }
  if (sym.kind === "law" && sym.legislature !== undefined && sym.year !== undefined) {
    const term = LEGISLATURES[sym.legislature];
    if (term && (sym.year < term.from || (term.to !== undefined && sym.year > term.to))) {
      base(
        "document.legislature-mismatch",
        "warning",
        `${s}: năm ${sym.year} nằm ngoài nhiệm kỳ Quốc hội khóa ${sym.legislature} (${term.from}–${term.to ?? "…"})`,
        `${s}: year ${sym.year} is outside legislature ${sym.legislature} (${term.from}–${term.to ?? "…"})`,
      );
    }
  }
  if (sym.typeStatus === "unknown") {
    base(
      "document.unknown-type",
      "warning",
      `${s}: chữ viết tắt loại văn bản "${sym.type}" không có trong bảng (NĐ 30/2020 Phụ lục III)`,
      `${s}: type abbreviation "${sym.type}" is not in the table (NĐ 30/2020 Appendix III)`,
    );
  } else if (sym.typeStatus === "unofficial") {
    base(
      "document.unofficial-type",
      "warning",
      `${s}: "${sym.type}" không phải chữ viết tắt chính thức; công văn không ghi tên loại (NĐ 30/2020 Điều 15)`,
      `${s}: "${sym.type}" is not an official abbreviation; an official letter carries no type (NĐ 30/2020 Art. 15)`,
    );
  } else if (sym.typeStatus === "old-form") {
    base(
      "document.old-type-form",
      "info",
      `${sym.raw}: chữ viết tắt cũ "${sym.typeWritten}", nay là "${sym.type}"`,
      `${sym.raw}: old abbreviation "${sym.typeWritten}", now "${sym.type}"`,
    );
  }
  if (sym.kind === "normative" && sym.issuers.some((i) => DEPARTMENT_ISSUER.test(i))) {
    const law = lawOn(options.issuedOn);
    base(
      "document.normative-issuer",
      "warning",
      `${s}: Sở không có thẩm quyền ban hành văn bản quy phạm pháp luật (${law ? law.citation : "Luật Ban hành VBQPPL 2015 và 2025"}); văn bản của Sở là văn bản hành chính, không ghi năm`,
      `${s}: a department (Sở) issues no normative documents (${law ? law.citation : "the 2015 and 2025 laws on legal documents"}); its documents are administrative and carry no year`,
    );
  }
  if (sym.kind === "administrative" && /^[1-9]$/.test(sym.number)) {
    base(
      "document.number-leading-zero",
      "info",
      `${sym.raw}: số nhỏ hơn 10 phải ghi thêm số 0 phía trước (0${sym.number}) theo NĐ 30/2020/NĐ-CP`,
      `${sym.raw}: a number below 10 is written with a leading zero (0${sym.number}) per NĐ 30/2020/NĐ-CP`,
    );
  }
  const named = options.namedKind ? canonicalKind(options.namedKind) : null;
  if (named !== null && sym.kind === "administrative" && Object.hasOwn(KIND_TYPES, named)) {
    const want = KIND_TYPES[named];
    if (want && sym.type === undefined && MUST_CARRY_TYPE.has(named)) {
      base(
        "document.missing-type",
        "warning",
        `${named} số ${s} thiếu chữ viết tắt loại văn bản "${want}" (chỉ công văn mới không ghi tên loại)`,
        `${named} (${s}) lacks the type abbreviation "${want}" (only an official letter has none)`,
      );
    } else if (want && sym.type !== undefined && sym.type !== want) {
      base(
        "document.kind-mismatch",
        "warning",
        `${named} số ${s} mang ký hiệu loại "${sym.type}", lẽ ra là "${want}"`,
        `${named} (${s}) carries type "${sym.type}", expected "${want}"`,
      );
    }
  }
  if (named !== null && sym.kind === "normative" && Object.hasOwn(KIND_TYPES, named)) {
    const want = KIND_TYPES[named];
    if (want && sym.type !== want && sym.typeStatus !== "unknown") {
      base(
        "document.kind-mismatch",
        "warning",
        `${named} số ${s} mang ký hiệu loại "${sym.type}", lẽ ra là "${want}"`,
        `${named} (${s}) carries type "${sym.type}", expected "${want}"`,
      );
    }
  }
  return out;
}

/**
 * Luật Ban hành văn bản quy phạm pháp luật: the laws on legal documents as versioned data — the 2015
 * law (80/2015/QH13, in force 2016-07-01 … 2025-03-31) and the 2025 law (64/2025/QH15, from
 * 2025-04-01). Both give a normative symbol the form `n/YEAR/TYPE-ISSUER` and give departments (Sở)
 * no power to issue normative documents. The 2025 law's number and date are [secondary] (press);
 * its article on the symbol form was not read (`verified: false`).
 * @example
 * LEGAL_DOCUMENT_LAWS.map((l) => l.number); // ["64/2025/QH15", "80/2015/QH13"]
 */
export const LEGAL_DOCUMENT_LAWS: readonly {
  readonly number: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly citation: string;
  readonly source: string;
  readonly verified: boolean;
}[] = Object.freeze([
  Object.freeze({
    number: "64/2025/QH15",
    effectiveFrom: "2025-04-01",
    citation: "Luật Ban hành VBQPPL 2025, 64/2025/QH15",
    source: "Luật Ban hành văn bản quy phạm pháp luật 2025 (64/2025/QH15), in force 01/04/2025 [secondary]",
    verified: false,
  }),
  Object.freeze({
    number: "80/2015/QH13",
    effectiveFrom: "2016-07-01",
    effectiveTo: "2025-03-31",
    citation: "Luật Ban hành VBQPPL 2015, 80/2015/QH13",
    source: "Luật Ban hành văn bản quy phạm pháp luật 2015 (80/2015/QH13) Điều 4, Điều 10 [secondary]",
    verified: false,
  }),
]);

/** The law on legal documents in force on an issue date (none when the date is absent or malformed). */
function lawOn(date: string | undefined): (typeof LEGAL_DOCUMENT_LAWS)[number] | undefined {
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return LEGAL_DOCUMENT_LAWS.find(
    (l) => l.effectiveFrom <= date && (l.effectiveTo === undefined || date <= l.effectiveTo),
  );
}

function lawNote(date: string | undefined): string {
  const law = lawOn(date);
  return law ? ` (${law.citation})` : "";
}

/** A department's issuer symbol: `S` and 1–7 capitals (SXD, SKHCN, STNMT, SGDĐT). */
const DEPARTMENT_ISSUER = /^S[A-ZĐ]{1,7}$/u;

/** Named kinds whose symbol must carry the type (a plan, a decision…); a notice is often sent as a letter. */
const MUST_CARRY_TYPE = new Set([
  "Quyết định",
  "Kế hoạch",
  "Báo cáo",
  "Tờ trình",
  "Chỉ thị",
  "Nghị định",
  "Thông tư",
]);

/** The canonical capitalisation of a named kind (`"quyết định"` → `"Quyết định"`). */
export function canonicalKind(kind: string): string {
  const k = normalizeText(kind).trim().replace(/\s+/g, " ").toLowerCase();
  for (const name of Object.keys(KIND_TYPES)) if (name.toLowerCase() === k) return name;
  for (const name of EXTRA_KINDS) if (name.toLowerCase() === k) return name;
  return k.charAt(0).toUpperCase() + k.slice(1);
}

/** Named kinds recognised before a symbol besides those of {@link KIND_TYPES}. */
export const EXTRA_KINDS: readonly string[] = [
  "Nghị quyết",
  "Chương trình hành động",
  "Chương trình",
  "Đề án",
  "Phương án",
  "Luật",
  "Văn bản",
];
