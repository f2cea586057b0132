import { beforeEach, describe, expect, it } from "vitest";
import {
  type AgencyRegistry,
  createAgencyRegistry,
  PROVINCE_ARRANGEMENT_2025,
  PROVINCES,
  provinceAgencies,
  provinceSuccessor,
  provincesAt,
  rollupReports,
} from "../../src/rollup/index.js";
import { agency, relationCheck, report } from "./fixtures.js";

describe("PROVINCES (NQ 202/2025/QH15)", () => {
  it("has 63 units on 2025-06-30 and 34 from 2025-07-01 (28 provinces, 6 cities)", () => {
    expect(provincesAt("2025-06-30")).toHaveLength(63);
    const after = provincesAt("2025-07-01");
    expect(after).toHaveLength(34);
    expect(after.filter((p) => p.kind === "city").map((p) => p.id)).toEqual([
      "ha-noi",
      "ho-chi-minh",
      "hai-phong",
      "da-nang",
      "can-tho",
      "hue",
    ]);
    expect(provincesAt("2026-12-31")).toEqual(after);
  });
  it("merges every absorbed unit into one that continues, the day after 2025-06-30", () => {
    const ids = new Set(PROVINCES.map((p) => p.id));
    const continuing = new Set(provincesAt("2025-07-01").map((p) => p.id));
    for (const p of PROVINCES) {
      if (p.mergedInto === undefined) {
        expect(p.validTo, p.id).toBeUndefined();
        continue;
      }
      expect(ids.has(p.mergedInto), p.id).toBe(true);
      expect(continuing.has(p.mergedInto), p.id).toBe(true);
      expect(p.validTo).toBe("2025-06-30");
      expect(provinceSuccessor(p.id, "2025-07-01")).toBe(p.mergedInto);
      expect(provinceSuccessor(p.id, "2025-06-30")).toBe(p.id);
    }
    // 23 units formed from 52; 11 left alone.
    const absorbing = new Set(PROVINCES.flatMap((p) => (p.mergedInto ? [p.mergedInto] : [])));
    expect(absorbing.size).toBe(23);
    expect(34 - absorbing.size).toBe(11);
    expect(provinceSuccessor("ninh-thuan", "2025-07-01")).toBe("khanh-hoa");
    expect(provinceSuccessor("ba-ria-vung-tau", "2025-07-01")).toBe("ho-chi-minh");
    expect(provinceSuccessor("binh-duong", "2025-07-01")).toBe("ho-chi-minh");
    expect(provinceSuccessor("quang-nam", "2026-01-01")).toBe("da-nang");
    expect(provinceSuccessor("nowhere", "2025-07-01")).toBeUndefined();
  });
  it("cites the resolution and marks it unverified (read in press reports only)", () => {
    expect(PROVINCE_ARRANGEMENT_2025).toMatchObject({ number: "202/2025/QH15", verified: false });
    for (const p of PROVINCES) {
      expect(p.verified).toBe(false);
      expect(p.source).toContain("202/2025/QH15");
    }
  });
  it("knows Huế's earlier name and kind", () => {
    expect(provincesAt("2024-12-31").find((p) => p.id === "hue")).toEqual({
      id: "hue",
      name: "Thừa Thiên Huế",
      kind: "province",
    });
    expect(provincesAt("2025-01-01").find((p) => p.id === "hue")?.kind).toBe("city");
  });
  it("is deep-frozen and answers [] for a malformed date", () => {
    expect(Object.isFrozen(PROVINCES)).toBe(true);
    expect(Object.isFrozen(PROVINCES.find((p) => p.id === "hue")?.previous)).toBe(true);
    expect(() => {
      (PROVINCES[0] as unknown as { name: string }).name = "x";
    }).toThrow(TypeError);
    expect(provincesAt("2025-13-01")).toEqual([]);
    expect(provincesAt(undefined as unknown as string)).toEqual([]);
  });
});

