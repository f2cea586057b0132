import { describe, expect, it } from "vitest";
import {
  compareDecimal,
  formatVietnameseNumber,
  InvalidDecimalError,
  MAX_DECIMAL_CHARS,
  parseCodedAnswer,
  parseCodeList,
  parseVietnameseNumber,
  rate,
  roundDecimal,
  sumDecimals,
  toDecimalString,
} from "../../src/numbers/index.js";

// Found by test/fuzz/numbers.fuzz.test.ts.
describe("roundDecimal: rounding modes are own keys only", () => {
  it("throws InvalidDecimalError for an inherited key (was: decimal.js's untyped Error)", () => {
    for (const mode of ["__proto__", "toString", "constructor", "hasOwnProperty"]) {
      expect(() => roundDecimal("1.25", 1, mode as "up")).toThrow(InvalidDecimalError);
      expect(() => formatVietnameseNumber("1.25", { decimals: 1, rounding: mode as "up" })).toThrow(
        InvalidDecimalError,
      );
    }
  });

  it("still rounds with a real mode", () => {
    expect(roundDecimal("1.25", 1, "half-even")).toBe("1.2");
  });
});

describe("numbers beyond MAX_DECIMAL_CHARS digits are invalid, whether given as number or string", () => {
  it("rejects 1e300 and 5e-324 like their 300-digit strings (was: accepted, then rejected downstream)", () => {
    for (const x of [1e300, -1e199, 5e-324, Number.MAX_VALUE]) {
      expect(toDecimalString(x)).toBeNull();
      expect(toDecimalString(String(toDecimalString(x)))).toBeNull();
      expect(rate(x, 3).ok).toBe(false);
      expect(() => sumDecimals([x, 1.5])).toThrow(InvalidDecimalError);
    }
  });

  it("keeps every number whose decimal form fits", () => {
    expect(toDecimalString(1e21)).toBe(`1${"0".repeat(21)}`);
    expect(toDecimalString(-1e198)).toBe(`-1${"0".repeat(198)}`);
    expect(toDecimalString(-1e198)?.length).toBeLessThanOrEqual(MAX_DECIMAL_CHARS);
    expect(toDecimalString(0.1)).toBe("0.1");
    expect(compareDecimal(1e300, 1)).toBe(1);
  });
});

describe("objects without toString (Object.create(null)) from plain-JS callers", () => {
  it("give typed failures, not TypeError (was: String(x) threw while building the message)", () => {
    for (const x of [Object.create(null), { toString: undefined }]) {
      expect(parseVietnameseNumber(x).ok).toBe(false);
      expect(parseCodeList(x).ok).toBe(false);
      expect(parseCodedAnswer(x, []).ok).toBe(false);
      expect(() => compareDecimal(x, "1")).toThrow(InvalidDecimalError);
      expect(() => roundDecimal("1", 1, x)).toThrow(InvalidDecimalError);
    }
  });
});
