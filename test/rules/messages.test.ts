import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatVietnameseNumber } from "../../src/numbers/format.js";
import { type CheckOptions, checkReport, type Finding } from "../../src/rules/index.js";
import { num, roundShown } from "../../src/rules/messages.js";
import { mk } from "./report-builder.js";

// Every finding's text is what an officer reads to fix the report: each rule's message is pinned here in
// both languages (Vietnamese with vi-VN numbers `1.083`, `37,04%`; English with plain numbers), together
// with the values a program reads (`expected`, `actual`, `codes`).

function only(values: Parameters<typeof mk>[0], options?: CheckOptions): Finding {
  const fs = checkReport(mk(values), options).findings;
  expect(fs, fs.map((f) => f.rule).join(", ")).toHaveLength(1);
  return fs[0]!;
}

describe("messages of the arithmetic rules", () => {
  it("sum.parts", () => {
    const f = only({ "2.1": "1083", "2.1.1": "2", "2.1.2": "0" });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 2.1 ghi 1.083 nhưng tổng các chỉ tiêu thành phần (2.1.1, 2.1.2) là 2.",
      en: "Indicator 2.1 reports 1083 but its parts (2.1.1, 2.1.2) add up to 2.",
    });
    expect(f.expected).toEqual({ value: "2", exact: "2", description: "sum of 2.1.1, 2.1.2" });
    expect(f.actual).toEqual({ value: "1083", decimals: 0 });
  });

  it("subset.parts with one part and with several", () => {
    const one = only({ "4.2.a": "33", "4.2.b": "1034" });
    expect(one.messages).toEqual({
      vi: "Chỉ tiêu 4.2.b ghi 1.034, lớn hơn chỉ tiêu 4.2.a (33) mà nó là một phần (“trong đó”).",
      en: "Indicator 4.2.b reports 1034, more than 4.2.a (33), of which it is a part.",
    });
    expect(one.expected).toEqual({ value: "1034", description: "at least sum of 4.2.b" });
    const many = only({ "1.5.a": "3", "1.5.b": "2", "1.5.c": "1", "1.5.d": "1" });
    expect(many.messages).toEqual({
      vi: "Tổng các chỉ tiêu “trong đó” (1.5.b, 1.5.c, 1.5.d) là 4, lớn hơn chỉ tiêu 1.5.a (3).",
      en: "The parts (1.5.b, 1.5.c, 1.5.d) add up to 4, more than 1.5.a (3).",
    });
    expect(many.codes).toEqual(["1.5.a", "1.5.b", "1.5.c", "1.5.d"]);
  });

  it("rate.truncated (integer counts): shows the quotient cut one decimal further", () => {
    const f = only({ "1.2": "37,03%", "1.2.a": "27", "1.2.b": "10" });
    expect(f).toMatchObject({
      rule: "rate.truncated",
      severity: "warning",
      codes: ["1.2", "1.2.b", "1.2.a"],
    });
    expect(f.messages).toEqual({
      vi: "Tỷ lệ 1.2 ghi 37,03% trong khi 1.2.b / 1.2.a = 10/27 = 37,037…%; làm tròn đúng là 37,04% (số đã bị cắt bớt chữ số thay vì làm tròn).",
      en: "Rate 1.2 reports 37.03% while 1.2.b / 1.2.a = 10/27 = 37.037…%; correctly rounded it is 37.04% (digits were cut instead of rounded).",
    });
    expect(f.expected).toEqual({
      value: "37.04",
      exact: "37.03703703703703703703",
      decimals: 2,
      unit: "%",
      description: "1.2.b / 1.2.a × 100 = 10/27 × 100",
    });
    expect(f.actual).toEqual({
      value: "37.03",
      decimals: 2,
      unit: "%",
      interval: { low: "37.025", high: "37.035" },
    });
  });

  it("rate.mismatch (integer counts): shows the quotient rounded to 2 decimals, or exact when short", () => {
    const f = only({ "1.2": "38%", "1.2.a": "27", "1.2.b": "10" });
    expect(f).toMatchObject({ rule: "rate.mismatch", severity: "error" });
    expect(f.messages).toEqual({
      vi: "Tỷ lệ 1.2 ghi 38% nhưng 1.2.b / 1.2.a = 10/27 = 37,04%.",
      en: "Rate 1.2 reports 38% but 1.2.b / 1.2.a = 10/27 = 37.04%.",
    });
    expect(f.expected).toMatchObject({ value: "37", decimals: 0 });
    // 1/8 = 12.5% exactly: no rounding, no ellipsis
    const g = only({ "1.2": "12,6%", "1.2.a": "8", "1.2.b": "1" });
    expect(g.messages.en).toBe("Rate 1.2 reports 12.6% but 1.2.b / 1.2.a = 1/8 = 12.5%.");
    expect(g.expected).toMatchObject({ value: "12.5", exact: "12.5", decimals: 1 });
    expect(g.actual?.interval).toEqual({ low: "12.55", high: "12.65" });
    // below the interval as well as above
    expect(only({ "1.2": "12,4%", "1.2.a": "8", "1.2.b": "1" }).rule).toBe("rate.mismatch");
  });

  it("rate findings on money (decimal values) take the exact decimal path with the same texts", () => {
    const m = only({ "6.1": "50%", "6.1.a": "1.500,5", "6.1.b": "500,1" });
    expect(m.messages).toEqual({
      vi: "Tỷ lệ 6.1 ghi 50% nhưng 6.1.b / 6.1.a = 500,1/1.500,5 = 33,33%.",
      en: "Rate 6.1 reports 50% but 6.1.b / 6.1.a = 500.1/1500.5 = 33.33%.",
    });
    expect(m.expected).toEqual({
      value: "33",
      exact: "33.32889036987670776407",
      decimals: 0,
      unit: "%",
      description: "6.1.b / 6.1.a × 100 = 500.1/1500.5 × 100",
    });
    expect(m.actual).toEqual({
      value: "50",
      decimals: 0,
      unit: "%",
      interval: { low: "49.5", high: "50.5" },
    });
    const t = only({ "6.1": "33,32%", "6.1.a": "1.500,5", "6.1.b": "500,1" });
    expect(t.rule).toBe("rate.truncated");
    expect(t.messages.vi).toBe(
      "Tỷ lệ 6.1 ghi 33,32% trong khi 6.1.b / 6.1.a = 500,1/1.500,5 = 33,328…%; làm tròn đúng là 33,33% (số đã bị cắt bớt chữ số thay vì làm tròn).",
    );
    expect(t.expected).toMatchObject({ value: "33.33", decimals: 2 });
    expect(checkReport(mk({ "6.1": "33,33%", "6.1.a": "1.500,5", "6.1.b": "500,1" })).findings).toEqual([]);
  });

  it("rate.zero-denominator and rate.blank-denominator", () => {
    const z = only({ "3.5": "0%", "3.5.a": "0", "3.5.b": "0" });
    expect(z).toMatchObject({ rule: "rate.zero-denominator", severity: "warning", codes: ["3.5", "3.5.a"] });
    expect(z.messages).toEqual({
      vi: "Tỷ lệ 3.5 ghi 0% nhưng mẫu số 3.5.a bằng 0: tỷ lệ không xác định (không phải 0%), nên để trống và ghi chú.",
      en: "Rate 3.5 reports 0% but its denominator 3.5.a is 0: the rate is undefined (not 0%); leave it blank with a note.",
    });
    expect(z.expected).toEqual({ value: null, description: "undefined: 3.5.a = 0" });
    expect(z.actual).toEqual({ value: "0", decimals: 0, unit: "%" });
    const b = only({ "3.5": "100%", "3.5.b": "3" });
    expect(b.messages).toEqual({
      vi: "Tỷ lệ 3.5 ghi 100% nhưng mẫu số 3.5.a để trống: không kiểm tra được tỷ lệ; cần ghi mẫu số.",
      en: "Rate 3.5 reports 100% but its denominator 3.5.a is blank: the rate cannot be checked; report the denominator.",
    });
    expect(b.expected).toEqual({ value: null, description: "cannot be checked: 3.5.a is blank" });
  });

  it("a decimal zero denominator (0,0) is zero too; an unreadable one is left to structure.unparseable", () => {
    expect(only({ "6.1": "5%", "6.1.a": "0,0", "6.1.b": "1,5" }).rule).toBe("rate.zero-denominator");
    expect(checkReport(mk({ "6.1": "5%", "6.1.a": "0,5", "6.1.b": "0,025" })).findings).toEqual([]);
    expect(only({ "6.1": "5%", "6.1.a": "x", "6.1.b": "1" }).rule).toBe("structure.unparseable");
  });

  it("pair.compulsory", () => {
    const f = only({ "3.5": "50%", "3.5.a": "4" });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 3.5 có ghi số liệu nhưng chỉ tiêu 3.5.b (bắt buộc đi kèm) để trống.",
      en: "Indicator 3.5 is reported but 3.5.b, which must accompany it, is blank.",
    });
    expect(f.expected).toEqual({ value: null, description: "3.5.b reported" });
    expect(f.actual).toEqual({ value: null, description: "3.5.b blank" });
    expect(f.codes).toEqual(["3.5", "3.5.b"]);
  });

  it("pair.exclusive lists every offending row", () => {
    const f = only({ "1.6": "0", "1.6.a": "1038", "1.6.b": "1" });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 1.6 ghi 0 (không tổ chức khảo sát) nhưng lại có số liệu: 1.6.a = 1.038, 1.6.b = 1.",
      en: "Indicator 1.6 is 0 (no survey held) yet 1.6.a = 1038, 1.6.b = 1.",
    });
    expect(f.expected).toEqual({ value: null, description: "1.6.a, 1.6.b blank or 0 when 1.6 = 0" });
    expect(f.actual).toEqual({ value: "0", description: "1.6.a = 1038, 1.6.b = 1" });
    expect(f.codes).toEqual(["1.6", "1.6.a", "1.6.b"]);
    // one offending row of two: only that one is named
    expect(only({ "1.6": "0", "1.6.a": "0", "1.6.b": "1" }).codes).toEqual(["1.6", "1.6.b"]);
  });
});

