import { describe, expect, it } from "vitest";
import {
  type ClassifiedUnit,
  type ClassifyUnitInput,
  classifyPublicServiceUnit,
  countUnitGroups,
  PUBLIC_UNIT_GROUP_REGIMES,
  regimeOn,
  selfFinancingRatio,
} from "../../src/numbers/index.js";

function group(ratioPercent: string | number, extra: Partial<ClassifyUnitInput> = {}) {
  const r = classifyPublicServiceUnit({ ratioPercent, selfFinancesInvestment: false, ...extra });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.band ? `${r.group}/${r.band}` : r.group;
}

describe("selfFinancingRatio (NĐ 60/2021 Điều 10)", () => {
  it("A / B × 100, exact", () => {
    expect(selfFinancingRatio({ revenue: 250, recurrentSpending: 1000 })).toMatchObject({
      ok: true,
      percent: "25",
      rounded: "25.00",
    });
    expect(selfFinancingRatio({ revenue: "1", recurrentSpending: "3" })).toMatchObject({
      ok: true,
      percent: "33.33333333333333333333",
      repeating: true,
    });
  });
  it("sums a revenue breakdown exactly", () => {
    const r = selfFinancingRatio({
      revenue: {
        publicServices: "0.1",
        feesRetained: "0.2",
        assetRental: 0,
        other: "0.7",
        stateOrders: "99",
      },
      recurrentSpending: "100",
    });
    expect(r).toMatchObject({ ok: true, percent: "100", revenue: "100" });
  });
  it("B = 0 is undefined; bad input is typed", () => {
    expect(selfFinancingRatio({ revenue: 5, recurrentSpending: 0 })).toMatchObject({
      ok: false,
      reason: "zero-spending",
    });
    expect(selfFinancingRatio({ revenue: "x", recurrentSpending: 1 })).toMatchObject({
      ok: false,
      reason: "invalid-input",
    });
    expect(selfFinancingRatio({ revenue: { other: "y" }, recurrentSpending: 1 })).toMatchObject({
      ok: false,
    });
    expect(selfFinancingRatio({ revenue: -1, recurrentSpending: 1 })).toMatchObject({
      ok: false,
      reason: "negative",
    });
  });
});

describe("classifyPublicServiceUnit — NĐ 60/2021 Điều 9 (from 2021-08-15)", () => {
  it("boundaries, exactly", () => {
    expect(group("100", { selfFinancesInvestment: true })).toBe("1");
    expect(group("100")).toBe("2");
    expect(group("150")).toBe("2");
    expect(group("99.999999999999999999")).toBe("3/70-100");
    expect(group("70")).toBe("3/70-100");
    expect(group("69.999999999999999999")).toBe("3/30-70");
    expect(group("30")).toBe("3/30-70");
    expect(group("29.99")).toBe("3/10-30");
    expect(group("10")).toBe("3/10-30");
    expect(group("9.99")).toBe("4");
    expect(group("0")).toBe("4");
    expect(group("99.99", { selfFinancesInvestment: true })).toBe("3/70-100");
  });
  it("no service revenue is group 4", () => {
    expect(group("50", { hasServiceRevenue: false })).toBe("4");
  });
  it("the real report: a centre at 25% and one at 100% without investment", () => {
    expect(group(25, { date: "2022-06-30" })).toBe("3/10-30");
    expect(group(100, { date: "2022-06-30" })).toBe("2");
  });
  it("reports regime and source", () => {
    expect(
      classifyPublicServiceUnit({ ratioPercent: 25, selfFinancesInvestment: false, date: "2022-06-30" }),
    ).toMatchObject({ ok: true, regime: "nd60-2021", verified: true });
    // From 2025-07-07 (NĐ 111/2025): the same thresholds, carried over and flagged as unverified.
    expect(classifyPublicServiceUnit({ ratioPercent: 25, selfFinancesInvestment: false })).toMatchObject({
      ok: true,
      group: "3",
      band: "10-30",
      regime: "nd111-2025",
      verified: false,
    });
  });
});

