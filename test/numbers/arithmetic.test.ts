import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDecimal,
  compareDecimal,
  type DecimalInput,
  DIVIDE_DEFAULT_DECIMALS,
  divideDecimal,
  InvalidDecimalError,
  MAX_DECIMAL_CHARS,
  maxDecimal,
  minDecimal,
  multiplyDecimal,
  RATE_EXACT_DECIMALS,
  type RoundingMode,
  roundDecimal,
  subtractDecimal,
  toDecimalString,
} from "../../src/numbers/index.js";

const MODES: RoundingMode[] = ["half-up", "half-down", "half-even", "down", "up"];

/** Runs `f` and returns the InvalidDecimalError it throws (fails when it returns or throws anything else). */
function thrown(f: () => unknown): InvalidDecimalError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidDecimalError);
    return e as InvalidDecimalError;
  }
  throw new Error("expected an InvalidDecimalError");
}

/** A decimal string written from a bigint mantissa and a number of decimals (independent of the library). */
function written(m: bigint, k: number): string {
  const neg = m < 0n;
  const digits = (neg ? -m : m).toString().padStart(k + 1, "0");
  const s = k > 0 ? `${digits.slice(0, digits.length - k)}.${digits.slice(digits.length - k)}` : digits;
  return neg ? `-${s}` : s;
}

/** Exact decimal strings, with trailing zeros, signs and up to 30 decimals. */
const decimalString = fc
  .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.nat({ max: 30 }))
  .map(([m, k]) => written(m, k));
const decimalInput: fc.Arbitrary<DecimalInput> = fc.oneof(
  decimalString,
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.maxSafeInteger(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 64),
  fc.constantFrom("0", "-0", "0.000", "+7", "007.50", "9007199254740993", "-999999999999999"),
);
const nonZero = decimalInput.filter((x) => compareDecimal(x, 0) !== 0);

/** An independent oracle: a ÷ b rounded to `d` ≥ 0 decimals with BigInt arithmetic. */
function oracleDivide(a: string, b: string, d: number, mode: RoundingMode): string {
  const parse = (s: string): [bigint, number] => {
    const [i, f = ""] = s.replace("+", "").split(".");
    return [BigInt(`${i}${f}`.replace("-", "")) * (s.startsWith("-") ? -1n : 1n), f.length];
  };
  const [ma, ka] = parse(a);
  const [mb, kb] = parse(b);
  // a / b × 10^d = (ma × 10^(kb + d)) / (mb × 10^ka)
  let num = ma * 10n ** BigInt(kb + d);
  let den = mb * 10n ** BigInt(ka);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const neg = num < 0n;
  const n = neg ? -num : num;
  let q = n / den;
  const r2 = 2n * (n - q * den);
  const up =
    mode === "up"
      ? r2 > 0n
      : mode === "down"
        ? false
        : mode === "half-up"
          ? r2 >= den
          : mode === "half-down"
            ? r2 > den
            : r2 > den || (r2 === den && q % 2n === 1n);
  if (up) q += 1n;
  const out = written(neg ? -q : q, d);
  return addDecimal(out); // drop trailing zeros, -0 → 0
}

describe("subtractDecimal", () => {
  it("is exact", () => {
    expect(subtractDecimal("98.00", "96.39")).toBe("1.61");
    expect(subtractDecimal("0.3", 0.1)).toBe("0.2");
    expect(subtractDecimal(83, 100)).toBe("-17");
    expect(subtractDecimal("1.5", "1.50")).toBe("0");
    expect(subtractDecimal("-0", "0")).toBe("0");
    expect(subtractDecimal("0.1", "0.1000")).toBe("0");
  });
  it("leaves the safe-integer range exactly", () => {
    expect(subtractDecimal(Number.MAX_SAFE_INTEGER, -1)).toBe("9007199254740992");
    expect(subtractDecimal(Number.MIN_SAFE_INTEGER, 2)).toBe("-9007199254740993");
    expect(subtractDecimal("9007199254740993", "1")).toBe("9007199254740992");
  });
});