describe("messages of the derivable rules", () => {
  it("derivable.rate", () => {
    const f = only({ "1.2": "", "1.2.a": "27", "1.2.b": "10" });
    expect(f).toMatchObject({ rule: "derivable.rate", severity: "info", codes: ["1.2", "1.2.b", "1.2.a"] });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 1.2 để trống nhưng tính được từ 1.2.b / 1.2.a = 10/27 = 37,04%.",
      en: "Indicator 1.2 is blank but 1.2.b / 1.2.a = 10/27 gives 37.04%.",
    });
    expect(f.expected).toEqual({
      value: "37.04",
      exact: "37.03703703703703703703",
      decimals: 2,
      unit: "%",
      description: "1.2.b / 1.2.a × 100",
    });
    expect(f.actual).toEqual({ value: null });
    // a short exact quotient is shown as is: 1/8 = 12.5%
    expect(only({ "1.2": "", "1.2.a": "8", "1.2.b": "1" }).messages.en).toBe(
      "Indicator 1.2 is blank but 1.2.b / 1.2.a = 1/8 gives 12.5%.",
    );
  });

  it("derivable.sum", () => {
    const f = only({ "2.1": "", "2.1.1": "2000", "2.1.2": "1" });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 2.1 để trống nhưng tổng các chỉ tiêu thành phần (2.1.1, 2.1.2) là 2.001.",
      en: "Indicator 2.1 is blank but its parts (2.1.1, 2.1.2) add up to 2001.",
    });
    expect(f.expected).toEqual({ value: "2001", exact: "2001", description: "sum of 2.1.1, 2.1.2" });
    expect(f.codes).toEqual(["2.1", "2.1.1", "2.1.2"]);
  });

  it("derivable.equal", () => {
    const f = only({ "3.4.1.a": "1234" });
    expect(f).toMatchObject({ rule: "derivable.equal", code: "7.7.4.a", codes: ["7.7.4.a", "3.4.1.a"] });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 7.7.4.a để trống nhưng chỉ tiêu 3.4.1.a (cùng một đại lượng) ghi 1.234.",
      en: "Indicator 7.7.4.a is blank but 3.4.1.a, which reports the same quantity, gives 1234.",
    });
    expect(f.expected).toEqual({ value: "1234", description: "same quantity as 3.4.1.a" });
  });
});

