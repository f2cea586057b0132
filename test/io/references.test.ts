import { describe, expect, it } from "vitest";
import { extractDocumentReferences } from "../../src/io/index.js";

const AGENCIES = [{ id: "khanh-hoa/skhcn", symbol: "SKHCN", aliases: ["SKHHCN", "SKHChN"] }];

describe("extractDocumentReferences", () => {
  it("finds kind, symbol and date, with or without 'số'", () => {
    const text =
      "Sở ban hành Quyết định số 04/QĐ-SKHCN ngày 18/01/2022 và Kế hoạch 647/KH-SKHHCN ngày 23/05/2022; " +
      "đồng thời phổ biến Nghị định số 111/2021/NĐ-CP ngày 09/12/2021.";
    const refs = extractDocumentReferences(text);
    expect(refs.map((r) => [r.kind, r.symbol, r.date])).toEqual([
      ["Quyết định", "04/QĐ-SKHCN", "2022-01-18"],
      ["Kế hoạch", "647/KH-SKHHCN", "2022-05-23"],
      ["Nghị định", "111/2021/NĐ-CP", "2021-12-09"],
    ]);
    expect(text.slice(refs[0]!.offset, refs[0]!.offset + 11)).toBe("04/QĐ-SKHCN");
  });

  it("reads dates written in words and official letters without a type", () => {
    const refs = extractDocumentReferences(
      "theo Nghị định số 43/2017/NĐ-CP ngày 14 tháng 4 năm 2017 và Công văn số 5014/UBND-TH ngày 06/06/2022",
    );
    expect(refs[0]?.date).toBe("2017-04-14");
    expect(refs[1]).toMatchObject({ kind: "Công văn", date: "2022-06-06" });
    expect(refs[1]?.parsed.type).toBeUndefined();
  });

  it("finds party documents, QCVN and TCVN without a named kind", () => {
    const refs = extractDocumentReferences(
      "Chương trình hành động số 12-CTr/TU; áp dụng QCVN 20:2019/BKHCN và TCVN ISO 9001:2015.",
    );
    expect(refs.map((r) => r.parsed.kind)).toEqual(["party", "technical-regulation", "standard"]);
  });

  it("resolves issuer aliases through the agency registry", () => {
    const refs = extractDocumentReferences("Tờ trình số 580/TTr-SKHChN ngày 10/5/2022", {
      agencies: AGENCIES,
    });
    expect(refs[0]).toMatchObject({ canonical: "580/TTr-SKHCN", agencyIds: ["khanh-hoa/skhcn"] });
    expect(
      extractDocumentReferences("Tờ trình số 580/TTr-SKHChN ngày 10/5/2022")[0]?.agencyIds,
    ).toBeUndefined();
  });

  it("does not take dates, fractions or URLs for symbols, and keeps an impossible date as text", () => {
    expect(
      extractDocumentReferences("ngày 18/01/2022 đạt 54/55 TTHC, xem http://x.vn/#/app/trang-chu"),
    ).toEqual([]);
    const r = extractDocumentReferences("Quyết định số 9/QĐ-UBND ngày 31/02/2022")[0];
    expect(r?.date).toBeUndefined();
    expect(r?.dateText).toContain("31/02/2022");
  });
});
