import { describe, expect, it } from "vitest";
import { deriveCatalog } from "../../src/catalog/derive.js";
import type { Catalog, CatalogRow } from "../../src/catalog/types.js";
import { CATALOG_2022 } from "../../src/catalog/v2022.js";
import { rollupReports } from "../../src/rollup/index.js";
import { relationCheck, report } from "./fixtures.js";

const roll = (values: Record<string, string | number | null>[], catalog?: Catalog) =>
  rollupReports(
    "p",
    values.map((v, i) => report(`u${i}`, v)),
    catalog ? { check: relationCheck, catalog } : { check: relationCheck },
  );

const row = (id: string): CatalogRow => {
  const r = CATALOG_2022.rows.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe("rollupReports: sums stay exact", () => {
  it("adds whole numbers beyond a double's exact range", () => {
    // each value fits a double exactly; the sum is odd and past 2^53, where no double holds it
    const values = [...Array.from({ length: 9 }, () => "999999999999999"), "100000000000002"];
    const res = roll(values.map((v) => ({ "2.1.1": v })));
    expect(res.report.values["2.1.1"]).toEqual({ value: "9099999999999993" });
    const more = roll([...values, "7", "1234567890123456789"].map((v) => ({ "2.1.1": v })));
    expect(more.report.values["2.1.1"]).toEqual({ value: "1243667890123456789" });
  });
  it("adds decimals exactly, over more values than are kept apart (300 units of 0,5 and 0,1)", () => {
    const res = roll(Array.from({ length: 300 }, () => ({ "6.1.a": "0,5", "6.1.b": "0,1" })));
    expect(res.report.values["6.1.a"]).toEqual({ value: "150" });
    expect(res.report.values["6.1.b"]).toEqual({ value: "30" });
    expect(res.reportedBy["6.1.a"]).toBe(300);
    expect(res.units.included).toHaveLength(300);
  });
  it("mixes whole and decimal values, and writes a zero sum as 0", () => {
    const res = roll([{ "6.1.a": 3, "2.1.1": 0 }, { "6.1.a": "0,25", "2.1.1": "0" }, { "6.1.a": "-1,25" }]);
    expect(res.report.values["6.1.a"]).toEqual({ value: "2" });
    expect(res.report.values["2.1.1"]).toEqual({ value: "0" });
  });
});

describe("rollupReports: rows nobody reported, headings, rows that cannot be combined", () => {
  it("leaves out a row no unit reported, and counts only the rows, not the headings", () => {
    const res = roll([{ "2.1.1": 1 }]);
    expect("2.1" in res.report.values).toBe(false);
    expect("1.6" in res.report.values).toBe(false);
    expect("4.2.e" in res.report.values).toBe(false);
    expect(res.reportedBy["2.1"]).toBeNull();
    const rows = CATALOG_2022.rows.filter((r) => r.kind !== "group").map((r) => r.id);
    expect(Object.keys(res.reportedBy).sort()).toEqual([...rows].sort());
    expect(Object.keys(res.report.values)).toEqual(["2.1.1"]);
  });
  it("leaves a row that is not combinable blank with a note when a unit reported it", () => {
    const res = roll([{ "4.2.e": "5%" }, { "4.2.e": "7%" }]);
    expect(res.report.values["4.2.e"]).toStrictEqual({
      value: null,
      note: "Không cộng gộp được / not combinable: see the units' reports",
    });
    expect(res.reportedBy["4.2.e"]).toBe(2);
  });
});

describe("rollupReports: coded answers", () => {
  it("any-yes: a yes written as 1,0 counts; 0,0 is a no", () => {
    expect(roll([{ "1.6": 0 }, { "1.6": "1,0" }]).report.values["1.6"]).toEqual({ value: "1" });
    expect(roll([{ "1.6": "0,0" }, { "1.6": 0 }]).report.values["1.6"]).toEqual({ value: "0" });
    expect(roll([{ "1.6": "Có" }]).report.values["1.6"]).toEqual({ value: "1" });
  });
  it("count-yes: how many units answered yes (a catalog that counts them)", () => {
    const counting = deriveCatalog(CATALOG_2022, {
      version: "2022-count",
      addRows: [{ ...row("1.6"), rollup: "count-yes" }],
    });
    const res = roll(
      [{ "1.6": 1 }, { "1.6": 0 }, { "1.6": "1,0" }, { "2.1.1": 1 }, { "1.6": "Có" }],
      counting,
    );
    expect(res.report.values["1.6"]).toEqual({ value: "3" });
    expect(res.reportedBy["1.6"]).toBe(4);
    expect(roll([{ "1.6": 0 }], counting).report.values["1.6"]).toEqual({ value: "0" });
    expect(roll([{ "2.1.1": 1 }], counting).report.values["1.6"]).toBeUndefined();
    // the same answers under any-yes
    expect(roll([{ "1.6": 1 }, { "1.6": 0 }, { "1.6": 1 }]).report.values["1.6"]).toEqual({ value: "1" });
  });
});

describe("rollupReports: recomputed rates", () => {
  it("says a part is missing when only the denominator or only the numerator was reported", () => {
    const missing = {
      value: null,
      note: "Thiếu tử số hoặc mẫu số / numerator or denominator missing",
    };
    expect(roll([{ "3.4.1.b": 10 }]).report.values["3.4.1"]).toStrictEqual(missing);
    expect(roll([{ "3.4.1.c": 9 }]).report.values["3.4.1"]).toStrictEqual(missing);
    expect(roll([{ "3.4.1.c": 9 }]).reportedBy["3.4.1"]).toBeNull();
  });
  it("says a summed part is negative rather than missing", () => {
    const res = roll([
      { "3.4.1.b": 10, "3.4.1.c": -5 },
      { "3.4.1.b": 10, "3.4.1.c": 2, "3.4.1": "20%" },
    ]);
    expect(res.report.values["3.4.1"]).toStrictEqual({
      value: null,
      note: "Tử số hoặc mẫu số âm: tỷ lệ không xác định / negative numerator or denominator: undefined",
    });
    expect(roll([{ "3.4.1.b": -10, "3.4.1.c": 5 }]).report.values["3.4.1"]?.note).toMatch(
      /^Tử số hoặc mẫu số âm/,
    );
  });
  it("a rate written as fractions by some units and as a percentage by others is not recomputed", () => {
    const res = roll([{ "7.5.3.a": "100/124" }, { "7.5.3.a": "80%" }]);
    expect(res.report.values["7.5.3.a"]).toStrictEqual({
      value: null,
      note: "Không tính lại được (thiếu tử số, mẫu số) / not recomputable (no numerator, denominator)",
    });
    expect(res.reportedBy["7.5.3.a"]).toBe(2);
    expect(roll([{ "7.5.3.a": "80%" }, { "7.5.3.a": "100/124" }]).report.values["7.5.3.a"]?.value).toBeNull();
    expect(roll([{ "2.1.1": 1 }]).report.values["7.5.3.a"]).toBeUndefined();
  });
  it("uses the factor of the catalog's relation (a rate per mille)", () => {
    const perMille = deriveCatalog(CATALOG_2022, {
      version: "2022-per-mille",
      removeRelations: (r) => r.kind === "rate" && r.rate === "3.4.1",
      addRelations: [
        { kind: "rate", rate: "3.4.1", numerator: "3.4.1.c", denominator: "3.4.1.b", factor: 1000 },
      ],
    });
    const res = roll(
      [
        { "3.4.1.b": 11, "3.4.1.c": 9, "3.4.1": "818,2" },
        { "3.4.1.b": 4, "3.4.1.c": 1, "3.4.1": "250" },
        { "3.4.1.b": 11, "3.4.1.c": 9, "3.4.1": "81,8" },
      ],
      perMille,
    );
    // (9 + 1 + 9) / (11 + 4 + 11) × 1000
    expect(res.report.values["3.4.1"]).toEqual({ value: "730.77" });
    // the first two match their parts per mille; the third wrote a percentage
    expect(res.findings.filter((f) => f.rule.startsWith("rollup.")).map((f) => [f.rule, f.units])).toEqual([
      ["rollup.child-rate-inconsistent", ["u2"]],
    ]);
    // 1/80 is 12,5‰: 12‰ is half a step off, inside the interval of 12 (checked exactly, per mille too)
    const half = roll([{ "3.4.1.b": 80, "3.4.1.c": 1, "3.4.1": "12" }], perMille);
    expect(half.findings.filter((f) => f.rule.startsWith("rollup."))).toEqual([]);
    expect(half.report.values["3.4.1"]).toEqual({ value: "12.50" });
  });
  it("uses the first reading of a rate when a catalog gives two", () => {
    const twice = deriveCatalog(CATALOG_2022, {
      version: "2022-twice",
      addRelations: [
        { kind: "rate", rate: "3.4.1", numerator: "3.4.1.c", denominator: "3.4.1.a", factor: 100 },
      ],
    });
    const res = roll([{ "3.4.1.a": 20, "3.4.1.b": 10, "3.4.1.c": 9 }], twice);
    expect(res.report.values["3.4.1"]).toEqual({ value: "90.00" });
  });
});
