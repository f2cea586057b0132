import { beforeEach, describe, expect, it } from "vitest";
import type { ReportingPeriod } from "../../src/model/period.js";
import type { Report } from "../../src/model/report.js";
import { type AgencyRegistry, createAgencyRegistry, rollupReports } from "../../src/rollup/index.js";
import { AGENCIES, agency, H1_2022, MERGED, relationCheck, report } from "./fixtures.js";

const YEAR_2025 = { kind: "year" as const, year: 2025, from: "2025-01-01", to: "2025-12-31" };
/** The NĐ 09/2019 H2 window: 15/6 → 14/12, so units that ended on 2025-06-30 fall inside it. */
const H2_2025_CUT = {
  kind: "half-year" as const,
  year: 2025,
  index: 2,
  from: "2025-06-15",
  to: "2025-12-14",
};

let registry: AgencyRegistry;
beforeEach(() => {
  registry = createAgencyRegistry(
    [
      ...AGENCIES,
      // a province merged into kh on 2025-07-01, with one department
      agency({
        id: "nt",
        name: "UBND tỉnh Ninh Thuận",
        kind: "people-committee",
        level: "province",
        validTo: "2025-06-30",
      }),
      agency({
        id: "nt/sxd",
        name: "Sở Xây dựng Ninh Thuận",
        kind: "specialised-agency",
        level: "province",
        parent: "nt",
        validTo: "2025-06-30",
      }),
    ],
    { mergedInto: { ...MERGED, nt: "kh" } },
  );
});

/** The roll-up's own findings (the checker finds nothing in these reports). */
const own = (reports: Report[], lang: "vi" | "en" = "vi", period: ReportingPeriod = H1_2022) =>
  rollupReports("kh", reports, { registry, check: relationCheck, lang, period });

describe("rollupReports: why a report is left out, in both languages", () => {
  it("an agency the registry does not know", () => {
    expect(own([report("SXD", {})]).units.excluded).toEqual([
      {
        id: "SXD",
        reason: "unknown-agency",
        message: { vi: "cơ quan SXD không có trong sổ cơ quan", en: "agency SXD is not in the registry" },
      },
    ]);
  });
  it("a unit merged before the period, with its successor; one that no longer exists", () => {
    const p = { kind: "half-year" as const, year: 2025, index: 2, from: "2025-07-01", to: "2025-12-31" };
    expect(own([report("kh/x1", {}, p), report("kh/h1", {}, p)], "vi", p).units.excluded).toEqual([
      {
        id: "kh/x1",
        reason: "merged",
        successor: "kh/x12",
        message: {
          vi: "kh/x1 đã sáp nhập vào kh/x12 trước kỳ báo cáo",
          en: "kh/x1 merged into kh/x12 before the period",
        },
      },
      {
        id: "kh/h1",
        reason: "not-valid-in-period",
        message: { vi: "kh/h1 không tồn tại trong kỳ báo cáo", en: "kh/h1 does not exist in the period" },
      },
    ]);
  });
  it("a unit that is not a child of the parent, resolved from its alias", () => {
    const res = rollupReports("kh/h1", [report("SKHHCN", {})], { registry, check: relationCheck });
    expect(res.units.excluded).toEqual([
      {
        id: "kh/skhcn",
        reason: "not-a-child",
        message: {
          vi: "kh/skhcn không trực thuộc kh/h1 trong kỳ",
          en: "kh/skhcn is not a child of kh/h1 in the period",
        },
      },
    ]);
  });
  it("a second report of the same unit (under an alias too): the first is used", () => {
    const res = own([report("kh/skhcn", { "2.1.1": 1 }), report("SKHChN", { "2.1.1": 5 })]);
    expect(res.units.excluded).toEqual([
      {
        id: "kh/skhcn",
        reason: "duplicate",
        message: {
          vi: "kh/skhcn có hai báo cáo; chỉ lấy báo cáo đầu",
          en: "kh/skhcn has two reports; the first is used",
        },
      },
    ]);
    expect(res.report.values["2.1.1"]).toEqual({ value: "1" });
  });
  it("something that is not a report, and a report that fails the schema, saying where", () => {
    const wrongId = { ...report("kh/stp", {}), agency: { id: 5 } } as never;
    const badDate = { ...report("kh/stp", {}), period: { ...H1_2022, to: "2022-06-31x" } } as never;
    const res = rollupReports("p", [report("a", {}), 7 as never, wrongId, badDate], { check: relationCheck });
    expect(res.units.excluded.map((e) => [e.id, e.reason, e.message.vi, e.message.en])).toEqual([
      ["?", "invalid-report", "báo cáo không hợp lệ", "invalid report"],
      ["?", "invalid-report", "báo cáo không hợp lệ", "invalid report"],
      [
        "kh/stp",
        "invalid-report",
        expect.stringMatching(/^báo cáo không hợp lệ \(period\.to: .+\)$/),
        expect.stringMatching(/^invalid report \(period\.to: .+\)$/),
      ],
    ]);
  });
  it("an array dressed as a report: the schema's reason for the whole value, with no path", () => {
    const arr = Object.assign([], report("a", {}));
    const res = rollupReports("p", [report("b", {}), arr as never], { check: relationCheck });
    const e = res.units.excluded[0];
    expect(e?.reason).toBe("invalid-report");
    expect(e?.message).toEqual({
      vi: "báo cáo không hợp lệ (sai kiểu dữ liệu hoặc thiếu trường bắt buộc)",
      en: "invalid report (wrong type or required field missing (expected object, received array))",
    });
  });
});

