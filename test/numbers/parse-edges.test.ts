import { describe, expect, it } from "vitest";
import {
  MAX_NUMBER_INPUT_CHARS,
  type ParsedValue,
  type ParseNumberOptions,
  type ParseNumberResult,
  parseVietnameseNumber,
} from "../../src/numbers/index.js";

// Edge cases of parseVietnameseNumber found by mutation testing (docs/quality.md): each pins a reading
// rule, a boundary or the text of an error a user sees.

function ok(text: string, o?: ParseNumberOptions): ParsedValue {
  const r = parseVietnameseNumber(text, o);
  if (!r.ok) throw new Error(`expected ok for ${text}: ${r.error.code}`);
  return r.value;
}
function err(text: string, o?: ParseNumberOptions): Extract<ParseNumberResult, { ok: false }>["error"] {
  const r = parseVietnameseNumber(text, o);
  if (r.ok) throw new Error(`expected a failure for ${text}`);
  return r.error;
}

describe("error texts", () => {
  it("each code has its bilingual message", () => {
    expect(err("abc").message).toEqual({ vi: "không phải là số", en: "not a number" });
    expect(err("1.23.4").message).toEqual({
      vi: "dấu phân cách hàng nghìn/thập phân không hợp lệ",
      en: "invalid thousands/decimal separators",
    });
    expect(err("1".repeat(65)).message).toEqual({
      vi: "số quá dài (tối đa 200 ký tự, 64 chữ số có nghĩa)",
      en: "number too long (at most 200 characters, 64 significant digits)",
    });
    expect(err("3٣").message).toEqual({
      vi: "chữ số ASCII lẫn với chữ số của hệ chữ khác (toàn độ rộng, Ả Rập…)",
      en: "ASCII digits mixed with digits of another script (full-width, Arabic-Indic…)",
    });
  });
  it("digits of one unsupported script say which digits are supported", () => {
    expect(err("٣٤")).toEqual({
      code: "not-a-number",
      message: {
        vi: "không phải là số: chỉ hỗ trợ chữ số ASCII và chữ số toàn độ rộng",
        en: "not a number: only ASCII and full-width digits are supported",
      },
      input: "٣٤",
    });
  });
  it("the error echoes the whole input, cut to 50 characters", () => {
    expect(err("1.23.4/5").input).toBe("1.23.4/5");
    expect(err(`${"x".repeat(60)}`).input).toBe("x".repeat(50));
    expect(err(5 as unknown as string)).toMatchObject({ code: "not-a-number", input: "5" });
  });
});

/** The ambiguity note of a number reading, in one language (undefined when the reading is not ambiguous). */
function ambiguityReason(text: string, lang: "vi" | "en"): string | undefined {
  const v = ok(text);
  return v.kind === "number" ? v.ambiguity?.reason[lang] : undefined;
}

describe("ambiguity notes", () => {
  it("explain each reading rule", () => {
    const reason = (t: string) => ambiguityReason(t, "en");
    expect(reason("1.234")).toBe(
      "a single dot followed by exactly 3 digits was read as a Vietnamese thousands separator; in en-US it would be a decimal point",
    );
    expect(reason("1,234")).toBe(
      "a single comma followed by exactly 3 digits was read as a Vietnamese decimal comma; in en-US it would be a thousands separator",
    );
    expect(reason("1.5")).toBe(
      "a dot not followed by exactly 3 digits cannot be a Vietnamese thousands separator; read as an en-US decimal point",
    );
    expect(reason("1,234,567")).toBe("several commas grouping 3 digits: read as en-US thousands separators");
    expect(reason("1,234.5")).toBe("comma thousands separators with a decimal point: read as en-US");
    const v = ok("1.234");
    if (v.kind !== "number" || !v.ambiguity) throw new Error("expected an ambiguity");
    expect(v.ambiguity.reason.vi).toMatch(/^một dấu chấm theo sau bởi đúng 3 chữ số/);
  });
  it("give the other reading, or null when there is none", () => {
    expect(ok("1,023")).toMatchObject({
      value: "1.023",
      ambiguity: { rule: "comma-decimal", alternative: "1023" },
    });
    expect(ok("1,234,567")).toMatchObject({ ambiguity: { alternative: null } });
    expect(ok("1,234.5")).toMatchObject({ ambiguity: { alternative: null } });
    expect(ok("999.999")).toMatchObject({ value: "999999", ambiguity: { alternative: "999.999" } });
  });
  it("a first group of 4 digits, or one starting with 0, cannot be thousands", () => {
    expect(ok("1234.567")).toMatchObject({
      value: "1234.567",
      decimals: 3,
      ambiguity: { rule: "dot-decimal" },
    });
    expect(ok("1234,567")).toEqual({
      kind: "number",
      value: "1234.567",
      decimals: 3,
      percent: false,
      raw: "1234,567",
    });
    expect(ok("0.123")).toMatchObject({ value: "0.123", decimals: 3 });
    expect(err("0.123.456").code).toBe("bad-grouping");
    expect(err("1234.567.890").code).toBe("bad-grouping");
    expect(err("1.2345.678").code).toBe("bad-grouping");
  });
});