describe("messages of the cross-row rules", () => {
  it("cross-row.equal", () => {
    const f = only({ "7.7.4.a": "1083", "3.4.1.a": "80" });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 7.7.4.a ghi 1.083 nhưng chỉ tiêu 3.4.1.a (cùng một đại lượng) ghi 80.",
      en: "Indicator 7.7.4.a reports 1083 but 3.4.1.a, the same quantity, reports 80.",
    });
    expect(f.expected).toEqual({ value: "80", description: "same quantity as 3.4.1.a" });
    expect(f.actual).toEqual({ value: "1083", decimals: 0 });
  });

  it("cross-row.fraction-base", () => {
    const f = only({ "3.3.1": "54/55 TTHC", "3.1.4": "54" });
    expect(f).toMatchObject({ severity: "warning", codes: ["3.3.1", "3.1.4"] });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 3.3.1 ghi “54/55 TTHC”, tức trên tổng số 55, nhưng chỉ tiêu 3.1.4 ghi 54.",
      en: "Indicator 3.3.1 is written “54/55 TTHC”, i.e. out of 55, but 3.1.4 reports 54.",
    });
    expect(f.expected).toEqual({ value: "54", description: "the base is 3.1.4" });
    expect(f.actual).toEqual({ value: "55", description: "denominator of “54/55 TTHC”" });
  });
});

