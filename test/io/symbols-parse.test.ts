import { describe, expect, it } from "vitest";
import { type DocumentSymbol, parseDocumentSymbol } from "../../src/io/index.js";

/** The parsed symbol, or a test failure naming the error code. */
function parsed(s: string): DocumentSymbol {
  const r = parseDocumentSymbol(s);
  if (!r.ok) throw new Error(`expected ${s} to parse: ${r.error.code}`);
  return r.value;
}

describe("parseDocumentSymbol: national standards (TCVN)", () => {
  it("reads a standard with its year, and the ISO prefix with or without spaces", () => {
    expect(parsed("TCVN ISO 9001:2015")).toEqual({
      kind: "standard",
      number: "9001",
      year: 2015,
      type: "TCVN ISO",
      issuers: [],
      normalized: "TCVN ISO 9001:2015",
      raw: "TCVN ISO 9001:2015",
    });
    expect(parsed("tcvn   iso 9001 : 2015").normalized).toBe("TCVN ISO 9001:2015");
    expect(parsed("TCVN ISO/IEC 27001:2019")).toMatchObject({
      type: "TCVN ISO/IEC",
      number: "27001",
      year: 2019,
      normalized: "TCVN ISO/IEC 27001:2019",
    });
  });

  it("reads a standard without a year: no year, no colon", () => {
    expect(parsed("TCVN 5945")).toEqual({
      kind: "standard",
      number: "5945",
      type: "TCVN",
      issuers: [],
      normalized: "TCVN 5945",
      raw: "TCVN 5945",
    });
  });
});

describe("parseDocumentSymbol: technical regulations (QCVN, QCĐP)", () => {
  it("reads number, year and issuer into the canonical spelling", () => {
    expect(parsed("QCVN 20 : 2019 / BKHCN")).toEqual({
      kind: "technical-regulation",
      number: "20",
      year: 2019,
      type: "QCVN",
      issuers: ["BKHCN"],
      normalized: "QCVN 20:2019/BKHCN",
      raw: "QCVN 20 : 2019 / BKHCN",
    });
    expect(parsed("QCĐP 01-2:2020/HN").normalized).toBe("QCĐP 01-2:2020/HN");
  });
});

describe("parseDocumentSymbol: party documents (n-TYPE/ISSUER)", () => {
  it("reads an official party type without a unit", () => {
    expect(parsed("12-CTr/TU")).toStrictEqual({
      kind: "party",
      number: "12",
      type: "CTr",
      typeStatus: "official",
      issuers: ["TU"],
      normalized: "12-CTr/TU",
      raw: "12-CTr/TU",
    });
  });

  it("reads the drafting unit after the issuer", () => {
    expect(parsed("05-KH/TU-VP")).toEqual({
      kind: "party",
      number: "05",
      type: "KH",
      typeStatus: "official",
      issuers: ["TU"],
      unit: "VP",
      normalized: "05-KH/TU-VP",
      raw: "05-KH/TU-VP",
    });
  });

  it("normalises an ASCII or old type form and keeps what was written", () => {
    expect(parsed("35-QD/TW")).toEqual({
      kind: "party",
      number: "35",
      type: "QĐ",
      typeWritten: "QD",
      typeStatus: "old-form",
      issuers: ["TW"],
      normalized: "35-QĐ/TW",
      raw: "35-QD/TW",
    });
  });

  it("keeps an unknown party type as written, marked unknown", () => {
    expect(parsed("7-XYZ/HU")).toEqual({
      kind: "party",
      number: "7",
      type: "XYZ",
      typeStatus: "unknown",
      issuers: ["HU"],
      normalized: "7-XYZ/HU",
      raw: "7-XYZ/HU",
    });
  });
});