describe("a merged province in the registry and the roll-up", () => {
  let registry: AgencyRegistry;
  beforeEach(() => {
    const { agencies, mergedInto } = provinceAgencies();
    registry = createAgencyRegistry(
      [
        ...agencies,
        agency({
          id: "khanh-hoa/sxd",
          name: "Sở Xây dựng Khánh Hòa",
          kind: "specialised-agency",
          level: "province",
          parent: "khanh-hoa",
        }),
        agency({
          id: "ninh-thuan/sxd",
          name: "Sở Xây dựng Ninh Thuận",
          kind: "specialised-agency",
          level: "province",
          parent: "ninh-thuan",
          validTo: "2025-06-30",
        }),
        agency({
          id: "da-nang/stp",
          name: "Sở Tư pháp Đà Nẵng",
          kind: "specialised-agency",
          level: "province",
          parent: "da-nang",
        }),
      ],
      { mergedInto },
    );
  });
  // NĐ 09/2019 H2 window: 15/6 → 14/12, so Ninh Thuận's last days fall inside it.
  const h2 = { kind: "half-year" as const, year: 2025, index: 2, from: "2025-06-15", to: "2025-12-14" };

  it("parentAt follows the successor; the tree at a date is the province's", () => {
    expect(registry.problems).toEqual([]);
    expect(registry.parentAt("ninh-thuan", "2025-07-01")).toBe("khanh-hoa");
    expect(registry.parentAt("ninh-thuan", "2025-06-30")).toBeUndefined();
    expect(registry.parentAt("ninh-thuan/sxd", "2025-06-30")).toBe("ninh-thuan");
    expect(registry.parentAt("ninh-thuan/sxd", "2025-07-01")).toBe("khanh-hoa");
    expect(registry.subtreeAt("khanh-hoa", "2025-07-01")?.children.map((c) => c.agency.id)).toEqual([
      "khanh-hoa/sxd",
    ]);
    expect(registry.subtreeAt("ninh-thuan", "2025-06-30")?.children.map((c) => c.agency.id)).toEqual([
      "ninh-thuan/sxd",
    ]);
    expect(registry.subtreeAt("ninh-thuan", "2025-07-01")).toBeUndefined();
    expect(registry.treeAt("2025-06-30")).toHaveLength(63);
    expect(registry.treeAt("2025-07-01")).toHaveLength(34);
  });
  it("counts a merged province's department in the successor's H2 2025 roll-up, with a finding naming it", () => {
    const reports = [
      report("khanh-hoa/sxd", { "3.4.1.a": 10 }, h2),
      report("ninh-thuan/sxd", { "3.4.1.a": 5 }, h2),
    ];
    const r = rollupReports("khanh-hoa", reports, { registry, check: relationCheck });
    expect(r.units.included.map((u) => u.id)).toEqual(["khanh-hoa/sxd", "ninh-thuan/sxd"]);
    expect(r.units.included[1]).toMatchObject({ via: "ninh-thuan", note: "ended-in-period" });
    expect(r.report.values["3.4.1.a"]).toEqual({ value: "15" });
    const f = r.findings.find((x) => x.rule === "rollup.unit-merged-parent");
    expect(f?.units).toEqual(["ninh-thuan/sxd", "ninh-thuan"]);
    expect(f?.messages?.en).toContain("ninh-thuan");
    expect(r.units.missing).toEqual([]);
  });
  it("does not count it for a period before the merger, nor in another province", () => {
    const h1 = { kind: "half-year" as const, year: 2025, index: 1, from: "2024-12-15", to: "2025-06-14" };
    const r = rollupReports("khanh-hoa", [report("ninh-thuan/sxd", { "3.4.1.a": 5 }, h1)], {
      registry,
      check: relationCheck,
    });
    expect(r.units.excluded.map((e) => e.reason)).toEqual(["not-a-child"]);
    expect(r.findings.some((x) => x.rule === "rollup.unit-merged-parent")).toBe(false);
    const other = rollupReports("da-nang", [report("ninh-thuan/sxd", { "3.4.1.a": 5 }, h2)], {
      registry,
      check: relationCheck,
    });
    expect(other.units.excluded.map((e) => e.reason)).toEqual(["not-a-child"]);
  });
});

describe("provincesAt and provinceAgencies: what each row carries", () => {
  it("a unit that ends says when and into what; a continuing one says neither", () => {
    expect(provincesAt("2025-06-30").find((p) => p.id === "quang-nam")).toEqual({
      id: "quang-nam",
      name: "Quảng Nam",
      kind: "province",
      mergedInto: "da-nang",
      validTo: "2025-06-30",
    });
    expect(provincesAt("2025-06-30").find((p) => p.id === "da-nang")).toEqual({
      id: "da-nang",
      name: "Đà Nẵng",
      kind: "city",
    });
    expect(provincesAt("2025-07-01").some((p) => p.id === "quang-nam")).toBe(false);
  });
  it("answers [] for a date that is not YYYY-MM-DD", () => {
    expect(provincesAt("2025-6-30")).toEqual([]);
    expect(provincesAt("2025-06-32")).toEqual([]);
    expect(provincesAt("x2025-06-30")).toEqual([]);
    expect(provincesAt("2025-06-30x")).toEqual([]);
  });
  it("names each province's committee by its kind, keeps Huế's old name as an alias, and ends merged ones", () => {
    const { agencies, mergedInto } = provinceAgencies();
    const by = Object.fromEntries(agencies.map((x) => [x.id, x]));
    expect(agencies).toHaveLength(63);
    expect(by["da-nang"]).toEqual({
      id: "da-nang",
      name: "UBND thành phố Đà Nẵng",
      aliases: [],
      kind: "people-committee",
      level: "province",
    });
    expect(by["quang-nam"]).toMatchObject({ name: "UBND tỉnh Quảng Nam", validTo: "2025-06-30" });
    expect(by.hue?.aliases).toEqual(["UBND tỉnh Thừa Thiên Huế"]);
    expect(mergedInto["quang-nam"]).toBe("da-nang");
    expect(Object.keys(mergedInto)).toHaveLength(29);
    expect(mergedInto["da-nang"]).toBeUndefined();
  });
  it("prefixes every id and every merge with the given prefix", () => {
    const { agencies, mergedInto } = provinceAgencies("vn/");
    expect(agencies.every((x) => x.id.startsWith("vn/"))).toBe(true);
    expect(mergedInto["vn/quang-nam"]).toBe("vn/da-nang");
  });
});
