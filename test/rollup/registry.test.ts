import { beforeEach, describe, expect, it } from "vitest";
import {
  type AgencyRegistry,
  createAgencyRegistry,
  indexAgencies,
  indexNames,
  linkParents,
  linkSuccessors,
  rollupReports,
} from "../../src/rollup/index.js";
import { AGENCIES, agency, MERGED, relationCheck, report } from "./fixtures.js";

const a = (id: string, extra: Partial<Parameters<typeof agency>[0]> = {}) =>
  agency({ id, name: id, kind: "other-administrative", level: "province", ...extra });

describe("registry stages, each on its own", () => {
  it("indexAgencies keeps the first of a duplicate id and skips rows without an id", () => {
    const r = indexAgencies([a("x"), a("x", { name: "other" }), null as never, a("y")]);
    expect(r.list.map((x) => x.id)).toEqual(["x", "y"]);
    expect(r.byId.get("x")?.name).toBe("x");
    expect(r.problems.map((p) => [p.code, p.id])).toEqual([["duplicate-id", "x"]]);
    expect(indexAgencies("nope" as never).list).toEqual([]);
  });
  it("indexAgencies ends a district-level agency with no end date on 2025-06-30, and only that one", () => {
    const r = indexAgencies([
      a("h", { level: "district", kind: "people-committee" }),
      a("h2", { level: "district", kind: "people-committee", validTo: "2024-12-31" }),
      a("x", { level: "commune", kind: "people-committee" }),
    ]);
    expect(r.byId.get("h")?.validTo).toBe("2025-06-30");
    expect(r.byId.get("h2")?.validTo).toBe("2024-12-31");
    expect(r.byId.get("x")?.validTo).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.id])).toEqual([["district-level-ended", "h"]]);
    expect(r.problems[0]?.message.vi).toContain("30/06/2025");
  });
  it("linkParents drops an unknown parent and cuts a cycle", () => {
    const { list, byId } = indexAgencies([a("p"), a("c", { parent: "p" }), a("o", { parent: "missing" })]);
    const r = linkParents(list, byId);
    expect([...r.parent]).toEqual([["c", "p"]]);
    expect(r.problems.map((p) => [p.code, p.id])).toEqual([["unknown-parent", "o"]]);
    const cyc = indexAgencies([a("m", { parent: "n" }), a("n", { parent: "m" })]);
    const rc = linkParents(cyc.list, cyc.byId);
    expect(rc.problems.map((p) => p.code)).toEqual(["cycle"]);
    expect(rc.parent.size).toBe(1);
  });
  it("linkSuccessors keeps only merges between known agencies", () => {
    const { byId } = indexAgencies([a("old"), a("new")]);
    const r = linkSuccessors({ old: "new", gone: "new", old2: "nowhere" }, byId);
    expect([...r.merged]).toEqual([["old", "new"]]);
    expect(r.problems.map((p) => p.id)).toEqual(["gone", "old2"]);
    expect(linkSuccessors(undefined, byId).merged.size).toBe(0);
  });
  it("indexNames resolves ids before symbols before aliases and flags a shared symbol", () => {
    const list = [
      a("sxd", { symbol: "SXD" }),
      a("kh/sxd", { symbol: "sxd2", aliases: ["SXD"] }),
      a("b", { symbol: "SXD2" }),
    ];
    const r = indexNames(list);
    expect(r.lookup("SXD")?.id).toBe("sxd");
    expect(r.lookup(" s x d 2 ")?.id).toBe("kh/sxd");
    expect(r.lookup(42 as never)).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.id])).toEqual([["ambiguous-alias", "b"]]);
  });
});

describe("the district level after 2025-06-30", () => {
  let withOpenDistrict: AgencyRegistry;
  beforeEach(() => {
    withOpenDistrict = createAgencyRegistry(
      [...AGENCIES, a("kh/h2", { level: "district", kind: "people-committee", parent: "kh" })],
      { mergedInto: MERGED },
    );
  });
  it("a district agency with no end date is not valid after 2025-06-30, and the registry says so", () => {
    expect(withOpenDistrict.isValidAt("kh/h2", "2025-06-30")).toBe(true);
    expect(withOpenDistrict.isValidAt("kh/h2", "2025-07-01")).toBe(false);
    expect(withOpenDistrict.problems.map((p) => [p.code, p.id])).toEqual([["district-level-ended", "kh/h2"]]);
    expect(withOpenDistrict.childrenOf("kh", { at: "2025-07-01" }).map((x) => x.id)).not.toContain("kh/h2");
  });
  it("its report for a period after 2025-06-30 is excluded from the roll-up", () => {
    const h2cal = { kind: "half-year" as const, year: 2025, index: 2, from: "2025-07-01", to: "2025-12-31" };
    const r = rollupReports("kh", [report("kh/h2", { "3.4.1.a": 1 }, h2cal)], {
      registry: withOpenDistrict,
      check: relationCheck,
    });
    expect(r.units.excluded.map((e) => [e.id, e.reason])).toEqual([["kh/h2", "not-valid-in-period"]]);
  });
});
