import { describe, expect, it } from "vitest";
import { unitIndicators } from "../../src/indicators/index.js";
import type { PublicServiceUnit } from "../../src/model/index.js";

const at = { at: "2022-06-30" };

/** A unit record as a caller may build it without the schema (revenue sources may be absent). */
const unit = (
  id: string,
  revenue: Record<string, string>,
  recurrentSpending: string,
  over: Partial<PublicServiceUnit> = {},
): PublicServiceUnit =>
  ({ id, name: id, revenue, recurrentSpending, selfFinancesInvestment: false, ...over }) as PublicServiceUnit;

describe("unitIndicators: revenue A", () => {
  it.each(["publicServices", "feesRetained", "assetRental", "stateOrders", "other", "businessSurplus"])(
    "counts %s alone as the unit's revenue, the absent sources as 0",
    (source) => {
      const r = unitIndicators([unit("a", { [source]: "250" }, "1000")], at);
      expect(r.values).toMatchObject({ "6.2.1": "1", "6.2.4": "1", "6.2.4.c": "1", "6.2.5": "0" });
      expect(r.issues).toEqual([]);
    },
  );
  it("adds the business surplus to the other income", () => {
    const r = unitIndicators([unit("a", { other: "150", businessSurplus: "150" }, "1000")], at);
    expect(r.values).toMatchObject({ "6.2.4.b": "1" });
  });
  it("counts a unit without any revenue source in group 4", () => {
    const r = unitIndicators([unit("a", {}, "1000")], at);
    expect(r.values).toMatchObject({ "6.2.1": "1", "6.2.5": "1" });
  });
  it.each(["publicServices", "businessSurplus", "other"])(
    "leaves out and names a unit whose %s is not a number",
    (source) => {
      const r = unitIndicators([unit("bad", { [source]: "abc" }, "1000"), unit("ok", {}, "1000")], at);
      expect(r.values["6.2.1"]).toBe("1");
      expect(r.issues).toEqual([expect.objectContaining({ code: "unclassifiable-unit", ids: ["bad"] })]);
    },
  );
});

describe("unitIndicators: groups", () => {
  it("puts a unit at 100 % that also self-finances investment in group 1, one that does not in group 2", () => {
    const r = unitIndicators(
      [
        unit("g1", { publicServices: "1000" }, "1000", { selfFinancesInvestment: true }),
        unit("g2", { publicServices: "1000" }, "1000"),
      ],
      at,
    );
    expect(r.values).toMatchObject({ "6.2.1": "2", "6.2.2": "1", "6.2.3": "1" });
  });
  it("puts a unit without public-service revenue in group 4 whatever its ratio; an explicit true changes nothing", () => {
    const groupOf = (hasServiceRevenue?: boolean) => {
      const over = hasServiceRevenue === undefined ? {} : { hasServiceRevenue };
      const v = unitIndicators([unit("u", { feesRetained: "1000" }, "1000", over)], at).values;
      return v["6.2.5"] === "1" ? "4" : v["6.2.3"] === "1" ? "2" : "other";
    };
    expect(groupOf(false)).toBe("4");
    expect(groupOf(true)).toBe("2");
    expect(groupOf(undefined)).toBe("2");
  });
  it("counts each band of group 3 in its row", () => {
    const r = unitIndicators(
      [unit("a", { publicServices: "700" }, "1000"), unit("b", { publicServices: "300" }, "1000")],
      at,
    );
    expect(r.values).toMatchObject({ "6.2.4": "2", "6.2.4.a": "1", "6.2.4.b": "1", "6.2.4.c": "0" });
  });
});

describe("unitIndicators: records it cannot use", () => {
  it("leaves out entries that are not unit records, named '?', without throwing", () => {
    const r = unitIndicators([null, 42, "x", unit("ok", {}, "1000")] as unknown as PublicServiceUnit[], at);
    expect(r.values["6.2.1"]).toBe("1");
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "unclassifiable-unit", ids: ["?", "?", "?"] });
  });
  it("counts nothing and reports nothing for a missing list", () => {
    const r = unitIndicators(undefined as unknown as PublicServiceUnit[], at);
    expect(r.values["6.2.1"]).toBe("0");
    expect(r.issues).toEqual([]);
  });
  it("leaves out every unit at a date no regulation covers", () => {
    const r = unitIndicators([unit("a", { publicServices: "250" }, "1000")], { at: "2000-01-01" });
    expect(r.values["6.2.1"]).toBe("0");
    expect(r.issues[0]).toMatchObject({ code: "unclassifiable-unit", ids: ["a"] });
  });
  it("says in both languages how many units were left out", () => {
    const r = unitIndicators([unit("y", {}, "0"), unit("z", {}, "0")], at);
    expect(r.issues[0]?.message.vi).toMatch(/^2 ĐVSNCL .*6\.2/);
    expect(r.issues[0]?.message.en).toMatch(/^2 public service unit\(s\) .*6\.2/);
  });
});
