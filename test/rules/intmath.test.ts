import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareReportedRate, intervalOf } from "../../src/numbers/interval.js";
import { fixedOf, intervalFast, intRate, intRateConsistent, scaled } from "../../src/rules/intmath.js";
import { roundShown, short } from "../../src/rules/messages.js";

// The rules' integer fast path is private, but its contract is what the engine's rate findings rest
// on: either the exact answer the decimal path would give, or null (and the decimal path runs). These
// tests hold it to both halves: identical answers inside the range, null outside it.

const mutation = process.env.CCHC_MUTATION !== undefined;
const runs = mutation ? 150 : 2000;

describe("scaled: a short unsigned decimal as an integer at its own decimals", () => {
  it("reads the digits without the dot", () => {
    expect(scaled("37.03", 2)).toBe(3703);
    expect(scaled("0.5", 1)).toBe(5);
    expect(scaled("37", 0)).toBe(37);
    expect(scaled("1.000000", 6)).toBe(1_000_000);
    expect(scaled("123456789012345", 0)).toBe(123456789012345); // 15 characters: still exact
  });

  it("is null when the written decimals differ from the declared ones", () => {
    expect(scaled("37.0", 2)).toBeNull();
    expect(scaled("37.03", 1)).toBeNull();
    expect(scaled("37", 2)).toBeNull();
    expect(scaled("37.5", 0)).toBeNull();
  });

  it("is null outside the fast range: signs, exponents, malformed text, > 15 characters, > 6 decimals", () => {
    for (const bad of ["-1", "+1", "1e3", "", ".5", "5.", "1.2.3", "a1", "1a", "１２", " 1", "1 ", "1,5"]) {
      expect(scaled(bad, 0), bad).toBeNull();
      expect(scaled(bad, 1), bad).toBeNull();
    }
    expect(scaled("1234567890123456", 0)).toBeNull(); // 16 characters
    expect(scaled("0.1234567", 7)).toBeNull(); // 7 decimals
    expect(scaled("0.123456", 6)).toBe(123456);
  });
});

describe("fixedOf: an integer over 10^k written with exactly k decimals", () => {
  it("pads, places the dot and keeps the sign", () => {
    expect(fixedOf(3704, 2)).toBe("37.04");
    expect(fixedOf(4, 2)).toBe("0.04");
    expect(fixedOf(40, 3)).toBe("0.040");
    expect(fixedOf(-5, 1)).toBe("-0.5");
    expect(fixedOf(-3704, 2)).toBe("-37.04");
    expect(fixedOf(0, 0)).toBe("0");
    expect(fixedOf(7, 0)).toBe("7");
    expect(fixedOf(0, 2)).toBe("0.00");
  });

  it("round-trips with scaled for every short unsigned decimal", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 6 }), (q, k) => {
        expect(scaled(fixedOf(q, k), k)).toBe(q);
      }),
      { numRuns: runs },
    );
  });
});

describe("intervalFast: the rounding interval of a reported value", () => {
  it("is [v − ½·10⁻ᵏ, v + ½·10⁻ᵏ] written with k + 1 decimals", () => {
    expect(intervalFast("37.04", 2)).toEqual({ low: "37.035", high: "37.045" });
    expect(intervalFast("0", 0)).toEqual({ low: "-0.5", high: "0.5" });
    expect(intervalFast("12.5", 1)).toEqual({ low: "12.45", high: "12.55" });
  });

  it("is null where scaled is null", () => {
    expect(intervalFast("-1", 0)).toBeNull();
    expect(intervalFast("37.0", 2)).toBeNull();
  });

  it("equals the decimal intervalOf numerically", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 6 }), (q, k) => {
        const text = fixedOf(q, k);
        const fast = intervalFast(text, k);
        const slow = intervalOf(text, k);
        expect(fast).not.toBeNull();
        expect(slow).not.toBeNull();
        expect(Number(fast?.low)).toBe(Number(slow?.low));
        expect(Number(fast?.high)).toBe(Number(slow?.high));
      }),
      { numRuns: runs },
    );
  });
});

