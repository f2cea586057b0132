import { describe, expect, it } from "vitest";
import { issuerFitsAgency } from "../../src/io/header.js";
import { agencyInitials, readReportHeader } from "../../src/io/index.js";

const MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

describe("readReportHeader: the whole header", () => {
  it("gives every field it found and nothing else", () => {
    const h = readReportHeader(
      "UBND TỈNH KHÁNH HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TƯ PHÁP\tĐộc lập - Tự do - Hạnh phúc\n\nSố: 123/BC-STP\tKhánh Hòa, ngày 15 tháng 6 năm 2022\nBÁO CÁO\nCông tác CCHC",
    );
    const { symbol, ...rest } = h;
    expect(rest).toStrictEqual({
      agency: "SỞ TƯ PHÁP",
      governingBody: "UBND TỈNH KHÁNH HÒA",
      place: "Khánh Hòa",
      date: "2022-06-15",
      lines: 4,
    });
    expect(symbol?.written).toBe("123/BC-STP");
    expect(symbol?.parsed?.normalized).toBe("123/BC-STP");
  });

  it("leaves out the fields it did not find", () => {
    expect(readReportHeader("SỞ Y TẾ\nBÁO CÁO")).toStrictEqual({ agency: "SỞ Y TẾ", lines: 1 });
    expect(readReportHeader("Trong kỳ, Sở đã làm nhiều việc.")).toStrictEqual({ lines: 0 });
  });

  it("counts the lines of the block up to its last known line", () => {
    expect(
      readReportHeader("SỞ Y TẾ\n\nSố: 12/BC-SYT\nNha Trang, ngày 2 tháng 7 năm 2022\nBÁO CÁO").lines,
    ).toBe(4);
    expect(readReportHeader("SỞ Y TẾ\nNha Trang, ngày 2 tháng 7 năm 2022\nTrong kỳ, Sở đã làm.").lines).toBe(
      2,
    );
  });
});

describe("readReportHeader: the agency name", () => {
  it("takes names written in capitals, allowing one lower-case slip in ten letters", () => {
    expect(readReportHeader("SỞ GIAO THÔNg\nBÁO CÁO").agency).toBe("SỞ GIAO THÔNg");
    expect(readReportHeader("SỞ GIAO THÔng\nBÁO CÁO").agency).toBeUndefined();
    expect(readReportHeader("Sở Tư Pháp\nBÁO CÁO").agency).toBeUndefined();
    expect(readReportHeader("SỞ\nBÁO CÁO").agency).toBe("SỞ");
  });

  it("takes a name of up to 120 characters", () => {
    const name = (len: number) => `SỞ ${"A".repeat(len - 3)}`;
    expect(readReportHeader(`${name(120)}\nBÁO CÁO`).agency).toBe(name(120));
    expect(readReportHeader(`${name(121)}\nBÁO CÁO`).agency).toBeUndefined();
  });

  it("does not take a capitalised mark that is not an agency (KHẨN) as a name, nor join it", () => {
    expect(readReportHeader("SỞ Y TẾ\nKHẨN\nBÁO CÁO")).toMatchObject({ agency: "SỞ Y TẾ", lines: 2 });
    expect(readReportHeader("KHẨN\nSỞ Y TẾ\nBÁO CÁO").agency).toBe("SỞ Y TẾ");
  });

  it("joins a name while it is unfinished, continues with a place or starts with '&'", () => {
    expect(readReportHeader("ỦY\nBAN\nNHÂN DÂN\nBÁO CÁO").agency).toBe("ỦY BAN NHÂN DÂN");
    expect(readReportHeader("SỞ KHOA HỌC\n& CÔNG NGHỆ\nBÁO CÁO").agency).toBe("SỞ KHOA HỌC & CÔNG NGHỆ");
    expect(readReportHeader("UBND TỈNH KHÁNH HÒA\nSỞ Y TẾ\nBÁO CÁO")).toMatchObject({
      agency: "SỞ Y TẾ",
      governingBody: "UBND TỈNH KHÁNH HÒA",
    });
  });

  it("collapses the spaces inside a name and reads through markdown marks", () => {
    expect(readReportHeader("**SỞ  Y  TẾ**\nBÁO CÁO").agency).toBe("SỞ Y TẾ");
    expect(readReportHeader("# SỞ Y TẾ\nBÁO CÁO").agency).toBe("SỞ Y TẾ");
  });

  it("does not take a line of figures for part of the block", () => {
    expect(readReportHeader("SỞ Y TẾ\n2022\nSỞ TƯ PHÁP\nBÁO CÁO")).toStrictEqual({
      agency: "SỞ Y TẾ",
      lines: 1,
    });
  });
});