describe("rollupReports: findings on the units themselves", () => {
  it("warns of an excluded report and of a missing unit, and gives nothing else for a clean roll-up", () => {
    const res = own([report("kh/stp", {}), report("SXD", {}), report("kh/h1", {})], "en");
    expect(res.findings).toStrictEqual([
      {
        rule: "rollup.unit-excluded",
        severity: "warning",
        code: null,
        codes: [],
        message: "Report excluded: agency SXD is not in the registry",
        messages: {
          vi: "Báo cáo bị loại: cơ quan SXD không có trong sổ cơ quan",
          en: "Report excluded: agency SXD is not in the registry",
        },
        source: "appendix",
        units: ["SXD"],
      },
      {
        rule: "rollup.unit-missing",
        severity: "warning",
        code: null,
        codes: [],
        message: "kh/skhcn has no report: the totals lack this unit",
        messages: {
          vi: "kh/skhcn chưa có báo cáo: số liệu tổng hợp thiếu đơn vị này",
          en: "kh/skhcn has no report: the totals lack this unit",
        },
        source: "appendix",
        units: ["kh/skhcn"],
      },
    ]);
    expect(own([report("kh/stp", {}), report("kh/skhcn", {}), report("kh/h1", {})]).findings).toEqual([]);
  });
  it("notes a unit merged in the period (with its successor) and one that ended in it", () => {
    const res = rollupReports("kh/h1", [report("kh/x1", {}, YEAR_2025)], {
      registry,
      period: YEAR_2025,
      check: relationCheck,
    });
    expect(res.units.included).toStrictEqual([
      { id: "kh/x1", reportAgency: "kh/x1", note: "merged-in-period", successor: "kh/x12" },
    ]);
    const ended = res.findings.filter((f) => f.rule === "rollup.unit-ended");
    expect(ended.map((f) => [f.severity, f.code, f.codes, f.units, f.message, f.messages.en])).toEqual([
      [
        "info",
        null,
        [],
        ["kh/x1"],
        "kh/x1 sáp nhập vào kh/x12 trong kỳ: số liệu chỉ đến ngày sáp nhập",
        "kh/x1 merged into kh/x12 in the period: figures up to the merger",
      ],
    ]);
    const alone = own([report("kh/h1", {}, YEAR_2025)], "vi", YEAR_2025);
    expect(alone.units.included).toStrictEqual([
      { id: "kh/h1", reportAgency: "kh/h1", note: "ended-in-period" },
    ]);
    expect(alone.findings.find((f) => f.rule === "rollup.unit-ended")?.messages).toEqual({
      vi: "kh/h1 chấm dứt hoạt động trong kỳ",
      en: "kh/h1 ended in the period",
    });
  });
  it("notes a unit counted through its merged parent, naming both", () => {
    const res = own([report("nt/sxd", { "2.1.1": 5 }, H2_2025_CUT)], "en", H2_2025_CUT);
    expect(res.units.included).toStrictEqual([
      { id: "nt/sxd", reportAgency: "nt/sxd", note: "ended-in-period", via: "nt" },
    ]);
    expect(res.report.values["2.1.1"]).toEqual({ value: "5" });
    const f = res.findings.find((x) => x.rule === "rollup.unit-merged-parent");
    expect(f).toStrictEqual({
      rule: "rollup.unit-merged-parent",
      severity: "info",
      code: null,
      codes: [],
      message: "nt/sxd belonged to nt, which merged into the parent: nt/sxd's figures count in this period",
      messages: {
        vi: "nt/sxd thuộc nt, đã sáp nhập vào đơn vị tổng hợp: số liệu của nt/sxd được tính vào kỳ này",
        en: "nt/sxd belonged to nt, which merged into the parent: nt/sxd's figures count in this period",
      },
      source: "appendix",
      units: ["nt/sxd", "nt"],
    });
    const i = res.findings.indexOf(f as never);
    expect(res.unitIndex.nt).toEqual([i]);
  });
  it("lists a unit named by several findings under each of them in the unit index", () => {
    // kh/x1's report is of another period: excluded (one finding) and kh/x1 missing (another); kh/x3 is
    // lifted to the province on 2025-07-01, so not a child of kh/h1 over the year: excluded twice
    const res = rollupReports("kh/h1", [report("kh/x1", {}), report("kh/x3", {}), report("kh/x3", {})], {
      registry,
      check: relationCheck,
      period: YEAR_2025,
    });
    const rules = res.findings.map((f) => [f.rule, f.units]);
    expect(rules).toEqual([
      ["rollup.unit-excluded", ["kh/x1"]],
      ["rollup.unit-excluded", ["kh/x3"]],
      ["rollup.unit-excluded", ["kh/x3"]],
      ["rollup.unit-missing", ["kh/x1"]],
      ["rollup.unit-missing", ["kh/x2"]],
    ]);
    expect(res.units.excluded.map((e) => e.reason)).toEqual([
      "period-mismatch",
      "not-a-child",
      "not-a-child",
    ]);
    expect(res.unitIndex).toEqual({ "kh/x1": [0, 3], "kh/x3": [1, 2], "kh/x2": [4] });
  });
  it("names the parent from the registry only when it is there, and never writes an empty name", () => {
    const named = own([report("kh/stp", {})]);
    expect(named.units.included).toStrictEqual([{ id: "kh/stp", reportAgency: "kh/stp" }]);
    expect(named.report.agency).toStrictEqual({ id: "kh", name: "UBND tỉnh Khánh Hòa" });
    const unknown = rollupReports("vn", [report("kh/stp", {})], { registry, check: relationCheck });
    expect(unknown.report.agency).toStrictEqual({ id: "vn" });
    expect(unknown.units.excluded.map((e) => e.reason)).toEqual(["not-a-child"]);
    const plain = rollupReports("p", [report("a", {})], { check: relationCheck });
    expect(plain.report.agency).toStrictEqual({ id: "p" });
  });
});
