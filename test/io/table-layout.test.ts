/** Stage 1 of the appendix importer: where the table is and how its cells are separated. */
import { describe, expect, it } from "vitest";
import {
  alignedColumns,
  csvDelimiter,
  findAppendixHeading,
  findTable,
  looksTabular,
  type RawRecord,
} from "../../src/io/table.js";

const rec = (...cells: string[]): RawRecord => ({ line: 1, cells });
const prose = (n: number) => Array.from({ length: n }, (_, i) => `Đoạn văn thứ ${i + 1} của báo cáo`);

describe("findAppendixHeading", () => {
  it("finds the heading written in capitals, without diacritics or after markdown marks", () => {
    for (const h of ["Phụ lục", "PHỤ LỤC I", "Phu luc", "## **Phụ lục**"]) {
      expect(findAppendixHeading(["Lời văn.", h, "1.1.\tSố văn bản\t15"])).toBe(1);
    }
  });

  it("takes a coded row with aligned columns or a coded CSV row as the table after it", () => {
    expect(findAppendixHeading(["Phụ lục", "1.1.    Số văn bản    15"])).toBe(0);
    expect(findAppendixHeading(["Phụ lục", '"1.1";Số văn bản;15'])).toBe(0);
    expect(findAppendixHeading(["Phụ lục", "1.1, Số văn bản, 15"])).toBe(0);
  });

  it("does not take prose with double spaces, or a coded line without wide gaps, as a table row", () => {
    expect(findAppendixHeading(["Phụ lục", "Sở đã ban hành  nhiều văn bản"])).toBeNull();
    expect(findAppendixHeading(["Phụ lục", "1.1. Số văn bản 15"])).toBeNull();
  });

  it("takes an aligned row of up to 1000 characters", () => {
    const row = (len: number) => `1.1.    Số văn bản    ${"x".repeat(len - 22)}`;
    expect(row(1000)).toHaveLength(1000);
    expect(findAppendixHeading(["Phụ lục", row(1000)])).toBe(0);
    expect(findAppendixHeading(["Phụ lục", row(1001)])).toBeNull();
  });

  it("ignores a heading line longer than 200 characters or holding a tab", () => {
    const long = (len: number) => `Phụ lục ${"x".repeat(len - 8)}`;
    expect(findAppendixHeading([long(200), "1.1.\tA\t15"])).toBe(0);
    expect(findAppendixHeading([long(201), "1.1.\tA\t15"])).toBeNull();
    expect(findAppendixHeading(["Phụ lục\tI", "1.1.\tA\t15"])).toBeNull();
  });

  it("needs the table within 40 lines of the heading", () => {
    expect(findAppendixHeading(["Phụ lục", ...prose(38), "1.1.\tA\t15"])).toBe(0);
    expect(findAppendixHeading(["Phụ lục", ...prose(39), "1.1.\tA\t15"])).toBeNull();
    expect(findAppendixHeading(["Phụ lục", "Phụ lục", ...prose(38), "1.1.\tA\t15"])).toBe(1);
  });
});

describe("csvDelimiter", () => {
  it("chooses the semicolon only when semicolons outnumber commas", () => {
    expect(csvDelimiter(["1.1;a;b", "1.2;c,d;e"])).toBe(";");
    expect(csvDelimiter(["1.1;a,b", "1.2;c,d"])).toBe(",");
    expect(csvDelimiter(["1.1;a;b,c,d"])).toBe(",");
    expect(csvDelimiter(["không có dấu phân cách"])).toBe(",");
    expect(csvDelimiter([])).toBe(",");
  });

  it("looks at the first 40 lines only", () => {
    const semis = "a;".repeat(40);
    expect(csvDelimiter([...Array(40).fill("a,b"), semis, semis])).toBe(",");
    expect(csvDelimiter([...Array(39).fill("a,b"), semis, semis])).toBe(";");
  });
});

