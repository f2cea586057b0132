import { describe, expect, it } from "vitest";
import { CATALOG_2022, CATALOG_2025, type Catalog, deriveCatalog } from "../../src/catalog/index.js";
import { catalogVersionFindings, checkReport } from "../../src/rules/index.js";
import { mk } from "./report-builder.js";

// The warnings about the catalog version a report is checked with: what an officer reads when the
// template does not fit the period, and when a row of a level that had ended carries a value.

const period = (from: string, to: string) => ({ period: { from, to }, values: {} });
const rulesOf = (fs: { rule: string }[]) => fs.map((f) => f.rule);

describe("import.catalog-version", () => {
  it("a period before every version: the template's range, and no version applies", () => {
    const [f, ...rest] = catalogVersionFindings(period("2017-12-15", "2018-06-14"), CATALOG_2022);
    expect(rest).toEqual([]);
    expect(f).toEqual({
      rule: "import.catalog-version",
      severity: "warning",
      code: null,
      codes: [],
      message:
        "Báo cáo kỳ đến 2018-06-14 được kiểm tra theo mẫu phụ lục 2022 (áp dụng 2021-01-01 → 2025-06-30): mẫu không khớp với kỳ báo cáo, có thể có chỉ tiêu khác. Không có mẫu nào áp dụng cho kỳ này.",
      messages: {
        vi: "Báo cáo kỳ đến 2018-06-14 được kiểm tra theo mẫu phụ lục 2022 (áp dụng 2021-01-01 → 2025-06-30): mẫu không khớp với kỳ báo cáo, có thể có chỉ tiêu khác. Không có mẫu nào áp dụng cho kỳ này.",
        en: "The report for the period ending 2018-06-14 is checked with appendix template 2022 (in force 2021-01-01 → 2025-06-30): the template does not match the period and rows may differ. No version applies to this period.",
      },
      source: "appendix",
      actual: { value: "2022" },
      expected: { value: null, description: "in force on 2018-06-14" },
    });
  });

  it("an open-ended version used too early names the version in force", () => {
    const fs = catalogVersionFindings(period("2021-12-15", "2022-06-14"), CATALOG_2025, { lang: "en" });
    expect(fs).toHaveLength(1);
    expect(fs[0]?.message).toBe(
      "The report for the period ending 2022-06-14 is checked with appendix template 2025 (in force 2025-07-01 → …): the template does not match the period and rows may differ. The version in force for this period: 2022.",
    );
    expect(fs[0]?.messages.vi).toBe(
      "Báo cáo kỳ đến 2022-06-14 được kiểm tra theo mẫu phụ lục 2025 (áp dụng 2025-07-01 → …): mẫu không khớp với kỳ báo cáo, có thể có chỉ tiêu khác. Mẫu áp dụng cho kỳ này: 2022.",
    );
    expect(fs[0]?.expected).toEqual({ value: "2022", description: "in force on 2022-06-14" });
  });

  it("a period before every version checked with a later one names no version in force", () => {
    const fs = catalogVersionFindings(period("2017-12-15", "2018-06-14"), CATALOG_2025, { lang: "en" });
    expect(fs.map((f) => f.expected)).toEqual([{ value: null, description: "in force on 2018-06-14" }]);
    expect(fs[0]?.message).toMatch(/\(in force 2025-07-01 → …\): .* No version applies to this period\.$/);
  });

  it("a version is in force from its first day through its last day, not a day outside", () => {
    const at = (to: string, c: Catalog) => rulesOf(catalogVersionFindings(period(to, to), c));
    expect(at("2021-01-01", CATALOG_2022)).toEqual([]);
    expect(at("2025-06-30", CATALOG_2022)).toEqual([]);
    expect(at("2020-12-31", CATALOG_2022)).toEqual(["import.catalog-version"]);
    expect(at("2025-07-01", CATALOG_2022)).toEqual(["import.catalog-version"]);
    expect(at("2025-07-01", CATALOG_2025)).toEqual([]);
    expect(at("2025-06-30", CATALOG_2025)).toEqual(["import.catalog-version"]);
  });

  it("the versions to choose from can be given; an empty list means the built-in ones", () => {
    const late = period("2025-07-01", "2025-12-31");
    expect(catalogVersionFindings(late, CATALOG_2022, { catalogs: [CATALOG_2022] })[0]?.expected).toEqual({
      value: null,
      description: "in force on 2025-12-31",
    });
    expect(catalogVersionFindings(late, CATALOG_2022, { catalogs: [] })).toEqual(
      catalogVersionFindings(late, CATALOG_2022),
    );
    // the same through checkReport, which never throws
    const report = { ...mk({ "1.1": "1" }), catalogVersion: "2022" };
    report.period = { kind: "half-year", year: 2025, index: 2, from: "2025-07-01", to: "2025-12-31" };
    expect(checkReport(report, { catalogs: [] }).findings.map((f) => [f.rule, f.expected?.value])).toEqual([
      ["import.catalog-version", "2025"],
    ]);
  });

  it("a caller's copy of a version with another range: the message and the expected value agree", () => {
    // the copy says 2022 ended in 2021; the built-in 2022, in force in mid-2022, has the same name
    const narrowed = { ...structuredClone(CATALOG_2022), effectiveTo: "2021-12-31" } as Catalog;
    const [f, ...rest] = catalogVersionFindings(period("2022-01-01", "2022-06-30"), narrowed, { lang: "en" });
    expect(rest).toEqual([]);
    expect(f?.expected).toEqual({ value: "2022", description: "in force on 2022-06-30" });
    expect(f?.message).toBe(
      "The report for the period ending 2022-06-30 is checked with appendix template 2022 (in force 2021-01-01 → 2021-12-31): the template does not match the period and rows may differ.",
    );
    expect(f?.messages.vi).toBe(
      "Báo cáo kỳ đến 2022-06-30 được kiểm tra theo mẫu phụ lục 2022 (áp dụng 2021-01-01 → 2021-12-31): mẫu không khớp với kỳ báo cáo, có thể có chỉ tiêu khác.",
    );
  });

  it("nothing without a period end", () => {
    expect(catalogVersionFindings({ values: {} }, CATALOG_2022)).toEqual([]);
    expect(catalogVersionFindings({ period: { from: "2018-01-01" }, values: {} }, CATALOG_2022)).toEqual([]);
  });
});

