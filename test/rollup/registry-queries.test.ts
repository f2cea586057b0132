import { beforeEach, describe, expect, it } from "vitest";
import { type AgencyRegistry, createAgencyRegistry } from "../../src/rollup/index.js";
import { agency } from "./fixtures.js";

const a = (id: string, extra: Partial<Parameters<typeof agency>[0]> = {}) =>
  agency({ id, name: id, kind: "other-administrative", level: "province", ...extra });

// p absorbs q on 2025-07-01; q's department ends with it; h is a district of p whose commune c is lifted
// to p once the district level ends; m1 → m2 → m3 is a chain of merges.
const AGENCIES = [
  a("p", { symbol: "PP" }),
  a("q", { validTo: "2025-06-30" }),
  a("q/d", { parent: "q", validTo: "2025-06-30" }),
  a("p/new", { parent: "p", validFrom: "2025-07-01" }),
  a("h", { parent: "p", level: "district", kind: "people-committee" }),
  a("c", { parent: "h", level: "commune", kind: "people-committee" }),
  a("m1", { parent: "p", validTo: "2023-12-31" }),
  a("m2", { parent: "p", validFrom: "2024-01-01", validTo: "2024-12-31" }),
  a("m3", { parent: "p", validFrom: "2025-01-01" }),
];
const MERGED = { q: "p", m1: "m2", m2: "m3" };

