import { describe, expect, it } from "vitest";
import { divideDecimal, InvalidDecimalError } from "../../src/numbers/index.js";

// divideDecimal has an integer path and a decimal.js path; each case runs on both (integers, and the same
// values written with a decimal zero, which only the decimal path reads).

const both = (a: number, b: number) =>
  [
    [a, b],
    [`${a}.0`, `${b}.0`],
  ] as const;

describe("divideDecimal: rounding of ties", () => {
  it("half-even rounds a tie to the even neighbour, on both paths", () => {
    for (const [a, b] of both(5, 2))
      expect(divideDecimal(a, b, { decimals: 0, rounding: "half-even" })).toBe("2");
    for (const [a, b] of both(7, 2))
      expect(divideDecimal(a, b, { decimals: 0, rounding: "half-even" })).toBe("4");
    for (const [a, b] of both(-5, 2))
      expect(divideDecimal(a, b, { decimals: 0, rounding: "half-even" })).toBe("-2");
    for (const [a, b] of both(1, 8))
      expect(divideDecimal(a, b, { decimals: 2, rounding: "half-even" })).toBe("0.12");
    for (const [a, b] of both(3, 8))
      expect(divideDecimal(a, b, { decimals: 2, rounding: "half-even" })).toBe("0.38");
  });

  it("half-up goes away from zero and half-down toward it", () => {
    for (const [a, b] of both(5, 2)) {
      expect(divideDecimal(a, b, { decimals: 0 })).toBe("3");
      expect(divideDecimal(a, b, { decimals: 0, rounding: "half-down" })).toBe("2");
    }
    for (const [a, b] of both(-5, 2)) expect(divideDecimal(a, b, { decimals: 0 })).toBe("-3");
  });
});

describe("divideDecimal: signs and zero", () => {
  it("never writes -0, whichever operand is negative", () => {
    for (const [a, b] of both(0, -3)) expect(divideDecimal(a, b)).toBe("0");
    for (const [a, b] of both(1, -3)) expect(divideDecimal(a, b, { decimals: 0 })).toBe("0");
    for (const [a, b] of both(-1, 3)) expect(divideDecimal(a, b, { decimals: 0 })).toBe("0");
  });

  it("keeps the sign of a non-zero quotient", () => {
    for (const [a, b] of both(1, -4)) expect(divideDecimal(a, b)).toBe("-0.25");
    for (const [a, b] of both(-1, -4)) expect(divideDecimal(a, b)).toBe("0.25");
  });
});

describe("divideDecimal: options", () => {
  it("defaults to 20 decimals, half-up, with or without an options object", () => {
    expect(divideDecimal(1, 3)).toBe("0.33333333333333333333");
    expect(divideDecimal(2, 3)).toBe("0.66666666666666666667");
    expect(divideDecimal(2, 3, {})).toBe("0.66666666666666666667");
    // a plain-JS caller may pass null for "no options"
    expect(divideDecimal(2, 3, null as never)).toBe("0.66666666666666666667");
    expect(divideDecimal("2.0", "3.0")).toBe("0.66666666666666666667");
  });

  it("rejects an unknown rounding mode or bad decimals with InvalidDecimalError", () => {
    for (const o of [{ rounding: "sideways" }, { rounding: 1 }, { decimals: 1.5 }, { decimals: 101 }]) {
      expect(() => divideDecimal(1, 3, o as never), JSON.stringify(o)).toThrow(InvalidDecimalError);
      expect(() => divideDecimal("1.5", 3, o as never), JSON.stringify(o)).toThrow(InvalidDecimalError);
    }
  });
});
