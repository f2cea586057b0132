/**
 * detectPeriodInTitle: which lines are the title, what a year's report says of its part, the window a
 * title states, and the text shown as matched.
 */
import { describe, expect, it } from "vitest";
import { detectPeriodInTitle } from "../../src/io/index.js";

const filler = (n: number, word = "Nội dung") => `${word} ${"x".repeat(Math.max(0, n - word.length - 1))}`;

describe("the title block", () => {
  it("is found under an indented or marked-up BÁO CÁO line", () => {
    expect(detectPeriodInTitle("SỞ Y TẾ\n        BÁO CÁO\n   Công tác CCHC quý II năm 2022")).toEqual({
      kind: "quarter",
      year: 2022,
      index: 2,
      matched: "quý II năm 2022",
    });
    expect(detectPeriodInTitle("**BÁO CÁO**\n**Công tác CCHC năm 2023**")).toMatchObject({
      kind: "year",
      year: 2023,
    });
  });

  it("a marked-up BÁO CÁO line opens the title, ahead of the lines above it", () => {
    const text = "V/v CCHC quý I năm 2021\n**BÁO CÁO**\n**CCHC năm 2022**";
    expect(detectPeriodInTitle(text)).toEqual({ kind: "year", year: 2022, matched: "CCHC năm 2022" });
  });

  it("starts at a line that begins with BÁO CÁO, not at one that mentions it", () => {
    const text = "SỞ Y TẾ\nV/v báo cáo CCHC năm 2021\nBÁO CÁO\nCông tác CCHC năm 2022";
    expect(detectPeriodInTitle(text)).toMatchObject({ kind: "year", year: 2022 });
  });

  it("skips a paragraph longer than 300 characters that begins like a title", () => {
    const paragraph = `Báo cáo này tổng hợp kết quả quý I năm 2019 ${"và các năm trước ".repeat(20)}`;
    expect(paragraph.length).toBeGreaterThan(300);
    const text = `SỞ Y TẾ\n${paragraph}\n\nBÁO CÁO\nCông tác CCHC năm 2022`;
    expect(detectPeriodInTitle(text)).toMatchObject({ kind: "year", year: 2022 });
  });

  it("a BÁO CÁO line of exactly 300 characters is a title; one of 301 is not", () => {
    const text = (n: number) =>
      `BÁO CÁO ${"x".repeat(n - 8)}\nCông tác CCHC quý I năm 2019\n\nBÁO CÁO\nCông tác CCHC năm 2022`;
    expect(detectPeriodInTitle(text(300))).toMatchObject({ kind: "quarter", year: 2019 });
    expect(detectPeriodInTitle(text(301))).toMatchObject({ kind: "year", year: 2022 });
  });

  it("is BÁO CÁO and at most five lines under it", () => {
    const under = (k: number) =>
      ["BÁO CÁO", ...Array.from({ length: k - 1 }, (_, i) => `Dòng ${i + 1}`), "Công tác CCHC năm 2022"].join(
        "\n",
      );
    expect(detectPeriodInTitle(under(5))).toMatchObject({ kind: "year", year: 2022 });
    expect(detectPeriodInTitle(under(6))).toBeNull();
  });

  it("skips blank lines right under BÁO CÁO and ends at the first blank line after the title", () => {
    expect(detectPeriodInTitle("BÁO CÁO\n\n\nCông tác CCHC năm 2022")).toMatchObject({ year: 2022 });
    expect(detectPeriodInTitle("BÁO CÁO\nKết quả công tác\n\nCông tác CCHC năm 2022")).toBeNull();
  });

  it("ends at a line longer than 300 characters; a line of exactly 300 stays in it", () => {
    const text = (n: number) => `BÁO CÁO\n${filler(n)}\nCông tác CCHC năm 2022`;
    expect(detectPeriodInTitle(text(301))).toBeNull();
    expect(detectPeriodInTitle(text(300))).toMatchObject({ kind: "year", year: 2022 });
  });

  it("without a BÁO CÁO line: the first twelve non-blank lines of at most 300 characters", () => {
    const lines = (k: number, withBlanks = false) =>
      [
        ...Array.from({ length: k - 1 }, (_, i) => (withBlanks ? `Dòng ${i + 1}\n` : `Dòng ${i + 1}`)),
        "Kết quả CCHC năm 2022",
      ].join("\n");
    expect(detectPeriodInTitle(lines(7))).toMatchObject({ kind: "year", year: 2022 });
    expect(detectPeriodInTitle(lines(12))).toMatchObject({ kind: "year", year: 2022 });
    expect(detectPeriodInTitle(lines(12, true))).toMatchObject({ kind: "year", year: 2022 });
    expect(detectPeriodInTitle(lines(13))).toBeNull();
    const long = (n: number) => `SỞ Y TẾ\n${filler(n, "Kết quả CCHC năm 2019")}\nKết quả CCHC năm 2022`;
    expect(detectPeriodInTitle(long(301))).toMatchObject({ kind: "year", year: 2022 });
    expect(detectPeriodInTitle(long(300))).toMatchObject({ kind: "year", year: 2019 });
  });

  it("without a BÁO CÁO line, a year on a line of its own is read", () => {
    expect(detectPeriodInTitle("SỞ Y TẾ\nKẾT QUẢ CẢI CÁCH\nNăm 2022")).toEqual({
      kind: "year",
      year: 2022,
      matched: "Năm 2022",
    });
  });

  it("only the first 8000 characters are searched for a title", () => {
    const preamble = (lines: number) => "Lời mở đầu.\n".repeat(lines);
    expect(preamble(700).length).toBeGreaterThan(8000);
    expect(detectPeriodInTitle(`${preamble(700)}BÁO CÁO\nCông tác CCHC năm 2022`)).toBeNull();
    expect(detectPeriodInTitle(`${preamble(600)}BÁO CÁO\nCông tác CCHC năm 2022`)).toMatchObject({
      year: 2022,
    });
  });

  it("bad input is no title", () => {
    expect(detectPeriodInTitle(undefined as unknown as string)).toBeNull();
    expect(detectPeriodInTitle(42 as unknown as string)).toBeNull();
    expect(detectPeriodInTitle("")).toBeNull();
  });
});