describe("multiplyDecimal", () => {
  it("is exact", () => {
    expect(multiplyDecimal("0.1", "0.2")).toBe("0.02");
    expect(multiplyDecimal("96.39", 20)).toBe("1927.8");
    expect(multiplyDecimal("-2.50", "4")).toBe("-10");
    expect(multiplyDecimal(-5, 0)).toBe("0");
    expect(multiplyDecimal("-0.5", "0.000")).toBe("0");
    expect(multiplyDecimal(2 ** 30, 2 ** 30)).toBe("1152921504606846976");
  });
  it("never rounds, even past MAX_DECIMAL_CHARS", () => {
    const nines = "9".repeat(MAX_DECIMAL_CHARS);
    const big = 10n ** BigInt(MAX_DECIMAL_CHARS) - 1n;
    const p = multiplyDecimal(nines, nines);
    expect(p).toBe((big * big).toString());
    expect(p.length).toBeGreaterThan(MAX_DECIMAL_CHARS);
    const tiny = `0.${"0".repeat(MAX_DECIMAL_CHARS - 3)}1`;
    expect(multiplyDecimal(tiny, tiny)).toBe(`0.${"0".repeat(2 * (MAX_DECIMAL_CHARS - 2) - 1)}1`);
  });
});

describe("divideDecimal", () => {
  it("rounds to 20 decimals half-up by default, trailing zeros dropped", () => {
    expect(DIVIDE_DEFAULT_DECIMALS).toBe(RATE_EXACT_DECIMALS);
    expect(divideDecimal("2", "3")).toBe("0.66666666666666666667");
    expect(divideDecimal("1", "3")).toBe("0.33333333333333333333");
    expect(divideDecimal(1, 4)).toBe("0.25");
    expect(divideDecimal("96.39", "96.39")).toBe("1");
    expect(divideDecimal("0", "-7")).toBe("0");
  });
  it("rounds with the named modes, on the magnitude", () => {
    expect(divideDecimal(10, 27, { decimals: 4 })).toBe("0.3704");
    expect(divideDecimal("0.125", 1, { decimals: 2, rounding: "half-even" })).toBe("0.12");
    expect(divideDecimal("0.135", 1, { decimals: 2, rounding: "half-even" })).toBe("0.14");
    expect(divideDecimal(1, 8, { decimals: 2 })).toBe("0.13");
    expect(divideDecimal(1, 8, { decimals: 2, rounding: "half-down" })).toBe("0.12");
    expect(divideDecimal(-1, 8, { decimals: 2 })).toBe("-0.13");
    expect(divideDecimal(-1, 8, { decimals: 2, rounding: "half-down" })).toBe("-0.12");
    expect(divideDecimal(-2, 3, { decimals: 0, rounding: "down" })).toBe("0");
    expect(divideDecimal(2, -3, { decimals: 0, rounding: "up" })).toBe("-1");
    expect(divideDecimal(-2, -3, { decimals: 1, rounding: "up" })).toBe("0.7");
    expect(divideDecimal(1, 3, { decimals: 2, rounding: "up" })).toBe("0.34");
    expect(divideDecimal(1, 3, { decimals: 2, rounding: "down" })).toBe("0.33");
  });
  it("rounds to tens, hundreds… with negative decimals", () => {
    expect(divideDecimal(12_345, 1, { decimals: -2 })).toBe("12300");
    expect(divideDecimal(12_350, 1, { decimals: -2 })).toBe("12400");
    expect(divideDecimal(12_350, 1, { decimals: -2, rounding: "half-even" })).toBe("12400");
    expect(divideDecimal(12_250, 1, { decimals: -2, rounding: "half-even" })).toBe("12200");
    expect(divideDecimal(49, 1, { decimals: -2 })).toBe("0");
  });
  it("scores points = value × max ÷ full", () => {
    expect(divideDecimal(multiplyDecimal("72.5", "20"), "80", { decimals: 2 })).toBe("18.13");
    expect(roundDecimal(divideDecimal(multiplyDecimal("72", "20"), "80", { decimals: 2 }), 2)).toBe("18.00");
  });
  it("throws a typed zero-denominator error for a zero divisor, never Infinity or NaN", () => {
    for (const zero of [0, -0, "0", "-0", "0.000", "+0"]) {
      const e = thrown(() => divideDecimal("1", zero));
      expect(e.code).toBe("zero-denominator");
      expect(e.messages.vi).toContain("chia cho 0");
      expect(e.messages.en).toContain("division by zero");
      expect(e.message).toBe(`${e.messages.vi} / ${e.messages.en}`);
    }
    expect(thrown(() => divideDecimal(0, 0)).code).toBe("zero-denominator");
    // an invalid dividend is reported first as invalid input
    expect(thrown(() => divideDecimal("x", 0)).code).toBe("invalid-input");
  });
  it("throws zero-denominator for a zero divisor at any number of decimals and any mode", () => {
    for (const decimals of [-2, 0, 1, 2, 15, 16, 20]) {
      for (const rounding of MODES) {
        for (const [a, zero] of [
          [1, 0],
          ["7", "-0"],
          [0, 0],
          [-3, "0.0"],
        ] as const) {
          const o = { decimals, rounding };
          expect(thrown(() => divideDecimal(a, zero, o)).code, `${a}/${zero} ${JSON.stringify(o)}`).toBe(
            "zero-denominator",
          );
        }
      }
    }
  });
  it("stays exact when a safe-integer dividend times 10^decimals passes 2^53", () => {
    // 900719925474101 × 10 = 9007199254741010 > 2^53: no double holds every step of this division
    expect(divideDecimal(900_719_925_474_101, 19, { decimals: 1 })).toBe("47406311867057.9");
    const cases: [number, number, number][] = [
      [900_719_925_474_101, 19, 1],
      [900_719_925_474_119, 211, 1],
      [900_719_925_474_120, 247, 1],
      [Number.MAX_SAFE_INTEGER, 7, 15],
      [Number.MAX_SAFE_INTEGER, -3, 2],
      [-90_071_992_547_409, 13, 2],
    ];
    for (const [a, b, decimals] of cases) {
      for (const rounding of MODES) {
        expect(divideDecimal(a, b, { decimals, rounding }), `${a}/${b} ${decimals} ${rounding}`).toBe(
          oracleDivide(String(a), String(b), decimals, rounding),
        );
      }
    }
  });
  it("refuses bad options", () => {
    for (const decimals of [2.5, 101, -21, Number.NaN, Number.POSITIVE_INFINITY, "2" as unknown as number]) {
      expect(thrown(() => divideDecimal(1, 3, { decimals })).code).toBe("invalid-input");
    }
    for (const rounding of ["bogus", "__proto__", "toString", 4]) {
      expect(thrown(() => divideDecimal(1, 3, { rounding: rounding as RoundingMode })).code).toBe(
        "invalid-input",
      );
    }
    expect(divideDecimal(1, 3, { decimals: 100 })).toBe(`0.${"3".repeat(100)}`);
    expect(divideDecimal(1, 3, { decimals: -20 })).toBe("0");
  });
});

