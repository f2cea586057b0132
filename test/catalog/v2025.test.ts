import { describe, expect, it } from "vitest";
import {
  BUILTIN_CATALOGS,
  CATALOG_2022,
  CATALOG_2025,
  undatedCatalog,
  validateCatalog,
} from "../../src/catalog/index.js";
import { type Report, ReportSchema } from "../../src/model/index.js";
import { catalogVersionFindings, checkReport } from "../../src/rules/index.js";

function report(
  values: Record<string, string>,
  period = { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" },
  catalogVersion?: string,
): Report {
  return ReportSchema.parse({
    format: "cchc.report/1",
    agency: { id: "a", name: "A" },
    period,
    ...(catalogVersion ? { catalogVersion } : {}),
    values: Object.fromEntries(Object.entries(values).map(([k, raw]) => [k, { raw }])),
  });
}
const H2_2025 = { kind: "half-year", year: 2025, index: 2, from: "2025-06-15", to: "2025-12-14" };
const H2_2025_LATE = { kind: "half-year", year: 2025, index: 2, from: "2025-07-01", to: "2025-12-31" };
const rules = (r: Report) => checkReport(r).findings.map((f) => `${f.code ?? "-"} ${f.rule} ${f.severity}`);

describe("catalog versions by period", () => {
  it("2025: no district rows, online services as toàn trình / một phần, relations kept for the rows kept", () => {
    expect(BUILTIN_CATALOGS.map((c) => c.version)).toEqual(["2022", "2025"]);
    expect(CATALOG_2025).toMatchObject({ effectiveFrom: "2025-07-01", verified: false });
    expect(CATALOG_2025.rows.filter((r) => r.id.startsWith("3.4.2"))).toEqual([]);
    expect(CATALOG_2022.rows.filter((r) => r.id.startsWith("3.4.2")).map((r) => r.validTo)).toEqual([
      "2025-06-30",
      "2025-06-30",
      "2025-06-30",
      "2025-06-30",
    ]);
    expect(CATALOG_2025.rows.find((r) => r.id === "7.7.2")?.name.vi).toContain("toàn trình");
    expect(CATALOG_2025.rows.find((r) => r.id === "7.7.1")?.name.vi).toContain("một phần");
    expect(CATALOG_2025.relations.length).toBe(CATALOG_2022.relations.length - 2);
    expect(validateCatalog(CATALOG_2025)).toEqual([]);
    expect(validateCatalog(CATALOG_2022)).toEqual([]);
    expect(undatedCatalog().version).toBe("2022");
  });
  it("a report before every version, or checked with a version not in force, gets import.catalog-version", () => {
    const old = report(
      { "1.1": "3" },
      { kind: "half-year", year: 2018, index: 1, from: "2017-12-15", to: "2018-06-14" },
    );
    expect(rules(old)).toContain("- import.catalog-version warning");
    const named = report({ "1.1": "3" }, H2_2025_LATE, "2022");
    const f = checkReport(named, { lang: "en" }).findings.find((x) => x.rule === "import.catalog-version");
    expect(f?.message).toContain("The version in force for this period: 2025.");
    expect(rules(report({ "1.1": "3" }))).not.toContain("- import.catalog-version warning");
    expect(checkReport(report({ "1.1": "3" }, H2_2025_LATE)).catalogVersion).toBe("2025");
    expect(rules(report({ "1.1": "3" }, H2_2025_LATE))).toEqual([]);
  });
  it("a report after the district level ended that carries district rows gets import.level-ended", () => {
    const r = report({ "3.4.2.b": "10", "3.4.2.c": "9", "3.4.3.b": "5" }, H2_2025_LATE);
    const lines = rules(r);
    expect(lines).toContain("3.4.2.b import.level-ended warning");
    expect(lines).toContain("3.4.2.c import.level-ended warning");
    expect(lines).not.toContain("3.4.3.b import.level-ended warning");
    // a window that starts before 2025-07-01 still had district rows
    expect(rules(report({ "3.4.2.b": "10" }, H2_2025))).not.toContain("3.4.2.b import.level-ended warning");
    expect(catalogVersionFindings({ values: { "3.4.2.b": {} } }, CATALOG_2025)).toEqual([]);
  });
});

describe("dossier rows of the 2022 catalog", () => {
  // derivable.* infos (a blank rate its components determine) are beside the point here
  const rules = (r: Report) =>
    checkReport(r)
      .findings.filter((f) => f.severity !== "info")
      .map((f) => `${f.code ?? "-"} ${f.rule} ${f.severity}`);
  it("district and commune on-time rates are checked like 3.4.1", () => {
    expect(rules(report({ "3.4.2": "90%", "3.4.2.b": "10", "3.4.2.c": "9" }))).toEqual([]);
    expect(rules(report({ "3.4.3": "95%", "3.4.3.b": "10", "3.4.3.c": "9" }))).toEqual([
      "3.4.3 rate.mismatch error",
    ]);
    expect(rules(report({ "3.4.3.b": "10", "3.4.3.c": "11" }))).toEqual(["3.4.3.b subset.parts error"]);
  });
  it("resolved above newly received is a warning, and moot once carried-over dossiers are reported", () => {
    expect(rules(report({ "3.4.1.a": "80", "3.4.1.b": "95", "3.4.1.c": "90" }))).toEqual([
      "3.4.1.a subset.parts warning",
    ]);
    expect(rules(report({ "3.4.1.a": "80", "3.4.1.b": "95", "3.4.1.c": "90", "3.4.1.d": "20" }))).toEqual([]);
    expect(
      rules(report({ "3.4.1.a": "80", "3.4.1.b": "95", "3.4.1.c": "90", "3.4.1.d": "20", "3.4.1.e": "99" })),
    ).toEqual(["3.4.1.e sum.parts error"]);
    expect(rules(report({ "3.4.1.b": "95", "3.4.1.c": "90", "3.4.1.e": "94" }))).toEqual([
      "3.4.1.e subset.parts error",
    ]);
  });
});