/** What the engine's general path reports for the same rate (the reference of the fast path). */
function decimalPath(v: number, k: number, n: number, d: number, factor: number, keep: number) {
  const c = compareReportedRate({ value: fixedOf(v, k), decimals: k }, String(n), String(d), { factor });
  if (c.computed === null) throw new Error("reference failed");
  return {
    consistent: c.status === "consistent",
    truncated: c.status === "truncated",
    exact: c.computed.exact,
    rounded: c.computed.rounded,
    shown: roundShown(c.computed.exact, keep),
    cut: short(c.computed.exact, keep + 1),
  };
}

/**
 * Parts `n / d × factor` and a rate written at `k` decimals near its true value: the rounding, or a few
 * units of the last digit off (so consistent, truncated and wrong rates all occur).
 */
function nearRate(max: number, maxDecimals: number) {
  return fc
    .tuple(
      fc.integer({ min: 0, max }),
      fc.integer({ min: 1, max }),
      fc.constantFrom(1, 100, 1000),
      fc.integer({ min: 0, max: maxDecimals }),
      fc.integer({ min: -3, max: 3 }),
    )
    .map(([n, d, factor, k, nudge]) => {
      const near = Math.round(((n * factor) / d) * 10 ** k);
      return { n, d, factor, k, v: Math.max(0, near + nudge) };
    });
}

describe("intRate: a reported rate against n / d × factor in integers", () => {
  it("37.04 for 10/27 is consistent; 37.03 is the truncation; 37.05 is a mismatch", () => {
    const ok = intRate(3704, 2, 10, 27, 100, 2);
    expect(ok).toEqual({
      consistent: true,
      exact: "37.03703703703703703703",
      rounded: "37.04",
      truncated: "37.03",
      shown: "37.04",
      cut: "37.037…",
    });
    const cut = intRate(3703, 2, 10, 27, 100, 2);
    expect(cut?.consistent).toBe(false);
    expect(cut?.truncated).toBe(fixedOf(3703, 2));
    const wrong = intRate(3705, 2, 10, 27, 100, 2);
    expect(wrong?.consistent).toBe(false);
    expect(wrong?.truncated).not.toBe(fixedOf(3705, 2));
  });

  it("accepts both ends of the rounding interval and nothing beyond", () => {
    // 1/8 × 100 = 12.5 rounds half-up to 13, but the closed interval of a reported 12 is [11.5, 12.5]
    // and of 13 is [12.5, 13.5]: both contain 12.5, so both are consistent.
    expect(intRate(12, 0, 1, 8, 100, 2)?.consistent).toBe(true);
    expect(intRate(13, 0, 1, 8, 100, 2)?.consistent).toBe(true);
    expect(intRate(11, 0, 1, 8, 100, 2)?.consistent).toBe(false);
    expect(intRate(14, 0, 1, 8, 100, 2)?.consistent).toBe(false);
    expect(intRate(13, 0, 1, 8, 100, 2)?.rounded).toBe("13");
    expect(intRate(13, 0, 1, 8, 100, 2)?.truncated).toBe("12");
  });

  it("writes exact values without trailing zeros, even when the 20 digits end in zeros", () => {
    // 1/1001 = 0.000999 000999 000999 00|0999…: 20 digits end in "00"
    expect(intRate(0, 0, 1, 1001, 1, 2)?.exact).toBe("0.000999000999000999");
    expect(intRate(50, 0, 1, 2, 100, 2)?.exact).toBe("50");
    expect(intRate(50, 0, 1, 2, 100, 2)?.shown).toBe("50");
    expect(intRate(50, 0, 1, 2, 100, 2)?.cut).toBe("50");
    expect(intRate(13, 0, 1, 8, 100, 2)?.shown).toBe("12.5");
    expect(intRate(13, 0, 1, 8, 100, 2)?.cut).toBe("12.5");
    expect(intRate(0, 0, 1, 1001, 1, 2)?.shown).toBe("0.00");
    expect(intRate(0, 0, 1, 1001, 1, 2)?.cut).toBe("0.000…");
  });

  it("is null outside the exact integer range", () => {
    const base = [3704, 2, 10, 27, 100, 2] as const;
    const withArg = (i: number, x: number) => {
      const a: number[] = [...base];
      a[i] = x;
      return intRate(a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!);
    };
    expect(intRate(...base)).not.toBeNull();
    // denominator: zero, negative, NaN, fractional, above 10^9
    for (const d of [0, -1, Number.NaN, 1.5, 1e9 + 1]) expect(withArg(3, d), `d=${d}`).toBeNull();
    expect(withArg(3, 1e9)).not.toBeNull();
    // numerator: negative, fractional, unsafe
    for (const n of [-1, 0.5, 2 ** 53]) expect(withArg(2, n), `n=${n}`).toBeNull();
    expect(withArg(2, 0)).not.toBeNull();
    // factor: fractional
    expect(withArg(4, 0.5)).toBeNull();
    // k: more than 6 decimals
    expect(withArg(1, 7)).toBeNull();
    expect(intRate(3703704, 6, 10, 27, 100, 6)).not.toBeNull();
    // shown decimals: more than 7
    expect(withArg(5, 8)).toBeNull();
    expect(withArg(5, 7)).not.toBeNull();
    // products leaving the safe range
    expect(intRate(1, 0, 2 ** 52, 1, 100, 2)).toBeNull(); // n × factor × 2
    expect(intRate(2 ** 52, 0, 1, 3, 100, 2)).toBeNull(); // 2v ± 1 times d
    expect(intRate(0, 2, 10 ** 9, 3, 100, 7)).toBeNull(); // a × 10^8 for the cut
  });

  it("gives exactly the decimal path's verdict and texts inside its range", () => {
    fc.assert(
      fc.property(nearRate(10 ** 6, 4), ({ n, d, factor, k, v }) => {
        const keep = Math.max(2, k);
        const fast = intRate(v, k, n, d, factor, keep);
        expect(fast).not.toBeNull();
        if (fast === null) return;
        const ref = decimalPath(v, k, n, d, factor, keep);
        expect(fast.consistent).toBe(ref.consistent);
        if (!fast.consistent) expect(fast.truncated === fixedOf(v, k)).toBe(ref.truncated);
        expect(fast.exact).toBe(ref.exact);
        expect(fast.rounded).toBe(ref.rounded);
        expect(fast.shown).toBe(ref.shown);
        expect(fast.cut).toBe(ref.cut);
      }),
      { numRuns: runs },
    );
  });
});