describe("the text shown as matched", () => {
  it("is the title as written, its spaces and line breaks collapsed", () => {
    expect(detectPeriodInTitle("BÁO CÁO\nCông tác CCHC quý  II   năm 2022")?.matched).toBe("quý II năm 2022");
    expect(detectPeriodInTitle("BÁO CÁO\nKẾT QUẢ CCHC\nQUÝ\n3 NĂM 2021")?.matched).toBe("QUÝ 3 NĂM 2021");
    expect(detectPeriodInTitle("BÁO CÁO\nKẾT QUẢ\nNĂM 2022")?.matched).toBe("NĂM 2022");
  });

  it("a title whose lower-casing changes its length still never reads the date line as a month", () => {
    // "İ" lower-cases to two code units: the match is then shown lower-cased
    const text = "UBND XÃ İA\nngày 15 tháng 6 năm 2022\nKết quả CCHC năm 2022";
    expect(detectPeriodInTitle(text)).toEqual({ kind: "year", year: 2022, matched: "cchc năm 2022" });
    expect(detectPeriodInTitle("BÁO CÁO\nCCHC xã İA quý II năm 2022")?.matched).toBe("quý ii năm 2022");
  });
});

describe("months", () => {
  it("month 0 is no month; months 1 and 12 are", () => {
    expect(detectPeriodInTitle("BÁO CÁO\nCông tác CCHC tháng 0/2022")).toBeNull();
    expect(detectPeriodInTitle("BÁO CÁO\nCông tác CCHC tháng 00/2022")).toBeNull();
    expect(detectPeriodInTitle("BÁO CÁO\nCông tác CCHC tháng 1/2022")).toMatchObject({
      kind: "month",
      index: 1,
    });
    expect(detectPeriodInTitle("BÁO CÁO\nCông tác CCHC tháng 12/2022")).toMatchObject({
      kind: "month",
      index: 12,
    });
  });
});

