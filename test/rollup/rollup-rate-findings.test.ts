import { describe, expect, it } from "vitest";
import { deriveCatalog } from "../../src/catalog/derive.js";
import type { Catalog } from "../../src/catalog/types.js";
import { CATALOG_2022 } from "../../src/catalog/v2022.js";
import { resolveValues } from "../../src/catalog/values.js";
import { compareReportedRate } from "../../src/numbers/interval.js";
import { hadToRound, plainRateVerdict, rollupReports } from "../../src/rollup/rollup.js";
import { relationCheck, report } from "./fixtures.js";

const roll = (
  values: Record<string, string | number | null>[],
  lang: "vi" | "en" = "en",
  catalog?: Catalog,
) =>
  rollupReports(
    "p",
    values.map((v, i) => report(`u${i}`, v)),
    catalog ? { check: relationCheck, lang, catalog } : { check: relationCheck, lang },
  );
/** The roll-up's findings on child rates, as [rule, units]. */
const rateFindings = (values: Record<string, string | number | null>[], catalog?: Catalog) =>
  roll(values, "en", catalog)
    .findings.filter((f) => f.rule.startsWith("rollup."))
    .map((f) => [f.rule, f.units]);

describe("rollupReports: units that rounded a rate differently", () => {
  const units = [
    { "3.4.1.b": 90, "3.4.1.c": 80, "3.4.1": "88,9%" },
    { "3.4.1.b": 11, "3.4.1.c": 9, "3.4.1": "81,82%" },
    { "3.4.1.b": 11, "3.4.1.c": 9, "3.4.1": "81,8%" },
    { "3.4.1.b": 10, "3.4.1.c": 9, "3.4.1": "90%" },
  ];
  it("says which units used which decimals, in both languages", () => {
    const f = roll(units, "vi").findings.find((x) => x.rule === "rollup.mixed-precision");
    expect(f).toStrictEqual({
      rule: "rollup.mixed-precision",
      severity: "info",
      code: "3.4.1",
      codes: ["3.4.1"],
      message:
        "Các đơn vị làm tròn 3.4.1 với số chữ số thập phân khác nhau (1: u0, u2; 2: u1); tỷ lệ tổng hợp được tính lại từ tử số và mẫu số",
      messages: {
        vi: "Các đơn vị làm tròn 3.4.1 với số chữ số thập phân khác nhau (1: u0, u2; 2: u1); tỷ lệ tổng hợp được tính lại từ tử số và mẫu số",
        en: "Units rounded 3.4.1 to different decimals (1: u0, u2; 2: u1); the roll-up recomputes it from numerator and denominator",
      },
      source: "appendix",
      units: ["u0", "u2", "u1"],
    });
  });
  it("counts a rate written without its parts as rounded, and not a rate no unit wrote", () => {
    expect(rateFindings([{ "3.4.1": "90%" }, units[1] as never])).toEqual([
      ["rollup.mixed-precision", ["u0", "u1"]],
    ]);
    expect(rateFindings([{ "3.4.1.b": 9, "3.4.1.c": 9 }, units[1] as never, units[0] as never])).toEqual([
      ["rollup.mixed-precision", ["u1", "u2"]],
    ]);
  });
});