describe("intRateConsistent: the consistency verdict alone, before any digits are built", () => {
  it("answers like intRate on the worked cases", () => {
    expect(intRateConsistent(3704, 2, 10, 27, 100)).toBe(true);
    expect(intRateConsistent(3703, 2, 10, 27, 100)).toBe(false); // the truncation is not the rounding
    expect(intRateConsistent(12, 0, 1, 8, 100)).toBe(true); // 12.5 is an end of [11.5, 12.5]
    expect(intRateConsistent(13, 0, 1, 8, 100)).toBe(true); // and of [12.5, 13.5]
    expect(intRateConsistent(14, 0, 1, 8, 100)).toBe(false);
  });

  it("is null outside the exact range (then the general comparison decides)", () => {
    expect(intRateConsistent(1, 0, 1, 0, 100)).toBeNull(); // zero denominator
    expect(intRateConsistent(1, 0, -1, 3, 100)).toBeNull(); // negative numerator
    expect(intRateConsistent(1, 0, 1.5, 3, 100)).toBeNull(); // not an integer
    expect(intRateConsistent(1, 0, 1, 2e9, 100)).toBeNull(); // denominator past 10⁹
    expect(intRateConsistent(1, 7, 1, 3, 100)).toBeNull(); // more than 6 decimals
    expect(intRateConsistent(1, 0, 2 ** 52, 1, 100)).toBeNull(); // 2 × n × factor past 2⁵³
  });

  it("equals intRate's `consistent` wherever intRate answers, and the decimal path's verdict everywhere it answers", () => {
    fc.assert(
      fc.property(nearRate(10 ** 7, 6), ({ n, d, factor, k, v }) => {
        const alone = intRateConsistent(v, k, n, d, factor);
        const full = intRate(v, k, n, d, factor, Math.max(2, k));
        if (full !== null) expect(alone).toBe(full.consistent);
        if (alone === null) return;
        const c = compareReportedRate({ value: fixedOf(v, k), decimals: k }, String(n), String(d), {
          factor,
        });
        expect(alone).toBe(c.status === "consistent");
      }),
      { numRuns: runs },
    );
  });
});
