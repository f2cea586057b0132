import { describe, expect, it } from "vitest";
import { extractDocumentReferences } from "../../src/io/index.js";

const KHCN = { id: "khanh-hoa/skhcn", symbol: "SKHCN", aliases: ["SKHHCN"] };
const UBND = { id: "khanh-hoa/ubnd", symbol: "UBND", aliases: ["UBNDT"] };
const BO = { id: "bo-khcn", symbol: "BKHCN", aliases: ["BKHVCN"] };
const TU = { id: "khanh-hoa/tu", symbol: "TU", aliases: ["TUKH"] };

describe("extractDocumentReferences: bad or empty input", () => {
  it("returns no reference for an empty text or a value that is not a string, without throwing", () => {
    expect(extractDocumentReferences("")).toEqual([]);
    expect(extractDocumentReferences(null as unknown as string)).toEqual([]);
    expect(extractDocumentReferences(undefined as unknown as string)).toEqual([]);
    expect(extractDocumentReferences(42 as unknown as string)).toEqual([]);
  });

  it("scans only the first maxChars characters", () => {
    const text = "Quyết định số 04/QĐ-UBND ngày 18/01/2022";
    expect(extractDocumentReferences(text, { maxChars: 12 })).toEqual([]);
    expect(extractDocumentReferences(text, { maxChars: 24 }).map((r) => r.symbol)).toEqual(["04/QĐ-UBND"]);
    expect(extractDocumentReferences(text).map((r) => r.symbol)).toEqual(["04/QĐ-UBND"]);
  });
});

describe("extractDocumentReferences: where a symbol starts", () => {
  it("finds a symbol at the very start of the text (offset 0)", () => {
    const refs = extractDocumentReferences("04/QĐ-UBND ngày 18/01/2022 của tỉnh");
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ symbol: "04/QĐ-UBND", offset: 0, date: "2022-01-18" });
    expect(refs[0]?.kind).toBeUndefined();
  });

  it("skips a symbol glued to a preceding letter, digit, slash, dot, dash or colon", () => {
    for (const glued of ["mã X04/QĐ-UBND", "mã 1.04/QĐ-UBND", "mã a-04/QĐ-UBND", "mã:04/QĐ-UBND"]) {
      expect(extractDocumentReferences(glued), glued).toEqual([]);
    }
    expect(extractDocumentReferences("mã (04/QĐ-UBND)").map((r) => r.symbol)).toEqual(["04/QĐ-UBND"]);
  });

  it("skips a symbol-like text that does not parse (a type without an issuer)", () => {
    expect(extractDocumentReferences("Quyết định 5/QĐ ngày 01/01/2022")).toEqual([]);
    expect(extractDocumentReferences("Quyết định 5/QĐ và Quyết định 6/QĐ-UBND").map((r) => r.symbol)).toEqual(
      ["6/QĐ-UBND"],
    );
  });
});

describe("extractDocumentReferences: date and excerpt", () => {
  it("reads a date introduced by 'ban hành ngày' after a long symbol", () => {
    const [r] = extractDocumentReferences(
      "Nghị định số 111/2021/NĐ-CP, ban hành ngày 14 tháng 12 năm 2021 của Chính phủ",
    );
    expect(r).toMatchObject({ kind: "Nghị định", symbol: "111/2021/NĐ-CP", date: "2021-12-14" });
  });

  it("keeps an impossible date as written, trimmed", () => {
    const [r] = extractDocumentReferences("Quyết định 9/QĐ-UBND ngày 29/02/2023 của tỉnh");
    expect(r?.date).toBeUndefined();
    expect(r?.dateText).toBe("ngày 29/02/2023");
    const [leap] = extractDocumentReferences("Quyết định 9/QĐ-UBND ngày 29/02/2024");
    expect(leap?.date).toBe("2024-02-29");
    expect(leap?.dateText).toBeUndefined();
  });

  it("excerpt: the 40 characters before the symbol, the symbol and the 30 after", () => {
    const text =
      "Trong năm, Sở Khoa học và Công nghệ đã tham mưu ban hành Quyết định số 04/QĐ-SKHCN ngày 18/01/2022 về việc kiện toàn tổ chức bộ máy.";
    const [r] = extractDocumentReferences(text);
    expect(r?.offset).toBe(71);
    expect(r?.excerpt).toBe(
      "nghệ đã tham mưu ban hành Quyết định số 04/QĐ-SKHCN ngày 18/01/2022 về việc kiện",
    );
  });

  it("excerpt near the start holds the text from its beginning", () => {
    const [r] = extractDocumentReferences("Theo  Quyết định 04/QĐ-UBND.");
    expect(r?.excerpt).toBe("Theo Quyết định 04/QĐ-UBND.");
  });
});

