/**
 * Finding messages: one function per finding rule id, each producing Vietnamese (numbers written the
 * vi-VN way, `37,04%`) and English (plain numbers, `37.04%`).
 * @module
 */
import type { CatalogRow } from "../catalog/types.js";
import { InvalidDecimalError, roundDecimal } from "../numbers/decimal.js";
import { formatVietnameseNumber } from "../numbers/format.js";
import type { Lang } from "./finding.js";

/** A message in both languages. */
export interface Messages {
  vi: string;
  en: string;
}

/**
 * Writes an exact decimal string for a reader: vi-VN (`20.000`, `37,04`) or plain (`20000`, `37.04`).
 * @internal
 */
export function num(value: string, lang: Lang, percent = false): string {
  const cut = value.endsWith("…");
  const body = cut ? value.slice(0, -1) : value;
  let s = body;
  if (lang === "vi") {
    try {
      s = formatVietnameseNumber(body);
    } catch (e) {
      // documented: a value the formatter does not accept (beyond its length limit) is shown as written
      if (!(e instanceof InvalidDecimalError)) throw e;
    }
  }
  return `${s}${cut ? "…" : ""}${percent ? "%" : ""}`;
}

/** Shows an exact value shortly: as is when it has ≤ `keep` decimals, else cut with an ellipsis. */
export function short(exact: string, keep: number): string {
  const dot = exact.indexOf(".");
  if (dot < 0 || exact.length - dot - 1 <= keep) return exact;
  return `${exact.slice(0, dot + 1 + keep)}…`;
}

/** The exact value as is when it has ≤ `keep` decimals, else rounded half-up to `keep` decimals. @internal */
export function roundShown(exact: string, keep: number): string {
  const dot = exact.indexOf(".");
  if (dot < 0 || exact.length - dot - 1 <= keep) return exact;
  try {
    return roundDecimal(exact, keep);
  } catch (e) {
    if (!(e instanceof InvalidDecimalError)) throw e;
    return short(exact, keep);
  }
}

function both(f: (lang: Lang) => string): Messages {
  return { vi: f("vi"), en: f("en") };
}

function list(ids: readonly string[]): string {
  return ids.join(", ");
}

/** Inputs of the rate messages. */
export interface RateMessageInput {
  rate: string;
  numerator: string;
  denominator: string;
  reported: string;
  numeratorValue: string;
  denominatorValue: string;
  /** The quotient × factor as shown: exact when short, else rounded to max(2, reported decimals). */
  shown: string;
  /** The quotient cut one decimal further, with "…" when digits were cut (for truncation). */
  cut: string;
  /** Rounded half-up to the reported decimals. */
  rounded: string;
}

function quotient(i: RateMessageInput, lang: Lang, cut: boolean): string {
  return `${i.numerator} / ${i.denominator} = ${num(i.numeratorValue, lang)}/${num(i.denominatorValue, lang)} = ${num(cut ? i.cut : i.shown, lang, true)}`;
}

