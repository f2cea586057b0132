import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../src/io/index.js";
import type { Report } from "../../src/model/index.js";

const base: Report = {
  format: "cchc.report/1",
  agency: { id: "khanh-hoa/skhcn" },
  period: { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" },
  values: {},
};
const AGENCIES = [{ id: "khanh-hoa/skhcn", symbol: "SKHCN", aliases: ["SKHHCN", "SKHChN"] }];
const check = (narrative: string, extra: Partial<Report> = {}, options = {}) =>
  checkNarrative({ ...base, ...extra, narrative }, options);

describe("checkNarrative: input it cannot read", () => {
  it("returns no findings for a missing report, a missing narrative or a narrative that is not text", () => {
    expect(checkNarrative(null as unknown as Report)).toEqual([]);
    expect(checkNarrative(undefined as unknown as Report)).toEqual([]);
    expect(checkNarrative(base)).toEqual([]);
    expect(checkNarrative({ ...base, narrative: 42 } as unknown as Report)).toEqual([]);
    expect(check("")).toEqual([]);
  });
});

describe("checkNarrative: a document dated after the period", () => {
  it("reports the named kind, the symbol and both dates, in Vietnamese by default", () => {
    const [f, ...rest] = check("Sở sửa quy chế tại Quyết định số 77/QĐ-SKHCN ngày 02/9/2022.");
    expect(rest).toEqual([]);
    expect(f).toEqual({
      rule: "narrative.document-after-period",
      severity: "warning",
      code: null,
      codes: [],
      message: "Quyết định 77/QĐ-SKHCN ngày 02/09/2022 sau ngày cuối kỳ báo cáo (14/06/2022)",
      messages: {
        vi: "Quyết định 77/QĐ-SKHCN ngày 02/09/2022 sau ngày cuối kỳ báo cáo (14/06/2022)",
        en: "Quyết định 77/QĐ-SKHCN dated 2022-09-02 is after the period's end (2022-06-14)",
      },
      source: "narrative",
      expected: { value: "2022-06-14", description: "≤ end of period" },
      actual: { value: "2022-09-02" },
      excerpt: "Sở sửa quy chế tại Quyết định số 77/QĐ-SKHCN ngày 02/9/2022.",
    });
  });

  it("calls a document without a named kind 'Văn bản' / 'Document', and answers in English when asked", () => {
    const [f] = check("Sở sửa quy chế tại số 77/QĐ-SKHCN ngày 02/9/2022.", {}, { lang: "en" });
    expect(f?.messages).toEqual({
      vi: "Văn bản 77/QĐ-SKHCN ngày 02/09/2022 sau ngày cuối kỳ báo cáo (14/06/2022)",
      en: "Document 77/QĐ-SKHCN dated 2022-09-02 is after the period's end (2022-06-14)",
    });
    expect(f?.message).toBe(f?.messages.en);
  });

  it("accepts a document dated on the period's last day, flags the day after", () => {
    expect(check("Quyết định số 77/QĐ-SKHCN ngày 14/6/2022.")).toEqual([]);
    expect(check("Quyết định số 77/QĐ-SKHCN ngày 15/6/2022.").map((f) => f.rule)).toEqual([
      "narrative.document-after-period",
    ]);
  });

  it("is a warning after the as-of date, information up to and on it", () => {
    const severity = (date: string, asOf?: string) =>
      check(`Quyết định số 78/QĐ-SKHCN ngày ${date}`, asOf ? { asOf } : {})[0]?.severity;
    expect(severity("16/6/2022")).toBe("warning");
    expect(severity("16/6/2022", "2022-06-20")).toBe("info");
    expect(severity("20/6/2022", "2022-06-20")).toBe("info");
    expect(severity("21/6/2022", "2022-06-20")).toBe("warning");
  });
});

describe("checkNarrative: symbol checks", () => {
  it("checks the symbol's year against the date it was issued", () => {
    const found = check("Quyết định số 14/2018/QĐ-UBND ngày 02/3/2019");
    expect(found.map((f) => f.rule)).toEqual(["document.year-mismatch"]);
    expect(found[0]?.excerpt).toBe("Quyết định số 14/2018/QĐ-UBND ngày 02/3/2019");
    expect(check("Quyết định số 14/2018/QĐ-UBND ngày 02/3/2018")).toEqual([]);
  });

  it("names a decision numbered as a plan a kind-symbol mismatch", () => {
    const [f, ...rest] = check("Quyết định số 14/KH-SKHCN ngày 02/3/2022");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "narrative.kind-symbol-mismatch",
      severity: "warning",
      source: "narrative",
      messages: { vi: 'Quyết định số 14/KH-SKHCN mang ký hiệu loại "KH", lẽ ra là "QĐ"' },
    });
  });
});