describe("the registry's date queries", () => {
  let reg: AgencyRegistry;
  beforeEach(() => {
    reg = createAgencyRegistry(AGENCIES, { mergedInto: MERGED });
  });

  it("keeps the agencies in input order and finds one by id", () => {
    expect(reg.agencies.map((x) => x.id)).toEqual(AGENCIES.map((x) => x.id));
    expect(reg.get("q/d")?.parent).toBe("q");
    expect(reg.get("zz")).toBeUndefined();
    expect(reg.problems.map((p) => [p.code, p.id])).toEqual([["district-level-ended", "h"]]);
  });
  it("resolves a name ignoring case and spaces", () => {
    expect(reg.resolve(" p p ")?.id).toBe("p");
    expect(reg.resolve("Q/D")?.id).toBe("q/d");
  });
  it("isValidAt includes the first and the last day", () => {
    expect(reg.isValidAt("m2", "2023-12-31")).toBe(false);
    expect(reg.isValidAt("m2", "2024-01-01")).toBe(true);
    expect(reg.isValidAt("m2", "2024-12-31")).toBe(true);
    expect(reg.isValidAt("m2", "2025-01-01")).toBe(false);
    expect(reg.isValidAt("p", "1990-01-01")).toBe(true);
    expect(reg.isValidAt("zz", "2024-06-01")).toBe(false);
  });
  it("overlaps is true when one day of the interval is inside the validity", () => {
    expect(reg.overlaps("m2", "2023-01-01", "2024-01-01")).toBe(true);
    expect(reg.overlaps("m2", "2024-12-31", "2025-06-30")).toBe(true);
    expect(reg.overlaps("m2", "2023-01-01", "2023-12-31")).toBe(false);
    expect(reg.overlaps("m2", "2025-01-01", "2025-12-31")).toBe(false);
    expect(reg.overlaps("p", "2000-01-01", "2000-01-02")).toBe(true);
    expect(reg.overlaps("zz", "2000-01-01", "2030-01-01")).toBe(false);
  });
  it("successorOf follows a chain of merges to its end, and stops on a merge cycle", () => {
    expect(reg.successorOf("m1")).toBe("m3");
    expect(reg.successorOf("m2")).toBe("m3");
    expect(reg.successorOf("m3")).toBeUndefined();
    const cyc = createAgencyRegistry([a("u"), a("v")], { mergedInto: { u: "v", v: "u" } });
    expect(cyc.successorOf("u")).toBe("u");
  });
  it("parentAt: the parent while valid; the successor for an ended merged agency; the grandparent past an ended parent", () => {
    expect(reg.parentAt("q/d", "2025-06-30")).toBe("q");
    expect(reg.parentAt("q", "2025-07-01")).toBe("p");
    expect(reg.parentAt("q", "2025-06-30")).toBeUndefined();
    expect(reg.parentAt("c", "2025-06-30")).toBe("h");
    expect(reg.parentAt("c", "2025-07-01")).toBe("p");
    expect(reg.parentAt("m1", "2025-03-01")).toBe("m3");
    // the end of the chain does not exist yet: the ended agency's own parent
    expect(reg.parentAt("m1", "2024-03-01")).toBe("p");
  });
  it("childrenOf lists the agencies valid at the date under the id, lifting a commune past its ended district", () => {
    expect(reg.childrenOf("p", { at: "2025-06-30" }).map((x) => x.id)).toEqual(["h", "m3"]);
    expect(reg.childrenOf("p", { at: "2025-07-01" }).map((x) => x.id)).toEqual(["p/new", "c", "m3"]);
    expect(reg.childrenOf("q", { at: "2025-06-30" }).map((x) => x.id)).toEqual(["q/d"]);
    expect(reg.childrenOf("q", { at: "2025-07-01" })).toEqual([]);
  });
  it("childrenDuring counts an agency under its parent on its last day in the period", () => {
    expect(reg.childrenDuring("p", "2025-01-01", "2025-12-31").map((x) => x.id)).toEqual([
      "p/new",
      "h",
      "c",
      "m3",
    ]);
    expect(reg.childrenDuring("h", "2025-01-01", "2025-06-30").map((x) => x.id)).toEqual(["c"]);
    expect(reg.childrenDuring("q", "2025-01-01", "2025-12-31").map((x) => x.id)).toEqual(["q/d"]);
    expect(reg.childrenDuring("p", "2023-01-01", "2023-12-31").map((x) => x.id)).toEqual(["h", "m1"]);
  });
  it("unitsDuring adds the agencies of a parent merged into the id, naming it in via", () => {
    expect(reg.unitsDuring("p", "2025-01-01", "2025-12-31")).toEqual([
      { agency: reg.get("q/d"), via: "q" },
      { agency: reg.get("p/new") },
      { agency: reg.get("h") },
      { agency: reg.get("c") },
      { agency: reg.get("m3") },
    ]);
    // q had not yet merged when the period ends: its department is its own
    expect(reg.unitsDuring("p", "2025-01-01", "2025-06-30").map((u) => u.agency.id)).toEqual(["h", "m3"]);
    expect(reg.unitsDuring("q", "2025-01-01", "2025-06-30")).toEqual([{ agency: reg.get("q/d") }]);
  });
  it("treeAt gives the roots valid at the date, subtreeAt one agency's tree or undefined", () => {
    expect(reg.treeAt("2025-06-30").map((n) => n.agency.id)).toEqual(["p", "q"]);
    expect(reg.treeAt("2025-07-01").map((n) => n.agency.id)).toEqual(["p"]);
    const h = reg.subtreeAt("h", "2025-06-30");
    expect(h?.agency.id).toBe("h");
    expect(h?.children.map((n) => [n.agency.id, n.children])).toEqual([["c", []]]);
    expect(reg.subtreeAt("h", "2025-07-01")).toBeUndefined();
    expect(reg.subtreeAt("zz", "2025-07-01")).toBeUndefined();
  });
});

describe("the registry's problems name what is wrong", () => {
  it("in both languages, for an unknown parent, an unknown successor and a cycle", () => {
    const reg = createAgencyRegistry(
      [a("o", { parent: "nowhere" }), a("m", { parent: "n" }), a("n", { parent: "m" })],
      {
        mergedInto: { o: "ghost" },
      },
    );
    expect(reg.problems.map((p) => [p.code, p.id, p.message.en])).toEqual([
      ["unknown-parent", "o", "unknown parent agency: nowhere"],
      ["cycle", "m", "parent cycle at m"],
      ["unknown-successor", "o", "merge names an unknown agency: o → ghost"],
    ]);
    expect(reg.problems.map((p) => p.message.vi)).toEqual([
      "cơ quan cấp trên không có trong sổ: nowhere",
      "vòng lặp cấp trên tại m",
      "sáp nhập với cơ quan không có trong sổ: o → ghost",
    ]);
    expect(reg.parentAt("o", "2025-01-01")).toBeUndefined();
    expect(reg.treeAt("2025-01-01").map((x) => x.agency.id)).toEqual(["o", "m"]);
  });
});
