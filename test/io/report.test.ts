import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_2022 } from "../../src/catalog/index.js";
import {
  detectPeriodInTitle,
  importAppendix,
  importReport,
  reportFromJson,
  reportToJson,
} from "../../src/io/index.js";
import type { Report } from "../../src/model/index.js";

const APPENDIX = readFileSync(new URL("../fixtures/appendix-khanh-hoa-2022h1.txt", import.meta.url), "utf8");
const NARRATIVE = [
  "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  "",
  "BÁO CÁO",
  "Công tác cải cách hành chính 6 tháng đầu năm 2022",
  "",
  "Trong kỳ, Sở ban hành Kế hoạch số 12/KH-SKHCN ngày 10/01/2022.",
].join("\n");

describe("detectPeriodInTitle", () => {
  it.each([
    ["BÁO CÁO\nCông tác CCHC 6 tháng đầu năm 2022", { kind: "half-year", year: 2022, index: 1 }],
    ["BÁO CÁO\nCÔNG TÁC CCHC 6 THÁNG CUỐI NĂM 2023", { kind: "half-year", year: 2023, index: 2 }],
    ["Báo cáo CCHC quý III năm 2022", { kind: "quarter", year: 2022, index: 3 }],
    ["Báo cáo CCHC quý 4 năm 2021", { kind: "quarter", year: 2021, index: 4 }],
    ["Báo cáo CCHC 9 tháng năm 2022", { kind: "nine-months", year: 2022 }],
    ["BÁO CÁO\nCông tác cải cách hành chính năm 2022", { kind: "year", year: 2022 }],
  ])("%s", (title, expected) => {
    expect(detectPeriodInTitle(title)).toMatchObject(expected);
  });
  it("finds nothing in an untitled text", () => {
    expect(detectPeriodInTitle("một đoạn văn bình thường")).toBeNull();
  });
});

describe("importReport", () => {
  it("splits narrative and appendix and detects period (NĐ 09 window) and agency", () => {
    const r = importReport(`${NARRATIVE}\n\n${APPENDIX}`);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.report.period).toEqual({
      kind: "half-year",
      year: 2022,
      index: 1,
      from: "2021-12-15",
      to: "2022-06-14",
    });
    expect(r.report.narrative).toContain("Kế hoạch số 12/KH-SKHCN");
    expect(r.report.narrative).not.toContain("Phụ lục");
    expect(r.report.values["3.4.1.a"]?.raw).toBe("83");
    expect(r.report.agency.name).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(r.findings.find((f) => f.rule === "import.period-detected")?.severity).toBe("info");
  });

  it("uses the calendar window, or the period and agency given", () => {
    const cal = importReport(`${NARRATIVE}\n\n${APPENDIX}`, { periodRegime: "calendar" });
    expect(cal.ok && cal.report.period.to).toBe("2022-06-30");
    const given = importReport(APPENDIX, {
      period: { kind: "custom", year: 2022, from: "2022-01-01", to: "2022-05-31" },
      agency: { id: "x" },
    });
    expect(given.ok && given.report.period.kind).toBe("custom");
    expect(given.ok && given.findings.some((f) => f.rule === "import.period-detected")).toBe(false);
  });

  it("fails with a typed error: empty, not a report, period unknown", () => {
    expect(importReport("")).toMatchObject({ ok: false, error: { code: "empty" } });
    expect(importReport("hello\nworld")).toMatchObject({ ok: false, error: { code: "not-a-report" } });
    expect(importReport(APPENDIX)).toMatchObject({ ok: false, error: { code: "period-unknown" } });
  });

  it("accepts a narrative-only report with a warning", () => {
    const r = importReport(NARRATIVE);
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => f.rule)).toContain("import.no-appendix");
  });
});

describe("JSON round trip", () => {
  it("import → export → import gives the same report", () => {
    const r = importReport(`${NARRATIVE}\n\n${APPENDIX}`);
    if (!r.ok) throw new Error("import failed");
    const back = reportFromJson(reportToJson(r.report));
    expect(back).toEqual({ ok: true, report: r.report });
  });

  it("is the identity on arbitrary valid reports (property)", () => {
    const ids = CATALOG_2022.rows.map((x) => x.id);
    const value = fc.record(
      {
        raw: fc.string({ maxLength: 20 }),
        unit: fc.string({ maxLength: 8 }),
        note: fc.string({ maxLength: 30 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...ids), value, { maxKeys: 15 }),
        fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
        (values, narrative) => {
          const report: Report = {
            format: "cchc.report/1",
            agency: { id: "a" },
            period: { kind: "year", year: 2022, from: "2021-12-15", to: "2022-12-14" },
            values,
            ...(narrative !== undefined ? { narrative } : {}),
          };
          const back = reportFromJson(reportToJson(report));
          expect(back).toEqual({ ok: true, report });
        },
      ),
      { numRuns: 100 },
    );
  });

  it("fails with typed errors on bad JSON and bad reports", () => {
    expect(reportFromJson("{")).toMatchObject({ ok: false, error: { code: "invalid-json" } });
    const bad = reportFromJson(
      '{"agency":{"id":"a"},"period":{"kind":"year","year":2022,"from":"x","to":"y"},"values":{}}',
    );
    expect(bad).toMatchObject({ ok: false, error: { code: "invalid-report" } });
  });

  it("CSV rendered by renderReport imports back to the same values", async () => {
    const { renderReport } = await import("../../src/io/index.js");
    const r = importReport(`${NARRATIVE}\n\n${APPENDIX}`);
    if (!r.ok) throw new Error("import failed");
    const csv = renderReport(r.report, { to: "csv", bom: true });
    const back = importAppendix(csv).values;
    // the rendered CSV lists every catalog row: rows the report leaves out come back blank
    const extra = Object.keys(back).filter((id) => !(id in r.report.values));
    for (const id of extra) expect(back[id]?.raw ?? "").toBe("");
    expect(Object.fromEntries(Object.entries(back).filter(([id]) => id in r.report.values))).toEqual(
      r.report.values,
    );
  });
});
