import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareDecimal,
  compareReportedRate,
  compareReportedSum,
  compareReportedValue,
  intervalOf,
  parseVietnameseNumber,
  sumIntervals,
} from "../../src/numbers/index.js";

/** Appendix rows of the Khánh Hòa SKHCN H1 2022 report: reported rate, numerator, denominator. */
const REAL = {
  "1.2": { reported: "37,03%", num: 10, den: 27 },
  "7.7.1": { reported: "18,52%", num: 10, den: 54 },
  "7.7.2": { reported: "14,81%", num: 8, den: 54 },
  "3.4.1": { reported: "100%", num: 80, den: 80 },
  "7.5.3": { reported: "84%", num: 732, den: 876 },
  "7.7.4": { reported: "100%", num: 72, den: 83 },
  "7.7.6": { reported: "14,81%", num: 8, den: 18 },
} as const;

function check(id: keyof typeof REAL) {
  const row = REAL[id];
  const p = parseVietnameseNumber(row.reported);
  if (!p.ok) throw new Error("fixture does not parse");
  return compareReportedRate(p.value, row.num, row.den);
}

describe("intervalOf", () => {
  it("is v ± ½·10⁻ᵈ, exact", () => {
    expect(intervalOf("37.03", 2)).toEqual({ low: "37.025", high: "37.035" });
    expect(intervalOf("84", 0)).toEqual({ low: "83.5", high: "84.5" });
    expect(intervalOf("20000", -3)).toEqual({ low: "19500", high: "20500" });
    expect(intervalOf("0", 1)).toEqual({ low: "-0.05", high: "0.05" });
  });
  it("returns null on invalid input", () => {
    expect(intervalOf("x", 2)).toBeNull();
    expect(intervalOf("1", 1.5)).toBeNull();
  });
  it("contains its value (property)", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: -3, max: 10 }),
        (m, s, d) => {
          const v = (m / 10 ** s).toFixed(s);
          const i = intervalOf(v, d)!;
          expect(compareDecimal(i.low, v)).toBeLessThanOrEqual(0);
          expect(compareDecimal(v, i.high)).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});

describe("compareReportedRate — the real report", () => {
  it("1.2: 37,03% for 10/27 is truncated (37.037…% rounds to 37,04)", () => {
    const r = check("1.2");
    expect(r.status).toBe("truncated");
    expect(r.computed).toEqual({ exact: "37.03703703703703703703", rounded: "37.04", truncated: "37.03" });
    expect(r.interval).toEqual({ low: "37.025", high: "37.035" });
    expect(r.reported).toEqual({ value: "37.03", decimals: 2 });
  });
  it.each(["7.7.1", "7.7.2", "3.4.1", "7.5.3"] as const)("%s is consistent", (id) => {
    expect(check(id).status).toBe("consistent");
  });
  it.each(["7.7.4", "7.7.6"] as const)("%s is inconsistent", (id) => {
    expect(check(id).status).toBe("inconsistent");
  });
  it("a zero denominator is undefined", () => {
    const r = compareReportedRate({ value: "0", decimals: 0 }, 0, 0);
    expect(r.status).toBe("undefined");
    expect(r.computed).toBeNull();
    expect(r.interval).toEqual({ low: "-0.5", high: "0.5" });
  });
  it("closed interval: a quotient exactly on a bound is consistent", () => {
    // 37/200 × 100 = 18.5 exactly; 18 written with 0 decimals → [17.5, 18.5]
    expect(compareReportedRate({ value: "18", decimals: 0 }, 37, 200).status).toBe("consistent");
    expect(compareReportedRate({ value: "19", decimals: 0 }, 37, 200).status).toBe("consistent");
    expect(compareReportedRate({ value: "20", decimals: 0 }, 37, 200).status).toBe("inconsistent");
  });
  it("factor 1 compares a plain ratio", () => {
    expect(compareReportedRate({ value: "0.5", decimals: 1 }, 1, 2, { factor: 1 }).status).toBe("consistent");
  });
  it("invalid inputs give status invalid, never a throw", () => {
    expect(compareReportedRate({ value: "x", decimals: 2 }, 1, 2).status).toBe("invalid");
    expect(compareReportedRate({ value: "1", decimals: 0 }, "y", 2).status).toBe("invalid");
    expect(compareReportedRate({ kind: "blank", raw: "" }, 1, 2).status).toBe("invalid");
  });
  it("the rounded rate is always consistent with its own quotient (property)", () => {
    fc.assert(
      fc.property(
        fc.nat(5000),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 4 }),
        (n, d, k) => {
          const p = 10 ** k;
          const rounded = (Math.round(((n * 100) / d) * p) / p).toFixed(k);
          const r = compareReportedRate({ value: rounded, decimals: k }, n, d);
          // float rounding can differ only at exact ties, which still lie on the closed interval's bound
          expect(r.status).toBe("consistent");
        },
      ),
    );
  });
});

describe("compareReportedValue and sums", () => {
  it("checks an exact value against a reported value's interval", () => {
    expect(compareReportedValue({ value: "20000", decimals: 0 }, "20000").status).toBe("consistent");
    expect(compareReportedValue({ value: "1.2", decimals: 1 }, "1.29").status).toBe("truncated");
    expect(compareReportedValue({ value: "1.2", decimals: 1 }, "1.31").status).toBe("inconsistent");
    expect(compareReportedValue({ value: "1.2", decimals: 1 }, "abc").status).toBe("invalid");
  });
  it("sumIntervals adds bounds", () => {
    expect(
      sumIntervals([
        { value: "1.2", decimals: 1 },
        { value: "3", decimals: 0 },
      ]),
    ).toEqual({ low: "3.65", high: "4.75" });
    expect(sumIntervals([])).toEqual({ low: "0", high: "0" });
    expect(sumIntervals([{ value: "a", decimals: 0 }])).toBeNull();
  });
  it("compareReportedSum: 3.1.4 total 54 TTHC = 54 + 0 + 0", () => {
    const part = (v: string) => ({ value: v, decimals: 0 });
    expect(compareReportedSum(part("54"), [part("54"), part("0"), part("0")]).status).toBe("consistent");
    expect(compareReportedSum(part("54"), [part("54"), part("2")]).status).toBe("inconsistent");
    expect(
      compareReportedSum(part("100"), [
        { value: "33.3", decimals: 1 },
        { value: "66.7", decimals: 1 },
      ]).status,
    ).toBe("consistent");
    expect(compareReportedSum(part("x"), []).status).toBe("invalid");
  });
});
