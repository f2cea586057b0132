import { describe, expect, it } from "vitest";
import { type ScoringTable, scoreReport } from "../../src/rollup/index.js";
import { oneCriterionTable, report } from "./fixtures.js";

const table = oneCriterionTable;
const pointsFor = (t: ScoringTable, x: string) =>
  scoreReport(report("a", {}), t, { inputs: { x } }).criteria[0]?.points;

describe("scoreReport: what each rule gives", () => {
  it("threshold: full points at or above the threshold, a share below it, 0 for a negative input", () => {
    const t = table({ kind: "threshold", full: "80" }, "20");
    expect(pointsFor(t, "80")).toBe("20.00");
    expect(pointsFor(t, "95")).toBe("20.00");
    expect(pointsFor(t, "79.99")).toBe("20.00"); // 19.9975 rounded half-up
    expect(pointsFor(t, "40")).toBe("10.00");
    expect(pointsFor(t, "-5")).toBe("0.00");
  });
  it("proportional: the input's share of 100, capped at 100 % and at 0", () => {
    const t = table({ kind: "proportional" }, "20");
    expect(pointsFor(t, "50")).toBe("10.00");
    expect(pointsFor(t, "150")).toBe("20.00");
    expect(pointsFor(t, "-10")).toBe("0.00");
    expect(pointsFor(t, "100")).toBe("20.00");
  });
  it("step: the highest step reached whatever the order of the steps, capped at the maximum", () => {
    const t = table(
      {
        kind: "step",
        steps: [
          { atLeast: "90", points: "9" },
          { atLeast: "10", points: "2" },
          { atLeast: "50", points: "5" },
        ],
      },
      "6",
    );
    expect(pointsFor(t, "5")).toBe("0.00");
    expect(pointsFor(t, "10")).toBe("2.00");
    expect(pointsFor(t, "60")).toBe("5.00");
    expect(pointsFor(t, "90")).toBe("6.00");
  });
  it("a rule that is not one of the three kinds, or steps that are not a list, is invalid-input", () => {
    const bad = scoreReport(report("a", {}), table({ kind: "linear" } as never, "5"), { inputs: { x: "1" } });
    expect(bad.criteria[0]).toMatchObject({
      points: null,
      input: "1",
      reason: {
        code: "invalid-input",
        ids: ["x"],
        message: { vi: "bảng điểm không hợp lệ", en: "invalid scoring table" },
      },
    });
    expect(pointsFor(table({ kind: "step", steps: null } as never, "5"), "1")).toBeNull();
    expect(pointsFor(table(null as never, "5"), "1")).toBeNull();
  });
});

describe("scoreReport: decimals", () => {
  it("writes points and totals with the table's decimals (2 by default)", () => {
    const t0 = table({ kind: "proportional" }, "3", { decimals: 0 });
    const r0 = scoreReport(report("a", {}), t0, { inputs: { x: "50" } });
    expect(r0.criteria[0]?.points).toBe("2"); // 1.5 rounded half-up
    expect(r0.total).toBe("2");
    const t1 = table({ kind: "proportional" }, "3", { decimals: 1 });
    expect(pointsFor(t1, "50")).toBe("1.5");
    expect(pointsFor(table({ kind: "proportional" }, "3"), "50")).toBe("1.50");
    expect(pointsFor(table({ kind: "proportional" }, "3", { decimals: 3 }), "50")).toBe("1.500");
  });
  it("a malformed decimals makes every criterion invalid-input and writes totals without decimals", () => {
    for (const decimals of [1.5, -1, 101]) {
      const r = scoreReport(report("a", {}), table({ kind: "proportional" }, "3", { decimals }), {
        inputs: { x: "50" },
      });
      expect(r.criteria[0]?.reason?.code).toBe("invalid-input");
      expect(r.total).toBe("0");
      expect(r.groups[0]?.points).toBe("0");
    }
    expect(pointsFor(table({ kind: "proportional" }, "3", { decimals: 100 }), "50")).toBe(
      `1.5${"0".repeat(99)}`,
    );
  });
});

