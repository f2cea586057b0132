import { describe, expect, it } from "vitest";
import {
  BUILTIN_CATALOGS,
  CATALOG_2022,
  CATALOG_2025,
  type Catalog,
  type CatalogChanges,
  type CatalogRow,
  cachedIndex,
  deepFreeze,
  deriveCatalog,
  isDeeplyFrozen,
  validateCatalog,
} from "../../src/catalog/index.js";
import { QD766_EXAMPLE_TABLE } from "../../src/rollup/index.js";
import { checkReport, defaultRules, EXPLICIT_RULES, STRUCTURE_RULES } from "../../src/rules/index.js";
import { mk } from "../rules/report-builder.js";

// Exported data cannot be changed by accident, and the caches never serve answers for changed data.

describe("exported tables are deeply frozen", () => {
  it("catalogs, rule tables and the scoring table", () => {
    for (const t of [CATALOG_2022, BUILTIN_CATALOGS, EXPLICIT_RULES, STRUCTURE_RULES, QD766_EXAMPLE_TABLE]) {
      expect(isDeeplyFrozen(t)).toBe(true);
    }
  });

  it("mutating an exported catalog throws (ES modules are strict) and changes nothing", () => {
    const rules = defaultRules(CATALOG_2022).length;
    const relations = CATALOG_2022.relations.length;
    expect(() => {
      CATALOG_2022.relations.length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (CATALOG_2022.rows[0] as CatalogRow).kind = "count";
    }).toThrow(TypeError);
    expect(() => {
      CATALOG_2022.rows[0]!.name.vi = "x";
    }).toThrow(TypeError);
    expect(() => {
      (BUILTIN_CATALOGS as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (EXPLICIT_RULES[0] as { severity: string }).severity = "info";
    }).toThrow(TypeError);
    expect(() => {
      QD766_EXAMPLE_TABLE.criteria[0]!.maxPoints = "1000";
    }).toThrow(TypeError);
    expect(CATALOG_2022.relations).toHaveLength(relations);
    expect(CATALOG_2022.rows[0]?.kind).toBe("group");
    expect(defaultRules(CATALOG_2022)).toHaveLength(rules);
  });
});

describe("caches key on frozen objects only", () => {
  it("a caller's mutable catalog is compiled on every check, so an edit is seen at once", () => {
    const mine = structuredClone(CATALOG_2022);
    const report = mk({ "2.1": "3", "2.1.1": "2", "2.1.2": "0" });
    expect(checkReport(report, { catalog: mine }).findings.map((f) => f.rule)).toEqual(["sum.parts"]);
    mine.relations = mine.relations.filter((r) => !(r.kind === "sum" && r.total === "2.1"));
    expect(checkReport(report, { catalog: mine }).findings).toEqual([]);
    expect(cachedIndex(mine)).not.toBe(cachedIndex(mine));
  });

  it("isDeeplyFrozen looks all the way down", () => {
    expect(isDeeplyFrozen(Object.freeze({ a: { b: 1 } }))).toBe(false);
    expect(isDeeplyFrozen(deepFreeze({ a: { b: [1, { c: 2 }] } }))).toBe(true);
    // an already frozen object's children are frozen too
    const shallow = Object.freeze({ inner: { x: 1 } });
    expect(isDeeplyFrozen(deepFreeze(shallow))).toBe(true);
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(isDeeplyFrozen(deepFreeze(cyclic))).toBe(true);
    // a frozen node whose cycle leads to something mutable is not deeply frozen, asked first or second
    const loose: { child?: unknown; open: { x: number } } = { open: { x: 1 } };
    const child = Object.freeze({ parent: loose });
    loose.child = child;
    Object.freeze(loose);
    expect(isDeeplyFrozen(loose)).toBe(false);
    expect(isDeeplyFrozen(child)).toBe(false);
    const getter = Object.freeze(Object.defineProperty({}, "x", { get: () => ({}) }));
    expect(isDeeplyFrozen(getter)).toBe(false);
    expect(isDeeplyFrozen("text")).toBe(true);
  });
});

describe("deepFreeze", () => {
  it("freezes children under symbol keys and non-enumerable keys, returns its argument", () => {
    const tag = Symbol("tag");
    const hidden = { x: 1 };
    const t = { [tag]: { y: [2] } };
    Object.defineProperty(t, "hidden", { value: hidden, enumerable: false });
    expect(deepFreeze(t)).toBe(t);
    expect(Object.isFrozen(t[tag])).toBe(true);
    expect(Object.isFrozen(t[tag].y)).toBe(true);
    expect(Object.isFrozen(hidden)).toBe(true);
  });

  it("does not call getters, and leaves primitives and null as they are", () => {
    let calls = 0;
    const t = Object.defineProperty({ plain: {} }, "computed", {
      get: () => {
        calls++;
        return {};
      },
    });
    deepFreeze(t);
    expect(calls).toBe(0);
    expect(Object.isFrozen(t.plain)).toBe(true);
    expect(deepFreeze(null)).toBe(null);
    expect(deepFreeze("text")).toBe("text");
  });
});

describe("deriveCatalog", () => {
  it("removes rows with their descendants and the relations that read them, frozen, base unchanged", () => {
    const c = deriveCatalog(CATALOG_2022, { version: "2022-no-bcci", removeRows: ["7.8"] });
    expect(c.rows.filter((r) => r.id.startsWith("7.8"))).toEqual([]);
    expect(c.relations.some((r) => JSON.stringify(r).includes('"7.8.'))).toBe(false);
    expect(validateCatalog(c)).toEqual([]);
    expect(isDeeplyFrozen(c)).toBe(true);
    expect(c.verified).toBe(false);
    expect(CATALOG_2022.rows.some((r) => r.id === "7.8.1")).toBe(true);
    // a frozen derived catalog is cached like a built-in one
    expect(cachedIndex(c)).toBe(cachedIndex(c));
  });

  it("adds a row after its parent's last descendant, replaces a row in place, adds and removes relations", () => {
    const extra: CatalogRow = {
      id: "2.1.3",
      code: "2.1.3",
      parent: "2.1",
      name: { vi: "Khác", en: "Other" },
      unit: { vi: "Văn bản", en: "document" },
      kind: "count",
      rollup: "sum",
      additive: true,
    };
    const c = deriveCatalog(CATALOG_2022, {
      version: "2022-local",
      addRows: [extra, { ...CATALOG_2022.rows.find((r) => r.id === "2.1.1")!, note: "replaced" }],
      removeRelations: [{ kind: "sum", total: "2.1", parts: ["2.1.1", "2.1.2"] }],
      addRelations: [{ kind: "sum", total: "2.1", parts: ["2.1.1", "2.1.2", "2.1.3"] }],
    });
    const ids = c.rows.map((r) => r.id);
    expect(ids.indexOf("2.1.3")).toBe(ids.indexOf("2.1.2") + 1);
    expect(c.rows.find((r) => r.id === "2.1.1")?.note).toBe("replaced");
    expect(ids.filter((id) => id === "2.1.1")).toHaveLength(1);
    expect(validateCatalog(c)).toEqual([]);
    const report = mk({ "2.1": "3", "2.1.1": "2", "2.1.2": "0", "2.1.3": "1" });
    expect(checkReport(report, { catalog: c }).findings.filter((f) => f.rule === "sum.parts")).toEqual([]);
    expect(checkReport(report).findings.filter((f) => f.rule === "sum.parts")).toHaveLength(1);
  });

  it("places a new row after all of its parent's descendants, and a new section or orphan at the end", () => {
    const row = (id: string, parent: string | null): CatalogRow => ({
      id,
      code: id,
      parent,
      name: { vi: id, en: id },
      unit: { vi: "Văn bản", en: "document" },
      kind: "count",
      rollup: "sum",
      additive: true,
    });
    const mine = [row("7.7.7", "7.7"), row("10", null), row("11.1", "11")];
    const c = deriveCatalog(CATALOG_2022, { version: "2022-more", addRows: mine });
    const ids = c.rows.map((r) => r.id);
    const firstOf78 = ids.indexOf("7.8");
    expect(ids[firstOf78 - 1]).toBe("7.7.7");
    expect(ids.slice(firstOf78 - 3, firstOf78 - 1)).toEqual(["7.7.6.a", "7.7.6.b"]);
    expect(ids.slice(-2)).toEqual(["10", "11.1"]);
    expect(ids).toHaveLength(CATALOG_2022.rows.length + 3);
    // the caller's rows are copied, not frozen under them
    expect(c.rows.find((r) => r.id === "10")).not.toBe(mine[1]);
    expect(Object.isFrozen(mine[1])).toBe(false);
  });

  it("places a child of the first row, and of the last section, after its descendants; replaces the first row", () => {
    const first = CATALOG_2022.rows[0]!;
    const child = (id: string, parent: string): CatalogRow => ({
      ...CATALOG_2022.rows[1]!,
      id,
      code: id,
      parent,
    });
    const c = deriveCatalog(CATALOG_2022, {
      version: "2022-edges",
      addRows: [child("1.99", first.id), child("7.8.9", "7.8"), { ...first, note: "replaced" }],
    });
    const ids = c.rows.map((r) => r.id);
    expect(ids.indexOf("1.99")).toBe(ids.indexOf("2") - 1);
    expect(ids.at(-1)).toBe("7.8.9");
    expect(c.rows[0]).toMatchObject({ id: first.id, note: "replaced" });
    expect(ids).toHaveLength(CATALOG_2022.rows.length + 2);
  });

  it("removes only the relations of the same kind on the same rows", () => {
    const kept = (removeRelations: Catalog["relations"]) =>
      deriveCatalog(CATALOG_2022, { version: "r", removeRelations }).relations.length;
    const all = CATALOG_2022.relations.length;
    expect(kept([{ kind: "sum", total: "2.1", parts: ["2.1.1", "2.1.2"] }])).toBe(all - 1);
    expect(kept([{ kind: "subset", total: "2.1", parts: ["2.1.1", "2.1.2"] }])).toBe(all);
    expect(kept([{ kind: "sum", total: "2.1", parts: ["2.1.1"] }])).toBe(all);
  });

  it("removes relations by a predicate and drops an added relation that reads a removed row", () => {
    const c = deriveCatalog(CATALOG_2022, {
      version: "2022-no-rates",
      removeRows: ["7.8"],
      removeRelations: (r) => r.kind === "rate",
      addRelations: [
        { kind: "equal", left: "7.8.1", right: "1.1" },
        { kind: "equal", left: "1.1", right: "1.2.a" },
      ],
    });
    expect(c.relations.filter((r) => r.kind === "rate")).toEqual([]);
    expect(c.relations.filter((r) => JSON.stringify(r).includes('"1.1"'))).toEqual([
      { kind: "equal", left: "1.1", right: "1.2.a" },
    ]);
    expect(CATALOG_2022.relations.some((r) => r.kind === "rate")).toBe(true);
    // no removeRelations: every relation on kept rows stays
    expect(deriveCatalog(CATALOG_2022, { version: "same" }).relations).toEqual(CATALOG_2022.relations);
  });

  it("names its source after the base and is unverified, unless told otherwise", () => {
    const plain = deriveCatalog(CATALOG_2022, { version: "p" });
    expect(plain).toMatchObject({
      version: "p",
      effectiveFrom: CATALOG_2022.effectiveFrom,
      source: `derived from catalog 2022: ${CATALOG_2022.source}`,
      verified: false,
    });
    expect(plain.rows).toEqual(CATALOG_2022.rows);
    const told = deriveCatalog(CATALOG_2022, {
      version: "q",
      effectiveFrom: "2024-01-01",
      source: "Quyết định của tỉnh",
      verified: true,
    });
    expect(told).toMatchObject({
      effectiveFrom: "2024-01-01",
      source: "Quyết định của tỉnh",
      verified: true,
    });
  });

  it("keeps the base's last day unless told another one, or null for none", () => {
    expect(CATALOG_2022.effectiveTo).toBe("2025-06-30");
    expect(deriveCatalog(CATALOG_2022, { version: "a" }).effectiveTo).toBe("2025-06-30");
    expect(deriveCatalog(CATALOG_2022, { version: "b", effectiveTo: "2024-12-31" }).effectiveTo).toBe(
      "2024-12-31",
    );
    const open = deriveCatalog(CATALOG_2022, { version: "c", effectiveTo: null });
    expect("effectiveTo" in open).toBe(false);
    expect("effectiveTo" in deriveCatalog(CATALOG_2025, { version: "2025-local" })).toBe(false);
    // the built-in 2025 version is derived this way: open-ended, no district rows
    expect("effectiveTo" in CATALOG_2025).toBe(false);
    expect(CATALOG_2025.rows.some((r) => r.validTo !== undefined && r.validTo < "2025-07-01")).toBe(false);
  });

  it("refuses a missing or unchanged version id", () => {
    expect(() => deriveCatalog(CATALOG_2022, { version: "2022" })).toThrow(TypeError);
    expect(() => deriveCatalog(CATALOG_2022, { version: "" })).toThrow(/version/);
    const refusal = "deriveCatalog: give a new version id";
    expect(() => deriveCatalog(CATALOG_2022, {} as CatalogChanges)).toThrow(refusal);
    expect(() => deriveCatalog(CATALOG_2022, null as unknown as CatalogChanges)).toThrow(refusal);
  });
});