describe("forced locales", () => {
  it("vi: dot groups, comma decimals", () => {
    expect(ok("1234,5", { locale: "vi" })).toMatchObject({ value: "1234.5", decimals: 1 });
    expect(ok("1.234.567,25", { locale: "vi" })).toMatchObject({ value: "1234567.25", decimals: 2 });
    expect(err("1,2.3", { locale: "vi" }).code).toBe("bad-grouping");
    expect(err("12.34", { locale: "vi" }).code).toBe("bad-grouping");
    expect(err("1234.567", { locale: "vi" }).code).toBe("bad-grouping");
  });
  it("en: comma groups, dot decimals", () => {
    expect(ok("1,234,567.25", { locale: "en" })).toMatchObject({ value: "1234567.25", decimals: 2 });
    expect(ok("1234.5", { locale: "en" })).toMatchObject({ value: "1234.5" });
    expect(err("1.2,3", { locale: "en" }).code).toBe("bad-grouping");
    expect(err("1.2.3", { locale: "en" }).code).toBe("bad-grouping");
  });
  it("an unknown locale is auto", () => {
    expect(ok("1.234", { locale: "fr" as "vi" })).toMatchObject({ ambiguity: { rule: "dot-thousands" } });
  });
});

describe("mixed separators", () => {
  it("two decimal commas or two decimal points are bad grouping", () => {
    expect(err("1.234,5,6").code).toBe("bad-grouping");
    expect(err("1,234.5.6").code).toBe("bad-grouping");
    expect(ok("1,2")).toMatchObject({ value: "1.2", decimals: 1 });
    expect(ok("1,2")).not.toHaveProperty("ambiguity");
  });
  it("a trailing separator is bad grouping, not a unit", () => {
    expect(err("5,").code).toBe("bad-grouping");
    expect(err("5.,").code).toBe("bad-grouping");
  });
});

describe("units, signs and percent", () => {
  it("a unit is a word of letters; one glued letter is not", () => {
    expect(ok("5 a")).toMatchObject({ value: "5", unitWord: "a" });
    expect(err("5a").code).toBe("not-a-number");
    expect(ok("5ab")).toMatchObject({ value: "5", unitWord: "ab" });
    expect(ok(`5 ${"a".repeat(40)}`)).toMatchObject({ unitWord: "a".repeat(40) });
    expect(err(`5 ${"a".repeat(41)}`).code).toBe("not-a-number");
    expect(err("5 TTHC 2").code).toBe("not-a-number");
    expect(ok("5 văn bản")).not.toHaveProperty("normalized");
  });
  it("signs: minus only when the value is not zero", () => {
    expect(ok("-0,00")).toMatchObject({ value: "0.00", decimals: 2 });
    expect(ok("-0,01")).toMatchObject({ value: "-0.01" });
    expect(ok("−1.234")).toMatchObject({ value: "-1234" });
    expect(ok("+1,5%")).toMatchObject({ value: "1.5", percent: true });
    expect(ok("-5%")).toMatchObject({ value: "-5", percent: true });
  });
  it("the none marks, each alone", () => {
    expect(ok("−")).toEqual({ kind: "none", raw: "−" });
    expect(ok("—")).toEqual({ kind: "none", raw: "—" });
    expect(ok(" – ")).toEqual({ kind: "none", raw: " – " });
    expect(err("--").code).toBe("not-a-number");
  });
});

