import { describe, expect, it } from "vitest";
import {
  type ClassifyUnitInput,
  classifyPublicServiceUnit,
  countUnitGroups,
  PUBLIC_UNIT_GROUP_REGIMES,
  parseCodedAnswer,
  parseCodeList,
  regimeOn,
  selfFinancingRatio,
} from "../../src/numbers/index.js";

// Edge cases of the ĐVSNCL classifier and the coded answers found by mutation testing (docs/quality.md).

function classify(ratioPercent: string | number, extra: Partial<ClassifyUnitInput> = {}) {
  // NĐ 60/2021 as read (2021-08-15 … 2025-07-06) unless a test passes another date.
  return classifyPublicServiceUnit({
    ratioPercent,
    selfFinancesInvestment: false,
    date: "2024-12-31",
    ...extra,
  });
}

describe("the regime table (NĐ 60/2021 Điều 9; NĐ 16/2015 before 2021-08-15)", () => {
  it("is dated and sourced data", () => {
    expect(PUBLIC_UNIT_GROUP_REGIMES.map((r) => [r.id, r.effectiveFrom, r.effectiveTo, r.verified])).toEqual([
      ["nd111-2025", "2025-07-07", undefined, false],
      ["nd60-2021", "2021-08-15", "2025-07-06", true],
      ["nd16-2015", "2015-04-06", "2021-08-14", false],
    ]);
    expect(PUBLIC_UNIT_GROUP_REGIMES[1]!.source).toBe(
      "NĐ 60/2021/NĐ-CP, Điều 9 (phân loại), Điều 10 (mức tự bảo đảm chi thường xuyên)",
    );
    expect(PUBLIC_UNIT_GROUP_REGIMES[2]!.source).toContain("[unverified");
    expect(PUBLIC_UNIT_GROUP_REGIMES[0]!.source).toContain("111/2025/NĐ-CP");
    expect(PUBLIC_UNIT_GROUP_REGIMES[0]!.source).toContain("[unverified");
  });
  it("regimeOn: first and last day in force, and bad dates", () => {
    expect(regimeOn("2015-04-06")?.id).toBe("nd16-2015");
    expect(regimeOn("2015-04-05")).toBeUndefined();
    expect(regimeOn("2099-12-31")?.id).toBe("nd111-2025");
    expect(regimeOn("2025-07-06")?.id).toBe("nd60-2021");
    expect(regimeOn("2025-07-07")?.id).toBe("nd111-2025");
    expect(regimeOn("2021-8-15")).toBeUndefined();
    expect(regimeOn("x2021-08-15")).toBeUndefined();
    expect(regimeOn("2021-08-15x")).toBeUndefined();
    expect(regimeOn(20210815 as unknown as string)).toBeUndefined();
  });
});

describe("classifyPublicServiceUnit: results", () => {
  it("carries the regime, its source, the row's verification and the band", () => {
    expect(classify("25")).toEqual({
      ok: true,
      group: "3",
      band: "10-30",
      regime: "nd60-2021",
      source: PUBLIC_UNIT_GROUP_REGIMES[1]!.source,
      verified: true,
    });
    expect(classify("100")).toEqual({
      ok: true,
      group: "2",
      regime: "nd60-2021",
      source: PUBLIC_UNIT_GROUP_REGIMES[1]!.source,
      verified: true,
    });
  });
  it("before 2021-08-15 the 10% boundary rows are verified, the others not", () => {
    const on = (r: string, extra: Partial<ClassifyUnitInput> = {}) =>
      classify(r, { date: "2020-06-30", ...extra });
    expect(on("10")).toMatchObject({ group: "4", verified: true });
    expect(on("10.0000001")).toMatchObject({ group: "3", band: "10-30", verified: true });
    expect(on("29.99")).toMatchObject({ group: "3", band: "10-30" });
    expect(on("30")).toMatchObject({ group: "3", band: "30-70", verified: false });
    expect(on("70")).toMatchObject({ group: "3", band: "70-100", verified: false });
    expect(on("100")).toMatchObject({ group: "2", verified: false });
    expect(on("100", { selfFinancesInvestment: true })).toMatchObject({ group: "1", verified: false });
  });
  it("no service revenue is group 4 of the regime in force, whatever the ratio", () => {
    expect(classify("150", { hasServiceRevenue: false, selfFinancesInvestment: true })).toEqual({
      ok: true,
      group: "4",
      regime: "nd60-2021",
      source: PUBLIC_UNIT_GROUP_REGIMES[1]!.source,
      verified: true,
    });
    expect(classify("5", { hasServiceRevenue: true })).toMatchObject({ group: "4" });
    expect(classify("50", { hasServiceRevenue: false, date: "2020-01-01" })).toMatchObject({
      group: "4",
      regime: "nd16-2015",
    });
  });
  it("failures are typed and bilingual", () => {
    expect(classify("-0.01")).toEqual({
      ok: false,
      error: { code: "invalid-input", message: { vi: "tỷ lệ không hợp lệ", en: "invalid ratio" } },
    });
    expect(classify("5", { date: "2000-01-01" })).toEqual({
      ok: false,
      error: {
        code: "no-regime",
        message: { vi: "không có quy định áp dụng cho ngày này", en: "no regulation in force on that date" },
      },
    });
    expect(classifyPublicServiceUnit(null as unknown as ClassifyUnitInput)).toEqual({
      ok: false,
      error: { code: "invalid-input", message: { vi: "đầu vào không hợp lệ", en: "invalid input" } },
    });
    expect(classify("-0")).toMatchObject({ ok: true, group: "4" });
  });
});

