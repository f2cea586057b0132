import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { CATALOG_2022 } from "../../src/catalog/index.js";
import { ReportSchema } from "../../src/model/report.js";
import { type CheckResult, checkReport, type Finding, resolveValues } from "../../src/rules/index.js";

const report = ReportSchema.parse(
  JSON.parse(readFileSync(new URL("../fixtures/khanh-hoa-skhcn-2022h1.json", import.meta.url), "utf8")),
);
let result: CheckResult;
let en: CheckResult;
// Checked before each test, not at import, so that mutation testing attributes the coverage to the tests.
beforeEach(() => {
  result = checkReport(report);
  en = checkReport(report, { lang: "en" });
});

function on(code: string): Finding[] {
  return result.findings.filter((f) => f.code === code || f.codes.includes(code));
}
function one(code: string, rule: string): Finding {
  const hits = result.findings.filter((f) => f.code === code && f.rule === rule);
  expect(hits, `${rule} on ${code}`).toHaveLength(1);
  return hits[0]!;
}

describe("checkReport on the real report (Khánh Hòa Sở KH&CN, H1 2022)", () => {
  it("uses the 2022 catalog and is not ok", () => {
    expect(result.catalogVersion).toBe("2022");
    expect(result.ok).toBe(false);
    expect(result.summary.errors).toBe(result.findings.filter((f) => f.severity === "error").length);
  });

  it("1.2: 37,03% for 10/27 is truncated (37,04 rounded) — a warning", () => {
    const f = one("1.2", "rate.truncated");
    expect(f.severity).toBe("warning");
    expect(f.expected).toMatchObject({ value: "37.04", decimals: 2 });
    expect(f.expected?.exact?.startsWith("37.037037")).toBe(true);
    expect(f.actual).toMatchObject({ value: "37.03", interval: { low: "37.025", high: "37.035" } });
    expect(f.message).toContain("37,03%");
    expect(f.message).toContain("37,04%");
  });

  it("2.1 = 0 while 2.1.1 + 2.1.2 = 2: sum error with a natural Vietnamese message", () => {
    const f = one("2.1", "sum.parts");
    expect(f.severity).toBe("error");
    expect(f.codes).toEqual(["2.1", "2.1.1", "2.1.2"]);
    expect(f.expected?.value).toBe("2");
    expect(f.actual?.value).toBe("0");
    expect(f.messages.vi).toBe("Chỉ tiêu 2.1 ghi 0 nhưng tổng các chỉ tiêu thành phần (2.1.1, 2.1.2) là 2.");
  });

  it("2.3.b 50% but 0/1: rate mismatch", () => {
    const f = one("2.3.b", "rate.mismatch");
    expect(f.severity).toBe("error");
    expect(f.expected?.value).toBe("0");
  });

  it("2.2.b and 7.7.5 reported over a blank denominator; 3.5 over zero — warnings", () => {
    expect(one("2.2.b", "rate.blank-denominator").severity).toBe("warning");
    expect(one("7.7.5", "rate.blank-denominator").codes).toContain("7.7.5.a");
    expect(one("3.5", "rate.zero-denominator").severity).toBe("warning");
  });

  it("3.3.1 written 54/55 TTHC against 3.1.4 = 54: cross-row finding", () => {
    const f = one("3.3.1", "cross-row.fraction-base");
    expect(f.actual?.value).toBe("55");
    expect(f.expected?.value).toBe("54");
  });

  it("7.7.1.c = 72 > 7.7.1.b = 10: subset error", () => {
    const f = one("7.7.1.b", "subset.parts");
    expect(f.severity).toBe("error");
    expect(f.codes).toEqual(["7.7.1.b", "7.7.1.c"]);
  });

  it("7.7.4 100% vs 72/83: mismatch", () => {
    expect(one("7.7.4", "rate.mismatch").messages.vi).toContain("86,75%");
  });

  it("7.7.1, 7.7.2, 7.7.6 follow the other reading (over 3.1.4 = 54): rate.other-base names both", () => {
    const f = one("7.7.1", "rate.other-base");
    expect(f.severity).toBe("warning");
    expect(f.codes).toEqual(["7.7.1", "7.7.1.b", "7.7.1.a", "3.1.4"]);
    expect(f.messages).toEqual({
      vi: "Tỷ lệ 7.7.1 ghi 18,52%, khớp với 7.7.1.b / 3.1.4 = 10/54, không theo cách đọc của mẫu phụ lục: 7.7.1.b / 7.7.1.a = 10/10 = 100%. Hai cách đọc mẫu số khác nhau; ghi rõ cách tính trong ghi chú.",
      en: "Rate 7.7.1 reports 18.52%, which matches 7.7.1.b / 3.1.4 = 10/54, not the template's reading: 7.7.1.b / 7.7.1.a = 10/10 = 100%. The two readings use different denominators; say in the note which one the report uses.",
    });
    expect(f.expected).toMatchObject({ value: "100.00" });
    expect(f.actual).toMatchObject({ value: "18.52", description: "7.7.1.b / 3.1.4 × 100 = 10/54 × 100" });
    expect(one("7.7.2", "rate.other-base").messages.vi).toContain("8/54");
    // 8/18 = 44,44% by the template; the report's 14,81% is 8/54
    expect(one("7.7.6", "rate.other-base").messages.vi).toContain("8/18 = 44,44%");
    expect(on("7.7.6").map((f) => f.rule)).toEqual(["rate.other-base"]);
  });

  it("derivable blanks: 6.1 (0/20.000 = 0%) and 7.7.5.a (= 7.7.6.a = 18)", () => {
    const r = one("6.1", "derivable.rate");
    expect(r.severity).toBe("info");
    expect(r.expected?.exact).toBe("0");
    const e = one("7.7.5.a", "derivable.equal");
    expect(e.expected?.value).toBe("18");
  });

  it("7.5.3.a: the percentage in the unit column is read and found consistent with 732/876", () => {
    expect(one("7.5.3.a", "structure.value-in-unit-column").severity).toBe("info");
    expect(on("7.5.3.a").map((f) => f.rule)).toEqual(["structure.value-in-unit-column"]);
  });

  it("7.8.2 writes the unit Hồ sơ on a rate row: info", () => {
    expect(one("7.8.2", "structure.unit-differs").severity).toBe("info");
  });

  it("raises no finding on rows that are right", () => {
    for (const code of ["3.4.1", "6.2.1", "6.2.4", "3.1.4", "7.7.4.a", "3.4.1.a", "1.6"]) {
      expect(
        result.findings.filter((f) => f.code === code),
        code,
      ).toEqual([]);
    }
    expect(result.findings.some((f) => f.rule === "cross-row.equal")).toBe(false);
  });

  it("finds exactly these findings, sorted by catalog order then severity", () => {
    expect(result.findings.map((f) => `${f.code} ${f.rule}`)).toEqual([
      "1.2 rate.truncated",
      "2.1 sum.parts",
      "2.2 structure.value-on-group",
      "2.2.b rate.blank-denominator",
      "2.3 structure.value-on-group",
      "2.3.b rate.mismatch",
      "3.3.1 cross-row.fraction-base",
      "3.5 rate.zero-denominator",
      "6.1 derivable.rate",
      "7.5.3.a structure.value-in-unit-column",
      "7.7.1 rate.other-base",
      "7.7.1.b subset.parts",
      "7.7.2 rate.other-base",
      "7.7.4 rate.mismatch",
      "7.7.5 rate.blank-denominator",
      "7.7.5.a derivable.equal",
      "7.7.6 rate.other-base",
      "7.8.2 structure.unit-differs",
    ]);
    expect(result.summary).toMatchObject({ errors: 4, warnings: 8, infos: 6 });
  });

  it("gives the same findings in English, with plain numbers", () => {
    expect(en.findings.map((f) => f.rule)).toEqual(result.findings.map((f) => f.rule));
    const f = en.findings.find((x) => x.code === "2.1")!;
    expect(f.message).toBe("Indicator 2.1 reports 0 but its parts (2.1.1, 2.1.2) add up to 2.");
    expect(en.findings.find((x) => x.code === "7.7.4")!.message).toContain("86.75%");
    expect(f.messages).toEqual(result.findings.find((x) => x.code === "2.1")!.messages);
  });

  it("lists skipped rules with their reason", () => {
    const s = result.summary;
    expect(s.rulesSkipped).toBe(s.skipped.length);
    expect(s.skipped).toContainEqual({ key: "sum.parts:1.3.1", rule: "sum.parts", reason: "missing" });
    expect(s.rulesRun).toBeGreaterThan(50);
  });
});

describe("resolveValues on the real report", () => {
  it("parses every value once with its precision and parts", () => {
    const r = resolveValues(report, CATALOG_2022);
    expect(r.get("1.2")).toMatchObject({
      kind: "number",
      value: "37.03",
      decimals: 2,
      percent: true,
      raw: "37,03%",
    });
    expect(r.get("6.1.a")).toMatchObject({ kind: "number", value: "20000", decimals: 0 });
    expect(r.get("2.2.a")).toMatchObject({ kind: "number", value: "8", raw: "08", exact: true, int: 8 });
    expect(r.get("3.3.1")).toMatchObject({
      kind: "fraction",
      value: "54",
      fraction: { numerator: "54", denominator: "55" },
      unitWord: "TTHC",
    });
    expect(r.get("7.5.3.a")).toMatchObject({
      kind: "fraction",
      value: "84",
      valueFromUnit: true,
      fraction: { numerator: "732", denominator: "876" },
    });
    expect(r.get("2.2.c")).toMatchObject({ kind: "blank", value: null });
    expect(r.get("9.9")).toMatchObject({ kind: "blank", row: undefined });
    expect(r.unknown).toEqual([]);
  });
});