describe("messages of the structure rules", () => {
  it("structure.unknown-code", () => {
    const f = only({ "9.9": "1" });
    expect(f).toMatchObject({ severity: "warning", codes: ["9.9"] });
    expect(f.messages).toEqual({
      vi: "Mã chỉ tiêu 9.9 không có trong mẫu phụ lục 2022.",
      en: "Indicator 9.9 is not a row of the 2022 appendix template.",
    });
  });

  it("structure.unparseable carries the parser's reason", () => {
    const f = only({ "1.1": "abc" });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 1.1: không đọc được giá trị “abc” (không phải là số).",
      en: "Indicator 1.1: cannot read the value “abc” (not a number).",
    });
    expect(f.actual).toEqual({ value: "abc", description: "not-a-number" });
    expect(only({ "1.1": "1.23.4" }).actual).toEqual({ value: "1.23.4", description: "bad-grouping" });
    // a pre-parsed value that is not a number
    expect(only({ "1.1": { value: "1,5" } }).messages.en).toBe(
      "Indicator 1.1: cannot read the value “1,5” (not a number).",
    );
  });

  it("structure.code-not-in-list lists the codes", () => {
    const f = only({ "1.6": "2" });
    expect(f).toMatchObject({ severity: "error", codes: ["1.6"] });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 1.6 ghi “2”, không thuộc danh sách mã (Không = 0, Có = 1).",
      en: "Indicator 1.6 is “2”, not one of its codes (No = 0, Yes = 1).",
    });
    expect(f.expected).toEqual({ value: null, description: "Không = 0; Có = 1" });
    expect(f.actual).toEqual({ value: "2" });
    // a non-integer is never a code; a pre-parsed code is matched like a written one
    expect(only({ "1.6": "0,5" }).rule).toBe("structure.code-not-in-list");
    expect(checkReport(mk({ "1.6": { value: 1 } })).findings).toEqual([]);
  });

  it("structure.value-on-group", () => {
    const f = only({ "2.2": "08" });
    expect(f).toMatchObject({ severity: "info", codes: ["2.2"] });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 2.2 là dòng tiêu đề nhóm nhưng có ghi giá trị “08”; giá trị này không được kiểm tra.",
      en: "Indicator 2.2 is a group heading but holds the value “08”; it is not checked.",
    });
    expect(f.actual).toEqual({ value: "8" });
    // an unreadable value on a group heading is reported once, as a value on the group
    expect(only({ "2.2": "abc" })).toMatchObject({
      rule: "structure.value-on-group",
      actual: { value: "abc" },
    });
    expect(checkReport(mk({ "2.2": "-" })).findings).toEqual([]);
    expect(checkReport(mk({ "2.2": "" })).findings).toEqual([]);
  });

  it("structure.value-in-unit-column and the inline rate it enables", () => {
    const fs = checkReport(mk({ "7.5.3.a": { raw: "732VBĐT/876VBD", unit: "90,5%" } })).findings;
    expect(fs.map((f) => f.rule)).toEqual(["rate.mismatch", "structure.value-in-unit-column"]);
    const [m, s] = fs as [Finding, Finding];
    expect(m.messages.en).toBe("Rate 7.5.3.a reports 90.5% but numerator / denominator = 732/876 = 83.56%.");
    expect(m.expected).toMatchObject({ value: "83.6", decimals: 1 });
    expect(m.codes).toEqual(["7.5.3.a"]);
    expect(s.messages).toEqual({
      vi: "Chỉ tiêu 7.5.3.a ghi phân số “732VBĐT/876VBD” ở cột số liệu và tỷ lệ “90,5%” ở cột đơn vị; đã hiểu tỷ lệ báo cáo là 90,5% với tử số 732 và mẫu số 876.",
      en: "Indicator 7.5.3.a has the fraction “732VBĐT/876VBD” in the value column and the rate “90,5%” in the unit column; read as a reported rate of 90,5% with numerator 732 and denominator 876.",
    });
    expect(s.actual).toEqual({
      value: "90.5",
      decimals: 1,
      description: "unit column “90,5%”; value “732VBĐT/876VBD”",
    });
    // a fraction without a percentage in the unit cell is not read as a rate
    expect(
      checkReport(mk({ "7.5.3.a": { raw: "732/876", unit: "VB" } })).findings.map((f) => f.rule),
    ).toEqual(["structure.unit-differs"]);
  });

  it("structure.unit-differs", () => {
    const rows = { "7.8.2.a": "0", "3.4.1.a": "83", "7.7.4.a": "83" };
    const f = only({ ...rows, "7.8.2": { raw: "0", unit: "Hồ sơ" } });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 7.8.2 ghi đơn vị “Hồ sơ”, khác đơn vị của mẫu (“%”).",
      en: "Indicator 7.8.2 gives the unit “Hồ sơ”, not the template's (“%”).",
    });
    expect(f.actual).toEqual({ value: "Hồ sơ" });
    expect(f.expected).toEqual({ value: "%" });
    // case, spacing and punctuation do not make a unit differ; an empty unit cell is not a unit
    expect(checkReport(mk({ "1.1": { raw: "3", unit: "Văn bản." } })).findings).toEqual([]);
    expect(checkReport(mk({ "1.1": { raw: "3", unit: " " } })).findings).toEqual([]);
    // a template unit whose English differs is named in both languages in the English text
    expect(only({ "1.1": { raw: "3", unit: "Hồ sơ" } }).messages).toEqual({
      vi: "Chỉ tiêu 1.1 ghi đơn vị “Hồ sơ”, khác đơn vị của mẫu (“Văn bản”).",
      en: "Indicator 1.1 gives the unit “Hồ sơ”, not the template's (“Văn bản”, document).",
    });
  });

  it("structure.not-whole shows the cell as written and the number read", () => {
    const f = only({ "1.1": "1234,5" });
    expect(f).toMatchObject({ severity: "error", codes: ["1.1"], actual: { value: "1234.5", decimals: 1 } });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 1.1 là số đếm nhưng ghi “1234,5” (= 1.234,5), không phải số nguyên.",
      en: "Indicator 1.1 is a count but reads “1234,5” (= 1234.5), not a whole number.",
    });
    // a pre-parsed value has no written form: the value itself is shown
    expect(only({ "2.1.1": { value: "2.50" } }).messages.en).toBe(
      "Indicator 2.1.1 is a count but reads “2.50” (= 2.50), not a whole number.",
    );
  });

  it("the language option picks `message`", () => {
    const values = { "2.1": "3", "2.1.1": "2", "2.1.2": "0" };
    expect(only(values).message).toBe(only(values).messages.vi);
    expect(only(values, { lang: "en" }).message).toBe(only(values).messages.en);
    expect(only(values, { lang: "fr" as "en" }).message).toBe(only(values).messages.vi);
  });
});