describe("a year's report naming its part without a year", () => {
  const title = (part: string) => `BÁO CÁO\nKết quả CCHC năm 2022 ${part}`;
  it.each([
    ["(6 tháng đầu)", { kind: "half-year", index: 1, matched: "CCHC năm 2022 … 6 tháng đầu" }],
    ["(6 tháng cuối)", { kind: "half-year", index: 2, matched: "CCHC năm 2022 … 6 tháng cuối" }],
    ["(sáu tháng cuối năm)", { kind: "half-year", index: 2, matched: "CCHC năm 2022 … sáu tháng cuối năm" }],
    ["(6  tháng  cuối  năm)", { kind: "half-year", index: 2, matched: "CCHC năm 2022 … 6 tháng cuối năm" }],
    ["(6tháng đầu năm)", { kind: "half-year", index: 1, matched: "CCHC năm 2022 … 6tháng đầu năm" }],
    ["(quý II)", { kind: "quarter", index: 2, matched: "CCHC năm 2022 … quý II" }],
    ["(quý 3)", { kind: "quarter", index: 3, matched: "CCHC năm 2022 … quý 3" }],
    ["(QUÝ  IV)", { kind: "quarter", index: 4, matched: "CCHC năm 2022 … QUÝ IV" }],
    ["quý II năm nay", { kind: "quarter", index: 2, matched: "CCHC năm 2022 … quý II" }],
    ["(9 tháng)", { kind: "nine-months", matched: "CCHC năm 2022 … 9 tháng" }],
    ["(9 tháng đầu)", { kind: "nine-months", matched: "CCHC năm 2022 … 9 tháng đầu" }],
    ["(chín tháng đầu năm)", { kind: "nine-months", matched: "CCHC năm 2022 … chín tháng đầu năm" }],
    ["(9  tháng  đầu  năm)", { kind: "nine-months", matched: "CCHC năm 2022 … 9 tháng đầu năm" }],
  ])("%s", (part, expected) => {
    expect(detectPeriodInTitle(title(part))).toEqual({ ...expected, year: 2022 });
  });

  it.each([
    "(6 tháng đầu/23)",
    "(6 tháng đầu 23)",
    "(quý II/22)",
    "(quý II/ 22)",
    "(quý II năm 22)",
    "(quý II năm22)",
    "(quý II - 22)",
    "(9 tháng/23)",
    "(9 tháng 23)",
  ])("a part followed by a number that is not a year is not read: %s", (part) => {
    expect(detectPeriodInTitle(title(part))).toEqual({ kind: "year", year: 2022, matched: "CCHC năm 2022" });
  });
});

describe("a window stated in the title", () => {
  it("is kept with the named period", () => {
    expect(detectPeriodInTitle("BÁO CÁO\nCCHC quý I/2020 (từ 01/12/2019 đến 29/02/2020)")).toEqual({
      kind: "quarter",
      year: 2020,
      index: 1,
      matched: "quý I/2020",
      window: { from: "2019-12-01", to: "2020-02-29", matched: "từ 01/12/2019 đến 29/02/2020" },
    });
  });

  it("alone is a custom period ending in its last year; a single day is a window", () => {
    expect(detectPeriodInTitle("BÁO CÁO\nCCHC tính từ ngày 15/12/2021 đến hết ngày 14/06/2022")).toEqual({
      kind: "custom",
      year: 2022,
      matched: "tính từ ngày 15/12/2021 đến hết ngày 14/06/2022",
      window: {
        from: "2021-12-15",
        to: "2022-06-14",
        matched: "tính từ ngày 15/12/2021 đến hết ngày 14/06/2022",
      },
    });
    expect(detectPeriodInTitle("BÁO CÁO\nCCHC từ 01/06/2022 đến 01/06/2022")?.window).toEqual({
      from: "2022-06-01",
      to: "2022-06-01",
      matched: "từ 01/06/2022 đến 01/06/2022",
    });
  });

  it("is ignored when a date is not a real date or the window runs backwards", () => {
    expect(detectPeriodInTitle("BÁO CÁO\nCCHC từ 30/02/2022 đến 31/05/2022")).toBeNull();
    expect(detectPeriodInTitle("BÁO CÁO\nCCHC từ 01/01/2022 đến 31/02/2022")).toBeNull();
    expect(detectPeriodInTitle("BÁO CÁO\nCCHC từ 31/05/2022 đến 01/01/2022")).toBeNull();
    expect(detectPeriodInTitle("BÁO CÁO\nCCHC từ 30/02/2022 đến 31/02/2022")).toBeNull();
    const q = detectPeriodInTitle("BÁO CÁO\nCCHC quý I/2020 (từ 31/02/2020 đến 29/02/2020)");
    expect(q).toEqual({ kind: "quarter", year: 2020, index: 1, matched: "quý I/2020" });
  });
});