describe("looksTabular", () => {
  it("takes a record starting with a blank cell, a code or a column title", () => {
    for (const first of ["", " ", "1.2", " 1.2.a ", "STT", "TT", "Mã", "Mã số", "Code", "ID", "Số TT"]) {
      expect(looksTabular([rec(first, "Số văn bản", "Văn bản")])).toBe(true);
    }
  });

  it("does not take a first cell that merely starts or ends like a column title", () => {
    for (const first of ["Valid", "Ideas", "Mã hóa", "Kết quả tt"]) {
      expect(looksTabular([rec(first, "Số văn bản", "Văn bản")])).toBe(false);
    }
  });

  it("takes a record holding a column title among its first eight cells", () => {
    expect(looksTabular([rec("Nội dung", "Đơn vị tính", "Số liệu")])).toBe(true);
    expect(looksTabular([rec("Tên", "a", "b", "c", "d", "e", "f", "Ghi chú")])).toBe(true);
    expect(looksTabular([rec("Tên", "a", "b", "c", "d", "e", "f", "g", "Ghi chú")])).toBe(false);
  });

  it("takes a column title of up to 30 characters", () => {
    expect(looksTabular([rec("Tên", "a", "Ghi chú".padEnd(30))])).toBe(true);
    expect(looksTabular([rec("Tên", "a", "Ghi chú".padEnd(31))])).toBe(false);
  });

  it("takes a record with a number alone in a later cell", () => {
    expect(looksTabular([rec("Số văn bản", "Văn bản", "15")])).toBe(true);
    expect(looksTabular([rec("Số văn bản", "Văn bản", " 37,03% ")])).toBe(true);
    expect(looksTabular([rec("Số văn bản", "1".repeat(30), "x")])).toBe(true);
    expect(looksTabular([rec("Số văn bản", "1".repeat(31), "x")])).toBe(false);
    // the first cell's number does not count
    expect(looksTabular([rec("1250", "Văn bản", "hồ sơ")])).toBe(false);
  });

  it("does not read a number after a first cell longer than 300 characters", () => {
    expect(looksTabular([rec("x".repeat(300), "a", "15")])).toBe(true);
    expect(looksTabular([rec("x".repeat(301), "a", "15")])).toBe(false);
  });

  it("wants three cells or more", () => {
    expect(looksTabular([rec("1.1", "15"), rec("1.2", "16")])).toBe(false);
  });

  it("wants at least half of the non-blank records row-like", () => {
    const row = rec("1.1", "a", "b");
    const text = rec("Trong kỳ", " Sở", " đạt");
    expect(looksTabular([row, text])).toBe(true);
    expect(looksTabular([row, text, text])).toBe(false);
    expect(looksTabular([row, rec(""), rec(" ", "  "), text])).toBe(true);
    expect(looksTabular([rec(""), rec(" ", " ")])).toBe(false);
  });
});

describe("alignedColumns", () => {
  it("finds a column after each gap of two spaces or more", () => {
    expect(alignedColumns(["1.1.    AAAA  BBBB  15", "1.2.    CCCC"])).toEqual([0, 8, 14, 20]);
  });

  it("accepts three to eight columns", () => {
    const row = (n: number, code: string) => [code, ..."ABCDEFGH".slice(0, n - 1)].join("    ");
    expect(alignedColumns([row(3, "1.1"), row(3, "1.2")])).toEqual([0, 7, 12]);
    expect(alignedColumns([row(8, "1.1"), row(8, "1.2")])).toHaveLength(8);
    expect(alignedColumns([row(9, "1.1"), row(9, "1.2")])).toBeNull();
    expect(alignedColumns([row(2, "1.1"), row(2, "1.2")])).toBeNull();
  });

  it("wants two rows, one of them coded", () => {
    expect(alignedColumns(["1.1.    Số văn bản    15"])).toBeNull();
    expect(alignedColumns(["Số văn bản    Văn bản    15", "Tỷ lệ    %    37%"])).toBeNull();
    expect(alignedColumns(["1.1.    Số văn bản    15", "Tỷ lệ     %         37%"])).toEqual([0, 8, 20]);
  });

  it("wants at least half of the non-blank lines to be rows; blank lines do not count", () => {
    const rows = ["1.1.    Số văn bản    15", "1.2.    Tỷ lệ         37"];
    expect(alignedColumns([...rows, "Ghi chú thêm.", "Người lập biểu."])).toEqual([0, 8, 22]);
    expect(alignedColumns([...rows, "Ghi chú thêm.", "Người lập biểu.", "Ký tên."])).toBeNull();
    expect(alignedColumns([...rows, "", "   ", "", "\t", "  "])).toEqual([0, 8, 22]);
  });

  it("ignores rows longer than 1000 characters", () => {
    const rows = ["1.1.    Số văn bản    15", "1.2.    Tỷ lệ         37"];
    const long = (len: number) => `1.3.${" ".repeat(26)}${"x".repeat(len - 30)}`;
    expect(alignedColumns([...rows, long(1000)])).toEqual([0, 8, 22, 30]);
    expect(alignedColumns([...rows, long(1001)])).toEqual([0, 8, 22]);
  });
});

