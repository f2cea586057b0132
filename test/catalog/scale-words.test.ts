import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_2022, cachedIndex, resolveValue } from "../../src/catalog/index.js";
import { renderReport } from "../../src/io/index.js";
import { compareDecimal, multiplyDecimal } from "../../src/numbers/index.js";
import { checkReport } from "../../src/rules/index.js";
import { mk } from "../rules/report-builder.js";

// A number written with a scale word ("20 triệu") and a number that reads two ways ("1.234").

const read = (id: string, raw: string) => resolveValue(id, { raw }, cachedIndex(CATALOG_2022).byId.get(id));

describe("numbers with a scale word", () => {
  it("on a row whose unit already names the scale, the number is taken in that unit", () => {
    // 6.1.a is in "Triệu đồng": "20 triệu" is 20 of them, at its written precision
    expect(read("6.1.a", "20 triệu")).toMatchObject({ kind: "number", value: "20", decimals: 0, int: 20 });
    expect(read("6.1.a", "20,5 triệu")).toMatchObject({ value: "20.5", decimals: 1 });
  });

  it("on a row in millions, another scale word is converted into millions at its written precision", () => {
    // 1 tỷ = 1 000 triệu; 500 nghìn = 0.5 triệu
    expect(read("6.1.a", "1 tỷ")).toMatchObject({ value: "1000", decimals: -3, int: 1000, exact: false });
    expect(read("6.1.a", "1,5 tỷ")).toMatchObject({ value: "1500", decimals: -2 });
    expect(read("6.1.a", "500 nghìn")).toMatchObject({ value: "0.500", decimals: 3 });
    expect(read("6.1.a", "1,2340 tỷ")).toMatchObject({ value: "1234.0", decimals: 1 });
  });

  it("a number whose decimals, moved into the row's unit, pass 100 is unreadable, not a crash", () => {
    // 97 zeros after the comma and "nghìn": 98 decimals written, 101 in millions
    const tooFine = `0,${"0".repeat(97)}1 nghìn`;
    expect(read("6.1.a", tooFine)).toMatchObject({
      kind: "invalid",
      value: null,
      raw: tooFine,
      error: {
        code: "too-long",
        message: {
          vi: "số có quá nhiều chữ số thập phân khi đổi sang đơn vị của chỉ tiêu (tối đa 100)",
          en: "too many decimals once converted into the row's unit (at most 100)",
        },
      },
    });
    // 96 zeros: 100 decimals in millions, still a number
    const finest = `0,${"0".repeat(96)}1 nghìn`;
    expect(read("6.1.a", finest)).toMatchObject({
      kind: "number",
      decimals: 100,
      value: `0.${"0".repeat(99)}1`,
    });
    // and the functions documented never to throw give a finding instead
    const report = mk({ "6.1.a": tooFine });
    expect(checkReport(report).findings.map((f) => [f.rule, f.code])).toContainEqual([
      "structure.unparseable",
      "6.1.a",
    ]);
    expect(renderReport(report, { to: "csv" })).toContain(tooFine);
  });

  it("x tỷ on a row in millions is 1 000 times x triệu (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const x = `${whole},${String(cents).padStart(2, "0")}`;
        const billions = read("6.1.a", `${x} tỷ`);
        const millions = read("6.1.a", `${x} triệu`);
        expect(billions.value).not.toBeNull();
        expect(compareDecimal(billions.value ?? "", multiplyDecimal(millions.value ?? "", "1000"))).toBe(0);
        expect(billions.decimals).toBe(millions.decimals - 3);
      }),
    );
  });

  it("a caller's mutable row is read with the unit it has now (no stale cache)", () => {
    const row = structuredClone(cachedIndex(CATALOG_2022).byId.get("6.1.a"));
    if (!row?.unit) throw new Error("6.1.a has a unit");
    expect(resolveValue("6.1.a", { raw: "1 tỷ" }, row).value).toBe("1000");
    row.unit = { vi: "Tỷ đồng", en: "Billion VND" };
    expect(resolveValue("6.1.a", { raw: "1 tỷ" }, row).value).toBe("1");
  });

  it("on another row, the scale multiplies and the number stands for an interval", () => {
    expect(read("1.1", "2 triệu")).toMatchObject({ value: "2000000", decimals: -6, exact: false });
  });
});

describe("a number that reads two ways", () => {
  it("is flagged ambiguous (1.234: thousands dot or decimal point); a plain one is not", () => {
    expect(read("1.1", "1.234")).toMatchObject({ value: "1234", ambiguous: true });
    expect(read("1.1", "1234").ambiguous).toBeUndefined();
    expect(read("1.1", "12,5").ambiguous).toBeUndefined();
  });
});
