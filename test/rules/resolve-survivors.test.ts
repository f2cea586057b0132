import { describe, expect, it } from "vitest";
import { CATALOG_2022, type CatalogRow } from "../../src/catalog/index.js";
import type { IndicatorValue, Report } from "../../src/model/report.js";
import { cachedIndex, checkReport, resolveValue, resolveValues } from "../../src/rules/index.js";
import { mk } from "./report-builder.js";

// Value resolution that the mutation run showed untested (docs/quality.md): the full shape of each kind
// of resolved value, ids the catalog does not know, coded answers written as labels, and reports that
// are not well-formed. Every public function here must answer, never throw.

const row = (id: string): CatalogRow => {
  const r = CATALOG_2022.rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
const bad = (v: unknown) => v as IndicatorValue;

/** Every resolved value has every field, in one shape: a field the value does not have is `undefined`. */
const ABSENT = {
  fraction: undefined,
  unitWord: undefined,
  valueFromUnit: undefined,
  unit: undefined,
  error: undefined,
  coded: undefined,
  ambiguous: undefined,
};
const withAbsent = <T extends object>(v: T) => ({ ...ABSENT, ...v });

describe("the shape of a resolved value", () => {
  it("a blank (absent, null, empty) is exact, not a percentage, and has no number", () => {
    const blank = withAbsent({
      id: "2.1",
      row: row("2.1"),
      kind: "blank",
      value: null,
      int: Number.NaN,
      decimals: 0,
      exact: true,
      percent: false,
      raw: null,
    });
    expect(resolveValue("2.1", undefined, row("2.1"))).toStrictEqual(blank);
    expect(resolveValue("2.1", bad(null), row("2.1"))).toStrictEqual(blank);
    expect(resolveValue("2.1", { value: null }, row("2.1"))).toStrictEqual(blank);
    expect(resolveValue("2.1", { raw: "" }, row("2.1"))).toStrictEqual({ ...blank, raw: "" });
    expect(resolveValue("1.2", { raw: "-" }, row("1.2"))).toStrictEqual({
      ...blank,
      id: "1.2",
      row: row("1.2"),
      kind: "none",
      raw: "-",
    });
  });

  it("an unreadable value keeps its text and the parser's reason, and no percent flag", () => {
    expect(resolveValue("1.2", { raw: "abc%" }, row("1.2"))).toStrictEqual(
      withAbsent({
        id: "1.2",
        row: row("1.2"),
        kind: "invalid",
        value: null,
        int: Number.NaN,
        decimals: 0,
        exact: true,
        percent: false,
        raw: "abc%",
        error: { code: "not-a-number", message: { vi: "không phải là số", en: "not a number" } },
      }),
    );
  });

  it("a written integer is a plain number: no percent flag, no unit word", () => {
    expect(resolveValue("2.1", { raw: "27" }, row("2.1"))).toStrictEqual(
      withAbsent({
        id: "2.1",
        row: row("2.1"),
        kind: "number",
        value: "27",
        int: 27,
        decimals: 0,
        exact: true,
        percent: false,
        raw: "27",
      }),
    );
    expect(resolveValue("2.1", { raw: "2,5" }, row("2.1")).unitWord).toBeUndefined();
    expect(resolveValue("2.1", { raw: "07 TTHC" }, row("2.1"))).toMatchObject({
      value: "7",
      unitWord: "TTHC",
    });
  });

  it("leading zeros are dropped, whatever digits follow", () => {
    expect(resolveValue("2.1", { raw: "010" }, row("2.1"))).toMatchObject({
      value: "10",
      int: 10,
      raw: "010",
    });
    expect(resolveValue("2.1", { raw: "0105" }, row("2.1"))).toMatchObject({ value: "105", int: 105 });
    expect(resolveValue("2.1", { raw: "0" }, row("2.1"))).toMatchObject({ value: "0", int: 0 });
  });

  it("a fraction without a unit word has no unitWord", () => {
    const f = resolveValue("3.3.1", { raw: "54/55" }, row("3.3.1"));
    expect(f).toMatchObject({ kind: "fraction", value: "54" });
    expect(f.unitWord).toBeUndefined();
  });
});

describe("one shape for every resolved value", () => {
  it("every kind of value has the same fields in the same order (the rules read them in one loop)", () => {
    const keys = Object.keys(resolveValue("2.1", { raw: "27" }, row("2.1")));
    expect(keys).toEqual([
      "id",
      "row",
      "kind",
      "value",
      "int",
      "decimals",
      "exact",
      "percent",
      "fraction",
      "unitWord",
      "valueFromUnit",
      "raw",
      "unit",
      "error",
      "coded",
      "ambiguous",
    ]);
    const cells: Array<[string, IndicatorValue | undefined]> = [
      ["2.1", undefined],
      ["2.1", { raw: "" }],
      ["1.2", { raw: "-" }],
      ["1.2", { raw: "abc%" }],
      ["1.2", { raw: "37,03%", unit: "%" }],
      ["3.3.1", { raw: "54/55 TTHC" }],
      ["7.5.3.a", { raw: "732VBĐT/876VBD", unit: "84%" }],
      ["6.1.a", { raw: "1,5 tỷ" }],
      ["1.1", { raw: "1.234" }],
      ["1.6", { raw: "Có" }],
      ["2.1", { value: 7, unit: "TTHC" }],
      ["9.9", { raw: "3/4" }],
    ];
    for (const [id, cell] of cells) {
      expect(Object.keys(resolveValue(id, cell, cachedIndex(CATALOG_2022).byId.get(id)))).toEqual(keys);
    }
    expect(Object.keys(resolveValues(mk({}), CATALOG_2022).get("2.2"))).toEqual(keys);
  });

  it("a unit cell that is not text is not kept (a plain-JS caller may pass anything)", () => {
    expect(resolveValue("2.1", bad({ raw: "7", unit: 5 }), row("2.1")).unit).toBeUndefined();
    expect(resolveValue("2.1", { raw: "7", unit: "TTHC" }, row("2.1")).unit).toBe("TTHC");
  });
});

describe("coded answers written as their label", () => {
  it("the label's code is an exact, non-percentage number", () => {
    expect(resolveValue("1.6", { raw: "Có" }, row("1.6"))).toStrictEqual(
      withAbsent({
        id: "1.6",
        row: row("1.6"),
        kind: "number",
        value: "1",
        int: 1,
        decimals: 0,
        exact: true,
        percent: false,
        raw: "Có",
        coded: { code: 1, label: { vi: "Có", en: "Yes" } },
      }),
    );
    // a number that is not one of the codes names no answer
    expect(resolveValue("1.6", { raw: "2" }, row("1.6")).coded).toBeUndefined();
  });

  it("labels of several words match whatever the spacing and case, but not with the words run together", () => {
    expect(resolveValue("5.3.a", { raw: "Chưa  thực   hiện" }, row("5.3.a")).value).toBe("0");
    expect(resolveValue("5.3.a", { raw: "NOT\tDONE" }, row("5.3.a")).value).toBe("0");
    expect(resolveValue("1.6.b", { raw: "Phát phiếu" }, row("1.6.b")).value).toBe("1");
    expect(resolveValue("5.3.a", { raw: "Chưathựchiện" }, row("5.3.a")).kind).toBe("invalid");
    expect(resolveValue("1.6.b", { raw: "Paperforms" }, row("1.6.b")).kind).toBe("invalid");
  });

  it("a coded row without a code list reads a label as unreadable", () => {
    const { codes: _codes, ...noCodes } = row("1.6");
    expect(resolveValue("1.6", { raw: "Có" }, noCodes)).toMatchObject({
      kind: "invalid",
      error: { code: "not-a-number" },
    });
  });
});

describe("ids the catalog does not know", () => {
  it("resolve without a row: numbers, unreadable text and fractions", () => {
    expect(resolveValue("9.9", { value: 7 }, undefined)).toMatchObject({
      kind: "number",
      value: "7",
      exact: false,
      percent: false,
    });
    expect(resolveValue("9.9", { raw: "abc" }, undefined)).toMatchObject({ kind: "invalid", row: undefined });
    const frac = resolveValue("9.9", { raw: "3/4", unit: "75%" }, undefined);
    expect(frac).toMatchObject({ kind: "fraction", value: null, percent: false, unit: "75%" });
    expect(frac.valueFromUnit).toBeUndefined();
  });

  it("are reported by the structure rules, and nothing else breaks", () => {
    const r = checkReport(mk({ "9.7": { value: 7 }, "9.8": "abc", "9.9": "3/4" }));
    expect(r.findings.map((f) => `${f.code} ${f.rule}`)).toEqual([
      "9.7 structure.unknown-code",
      "9.8 structure.unparseable",
      "9.8 structure.unknown-code",
      "9.9 structure.unknown-code",
    ]);
  });
});

describe("fractions with a percentage in the unit cell", () => {
  it("only a rate row takes the percentage as its value", () => {
    // 6.1.a is an amount of money: a fraction there yields no value, whatever the unit cell says
    const money = resolveValue("6.1.a", { raw: "3/4", unit: "75%" }, row("6.1.a"));
    expect(money).toMatchObject({ kind: "fraction", value: null, percent: false, exact: true, unit: "75%" });
    expect(money.valueFromUnit).toBeUndefined();
    expect(
      checkReport(mk({ "6.1.a": { raw: "3/4", unit: "75%" } })).findings.map((f) => f.rule),
    ).not.toContain("structure.value-in-unit-column");
    // the same cells on a rate row
    expect(resolveValue("6.1", { raw: "3/4", unit: "75%" }, row("6.1"))).toMatchObject({
      value: "75",
      valueFromUnit: true,
    });
  });
});

describe("reports that are not well-formed", () => {
  it("a missing report, or values that are not an object, resolve to nothing", () => {
    for (const report of [null, undefined, { values: "abc" }, { values: 12 }]) {
      const r = resolveValues(report as unknown as Report, CATALOG_2022);
      expect(r.values.size).toBe(0);
      expect(r.unknown).toEqual([]);
      expect(r.get("2.1").kind).toBe("blank");
    }
    expect(checkReport({ ...mk({}), values: "12" } as unknown as Report).findings).toEqual([]);
  });

  it("a value that is null in the report is a blank", () => {
    const report = { ...mk({ "2.1.1": "2", "2.1.2": "1" }), values: { "2.1": null } } as unknown as Report;
    expect(resolveValues(report, CATALOG_2022).get("2.1")).toMatchObject({ kind: "blank", raw: null });
    const withParts = mk({ "2.1.1": "2", "2.1.2": "1" });
    (withParts.values as Record<string, unknown>)["2.1"] = null;
    expect(checkReport(withParts).findings.map((f) => `${f.code} ${f.rule}`)).toEqual(["2.1 derivable.sum"]);
  });
});

describe("the catalog index", () => {
  it("is built once per frozen catalog object and shared by every resolved report", () => {
    const a = resolveValues(mk({ "2.1": "1" }), CATALOG_2022);
    const b = resolveValues(mk({}), CATALOG_2022);
    expect(a.index).toBe(b.index);
    expect(cachedIndex(CATALOG_2022)).toBe(a.index);
    // a frozen copy (its rows are the frozen built-in ones) is cached on its own
    const frozen = Object.freeze({ ...CATALOG_2022 });
    expect(cachedIndex(frozen)).not.toBe(a.index);
    expect(cachedIndex(frozen)).toBe(cachedIndex(frozen));
  });

  it("is rebuilt on every call for a catalog that can still change, so a change is always seen", () => {
    const copy = { ...CATALOG_2022, rows: [...CATALOG_2022.rows] };
    const first = cachedIndex(copy);
    expect(cachedIndex(copy)).not.toBe(first);
    copy.rows.pop();
    expect(cachedIndex(copy).byId.size).toBe(first.byId.size - 1);
  });
});
