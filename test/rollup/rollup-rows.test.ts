import { describe, expect, it } from "vitest";
import { rollupReports } from "../../src/rollup/index.js";
import { relationCheck, report } from "./fixtures.js";

describe("rollupReports: a recomputed rate that cannot be computed", () => {
  it("is blank with a note when the summed denominator is 0", () => {
    const res = rollupReports(
      "p",
      [
        report("a", { "3.4.1.b": 0, "3.4.1.c": 0, "3.4.1": "0%" }),
        report("b", { "3.4.1.b": 0, "3.4.1.c": 0 }),
      ],
      { check: relationCheck },
    );
    expect(res.report.values["3.4.1"]).toEqual({
      value: null,
      note: "Mẫu số bằng 0: tỷ lệ không xác định / zero denominator: undefined",
    });
    expect(res.reportedBy["3.4.1"]).toBe(1);
  });
  it("is blank with a note when the numerator or the denominator is missing", () => {
    const res = rollupReports("p", [report("a", { "3.4.1.b": 5, "3.4.1": "90%" })], { check: relationCheck });
    expect(res.report.values["3.4.1"]).toEqual({
      value: null,
      note: "Thiếu tử số hoặc mẫu số / numerator or denominator missing",
    });
    expect(res.reportedBy["3.4.1"]).toBe(1);
  });
  it("says why it is blank when no unit wrote the rate but its parts sum to a zero denominator", () => {
    const res = rollupReports(
      "p",
      [report("a", { "3.4.1.b": 0, "3.4.1.c": 0 }), report("b", { "3.4.1.b": 0, "3.4.1.c": 0 })],
      { check: relationCheck },
    );
    expect(res.report.values["3.4.1"]).toEqual({
      value: null,
      note: "Mẫu số bằng 0: tỷ lệ không xác định / zero denominator: undefined",
    });
    // no unit wrote the rate itself
    expect(res.reportedBy["3.4.1"]).toBeNull();
  });
  it("is absent when no unit wrote the rate or its parts", () => {
    const res = rollupReports("p", [report("a", { "3.4.1.a": 5 })], { check: relationCheck });
    expect(res.report.values["3.4.1"]).toBeUndefined();
    expect(res.reportedBy["3.4.1"]).toBeNull();
  });
});

describe("rollupReports: coded answers and invalid reports", () => {
  it("a yes/no row is 0 when every unit answered no, 1 when one answered yes", () => {
    const no = rollupReports("p", [report("a", { "1.6": 0 }), report("b", { "1.6": 0 })], {
      check: relationCheck,
    });
    expect(no.report.values["1.6"]).toEqual({ value: "0" });
    const yes = rollupReports("p", [report("a", { "1.6": 0 }), report("b", { "1.6": "1" })], {
      check: relationCheck,
    });
    expect(yes.report.values["1.6"]).toEqual({ value: "1" });
  });
  it("excludes a report that fails the report schema, saying where", () => {
    const bad = { ...report("a", {}), period: { ...report("a", {}).period, from: "2022-13-45" } } as never;
    const res = rollupReports("p", [bad, report("b", { "3.4.1.a": 1 })], {
      check: relationCheck,
      lang: "en",
    });
    expect(res.units.excluded).toHaveLength(1);
    expect(res.units.excluded[0]).toMatchObject({ id: "a", reason: "invalid-report" });
    expect(res.units.excluded[0]?.message.en).toMatch(/^invalid report \(period/);
    expect(res.units.included.map((u) => u.id)).toEqual(["b"]);
  });
});