describe("limits", () => {
  it("200 characters pass, 201 do not", () => {
    expect(MAX_NUMBER_INPUT_CHARS).toBe(200);
    expect(ok(" ".repeat(200))).toEqual({ kind: "blank", raw: " ".repeat(200) });
    expect(ok(`${" ".repeat(199)}7`)).toMatchObject({ value: "7" });
    expect(err(`${" ".repeat(200)}7`).code).toBe("too-long");
  });
  it("64 significant digits pass; leading zeros, also after the decimal comma, do not count", () => {
    expect(ok(`0,${"0".repeat(10)}${"1".repeat(64)}`)).toMatchObject({ decimals: 74 });
    expect(err(`0,${"0".repeat(10)}${"1".repeat(65)}`).code).toBe("too-long");
    expect(ok(`${"1".repeat(32)},${"1".repeat(32)}`)).toMatchObject({ decimals: 32 });
    expect(err(`${"1".repeat(32)},${"1".repeat(33)}`).code).toBe("too-long");
    expect(ok(`000${"1".repeat(16)}`)).toMatchObject({ value: "1".repeat(16) });
  });
});

describe("full-width text", () => {
  it("full-width digits, letters and the ideographic space are normalised", () => {
    expect(ok("３７\u3000ＴＴＨＣ")).toEqual({
      kind: "number",
      value: "37",
      decimals: 0,
      percent: false,
      unitWord: "TTHC",
      raw: "３７\u3000ＴＴＨＣ",
      normalized: "full-width",
    });
    expect(ok("５４/５５")).toEqual({
      kind: "fraction",
      numerator: "54",
      denominator: "55",
      raw: "５４/５５",
      normalized: "full-width",
    });
  });
  it("full-width digits mixed with another script are mixed scripts", () => {
    expect(err("３٣").code).toBe("mixed-scripts");
  });
});

describe("fractions", () => {
  it("units on the numerator only, on both sides, or shared", () => {
    expect(ok("3 TTHC/4")).toEqual({
      kind: "fraction",
      numerator: "3",
      denominator: "4",
      numeratorUnit: "TTHC",
      raw: "3 TTHC/4",
    });
    expect(ok("54/55")).toEqual({ kind: "fraction", numerator: "54", denominator: "55", raw: "54/55" });
    expect(ok(" 1.234 / 2.000 ")).toMatchObject({ numerator: "1234", denominator: "2000" });
  });
  it("a bad side fails with the code of that side and the whole input", () => {
    expect(err("abc/5")).toMatchObject({ code: "not-a-number", input: "abc/5" });
    expect(err("5/1.23.4")).toMatchObject({ code: "bad-grouping", input: "5/1.23.4" });
    expect(err("5/6%").code).toBe("not-a-number");
    expect(err("5/-6").code).toBe("not-a-number");
  });
});

describe("second round of mutation testing", () => {
  it("every ambiguity note is also in Vietnamese", () => {
    const vi = (t: string) => ambiguityReason(t, "vi");
    expect(vi("1,234")).toBe(
      "một dấu phẩy theo sau bởi đúng 3 chữ số được đọc là dấu thập phân (kiểu Việt Nam); theo kiểu Anh–Mỹ đó là dấu phân cách hàng nghìn",
    );
    expect(vi("1.5")).toBe(
      "dấu chấm không theo sau bởi đúng 3 chữ số nên không thể là dấu hàng nghìn; đã đọc là dấu thập phân kiểu Anh–Mỹ",
    );
    expect(vi("1,234,567")).toBe(
      "nhiều dấu phẩy chia nhóm 3 chữ số: đã đọc là dấu phân cách hàng nghìn kiểu Anh–Mỹ",
    );
    expect(vi("1,234.5")).toBe(
      "dấu phẩy phân cách hàng nghìn và dấu chấm thập phân: đã đọc theo kiểu Anh–Mỹ",
    );
  });
});