describe("minDecimal / maxDecimal", () => {
  it("pick the smaller / larger value, written canonically", () => {
    expect(minDecimal("100", "96.390")).toBe("96.39");
    expect(minDecimal(-1, "0")).toBe("-1");
    expect(maxDecimal("-2.5", 0)).toBe("0");
    expect(maxDecimal("18", "18.00")).toBe("18");
    expect(maxDecimal("69.999999999999999999", "70")).toBe("70");
    expect(minDecimal("69.999999999999999999", "70")).toBe("69.999999999999999999");
    expect(minDecimal("9007199254740993", "9007199254740992")).toBe("9007199254740992");
    expect(maxDecimal("-0", "-0.0")).toBe("0");
  });
});

describe("invalid and over-long inputs throw InvalidDecimalError", () => {
  const fns: [string, (a: DecimalInput, b: DecimalInput) => string][] = [
    ["subtractDecimal", subtractDecimal],
    ["multiplyDecimal", multiplyDecimal],
    ["divideDecimal", (a, b) => divideDecimal(a, b)],
    ["minDecimal", minDecimal],
    ["maxDecimal", maxDecimal],
  ];
  const bad: unknown[] = [
    "abc",
    "",
    "1,5",
    "1e5",
    "0x10",
    " 1",
    "Infinity",
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e300,
    5e-324,
    null,
    undefined,
    {},
    ["1"],
  ];
  for (const [name, f] of fns) {
    it(name, () => {
      for (const x of bad) {
        const e = thrown(() => f(x as DecimalInput, "3"));
        expect(e.code).toBe("invalid-input");
        expect(e.messages.vi).toContain("không phải số thập phân hợp lệ");
        expect(e.messages.en).toContain("not a valid decimal number");
        expect(thrown(() => f("3", x as DecimalInput)).code).toBe("invalid-input");
      }
      const longest = `-${"1".repeat(MAX_DECIMAL_CHARS - 1)}`;
      expect(compareDecimal(f(longest, "1"), 0)).not.toBe(0);
      expect(thrown(() => f("1".repeat(MAX_DECIMAL_CHARS + 1), "1")).code).toBe("invalid-input");
      expect(thrown(() => f("1", `0.${"5".repeat(MAX_DECIMAL_CHARS - 1)}`)).code).toBe("invalid-input");
    });
  }
});

