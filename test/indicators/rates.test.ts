import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_2022, deriveCatalog } from "../../src/catalog/index.js";
import type { Catalog } from "../../src/catalog/types.js";
import {
  completeReport,
  computeRates,
  electronicDocumentRate,
  readIndicatorValue,
  staffReductionRate,
} from "../../src/indicators/index.js";
import type { Report } from "../../src/model/report.js";
import { rate } from "../../src/numbers/rate.js";

const khanhHoa = JSON.parse(
  readFileSync(new URL("../../examples/khanh-hoa-skhcn-2022h1.json", import.meta.url), "utf8"),
) as Report;

const period = { kind: "half-year" as const, year: 2022, index: 1, from: "2022-01-01", to: "2022-06-30" };
const rep = (values: Report["values"]): Report => ({
  format: "cchc.report/1",
  agency: { id: "x" },
  period,
  values,
});

describe("computeRates on the reference report", () => {
  // computed inside each test: a mutation-testing run activates a mutant for the tests only
  const reference = () => computeRates(khanhHoa);
  it("recomputes 1.2 from 10/27 (the report truncated it to 37,03%)", () => {
    const rates = reference();
    expect(rates["1.2"]).toMatchObject({
      value: "37.04",
      numerator: "10",
      denominator: "27",
      source: "relation",
    });
    expect(rates["1.2"]?.exact?.startsWith("37.037037")).toBe(true);
  });
  it("computes 7.7.1/7.7.2 over their own eligible sub-rows (the template's reading), not over 3.1.4", () => {
    const rates = reference();
    expect(rates["7.7.1"]).toMatchObject({
      value: "100.00",
      numerator: "10",
      denominator: "10",
      denominatorId: "7.7.1.a",
    });
    expect(rates["7.7.2"]).toMatchObject({ value: "100.00", denominatorId: "7.7.2.a" });
    expect(rates["7.7.6"]).toMatchObject({ value: "44.44", numerator: "8", denominator: "18" });
  });
  it("computes on-time, online dossier, postal and disbursement rates", () => {
    const rates = reference();
    expect(rates["3.4.1"]?.value).toBe("100.00");
    expect(rates["7.7.4"]?.value).toBe("86.75");
    expect(rates["7.8.2"]?.value).toBe("0.00");
    expect(rates["6.1"]).toMatchObject({ value: "0.00", numerator: "0", denominator: "20000" });
  });
  it("says why when a component is blank", () => {
    const rates = reference();
    expect(rates["7.7.5"]).toMatchObject({ value: null, reason: "missing-denominator" });
    expect(rates["7.7.6"]?.value).toBe("44.44");
  });
  it("computes a rate row written as a fraction (7.5.3.a, 732VBĐT/876VBD)", () => {
    const rates = reference();
    expect(rates["7.5.3.a"]).toMatchObject({ value: "83.56", source: "fraction" });
  });
});

describe("computeRates behaviour", () => {
  it("gives null, not 0%, over a zero denominator", () => {
    const r = computeRates(rep({ "1.2.a": { value: 0 }, "1.2.b": { value: 0 } }));
    expect(r["1.2"]).toMatchObject({ value: null, reason: "zero-denominator" });
  });
  it("reports a missing numerator", () => {
    expect(computeRates(rep({ "1.2.a": { value: 5 } }))["1.2"]?.reason).toBe("missing-numerator");
  });
  it("follows the rounding and decimals asked for", () => {
    const r = rep({ "1.2.a": { value: 27 }, "1.2.b": { value: 10 } });
    expect(computeRates(r, { decimals: 1 })["1.2"]?.value).toBe("37.0");
    expect(computeRates(r, { rounding: "down" })["1.2"]?.value).toBe("37.03");
  });
  it("is driven by the catalog's rate relations, not per-row code", () => {
    const catalog: Catalog = {
      version: "test",
      effectiveFrom: "2000-01-01",
      source: "test",
      verified: false,
      rows: [
        {
          id: "9",
          code: "9.",
          parent: null,
          name: { vi: "r", en: "r" },
          unit: null,
          kind: "rate",
          rollup: "recompute",
          additive: false,
        },
        {
          id: "9.a",
          code: null,
          parent: "9",
          name: { vi: "n", en: "n" },
          unit: null,
          kind: "count",
          rollup: "sum",
          additive: true,
        },
        {
          id: "9.b",
          code: null,
          parent: "9",
          name: { vi: "d", en: "d" },
          unit: null,
          kind: "count",
          rollup: "sum",
          additive: true,
        },
      ],
      relations: [{ kind: "rate", rate: "9", numerator: "9.a", denominator: "9.b", factor: 1000 }],
    };
    const r = computeRates(rep({ "9.a": { value: 3 }, "9.b": { value: 4 } }), { catalog });
    expect(Object.keys(r)).toEqual(["9"]);
    expect(r["9"]?.value).toBe("750.00");
  });
  it("agrees with rate() for any counts (property)", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 100_000 }), (n, d) => {
        const r = computeRates(rep({ "3.4.1.c": { value: n }, "3.4.1.b": { value: d } }));
        expect(r["3.4.1"]?.value).toBe(rate(n, d).value);
      }),
    );
  });
});