describe("selfFinancingRatio: results and failures", () => {
  it("returns A, B, the exact and the rounded percent", () => {
    expect(selfFinancingRatio({ revenue: { publicServices: 1 }, recurrentSpending: "3" })).toEqual({
      ok: true,
      percent: "33.33333333333333333333",
      rounded: "33.33",
      repeating: true,
      exactTruncated: true,
      revenue: "1",
      recurrentSpending: "3",
    });
    expect(selfFinancingRatio({ revenue: "250.0", recurrentSpending: 1000 })).toEqual({
      ok: true,
      percent: "25",
      rounded: "25.00",
      repeating: false,
      exactTruncated: false,
      revenue: "250.0",
      recurrentSpending: "1000",
    });
    expect(selfFinancingRatio({ revenue: {}, recurrentSpending: 5 })).toMatchObject({
      ok: true,
      percent: "0",
    });
  });
  it("each failure says why", () => {
    expect(selfFinancingRatio({ revenue: 5, recurrentSpending: "0.00" })).toEqual({
      ok: false,
      reason: "zero-spending",
      error: {
        code: "zero-denominator",
        message: { vi: "chi thường xuyên (B) bằng 0", en: "recurrent spending (B) is zero" },
      },
    });
    expect(selfFinancingRatio({ revenue: 5, recurrentSpending: "abc" })).toEqual({
      ok: false,
      reason: "invalid-input",
      error: { code: "invalid-input", message: { vi: "A hoặc B không hợp lệ", en: "invalid A or B" } },
    });
    expect(
      selfFinancingRatio({ revenue: { publicServices: 1, other: "1,5" }, recurrentSpending: 5 }),
    ).toMatchObject({
      reason: "invalid-input",
    });
    expect(selfFinancingRatio({ revenue: 5, recurrentSpending: -5 })).toEqual({
      ok: false,
      reason: "negative",
      error: {
        code: "negative",
        message: { vi: "tử số hoặc mẫu số âm", en: "negative numerator or denominator" },
      },
    });
    expect(
      selfFinancingRatio(null as unknown as { revenue: number; recurrentSpending: number }),
    ).toMatchObject({
      ok: false,
      reason: "invalid-input",
    });
    expect(selfFinancingRatio({ revenue: null as unknown as number, recurrentSpending: 5 })).toMatchObject({
      ok: false,
      reason: "invalid-input",
    });
  });
});

describe("countUnitGroups: junk is counted in 6.2.1 only", () => {
  it("bands count for group 3 only, unknown bands and groups not at all", () => {
    const c = countUnitGroups([
      { group: "2", band: "10-30" },
      { group: "3", band: "bogus" as "10-30" },
      { group: "3" },
      { group: 3 as unknown as "3" },
      null as unknown as { group: "1" },
      { group: "toString" as "1" },
    ]);
    expect(c).toEqual({
      "6.2.1": 6,
      "6.2.2": 0,
      "6.2.3": 1,
      "6.2.4": 2,
      "6.2.4.a": 0,
      "6.2.4.b": 0,
      "6.2.4.c": 0,
      "6.2.5": 0,
    });
    expect(countUnitGroups(null as unknown as [])["6.2.1"]).toBe(0);
  });
});