/** The message functions, keyed by finding rule id. @internal */
export const MESSAGES = {
  sumParts: (total: string, parts: readonly string[], reported: string, sum: string): Messages =>
    both((l) =>
      l === "vi"
        ? `Chỉ tiêu ${total} ghi ${num(reported, l)} nhưng tổng các chỉ tiêu thành phần (${list(parts)}) là ${num(sum, l)}.`
        : `Indicator ${total} reports ${num(reported, l)} but its parts (${list(parts)}) add up to ${num(sum, l)}.`,
    ),
  subsetParts: (total: string, parts: readonly string[], reported: string, sum: string): Messages =>
    both((l) => {
      if (parts.length === 1) {
        return l === "vi"
          ? `Chỉ tiêu ${parts[0]} ghi ${num(sum, l)}, lớn hơn chỉ tiêu ${total} (${num(reported, l)}) mà nó là một phần (“trong đó”).`
          : `Indicator ${parts[0]} reports ${num(sum, l)}, more than ${total} (${num(reported, l)}), of which it is a part.`;
      }
      return l === "vi"
        ? `Tổng các chỉ tiêu “trong đó” (${list(parts)}) là ${num(sum, l)}, lớn hơn chỉ tiêu ${total} (${num(reported, l)}).`
        : `The parts (${list(parts)}) add up to ${num(sum, l)}, more than ${total} (${num(reported, l)}).`;
    }),
  rateMismatch: (i: RateMessageInput): Messages =>
    both((l) =>
      l === "vi"
        ? `Tỷ lệ ${i.rate} ghi ${num(i.reported, l, true)} nhưng ${quotient(i, l, false)}.`
        : `Rate ${i.rate} reports ${num(i.reported, l, true)} but ${quotient(i, l, false)}.`,
    ),
  rateOtherBase: (i: RateMessageInput, base: string, baseValue: string): Messages =>
    both((l) =>
      l === "vi"
        ? `Tỷ lệ ${i.rate} ghi ${num(i.reported, l, true)}, khớp với ${i.numerator} / ${base} = ${num(i.numeratorValue, l)}/${num(baseValue, l)}, không theo cách đọc của mẫu phụ lục: ${quotient(i, l, false)}. Hai cách đọc mẫu số khác nhau; ghi rõ cách tính trong ghi chú.`
        : `Rate ${i.rate} reports ${num(i.reported, l, true)}, which matches ${i.numerator} / ${base} = ${num(i.numeratorValue, l)}/${num(baseValue, l)}, not the template's reading: ${quotient(i, l, false)}. The two readings use different denominators; say in the note which one the report uses.`,
    ),
  rateTruncated: (i: RateMessageInput): Messages =>
    both((l) =>
      l === "vi"
        ? `Tỷ lệ ${i.rate} ghi ${num(i.reported, l, true)} trong khi ${quotient(i, l, true)}; làm tròn đúng là ${num(i.rounded, l, true)} (số đã bị cắt bớt chữ số thay vì làm tròn).`
        : `Rate ${i.rate} reports ${num(i.reported, l, true)} while ${quotient(i, l, true)}; correctly rounded it is ${num(i.rounded, l, true)} (digits were cut instead of rounded).`,
    ),
  zeroDenominator: (rate: string, denominator: string, reported: string): Messages =>
    both((l) =>
      l === "vi"
        ? `Tỷ lệ ${rate} ghi ${num(reported, l, true)} nhưng mẫu số ${denominator} bằng 0: tỷ lệ không xác định (không phải 0%), nên để trống và ghi chú.`
        : `Rate ${rate} reports ${num(reported, l, true)} but its denominator ${denominator} is 0: the rate is undefined (not 0%); leave it blank with a note.`,
    ),
  blankDenominator: (rate: string, denominator: string, reported: string): Messages =>
    both((l) =>
      l === "vi"
        ? `Tỷ lệ ${rate} ghi ${num(reported, l, true)} nhưng mẫu số ${denominator} để trống: không kiểm tra được tỷ lệ; cần ghi mẫu số.`
        : `Rate ${rate} reports ${num(reported, l, true)} but its denominator ${denominator} is blank: the rate cannot be checked; report the denominator.`,
    ),
  compulsory: (when: string, missing: readonly string[]): Messages =>
    both((l) =>
      l === "vi"
        ? `Chỉ tiêu ${when} có ghi số liệu nhưng chỉ tiêu ${list(missing)} (bắt buộc đi kèm) để trống.`
        : `Indicator ${when} is reported but ${list(missing)}, which must accompany it, is blank.`,
    ),
  exclusive: (
    when: string,
    whenValue: string,
    meaning: Messages,
    offending: readonly { id: string; value: string }[],
  ): Messages =>
    both((l) => {
      const vals = offending.map((o) => `${o.id} = ${num(o.value, l)}`).join(", ");
      return l === "vi"
        ? `Chỉ tiêu ${when} ghi ${num(whenValue, l)} (${meaning.vi}) nhưng lại có số liệu: ${vals}.`
        : `Indicator ${when} is ${num(whenValue, l)} (${meaning.en}) yet ${vals}.`;
    }),
  derivableRate: (
    target: string,
    numerator: string,
    denominator: string,
    nv: string,
    dv: string,
    value: string,
  ): Messages =>
    both((l) =>
      l === "vi"
        ? `Chỉ tiêu ${target} để trống nhưng tính được từ ${numerator} / ${denominator} = ${num(nv, l)}/${num(dv, l)} = ${num(value, l, true)}.`
        : `Indicator ${target} is blank but ${numerator} / ${denominator} = ${num(nv, l)}/${num(dv, l)} gives ${num(value, l, true)}.`,
    ),
  derivableSum: (target: string, parts: readonly string[], value: string): Messages =>
    both((l) =>
      l === "vi"
        ? `Chỉ tiêu ${target} để trống nhưng tổng các chỉ tiêu thành phần (${list(parts)}) là ${num(value, l)}.`
        : `Indicator ${target} is blank but its parts (${list(parts)}) add up to ${num(value, l)}.`,
    ),
  derivableEqual: (target: string, from: string, value: string): Messages =>
    both((l) =>
      l === "vi"
        ? `Chỉ tiêu ${target} để trống nhưng chỉ tiêu ${from} (cùng một đại lượng) ghi ${num(value, l)}.`
        : `Indicator ${target} is blank but ${from}, which reports the same quantity, gives ${num(value, l)}.`,
    ),
  crossEqual: (left: string, right: string, lv: string, rv: string): Messages =>
    both((l) =>
      l === "vi"
        ? `Chỉ tiêu ${left} ghi ${num(lv, l)} nhưng chỉ tiêu ${right} (cùng một đại lượng) ghi ${num(rv, l)}.`
        : `Indicator ${left} reports ${num(lv, l)} but ${right}, the same quantity, reports ${num(rv, l)}.`,
    ),
  fractionBase: (row: string, raw: string, denominator: string, base: string, baseValue: string): Messages =>
    both((l) =>
      l === "vi"
        ? `Chỉ tiêu ${row} ghi “${raw}”, tức trên tổng số ${num(denominator, l)}, nhưng chỉ tiêu ${base} ghi ${num(baseValue, l)}.`
        : `Indicator ${row} is written “${raw}”, i.e. out of ${num(denominator, l)}, but ${base} reports ${num(baseValue, l)}.`,
    ),
  unknownCode: (id: string, version: string): Messages => ({
    vi: `Mã chỉ tiêu ${id} không có trong mẫu phụ lục ${version}.`,
    en: `Indicator ${id} is not a row of the ${version} appendix template.`,
  }),
  unparseable: (id: string, raw: string, why: Messages): Messages => ({
    vi: `Chỉ tiêu ${id}: không đọc được giá trị “${raw}” (${why.vi}).`,
    en: `Indicator ${id}: cannot read the value “${raw}” (${why.en}).`,
  }),
  codeNotInList: (row: CatalogRow, raw: string): Messages => {
    const codes = row.codes ?? [];
    return {
      vi: `Chỉ tiêu ${row.id} ghi “${raw}”, không thuộc danh sách mã (${codes.map((c) => `${c.label.vi} = ${c.code}`).join(", ")}).`,
      en: `Indicator ${row.id} is “${raw}”, not one of its codes (${codes.map((c) => `${c.label.en} = ${c.code}`).join(", ")}).`,
    };
  },
  valueOnGroup: (id: string, raw: string): Messages => ({
    vi: `Chỉ tiêu ${id} là dòng tiêu đề nhóm nhưng có ghi giá trị “${raw}”; giá trị này không được kiểm tra.`,
    en: `Indicator ${id} is a group heading but holds the value “${raw}”; it is not checked.`,
  }),
  valueInUnitColumn: (
    id: string,
    raw: string,
    unit: string,
    numerator: string,
    denominator: string,
  ): Messages => ({
    vi: `Chỉ tiêu ${id} ghi phân số “${raw}” ở cột số liệu và tỷ lệ “${unit}” ở cột đơn vị; đã hiểu tỷ lệ báo cáo là ${num(unit.replace(/[%\s]/g, "").replace(",", "."), "vi", true)} với tử số ${num(numerator, "vi")} và mẫu số ${num(denominator, "vi")}.`,
    en: `Indicator ${id} has the fraction “${raw}” in the value column and the rate “${unit}” in the unit column; read as a reported rate of ${unit.trim()} with numerator ${numerator} and denominator ${denominator}.`,
  }),
  unitDiffers: (row: CatalogRow, unit: string): Messages => ({
    vi: `Chỉ tiêu ${row.id} ghi đơn vị “${unit}”, khác đơn vị của mẫu (“${row.unit?.vi ?? ""}”).`,
    en: `Indicator ${row.id} gives the unit “${unit}”, not the template's (“${row.unit?.vi ?? ""}”${row.unit && row.unit.en !== row.unit.vi ? `, ${row.unit.en}` : ""}).`,
  }),
  notWhole: (id: string, raw: string, value: string): Messages => ({
    vi: `Chỉ tiêu ${id} là số đếm nhưng ghi “${raw}” (= ${num(value, "vi")}), không phải số nguyên.`,
    en: `Indicator ${id} is a count but reads “${raw}” (= ${value}), not a whole number.`,
  }),
  duplicateCode: (id: string, count: number): Messages => ({
    vi: `Mã chỉ tiêu ${id} xuất hiện ${count} lần; chỉ một giá trị được dùng.`,
    en: `Indicator ${id} appears ${count} times; only one value is used.`,
  }),
  ruleFailed: (key: string, cell: string | null, error: string): Messages => ({
    vi: `Quy tắc ${key} gặp lỗi khi kiểm tra${cell === null ? "" : ` chỉ tiêu ${cell}`} (${error}); kết quả kiểm tra chưa đầy đủ.`,
    en: `Rule ${key} failed while checking${cell === null ? "" : ` indicator ${cell}`} (${error}); the check is incomplete.`,
  }),
  unknownCatalogVersion: (asked: string, used: string): Messages => ({
    vi: `Báo cáo ghi mẫu phụ lục “${asked}” nhưng không có mẫu này; đã kiểm tra theo mẫu ${used}.`,
    en: `The report names appendix template “${asked}”, which is unknown; checked against ${used}.`,
  }),
} as const;
