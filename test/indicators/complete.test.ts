import { describe, expect, it } from "vitest";
import type { Catalog, CatalogRow } from "../../src/catalog/types.js";
import { completeReport } from "../../src/indicators/index.js";
import type { Report } from "../../src/model/report.js";

const period = { kind: "half-year" as const, year: 2022, index: 1, from: "2022-01-01", to: "2022-06-30" };
const rep = (values: Report["values"]): Report => ({
  format: "cchc.report/1",
  agency: { id: "x" },
  period,
  values,
});
const row = (id: string, kind: "rate" | "count"): CatalogRow => ({
  id,
  code: null,
  parent: null,
  name: { vi: id, en: id },
  unit: null,
  kind,
  rollup: kind === "rate" ? "recompute" : "sum",
  additive: kind !== "rate",
});
/** r = n / d × 100 where n = n1 + n2 — the rate's relation listed before the sum it needs. */
const chain: Catalog = {
  version: "test-chain",
  effectiveFrom: "2000-01-01",
  source: "test",
  verified: false,
  rows: [row("r", "rate"), row("n", "count"), row("n1", "count"), row("n2", "count"), row("d", "count")],
  relations: [
    { kind: "rate", rate: "r", numerator: "n", denominator: "d", factor: 100 },
    { kind: "sum", total: "n", parts: ["n1", "n2"] },
  ],
};

/** q = r / e × 100 over the rate r above, listed first: filled only after r, which needs n first. */
const rateOfRate: Catalog = {
  ...chain,
  version: "test-rate-of-rate",
  rows: [row("q", "rate"), row("e", "count"), ...chain.rows],
  relations: [{ kind: "rate", rate: "q", numerator: "r", denominator: "e", factor: 100 }, ...chain.relations],
};

describe("completeReport", () => {
  it("fills as many rounds as needed, whatever the order of the relations", () => {
    const { report, filled } = completeReport(rep({ n1: { value: 1 }, n2: { value: 1 }, d: { value: 3 } }), {
      catalog: chain,
    });
    expect(filled).toEqual([
      { id: "n", value: "2", from: "sum", inputs: ["n1", "n2"] },
      { id: "r", value: "66.67", from: "rate", inputs: ["n", "d"] },
    ]);
    expect(report.values.r).toEqual({ value: "66.67" });
  });
  it("fills a value that needs a filled rate in a further round", () => {
    const { filled } = completeReport(
      rep({ n1: { value: 1 }, n2: { value: 1 }, d: { value: 4 }, e: { value: 200 } }),
      { catalog: rateOfRate },
    );
    expect(filled.map((f) => `${f.id}=${f.value}`)).toEqual(["n=2", "r=50.00", "q=25.00"]);
  });
  it("rounds filled rates to the decimals and rounding asked for", () => {
    const values = { n: { value: 2 }, d: { value: 3 } };
    expect(completeReport(rep(values), { catalog: chain, decimals: 1 }).report.values.r).toEqual({
      value: "66.7",
    });
    expect(completeReport(rep(values), { catalog: chain, rounding: "down" }).report.values.r).toEqual({
      value: "66.66",
    });
  });
  it("keeps the note of a row it fills", () => {
    const { report } = completeReport(rep({ n: { value: 1 }, d: { value: 4 }, r: { note: "ước tính" } }), {
      catalog: chain,
    });
    expect(report.values.r).toEqual({ value: "25.00", note: "ước tính" });
  });
  it("never overwrites a reported rate or total, even when its components disagree", () => {
    const { report, filled } = completeReport(
      rep({ n1: { value: 1 }, n2: { value: 1 }, n: { value: 5 }, d: { value: 10 }, r: { value: 1 } }),
      { catalog: chain },
    );
    expect(filled).toEqual([]);
    expect(report.values).toMatchObject({ n: { value: 5 }, r: { value: 1 } });
  });
  it("leaves the report's other fields as they are", () => {
    const input = { ...rep({ n: { value: 1 }, d: { value: 2 } }), asOf: "2022-07-01" };
    const { report } = completeReport(input, { catalog: chain });
    expect(report).toMatchObject({ agency: { id: "x" }, period, asOf: "2022-07-01" });
    expect(input.values).not.toHaveProperty("r");
  });
});
