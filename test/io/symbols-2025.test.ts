import { describe, expect, it } from "vitest";
import { checkDocumentSymbol, LEGAL_DOCUMENT_LAWS } from "../../src/io/index.js";

const rules = (s: string, o: Parameters<typeof checkDocumentSymbol>[1] = {}) =>
  checkDocumentSymbol(s, o).map((f) => f.rule);

describe("document.normative-issuer: a department issues no normative documents", () => {
  it("fires for a normative QĐ numbered by a Sở, citing the law in force on the issue date", () => {
    expect(rules("12/2025/QĐ-SXD")).toEqual(["document.normative-issuer"]);
    expect(rules("03/2026/QĐ-SKHCN", { issuedOn: "2026-02-01" })).toEqual(["document.normative-issuer"]);
    const after = checkDocumentSymbol("03/2026/QĐ-SKHCN", { issuedOn: "2026-02-01", lang: "en" })[0];
    expect(after?.message).toContain("64/2025/QH15");
    expect(after?.severity).toBe("warning");
    const before = checkDocumentSymbol("07/2024/QĐ-STP", { issuedOn: "2024-05-02", lang: "en" })[0];
    expect(before?.message).toContain("80/2015/QH13");
  });
  it("does not fire for a province's normative decision, nor for a department's administrative one", () => {
    expect(rules("14/2018/QĐ-UBND", { issuedOn: "2018-05-02" })).toEqual([]);
    expect(rules("12/2025/QĐ-UBND")).toEqual([]);
    expect(rules("647/KH-SKHCN")).toEqual([]);
    expect(rules("1388/QĐ-SXD")).toEqual([]);
  });
  it("the laws are dated data: 2015 law to 2025-03-31, 2025 law from 2025-04-01", () => {
    expect(LEGAL_DOCUMENT_LAWS.map((l) => [l.number, l.effectiveFrom, l.effectiveTo])).toEqual([
      ["64/2025/QH15", "2025-04-01", undefined],
      ["80/2015/QH13", "2016-07-01", "2025-03-31"],
    ]);
    expect(Object.isFrozen(LEGAL_DOCUMENT_LAWS[0])).toBe(true);
    const y = (d: string) =>
      checkDocumentSymbol("14/2018/QĐ-UBND", { issuedOn: d, lang: "en" }).find(
        (f) => f.rule === "document.year-mismatch",
      )?.message;
    expect(y("2025-03-31")).toContain("80/2015/QH13");
    expect(y("2025-04-01")).toContain("64/2025/QH15");
  });
});

describe("document.number-leading-zero (NĐ 30/2020/NĐ-CP)", () => {
  it("fires for an administrative number 1–9 written without the zero", () => {
    const f = checkDocumentSymbol("5/KH-UBND", { lang: "en" });
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["document.number-leading-zero", "info"]]);
    expect(f[0]?.message).toContain("05");
    expect(rules("9/UBND-TH")).toEqual(["document.number-leading-zero"]);
  });
  it("does not fire for 01–09, 10 and above, nor for normative symbols and laws", () => {
    expect(rules("05/KH-UBND")).toEqual([]);
    expect(rules("10/BC-UBND")).toEqual([]);
    expect(rules("581/BNV-CCHC")).toEqual([]);
    expect(rules("1/2021/TT-BNV", { issuedOn: "2021-01-05" })).toEqual([]);
    expect(rules("5/2019/QH14", { issuedOn: "2019-06-01" })).toEqual([]);
  });
});
