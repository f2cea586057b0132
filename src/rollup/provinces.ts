/**
 * The provinces and centrally-run cities (tỉnh, thành phố trực thuộc trung ương) before and after the
 * 2025 arrangement of provincial-level units (63 → 34 on 2025-07-01), as versioned data.
 * @module
 */
import type { Agency } from "../model/agency.js";

/** Freezes a table and everything in it (the regulation tables are shared by every caller). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/**
 * Nghị quyết sắp xếp đơn vị hành chính cấp tỉnh năm 2025: Resolution 202/2025/QH15 of the National
 * Assembly (12/06/2025), in force on adoption; the provinces and cities it forms operate from
 * 2025-07-01. Read in press reports of the resolution, not in its text: `verified: false`.
 * @example
 * PROVINCE_ARRANGEMENT_2025.number; // "202/2025/QH15"
 */
export const PROVINCE_ARRANGEMENT_2025 = deepFreeze({
  number: "202/2025/QH15",
  date: "2025-06-12",
  issuer: "Quốc hội (National Assembly)",
  effectiveFrom: "2025-07-01",
  sets: "52 provinces and cities arranged into 23; 11 unchanged; 34 provincial-level units (28 provinces, 6 cities) from 2025-07-01",
  source:
    "NQ 202/2025/QH15 (12/06/2025) as reported by laodong.vn, bnews.vn, nghean24h.vn (June 2025) [secondary]",
  verified: false,
} as const);

/**
 * Loại đơn vị hành chính cấp tỉnh: a province (tỉnh) or a centrally-run city (thành phố trực thuộc
 * trung ương).
 * @example
 * const k: ProvinceKind = "city";
 */
export type ProvinceKind = "province" | "city";

/**
 * Tỉnh, thành phố: one provincial-level unit with its validity. A unit absorbed in 2025 ends on
 * 2025-06-30 with `mergedInto` naming the unit that continues under its name (the arrangement formed
 * new units; the one whose name was kept is treated as continuing). `previous` holds an earlier name
 * or kind (Thừa Thiên Huế became the centrally-run city Huế on 2025-01-01).
 * @example
 * const p = PROVINCES.find((x) => x.id === "ninh-thuan");
 * p?.mergedInto; // "khanh-hoa"
 */
export interface ProvinceRecord {
  /** Stable id (ASCII slug of the name). */
  readonly id: string;
  /** Name without "tỉnh" / "thành phố". */
  readonly name: string;
  /** Province or centrally-run city. */
  readonly kind: ProvinceKind;
  /** First day (absent: before the library's horizon). */
  readonly validFrom?: string;
  /** Last day (absent: still exists). */
  readonly validTo?: string;
  /** The unit it was merged into, from the day after `validTo`. */
  readonly mergedInto?: string;
  /** An earlier name or kind, up to `validTo`. */
  readonly previous?: {
    readonly name: string;
    readonly kind: ProvinceKind;
    readonly validTo: string;
    readonly source: string;
    readonly verified: boolean;
  };
  /** The instrument behind `validTo` / `mergedInto` (or that the unit was left unchanged). */
  readonly source: string;
  /** True only when that instrument's text was read. */
  readonly verified: boolean;
}

const END = "2025-06-30";
const P = PROVINCE_ARRANGEMENT_2025.source;