describe("readReportHeader: where the block starts and ends", () => {
  it("skips up to three lines of prose before the block, not four", () => {
    const before = ["Mẫu số 01", "Trang 1", "Bản chính"];
    expect(readReportHeader([...before, "SỞ Y TẾ", "BÁO CÁO"].join("\n")).agency).toBe("SỞ Y TẾ");
    expect(readReportHeader(["Trang 1", "SỞ Y TẾ"].join("\n")).agency).toBe("SỞ Y TẾ");
    expect(readReportHeader([...before, "Bản sao", "SỞ Y TẾ", "BÁO CÁO"].join("\n")).agency).toBeUndefined();
  });

  it("does not count blank or space-only lines among them", () => {
    expect(readReportHeader(["Trang 1", "   ", "  ", "\t", " ", "", "SỞ Y TẾ"].join("\n")).agency).toBe(
      "SỞ Y TẾ",
    );
  });

  it("ends at prose once a date or a symbol was read", () => {
    expect(
      readReportHeader("Nha Trang, ngày 2 tháng 7 năm 2022\nTrong kỳ, Sở đã làm.\nSỞ Y TẾ"),
    ).toStrictEqual({
      place: "Nha Trang",
      date: "2022-07-02",
      lines: 1,
    });
    const s = readReportHeader("Số: 12/BC-SYT\nTrong kỳ, Sở đã làm.\nSỞ Y TẾ");
    expect(s.agency).toBeUndefined();
    expect(s.symbol?.written).toBe("12/BC-SYT");
  });

  it("ends at prose even when the line holds a tab after wide spaces", () => {
    expect(readReportHeader("SỞ Y TẾ\nTrong kỳ, Sở đã làm   \tnhiều việc.\nBAN QUẢN LÝ DỰ ÁN").agency).toBe(
      "SỞ Y TẾ",
    );
  });

  it("reads the first 25 non-blank lines", () => {
    const mottos = (n: number) => Array(n).fill(MOTTO);
    expect(readReportHeader([...mottos(24), "SỞ Y TẾ"].join("\n")).agency).toBe("SỞ Y TẾ");
    expect(readReportHeader([...mottos(25), "SỞ Y TẾ"].join("\n")).agency).toBeUndefined();
  });

  it("reads the first 6000 characters", () => {
    expect(readReportHeader(`${"\n".repeat(5000)}SỞ Y TẾ\nBÁO CÁO`).agency).toBe("SỞ Y TẾ");
    expect(readReportHeader(`${"\n".repeat(6000)}SỞ Y TẾ\nBÁO CÁO`).agency).toBeUndefined();
  });
});

