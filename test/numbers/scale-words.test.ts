import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_2022 } from "../../src/catalog/index.js";
import { parseVietnameseNumber } from "../../src/numbers/parse.js";
import { cachedIndex, resolveValue } from "../../src/rules/index.js";

describe("parseVietnameseNumber: scale words", () => {
  it("only the scale words scale: a unit word that names a member of every object is a plain unit word", () => {
    // the scale words were once an object literal, so `constructor` found Object.prototype's member and
    // gave a number with `decimals: NaN`
    for (const word of ["constructor", "Constructor", "toString", "valueOf", "hasOwnProperty"]) {
      expect(parseVietnameseNumber(`5 ${word}`)).toEqual({
        ok: true,
        value: { kind: "number", value: "5", decimals: 0, percent: false, raw: `5 ${word}`, unitWord: word },
      });
    }
  });

  it("multiplies and keeps the precision the written digits imply", () => {
    expect(parseVietnameseNumber("4,52 ngàn")).toEqual({
      ok: true,
      value: {
        kind: "number",
        value: "4520",
        decimals: -1,
        percent: false,
        raw: "4,52 ngàn",
        scale: { word: "ngàn", factor: "1000", written: "4.52", writtenDecimals: 2 },
      },
    });
    expect(parseVietnameseNumber("12 nghìn")).toMatchObject({
      ok: true,
      value: { value: "12000", decimals: -3 },
    });
    expect(parseVietnameseNumber("1,2 triệu")).toMatchObject({
      ok: true,
      value: { value: "1200000", decimals: -5 },
    });
    expect(parseVietnameseNumber("2 tỷ")).toMatchObject({
      ok: true,
      value: { value: "2000000000", decimals: -9 },
    });
    expect(parseVietnameseNumber("1,2345 ngàn")).toMatchObject({
      ok: true,
      value: { value: "1234.5", decimals: 1 },
    });
  });
  it("other unit words are left alone", () => {
    expect(parseVietnameseNumber("07 TTHC")).toMatchObject({
      ok: true,
      value: { value: "7", unitWord: "TTHC" },
    });
    expect(parseVietnameseNumber("5 ngàyx")).toMatchObject({
      ok: true,
      value: { value: "5", unitWord: "ngàyx" },
    });
  });
  it("property: the fast path and the general path agree on scaled cells", () => {
    fc.assert(
      fc.property(
        fc.nat(999_999),
        fc.option(fc.nat(99), { nil: undefined }),
        fc.constantFrom("ngan", "nghin", "trieu", "ty", "ngàn", "tỷ"),
        (int, frac, word) => {
          const cell = `${int}${frac === undefined ? "" : `,${frac}`} ${word}`;
          const a = parseVietnameseNumber(cell);
          const b = parseVietnameseNumber(` ${cell}`);
          expect(a.ok && b.ok).toBe(true);
          if (a.ok && b.ok) expect({ ...a.value, raw: "" }).toEqual({ ...b.value, raw: "" });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("resolveValue: scale words against the row's unit", () => {
  const row = (id: string) => cachedIndex(CATALOG_2022).byId.get(id);
  it("'20 triệu' on a row already in million VND stays 20", () => {
    expect(resolveValue("6.1.a", { raw: "20 triệu" }, row("6.1.a"))).toMatchObject({
      value: "20",
      decimals: 0,
    });
  });
  it("a rounded count is an interval, not an exact count", () => {
    expect(resolveValue("3.4.1.b", { raw: "4,52 ngàn" }, row("3.4.1.b"))).toMatchObject({
      value: "4520",
      decimals: -1,
      exact: false,
    });
  });
});
