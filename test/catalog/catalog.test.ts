import { describe, expect, it } from "vitest";
import {
  BUILTIN_CATALOGS,
  CATALOG_2022,
  type Catalog,
  indexCatalog,
  normalizeCode,
  selectCatalog,
  validateCatalog,
} from "../../src/catalog/index.js";

/** Every numbered code printed in the reference report's appendix (H1 2022), in order. */
const REFERENCE_CODES = [
  "1.",
  "1.1.",
  "1.2.",
  "1.3.",
  "1.3.1.",
  "1.3.2.",
  "1.5.",
  "1.6.",
  "2.",
  "2.1.",
  "2.1.1",
  "2.2.",
  "2.3.",
  "3.",
  "3.1.",
  "3.1.1",
  "3.1.2",
  "3.1.3",
  "3.1.4",
  "3.2",
  "3.2.1",
  "3.2.2",
  "3.3",
  "3.3.1.",
  "3.3.2.",
  "3.4",
  "3.4.1",
  "3.5",
  "4.",
  "4.1.",
  "4.1.5",
  "4.2.",
  "4.3.",
  "5.",
  "5.1.",
  "5.2.",
  "5.2.1.",
  "5.2.2.",
  "5.3.",
  "5.4.",
  "6.",
  "6.1.",
  "6.2.",
  "6.2.1",
  "6.2.2",
  "6.2.3",
  "6.2.4",
  "6.2.5",
  "6.2.6",
  "7.",
  "7.5",
  "7.5.2.",
  "7.5.3",
  "7.7.",
  "7.7.1",
  "7.7.2",
  "7.7.4",
  "7.7.5",
  "7.7.6",
  "7.8.",
  "7.8.1",
  "7.8.2",
];

describe("catalog 2022", () => {
  const idx = indexCatalog(CATALOG_2022);
  it("is internally consistent", () => {
    expect(validateCatalog(CATALOG_2022)).toEqual([]);
  });
  it("holds every numbered code of the reference appendix", () => {
    const missing = REFERENCE_CODES.filter((c) => !idx.byCode.has(normalizeCode(c)));
    expect(missing).toEqual([]);
  });
  it("maps the reference report's duplicate 2.1.1 to two rows, HĐND first", () => {
    expect(idx.byCode.get("2.1.1")?.map((r) => r.id)).toEqual(["2.1.1", "2.1.2"]);
  });
  it("names unnumbered sub-rows after their parent with a letter", () => {
    expect(idx.children.get("1.2")).toEqual(["1.2.a", "1.2.b"]);
    for (const row of CATALOG_2022.rows.filter((r) => r.code === null)) {
      expect(row.id.startsWith(`${row.parent}.`)).toBe(true);
      expect(row.id).toMatch(/\.[a-z]$/);
    }
  });
  it("has a rate relation for every recomputable rate row", () => {
    const rateRows = CATALOG_2022.rows
      .filter((r) => r.kind === "rate" && r.rollup === "recompute")
      .map((r) => r.id);
    const withRelation = new Set(CATALOG_2022.relations.flatMap((r) => (r.kind === "rate" ? [r.rate] : [])));
    expect(rateRows.filter((id) => !withRelation.has(id) && id !== "7.5.3.a")).toEqual([]);
  });
  it("reads 7.7.1/7.7.2 (and 7.7.5/7.7.6) over the row's own base sub-row, naming 3.1.4 as the other reading", () => {
    for (const [id, n, d] of [
      ["7.7.1", "7.7.1.b", "7.7.1.a"],
      ["7.7.2", "7.7.2.b", "7.7.2.a"],
      ["7.7.5", "7.7.5.b", "7.7.5.a"],
      ["7.7.6", "7.7.6.b", "7.7.6.a"],
    ]) {
      const rel = CATALOG_2022.relations.find((r) => r.kind === "rate" && r.rate === id);
      expect(rel, id).toMatchObject({ numerator: n, denominator: d, otherBases: ["3.1.4"] });
    }
    const r782 = CATALOG_2022.relations.find((r) => r.kind === "rate" && r.rate === "7.8.2");
    expect(r782).toMatchObject({ numerator: "7.8.2.a", denominator: "3.4.1.a" });
  });
  it("has bilingual names and coded rows with their codes", () => {
    for (const r of CATALOG_2022.rows) {
      expect(r.name.vi.length).toBeGreaterThan(0);
      expect(r.name.en.length).toBeGreaterThan(0);
    }
    expect(idx.byId.get("1.6")?.codes?.map((c) => c.code)).toEqual([0, 1]);
    expect(idx.byId.get("1.6.b")?.codes?.map((c) => c.code)).toEqual([0, 1, 2]);
  });
});

describe("validateCatalog", () => {
  it("reports unknown rows, duplicates, and relations over group headings", () => {
    const bad: Catalog = {
      ...CATALOG_2022,
      rows: [...CATALOG_2022.rows, CATALOG_2022.rows[1]!],
      relations: [{ kind: "sum", total: "1", parts: ["9.9"] }],
    };
    const msgs = validateCatalog(bad).map((p) => p.message);
    expect(msgs).toContain("duplicate row id");
    expect(msgs).toContain("unknown row 9.9");
    expect(msgs).toContain("row 1 is a group heading");
  });
});

describe("selectCatalog", () => {
  const { effectiveTo: _ended, ...open2022 } = CATALOG_2022;
  const v2030: Catalog = { ...open2022, version: "2030", effectiveFrom: "2030-01-01" };
  it("picks the version in force at a date, and a second version needs no code change", () => {
    expect(selectCatalog("2022-06-30").catalog.version).toBe("2022");
    expect(selectCatalog("2031-03-31", [...BUILTIN_CATALOGS, v2030]).catalog.version).toBe("2030");
    expect(selectCatalog("2029-12-31", [v2030, ...BUILTIN_CATALOGS]).catalog.version).toBe("2025");
    expect(selectCatalog("2025-06-30").catalog.version).toBe("2022");
    expect(selectCatalog("2025-07-01").catalog.version).toBe("2025");
  });
  it("falls back to the earliest version, flagged inexact, before every version", () => {
    expect(selectCatalog("2010-01-01")).toMatchObject({ exact: false, catalog: { version: "2022" } });
    expect(selectCatalog("2022-01-01").exact).toBe(true);
  });
  it("honours effectiveTo", () => {
    const ended: Catalog = { ...CATALOG_2022, version: "old", effectiveTo: "2021-12-31" };
    expect(selectCatalog("2022-06-30", [ended, v2030])).toMatchObject({ exact: false });
  });
});
