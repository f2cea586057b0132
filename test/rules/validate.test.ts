import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainlyValidReport } from "../../src/model/plain-report.js";
import { ReportSchema } from "../../src/model/report.js";
import { checkReport, reportIssues } from "../../src/rules/index.js";
import { FIXTURE, hostileReport } from "../fuzz/reports.js";
import { FUZZ_RUNS } from "../fuzz/runs.js";

// What checkReport refuses as invalid-report, and the fast path that spares zod on plain reports.

const date = fc.oneof(
  fc.constantFrom(
    "2022-06-30",
    "2022-02-29",
    "2024-02-29",
    "2022-13-01",
    "0999-12-31",
    "2200-12-31",
    "2022-6-30",
    "",
  ),
  fc
    .date({ min: new Date("0500-01-01"), max: new Date("9999-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const period = fc.record(
  {
    kind: fc.constantFrom("month", "quarter", "half-year", "nine-months", "year", "custom", "week"),
    year: fc.oneof(fc.integer({ min: 1900, max: 2300 }), fc.constantFrom(2022, 2022.5, Number.NaN)),
    index: fc.option(fc.integer({ min: -1, max: 14 }), { nil: undefined }),
    from: date,
    to: date,
  },
  { requiredKeys: ["kind", "year", "from", "to"] },
);
/** An agency with a governing body (`parent`): a string up to 500 characters, else invalid. */
const agencyWithParent = fc
  .oneof(
    fc.constantFrom("UBND TỈNH KHÁNH HÒA", "", "x".repeat(500), "x".repeat(501)),
    fc.constantFrom(5, null, true, [], {}),
  )
  .map((parent) => ({ ...FIXTURE.agency, parent }));
const anyReport = fc
  .tuple(hostileReport, fc.option(period, { freq: 4, nil: undefined }), fc.nat(9), agencyWithParent)
  .map(([r, p, k, withParent]) => {
    // mostly well-formed apart from the period, so the fast path is taken often and tested hard
    const out: Record<string, unknown> = { ...r, agency: k === 7 ? r.agency : FIXTURE.agency };
    if (p) out.period = p;
    if (k === 1) out.agency = { id: "" };
    if (k === 2) out.values = [];
    if (k === 3) out.format = "cchc.report/2";
    if (k === 4) out.asOf = "2022-02-30";
    if (k === 5) out.catalogVersion = "x".repeat(41);
    if (k === 6 || k === 9) out.agency = withParent;
    return out;
  });

describe("reportIssues", () => {
  it("the fast path never calls an invalid report valid (zod is the reference)", () => {
    let fast = 0;
    fc.assert(
      fc.property(anyReport, (r) => {
        if (plainlyValidReport(r)) {
          fast++;
          expect(zodAccepts(r)).toBe(true);
        }
        expect(reportIssues(r).length === 0).toBe(zodAccepts(r));
      }),
      { numRuns: Math.max(FUZZ_RUNS, 1000) },
    );
    expect(fast).toBeGreaterThan(50);
  });

  it("takes the fast path for the plain reports it is meant for", () => {
    expect(plainlyValidReport(FIXTURE)).toBe(true);
    expect(plainlyValidReport({ ...FIXTURE, values: {} })).toBe(true);
    expect(plainlyValidReport({ ...FIXTURE, period: { ...FIXTURE.period, index: undefined } })).toBe(false);
  });

  it("a report the fast path leaves to the schema is still valid when the schema says so", () => {
    const values = Object.create({ inherited: 1 }) as Record<string, unknown>;
    values["1.1"] = { raw: "15" };
    const report = { ...FIXTURE, values };
    expect(plainlyValidReport(report)).toBe(false);
    expect(reportIssues(report)).toEqual([]);
  });

  it("never throws: a value whose fields cannot be read is one issue on the whole value", () => {
    const unreadable = (message: string) =>
      Object.defineProperty({ ...FIXTURE }, "agency", {
        enumerable: true,
        get() {
          throw new Error(message);
        },
      });
    expect(reportIssues(unreadable("boom"))).toEqual([
      { path: "", message: { vi: "không kiểm tra được dữ liệu: boom", en: "input could not be validated" } },
    ]);
    expect(checkReport(unreadable("boom") as never).status).toBe("invalid-report");
    // a message that does not split into English / Vietnamese keeps generic words and quotes it whole
    expect(reportIssues(unreadable("a / b"))).toEqual([
      {
        path: "",
        message: {
          vi: "không hợp lệ",
          en: "invalid (input could not be validated / không kiểm tra được dữ liệu: a / b)",
        },
      },
    ]);
  });

  it("does not call a report valid whose agency's governing body is not a text (regression)", () => {
    const valid = { ...FIXTURE, values: {} };
    expect(reportIssues(valid)).toEqual([]);
    expect(plainlyValidReport({ ...valid, agency: { id: "x", parent: 5 } })).toBe(false);
    expect(reportIssues({ ...valid, agency: { id: "x", parent: 5 } }).map((i) => i.path)).toEqual([
      "agency.parent",
    ]);
    expect(
      reportIssues({ ...valid, agency: { id: "x", parent: "x".repeat(501) } }).map((i) => i.path),
    ).toEqual(["agency.parent"]);
    expect(plainlyValidReport({ ...valid, agency: { id: "x", parent: "UBND TỈNH KHÁNH HÒA" } })).toBe(true);
  });

  it("lists every issue with a dotted path, in both languages", () => {
    const issues = reportIssues({
      agency: { id: "" },
      period: { ...FIXTURE.period, to: "2021-01-01" },
      values: [],
    });
    expect(issues.map((i) => i.path)).toEqual(["agency.id", "period.to", "period.year", "values"]);
    for (const i of issues) {
      expect(i.message.vi.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
      expect(i.message.vi).not.toBe(i.message.en);
    }
    expect(issues[1]?.message).toEqual({
      vi: "kỳ báo cáo kết thúc trước khi bắt đầu",
      en: "period ends before it starts",
    });
  });

  it("says what is wrong in words, the English with the schema's detail", () => {
    const at = (value: unknown) => reportIssues(value).map((i) => [i.path, i.message.vi, i.message.en]);
    expect(at(null)).toEqual([
      [
        "",
        "sai kiểu dữ liệu hoặc thiếu trường bắt buộc",
        "wrong type or required field missing (expected object, received null)",
      ],
    ]);
    expect(at({ ...FIXTURE, agency: { id: "" } })).toEqual([
      [
        "agency.id",
        "quá ngắn hoặc quá nhỏ",
        "too short or too small (Too small: expected string to have >=1 characters)",
      ],
    ]);
    expect(at({ ...FIXTURE, agency: { id: "x".repeat(201) } })).toEqual([
      [
        "agency.id",
        "quá dài hoặc quá lớn",
        "too long or too large (Too big: expected string to have <=200 characters)",
      ],
    ]);
    expect(at({ ...FIXTURE, format: "x" })).toEqual([
      ["format", "giá trị không được phép", 'value not allowed (expected "cchc.report/1")'],
    ]);
    // a message the schema writes in both languages ("English / Vietnamese") is split, not prefixed
    expect(at({ ...FIXTURE, period: { ...FIXTURE.period, from: "2022-13-01" } })[0]).toEqual([
      "period.from",
      "cần ngày dạng YYYY-MM-DD",
      "expected an ISO date YYYY-MM-DD",
    ]);
  });
});

/** The reference: the model's report schema with the values left to the engine. */
function zodAccepts(r: unknown): boolean {
  return ReportSchema.omit({ values: true }).safeParse(r).success && recordLike(r);
}

function recordLike(r: unknown): boolean {
  const v = (r as { values?: unknown }).values;
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
