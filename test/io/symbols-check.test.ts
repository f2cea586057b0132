import { describe, expect, it } from "vitest";
import { type CheckSymbolOptions, canonicalKind, checkDocumentSymbol } from "../../src/io/index.js";

const rules = (s: string, o: CheckSymbolOptions = {}) => checkDocumentSymbol(s, o).map((f) => f.rule);

/** The one finding of a check, with both messages. */
function only(s: string, o: CheckSymbolOptions = {}) {
  const fs = checkDocumentSymbol(s, o);
  expect(fs).toHaveLength(1);
  return fs[0]!;
}

describe("checkDocumentSymbol: language, source and excerpt of findings", () => {
  it("speaks Vietnamese by default and comes from the narrative", () => {
    const f = only("03/CV-UBND");
    expect(f.message).toBe(f.messages.vi);
    expect(f.source).toBe("narrative");
    expect("excerpt" in f).toBe(false);
  });

  it("uses the source and excerpt asked for", () => {
    const f = only("03/CV-UBND", { source: "import", excerpt: "Công văn số 03/CV-UBND", lang: "en" });
    expect(f.source).toBe("import");
    expect(f.excerpt).toBe("Công văn số 03/CV-UBND");
    expect(f.message).toBe(f.messages.en);
  });
});

describe("document.symbol-invalid", () => {
  it("quotes the text and says why, in both languages", () => {
    const f = only("nonsense");
    expect(f).toMatchObject({ rule: "document.symbol-invalid", severity: "warning" });
    expect(f.messages).toEqual({
      vi: '"nonsense": không phải số, ký hiệu văn bản',
      en: '"nonsense": not a document number and symbol',
    });
  });

  it("quotes at most 80 characters of a long text", () => {
    const long = "X".repeat(250);
    const f = only(long, { lang: "en" });
    expect(f.message).toBe(`"${"X".repeat(80)}": document symbol too long`);
    expect(only(long).message).toBe(`"${"X".repeat(80)}": số ký hiệu quá dài`);
  });
});

describe("document.year-mismatch", () => {
  it("names the symbol, both years and the law in force on the issue date", () => {
    const f = only("111/2021/NĐ-CP", { issuedOn: "2022-01-09" });
    expect(f.severity).toBe("warning");
    expect(f.messages).toEqual({
      vi: "111/2021/NĐ-CP: năm trong ký hiệu (2021) khác năm ban hành (2022-01-09) (Luật Ban hành VBQPPL 2015, 80/2015/QH13)",
      en: "111/2021/NĐ-CP: the year in the symbol (2021) differs from the issue date (2022-01-09) (Luật Ban hành VBQPPL 2015, 80/2015/QH13)",
    });
  });

  it("cites no law for an issue date before the 2015 law was in force", () => {
    expect(only("12/2015/NĐ-CP", { issuedOn: "2016-01-05", lang: "en" }).message).toBe(
      "12/2015/NĐ-CP: the year in the symbol (2015) differs from the issue date (2016-01-05)",
    );
  });

  it("fires for a law as well", () => {
    expect(rules("43/2022/QH15", { issuedOn: "2023-01-10" })).toEqual(["document.year-mismatch"]);
    expect(rules("43/2022/QH15", { issuedOn: "2022-11-14" })).toEqual([]);
  });

  it("does not fire for a standard, a technical regulation or an administrative document", () => {
    expect(rules("TCVN ISO 9001:2015", { issuedOn: "2020-01-01" })).toEqual([]);
    expect(rules("QCVN 20:2019/BKHCN", { issuedOn: "2020-01-01" })).toEqual([]);
    expect(rules("1388/QĐ-UBND", { issuedOn: "2020-01-01" })).toEqual([]);
  });

  it("ignores an issue date that does not start with a four-digit year", () => {
    expect(rules("111/2021/NĐ-CP", { issuedOn: "09/12/2022" })).toEqual([]);
    expect(rules("111/2021/NĐ-CP", { issuedOn: "ngày 2022-01-09" })).toEqual([]);
    expect(rules("111/2021/NĐ-CP", { issuedOn: "" })).toEqual([]);
  });

  it("needs a year in the symbol: a given symbol without one is not checked", () => {
    const sym = {
      kind: "normative" as const,
      number: "14",
      type: "QĐ",
      typeStatus: "official" as const,
      issuers: ["UBND"],
      normalized: "14/QĐ-UBND",
      raw: "14/QĐ-UBND",
    };
    expect(checkDocumentSymbol(sym, { issuedOn: "2018-05-02" })).toEqual([]);
  });
});