describe("scoreReport: inputs, reasons and totals", () => {
  const two = (over: Partial<ScoringTable["criteria"][number]> = {}): ScoringTable => ({
    id: "t2",
    name: { vi: "t", en: "t" },
    source: "test",
    verified: true,
    groups: [
      { id: "g", name: { vi: "g", en: "g" }, maxPoints: "10" },
      { id: "h", name: { vi: "h", en: "h" }, maxPoints: "5.5" },
    ],
    criteria: [
      {
        id: "ratio",
        group: "g",
        name: { vi: "r", en: "r" },
        maxPoints: "10",
        reads: ["3.4.1.c", "3.4.1.b"],
        rule: { kind: "proportional" },
        source: "s",
        verified: true,
        ...over,
      },
    ],
  });
  it("reads the report's values, and a given input wins over the report", () => {
    const rep = report("a", { "3.4.1.c": 1, "3.4.1.b": 2 });
    const r = scoreReport(rep, two());
    expect(r.criteria[0]).toMatchObject({ points: "5.00", input: "50" });
    const over = scoreReport(rep, two(), { inputs: { "3.4.1.c": "2" } });
    expect(over.criteria[0]?.points).toBe("10.00");
  });
  it("names the missing inputs, in both languages", () => {
    const r = scoreReport(report("a", { "3.4.1.b": 2 }), two());
    expect(r.criteria[0]).toMatchObject({
      points: null,
      input: null,
      reason: {
        code: "missing-input",
        ids: ["3.4.1.c"],
        message: { vi: "thiếu số liệu: 3.4.1.c", en: "input missing: 3.4.1.c" },
      },
    });
    expect(r.complete).toBe(false);
    const none = scoreReport(report("a", {}), two({ reads: [] }));
    expect(none.criteria[0]?.reason).toMatchObject({ code: "missing-input", ids: [] });
    const notANumber = scoreReport(report("a", { "3.4.1.b": 2 }), two(), { inputs: { "3.4.1.c": "abc" } });
    expect(notANumber.criteria[0]?.reason?.code).toBe("missing-input");
  });
  it("a ratio that cannot be taken is invalid-input, one over zero is zero-denominator", () => {
    const neg = scoreReport(report("a", {}), two(), { inputs: { "3.4.1.c": "-1", "3.4.1.b": "2" } });
    expect(neg.criteria[0]?.reason).toMatchObject({ code: "invalid-input", ids: ["3.4.1.c", "3.4.1.b"] });
    const zero = scoreReport(report("a", {}), two(), { inputs: { "3.4.1.c": "0", "3.4.1.b": "0" } });
    expect(zero.criteria[0]?.reason?.code).toBe("zero-denominator");
  });
  it("totals per group (0 for a group with nothing scored) and the maximum over all groups", () => {
    const r = scoreReport(report("a", { "3.4.1.c": 1, "3.4.1.b": 4 }), two());
    expect(r.groups).toEqual([
      { id: "g", points: "2.50", maxPoints: "10" },
      { id: "h", points: "0.00", maxPoints: "5.5" },
    ]);
    expect(r.total).toBe("2.50");
    expect(r.maxTotal).toBe("15.5");
    expect(r.table).toBe("t2");
    expect(r.complete).toBe(true);
  });
  it("is verified only when the table and every criterion are", () => {
    const rep = report("a", { "3.4.1.c": 1, "3.4.1.b": 4 });
    expect(scoreReport(rep, two()).verified).toBe(true);
    expect(scoreReport(rep, two({ verified: false })).verified).toBe(false);
    expect(scoreReport(rep, two({ verified: false })).criteria[0]?.verified).toBe(false);
    expect(scoreReport(rep, { ...two(), verified: false }).verified).toBe(false);
  });
});
