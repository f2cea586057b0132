/** Stage 2 of the appendix importer: the records (cells per input line) of the table's body. */
import { describe, expect, it } from "vitest";
import { cutColumns, readRecords, splitQuoted, type TableLayout } from "../../src/io/table.js";

const cells = (text: string, delim = ",") => splitQuoted(text, delim, 1).map((r) => r.cells);
const layout = (over: Partial<TableLayout>): TableLayout => ({
  headingLine: null,
  start: 0,
  layout: "tsv",
  delimiter: "\t",
  quoted: false,
  codeLines: 0,
  ...over,
});

describe("cutColumns", () => {
  it("cuts inside a run of spaces, or just after one", () => {
    expect(cutColumns("AB    CD", [0, 3])).toEqual(["AB", "CD"]);
    expect(cutColumns("AB  CD  EF", [0, 3])).toEqual(["AB", "CD  EF"]);
    expect(cutColumns("AB  CD  EF", [0, 4])).toEqual(["AB", "CD  EF"]);
    expect(cutColumns("AB  CD  EF", [0, 2])).toEqual(["AB", "CD  EF"]);
  });

  it("moves a cut that falls in a cell, or on a single space, right to the next run of spaces", () => {
    expect(cutColumns("AB CD  EF", [0, 2])).toEqual(["AB CD", "EF"]);
    expect(cutColumns("ABCD  EF", [0, 2])).toEqual(["ABCD", "EF"]);
    expect(cutColumns("1.1.    Số văn bản chỉ đạo    Văn bản    15", [0, 8, 20, 41])).toEqual([
      "1.1.",
      "Số văn bản chỉ đạo",
      "Văn bản",
      "15",
    ]);
  });

  it("cuts at the column start when no run of spaces follows", () => {
    expect(cutColumns("1.1.  Tên rất dài", [0, 6, 10])).toEqual(["1.1.", "Tên", "rất dài"]);
  });

  it("gives empty cells past the line's end", () => {
    expect(cutColumns("1.1.    A", [0, 8, 20, 41])).toEqual(["1.1.", "A", "", ""]);
    expect(cutColumns("", [0, 8])).toEqual(["", ""]);
  });
});

describe("readRecords", () => {
  it("reads nothing for layout none", () => {
    expect(readRecords(["1.1. a 15"], layout({ layout: "none", delimiter: "" }))).toEqual([]);
  });

  it("numbers the records by their line in the whole text", () => {
    const lines = ["Phụ lục", "1.1.    Số văn bản    15", "", "1.2.    Tỷ lệ         37"];
    expect(
      readRecords(lines, layout({ start: 1, layout: "aligned", delimiter: "  ", columns: [0, 8, 22] })),
    ).toEqual([
      { line: 2, cells: ["1.1.", "Số văn bản", "15"] },
      { line: 3, cells: ["", "", ""] },
      { line: 4, cells: ["1.2.", "Tỷ lệ", "37"] },
    ]);
    expect(readRecords(["Phụ lục", "a\tb", "c\td"], layout({ start: 1 }))).toEqual([
      { line: 2, cells: ["a", "b"] },
      { line: 3, cells: ["c", "d"] },
    ]);
  });

  it("reads an aligned line without columns as one cell", () => {
    expect(readRecords(["  1.1.    A  "], layout({ layout: "aligned", delimiter: "  " }))).toEqual([
      { line: 1, cells: ["1.1.    A"] },
    ]);
  });

  it("keeps quotes as written when the layout does not read them", () => {
    const lines = ["Phụ lục", '1.1.\t"Số văn\tbản"\t15', '1.2.\t"a""b"\t16'];
    expect(readRecords(lines, layout({ start: 1 })).map((r) => r.cells)).toEqual([
      ["1.1.", '"Số văn', 'bản"', "15"],
      ["1.2.", '"a""b"', "16"],
    ]);
    expect(readRecords(lines, layout({ start: 1, quoted: true })).map((r) => r.cells)).toEqual([
      ["1.1.", "Số văn\tbản", "15"],
      ["1.2.", 'a"b', "16"],
    ]);
  });
});

describe("splitQuoted", () => {
  it("ends a record at LF, CRLF or a lone CR, and counts lines from firstLine", () => {
    expect(splitQuoted("a,b\nc,d", ",", 5)).toEqual([
      { line: 5, cells: ["a", "b"] },
      { line: 6, cells: ["c", "d"] },
    ]);
    expect(splitQuoted("a,b\r\nc,d\r\ne", ",", 1)).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["c", "d"] },
      { line: 3, cells: ["e"] },
    ]);
    expect(splitQuoted("a,b\rc,d", ",", 1)).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["c", "d"] },
    ]);
    expect(splitQuoted("a\n\nb", ",", 1)).toEqual([
      { line: 1, cells: ["a"] },
      { line: 2, cells: [""] },
      { line: 3, cells: ["b"] },
    ]);
    expect(splitQuoted("a\r\rb", ",", 1)).toEqual([
      { line: 1, cells: ["a"] },
      { line: 2, cells: [""] },
      { line: 3, cells: ["b"] },
    ]);
  });

  it("reads the last record with or without a final newline, and nothing from empty text", () => {
    expect(cells("a,b")).toEqual([["a", "b"]]);
    expect(cells("a,b\n")).toEqual([["a", "b"]]);
    expect(cells("x")).toEqual([["x"]]);
    expect(cells("a,")).toEqual([["a", ""]]);
    expect(cells("")).toEqual([]);
    expect(cells("\n")).toEqual([[""]]);
  });

  it("reads quoted fields holding the delimiter, newlines and escaped quotes", () => {
    expect(cells('"1,2",b;"x"";y"', ";")).toEqual([["1,2,b", 'x";y']]);
    expect(cells('"a\r\nb",c\nd')).toEqual([["a\r\nb", "c"], ["d"]]);
    expect(splitQuoted('"a\nb",c\nd', ",", 1).map((r) => r.line)).toEqual([1, 3]);
  });

  it("keeps a quote inside a cell as written", () => {
    expect(cells('a"b,c"d')).toEqual([['a"b', 'c"d']]);
    expect(cells('"a"b,c')).toEqual([["ab", "c"]]);
  });

  it("reads an unclosed quote to the end of the text", () => {
    expect(cells('a,"b,c\nd')).toEqual([["a", "b,c\nd"]]);
  });

  it("keeps at most 20 000 characters of a cell, quoted or not", () => {
    const long = "x".repeat(25_000);
    expect(cells(`${long},b`).map((r) => r.map((c) => c.length))).toEqual([[20_000, 1]]);
    expect(cells(`"${long}",b`).map((r) => r.map((c) => c.length))).toEqual([[20_000, 1]]);
    expect(cells(`"${'""'.repeat(25_000)}",b`).map((r) => r.map((c) => c.length))).toEqual([[20_000, 1]]);
    expect(cells(`"${"x".repeat(19_999)}"yz,b`)[0]?.[0]).toBe(`${"x".repeat(19_999)}y`);
  });
});