// [id, name, kind, mergedInto?]
const ROWS: readonly (readonly [string, string, ProvinceKind, string?])[] = [
  ["ha-noi", "Hà Nội", "city"],
  ["ho-chi-minh", "Hồ Chí Minh", "city"],
  ["hai-phong", "Hải Phòng", "city"],
  ["da-nang", "Đà Nẵng", "city"],
  ["can-tho", "Cần Thơ", "city"],
  ["hue", "Huế", "city"],
  ["ha-giang", "Hà Giang", "province", "tuyen-quang"],
  ["cao-bang", "Cao Bằng", "province"],
  ["bac-kan", "Bắc Kạn", "province", "thai-nguyen"],
  ["tuyen-quang", "Tuyên Quang", "province"],
  ["lao-cai", "Lào Cai", "province"],
  ["dien-bien", "Điện Biên", "province"],
  ["lai-chau", "Lai Châu", "province"],
  ["son-la", "Sơn La", "province"],
  ["yen-bai", "Yên Bái", "province", "lao-cai"],
  ["hoa-binh", "Hòa Bình", "province", "phu-tho"],
  ["thai-nguyen", "Thái Nguyên", "province"],
  ["lang-son", "Lạng Sơn", "province"],
  ["quang-ninh", "Quảng Ninh", "province"],
  ["bac-giang", "Bắc Giang", "province", "bac-ninh"],
  ["phu-tho", "Phú Thọ", "province"],
  ["vinh-phuc", "Vĩnh Phúc", "province", "phu-tho"],
  ["bac-ninh", "Bắc Ninh", "province"],
  ["hai-duong", "Hải Dương", "province", "hai-phong"],
  ["hung-yen", "Hưng Yên", "province"],
  ["thai-binh", "Thái Bình", "province", "hung-yen"],
  ["ha-nam", "Hà Nam", "province", "ninh-binh"],
  ["nam-dinh", "Nam Định", "province", "ninh-binh"],
  ["ninh-binh", "Ninh Bình", "province"],
  ["thanh-hoa", "Thanh Hóa", "province"],
  ["nghe-an", "Nghệ An", "province"],
  ["ha-tinh", "Hà Tĩnh", "province"],
  ["quang-binh", "Quảng Bình", "province", "quang-tri"],
  ["quang-tri", "Quảng Trị", "province"],
  ["quang-nam", "Quảng Nam", "province", "da-nang"],
  ["quang-ngai", "Quảng Ngãi", "province"],
  ["binh-dinh", "Bình Định", "province", "gia-lai"],
  ["phu-yen", "Phú Yên", "province", "dak-lak"],
  ["khanh-hoa", "Khánh Hòa", "province"],
  ["ninh-thuan", "Ninh Thuận", "province", "khanh-hoa"],
  ["binh-thuan", "Bình Thuận", "province", "lam-dong"],
  ["kon-tum", "Kon Tum", "province", "quang-ngai"],
  ["gia-lai", "Gia Lai", "province"],
  ["dak-lak", "Đắk Lắk", "province"],
  ["dak-nong", "Đắk Nông", "province", "lam-dong"],
  ["lam-dong", "Lâm Đồng", "province"],
  ["binh-phuoc", "Bình Phước", "province", "dong-nai"],
  ["tay-ninh", "Tây Ninh", "province"],
  ["binh-duong", "Bình Dương", "province", "ho-chi-minh"],
  ["dong-nai", "Đồng Nai", "province"],
  ["ba-ria-vung-tau", "Bà Rịa - Vũng Tàu", "province", "ho-chi-minh"],
  ["long-an", "Long An", "province", "tay-ninh"],
  ["tien-giang", "Tiền Giang", "province", "dong-thap"],
  ["ben-tre", "Bến Tre", "province", "vinh-long"],
  ["tra-vinh", "Trà Vinh", "province", "vinh-long"],
  ["vinh-long", "Vĩnh Long", "province"],
  ["dong-thap", "Đồng Tháp", "province"],
  ["an-giang", "An Giang", "province"],
  ["kien-giang", "Kiên Giang", "province", "an-giang"],
  ["hau-giang", "Hậu Giang", "province", "can-tho"],
  ["soc-trang", "Sóc Trăng", "province", "can-tho"],
  ["bac-lieu", "Bạc Liêu", "province", "ca-mau"],
  ["ca-mau", "Cà Mau", "province"],
];

/**
 * Danh sách tỉnh, thành phố: the 63 provincial-level units in force on 2025-06-30, the 29 absorbed
 * ones ending that day with `mergedInto` (NQ 202/2025/QH15, see {@link PROVINCE_ARRANGEMENT_2025}),
 * Huế a centrally-run city from 2025-01-01 (NQ 175/2024/QH15). Deep-frozen. Query it with
 * {@link provincesAt}.
 * @example
 * PROVINCES.length; // 63
 * PROVINCES.filter((p) => p.mergedInto !== undefined).length; // 29
 */
export const PROVINCES: readonly ProvinceRecord[] = deepFreeze(
  ROWS.map(([id, name, kind, mergedInto]): ProvinceRecord => {
    const row: ProvinceRecord = mergedInto
      ? { id, name, kind, validTo: END, mergedInto, source: P, verified: false }
      : { id, name, kind, source: P, verified: false };
    if (id !== "hue") return row;
    return {
      ...row,
      previous: {
        name: "Thừa Thiên Huế",
        kind: "province",
        validTo: "2024-12-31",
        source:
          "NQ 175/2024/QH15 (30/11/2024): thành phố Huế trực thuộc trung ương from 2025-01-01 [secondary]",
        verified: false,
      },
    };
  }),
);