describe("numbers shown in rate findings (second round of mutation testing)", () => {
  it("the expected value is rounded half-up at a tie", () => {
    // 1/8 = 12.5%: written 11% (0 decimals) is wrong; correctly rounded it is 13
    expect(only({ "1.2": "11%", "1.2.a": "8", "1.2.b": "1" }).expected).toMatchObject({
      value: "13",
      exact: "12.5",
    });
  });
  it("the reported interval of 0% and of a negative rate", () => {
    expect(only({ "1.2": "0%", "1.2.a": "27", "1.2.b": "10" }).actual?.interval).toEqual({
      low: "-0.5",
      high: "0.5",
    });
    expect(only({ "1.2": "-5%", "1.2.a": "27", "1.2.b": "10" }).actual?.interval).toEqual({
      low: "-5.5",
      high: "-4.5",
    });
  });
  it("a truncation shows the quotient cut, not rounded, one decimal further", () => {
    // 2/3 = 66.666…%: written 66,66% is cut; shown as 66,666…% (not 66,667)
    expect(only({ "1.2": "66,66%", "1.2.a": "3", "1.2.b": "2" }).messages.en).toBe(
      "Rate 1.2 reports 66.66% while 1.2.b / 1.2.a = 2/3 = 66.666…%; correctly rounded it is 66.67% (digits were cut instead of rounded).",
    );
  });
  it("a quotient with exactly one decimal more than written is shown without an ellipsis", () => {
    // 439/50000 = 0.878%: written 0,87% is cut
    expect(only({ "1.2": "0,87%", "1.2.a": "50000", "1.2.b": "439" }).messages.en).toBe(
      "Rate 1.2 reports 0.87% while 1.2.b / 1.2.a = 439/50000 = 0.878%; correctly rounded it is 0.88% (digits were cut instead of rounded).",
    );
    // the same on the decimal path (money)
    expect(only({ "6.1": "0,87%", "6.1.a": "500", "6.1.b": "4,39" }).messages.en).toBe(
      "Rate 6.1 reports 0.87% while 6.1.b / 6.1.a = 4.39/500 = 0.878%; correctly rounded it is 0.88% (digits were cut instead of rounded).",
    );
  });
  it("a whole quotient on the decimal path is shown without decimals", () => {
    expect(only({ "6.1": "30%", "6.1.a": "6,0", "6.1.b": "1,5" }).messages.en).toBe(
      "Rate 6.1 reports 30% but 6.1.b / 6.1.a = 1.5/6.0 = 25%.",
    );
  });
});