describe("parseDocumentSymbol: laws and National Assembly resolutions", () => {
  it("reads a law numbered per legislature, without a type", () => {
    expect(parsed("43/2022/QH15")).toEqual({
      kind: "law",
      number: "43",
      year: 2022,
      issuers: ["QH15"],
      legislature: 15,
      normalized: "43/2022/QH15",
      raw: "43/2022/QH15",
    });
  });

  it("reads the type of a resolution of the Standing Committee", () => {
    expect(parsed("35/2022/NQ-UBTVQH15")).toEqual({
      kind: "law",
      number: "35",
      year: 2022,
      type: "NQ",
      typeStatus: "official",
      issuers: ["UBTVQH15"],
      legislature: 15,
      normalized: "35/2022/NQ-UBTVQH15",
      raw: "35/2022/NQ-UBTVQH15",
    });
  });
});

describe("parseDocumentSymbol: normative documents (n/YEAR/TYPE-ISSUER)", () => {
  it("reads an official type with its issuer", () => {
    expect(parsed("14/2018/QĐ-UBND")).toEqual({
      kind: "normative",
      number: "14",
      year: 2018,
      type: "QĐ",
      typeStatus: "official",
      issuers: ["UBND"],
      normalized: "14/2018/QĐ-UBND",
      raw: "14/2018/QĐ-UBND",
    });
  });

  it("normalises an ASCII spelling (QD, ND) and keeps what was written", () => {
    expect(parsed("14/2018/QD-UBND")).toEqual({
      kind: "normative",
      number: "14",
      year: 2018,
      type: "QĐ",
      typeWritten: "QD",
      typeStatus: "old-form",
      issuers: ["UBND"],
      normalized: "14/2018/QĐ-UBND",
      raw: "14/2018/QD-UBND",
    });
    expect(parsed("111/2021/ND-CP").normalized).toBe("111/2021/NĐ-CP");
  });

  it("keeps an unknown type as written, with no written form besides it", () => {
    expect(parsed("3/2020/XYZ-UBND")).toEqual({
      kind: "normative",
      number: "3",
      year: 2020,
      type: "XYZ",
      typeStatus: "unknown",
      issuers: ["UBND"],
      normalized: "3/2020/XYZ-UBND",
      raw: "3/2020/XYZ-UBND",
    });
  });

  it("lists every issuer of a joint document, joined by '-' in the canonical spelling", () => {
    expect(parsed("120/2011/TTLT - BTC - BNV")).toMatchObject({
      issuers: ["BTC", "BNV"],
      normalized: "120/2011/TTLT-BTC-BNV",
    });
  });
});

describe("parseDocumentSymbol: administrative documents", () => {
  it("reads a typed document without a drafting unit", () => {
    expect(parsed("1388/QĐ-UBND")).toEqual({
      kind: "administrative",
      number: "1388",
      type: "QĐ",
      typeStatus: "official",
      issuers: ["UBND"],
      normalized: "1388/QĐ-UBND",
      raw: "1388/QĐ-UBND",
    });
  });

  it("reads one or several drafting units after the issuer", () => {
    expect(parsed("647/KH-SKHCN-VP")).toMatchObject({ issuers: ["SKHCN"], unit: "VP" });
    expect(parsed("647/KH-SKHCN-VP-TH")).toMatchObject({
      issuers: ["SKHCN"],
      unit: "VP-TH",
      normalized: "647/KH-SKHCN-VP-TH",
    });
  });

  it("normalises an old type form and keeps what was written", () => {
    expect(parsed("15/QD-UBND-VP")).toEqual({
      kind: "administrative",
      number: "15",
      type: "QĐ",
      typeWritten: "QD",
      typeStatus: "old-form",
      issuers: ["UBND"],
      unit: "VP",
      normalized: "15/QĐ-UBND-VP",
      raw: "15/QD-UBND-VP",
    });
  });

  it("reads an official letter (no type): issuer and unit", () => {
    expect(parsed("5014/UBND-TH")).toEqual({
      kind: "administrative",
      number: "5014",
      issuers: ["UBND"],
      unit: "TH",
      normalized: "5014/UBND-TH",
      raw: "5014/UBND-TH",
    });
    expect(parsed("5014/UBND-TH-VP")).toMatchObject({ unit: "TH-VP", normalized: "5014/UBND-TH-VP" });
  });

  it("reads an official letter with an issuer alone: no unit", () => {
    expect(parsed("5014/UBND")).toEqual({
      kind: "administrative",
      number: "5014",
      issuers: ["UBND"],
      normalized: "5014/UBND",
      raw: "5014/UBND",
    });
  });
});