describe("checkNarrative: one document under several symbols", () => {
  const two =
    "Sở gửi công văn số 301/SKHHCN-QLKH ngày 07/4/2022 về sáng kiến. Sau đó, theo công văn số 301/SKHChN-QLKH ngày 07/4/2022, Sở tiếp tục hướng dẫn.";

  it("lists the spellings and says when the registry knows them as one agency", () => {
    const [f, ...rest] = check(two, {}, { agencies: AGENCIES });
    expect(rest).toEqual([]);
    expect(f).toEqual({
      rule: "narrative.inconsistent-symbol",
      severity: "warning",
      code: null,
      codes: [],
      message:
        "Công văn số 301 ngày 07/04/2022 được ghi với nhiều ký hiệu: 301/SKHHCN-QLKH, 301/SKHChN-QLKH (cùng một cơ quan theo danh mục bí danh)",
      messages: {
        vi: "Công văn số 301 ngày 07/04/2022 được ghi với nhiều ký hiệu: 301/SKHHCN-QLKH, 301/SKHChN-QLKH (cùng một cơ quan theo danh mục bí danh)",
        en: "Công văn no. 301 of 2022-04-07 is cited under different symbols: 301/SKHHCN-QLKH, 301/SKHChN-QLKH (one agency per the alias registry)",
      },
      source: "narrative",
      actual: { value: "301/SKHHCN-QLKH | 301/SKHChN-QLKH" },
      excerpt: "Sở gửi công văn số 301/SKHHCN-QLKH ngày 07/4/2022 về sáng kiến.",
    });
  });

  it("does not claim one agency without a registry that says so", () => {
    const [f] = check(two);
    expect(f?.messages).toEqual({
      vi: "Công văn số 301 ngày 07/04/2022 được ghi với nhiều ký hiệu: 301/SKHHCN-QLKH, 301/SKHChN-QLKH",
      en: "Công văn no. 301 of 2022-04-07 is cited under different symbols: 301/SKHHCN-QLKH, 301/SKHChN-QLKH",
    });
    const other = [{ id: "x/sxd", symbol: "SXD", aliases: ["SXDg"] }];
    expect(check(two, {}, { agencies: other })[0]?.messages.en).toBe(
      "Công văn no. 301 of 2022-04-07 is cited under different symbols: 301/SKHHCN-QLKH, 301/SKHChN-QLKH",
    );
  });

  it("needs a kind and a date on every mention it compares", () => {
    const noKind =
      "Sở gửi số 301/SKHHCN-QLKH ngày 07/4/2022 về sáng kiến. Sau đó, theo số 301/SKHChN-QLKH ngày 07/4/2022, Sở tiếp tục.";
    expect(check(noKind)).toEqual([]);
    const noDate =
      "Sở gửi công văn số 301/SKHHCN-QLKH về sáng kiến. Sau đó, theo công văn số 301/SKHChN-QLKH, Sở tiếp tục.";
    expect(check(noDate)).toEqual([]);
    const oneDate =
      "Sở gửi công văn số 301/SKHHCN-QLKH ngày 07/4/2022 về sáng kiến. Sau đó, theo công văn số 301/SKHChN-QLKH, Sở tiếp tục.";
    expect(check(oneDate)).toEqual([]);
  });

  it("compares administrative documents only, not normative ones of two issuers", () => {
    expect(
      check("Quyết định số 14/2018/QĐ-UBND ngày 02/3/2018 và Quyết định số 14/2018/QĐ-HĐND ngày 02/3/2018"),
    ).toEqual([]);
  });
});
