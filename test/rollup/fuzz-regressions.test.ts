import { describe, expect, it } from "vitest";
import { QD766_EXAMPLE_TABLE, rollupReports, scoreReport } from "../../src/rollup/index.js";
import { H1_2022, report } from "./fixtures.js";

// Found by test/fuzz/rollup.fuzz.test.ts.
describe("rollupReports with a huge numeric value", () => {
  it("does not throw on value -1e199 (valid for the schema; was: InvalidDecimalError)", () => {
    const a = report("a", { "7.7.2.a": -1e199, "3.1.4": 5 }, H1_2022);
    const b = report("b", { "7.7.2.a": 3, "3.1.4": 7 }, H1_2022);
    const r = rollupReports("kh", [a, b]);
    expect(r.report.values["3.1.4"]?.value).toBe("12");
    expect(r.report.values["7.7.2.a"]?.value).toBe("3");
  });
});

describe("scoreReport with a malformed table", () => {
  const inputs = { "satisfaction-rate": "92" };
  it("gives invalid-input for every criterion when decimals is not an integer 0–100 (was: a throw)", () => {
    for (const decimals of [Number.NaN, 1.5, -1, 1e9, "2" as unknown as number]) {
      const r = scoreReport(
        report("a", { "3.4.1": "90%" }),
        { ...QD766_EXAMPLE_TABLE, decimals },
        { inputs },
      );
      expect(r.complete).toBe(false);
      expect(r.criteria.every((c) => c.points === null)).toBe(true);
      expect(r.criteria.some((c) => c.reason?.code === "invalid-input")).toBe(true);
      expect(r.total).toBe("0");
    }
  });

  it("scores normally with valid decimals", () => {
    const r = scoreReport(report("a", {}), QD766_EXAMPLE_TABLE, { inputs });
    expect(r.criteria.find((c) => c.id === "766.5")?.points).toBe("18.00");
  });
});
