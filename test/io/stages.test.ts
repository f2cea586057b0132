/** The importer's stages, each alone: find the table, read records, read rows, match codes, place sub-rows. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_2022, indexCatalog } from "../../src/catalog/index.js";
import { type Block, matchCode, placeSubRow, readRows } from "../../src/io/appendix.js";
import {
  alignedColumns,
  cutColumns,
  findAppendixHeading,
  findTable,
  looksTabular,
  readRecords,
  splitQuoted,
} from "../../src/io/table.js";

const idx = indexCatalog(CATALOG_2022);
const lines = (s: string) => s.split("\n");

describe("stage 1: findTable", () => {
  it("finds the heading and a tab layout", () => {
    const t = findTable(lines("Lời văn.\nPhụ lục\n1.1.\tSố văn bản\tVăn bản\t15"));
    expect(t).toMatchObject({ headingLine: 1, start: 2, layout: "tsv", delimiter: "\t", quoted: false });
  });

  it("reads CSV only when the lines form a table, never prose with commas", () => {
    expect(
      findTable(lines("Mã,Chỉ tiêu,Đơn vị,Số liệu\n1.1,Số văn bản,Văn bản,15\n1.2,Tỷ lệ,%,37%")).layout,
    ).toBe("csv");
    expect(findTable(lines("1.1.;Số văn bản;Văn bản;15;")).delimiter).toBe(";");
    const prose =
      "Trong kỳ, Sở đã ban hành 12 văn bản, gồm: kế hoạch, quyết định.\nSở tiếp nhận 1.250 hồ sơ, đạt 96%, trễ 50.";
    expect(findTable(lines(prose))).toMatchObject({ layout: "none", codeLines: 0 });
  });

  it("finds columns aligned with spaces, or says coded lines are there without columns", () => {
    const aligned = "Phụ lục\n1.1.    Số văn bản     Văn bản    15\n1.2.    Tỷ lệ          %          37%";
    const t = findTable(lines(aligned));
    expect(t).toMatchObject({ headingLine: 0, layout: "aligned", columns: [0, 8, 23, 34] });
    const ragged = "1.1. Số văn bản 15\n1.2. Tỷ lệ 37%\n1.3. Kiểm tra 2";
    expect(findTable(lines(ragged))).toMatchObject({ layout: "none", codeLines: 3 });
  });

  it("the heading needs a table row within 40 lines; thousands of headings are one pass", () => {
    expect(findAppendixHeading(lines("Phụ lục\nlời văn"))).toBeNull();
    const many = [...Array.from({ length: 5000 }, () => "Phụ lục"), "1.1.\tA\tB\t1"];
    expect(findAppendixHeading(many)).toBe(4961);
  });

  it("looksTabular wants most records to be row-like", () => {
    const rec = (cells: string[]) => ({ line: 1, cells });
    expect(looksTabular([rec(["1.1", "a", "b", "1"]), rec(["", "- x", "c", "2"])])).toBe(true);
    expect(looksTabular([rec(["Trong kỳ", " Sở", " đạt"]), rec(["Sở", " tiếp nhận", " hồ sơ"])])).toBe(false);
    expect(looksTabular([])).toBe(false);
  });
});

describe("stage 2: readRecords", () => {
  it("cuts aligned lines at the column starts", () => {
    expect(cutColumns("1.1.    Số văn bản     Văn bản    15", [0, 8, 23, 34])).toEqual([
      "1.1.",
      "Số văn bản",
      "Văn bản",
      "15",
    ]);
    expect(cutColumns("        - Số nhiệm vụ", [0, 8, 23, 34])).toEqual(["", "- Số nhiệm vụ", "", ""]);
  });

  it("keeps line numbers across quoted newlines", () => {
    const recs = readRecords(lines('a,"b\nc",d\ne,f,g'), {
      headingLine: null,
      start: 0,
      layout: "csv",
      delimiter: ",",
      quoted: true,
      codeLines: 0,
    });
    expect(recs).toEqual([
      { line: 1, cells: ["a", "b\nc", "d"] },
      { line: 3, cells: ["e", "f", "g"] },
    ]);
  });

  it("CSV quoting round-trips any cells (property)", () => {
    const cell = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
          const text = rows.map((r) => r.map(q).join(",")).join("\n");
          expect(splitQuoted(text, ",", 1).map((r) => r.cells)).toEqual(rows);
        },
      ),
    );
  });

  it("aligned columns are found back from any padded table (property)", () => {
    const word = fc.stringMatching(/^[a-zđ]{1,6}( [a-zđ]{1,6})?$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), word, word, fc.nat(999)), {
          minLength: 2,
          maxLength: 8,
        }),
        (rows) => {
          const cells = rows.map(([c, n, u, v]) => [`1.${c}.`, n, u, String(v)]);
          const widths = [0, 1, 2, 3].map((j) => Math.max(...cells.map((r) => r[j]!.length)) + 2);
          const text = cells.map((r) => r.map((c, j) => (j < 3 ? c.padEnd(widths[j]!) : c)).join(""));
          const cols = alignedColumns(text);
          expect(cols).not.toBeNull();
          expect(text.map((l) => cutColumns(l, cols!))).toEqual(cells);
        },
      ),
    );
  });
});

describe("stage 3: readRows", () => {
  it("names columns from the header, joins continuations to the row above", () => {
    const rows = readRows([
      { line: 1, cells: ["Số liệu", "Mã", "Chỉ tiêu"] },
      { line: 2, cells: ["15", "1.1.", "Số văn bản chỉ đạo"] },
      { line: 3, cells: ["", "", "đã ban hành"] },
      { line: 4, cells: ["", "", "", "ghi chú rơi"] },
    ]);
    expect(rows.map((r) => r.kind)).toEqual(["header", "data", "continued-name", "continued-note"]);
    expect(rows[1]).toMatchObject({
      code: "1.1.",
      name: "Số văn bản chỉ đạo đã ban hành",
      value: "15",
      note: "ghi chú rơi",
    });
    expect(rows[2]?.of).toBe(1);
  });

  it("an aligned table of four columns is code, name, unit, value", () => {
    const rows = readRows([{ line: 1, cells: ["1.1.", "Số văn bản", "Văn bản", "15"] }], "aligned");
    expect(rows[0]).toMatchObject({ unit: "Văn bản", value: "15", note: "" });
  });
});

describe("stage 4: matchCode", () => {
  it("by printed code or id; by name when the code is unknown, used, or wrong", () => {
    expect(matchCode("1.2.", "Tỷ lệ hoàn thành Kế hoạch CCHC", idx, new Set())).toMatchObject({
      how: "code",
      row: { id: "1.2" },
    });
    expect(matchCode("1.2.a", "Số nhiệm vụ đề ra", idx, new Set())).toMatchObject({
      how: "code",
      row: { id: "1.2.a" },
    });
    expect(matchCode("9.9", "Số văn bản chỉ đạo CCHC đã ban hành", idx, new Set())).toMatchObject({
      how: "name",
      problem: "unknown-code",
      row: { id: "1.1" },
    });
    expect(matchCode("8.8", "Một dòng khác", idx, new Set())).toEqual({
      row: null,
      how: "unmatched",
      problem: "unknown-code",
    });
    expect(matchCode("1.1", "Số văn bản chỉ đạo CCHC đã ban hành", idx, new Set(["1.1"]))).toMatchObject({
      problem: "code-again",
    });
  });
});

describe("stage 5: placeSubRow", () => {
  const under = (parent: string | null, unknownCode: string | null = null): Block => ({
    parent,
    unknownCode,
  });
  it("places among the block's children by name, else by position", () => {
    expect(placeSubRow("- Số nhiệm vụ đã hoàn thành", under("1.2"), idx, new Set())).toMatchObject({
      row: { id: "1.2.b" },
      how: "position",
      byPosition: false,
    });
    expect(placeSubRow("- Một dòng lạ", under("1.2"), idx, new Set(["1.2.a"]))).toMatchObject({
      row: { id: "1.2.b" },
      byPosition: true,
    });
  });

  it("never into another row's children, never under an unknown code", () => {
    expect(
      placeSubRow("- Tổng số hồ sơ TTHC đã tiếp nhận", under("1.2"), idx, new Set(["1.2.a", "1.2.b"])).row,
    ).toBeNull();
    expect(placeSubRow("- Số nhiệm vụ đã hoàn thành", under(null, "7.7.3"), idx, new Set()).row).toBeNull();
  });
});

describe("stage 2: an overflowing aligned cell", () => {
  it("moves a cut that would split a word to the next wide gap", () => {
    expect(cutColumns("1.1.    Số văn bản chỉ đạo dài   Văn bản    15", [0, 8, 23, 34])).toEqual([
      "1.1.",
      "Số văn bản chỉ đạo dài",
      "Văn bản",
      "15",
    ]);
  });
});

describe("stage 1: a CSV appendix under a narrative", () => {
  it("finds the heading above CSV rows and reads only the rows as CSV", () => {
    const text = [
      "Trong kỳ, Sở đã ban hành 4 văn bản, gồm: kế hoạch, quyết định.",
      "Phụ lục",
      "Mã,Chỉ tiêu,Đơn vị tính,Số liệu,Ghi chú",
      "1.1,Số văn bản chỉ đạo CCHC đã ban hành,Văn bản,4,",
    ];
    expect(findTable(text)).toMatchObject({ headingLine: 1, layout: "csv", delimiter: ",", quoted: true });
  });
});

describe("stage 1: a CSV without a code column", () => {
  it("is still a table (header words, number cells), while prose stays prose", () => {
    const csv = [
      "Chỉ tiêu,Đơn vị tính,Số liệu",
      "Số văn bản chỉ đạo CCHC đã ban hành,Văn bản,15",
      "Số nhiệm vụ đề ra trong kế hoạch,Nhiệm vụ,27",
    ];
    expect(findTable(csv).layout).toBe("csv");
    const prose = [
      "Trong kỳ, Sở đã ban hành nhiều văn bản, đạt kết quả tốt.",
      "Sở tiếp nhận hồ sơ, giải quyết đúng hạn, không trễ.",
    ];
    expect(findTable(prose).layout).toBe("none");
  });
});

describe("stage 3: labels over sub-rows", () => {
  it("'Trong đó:' is a label, not a row that would take a child's place", () => {
    const rows = readRows([
      { line: 1, cells: ["1.3.1.", "Số cơ quan, đơn vị đã kiểm tra", "Cơ quan", "5", ""] },
      { line: 2, cells: ["", "Trong đó:", "", "", ""] },
      { line: 3, cells: ["", "- Số sở, ngành đã kiểm tra", "Cơ quan", "3", ""] },
    ]);
    expect(rows.map((r) => r.kind)).toEqual(["data", "header", "data"]);
  });
});
