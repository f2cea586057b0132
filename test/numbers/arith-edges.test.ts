import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDecimal,
  compareDecimal,
  compareReportedRate,
  compareReportedSum,
  compareReportedValue,
  formatRate,
  formatVietnameseNumber,
  InvalidDecimalError,
  intervalOf,
  isDecimalString,
  parseVietnameseNumber,
  rate,
  roundDecimal,
  sumDecimals,
  sumIntervals,
  toDecimalString,
} from "../../src/numbers/index.js";
import { rateWithDecimalJs } from "../../src/numbers/rate.js";

// Edge cases of the exact arithmetic found by mutation testing (docs/quality.md).

describe("rate: failures carry their bilingual reason", () => {
  it("zero denominator, invalid input, negative", () => {
    expect(rate(1, 0)).toEqual({
      ok: false,
      value: null,
      reason: "zero-denominator",
      error: {
        code: "zero-denominator",
        message: {
          vi: "mẫu số bằng 0: tỷ lệ không xác định (không phải 0%)",
          en: "zero denominator: the rate is undefined (not 0%)",
        },
      },
    });
    expect(rate("x", 1)).toMatchObject({
      error: {
        code: "invalid-input",
        message: {
          vi: "tử số, mẫu số hoặc tùy chọn không hợp lệ",
          en: "invalid numerator, denominator or option",
        },
      },
    });
    expect(rate(-1, 2)).toMatchObject({
      error: {
        code: "negative",
        message: { vi: "tử số hoặc mẫu số âm", en: "negative numerator or denominator" },
      },
    });
  });
  it("option bounds: decimals 0…20, a positive factor", () => {
    expect(rate(1, 3, { decimals: -1 })).toMatchObject({ ok: false, reason: "invalid-input" });
    expect(rate(1, 3, { decimals: 20 })).toMatchObject({ ok: true, value: "33.33333333333333333333" });
    expect(rate(1, 3, { decimals: 0 })).toMatchObject({ ok: true, value: "33" });
    expect(rate(1, 3, { factor: "0.000" })).toMatchObject({ ok: false, reason: "invalid-input" });
    expect(rate(1, 8, { factor: 1000, decimals: 0 })).toMatchObject({ ok: true, value: "125" });
    expect(rate(1, 8, { factor: "0.5", decimals: 4 })).toMatchObject({ ok: true, value: "0.0625" });
    expect(rate(0, 0, { allowNegative: true })).toMatchObject({ ok: false, reason: "zero-denominator" });
  });
});

