import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRate, formatVietnameseNumber, InvalidDecimalError, rate } from "../../src/numbers/index.js";

describe("formatVietnameseNumber", () => {
  it("writes the Vietnamese way", () => {
    expect(formatVietnameseNumber("37.037037", { decimals: 2, percent: true })).toBe("37,04%");
    expect(formatVietnameseNumber("20000")).toBe("20.000");
    expect(formatVietnameseNumber("1234.5")).toBe("1.234,5");
    expect(formatVietnameseNumber(1234567)).toBe("1.234.567");
    expect(formatVietnameseNumber("999")).toBe("999");
    expect(formatVietnameseNumber("1234.5", { grouping: false })).toBe("1234,5");
    expect(formatVietnameseNumber("18.5", { decimals: 2 })).toBe("18,50");
    expect(formatVietnameseNumber("-0.004", { decimals: 2 })).toBe("0,00");
    expect(formatVietnameseNumber("0.125", { decimals: 2, rounding: "half-even" })).toBe("0,12");
  });
  it("is exact on long decimals (no float)", () => {
    expect(formatVietnameseNumber("12345678901234567890.123456789012345678")).toBe(
      "12.345.678.901.234.567.890,123456789012345678",
    );
  });
  it("throws a bilingual InvalidDecimalError on bad input", () => {
    expect(() => formatVietnameseNumber("1,5")).toThrow(InvalidDecimalError);
    expect(() => formatVietnameseNumber(Number.NaN)).toThrow(InvalidDecimalError);
    expect(() => formatVietnameseNumber("1", { decimals: 1.5 })).toThrow(InvalidDecimalError);
  });
  it("matches Intl vi-VN on safe numbers (property)", () => {
    const intl = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3, minimumFractionDigits: 3 });
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), (m) => {
        const v = (m / 1000).toFixed(3);
        expect(formatVietnameseNumber(v)).toBe(intl.format(Number(v)).replace("\u2212", "-"));
      }),
    );
  });
});

describe("formatVietnameseNumber: small canonical numbers take a fast path", () => {
  it("gives the general path's text (law: no options = the default options spelled out)", () => {
    const decimal = fc
      .tuple(
        fc.boolean(),
        fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 5 }),
        fc.option(fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 6 }), {
          nil: undefined,
        }),
      )
      .map(([neg, int, frac]) => `${neg ? "-" : ""}${int}${frac === undefined ? "" : `.${frac}`}`);
    fc.assert(
      fc.property(decimal, (v) => {
        expect(formatVietnameseNumber(v)).toBe(formatVietnameseNumber(v, { grouping: true }));
      }),
      { numRuns: process.env.CCHC_MUTATION !== undefined ? 200 : 3000 },
    );
    expect(formatVietnameseNumber("37.04")).toBe("37,04");
    expect(formatVietnameseNumber("0.50")).toBe("0,50");
  });

  it("still rejects a decimal longer than the input limit", () => {
    expect(() => formatVietnameseNumber(`1.${"5".repeat(250)}`)).toThrow(InvalidDecimalError);
  });
});

describe("formatRate", () => {
  it("writes rates and undefined rates", () => {
    expect(formatRate(rate(10, 27))).toBe("37,04%");
    expect(formatRate(rate(732, 876, { decimals: 0 }))).toBe("84%");
    expect(formatRate(rate(1, 0))).toBe("-");
    expect(formatRate(rate(1, 0), { undefinedText: "" })).toBe("");
    expect(formatRate(rate(1, 3, { factor: 1, decimals: 3 }), { percent: false })).toBe("0,333");
  });
});