describe("import.level-ended", () => {
  it("names the row, its last day and the period's start, in both languages", () => {
    const fs = catalogVersionFindings(
      { period: { from: "2025-07-01", to: "2025-12-31" }, values: { "3.4.2.b": {} } },
      CATALOG_2025,
    );
    expect(fs).toEqual([
      {
        rule: "import.level-ended",
        severity: "warning",
        code: "3.4.2.b",
        codes: ["3.4.2.b"],
        message:
          "Chỉ tiêu 3.4.2.b (Số hồ sơ TTHC do UBND cấp huyện đã giải quyết xong) chỉ áp dụng đến 2025-06-30, nhưng báo cáo kỳ từ 2025-07-01 có ghi số liệu: cấp hành chính này không còn trong kỳ.",
        messages: {
          vi: "Chỉ tiêu 3.4.2.b (Số hồ sơ TTHC do UBND cấp huyện đã giải quyết xong) chỉ áp dụng đến 2025-06-30, nhưng báo cáo kỳ từ 2025-07-01 có ghi số liệu: cấp hành chính này không còn trong kỳ.",
          en: "Indicator 3.4.2.b (Dossiers resolved (district)) applies until 2025-06-30, but the report for the period from 2025-07-01 gives a value: that administrative level no longer existed.",
        },
        source: "appendix",
      },
    ]);
  });

  it("a period without a start is read from its end; a period starting on the last day is still in time", () => {
    const onlyTo = { period: { to: "2025-12-31" }, values: { "3.4.2.b": {} } };
    expect(catalogVersionFindings(onlyTo, CATALOG_2025, { lang: "en" })[0]?.message).toContain(
      "the period from 2025-12-31",
    );
    const lastDay = { period: { from: "2025-06-30", to: "2025-06-30" }, values: { "3.4.2.b": {} } };
    expect(catalogVersionFindings(lastDay, CATALOG_2022)).toEqual([]);
  });

  it("an edit to a caller's catalog or list of versions is seen by the next call", () => {
    const mine = structuredClone(CATALOG_2022) as Catalog;
    const list = [mine];
    const report = { period: { from: "2022-01-01", to: "2022-06-30" }, values: { "1.1": {} } };
    expect(catalogVersionFindings(report, mine, { catalogs: list })).toEqual([]);
    mine.rows.find((r) => r.id === "1.1")!.validTo = "2021-12-31";
    expect(rulesOf(catalogVersionFindings(report, mine, { catalogs: list }))).toEqual(["import.level-ended"]);
    // a list that can still change, of frozen versions: a version added later is read too
    const versions: Catalog[] = [CATALOG_2025];
    const late = { period: { from: "2025-07-01", to: "2025-12-31" }, values: { "1.1": {} } };
    expect(catalogVersionFindings(late, CATALOG_2025, { catalogs: versions })).toEqual([]);
    versions.push(deriveCatalog(mine, { version: "ended", effectiveTo: "2021-12-31" }));
    expect(rulesOf(catalogVersionFindings(late, CATALOG_2025, { catalogs: versions }))).toEqual([
      "import.level-ended",
    ]);
  });

  it("the checked catalog's own rows count, and its own end date wins over another version's", () => {
    const later = deriveCatalog(CATALOG_2022, {
      version: "2022-extended",
      effectiveTo: null,
      addRows: CATALOG_2022.rows
        .filter((r) => r.id.startsWith("3.4.2"))
        .map((r) => ({ ...r, validTo: "2030-12-31" })),
    });
    const report = { period: { from: "2025-07-01", to: "2025-12-31" }, values: { "3.4.2.b": {} } };
    expect(catalogVersionFindings(report, later)).toEqual([]);
    const ownOnly = deriveCatalog(CATALOG_2022, {
      version: "2022-own",
      effectiveTo: null,
      addRows: [{ ...CATALOG_2022.rows.find((r) => r.id === "1.1")!, validTo: "2021-12-31" }],
    });
    const early = { period: { from: "2022-01-01", to: "2022-06-30" }, values: { "1.1": {}, "2.1": {} } };
    expect(catalogVersionFindings(early, ownOnly).map((f) => f.code)).toEqual(["1.1"]);
  });

  it("never throws on a missing report or a period start that is not a date text", () => {
    expect(catalogVersionFindings(null as never, CATALOG_2022)).toEqual([]);
    const odd = { period: { from: 5 as unknown as string, to: "2025-12-31" }, values: { "3.4.2.b": {} } };
    expect(catalogVersionFindings(odd, CATALOG_2025)).toEqual([]);
  });
});