describe("standalone rates", () => {
  it("electronic documents: 732/876", () => {
    expect(electronicDocumentRate(732, 876)).toMatchObject({ ok: true, value: "83.56", verified: true });
    expect(electronicDocumentRate("732", "876", { decimals: 0 }).value).toBe("84");
    expect(electronicDocumentRate(1, 0)).toMatchObject({ ok: false, value: null });
  });
  it("staff reduction vs 2015 is marked unverified", () => {
    expect(staffReductionRate({ reduced: 3, baseline2015: 36 })).toMatchObject({
      ok: true,
      value: "8.33",
      verified: false,
    });
    expect(staffReductionRate({ present: 33, baseline2015: 36 }).value).toBe("8.33");
    expect(staffReductionRate({ reduced: 1, baseline2015: 0 }).ok).toBe(false);
    expect(staffReductionRate({ present: "x", baseline2015: 1 } as never).ok).toBe(false);
  });
});

describe("completeReport", () => {
  it("fills a blank rate from its components and says so", () => {
    const { report, filled } = completeReport(khanhHoa);
    expect(report.values["6.1"]?.value).toBe("0.00");
    expect(filled.find((f) => f.id === "6.1")).toEqual({
      id: "6.1",
      value: "0.00",
      from: "rate",
      inputs: ["6.1.b", "6.1.a"],
    });
    expect(filled.some((f) => f.id === "1.2")).toBe(false);
    expect(report.values["1.2"]).toEqual(khanhHoa.values["1.2"]);
  });
  it("fills a total from its parts, then the rate that needs it", () => {
    // a local variant of the template that divides 7.7.1 by all procedures in force
    const overAll = deriveCatalog(CATALOG_2022, {
      version: "2022-7.7.1-over-3.1.4",
      removeRelations: (r) => r.kind === "rate" && r.rate === "7.7.1",
      addRelations: [
        { kind: "rate", rate: "7.7.1", numerator: "7.7.1.b", denominator: "3.1.4", factor: 100 },
      ],
    });
    const { report, filled } = completeReport(
      rep({
        "3.1.4.a": { value: 40 },
        "3.1.4.b": { value: 10 },
        "3.1.4.c": { value: 4 },
        "7.7.1.b": { value: 10 },
      }),
      { catalog: overAll },
    );
    expect(report.values["3.1.4"]?.value).toBe("54");
    expect(report.values["7.7.1"]?.value).toBe("18.52");
    expect(filled.map((f) => f.id)).toEqual(["3.1.4", "7.7.1"]);
  });
  it("does not fill a total when a part is blank, nor overwrite a dash", () => {
    const { filled } = completeReport(
      rep({
        "3.1.4.a": { value: 40 },
        "3.1.4.c": { value: 4 },
        "1.2": { raw: "-" },
        "1.2.a": { value: 2 },
        "1.2.b": { value: 1 },
      }),
    );
    expect(filled).toEqual([]);
  });
});

describe("readIndicatorValue", () => {
  it("keeps blank, dash and invalid apart from zero", () => {
    expect(readIndicatorValue({ raw: "" }).status).toBe("blank");
    expect(readIndicatorValue({ raw: "-" }).status).toBe("none");
    expect(readIndicatorValue({ raw: "abc" }).status).toBe("invalid");
    expect(readIndicatorValue({ value: null }).status).toBe("blank");
    expect(readIndicatorValue({ raw: "0" })).toMatchObject({ status: "number", value: "0" });
    expect(readIndicatorValue({ value: "20000.50" })).toMatchObject({ status: "number", decimals: 2 });
  });
});