describe("findTable", () => {
  it("takes the format's word for a TSV or CSV file", () => {
    const tsv = findTable(["Phụ lục", "1.1,a,b"], "tsv");
    expect(tsv).toEqual({
      headingLine: null,
      start: 0,
      layout: "tsv",
      delimiter: "\t",
      quoted: true,
      codeLines: 0,
    });
    const csv = findTable(["Phụ lục", "", "1.1;a;b", "1.2;c;d"], "csv");
    expect(csv).toEqual({
      headingLine: null,
      start: 0,
      layout: "csv",
      delimiter: ";",
      quoted: true,
      codeLines: 0,
    });
    expect(findTable(["1.1,a,b"], "csv").delimiter).toBe(",");
  });

  it("reads quotes in a file without a heading, not under a heading nor in text format", () => {
    const rows = ["1.1.\tSố văn bản\t15", "1.2.\tTỷ lệ\t37"];
    expect(findTable(rows)).toMatchObject({ layout: "tsv", quoted: true, headingLine: null });
    expect(findTable(rows, "auto").quoted).toBe(true);
    expect(findTable(rows, "text").quoted).toBe(false);
    expect(findTable(["Phụ lục", ...rows]).quoted).toBe(false);
  });

  it("reads a CSV body record by record", () => {
    const lines = ["Bảng số liệu, kèm theo", "1.1,Số văn bản,Văn bản", "1.2,Tỷ lệ,phần trăm"];
    expect(findTable(lines)).toEqual({
      headingLine: null,
      start: 0,
      layout: "csv",
      delimiter: ",",
      quoted: true,
      codeLines: 0,
    });
  });

  it("describes aligned columns, read without quotes", () => {
    const lines = [
      "Phụ lục",
      "1.1.    Số văn bản    15",
      "1.2.    Tỷ lệ         37",
      "Ghi chú.",
      "Lập biểu.",
    ];
    expect(findTable(lines, "text")).toEqual({
      headingLine: 0,
      start: 1,
      layout: "aligned",
      delimiter: "  ",
      quoted: false,
      columns: [0, 8, 22],
      codeLines: 0,
    });
  });

  it("counts the coded lines of a table whose columns it cannot find", () => {
    const lines = [
      "Các chỉ tiêu:",
      "1.1. Số văn bản 15",
      "Giải trình thêm",
      "1.2. Tỷ lệ 37%",
      `1.3. ${"x".repeat(995)}`,
    ];
    expect(findTable(lines)).toEqual({
      headingLine: null,
      start: 0,
      layout: "none",
      delimiter: "",
      quoted: true,
      codeLines: 3,
    });
    expect(findTable([...lines, `1.4. ${"x".repeat(996)}`]).codeLines).toBe(3);
  });

  it("decides from the first 400 non-blank lines", () => {
    const tab = "1.1.\tSố văn bản\t15";
    expect(findTable([...prose(399), tab]).layout).toBe("tsv");
    expect(findTable([...prose(400), tab]).layout).toBe("none");
    expect(findTable([...prose(399), ...Array(20).fill("  "), tab]).layout).toBe("tsv");
  });

  it("looks at the first 20 000 characters of a line", () => {
    expect(findTable([`${"x".repeat(19_999)}\t15`]).layout).toBe("tsv");
    expect(findTable([`${"x".repeat(20_000)}\t15`]).layout).toBe("none");
  });
});
