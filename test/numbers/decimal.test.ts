import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDecimal,
  compareDecimal,
  InvalidDecimalError,
  isDecimalString,
  roundDecimal,
  sumDecimals,
  toDecimalString,
} from "../../src/numbers/index.js";

describe("decimal helpers", () => {
  it("isDecimalString", () => {
    expect(isDecimalString("37.03")).toBe(true);
    expect(isDecimalString("-1.5")).toBe(true);
    expect(isDecimalString("37,03")).toBe(false);
    expect(isDecimalString("1e5")).toBe(false);
    expect(isDecimalString(5)).toBe(false);
    expect(isDecimalString("1".repeat(201))).toBe(false);
  });
  it("compareDecimal is exact", () => {
    expect(compareDecimal("69.999999999999999999", "70")).toBe(-1);
    expect(compareDecimal("1.50", "1.5")).toBe(0);
    expect(compareDecimal("10", "9")).toBe(1);
    expect(compareDecimal(2, 1)).toBe(1);
    expect(compareDecimal("9007199254740993", "9007199254740992")).toBe(1);
    expect(() => compareDecimal("abc", "1")).toThrow(InvalidDecimalError);
  });
  it("addDecimal / sumDecimals are exact", () => {
    expect(addDecimal("0.1", "0.2")).toBe("0.3");
    expect(addDecimal(1, "2.5", "-0.5")).toBe("3");
    expect(sumDecimals([])).toBe("0");
    expect(sumDecimals(["732", "144"])).toBe("876");
    expect(sumDecimals([Number.MAX_SAFE_INTEGER, 2])).toBe("9007199254740993");
    expect(() => sumDecimals(["1", "x"])).toThrow(InvalidDecimalError);
  });
  it("roundDecimal", () => {
    expect(roundDecimal("37.037037", 2)).toBe("37.04");
    expect(roundDecimal("37.037037", 2, "down")).toBe("37.03");
    expect(roundDecimal("0.125", 2, "half-even")).toBe("0.12");
    expect(roundDecimal("18.5", 2)).toBe("18.50");
    expect(roundDecimal("12345", -2)).toBe("12300");
    expect(() => roundDecimal("1", 2.5)).toThrow(InvalidDecimalError);
  });
  it("toDecimalString canonicalises", () => {
    expect(toDecimalString("008")).toBe("8");
    expect(toDecimalString("-0.00")).toBe("0.00");
    expect(toDecimalString("+3.10")).toBe("3.10");
    expect(toDecimalString(0.1)).toBe("0.1");
    expect(toDecimalString(1e21)).toBe("1000000000000000000000");
    expect(toDecimalString("1,5")).toBeNull();
  });
  it("InvalidDecimalError carries one of its two documented codes, whatever a caller passes", () => {
    const zero = new InvalidDecimalError(0, "zero-denominator");
    expect(zero.code).toBe("zero-denominator");
    expect(zero.messages.en).toBe("division by zero (divisor: 0)");
    expect(new InvalidDecimalError("x").code).toBe("invalid-input");
    // a plain-JS caller may pass anything as the code: it is then an invalid input
    const other = new InvalidDecimalError("x", "overflow" as never);
    expect(other.code).toBe("invalid-input");
    expect(other.messages).toEqual(new InvalidDecimalError("x").messages);
  });
  it("sum of integers equals BigInt sum (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n })), (xs) => {
        expect(sumDecimals(xs.map(String))).toBe(xs.reduce((a, b) => a + b, 0n).toString());
      }),
    );
  });
});