describe("rate: exact value, repeating and truncation flags", () => {
  it("on the integer path", () => {
    expect(rate(1, 8, { decimals: 0 })).toEqual({
      ok: true,
      value: "13",
      exact: "12.5",
      exactTruncated: false,
      repeating: false,
      decimals: 0,
      rounding: "half-up",
    });
    expect(rate(1, 4)).toMatchObject({
      value: "25.00",
      exact: "25",
      repeating: false,
      exactTruncated: false,
    });
    expect(rate(1, 3, { decimals: 0 })).toMatchObject({
      value: "33",
      exact: "33.33333333333333333333",
      repeating: true,
      exactTruncated: true,
    });
    expect(rate(1, 7, { decimals: 5 })).toMatchObject({ exact: "14.28571428571428571428", repeating: true });
    expect(rate(1, 2 ** 30, { decimals: 0, factor: 1 })).toMatchObject({
      exact: "0.00000000093132257461",
      exactTruncated: true,
      repeating: false,
    });
    expect(rate(0, 7)).toMatchObject({ value: "0.00", exact: "0", repeating: false });
    expect(rate(-1, 3, { allowNegative: true, decimals: 1 })).toMatchObject({
      value: "-33.3",
      exact: "-33.33333333333333333333",
    });
    expect(rate(1, -8, { allowNegative: true, decimals: 1 })).toMatchObject({
      value: "-12.5",
      exact: "-12.5",
    });
    expect(rate(-1, -8, { allowNegative: true, decimals: 1 })).toMatchObject({
      value: "12.5",
      exact: "12.5",
    });
  });
  it("a large denominator still gives 20 exact decimals", () => {
    const d = 123_456_789_011;
    const r = rate(1, d, { factor: 1, decimals: 0 });
    expect(r).toMatchObject({ ok: true, value: "0", repeating: true, exactTruncated: true });
    // 1 / 123456789011 = 8.100000072988…e-12, cut at 20 decimals
    expect(r.ok && r.exact).toBe("0.00000000000810000007");
    expect(r).toEqual(rate("1.0", String(d), { factor: 1, decimals: 0 }));
    expect(rate(7, 999_999_999_989, { decimals: 2 })).toEqual(rate("7.0", "999999999989", { decimals: 2 }));
  });
  it("the decimal path (non-integer inputs) gives the same fields as the integer path", () => {
    fc.assert(
      fc.property(
        fc.nat(100_000),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom("half-up", "half-down", "half-even", "down", "up" as const),
        (n, d, decimals, rounding) => {
          const o = { decimals, rounding };
          expect(rate(`${n}.0`, `${d}.00`, o)).toEqual(rate(n, d, o));
        },
      ),
    );
  });
  it("terminating and repeating decimals on the decimal path", () => {
    expect(rate("0.1", "0.4")).toMatchObject({
      value: "25.00",
      exact: "25",
      repeating: false,
      exactTruncated: false,
    });
    expect(rate("1", "0.3", { decimals: 0 })).toMatchObject({
      value: "333",
      repeating: true,
      exactTruncated: true,
    });
    expect(rate("1", "0.8")).toMatchObject({ value: "125.00", repeating: false });
    expect(rate("-0.5", "2", { allowNegative: true, decimals: 0 })).toMatchObject({
      value: "-25",
      exact: "-25",
    });
    expect(rate("-0.001", "2", { allowNegative: true, decimals: 0 })).toMatchObject({
      value: "0",
      exact: "-0.05",
    });
    expect(rate("0.0", "2.5")).toMatchObject({ value: "0.00", exact: "0" });
  });
});

describe("decimal helpers: boundaries", () => {
  it("isDecimalString accepts 200 characters", () => {
    expect(isDecimalString("1".repeat(200))).toBe(true);
    expect(isDecimalString("+1.5")).toBe(true);
    expect(isDecimalString("1.")).toBe(false);
    expect(isDecimalString(".5")).toBe(false);
  });
  it("toDecimalString canonicalises signs and zeros", () => {
    expect(toDecimalString("+0")).toBe("0");
    expect(toDecimalString("-0")).toBe("0");
    expect(toDecimalString("-007")).toBe("-7");
    expect(toDecimalString("000")).toBe("0");
    expect(toDecimalString("00.50")).toBe("0.50");
    expect(toDecimalString("-00.50")).toBe("-0.50");
    expect(toDecimalString(-0)).toBe("0");
    expect(toDecimalString(-12)).toBe("-12");
    expect(toDecimalString(1.5)).toBe("1.5");
    expect(toDecimalString(1e-7)).toBe("0.0000001");
    expect(toDecimalString(Number.POSITIVE_INFINITY)).toBeNull();
    expect(toDecimalString("1".repeat(201))).toBeNull();
  });
  it("compareDecimal on every input shape", () => {
    expect(compareDecimal("2", "10")).toBe(-1);
    expect(compareDecimal("7", "7")).toBe(0);
    expect(compareDecimal(-3, 2)).toBe(-1);
    expect(compareDecimal(2.5, 2.5)).toBe(0);
    expect(compareDecimal("1.5", 2)).toBe(-1);
    expect(compareDecimal(2, "1.5")).toBe(1);
    expect(compareDecimal("-0.1", "0")).toBe(-1);
    expect(() => compareDecimal(1, Number.NaN)).toThrow(InvalidDecimalError);
    expect(() => compareDecimal(Number.POSITIVE_INFINITY, 1)).toThrow(InvalidDecimalError);
  });
  it("InvalidDecimalError names the input in both languages", () => {
    let caught: unknown;
    try {
      compareDecimal("1,5", "1");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidDecimalError);
    const e = caught as InvalidDecimalError;
    expect(e.name).toBe("InvalidDecimalError");
    expect(e.code).toBe("invalid-input");
    expect(e.messages).toEqual({
      vi: 'không phải số thập phân hợp lệ: "1,5"',
      en: 'not a valid decimal number: "1,5"',
    });
    expect(e.message).toBe('không phải số thập phân hợp lệ: "1,5" / not a valid decimal number: "1,5"');
    expect(new InvalidDecimalError("x".repeat(50)).messages.en).toBe(
      `not a valid decimal number: "${"x".repeat(40)}"`,
    );
    expect(new InvalidDecimalError(Number.NaN).messages.en).toBe("not a valid decimal number: NaN");
  });
  it("sums mix integers, decimals and numbers", () => {
    expect(sumDecimals(["1", "0.5"])).toBe("1.5");
    expect(sumDecimals([0.5, 1])).toBe("1.5");
    expect(sumDecimals(["0.5", "-0.5"])).toBe("0");
    expect(sumDecimals(["1", "-1"])).toBe("0");
    expect(sumDecimals(["10000000000000000", "1"])).toBe("10000000000000001");
    expect(addDecimal()).toBe("0");
    expect(() => sumDecimals([1, Number.NaN])).toThrow(InvalidDecimalError);
  });
  it("roundDecimal: bounds of decimals, modes, negative decimals", () => {
    expect(roundDecimal("1.5", 100)).toBe(`1.5${"0".repeat(99)}`);
    expect(() => roundDecimal("1.5", 101)).toThrow(InvalidDecimalError);
    expect(roundDecimal("123", -20)).toBe("0");
    expect(() => roundDecimal("1", -21)).toThrow(InvalidDecimalError);
    expect(() => roundDecimal("1", 2, "bogus" as "up")).toThrow(InvalidDecimalError);
    expect(roundDecimal("12350", -2, "half-even")).toBe("12400");
    expect(roundDecimal("12250", -2, "half-even")).toBe("12200");
    expect(roundDecimal("12250", -2, "half-down")).toBe("12200");
    expect(roundDecimal("12201", -2, "up")).toBe("12300");
    expect(roundDecimal("-0.001", 2)).toBe("0.00");
    expect(roundDecimal("-1.005", 2)).toBe("-1.01");
    expect(roundDecimal("0.125", 2, "half-down")).toBe("0.12");
    expect(roundDecimal("0.121", 2, "up")).toBe("0.13");
  });
});

