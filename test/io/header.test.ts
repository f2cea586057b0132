import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { issuerFitsAgency } from "../../src/io/header.js";
import { agencyInitials, detectPeriodInTitle, readReportHeader } from "../../src/io/index.js";

describe("readReportHeader (NĐ 30/2020 heading block)", () => {
  it("takes the issuing agency under the governing body, and keeps the governing body", () => {
    const h = readReportHeader("UBND TỈNH KHÁNH HÒA\nSỞ TƯ PHÁP\n-----\nBÁO CÁO\nCông tác CCHC năm 2022");
    expect(h).toMatchObject({ agency: "SỞ TƯ PHÁP", governingBody: "UBND TỈNH KHÁNH HÒA" });
  });

  it("splits a two-column header saved as text from the national motto", () => {
    const h = readReportHeader(
      "SỞ XÂY DỰNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 31/BC-SXD\tNha Trang, ngày 3 tháng 1 năm 2023\nBÁO CÁO",
    );
    expect(h.agency).toBe("SỞ XÂY DỰNG");
    expect(h.governingBody).toBeUndefined();
    expect(h).toMatchObject({ place: "Nha Trang", date: "2023-01-03" });
    expect(h.symbol?.parsed?.issuers).toEqual(["SXD"]);
  });

  it("also splits columns separated by wide spaces", () => {
    const h = readReportHeader("BỘ NỘI VỤ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBÁO CÁO");
    expect(h.agency).toBe("BỘ NỘI VỤ");
  });

  it("joins a name broken over lines", () => {
    expect(readReportHeader("ỦY\nBAN NHÂN DÂN\nHUYỆN CỦ CHI\n---\nBÁO CÁO").agency).toBe(
      "ỦY BAN NHÂN DÂN HUYỆN CỦ CHI",
    );
    expect(readReportHeader("UBND TỈNH KHÁNH HÒA\nSỞ KHOA HỌC VÀ\nCÔNG NGHỆ\nBÁO CÁO")).toMatchObject({
      agency: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      governingBody: "UBND TỈNH KHÁNH HÒA",
    });
  });

  it("reads the place-and-date line, in words or with slashes; not an impossible date", () => {
    expect(readReportHeader("SỞ Y TẾ\nKhánh Hòa, ngày 15 tháng 6 năm 2022").date).toBe("2022-06-15");
    expect(readReportHeader("SỞ Y TẾ\nHà Nội, ngày 05/12/2023").date).toBe("2023-12-05");
    expect(readReportHeader("SỞ Y TẾ\nHà Nội, ngày 31 tháng 2 năm 2023").date).toBeUndefined();
  });

  it("stops at the title and at prose: words below are never the agency", () => {
    const h = readReportHeader("Phụ lục\nSỞ TƯ PHÁP\tx\t1");
    expect(h.agency).toBeUndefined();
    const p = readReportHeader("SỞ Y TẾ\nTrong kỳ, Sở đã làm nhiều việc.\nBAN QUẢN LÝ DỰ ÁN");
    expect(p.agency).toBe("SỞ Y TẾ");
    expect(readReportHeader("BÁO CÁO\nSỞ TƯ PHÁP").agency).toBeUndefined();
  });

  it("never throws on bad input", () => {
    expect(readReportHeader(42 as unknown as string)).toEqual({ lines: 0 });
    expect(readReportHeader("")).toEqual({ lines: 0 });
  });
});

describe("agencyInitials", () => {
  it.each([
    ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN"],
    ["SỞ TƯ PHÁP", "STP"],
    ["ỦY BAN NHÂN DÂN HUYỆN CỦ CHI", "UBND"],
    ["UBND TỈNH KHÁNH HÒA", "UBND"],
    ["SỞ TƯ PHÁP TỈNH KHÁNH HÒA", "STP"],
  ])("%s → %s", (name, initials) => {
    expect(agencyInitials(name)).toBe(initials);
  });
});

describe("readReportHeader: more layouts", () => {
  it("a department (Vụ) under a ministry, and a symbol whose number is left blank", () => {
    const h = readReportHeader("BỘ NỘI VỤ\nVỤ CẢI CÁCH HÀNH CHÍNH\nSố:     /BC-VCCHC\nBÁO CÁO");
    expect(h).toMatchObject({ agency: "VỤ CẢI CÁCH HÀNH CHÍNH", governingBody: "BỘ NỘI VỤ" });
    expect(h.symbol?.written).toBe("/BC-VCCHC");
  });
  it("a two-column header separated by wide spaces keeps the symbol and the date apart", () => {
    const h = readReportHeader(
      "SỞ Y TẾ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BC-SYT          Nha Trang, ngày 2 tháng 7 năm 2022\nBÁO CÁO",
    );
    expect(h).toMatchObject({ agency: "SỞ Y TẾ", date: "2022-07-02", symbol: { written: "12/BC-SYT" } });
  });
});

describe("readReportHeader: properties", () => {
  const GOVERNING = [
    "UBND TỈNH KHÁNH HÒA",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
    "BỘ NỘI VỤ",
    "UBND HUYỆN CỦ CHI",
  ];
  const AGENCY = [
    "SỞ TƯ PHÁP",
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    "VĂN PHÒNG UBND",
    "PHÒNG NỘI VỤ",
    "VỤ CẢI CÁCH HÀNH CHÍNH",
  ];
  it("gives back the agency and governing body in every layout (stacked, two columns, motto first)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GOVERNING),
        fc.constantFrom(...AGENCY),
        fc.constantFrom("stacked", "two-column", "motto-first"),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        (gov, agency, layout, d, m) => {
          const date = `Khánh Hòa, ngày ${d} tháng ${m} năm 2022`;
          const motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
          const lines =
            layout === "two-column"
              ? [`${gov}\t${motto[0]}`, `${agency}\t${motto[1]}`, `Số: 12/BC-X\t${date}`]
              : layout === "stacked"
                ? [gov, agency, "-----", "Số: 12/BC-X", ...motto, date]
                : [...motto, gov, agency, date];
          const h = readReportHeader([...lines, "", "BÁO CÁO", "Công tác CCHC năm 2022"].join("\n"));
          expect(h.agency).toBe(agency);
          expect(h.governingBody).toBe(gov);
          expect(h.date).toBe(`2022-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
        },
      ),
    );
  });

  it("never throws, whatever the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const h = readReportHeader(s);
        expect(h.lines).toBeGreaterThanOrEqual(0);
        detectPeriodInTitle(s);
      }),
    );
  });
});

describe("issuerFitsAgency", () => {
  it.each([
    ["SKHCN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", true],
    ["SKH&CN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", true],
    ["SKHHCN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", true],
    ["BQLKCN", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", true],
    ["TTr", "THANH TRA TỈNH", true],
    ["SLĐTBXH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", true],
    ["UBND", "ỦY BAN NHÂN DÂN HUYỆN CỦ CHI", true],
    ["SXD", "SỞ TƯ PHÁP", false],
    ["UBND", "SỞ TƯ PHÁP", false],
    ["STC", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", false],
  ])("%s for %s: %s", (issuer, agency, fits) => {
    expect(issuerFitsAgency(issuer, agency)).toBe(fits);
  });
});