/**
 * Tỉnh, thành phố tại một ngày: one row of {@link provincesAt} — the name and kind in force that day.
 * @example
 * provincesAt("2024-12-31").find((p) => p.id === "hue")?.name; // "Thừa Thiên Huế"
 */
export interface ProvinceAt {
  /** Stable id. */
  id: string;
  /** Name in force on the date. */
  name: string;
  /** Kind in force on the date. */
  kind: ProvinceKind;
  /** Set when the unit ends by merging (after the date). */
  mergedInto?: string;
  /** Last day, when it ends. */
  validTo?: string;
}

const ISO = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Tỉnh, thành phố tại một ngày: the provincial-level units in force on `date` (`YYYY-MM-DD`), in table
 * order — 63 on 2025-06-30, 34 from 2025-07-01. Returns `[]` for a malformed date (never throws).
 * @example
 * provincesAt("2025-06-30").length; // 63
 * provincesAt("2025-07-01").length; // 34
 * provincesAt("2025-07-01").filter((p) => p.kind === "city").length; // 6
 */
export function provincesAt(date: string): ProvinceAt[] {
  if (typeof date !== "string" || !ISO.test(date)) return [];
  return PROVINCES.filter(
    (p) =>
      (p.validFrom === undefined || p.validFrom <= date) && (p.validTo === undefined || date <= p.validTo),
  ).map((p) => {
    const old = p.previous && date <= p.previous.validTo ? p.previous : undefined;
    const out: ProvinceAt = { id: p.id, name: old?.name ?? p.name, kind: old?.kind ?? p.kind };
    if (p.mergedInto !== undefined) out.mergedInto = p.mergedInto;
    if (p.validTo !== undefined) out.validTo = p.validTo;
    return out;
  });
}

/**
 * Tỉnh kế thừa: the unit that answers for `id` on `date` — itself while it exists, else the unit it
 * was merged into; `undefined` for an unknown id.
 * @example
 * provinceSuccessor("quang-nam", "2025-07-01"); // "da-nang"
 * provinceSuccessor("quang-nam", "2025-06-30"); // "quang-nam"
 */
export function provinceSuccessor(id: string, date: string): string | undefined {
  let p = PROVINCES.find((x) => x.id === id);
  const seen = new Set<string>();
  while (p && p.validTo !== undefined && date > p.validTo && p.mergedInto && !seen.has(p.id)) {
    seen.add(p.id);
    const next: string = p.mergedInto;
    p = PROVINCES.find((x) => x.id === next);
  }
  return p?.id;
}

/**
 * UBND tỉnh làm cơ quan: the provinces as registry agencies (`kind: "people-committee"`,
 * `level: "province"`, the name as "UBND tỉnh …" / "UBND thành phố …"), with the successor map to pass
 * to `createAgencyRegistry` — so a province's own agencies can hang under `parent: "<province id>"`.
 * `prefix` is prepended to every id (default none).
 * @example
 * const { agencies, mergedInto } = provinceAgencies();
 * const reg = createAgencyRegistry(agencies, { mergedInto });
 * reg.parentAt("ninh-thuan", "2025-07-01"); // "khanh-hoa"
 * reg.treeAt("2025-07-01").length; // 34
 */
export function provinceAgencies(prefix = ""): { agencies: Agency[]; mergedInto: Record<string, string> } {
  const agencies: Agency[] = PROVINCES.map((p) => {
    const a: Agency = {
      id: `${prefix}${p.id}`,
      name: `UBND ${p.kind === "city" ? "thành phố" : "tỉnh"} ${p.name}`,
      aliases: p.previous ? [`UBND tỉnh ${p.previous.name}`] : [],
      kind: "people-committee",
      level: "province",
    };
    if (p.validTo !== undefined) a.validTo = p.validTo;
    return a;
  });
  const mergedInto: Record<string, string> = {};
  for (const p of PROVINCES) if (p.mergedInto) mergedInto[`${prefix}${p.id}`] = `${prefix}${p.mergedInto}`;
  return { agencies, mergedInto };
}