describe("parseCodeList: separators, limits, messages", () => {
  it("accepts `,` between pairs and collapses spaces in labels", () => {
    expect(parseCodeList("Trực   tuyến = 0 , Kết hợp = 2")).toEqual({
      ok: true,
      value: [
        { code: 0, label: "Trực tuyến" },
        { code: 2, label: "Kết hợp" },
      ],
    });
    expect(parseCodeList("Có = 1;")).toEqual({ ok: true, value: [{ code: 1, label: "Có" }] });
  });
  it("fails with the code, the message and the input", () => {
    expect(parseCodeList("Văn bản")).toEqual({
      ok: false,
      error: {
        code: "not-a-code-list",
        message: { vi: "không phải danh sách mã dạng “nhãn = mã”", en: "not a “label = code” list" },
        input: "Văn bản",
      },
    });
    expect(parseCodeList("Không = 0 Có = 0")).toMatchObject({
      error: { message: { vi: "một mã được dùng hai lần", en: "a code is used twice" } },
    });
    expect(parseCodeList(`Có = 1 ${"x".repeat(60)}`)).toMatchObject({
      error: { code: "not-a-code-list", input: `Có = 1 ${"x".repeat(43)}` },
    });
    expect(parseCodeList(" ; , ")).toMatchObject({ ok: false, error: { code: "not-a-code-list" } });
    expect(parseCodeList(5 as unknown as string)).toMatchObject({ ok: false, error: { input: "5" } });
  });
  it("reads up to 1000 characters", () => {
    const pairs = Array.from({ length: 80 }, (_, i) => `Mục = ${i}`).join(" ");
    expect(pairs.length).toBeLessThanOrEqual(1000);
    const r = parseCodeList(pairs);
    expect(r.ok && r.value.length).toBe(80);
    expect(parseCodeList(`${pairs}${" ".repeat(1001 - pairs.length)}`).ok).toBe(false);
  });
});

describe("parseCodedAnswer: what is a code, what is a label", () => {
  const list = [
    { code: 0, label: "Không" },
    { code: 1, label: "Có" },
    { code: 2, label: "Trực tuyến" },
  ];
  it("a number must be a plain non-negative integer", () => {
    expect(parseCodedAnswer("-1", list)).toMatchObject({
      ok: false,
      error: {
        code: "not-in-code-list",
        message: { vi: "mã không có trong danh sách", en: "code not in the list" },
        input: "-1",
      },
    });
    expect(parseCodedAnswer("1%", list)).toMatchObject({ ok: false, error: { code: "not-an-answer" } });
    expect(parseCodedAnswer("1 TTHC", list)).toMatchObject({
      ok: false,
      error: { code: "not-an-answer", message: { en: "neither a code nor a label" } },
    });
    expect(parseCodedAnswer("1.0", list)).toMatchObject({ ok: false, error: { code: "not-in-code-list" } });
    expect(parseCodedAnswer(" 2 ", list)).toEqual({ ok: true, value: { code: 2, label: "Trực tuyến" } });
  });
  it("labels match case-insensitively, with spaces collapsed, and a copy is returned", () => {
    expect(parseCodedAnswer("TRỰC   TUYẾN", list)).toEqual({
      ok: true,
      value: { code: 2, label: "Trực tuyến" },
    });
    const hit = parseCodedAnswer("không", list);
    expect(hit).toEqual({ ok: true, value: { code: 0, label: "Không" } });
    expect(hit.ok && hit.value).not.toBe(list[0]);
    const byCode = parseCodedAnswer("0", list);
    expect(byCode.ok && byCode.value).not.toBe(list[0]);
    expect(parseCodedAnswer(" – ", list)).toEqual({ ok: true, value: null });
    expect(parseCodedAnswer(null as unknown as string, list)).toMatchObject({
      ok: false,
      error: { code: "not-an-answer", input: "null" },
    });
  });
});

describe("second round of mutation testing", () => {
  it("every row of NĐ 60/2021 is verified", () => {
    expect(classify("100", { selfFinancesInvestment: true })).toMatchObject({ group: "1", verified: true });
    expect(classify("70")).toMatchObject({ band: "70-100", verified: true });
    expect(classify("30")).toMatchObject({ band: "30-70", verified: true });
    expect(classify("5")).toMatchObject({ group: "4", verified: true });
    expect(classify("100")).not.toHaveProperty("band");
  });
  it("an unreadable ratio is an invalid ratio", () => {
    expect(classify("abc")).toEqual({
      ok: false,
      error: { code: "invalid-input", message: { vi: "tỷ lệ không hợp lệ", en: "invalid ratio" } },
    });
  });
  it("an unreadable A or a throwing input says A or B is invalid", () => {
    const invalid = {
      ok: false,
      reason: "invalid-input",
      error: { code: "invalid-input", message: { vi: "A hoặc B không hợp lệ", en: "invalid A or B" } },
    };
    expect(selfFinancingRatio({ revenue: "x", recurrentSpending: 1 })).toEqual(invalid);
    expect(selfFinancingRatio(null as unknown as { revenue: number; recurrentSpending: number })).toEqual(
      invalid,
    );
  });
  it("a fraction is neither a code nor a label; messages of not-an-answer", () => {
    const list = [{ code: 1, label: "Có" }];
    expect(parseCodedAnswer("1/2", list)).toEqual({
      ok: false,
      error: {
        code: "not-an-answer",
        message: { vi: "không phải mã cũng không phải nhãn", en: "neither a code nor a label" },
        input: "1/2",
      },
    });
  });
  it("a code list of exactly 1000 characters is read", () => {
    const pairs = Array.from({ length: 80 }, (_, i) => `Mục = ${i}`).join(" ");
    expect(parseCodeList(pairs.padEnd(1000, " ")).ok).toBe(true);
  });
});