describe("document.legislature-mismatch", () => {
  it("accepts the first and last years of a term, which overlap with the neighbours'", () => {
    expect(rules("10/2021/QH15")).toEqual([]);
    expect(rules("10/2026/QH15")).toEqual([]);
    expect(rules("10/2021/QH14")).toEqual([]);
  });

  it("fires one year before or after the term, naming the term", () => {
    const f = only("10/2020/QH15");
    expect(f.severity).toBe("warning");
    expect(f.messages).toEqual({
      vi: "10/2020/QH15: năm 2020 nằm ngoài nhiệm kỳ Quốc hội khóa 15 (2021–2026)",
      en: "10/2020/QH15: year 2020 is outside legislature 15 (2021–2026)",
    });
    expect(rules("10/2027/QH15")).toEqual(["document.legislature-mismatch"]);
  });

  it("an open term (the current legislature) has no end", () => {
    expect(rules("10/2040/QH16")).toEqual([]);
    expect(only("10/2025/QH16", { lang: "en" }).message).toBe(
      "10/2025/QH16: year 2025 is outside legislature 16 (2026–…)",
    );
    expect(only("10/2025/QH16").message).toBe(
      "10/2025/QH16: năm 2025 nằm ngoài nhiệm kỳ Quốc hội khóa 16 (2026–…)",
    );
  });

  it("does not judge a legislature it has no dates for", () => {
    expect(rules("10/1995/QH9")).toEqual([]);
  });
});

describe("type abbreviation findings", () => {
  it("document.unknown-type names the abbreviation", () => {
    expect(only("3/2020/XYZ-UBND").messages).toEqual({
      vi: '3/2020/XYZ-UBND: chữ viết tắt loại văn bản "XYZ" không có trong bảng (NĐ 30/2020 Phụ lục III)',
      en: '3/2020/XYZ-UBND: type abbreviation "XYZ" is not in the table (NĐ 30/2020 Appendix III)',
    });
    expect(only("3/2020/XYZ-UBND").severity).toBe("warning");
  });

  it("document.unofficial-type explains that an official letter carries no type", () => {
    expect(only("03/CV-UBND").messages).toEqual({
      vi: '03/CV-UBND: "CV" không phải chữ viết tắt chính thức; công văn không ghi tên loại (NĐ 30/2020 Điều 15)',
      en: '03/CV-UBND: "CV" is not an official abbreviation; an official letter carries no type (NĐ 30/2020 Art. 15)',
    });
  });

  it("document.old-type-form quotes the symbol as written and the new form", () => {
    expect(only("03/GN-UBND").messages).toEqual({
      vi: '03/GN-UBND: chữ viết tắt cũ "GN", nay là "BGN"',
      en: '03/GN-UBND: old abbreviation "GN", now "BGN"',
    });
  });

  it("an official type gives no finding", () => {
    expect(rules("03/KH-UBND")).toEqual([]);
    expect(rules("12-CTr/TU")).toEqual([]);
  });
});

describe("document.normative-issuer", () => {
  it("cites both laws when the issue date is unknown", () => {
    expect(only("12/2025/QĐ-SXD").messages).toEqual({
      vi: "12/2025/QĐ-SXD: Sở không có thẩm quyền ban hành văn bản quy phạm pháp luật (Luật Ban hành VBQPPL 2015 và 2025); văn bản của Sở là văn bản hành chính, không ghi năm",
      en: "12/2025/QĐ-SXD: a department (Sở) issues no normative documents (the 2015 and 2025 laws on legal documents); its documents are administrative and carry no year",
    });
  });

  it("cites the law in force on a well-formed issue date only", () => {
    expect(only("12/2025/QĐ-SXD", { issuedOn: "2025-04-01", lang: "en" }).message).toContain(
      "(Luật Ban hành VBQPPL 2025, 64/2025/QH15)",
    );
    expect(only("12/2024/QĐ-SXD", { issuedOn: "2024-05-02" }).message).toContain(
      "(Luật Ban hành VBQPPL 2015, 80/2015/QH13)",
    );
    // a date with a time, or without zero padding, is not matched to a law
    for (const issuedOn of ["2025-04-01T08:00", "2025-4-1", "x2025-04-01"]) {
      const f = checkDocumentSymbol("12/2025/QĐ-SXD", { issuedOn, lang: "en" }).find(
        (x) => x.rule === "document.normative-issuer",
      );
      expect(f?.message).toContain("(the 2015 and 2025 laws on legal documents)");
    }
  });

  it("fires when any of a joint document's issuers is a department", () => {
    expect(rules("05/2025/QĐ-UBND-SXD")).toEqual(["document.normative-issuer"]);
    expect(rules("05/2025/TTLT-BTC-BNV")).toEqual([]);
  });
});

