import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDecimal, type RoundingMode, rate, rateValue, roundDecimal } from "../../src/numbers/index.js";
import { rateWithDecimalJs } from "../../src/numbers/rate.js";

// Under mutation testing (vitest.stryker-*.config.ts sets CCHC_MUTATION) property tests run fewer
// cases per mutant; `npm test` runs them all.
const mutation = process.env.CCHC_MUTATION !== undefined;

const D = Decimal.clone({ precision: 300 });
const DEC_MODE: Record<RoundingMode, Decimal.Rounding> = {
  "half-up": Decimal.ROUND_HALF_UP,
  "half-down": Decimal.ROUND_HALF_DOWN,
  "half-even": Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};
const modes = fc.constantFrom<RoundingMode>("half-up", "half-down", "half-even", "down", "up");

/** Independent oracle: plain decimal.js division then rounding. */
function oracle(n: string | number, d: string | number, dec: number, mode: RoundingMode): string {
  return new D(n).times(100).div(d).toDecimalPlaces(dec, DEC_MODE[mode]).toFixed(dec);
}

describe("rate", () => {
  it("computes the real report's rates", () => {
    expect(rate(10, 27)).toMatchObject({
      ok: true,
      value: "37.04",
      exact: "37.03703703703703703703",
      repeating: true,
    });
    expect(rate(10, 54).value).toBe("18.52");
    expect(rate(8, 54).value).toBe("14.81");
    expect(rate(80, 80)).toMatchObject({
      value: "100.00",
      exact: "100",
      repeating: false,
      exactTruncated: false,
    });
    expect(rate("732", "876", { decimals: 0 }).value).toBe("84");
  });

  it("a zero denominator is undefined, not 0%", () => {
    expect(rate(0, 0)).toMatchObject({ ok: false, value: null, reason: "zero-denominator" });
    expect(rate("5", "0.000")).toMatchObject({ ok: false, reason: "zero-denominator" });
    expect(rate(0, 5)).toMatchObject({ ok: true, value: "0.00" });
  });

  it("rejects invalid input and options with a typed failure", () => {
    expect(rate("abc", 1)).toMatchObject({ ok: false, reason: "invalid-input" });
    expect(rate(Number.NaN, 1).ok).toBe(false);
    expect(rate(1, Number.POSITIVE_INFINITY).ok).toBe(false);
    expect(rate(1, 2, { decimals: 21 }).ok).toBe(false);
    expect(rate(1, 2, { decimals: 1.5 }).ok).toBe(false);
    expect(rate(1, 2, { factor: 0 }).ok).toBe(false);
    expect(rate(1, 2, { rounding: "bogus" as RoundingMode }).ok).toBe(false);
    const f = rate(1, 2, { factor: "-1" });
    expect(f.ok).toBe(false);
  });

  it("rejects negatives unless allowed, then rounds the magnitude", () => {
    expect(rate(-1, 3)).toMatchObject({ ok: false, reason: "negative" });
    expect(rate(1, -3)).toMatchObject({ ok: false, reason: "negative" });
    expect(rate(-1, 8, { allowNegative: true, decimals: 1 }).value).toBe("-12.5");
    expect(rate(-1, 800, { allowNegative: true, decimals: 2 }).value).toBe("-0.13");
    expect(rate(-1, 800, { allowNegative: true, decimals: 2, rounding: "half-even" }).value).toBe("-0.12");
    expect(rate(-1, 3000000, { allowNegative: true, decimals: 2 }).value).toBe("0.00");
  });

  it("names rounding modes as dinero.js does", () => {
    // 1/8 × 100 = 12.5
    expect(rate(1, 8, { decimals: 0, rounding: "half-up" }).value).toBe("13");
    expect(rate(1, 8, { decimals: 0, rounding: "half-down" }).value).toBe("12");
    expect(rate(1, 8, { decimals: 0, rounding: "half-even" }).value).toBe("12");
    expect(rate(3, 8, { decimals: 0, rounding: "half-even" }).value).toBe("38");
    expect(rate(10, 27, { rounding: "down" }).value).toBe("37.03");
    expect(rate(10, 27, { rounding: "up" }).value).toBe("37.04");
    expect(rate(1, 3, { rounding: "up", decimals: 0 }).value).toBe("34");
  });

  it("takes decimals, numbers, factor 1 and large values", () => {
    expect(rate("0.5", "1.5")).toMatchObject({ value: "33.33", repeating: true });
    expect(rate("20000", "3", { factor: 1, decimals: 3 }).value).toBe("6666.667");
    expect(rate(1, 1024, { decimals: 20 })).toMatchObject({ exactTruncated: false, repeating: false });
    expect(rate(1, 2 ** 40, { decimals: 2 })).toMatchObject({ exactTruncated: true, repeating: false });
    expect(rate("123456789012345678901234567890", "7").value).toBe(
      oracle("123456789012345678901234567890", "7", 2, "half-up"),
    );
    expect(rate(Number.MAX_SAFE_INTEGER, 3).value).toBe(oracle(Number.MAX_SAFE_INTEGER, 3, 2, "half-up"));
  });

  it("fast path ≡ decimal.js path on random integer pairs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 20 }),
        modes,
        (n, d, dec, mode) => {
          const fast = rate(n, d, { decimals: dec, rounding: mode });
          expect(fast).toEqual(rateWithDecimalJs(n, d, { decimals: dec, rounding: mode }));
          expect(fast.value).toBe(oracle(n, d, dec, mode));
        },
      ),
      { numRuns: mutation ? 50 : 2000 },
    );
  });

  it("fast path ≡ decimal.js path on small counts (the realistic case), with signs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: -2000, max: 2000 }),
        modes,
        (n, d, mode) => {
          const o = { decimals: 2, rounding: mode, allowNegative: true };
          expect(rate(n, d, o)).toEqual(rateWithDecimalJs(n, d, o));
          if (d !== 0) expect(rate(n, d, o).value).toBe(oracle(n, d, 2, mode));
        },
      ),
      { numRuns: mutation ? 50 : 2000 },
    );
  });

  it("keeps 20 exact decimals for counts near 2^53", () => {
    // the long division of a remainder near 3·10^15 cannot take a digit at a time in doubles
    const r = rate(2_000_000_000_000_001, 3_000_000_000_000_001, { factor: 1, decimals: 0 });
    expect(r).toMatchObject({ ok: true, value: "1", exact: "0.66666666666666677777", repeating: true });
    const pairs: [number, number][] = [
      [2_000_000_000_000_001, 3_000_000_000_000_001],
      [Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER],
      [123_456_789_012_345, 999_999_999_999_989],
    ];
    for (const [n, d] of pairs) {
      for (const o of [{ factor: 1, decimals: 0 }, { factor: 1, decimals: 3 }, {}]) {
        const got = rate(n, d, o);
        expect(got, `${n}/${d} ${JSON.stringify(o)}`).toEqual(rateWithDecimalJs(n, d, o));
        if (got.ok)
          expect(got.exact).toBe(
            new D(n)
              .times(o.factor ?? 100)
              .div(d)
              .toDecimalPlaces(20, 1)
              .toFixed(),
          );
      }
    }
  });

  it("divides exactly just below a multiple of the denominator near 2^53", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9e14 }), fc.integer({ min: 1, max: 3 }), (d, back) => {
        // the largest multiple of d with room for d below 2^53, minus `back`: the quotient is just below an integer
        const n = Math.floor((Number.MAX_SAFE_INTEGER - d) / d) * d - back;
        fc.pre(n >= 0);
        const q = (BigInt(n) / BigInt(d)).toString();
        const o = { factor: 1, decimals: 0, rounding: "down" as const };
        expect(rate(n, d, o).value).toBe(q);
        expect(rateValue(n, d, o)).toEqual({ ok: true, value: q });
      }),
      { numRuns: mutation ? 50 : 1000 },
    );
  });

  it("rounds exactly when numerator × factor × 10^decimals passes 2^53", () => {
    // 900719925474101 × 10 = 9007199254741010 > 2^53: doubles no longer hold every integer
    const o = { factor: 1, decimals: 1 };
    expect(rate(900_719_925_474_101, 19, o).value).toBe("47406311867057.9");
    expect(rateValue(900_719_925_474_101, 19, o)).toEqual({ ok: true, value: "47406311867057.9" });
    const pairs: [number, number][] = [
      [900_719_925_474_101, 19],
      [900_719_925_474_119, 211],
      [900_719_925_474_120, 247],
    ];
    for (const [n, d] of pairs) {
      for (const rounding of ["half-up", "half-down", "half-even", "down", "up"] as const) {
        const want = new D(n).div(d).toDecimalPlaces(1, DEC_MODE[rounding]).toFixed(1);
        expect(rate(n, d, { ...o, rounding }).value, `${n}/${d} ${rounding}`).toBe(want);
        expect(rateValue(n, d, { ...o, rounding })).toEqual({ ok: true, value: want });
      }
    }
  });

  it("treats options that cannot be read as invalid input, without throwing", () => {
    const throwing = {
      get decimals(): number {
        throw new Error("unreadable");
      },
    };
    expect(rate(1, 3, throwing)).toMatchObject({ ok: false, value: null, reason: "invalid-input" });
    expect(rateValue(1, 3, throwing)).toMatchObject({ ok: false, reason: "invalid-input" });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(rate(1, 3, proxy)).toMatchObject({ ok: false, reason: "invalid-input" });
  });

  it("writes a zero rate without a sign, whichever input is negative", () => {
    for (const d of [-7, 7, "-7", "-7.0"]) {
      for (const decimals of [0, 2, 20]) {
        const o = { allowNegative: true, decimals };
        const r = rate(0, d, o);
        expect(r, `0/${d} ${decimals}`).toMatchObject({
          ok: true,
          exact: "0",
          value: decimals ? `0.${"0".repeat(decimals)}` : "0",
        });
        expect(rateValue(0, d, o)).toEqual({ ok: true, value: r.value });
      }
    }
    // a negative rate that rounds to zero keeps its exact sign only
    expect(rate(-1, 3_000_000, { allowNegative: true, decimals: 2 })).toMatchObject({
      value: "0.00",
      exact: "-0.00003333333333333333",
    });
  });

  it("decimal inputs match plain decimal.js", () => {
    const dec = fc
      .tuple(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 4 }))
      .map(([m, s]) => new D(m).div(10 ** s).toFixed());
    fc.assert(
      fc.property(dec, dec, fc.integer({ min: 0, max: 6 }), modes, (n, d, k, mode) => {
        fc.pre(new D(d).gt(0));
        expect(rate(n, d, { decimals: k, rounding: mode }).value).toBe(oracle(n, d, k, mode));
      }),
      { numRuns: mutation ? 50 : 1000 },
    );
  });

  it("never drifts: the exact value rounds to the rounded value, and rates are monotone in the numerator", () => {
    fc.assert(
      fc.property(fc.nat(10000), fc.nat(10000), fc.integer({ min: 1, max: 10000 }), (a, b, d) => {
        const r = rate(a, d);
        if (!r.ok) throw new Error("unexpected");
        if (!r.exactTruncated) expect(roundDecimal(r.exact, 2)).toBe(r.value);
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        const x = rate(lo, d);
        const y = rate(hi, d);
        if (!x.ok || !y.ok) throw new Error("unexpected");
        expect(compareDecimal(x.value, y.value)).toBeLessThanOrEqual(0);
        expect(compareDecimal(x.exact, y.exact)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