describe("numbers in Vietnamese messages", () => {
  it("are written the vi-VN way, whatever their size (law: same as formatVietnameseNumber)", () => {
    const decimal = fc
      .tuple(
        fc.boolean(),
        fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 9 }),
        fc.option(fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 4 }), {
          nil: undefined,
        }),
      )
      .map(([neg, int, frac]) => `${neg ? "-" : ""}${int}${frac === undefined ? "" : `.${frac}`}`);
    fc.assert(
      fc.property(decimal, fc.boolean(), fc.boolean(), (v, percent, cut) => {
        const expected = `${formatVietnameseNumber(v)}${cut ? "…" : ""}${percent ? "%" : ""}`;
        expect(num(cut ? `${v}…` : v, "vi", percent)).toBe(expected);
        expect(num(v, "en")).toBe(v);
      }),
      { numRuns: process.env.CCHC_MUTATION !== undefined ? 200 : 3000 },
    );
    expect(num("37.04", "vi", true)).toBe("37,04%");
    expect(num("20000", "vi")).toBe("20.000");
    expect(num("037.5", "vi")).toBe("37,5");
  });

  it("a number too long for the formatter is shown as written, with its ellipsis and percent sign", () => {
    const long = `1${"0".repeat(200)}.5`;
    expect(num(long, "vi")).toBe(long);
    expect(num(`${long}…`, "vi", true)).toBe(`${long}…%`);
    expect(num(long, "en")).toBe(long);
  });
});

describe("a computed value shown at a precision", () => {
  it("is rounded half-up when it has more decimals than kept, else shown as it is", () => {
    expect(roundShown("37.037037", 2)).toBe("37.04");
    expect(roundShown("12.5", 2)).toBe("12.5");
    expect(roundShown("150", 2)).toBe("150");
  });

  it("beyond the 100 decimals rounding allows, is cut with an ellipsis instead", () => {
    const exact = `0.${"3".repeat(110)}`;
    expect(roundShown(exact, 101)).toBe(`0.${"3".repeat(101)}…`);
  });
});
