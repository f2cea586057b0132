import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../src/io/index.js";
import type { IndicatorValue, Report } from "../../src/model/index.js";

const base: Report = {
  format: "cchc.report/1",
  agency: { id: "khanh-hoa/skhcn" },
  period: { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" },
  values: {},
};
const check = (narrative: string, values: Record<string, IndicatorValue>, lang?: "vi" | "en") =>
  checkNarrative({ ...base, values, narrative }, lang ? { lang } : {});
/** `[stated, expected]` of each appendix mismatch. */
const mismatches = (narrative: string, values: Record<string, IndicatorValue>) =>
  check(narrative, values).map((f) => [f.actual?.value, f.expected?.value]);

describe("checkNarrative: figures in the prose against the appendix", () => {
  it("reports a procedure count that differs from 3.1.4, in Vietnamese by default", () => {
    const [f, ...rest] = check("Tổng số TTHC thuộc thẩm quyền của Sở: 56 TTHC.", { "3.1.4": { raw: "54" } });
    expect(rest).toEqual([]);
    expect(f).toEqual({
      rule: "narrative.appendix-mismatch",
      severity: "warning",
      code: "3.1.4",
      codes: ["3.1.4"],
      message: "số TTHC đang có hiệu lực trong bài (56) khác phụ lục 3.1.4 (54)",
      messages: {
        vi: "số TTHC đang có hiệu lực trong bài (56) khác phụ lục 3.1.4 (54)",
        en: "procedures in force in the text (56) differ from appendix 3.1.4 (54)",
      },
      source: "narrative",
      expected: { value: "54" },
      actual: { value: "56" },
      excerpt: "Tổng số TTHC thuộc thẩm quyền của Sở: 56 TTHC",
    });
  });

  it("reports pending dossiers against 3.4.1.a − 3.4.1.b, naming both codes", () => {
    const values = { "3.4.1.a": { raw: "83" }, "3.4.1.b": { raw: "80" } };
    const [f, ...rest] = check("Số hồ sơ đang giải quyết: 4.", values, "en");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "narrative.appendix-mismatch",
      severity: "warning",
      code: "3.4.1.a",
      codes: ["3.4.1.a", "3.4.1.b"],
      message: "dossiers pending in the text (4) differ from appendix 3.4.1.a − 3.4.1.b (3)",
      messages: {
        vi: "số hồ sơ đang giải quyết trong bài (4) khác phụ lục 3.4.1.a − 3.4.1.b (3)",
        en: "dossiers pending in the text (4) differ from appendix 3.4.1.a − 3.4.1.b (3)",
      },
      expected: { value: "3" },
      actual: { value: "4" },
      excerpt: "hồ sơ đang giải quyết: 4",
    });
    expect(check("Số hồ sơ đang giải quyết: 3.", values)).toEqual([]);
  });

  it("names the one code of received and resolved dossiers", () => {
    const values = { "3.4.1.a": { raw: "83" }, "3.4.1.b": { raw: "80" } };
    const found = check("Đã tiếp nhận 85 hồ sơ; hồ sơ đã giải quyết xong: 79.", values);
    expect(found.map((f) => [f.codes, f.messages.vi])).toEqual([
      [["3.4.1.a"], "số hồ sơ đã tiếp nhận trong bài (85) khác phụ lục 3.4.1.a (83)"],
      [["3.4.1.b"], "số hồ sơ đã giải quyết trong bài (79) khác phụ lục 3.4.1.b (80)"],
    ]);
    expect(found[1]?.messages.en).toBe(
      "dossiers resolved in the text (79) differ from appendix 3.4.1.b (80)",
    );
  });

  it("reads the appendix value whether given as a number, a decimal string or as written", () => {
    const text = "Bộ phận một cửa đã tiếp nhận 85 hồ sơ.";
    expect(mismatches(text, { "3.4.1.a": { value: 83 } })).toEqual([["85", "83"]]);
    expect(mismatches(text, { "3.4.1.a": { value: "83" } })).toEqual([["85", "83"]]);
    expect(mismatches(text, { "3.4.1.a": { raw: "83 hồ sơ" } })).toEqual([["85", "83"]]);
    expect(mismatches(text, { "3.4.1.a": { value: 85 } })).toEqual([]);
  });

  it("stays silent when the appendix value is missing, not reported, a percentage, a fraction or not a number", () => {
    const text = "Tổng số TTHC của Sở: 56 TTHC. Bộ phận một cửa đã tiếp nhận 85 hồ sơ.";
    expect(check(text, {})).toEqual([]);
    expect(check(text, { "3.1.4": {}, "3.4.1.a": { value: null } })).toEqual([]);
    expect(check(text, { "3.1.4": { raw: "54%" }, "3.4.1.a": { raw: "83%" } })).toEqual([]);
    expect(check(text, { "3.1.4": { raw: "54/55 TTHC" }, "3.4.1.a": { raw: "83/85" } })).toEqual([]);
    expect(check(text, { "3.1.4": { raw: "không" }, "3.4.1.a": { raw: "" } })).toEqual([]);
  });

  it("needs both 3.4.1.a and 3.4.1.b for pending dossiers", () => {
    const text = "Số hồ sơ đang giải quyết: 4.";
    expect(check(text, { "3.4.1.a": { raw: "83" } })).toEqual([]);
    expect(check(text, { "3.4.1.b": { raw: "80" } })).toEqual([]);
    expect(mismatches(text, { "3.4.1.a": { raw: "83" }, "3.4.1.b": { raw: "80" } })).toEqual([["4", "3"]]);
  });

  it("reports every mention that disagrees, not the ones that agree", () => {
    const text = "Đã tiếp nhận: 85. Sau đó, đã tiếp nhận 83 hồ sơ. Cuối kỳ đã tiếp nhận 90 hồ sơ.";
    expect(mismatches(text, { "3.4.1.a": { raw: "83" } })).toEqual([
      ["85", "83"],
      ["90", "83"],
    ]);
  });
});
