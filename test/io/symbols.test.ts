import { describe, expect, it } from "vitest";
import { checkDocumentSymbol, parseDocumentSymbol } from "../../src/io/index.js";

function ok(s: string) {
  const r = parseDocumentSymbol(s);
  if (!r.ok) throw new Error(`expected ${s} to parse: ${r.error.code}`);
  return r.value;
}

describe("parseDocumentSymbol", () => {
  it.each([
    ["1388/QĐ-UBND", { kind: "administrative", number: "1388", type: "QĐ", issuers: ["UBND"] }],
    ["14/2018/QĐ-UBND", { kind: "normative", number: "14", year: 2018, type: "QĐ", issuers: ["UBND"] }],
    ["111/2021/NĐ-CP", { kind: "normative", year: 2021, type: "NĐ", issuers: ["CP"] }],
    ["43/2022/QH15", { kind: "law", number: "43", year: 2022, legislature: 15, issuers: ["QH15"] }],
    ["5014/UBND-TH", { kind: "administrative", issuers: ["UBND"], unit: "TH" }],
    ["247/SKHCN-QLKHCN", { kind: "administrative", issuers: ["SKHCN"], unit: "QLKHCN" }],
    ["12-CTr/TU", { kind: "party", number: "12", type: "CTr", issuers: ["TU"] }],
    ["QCVN 20:2019/BKHCN", { kind: "technical-regulation", number: "20", year: 2019, issuers: ["BKHCN"] }],
    ["TCVN ISO 9001:2015", { kind: "standard", number: "9001", year: 2015, type: "TCVN ISO" }],
    ["120/2011/TTLT-BTC-BNV", { kind: "normative", type: "TTLT", issuers: ["BTC", "BNV"] }],
  ])("parses %s", (s, expected) => {
    expect(ok(s)).toMatchObject(expected);
  });

  it("keeps leading zeros and has no type for an official letter", () => {
    const v = ok("04/SKHCN-VP");
    expect(v.number).toBe("04");
    expect(v.type).toBeUndefined();
  });

  it("normalises NFD text and Ð (U+00D0) to the same symbol", () => {
    expect(ok("1388/QĐ-UBND".normalize("NFD")).normalized).toBe("1388/QĐ-UBND");
    expect(ok("1388/Q\u00d0-UBND").normalized).toBe("1388/QĐ-UBND");
    expect(ok("1388 / QĐ - UBND").normalized).toBe("1388/QĐ-UBND");
  });

  it("normalises old TT 01/2011 forms and marks CV unofficial", () => {
    expect(ok("15/GN-UBND")).toMatchObject({ type: "BGN", typeWritten: "GN", typeStatus: "old-form" });
    expect(ok("15/TTh-UBND")).toMatchObject({ type: "BTT", typeStatus: "old-form" });
    expect(ok("15/NP-UBND")).toMatchObject({ type: "GNP", typeStatus: "old-form" });
    expect(ok("3/CV-UBND")).toMatchObject({ type: "CV", typeStatus: "unofficial" });
  });

  it("returns typed failures, never throws", () => {
    for (const bad of ["", "   ", "hello", "18/01/2022", "15/QĐ", "x".repeat(300)]) {
      const r = parseDocumentSymbol(bad);
      expect(r.ok).toBe(false);
    }
    expect(parseDocumentSymbol(undefined as unknown as string).ok).toBe(false);
  });
});

describe("checkDocumentSymbol", () => {
  it("flags a VBQPPL whose year differs from its issue date, not one that agrees", () => {
    expect(checkDocumentSymbol("111/2021/NĐ-CP", { issuedOn: "2022-01-09" }).map((f) => f.rule)).toEqual([
      "document.year-mismatch",
    ]);
    expect(checkDocumentSymbol("111/2021/NĐ-CP", { issuedOn: "2021-12-09" })).toEqual([]);
  });
  it("flags a law outside its legislature", () => {
    expect(checkDocumentSymbol("43/2012/QH15").map((f) => f.rule)).toEqual(["document.legislature-mismatch"]);
    expect(checkDocumentSymbol("43/2022/QH15")).toEqual([]);
  });
  it("flags a plan or decision numbered without its type, not an official letter", () => {
    expect(checkDocumentSymbol("125/SKHCN-VP", { namedKind: "Kế hoạch" })[0]?.rule).toBe(
      "document.missing-type",
    );
    expect(checkDocumentSymbol("125/SKHCN-VP", { namedKind: "Quyết định" })[0]?.rule).toBe(
      "document.missing-type",
    );
    expect(checkDocumentSymbol("125/SKHCN-VP", { namedKind: "Công văn" })).toEqual([]);
    expect(checkDocumentSymbol("125/KH-SKHCN", { namedKind: "kế hoạch" })).toEqual([]);
    expect(checkDocumentSymbol("125/QĐ-SKHCN", { namedKind: "Kế hoạch" })[0]?.rule).toBe(
      "document.kind-mismatch",
    );
  });
  it("flags CV and an unknown normative type; old forms are info", () => {
    expect(checkDocumentSymbol("3/CV-UBND")[0]).toMatchObject({
      rule: "document.unofficial-type",
      severity: "warning",
    });
    expect(checkDocumentSymbol("3/2020/XYZ-UBND")[0]?.rule).toBe("document.unknown-type");
    expect(checkDocumentSymbol("3/GN-UBND")[0]).toMatchObject({
      rule: "document.old-type-form",
      severity: "info",
    });
    expect(checkDocumentSymbol("nonsense")[0]?.rule).toBe("document.symbol-invalid");
  });
  it("speaks the language asked for", () => {
    const f = checkDocumentSymbol("3/CV-UBND", { lang: "en" })[0]!;
    expect(f.message).toBe(f.messages.en);
    expect(f.messages.vi).not.toBe(f.messages.en);
  });
});