describe("rollupReports: a unit rate over another denominator", () => {
  it("names the units, the rows and the denominator used, in both languages", () => {
    const res = roll([
      { "3.4.1.a": 100, "3.4.1.b": 90, "3.4.1.c": 81, "3.4.1": "81%" },
      { "3.4.1.a": 50, "3.4.1.b": 40, "3.4.1.c": 25, "3.4.1": "50%" },
      { "3.4.1.a": 50, "3.4.1.b": 40, "3.4.1.c": 20, "3.4.1": "50%" },
    ]);
    const f = res.findings.find((x) => x.rule === "rollup.rate-other-denominator");
    expect(f).toStrictEqual({
      rule: "rollup.rate-other-denominator",
      severity: "warning",
      code: "3.4.1",
      codes: ["3.4.1", "3.4.1.c", "3.4.1.b", "3.4.1.a"],
      message:
        "u0, u1: rate 3.4.1 matches 3.4.1.c/3.4.1.a, not 3.4.1.c/3.4.1.b (a different denominator); the roll-up uses 3.4.1.b",
      messages: {
        vi: "u0, u1: tỷ lệ 3.4.1 khớp với 3.4.1.c/3.4.1.a, không phải 3.4.1.c/3.4.1.b (mẫu số khác); tổng hợp dùng 3.4.1.b",
        en: "u0, u1: rate 3.4.1 matches 3.4.1.c/3.4.1.a, not 3.4.1.c/3.4.1.b (a different denominator); the roll-up uses 3.4.1.b",
      },
      source: "appendix",
      units: ["u0", "u1"],
    });
    // u2's 50% is exactly its own rate
    expect(res.findings.filter((x) => x.rule === "rollup.child-rate-inconsistent")).toEqual([]);
  });
  it("takes as another denominator a total of which the catalog's denominator is a part (sum relation)", () => {
    // 7.8.2 = 7.8.2.a / 3.4.1.a; 3.4.1.e = 3.4.1.a + 3.4.1.d
    const unit = { "7.8.2.a": 30, "3.4.1.a": 40, "3.4.1.d": 20, "3.4.1.e": 60, "7.8.2": "50%" };
    const res = roll([unit]);
    expect(res.findings.find((f) => f.rule === "rollup.rate-other-denominator")?.codes).toEqual([
      "7.8.2",
      "7.8.2.a",
      "3.4.1.a",
      "3.4.1.e",
    ]);
  });
  it("does not take a total that does not contain the denominator", () => {
    // 50% is 3.4.1.c over 3.1.4, which has nothing to do with 3.4.1.b
    expect(rateFindings([{ "3.4.1.b": 80, "3.4.1.c": 50, "3.1.4": 100, "3.4.1": "50%" }])).toEqual([
      ["rollup.child-rate-inconsistent", ["u0"]],
    ]);
  });
  it("takes the other readings the catalog names for a rate, even without a relation to them", () => {
    const unit = { "7.7.1.a": 20, "7.7.1.b": 10, "3.1.4": 50, "7.7.1": "20%" };
    expect(rateFindings([unit])).toEqual([["rollup.rate-other-denominator", ["u0"]]]);
    const bare = deriveCatalog(CATALOG_2022, {
      version: "2022-bare",
      removeRelations: (r) => r.kind === "subset" && r.total === "3.1.4",
    });
    expect(rateFindings([unit], bare)).toEqual([["rollup.rate-other-denominator", ["u0"]]]);
  });
});

