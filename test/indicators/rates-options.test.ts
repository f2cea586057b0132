import { describe, expect, it } from "vitest";
import { CATALOG_2022, deriveCatalog } from "../../src/catalog/index.js";
import { computeRates, electronicDocumentRate, staffReductionRate } from "../../src/indicators/index.js";
import type { Report } from "../../src/model/report.js";

const period = { kind: "half-year" as const, year: 2022, index: 1, from: "2022-01-01", to: "2022-06-30" };
const rep = (values: Report["values"]): Report => ({
  format: "cchc.report/1",
  agency: { id: "x" },
  period,
  values,
});
const RATE_ROWS = new Set(CATALOG_2022.rows.filter((r) => r.kind === "rate").map((r) => r.id));

describe("computeRates: which rows", () => {
  it("computes rate rows only: a count written as a fraction is not a rate", () => {
    const r = computeRates(
      rep({ "3.1.4": { raw: "54/55 TTHC" }, "1.2.a": { value: 27 }, "1.2.b": { value: 10 } }),
    );
    expect(r).not.toHaveProperty("3.1.4");
    expect(Object.keys(r).every((id) => RATE_ROWS.has(id))).toBe(true);
    expect(Object.keys(r)).toContain("1.2");
  });
  it("prefers the rate row's relation to the fraction written in the row", () => {
    const r = computeRates(rep({ "1.2": { raw: "1/4" }, "1.2.a": { value: 27 }, "1.2.b": { value: 10 } }));
    expect(r["1.2"]).toMatchObject({ value: "37.04", source: "relation", numeratorId: "1.2.b" });
  });
  it("computes a rate row with two relations from the first", () => {
    const twice = deriveCatalog(CATALOG_2022, {
      version: "2022-twice",
      addRelations: [{ kind: "rate", rate: "1.2", numerator: "1.2.b", denominator: "1.2.b", factor: 100 }],
    });
    const r = computeRates(rep({ "1.2.a": { value: 27 }, "1.2.b": { value: 10 } }), { catalog: twice });
    expect(r["1.2"]).toMatchObject({ value: "37.04", denominatorId: "1.2.a" });
  });
  it("says why a rate written as a fraction cannot be computed", () => {
    const r = computeRates(rep({ "7.5.3.a": { raw: "5/0" } }));
    expect(r["7.5.3.a"]).toEqual({
      id: "7.5.3.a",
      value: null,
      exact: null,
      numerator: "5",
      denominator: "0",
      source: "fraction",
      reason: "zero-denominator",
    });
  });
  it("rounds a rate written as a fraction as asked", () => {
    const values = { "7.5.3.a": { raw: "2/3" } };
    expect(computeRates(rep(values))["7.5.3.a"]?.value).toBe("66.67");
    expect(computeRates(rep(values), { decimals: 1, rounding: "down" })["7.5.3.a"]).toMatchObject({
      value: "66.6",
      source: "fraction",
    });
  });
});

describe("electronicDocumentRate", () => {
  it("writes its formula", () => {
    expect(electronicDocumentRate(732, 876)).toMatchObject({ ok: true, formula: "732 / 876 × 100" });
  });
  it("rounds half-up to 2 decimals by default, else as asked", () => {
    expect(electronicDocumentRate(2, 3).value).toBe("66.67");
    expect(electronicDocumentRate(2, 3, { decimals: 1 }).value).toBe("66.7");
    expect(electronicDocumentRate(2, 3, { rounding: "down" }).value).toBe("66.66");
  });
});

describe("staffReductionRate", () => {
  const invalid = {
    ok: false,
    value: null,
    error: { code: "invalid-input", message: { vi: "đầu vào không hợp lệ", en: "invalid input" } },
  };
  it("rounds half-up to 2 decimals by default, else as asked", () => {
    expect(staffReductionRate({ reduced: 2, baseline2015: 3 }).value).toBe("66.67");
    expect(staffReductionRate({ reduced: 2, baseline2015: 3 }, { decimals: 1 }).value).toBe("66.7");
    expect(staffReductionRate({ present: 1, baseline2015: 3 }, { rounding: "down" }).value).toBe("66.66");
  });
  it("marks the rate from present staff unverified too, with its formula", () => {
    expect(staffReductionRate({ present: 33, baseline2015: 36 })).toMatchObject({
      ok: true,
      verified: false,
      formula: "3 / 36 × 100",
    });
  });
  it("gives a typed invalid-input error, never throws, for input that is not a record", () => {
    for (const bad of [null, undefined, "x", 5]) {
      expect(staffReductionRate(bad as never)).toEqual(invalid);
    }
  });
  it("gives invalid-input for a present or baseline figure that is not a number, or a negative headcount", () => {
    expect(staffReductionRate({ present: "x", baseline2015: 36 } as never)).toEqual(invalid);
    expect(staffReductionRate({ present: 33, baseline2015: "x" } as never)).toEqual(invalid);
    expect(staffReductionRate({ present: -4, baseline2015: 36 })).toEqual(invalid);
  });
  it("gives a negative-rate error when staff grew since 2015", () => {
    expect(staffReductionRate({ present: 40, baseline2015: 36 })).toMatchObject({
      ok: false,
      error: { code: "negative" },
    });
  });
});