describe("laws", () => {
  const canonicalAndTrimmed = (r: string) => {
    expect(toDecimalString(r)).toBe(r);
    expect(r).not.toBe("-0");
    expect(r).not.toMatch(/\.\d*0$/);
  };

  it("a − b + b = a, and a − b = −(b − a)", () => {
    fc.assert(
      fc.property(decimalInput, decimalInput, (a, b) => {
        const d = subtractDecimal(a, b);
        canonicalAndTrimmed(d);
        expect(compareDecimal(addDecimal(d, b), a)).toBe(0);
        expect(addDecimal(d, subtractDecimal(b, a))).toBe("0");
        expect(subtractDecimal(a, a)).toBe("0");
      }),
    );
  });

  it("a × b = b × a; a × 1 = a; a × 0 = 0", () => {
    fc.assert(
      fc.property(decimalInput, decimalInput, (a, b) => {
        const p = multiplyDecimal(a, b);
        canonicalAndTrimmed(p);
        expect(multiplyDecimal(b, a)).toBe(p);
        expect(compareDecimal(multiplyDecimal(a, 1), a)).toBe(0);
        expect(multiplyDecimal(a, 0)).toBe("0");
        expect(multiplyDecimal(a, addDecimal(b, 1))).toBe(addDecimal(p, a)); // distributive
      }),
    );
  });

  it("(a × b) ÷ b = a for b ≠ 0 when the quotient is exact", () => {
    fc.assert(
      fc.property(decimalInput, nonZero, (a, b) => {
        const q = divideDecimal(multiplyDecimal(a, b), b, { decimals: 60 });
        canonicalAndTrimmed(q);
        expect(compareDecimal(q, a)).toBe(0);
      }),
    );
  });

  it("divide rounding agrees with roundDecimal of the exact quotient", () => {
    fc.assert(
      fc.property(
        decimalInput,
        nonZero,
        fc.integer({ min: -20, max: 40 }),
        fc.constantFrom(...MODES),
        (q, b, d, mode) => {
          const r = divideDecimal(multiplyDecimal(q, b), b, { decimals: d, rounding: mode });
          canonicalAndTrimmed(r);
          expect(r).toBe(addDecimal(roundDecimal(q, d, mode)));
        },
      ),
    );
  });

  it("divide matches a BigInt oracle for any quotient (repeating ones included)", () => {
    fc.assert(
      fc.property(
        decimalString,
        decimalString.filter((b) => compareDecimal(b, 0) !== 0),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(...MODES),
        (a, b, d, mode) => {
          expect(divideDecimal(a, b, { decimals: d, rounding: mode })).toBe(oracleDivide(a, b, d, mode));
        },
      ),
    );
    expect(oracleDivide("2", "3", 20, "half-up")).toBe(divideDecimal(2, 3));
  });

  it("safe-integer fast paths agree with the general path", () => {
    const int = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.maxSafeInteger(),
      fc.constant(0),
    );
    fc.assert(
      fc.property(int, int, fc.integer({ min: -3, max: 15 }), fc.constantFrom(...MODES), (a, b, d, mode) => {
        // "n.0" is not an integer string, so it takes the decimal.js path
        const slow = (n: number) => `${n}.0`;
        expect(subtractDecimal(a, b)).toBe(subtractDecimal(slow(a), slow(b)));
        expect(multiplyDecimal(a, b)).toBe(multiplyDecimal(slow(a), slow(b)));
        expect(minDecimal(a, String(b))).toBe(minDecimal(slow(a), slow(b)));
        expect(maxDecimal(String(a), b)).toBe(maxDecimal(slow(a), slow(b)));
        if (b !== 0) {
          const o = { decimals: d, rounding: mode };
          expect(divideDecimal(a, b, o)).toBe(divideDecimal(slow(a), slow(b), o));
          if (d >= 0)
            expect(divideDecimal(String(a), b, o)).toBe(oracleDivide(String(a), String(b), d, mode));
        }
      }),
    );
  });

  it("the default is 20 decimals, half-up", () => {
    fc.assert(
      fc.property(decimalInput, nonZero, (a, b) => {
        expect(divideDecimal(a, b)).toBe(divideDecimal(a, b, { decimals: 20, rounding: "half-up" }));
      }),
    );
  });

  it("min and max are the two inputs in order", () => {
    fc.assert(
      fc.property(decimalInput, decimalInput, (a, b) => {
        const lo = minDecimal(a, b);
        const hi = maxDecimal(a, b);
        canonicalAndTrimmed(lo);
        canonicalAndTrimmed(hi);
        expect(compareDecimal(lo, hi)).toBeLessThanOrEqual(0);
        expect(addDecimal(lo, hi)).toBe(addDecimal(a, b));
        expect(minDecimal(b, a)).toBe(lo);
        expect(maxDecimal(b, a)).toBe(hi);
        expect([compareDecimal(lo, a), compareDecimal(lo, b)]).toContain(0);
      }),
    );
  });
});
