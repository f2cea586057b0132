/**
 * The JSON report format: what reportToJson writes (keys, order, indentation), what reportFromJson
 * accepts and how it refuses, and readoutOfReport for a report that arrived as JSON.
 */
import { describe, expect, it } from "vitest";
import { readoutOfReport, reportFromJson, reportToJson } from "../../src/io/index.js";
import type { Report } from "../../src/model/index.js";
import { ReportSchema } from "../../src/model/index.js";

const PERIOD = { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" } as const;
const FULL: Report = {
  format: "cchc.report/1",
  agency: { id: "khanh-hoa/stp", name: "SỞ TƯ PHÁP" },
  period: PERIOD,
  asOf: "2022-06-15",
  catalogVersion: "2022",
  values: { "1.1": { raw: "4" } },
  narrative: "Trong kỳ, Sở đã ban hành 4 văn bản.",
};

describe("reportToJson", () => {
  it("writes every key in a stable order, two-space indented, ending with a newline", () => {
    expect(reportToJson(FULL)).toBe(
      [
        "{",
        '  "format": "cchc.report/1",',
        '  "agency": {',
        '    "id": "khanh-hoa/stp",',
        '    "name": "SỞ TƯ PHÁP"',
        "  },",
        '  "period": {',
        '    "kind": "half-year",',
        '    "year": 2022,',
        '    "index": 1,',
        '    "from": "2021-12-15",',
        '    "to": "2022-06-14"',
        "  },",
        '  "asOf": "2022-06-15",',
        '  "catalogVersion": "2022",',
        '  "values": {',
        '    "1.1": {',
        '      "raw": "4"',
        "    }",
        "  },",
        '  "narrative": "Trong kỳ, Sở đã ban hành 4 văn bản."',
        "}",
        "",
      ].join("\n"),
    );
  });

  it("the same order whatever order the report's keys were set in", () => {
    const shuffled = {
      narrative: FULL.narrative,
      values: FULL.values,
      catalogVersion: FULL.catalogVersion,
      asOf: FULL.asOf,
      period: FULL.period,
      agency: FULL.agency,
      format: FULL.format,
    } as Report;
    expect(reportToJson(shuffled)).toBe(reportToJson(FULL));
  });

  it("leaves out the optional keys a report does not have", () => {
    const bare: Report = { format: "cchc.report/1", agency: { id: "a" }, period: PERIOD, values: {} };
    expect(Object.keys(JSON.parse(reportToJson(bare)))).toEqual(["format", "agency", "period", "values"]);
  });

  it("writes the format even for a report built without it", () => {
    const noFormat = { agency: { id: "a" }, period: PERIOD, values: {} } as unknown as Report;
    expect(JSON.parse(reportToJson(noFormat)).format).toBe("cchc.report/1");
  });

  it("every key reads back to an equal report", () => {
    expect(reportFromJson(reportToJson(FULL))).toEqual({ ok: true, report: FULL });
  });
});

describe("reportFromJson", () => {
  it("reads a report whose text starts with a byte-order mark", () => {
    expect(reportFromJson(`\uFEFF${reportToJson(FULL)}`)).toEqual({ ok: true, report: FULL });
  });

  it("fills in the format and drops unknown keys", () => {
    const r = reportFromJson(
      '{"agency":{"id":"a"},"period":{"kind":"year","year":2022,"from":"2021-12-15","to":"2022-12-14"},"values":{},"x":1}',
    );
    expect(r).toStrictEqual({
      ok: true,
      report: {
        format: "cchc.report/1",
        agency: { id: "a" },
        period: { kind: "year", year: 2022, from: "2021-12-15", to: "2022-12-14" },
        values: {},
      },
    });
  });

  it("a valid report the fast path is unsure of is still read, as the schema reads it", () => {
    // a first-millennium date is valid for the schema, and not one the fast path copies
    const text =
      '{"agency":{"id":"a"},"period":{"kind":"year","year":2022,"from":"2021-12-15","to":"2022-12-14"},"asOf":"0999-12-31","values":{}}';
    const r = reportFromJson(text);
    expect(r).toStrictEqual({ ok: true, report: ReportSchema.parse(JSON.parse(text)) });
    expect(r.ok && r.report.asOf).toBe("0999-12-31");
  });

  it("text that is not JSON: invalid-json with the parser's reason, on one line", () => {
    const r = reportFromJson("hello\nworld");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("invalid-json");
    expect(r.error.message.vi).toMatch(/^JSON không hợp lệ: \S/);
    expect(r.error.message.en).toMatch(/^invalid JSON: \S/);
    expect(r.error.message.en).not.toContain("\n");
    // the parser's first line, not a character of it
    expect(r.error.message.en.length).toBeGreaterThan("invalid JSON: ".length + 5);
    expect(r.error.message.vi.slice("JSON không hợp lệ: ".length)).toBe(
      r.error.message.en.slice("invalid JSON: ".length),
    );
    expect(r.error.issues).toBeUndefined();
  });

  it("a value that is no text is refused, never thrown", () => {
    expect(reportFromJson(42 as unknown as string)).toMatchObject({
      ok: false,
      error: { code: "invalid-report" },
    });
    expect(reportFromJson(null as unknown as string)).toMatchObject({
      ok: false,
      error: { code: "invalid-report" },
    });
    expect(reportFromJson(undefined as unknown as string)).toMatchObject({
      ok: false,
      error: { code: "invalid-json" },
    });
  });

  it("an invalid report: where and what, the first issue in the message", () => {
    const r = reportFromJson(
      '{"agency":{"id":"a"},"period":{"kind":"year","year":2022,"from":"x","to":"2022-12-14"},"values":{}}',
    );
    expect(r).toStrictEqual({
      ok: false,
      error: {
        code: "invalid-report",
        message: {
          vi: "báo cáo không hợp lệ tại period.from: expected an ISO date YYYY-MM-DD / cần ngày dạng YYYY-MM-DD",
          en: "invalid report at period.from: expected an ISO date YYYY-MM-DD / cần ngày dạng YYYY-MM-DD",
        },
        issues: [
          { path: "period.from", message: "expected an ISO date YYYY-MM-DD / cần ngày dạng YYYY-MM-DD" },
          {
            path: "period.to",
            message: "period ends before it starts / kỳ báo cáo kết thúc trước khi bắt đầu",
          },
        ],
      },
    });
  });

  it("JSON that is not an object: the issue is at the root", () => {
    for (const text of ["[]", '"x"', "null"]) {
      const r = reportFromJson(text);
      if (r.ok) throw new Error(`${text} read as a report`);
      expect(r.error.code).toBe("invalid-report");
      expect(r.error.message.vi).toMatch(/^báo cáo không hợp lệ tại \(gốc\): \S/);
      expect(r.error.message.en).toMatch(/^invalid report at \(root\): \S/);
      expect(r.error.issues?.[0]?.path).toBe("");
    }
  });

  it("at most ten issues are listed", () => {
    const values = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`1.${i + 1}`, { raw: 5 }]));
    const r = reportFromJson(
      JSON.stringify({
        agency: { id: "a" },
        period: { kind: "year", year: 2022, from: "2021-12-15", to: "2022-12-14" },
        values,
      }),
    );
    if (r.ok) throw new Error("read a report with numbers as raw cells");
    expect(r.error.issues).toHaveLength(10);
    expect(r.error.issues?.[0]?.path).toBe("values.1.1.raw");
    expect(r.error.issues?.[9]?.path).toBe("values.1.10.raw");
  });
});