describe("before 2021-08-15 (NĐ 16/2015, TT 145/2017)", () => {
  it("exactly 10% was group 4", () => {
    expect(group("10", { date: "2021-08-14" })).toBe("4");
    expect(group("10.01", { date: "2021-08-14" })).toBe("3/10-30");
    expect(group("10", { date: "2021-08-15" })).toBe("3/10-30");
    expect(
      classifyPublicServiceUnit({ ratioPercent: "50", selfFinancesInvestment: false, date: "2020-01-01" }),
    ).toMatchObject({
      regime: "nd16-2015",
      verified: false,
    });
  });
  it("no regime before NĐ 16/2015, bad dates and ratios fail typed", () => {
    expect(
      classifyPublicServiceUnit({ ratioPercent: 5, selfFinancesInvestment: false, date: "2010-01-01" }),
    ).toMatchObject({
      ok: false,
      error: { code: "no-regime" },
    });
    expect(
      classifyPublicServiceUnit({ ratioPercent: 5, selfFinancesInvestment: false, date: "15/08/2021" }).ok,
    ).toBe(false);
    expect(classifyPublicServiceUnit({ ratioPercent: -5, selfFinancesInvestment: false }).ok).toBe(false);
    expect(classifyPublicServiceUnit({ ratioPercent: "abc", selfFinancesInvestment: false }).ok).toBe(false);
  });
  it("the table is data with dates and sources", () => {
    expect(regimeOn("2021-08-15")?.id).toBe("nd60-2021");
    expect(regimeOn("2021-08-14")?.id).toBe("nd16-2015");
    expect(regimeOn()?.id).toBe("nd111-2025");
    for (const r of PUBLIC_UNIT_GROUP_REGIMES) expect(r.source).toMatch(/NĐ/);
  });
});

describe("countUnitGroups (appendix 6.2)", () => {
  it("the real report: 6.2.1 = 2, 6.2.3 = 1, 6.2.4 = 1, 6.2.4.c = 1", () => {
    const units = [25, 100].map((ratioPercent) => {
      const r = classifyPublicServiceUnit({ ratioPercent, selfFinancesInvestment: false });
      if (!r.ok) throw new Error("unexpected");
      return r;
    });
    expect(countUnitGroups(units)).toEqual({
      "6.2.1": 2,
      "6.2.2": 0,
      "6.2.3": 1,
      "6.2.4": 1,
      "6.2.4.a": 0,
      "6.2.4.b": 0,
      "6.2.4.c": 1,
      "6.2.5": 0,
    });
  });
  it("counts every row and tolerates junk", () => {
    const units: ClassifiedUnit[] = [
      { group: "1" },
      { group: "3", band: "70-100" },
      { group: "3", band: "30-70" },
      { group: "4" },
      { group: "9" as "1" },
    ];
    expect(countUnitGroups(units)).toEqual({
      "6.2.1": 5,
      "6.2.2": 1,
      "6.2.3": 0,
      "6.2.4": 2,
      "6.2.4.a": 1,
      "6.2.4.b": 1,
      "6.2.4.c": 0,
      "6.2.5": 1,
    });
  });
});

describe("NĐ 111/2025/NĐ-CP (from 2025-07-07)", () => {
  it("classifies with NĐ 60/2021's thresholds, every row unverified, and the table is deep-frozen", () => {
    for (const [ratio, g] of [
      ["9.99", "4"],
      ["10", "3/10-30"],
      ["30", "3/30-70"],
      ["70", "3/70-100"],
      ["100", "2"],
    ] as const) {
      expect(group(ratio, { date: "2025-07-07" })).toBe(g);
      expect(group(ratio, { date: "2025-07-06" })).toBe(g);
    }
    expect(
      classifyPublicServiceUnit({ ratioPercent: 100, selfFinancesInvestment: true, date: "2026-01-01" }),
    ).toMatchObject({ group: "1", regime: "nd111-2025", verified: false });
    const r = PUBLIC_UNIT_GROUP_REGIMES[0]!;
    expect(r.rules.every((x) => !x.verified)).toBe(true);
    expect(Object.isFrozen(r.rules[0])).toBe(true);
    expect(() => {
      (r.rules[0] as unknown as { verified: boolean }).verified = true;
    }).toThrow(TypeError);
  });
});