describe("format", () => {
  it("groups from 4 digits, keeps signs, never writes -0", () => {
    expect(formatVietnameseNumber("1000")).toBe("1.000");
    expect(formatVietnameseNumber("-1234.5")).toBe("-1.234,5");
    expect(formatVietnameseNumber("-0.00")).toBe("0,00");
    expect(formatVietnameseNumber("-5")).toBe("-5");
    expect(formatVietnameseNumber("0.125", { decimals: 2 })).toBe("0,13");
    expect(formatVietnameseNumber("1234", { percent: false })).toBe("1.234");
    expect(formatVietnameseNumber("1234", { grouping: true })).toBe("1.234");
  });
  it("formatRate keeps the rate's decimals; options for percent, grouping and the undefined text", () => {
    expect(formatRate(rate(12345, 10, { factor: 1 }))).toBe("1.234,50%");
    expect(formatRate(rate(12345, 10, { factor: 1 }), { grouping: false })).toBe("1234,50%");
    expect(formatRate(rate(1, 0), { undefinedText: "không xác định" })).toBe("không xác định");
  });
});

describe("intervals and comparisons: boundaries", () => {
  it("intervalOf bounds of decimals and exact zero", () => {
    expect(intervalOf("0.5", 0)).toEqual({ low: "0", high: "1" });
    expect(intervalOf("1", 100)).toEqual({ low: `0.${"9".repeat(100)}5`, high: `1.${"0".repeat(100)}5` });
    expect(intervalOf("1", 101)).toBeNull();
    expect(intervalOf("1", -20)).not.toBeNull();
    expect(intervalOf("1", -21)).toBeNull();
  });
  it("a reported value with bad decimals is invalid", () => {
    expect(compareReportedValue({ value: "1", decimals: 101 }, "1").status).toBe("invalid");
    expect(compareReportedValue({ value: "1", decimals: -21 }, "1").status).toBe("invalid");
    expect(compareReportedValue({ value: "1", decimals: 0.5 }, "1").status).toBe("invalid");
    expect(compareReportedValue({ value: "1", decimals: 100 }, "1").status).toBe("consistent");
    expect(compareReportedValue({ value: "100", decimals: -20 }, "1").status).toBe("consistent");
  });
  it("a parsed fraction is not a reported value; a parsed number is", () => {
    const frac = parseVietnameseNumber("54/55");
    const num = parseVietnameseNumber("54");
    if (!frac.ok || !num.ok) throw new Error("fixture");
    expect(compareReportedValue(frac.value, "54").status).toBe("invalid");
    expect(compareReportedValue(num.value, "54")).toMatchObject({
      status: "consistent",
      reported: { value: "54", decimals: 0 },
    });
  });
  it("negative values: truncation toward zero, rounding half-up away from zero", () => {
    expect(compareReportedValue({ value: "-1.2", decimals: 1 }, "-1.29")).toEqual({
      status: "truncated",
      computed: { exact: "-1.29", rounded: "-1.3", truncated: "-1.2" },
      interval: { low: "-1.25", high: "-1.15" },
      reported: { value: "-1.2", decimals: 1 },
    });
  });
  it("negative decimals (thousands): rounded and truncated to the reported precision", () => {
    expect(compareReportedValue({ value: "20000", decimals: -3 }, "20600")).toMatchObject({
      status: "truncated",
      computed: { rounded: "21000", truncated: "20000" },
    });
    expect(compareReportedValue({ value: "20000", decimals: -3 }, "20400").status).toBe("consistent");
  });
  it("invalid computed values keep the reported side", () => {
    expect(compareReportedValue({ value: "1.2", decimals: 1 }, "abc")).toMatchObject({
      status: "invalid",
      computed: null,
      interval: { low: "1.15", high: "1.25" },
      reported: { value: "1.2", decimals: 1 },
      error: { code: "invalid-input", message: { vi: "giá trị không hợp lệ", en: "invalid value" } },
    });
    expect(compareReportedRate({ value: "1", decimals: 0 }, 1, 2, { factor: 0 })).toMatchObject({
      status: "invalid",
      interval: { low: "0.5", high: "1.5" },
      reported: { value: "1", decimals: 0 },
    });
    expect(compareReportedRate({ value: "x", decimals: 0 }, 1, 2)).toMatchObject({
      status: "invalid",
      interval: null,
      reported: null,
    });
  });
  it("never throws on malformed arguments", () => {
    expect(compareReportedRate(null as unknown as { value: string; decimals: number }, 1, 2)).toMatchObject({
      status: "invalid",
      reported: null,
    });
    expect(compareReportedValue(null as unknown as { value: string; decimals: number }, 1).status).toBe(
      "invalid",
    );
    expect(compareReportedSum(null as unknown as { value: string; decimals: number }, [])).toEqual({
      status: "invalid",
      total: null,
      parts: null,
    });
  });
  it("an undefined rate says why", () => {
    expect(compareReportedRate({ value: "5", decimals: 0 }, 1, "0.0")).toMatchObject({
      status: "undefined",
      reported: { value: "5", decimals: 0 },
      error: { code: "zero-denominator" },
    });
  });
  it("a negative denominator flips the interval test", () => {
    expect(compareReportedRate({ value: "-50", decimals: 0 }, 1, -2).status).toBe("consistent");
    expect(compareReportedRate({ value: "-51", decimals: 0 }, 1, -2).status).toBe("inconsistent");
    expect(compareReportedRate({ value: "-49", decimals: 0 }, 1, -2).status).toBe("inconsistent");
    expect(compareReportedRate({ value: "-50", decimals: 0 }, -1, 2).status).toBe("consistent");
    expect(compareReportedRate({ value: "50", decimals: 0 }, 1, -2).status).toBe("inconsistent");
  });
  it("an exact quotient below the interval is inconsistent; truncation needs the cut digits to match", () => {
    // 10/27 = 37.037…%: 37.0 (1 decimal) is consistent, 37.1 inconsistent, 36.9 inconsistent
    expect(compareReportedRate({ value: "37.0", decimals: 1 }, 10, 27).status).toBe("consistent");
    expect(compareReportedRate({ value: "37.1", decimals: 1 }, 10, 27).status).toBe("inconsistent");
    expect(compareReportedRate({ value: "36.9", decimals: 1 }, 10, 27).status).toBe("inconsistent");
    // 2/3 = 66.666…%: 66 is truncated, 67 consistent, 65 inconsistent
    expect(compareReportedRate({ value: "66", decimals: 0 }, 2, 3)).toMatchObject({
      status: "truncated",
      computed: { rounded: "67", truncated: "66" },
    });
    expect(compareReportedRate({ value: "65", decimals: 0 }, 2, 3).status).toBe("inconsistent");
  });
  it("sums: touching intervals overlap; each side on its own", () => {
    const p = (value: string, decimals = 0) => ({ value, decimals });
    // total 54 → [53.5, 54.5]; parts 55 → [54.5, 55.5]: they touch
    expect(compareReportedSum(p("54"), [p("55")]).status).toBe("consistent");
    expect(compareReportedSum(p("56"), [p("54")]).status).toBe("inconsistent");
    expect(compareReportedSum(p("54"), [p("56")]).status).toBe("inconsistent");
    expect(compareReportedSum(p("54"), [p("x")])).toEqual({
      status: "invalid",
      total: { low: "53.5", high: "54.5" },
      parts: null,
    });
    expect(sumIntervals([p("0.5"), p("-0.5")])).toEqual({ low: "-1", high: "1" });
    expect(sumIntervals([p("1", 0), p("-1", 0)])).toEqual({ low: "-1", high: "1" });
  });
});

