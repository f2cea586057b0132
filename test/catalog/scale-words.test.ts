import { describe, expect, it } from "vitest";
import { CATALOG_2022, cachedIndex, resolveValue } from "../../src/catalog/index.js";

// A number written with a scale word ("20 triệu") and a number that reads two ways ("1.234").

const read = (id: string, raw: string) => resolveValue(id, { raw }, cachedIndex(CATALOG_2022).byId.get(id));

describe("numbers with a scale word", () => {
  it("on a row whose unit already names the scale, the number is taken in that unit", () => {
    // 6.1.a is in "Triệu đồng": "20 triệu" is 20 of them, at its written precision
    expect(read("6.1.a", "20 triệu")).toMatchObject({ kind: "number", value: "20", decimals: 0, int: 20 });
    expect(read("6.1.a", "20,5 triệu")).toMatchObject({ value: "20.5", decimals: 1 });
  });

  it("on another row, the scale multiplies and the number stands for an interval", () => {
    expect(read("1.1", "2 triệu")).toMatchObject({ value: "2000000", decimals: -6, exact: false });
  });
});

describe("a number that reads two ways", () => {
  it("is flagged ambiguous (1.234: thousands dot or decimal point); a plain one is not", () => {
    expect(read("1.1", "1.234")).toMatchObject({ value: "1234", ambiguous: true });
    expect(read("1.1", "1234")).not.toHaveProperty("ambiguous");
    expect(read("1.1", "12,5")).not.toHaveProperty("ambiguous");
  });
});