describe("rollupReports: a unit rate that matches neither denominator", () => {
  const wrong = (i: number) => ({ "3.4.1.b": 10 + i, "3.4.1.c": 9, "3.4.1": "40%" });
  it("names the units and the rows, in both languages", () => {
    const res = roll([wrong(0), wrong(1), { "3.4.1.b": 10, "3.4.1.c": 9, "3.4.1": "90%" }], "vi");
    const f = res.findings.find((x) => x.rule === "rollup.child-rate-inconsistent");
    expect(f).toStrictEqual({
      rule: "rollup.child-rate-inconsistent",
      severity: "warning",
      code: "3.4.1",
      codes: ["3.4.1", "3.4.1.c", "3.4.1.b"],
      message: "u0, u1: tỷ lệ 3.4.1 không khớp 3.4.1.c/3.4.1.b; tổng hợp tính lại từ tử số và mẫu số",
      messages: {
        vi: "u0, u1: tỷ lệ 3.4.1 không khớp 3.4.1.c/3.4.1.b; tổng hợp tính lại từ tử số và mẫu số",
        en: "u0, u1: rate 3.4.1 does not match 3.4.1.c/3.4.1.b; the roll-up recomputes it",
      },
      source: "appendix",
      units: ["u0", "u1"],
    });
  });
  it("names ten units in full and the first ten of eleven, with how many more", () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);
    const ten = roll(Array.from({ length: 10 }, (_, i) => wrong(i))).findings.find(
      (x) => x.rule === "rollup.child-rate-inconsistent",
    );
    expect(ten?.message).toBe(
      `${ids(10).join(", ")}: rate 3.4.1 does not match 3.4.1.c/3.4.1.b; the roll-up recomputes it`,
    );
    const eleven = roll(Array.from({ length: 11 }, (_, i) => wrong(i))).findings.find(
      (x) => x.rule === "rollup.child-rate-inconsistent",
    );
    expect(eleven?.message).toBe(
      `${ids(10).join(", ")}, … (+1): rate 3.4.1 does not match 3.4.1.c/3.4.1.b; the roll-up recomputes it`,
    );
    expect(eleven?.units).toEqual(ids(10));
    expect(eleven?.unitCount).toBe(11);
  });
  it("takes a rate cut to its decimals (37,03% for 10/27) but not one written above the exact rate (37,05%)", () => {
    const rate = (written: string) => ({ "3.4.1.b": 27, "3.4.1.c": 10, "3.4.1": written });
    expect(rateFindings([rate("37,03%"), rate("37,04%")])).toEqual([]);
    expect(rateFindings([rate("37,05%")])).toEqual([["rollup.child-rate-inconsistent", ["u0"]]]);
    // a negative rate is not a cut one: -1% for -3/1000 (-0.3%)
    expect(rateFindings([{ "3.4.1.b": 1000, "3.4.1.c": -3, "3.4.1": "-1%" }])).toEqual([
      ["rollup.child-rate-inconsistent", ["u0"]],
    ]);
  });
  it("says nothing of a rate whose numerator or denominator the unit left blank, or written as a fraction", () => {
    expect(rateFindings([{ "3.4.1.b": 10, "3.4.1": "90%" }])).toEqual([]);
    expect(rateFindings([{ "3.4.1.c": 9, "3.4.1": "90%" }])).toEqual([]);
    expect(rateFindings([{ "3.4.1.b": 10, "3.4.1.c": 9, "3.4.1": "5/10" }])).toEqual([]);
  });
  it("leaves alone a rate written as a fraction with its percentage in the unit cell", () => {
    const unit = report("u0", { "3.4.1.b": 10, "3.4.1.c": 9 });
    unit.values["3.4.1"] = { raw: "9/20", unit: "45%" };
    const res = rollupReports("p", [unit], { check: relationCheck });
    expect(res.findings.filter((f) => f.rule.startsWith("rollup."))).toEqual([]);
    expect(res.report.values["3.4.1"]).toEqual({ value: "90.00" });
  });
});

describe("had a unit to round its rate (edge cases of the integer path)", () => {
  const read = (n: string, d: string) => {
    const r = resolveValues(report("u", { "1.2.a": d, "1.2.b": n }), CATALOG_2022);
    return [r.get("1.2.b"), r.get("1.2.a")] as const;
  };
  it("a negative part gives no rate: rounded, even when it divides", () => {
    const [n, d] = read("-5", "10");
    expect(hadToRound(n, d, 100, 0)).toBe(true);
  });
  it("whole parts whose scaled product is past a double's exact range are answered exactly", () => {
    // 34 359 738 369 / 3 × 100 = 1 145 324 612 300: no decimal at all
    const [n, d] = read("34359738369", "3");
    expect(hadToRound(n, d, 100, 6)).toBe(false);
    const [n2, d2] = read("34359738370", "3");
    expect(hadToRound(n2, d2, 100, 6)).toBe(true);
  });
  it("decimal parts are answered with the factor given (0,375 at factor 1, 37,5 at 100)", () => {
    const [n, d] = read("1,5", "4");
    expect(hadToRound(n, d, 1, 2)).toBe(true);
    expect(hadToRound(n, d, 100, 2)).toBe(false);
  });
});

describe("the rate pre-test in doubles leaves to the exact comparison what doubles cannot settle", () => {
  it("a rate whose last written digit is finer than a double resolves (9 068 428 074 635,7852%)", () => {
    const rep = { value: "9068428074635.7852", decimals: 4 };
    expect(plainRateVerdict(rep, "54229199886322", "598", 100)).toBeUndefined();
    expect(compareReportedRate(rep, "54229199886322", "598", { factor: 100 }).status).toBe("inconsistent");
  });
  it("a numerator times the factor past a double's range (the double would call 100% inconsistent)", () => {
    const huge = `1${"0".repeat(307)}`;
    expect(plainRateVerdict({ value: "100", decimals: 0 }, huge, huge, 100)).toBeUndefined();
    expect(compareReportedRate({ value: "100", decimals: 0 }, huge, huge, { factor: 100 }).status).not.toBe(
      "inconsistent",
    );
  });
});