describe("readReportHeader: number, place and date", () => {
  it("keeps the first date and the first symbol", () => {
    const h = readReportHeader(
      "SỞ Y TẾ\nSố: 12/BC-SYT\tSố: 13/BC-SYT\nNha Trang, ngày 2 tháng 7 năm 2022\nHà Nội, ngày 3 tháng 8 năm 2023\nBÁO CÁO",
    );
    expect(h).toMatchObject({ place: "Nha Trang", date: "2022-07-02", symbol: { written: "12/BC-SYT" } });
  });

  it("reads a date without a place", () => {
    const h = readReportHeader("SỞ Y TẾ\nngày 2 tháng 7 năm 2022\nBÁO CÁO");
    expect(h.date).toBe("2022-07-02");
    expect("place" in h).toBe(false);
    expect(readReportHeader("SỞ Y TẾ\n, ngày 2/7/2022").place).toBeUndefined();
  });

  it("reads the symbol however the 'Số' is spaced, with or without a colon (a cell split at wide spaces)", () => {
    for (const line of [
      "Số: 12/BC-SYT",
      "Số:     12/BC-SYT",
      "Số :     12/BC-SYT",
      "Số     12/BC-SYT",
      "Số. 12/BC-SYT",
    ]) {
      expect(readReportHeader(`SỞ Y TẾ\n${line}\nBÁO CÁO`).symbol).toMatchObject({ written: "12/BC-SYT" });
    }
  });

  it("reads a symbol and a date in cells padded with spaces", () => {
    const h = readReportHeader("SỞ Y TẾ \t Số: 12/BC-SYT \t Nha Trang, ngày 2 tháng 7 năm 2022\nBÁO CÁO");
    expect(h).toMatchObject({ agency: "SỞ Y TẾ", place: "Nha Trang", date: "2022-07-02" });
    expect(h.symbol?.written).toBe("12/BC-SYT");
  });

  it("takes a 'Số' line without a slash for no symbol", () => {
    expect(readReportHeader("SỞ Y TẾ\nSố: 12\nBÁO CÁO").symbol).toBeUndefined();
  });

  it("keeps a symbol it cannot parse as written", () => {
    const h = readReportHeader("SỞ Y TẾ\nSố: ???/???\nBÁO CÁO");
    expect(h.symbol).toStrictEqual({ written: "???/???" });
  });
});

describe("agencyInitials and issuerFitsAgency", () => {
  it.each([
    ["HỘI ĐỒNG NHÂN DÂN TỈNH KHÁNH HÒA", "HDND"],
    ["HĐND HUYỆN CỦ CHI", "HDND"],
    ["BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "BQLKCN"],
    ["CÔNG ĐOÀN CỦA SỞ Y TẾ", "CDSYT"],
    ["TỈNH ỦY KHÁNH HÒA", "TUKH"],
    ["BAN QUẢN LÝ DỰ ÁN QUẬN 1", "BQLDA"],
    ["", ""],
    ["-----", ""],
  ])("initials of %j: %j", (name, initials) => {
    expect(agencyInitials(name)).toBe(initials);
  });

  it("gives no initials for a name that is not text", () => {
    expect(agencyInitials(42 as unknown as string)).toBe("");
    expect(agencyInitials(null as unknown as string)).toBe("");
  });

  it.each([
    ["KHCN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", true],
    ["KH&CN", "BỘ KHOA HỌC VÀ CÔNG NGHỆ", true],
    ["KH & CN", "BỘ KHOA HỌC VÀ CÔNG NGHỆ", true],
    ["TU", "TỈNH ỦY KHÁNH HÒA", true],
    ["SXD", "TỈNH ỦY KHÁNH HÒA", false],
    ["C", "CỤC", true],
    ["S", "SỞ TƯ PHÁP", false],
    ["STP", "S", false],
  ])("%s for %s: %s", (issuer, agency, fits) => {
    expect(issuerFitsAgency(issuer, agency)).toBe(fits);
  });

  it("does not call a mismatch when the issuer or the agency has no letters to compare", () => {
    expect(issuerFitsAgency("", "SỞ TƯ PHÁP")).toBe(true);
    expect(issuerFitsAgency("&", "SỞ TƯ PHÁP")).toBe(true);
    expect(issuerFitsAgency("SXD", "")).toBe(true);
    expect(issuerFitsAgency("SXD", "-----")).toBe(true);
  });
});