describe("parseDocumentSymbol: spacing and trimming", () => {
  it.each([
    ["1388 /QĐ-UBND"],
    ["1388/ QĐ-UBND"],
    ["1388  /  QĐ-UBND"],
    ["1388/QĐ -UBND"],
    ["1388/QĐ-  UBND"],
    ["1388/QĐ  -  UBND"],
    ["1388/QĐ\u00a0-\u00a0UBND"],
    ["1388/QĐ\u2013UBND"],
  ])("tolerates spaces and dashes around '/' and '-': %s", (s) => {
    expect(parsed(s).normalized).toBe("1388/QĐ-UBND");
  });

  it("keeps the input trimmed as raw", () => {
    expect(parsed("  1388/QĐ-UBND\t").raw).toBe("1388/QĐ-UBND");
  });

  it("does not join two parts separated by a space alone", () => {
    const r = parseDocumentSymbol("15/QĐ UBND");
    expect(r).toEqual({
      ok: false,
      error: {
        code: "not-a-symbol",
        message: { vi: "không phải số, ký hiệu văn bản", en: "not a document number and symbol" },
        input: "15/QĐ UBND",
      },
    });
  });
});

describe("parseDocumentSymbol: typed failures", () => {
  it("an empty or blank text is empty, with the input as given", () => {
    expect(parseDocumentSymbol("")).toEqual({
      ok: false,
      error: { code: "empty", message: { vi: "số ký hiệu rỗng", en: "empty document symbol" }, input: "" },
    });
    expect(parseDocumentSymbol("  \t")).toMatchObject({ ok: false, error: { code: "empty", input: "  \t" } });
  });

  it("a typed symbol without an issuer is missing-issuer", () => {
    expect(parseDocumentSymbol(" 15/QĐ ")).toEqual({
      ok: false,
      error: {
        code: "missing-issuer",
        message: { vi: "số ký hiệu thiếu cơ quan ban hành", en: "document symbol without an issuer" },
        input: "15/QĐ",
      },
    });
  });

  it("a text over 200 characters is too-long; its input is cut to 80 characters", () => {
    const long = `1/${"A".repeat(199)}`;
    expect(long).toHaveLength(201);
    expect(parseDocumentSymbol(long)).toEqual({
      ok: false,
      error: {
        code: "too-long",
        message: { vi: "số ký hiệu quá dài", en: "document symbol too long" },
        input: long.slice(0, 80),
      },
    });
  });

  it("a symbol of exactly 200 characters is read", () => {
    const edge = `1/${"A".repeat(198)}`;
    expect(edge).toHaveLength(200);
    expect(parsed(edge).issuers).toEqual(["A".repeat(198)]);
  });

  it("a long text that is no symbol reports its first 80 characters", () => {
    const prose = "Báo cáo kết quả thực hiện công tác cải cách hành chính quý IV năm 2025 của Sở Khoa học";
    expect(prose.length).toBeGreaterThan(80);
    const r = parseDocumentSymbol(prose);
    expect(r).toMatchObject({ ok: false, error: { code: "not-a-symbol", input: prose.slice(0, 80) } });
  });

  it("a value that is not a string is not-a-symbol, shown as text", () => {
    expect(parseDocumentSymbol(42 as unknown as string)).toEqual({
      ok: false,
      error: {
        code: "not-a-symbol",
        message: { vi: "không phải số, ký hiệu văn bản", en: "not a document number and symbol" },
        input: "42",
      },
    });
  });
});
