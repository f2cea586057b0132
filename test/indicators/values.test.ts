import { describe, expect, it } from "vitest";
import { CATALOG_2022 } from "../../src/catalog/index.js";
import { type ResolvedValue, resolveValue } from "../../src/catalog/values.js";
import { numberOf, readIndicatorValue, readReportValues, toReadValue } from "../../src/indicators/index.js";

const row = (id: string) => CATALOG_2022.rows.find((r) => r.id === id);

describe("readIndicatorValue", () => {
  it("keeps both parts of a fraction", () => {
    expect(readIndicatorValue({ raw: "54/55 TTHC" })).toEqual({
      status: "fraction",
      numerator: "54",
      denominator: "55",
      value: null,
    });
    expect(readIndicatorValue({ raw: "54/55 TTHC" }, row("3.1.4"))).toMatchObject({ value: "54" });
  });
  it("reads 7.5.3.a's fraction as the percentage in its unit cell", () => {
    expect(readIndicatorValue({ raw: "732VBĐT/876VBD", unit: "84%" }, row("7.5.3.a"))).toMatchObject({
      status: "fraction",
      numerator: "732",
      value: "84",
    });
  });
  it("keeps the text of an unreadable value, cut to 80 characters", () => {
    expect(readIndicatorValue({ raw: "abc" })).toEqual({ status: "invalid", raw: "abc" });
    const long = `x${"y".repeat(100)}`;
    expect(readIndicatorValue({ raw: long })).toEqual({ status: "invalid", raw: long.slice(0, 80) });
  });
});

describe("toReadValue", () => {
  const base = resolveValue("1.2", { raw: "" }, undefined);
  it("reads a hand-built value that lacks what its kind needs as invalid, not as 0", () => {
    const numberWithout: ResolvedValue = { ...base, kind: "number", value: null, raw: null };
    expect(toReadValue(numberWithout)).toEqual({ status: "invalid", raw: "" });
    const fractionWithout: ResolvedValue = { ...base, kind: "fraction", value: null, raw: "1/" };
    expect(toReadValue(fractionWithout)).toEqual({ status: "invalid", raw: "1/" });
  });
  it("reads an invalid value without its text as empty text", () => {
    expect(toReadValue({ ...base, kind: "invalid", raw: null })).toEqual({ status: "invalid", raw: "" });
  });
});

describe("numberOf", () => {
  it("counts a fraction as its numerator when the row is not given", () => {
    expect(numberOf({ raw: "54/55 TTHC" })).toBe("54");
    expect(numberOf({ raw: "20.000" })).toBe("20000");
    expect(numberOf({ raw: "-" })).toBeNull();
  });
  it("reads a value as its row does when given", () => {
    expect(numberOf({ raw: "732VBĐT/876VBD", unit: "84%" }, row("7.5.3.a"))).toBe("84");
    expect(numberOf({ raw: "Có" }, row("1.6"))).toBe("1");
  });
});

describe("readReportValues", () => {
  it("reads every value of a report against its catalog", () => {
    const m = readReportValues({ values: { "3.1.4": { raw: "54/55 TTHC" }, "1.2": { raw: "37,03%" } } });
    expect(m.get("3.1.4")).toMatchObject({ status: "fraction", value: "54" });
    expect(m.get("1.2")).toEqual({ status: "number", value: "37.03", decimals: 2, percent: true });
  });
});
