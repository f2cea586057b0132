import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RoundingMode, rate, rateValue } from "../../src/numbers/index.js";

const mutation = process.env.CCHC_MUTATION !== undefined;
const modes = fc.constantFrom<RoundingMode>("half-up", "half-down", "half-even", "down", "up");

/** What `rate` answers, reduced to what `rateValue` answers. */
function roundedOf(r: ReturnType<typeof rate>) {
  return r.ok ? { ok: true, value: r.value } : r;
}

describe("rateValue: the rounded value of rate, alone", () => {
  it("gives the documented values and failures", () => {
    expect(rateValue(10, 27)).toEqual({ ok: true, value: "37.04" });
    expect(rateValue("732", "876", { decimals: 0 })).toEqual({ ok: true, value: "84" });
    expect(rateValue(1, 3, { decimals: 4, rounding: "up" })).toEqual({ ok: true, value: "33.3334" });
    expect(rateValue(5, 0)).toMatchObject({ ok: false, reason: "zero-denominator", value: null });
    expect(rateValue(-1, 3)).toMatchObject({ ok: false, reason: "negative" });
    expect(rateValue(-1, 3, { allowNegative: true })).toEqual({ ok: true, value: "-33.33" });
    expect(rateValue("x", 3)).toMatchObject({ ok: false, reason: "invalid-input" });
    expect(rateValue(1, 3, { decimals: 21 })).toMatchObject({ ok: false, reason: "invalid-input" });
  });

  it("≡ rate(…).value on random integers, every option (fast path and its bounds)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        fc.integer({ min: 0, max: 20 }),
        modes,
        fc.boolean(),
        (n, d, decimals, rounding, allowNegative) => {
          const o = { decimals, rounding, allowNegative };
          expect(rateValue(n, d, o)).toEqual(roundedOf(rate(n, d, o)));
        },
      ),
      { numRuns: mutation ? 50 : 2000 },
    );
  });

  it("≡ rate(…).value on decimal strings and factors (the decimal.js path)", () => {
    const dec = fc
      .tuple(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 9999 }))
      .map(([i, f]) => `${i}.${String(f).padStart(4, "0")}`);
    fc.assert(
      fc.property(dec, dec, fc.constantFrom(1, 100, 1000, "0.5"), modes, (n, d, factor, rounding) => {
        const o = { factor, rounding };
        expect(rateValue(n, d, o)).toEqual(roundedOf(rate(n, d, o)));
      }),
      { numRuns: mutation ? 50 : 1000 },
    );
  });

  it("on count pairs, the value a user gets from decimal.js (div, times 100, ROUND_HALF_UP to 2 places)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), (d, k) => {
        const n = k % (d + 1);
        const user = new Decimal(n).div(d).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
        expect(rateValue(n, d)).toEqual({ ok: true, value: user });
      }),
      { numRuns: mutation ? 50 : 2000 },
    );
  });
});