describe("readoutOfReport", () => {
  it("rows read are the report's values; matched are those its catalog knows", () => {
    expect(
      readoutOfReport({
        period: { to: "2022-06-14" },
        values: { "1.2": { raw: "37,03%" }, "9.9.9": { raw: "1" } },
      }),
    ).toStrictEqual({
      status: "imported",
      counts: { rowsRead: 2, matched: 1, unmatched: 1 },
      header: { lines: 0 },
      layout: "none",
    });
  });

  it("no known row is no appendix", () => {
    expect(
      readoutOfReport({ period: { to: "2022-06-14" }, values: { "9.9.9": { raw: "1" } } }),
    ).toStrictEqual({
      status: "no-appendix",
      counts: { rowsRead: 1, matched: 0, unmatched: 1 },
      header: { lines: 0 },
      layout: "none",
    });
    expect(readoutOfReport({ period: { to: "2022-06-14" }, values: {} }).counts).toEqual({
      rowsRead: 0,
      matched: 0,
      unmatched: 0,
    });
  });

  it("the catalog is the one in force at the period's end (3.4.2 is gone from the 2025 template)", () => {
    const values = { "3.4.2": { raw: "90%" }, "1.1": { raw: "3" } };
    expect(readoutOfReport({ period: { to: "2022-06-14" }, values }).counts.matched).toBe(2);
    expect(readoutOfReport({ period: { to: "2026-06-14" }, values }).counts.matched).toBe(1);
    expect(
      readoutOfReport({ period: { to: "2026-06-14" }, catalogVersion: "2022", values }).counts.matched,
    ).toBe(2);
  });

  it("a report without values, or with values that are not a record, read nothing", () => {
    const none = {
      status: "no-appendix",
      counts: { rowsRead: 0, matched: 0, unmatched: 0 },
      header: { lines: 0 },
      layout: "none",
    };
    expect(readoutOfReport({})).toStrictEqual(none);
    expect(readoutOfReport({ values: "abc" as unknown as Record<string, unknown> })).toStrictEqual(none);
    expect(readoutOfReport(undefined as unknown as { values: Record<string, unknown> })).toStrictEqual(none);
    expect(readoutOfReport(null as unknown as { values: Record<string, unknown> })).toStrictEqual(none);
  });
});