describe("second round of mutation testing", () => {
  it("half-down differs from half-even on an odd tie", () => {
    // 3/8 = 37.5%: half-down keeps 37, half-even goes to the even 38
    expect(rate(3, 8, { decimals: 0, rounding: "half-down" }).value).toBe("37");
    expect(rate(3, 8, { decimals: 0, rounding: "half-even" }).value).toBe("38");
  });
  it("an invalid denominator is invalid input, not a zero denominator", () => {
    expect(rate(1, "x")).toMatchObject({ ok: false, reason: "invalid-input" });
    expect(rateWithDecimalJs(1, 0)).toMatchObject({ ok: false, reason: "zero-denominator" });
    expect(rateWithDecimalJs(-1, 2)).toMatchObject({ ok: false, reason: "negative" });
  });
  it("terminating quotients longer than 20 decimals are not repeating", () => {
    // 1 / 5^21 = 2^21 / 10^21 and 300 / (3·2^48) = 100 / 2^48 terminate after more than 20 decimals
    expect(rate(1, 5 ** 21, { factor: 1, decimals: 0 })).toMatchObject({
      repeating: false,
      exactTruncated: true,
    });
    expect(rate(3, 3 * 2 ** 48, { decimals: 0 })).toMatchObject({ repeating: false, exactTruncated: true });
    expect(rate("1.0", "500", { factor: 1 })).toMatchObject({
      value: "0.00",
      exact: "0.002",
      repeating: false,
    });
    expect(rate("1.0", "7", { factor: 1 })).toMatchObject({ repeating: true });
  });
  it("a negative rate too small for 20 decimals has exact 0, never -0", () => {
    expect(
      rate("-1", "1000000000000000000000", { allowNegative: true, factor: 1, decimals: 0 }),
    ).toMatchObject({ ok: true, value: "0", exact: "0" });
  });
  it("roundDecimal never writes -0 but keeps real negatives", () => {
    expect(roundDecimal("-0.4", 0)).toBe("0");
    expect(roundDecimal("-0.25", 1)).toBe("-0.3");
    expect(roundDecimal("-0.004", 2)).toBe("0.00");
  });
  it("compareReportedRate reports the exact value with the factor asked for", () => {
    expect(compareReportedRate({ value: "0.5", decimals: 1 }, 1, 2, { factor: 1 }).computed?.exact).toBe(
      "0.5",
    );
    expect(compareReportedRate({ value: "50", decimals: 0 }, 1, 2).computed?.exact).toBe("50");
  });
  it("compareReportedSum keeps the valid side when the other is invalid", () => {
    expect(compareReportedSum({ value: "x", decimals: 0 }, [{ value: "5", decimals: 0 }])).toEqual({
      status: "invalid",
      total: null,
      parts: { low: "4.5", high: "5.5" },
    });
  });
});