describe("extractDocumentReferences: issuers resolved through the agency registry", () => {
  it("administrative document without a type keeps its unit: 5014/UBNDT-TH → 5014/UBND-TH", () => {
    const [r] = extractDocumentReferences("Công văn 5014/UBNDT-TH ngày 06/06/2022", { agencies: [UBND] });
    expect(r).toMatchObject({ canonical: "5014/UBND-TH", agencyIds: ["khanh-hoa/ubnd"] });
  });

  it("administrative document with type and unit: 01/KH-SKHHCN-SNV → 01/KH-SKHCN-SNV", () => {
    const [r] = extractDocumentReferences("Kế hoạch 01/KH-SKHHCN-SNV", { agencies: [KHCN] });
    expect(r).toMatchObject({ canonical: "01/KH-SKHCN-SNV", agencyIds: ["khanh-hoa/skhcn"] });
  });

  it("normative document: 10/2022/TT-BKHVCN → 10/2022/TT-BKHCN", () => {
    const [r] = extractDocumentReferences("Thông tư số 10/2022/TT-BKHVCN ngày 01/02/2022", {
      agencies: [BO],
    });
    expect(r).toMatchObject({ kind: "Thông tư", canonical: "10/2022/TT-BKHCN", agencyIds: ["bo-khcn"] });
  });

  it("joint normative document: every issuer resolved, kept in order: 01/2022/TTLT-BKHVCN-BNV", () => {
    const [r] = extractDocumentReferences("Thông tư liên tịch 01/2022/TTLT-BKHVCN-BNV", { agencies: [BO] });
    expect(r).toMatchObject({
      kind: "Thông tư liên tịch",
      canonical: "01/2022/TTLT-BKHCN-BNV",
      agencyIds: ["bo-khcn"],
    });
  });

  it("party document, with and without a unit: 12-CTr/TUKH-VP → 12-CTr/TU-VP", () => {
    const [withUnit] = extractDocumentReferences("Chương trình 12-CTr/TUKH-VP", { agencies: [TU] });
    expect(withUnit).toMatchObject({ canonical: "12-CTr/TU-VP", agencyIds: ["khanh-hoa/tu"] });
    const [plain] = extractDocumentReferences("Chương trình 12-CTr/TUKH", { agencies: [TU] });
    expect(plain).toMatchObject({ canonical: "12-CTr/TU", agencyIds: ["khanh-hoa/tu"] });
  });

  it("technical regulation: the issuer is resolved, the symbol stays as normalised", () => {
    const [r] = extractDocumentReferences("áp dụng QCVN 20:2019/BKHCN", { agencies: [BO] });
    expect(r).toMatchObject({ canonical: "QCVN 20:2019/BKHCN", agencyIds: ["bo-khcn"] });
  });

  it("an issuer the registry does not know is left as written, with no agency ids", () => {
    const [r] = extractDocumentReferences("Quyết định 04/QĐ-SNV ngày 18/01/2022", { agencies: [KHCN, UBND] });
    expect(r?.canonical).toBe("04/QĐ-SNV");
    expect(r?.agencyIds).toBeUndefined();
    expect(r).not.toHaveProperty("agencyIds");
  });

  it("an agency known only by aliases resolves to its first alias; one with neither is ignored", () => {
    const agencies = [
      { id: "ubnd-cu", aliases: ["UBNDKH", "UBNDT"] },
      { id: "no-symbol", aliases: [] },
    ];
    const [r] = extractDocumentReferences("Công văn 77/UBNDT-VP", { agencies });
    expect(r).toMatchObject({ canonical: "77/UBNDKH-VP", agencyIds: ["ubnd-cu"] });
  });

  it("an agency known only by its symbol resolves it", () => {
    const [r] = extractDocumentReferences("Quyết định 04/QĐ-SNV", {
      agencies: [{ id: "snv", symbol: "SNV", aliases: [] }],
    });
    expect(r).toMatchObject({ canonical: "04/QĐ-SNV", agencyIds: ["snv"] });
  });

  it("an agency with an empty symbol does not erase the issuer it is an alias of", () => {
    const [r] = extractDocumentReferences("Quyết định 04/QĐ-SNV", {
      agencies: [{ id: "blank", symbol: "", aliases: ["SNV"] }],
    });
    expect(r?.canonical).toBe("04/QĐ-SNV");
    expect(r?.agencyIds).toBeUndefined();
  });

  it("accepts agency records from untyped input that lack the aliases list", () => {
    const agencies = [{ id: "snv", symbol: "SNV" }, { id: "none" }] as unknown as {
      id: string;
      aliases: string[];
    }[];
    const [r] = extractDocumentReferences("Quyết định 04/QĐ-SNV", { agencies });
    expect(r).toMatchObject({ canonical: "04/QĐ-SNV", agencyIds: ["snv"] });
  });
});
