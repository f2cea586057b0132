import { describe, expect, it } from "vitest";
import { addDecimal, compareDecimal, MAX_DECIMAL_CHARS, multiplyDecimal } from "../../src/numbers/index.js";
import { QD766_EXAMPLE_TABLE, type ScoringTable, scoreReport } from "../../src/rollup/index.js";
import { oneCriterionTable, report } from "./fixtures.js";

// scoreReport computes with the public exact arithmetic of cchc/numbers: these pin what happens at its
// input limit (MAX_DECIMAL_CHARS) and with table values only decimal.js would read.
const one = (rule: ScoringTable["criteria"][number]["rule"], maxPoints: string, decimals = 2): ScoringTable =>
  oneCriterionTable(rule, maxPoints, { decimals });
const score = (t: ScoringTable, x: string) => scoreReport(report("a", {}), t, { inputs: { x } });

describe("scoreReport at the numbers area's limits", () => {
  it("scores points longer than MAX_DECIMAL_CHARS once padded, and totals them (was: a throw)", () => {
    const max = "1".repeat(150);
    const r = score(one({ kind: "threshold", full: "80" }, max, 60), "40");
    const half = `${"5".repeat(149)}.5`;
    expect(r.criteria[0]?.points).toBe(`${half}${"0".repeat(59)}`);
    expect(r.criteria[0]?.points?.length).toBeGreaterThan(MAX_DECIMAL_CHARS);
    expect(r.total).toBe(r.criteria[0]?.points);
    expect(r.groups[0]?.points).toBe(r.criteria[0]?.points);
    expect(r.maxTotal).toBe(max);
  });

  it("gives invalid-input when value × max is longer than MAX_DECIMAL_CHARS", () => {
    const max = "9".repeat(MAX_DECIMAL_CHARS - 1);
    expect(multiplyDecimal("50", max).length).toBeGreaterThan(MAX_DECIMAL_CHARS);
    const r = score(one({ kind: "threshold", full: "80" }, max), "50");
    expect(r.criteria[0]?.points).toBeNull();
    expect(r.criteria[0]?.reason?.code).toBe("invalid-input");
    expect(r.total).toBe("0.00");
    // reaching the threshold needs no product: full points
    expect(score(one({ kind: "threshold", full: "80" }, max), "80").criteria[0]?.points).toBe(`${max}.00`);
  });

  it("a zero threshold with a negative input is invalid-input, not the points NaN", () => {
    const r = score(one({ kind: "threshold", full: "0" }, "20"), "-5");
    expect(r.criteria[0]?.points).toBeNull();
    expect(r.criteria[0]?.reason?.code).toBe("invalid-input");
    expect(r.total).toBe("0.00");
    expect(score(one({ kind: "threshold", full: "0" }, "20"), "0").criteria[0]?.points).toBe("20.00");
  });

  it("reads table values as decimal strings only", () => {
    for (const max of ["1e2", "0x10", "Infinity", "NaN", " 20"]) {
      const r = score(one({ kind: "proportional" }, max), "50");
      expect(r.criteria[0]?.reason?.code).toBe("invalid-input");
      expect(r.maxTotal).toBeNull();
    }
    expect(score(one({ kind: "threshold", full: "8e1" }, "20"), "50").criteria[0]?.reason?.code).toBe(
      "invalid-input",
    );
    const ok = score(one({ kind: "proportional" }, "20.0"), "50");
    expect(ok.criteria[0]?.points).toBe("10.00");
    expect(ok.maxTotal).toBe("20");
  });

  it("a malformed step is invalid only when the input reaches it", () => {
    const steps = {
      kind: "step" as const,
      steps: [
        { atLeast: "50", points: "5" },
        { atLeast: "90", points: "x" },
      ],
    };
    expect(score(one(steps, "10"), "60").criteria[0]?.points).toBe("5.00");
    expect(score(one(steps, "10"), "95").criteria[0]?.reason?.code).toBe("invalid-input");
  });

  it("sums group points exactly", () => {
    const r = scoreReport(report("a", {}), QD766_EXAMPLE_TABLE, {
      inputs: {
        "publicity-rate": "72.5",
        "digitisation-rate": "33.3",
        "satisfaction-rate": "95",
        "7.7.4": "10",
      },
    });
    const pts = r.criteria.flatMap((c) => (c.points === null ? [] : [c.points]));
    expect(pts).toContain("16.31"); // 72.5 × 18 ÷ 80 = 16.3125
    expect(compareDecimal(r.total, addDecimal(...pts))).toBe(0);
    expect(r.total).toMatch(/^\d+\.\d{2}$/);
  });
});