describe("document.number-leading-zero", () => {
  it("shows the number as it should be written", () => {
    expect(only("5/KH-UBND").messages).toEqual({
      vi: "5/KH-UBND: số nhỏ hơn 10 phải ghi thêm số 0 phía trước (05) theo NĐ 30/2020/NĐ-CP",
      en: "5/KH-UBND: a number below 10 is written with a leading zero (05) per NĐ 30/2020/NĐ-CP",
    });
  });
});

describe("the named kind against the symbol: administrative documents", () => {
  it("document.missing-type names the kind and the type it must carry", () => {
    const f = only("125/SKHCN-VP", { namedKind: "Kế hoạch" });
    expect(f).toMatchObject({ rule: "document.missing-type", severity: "warning" });
    expect(f.messages).toEqual({
      vi: 'Kế hoạch số 125/SKHCN-VP thiếu chữ viết tắt loại văn bản "KH" (chỉ công văn mới không ghi tên loại)',
      en: 'Kế hoạch (125/SKHCN-VP) lacks the type abbreviation "KH" (only an official letter has none)',
    });
  });

  it("document.kind-mismatch names the kind, the type carried and the one expected", () => {
    const f = only("125/QĐ-SKHCN", { namedKind: "kế  hoạch" });
    expect(f).toMatchObject({ rule: "document.kind-mismatch", severity: "warning" });
    expect(f.messages).toEqual({
      vi: 'Kế hoạch số 125/QĐ-SKHCN mang ký hiệu loại "QĐ", lẽ ra là "KH"',
      en: 'Kế hoạch (125/QĐ-SKHCN) carries type "QĐ", expected "KH"',
    });
  });

  it("a notice may be sent as an official letter without a type, but not with another type", () => {
    expect(rules("125/SKHCN-VP", { namedKind: "Thông báo" })).toEqual([]);
    expect(rules("125/TB-SKHCN", { namedKind: "Thông báo" })).toEqual([]);
    expect(rules("125/KH-SKHCN", { namedKind: "Thông báo" })).toEqual(["document.kind-mismatch"]);
  });

  it("an official letter (công văn) is not held to any type", () => {
    expect(rules("125/QĐ-SKHCN", { namedKind: "Công văn" })).toEqual([]);
  });

  it("a kind outside the table is not checked", () => {
    expect(rules("125/QĐ-SKHCN", { namedKind: "Đề án" })).toEqual([]);
    expect(rules("125/SKHCN-VP", { namedKind: "Tờ trình khác" })).toEqual([]);
  });

  it("party documents are not checked against the named kind", () => {
    expect(rules("12-CTr/TU", { namedKind: "Kế hoạch" })).toEqual([]);
    expect(rules("43/2022/QH15", { namedKind: "Kế hoạch" })).toEqual([]);
  });
});

describe("the named kind against the symbol: normative documents", () => {
  it("fires when a named decree is numbered as a circular", () => {
    const f = only("01/2021/TT-BNV", { namedKind: "Nghị định", issuedOn: "2021-01-05" });
    expect(f).toMatchObject({ rule: "document.kind-mismatch", severity: "warning" });
    expect(f.messages).toEqual({
      vi: 'Nghị định số 01/2021/TT-BNV mang ký hiệu loại "TT", lẽ ra là "NĐ"',
      en: 'Nghị định (01/2021/TT-BNV) carries type "TT", expected "NĐ"',
    });
  });

  it("does not fire when the type agrees, when it is unknown, or when the kind carries no type", () => {
    expect(rules("01/2021/TT-BNV", { namedKind: "thông tư" })).toEqual([]);
    expect(rules("01/2021/XYZ-BNV", { namedKind: "Thông tư" })).toEqual(["document.unknown-type"]);
    expect(rules("01/2021/TT-BNV", { namedKind: "Công văn" })).toEqual([]);
    expect(rules("01/2021/TT-BNV", { namedKind: "Nghị quyết" })).toEqual([]);
  });

  it("compares the normalised type: an ASCII ND is a decree", () => {
    expect(rules("111/2021/ND-CP", { namedKind: "Nghị định" })).toEqual(["document.old-type-form"]);
  });
});

describe("canonicalKind", () => {
  it.each([
    ["kế hoạch", "Kế hoạch"],
    ["  QUYẾT   ĐỊNH ", "Quyết định"],
    ["Thông tư liên tịch", "Thông tư liên tịch"],
    ["đề án", "Đề án"],
    ["chương trình hành động", "Chương trình hành động"],
    ["NGHỊ QUYẾT", "Nghị quyết"],
    ["văn bản khác", "Văn bản khác"],
    ["công\u00a0văn", "Công văn"],
    ["ke hoach", "Ke hoach"],
  ])("%s → %s", (input, expected) => {
    expect(canonicalKind(input)).toBe(expected);
  });
});
