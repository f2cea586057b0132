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

describe("stage 3: readRows, the columns", () => {
  const rec = (line: number, ...cells: string[]) => ({ line, cells });

  it("takes the roles a header does not name from the default order, in the columns it leaves free", () => {
    const rows = readRows([
      rec(1, "Mã", "Chỉ tiêu", "Số liệu"),
      rec(2, "1.1.", "Số văn bản chỉ đạo", "15", "Văn bản", "ghi chú"),
    ]);
    expect(rows[1]).toMatchObject({ code: "1.1.", name: "Số văn bản chỉ đạo", value: "15", unit: "Văn bản" });
    expect(rows[1]?.note).toBe("ghi chú");
  });

  it("an unnamed first column (a bare STT) is the code", () => {
    const rows = readRows([
      rec(1, "", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"),
      rec(2, "1.1.", "Số văn bản chỉ đạo", "Văn bản", "15", "ghi chú"),
    ]);
    expect(rows[1]).toMatchObject({ code: "1.1.", name: "Số văn bản chỉ đạo", unit: "Văn bản", value: "15" });
  });

  it("fills a hole the header leaves between named columns", () => {
    const rows = readRows([
      rec(1, "Mã", "Chỉ tiêu", "", "Số liệu"),
      rec(2, "1.1.", "Số văn bản chỉ đạo", "Văn bản", "15", "ghi chú"),
    ]);
    expect(rows[1]).toMatchObject({ unit: "Văn bản", value: "15", note: "ghi chú" });
  });

  it("reads a column the header names beyond the first data row's cells in the longer rows", () => {
    const rows = readRows([
      rec(1, "Chỉ tiêu", "Số liệu", "Ghi chú", "Mã"),
      rec(2, "Số văn bản chỉ đạo CCHC đã ban hành", "15", ""),
      rec(3, "Tỷ lệ hoàn thành Kế hoạch CCHC", "37%", "", "1.2."),
    ]);
    expect(rows[2]).toMatchObject({
      code: "1.2.",
      name: "Tỷ lệ hoàn thành Kế hoạch CCHC",
      value: "37%",
      note: "",
    });
  });

  it("a column named twice keeps its first place (in one header row or across two)", () => {
    const one = readRows([
      rec(1, "Mã", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Số liệu kỳ trước"),
      rec(2, "1.1.", "Số văn bản", "Văn bản", "15", "12"),
    ]);
    expect(one[1]).toMatchObject({ value: "15", note: "12" });
    const two = readRows([
      rec(1, "STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"),
      rec(2, "", "", "", "", "Số liệu kỳ trước"),
      rec(3, "1.1.", "Số văn bản", "Văn bản", "15", "12"),
    ]);
    expect(two[2]).toMatchObject({ value: "15", note: "12" });
  });

  it("one named column is not enough to reorder the columns", () => {
    const rows = readRows([rec(1, "Ghi chú", "", ""), rec(2, "1.1.", "Số văn bản", "Văn bản", "15")]);
    expect(rows.map((r) => r.kind)).toEqual(["header", "data"]);
    expect(rows[1]).toMatchObject({
      code: "1.1.",
      name: "Số văn bản",
      unit: "Văn bản",
      value: "15",
      note: "",
    });
  });

  it("two named columns are enough", () => {
    const rows = readRows([rec(1, "Số liệu", "Mã", "x"), rec(2, "15", "1.1.", "Số văn bản")]);
    expect(rows[1]).toMatchObject({ code: "1.1.", name: "Số văn bản", value: "15" });
  });

  it("a short title line before the table is a header, never the column header", () => {
    const rows = readRows([
      rec(1, "Mã", "Số liệu"),
      rec(2, "Biểu số 01", "6 tháng"),
      rec(3, "1.1.", "Số văn bản", "Văn bản", "15"),
    ]);
    expect(rows.map((r) => r.kind)).toEqual(["header", "header", "data"]);
    expect(rows[2]).toMatchObject({ code: "1.1.", name: "Số văn bản", unit: "Văn bản", value: "15" });
  });

  it("a first row whose name holds header words but starts with a code is data", () => {
    const rows = readRows([rec(1, "4.2.", "Số liệu về biên chế công chức", "", "")]);
    expect(rows[0]).toMatchObject({ kind: "data", code: "4.2.", name: "Số liệu về biên chế công chức" });
  });

  it("gives a header row its cells as written, HTML removed, the rest joined as its note", () => {
    const rows = readRows([
      rec(1, "Phụ lục số 1"),
      rec(2, "STT", "Chỉ tiêu <i>(trong kỳ)</i>", " Đơn vị tính ", "Số liệu", "Ghi chú", "", " khác ", ""),
    ]);
    expect(rows).toEqual([
      { line: 1, kind: "header", code: "Phụ lục số 1", name: "", unit: "", value: "", note: "", html: false },
      {
        line: 2,
        kind: "header",
        code: "STT",
        name: "Chỉ tiêu (trong kỳ)",
        unit: "Đơn vị tính",
        value: "Số liệu",
        note: "Ghi chú khác",
        html: false,
      },
    ]);
  });

  it("an aligned table of three columns is code, name, value; a tab table of three is code, name, unit", () => {
    const cells = ["1.1.", "Số văn bản", "15"];
    expect(readRows([rec(1, ...cells)], "aligned")[0]).toMatchObject({
      code: "1.1.",
      name: "Số văn bản",
      unit: "",
      value: "15",
    });
    expect(readRows([rec(1, ...cells)], "tsv")[0]).toMatchObject({ unit: "15", value: "" });
    expect(readRows([rec(1, ...cells)])[0]).toMatchObject({ unit: "15", value: "" });
  });

  it("keeps the cells beyond the columns in the note, blanks left out", () => {
    const rows = readRows([
      rec(1, "1.1.", "Số văn bản", "Văn bản", "15", "ghi chú", "", "thêm"),
      rec(2, "1.2.", "Tỷ lệ", "%", "37%", "", "", "chỉ thêm"),
      rec(3, "1.3.", "Kiểm tra", "", "", "", "", ""),
    ]);
    expect(rows.map((r) => r.note)).toEqual(["ghi chú thêm", "chỉ thêm", ""]);
  });

  it("trims cells, removes HTML and says which rows had it", () => {
    const rows = readRows([
      rec(1, " 1.1. ", " Số văn bản ", " Văn bản ", " 15 ", ""),
      rec(2, "1.2.", "Tỷ lệ <b> hoàn thành </b>", "%", "<p> 37% </p>", ""),
      rec(3, "1.3.", "Kiểm tra & giám sát", "", "", "a < b"),
    ]);
    expect(rows[0]).toMatchObject({
      code: "1.1.",
      name: "Số văn bản",
      unit: "Văn bản",
      value: "15",
      html: false,
    });
    expect(rows[1]).toMatchObject({ name: "Tỷ lệ hoàn thành", value: "37%", html: true });
    expect(rows[2]).toMatchObject({ name: "Kiểm tra & giám sát", note: "a < b", html: false });
  });

  it("skips blank records (HTML tags alone are blank) and cuts a cell at 20 000 characters", () => {
    const rows = readRows([
      rec(1, " ", "", "\t"),
      rec(3, "", "<p></p>", " <br> ", "", ""),
      rec(2, "1.1.", "Số văn bản", "Văn bản", "15", "x".repeat(25_000)),
    ]);
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(rows[0]?.note.length).toBe(20_000);
  });
});

describe("stage 3: readRows, continuations and labels", () => {
  const rec = (line: number, ...cells: string[]) => ({ line, cells });
  const first = rec(1, "1.1.", "Số văn bản chỉ đạo", "Văn bản", "15", "");
  const kindAfterFirst = (...cells: string[]) => readRows([first, rec(2, ...cells)])[1]?.kind;

  it("a lone note continues the row above; a note beside any other cell is a row of its own", () => {
    expect(kindAfterFirst("", "", "", "", "ghi chú")).toBe("continued-note");
    expect(kindAfterFirst("1.2.", "", "", "", "ghi chú")).toBe("data");
    expect(kindAfterFirst("", "Số nhiệm vụ", "", "", "ghi chú")).toBe("data");
    expect(kindAfterFirst("", "", "Nhiệm vụ", "", "ghi chú")).toBe("data");
    expect(kindAfterFirst("", "", "", "5", "ghi chú")).toBe("data");
  });

  it("a lone lower-case name continues the row above; with any other cell, or upper-case, it is a row", () => {
    expect(kindAfterFirst("", "đã ban hành", "", "", "")).toBe("continued-name");
    expect(kindAfterFirst("1.2.", "đã ban hành", "", "", "")).toBe("data");
    expect(kindAfterFirst("", "đã ban hành", "Văn bản", "", "")).toBe("data");
    expect(kindAfterFirst("", "đã ban hành", "", "5", "")).toBe("data");
    expect(kindAfterFirst("", "đã ban hành", "", "", "ghi chú")).toBe("data");
    expect(kindAfterFirst("", "Số văn bản đã ban hành", "", "", "")).toBe("data");
  });

  it("a label is a header only when it stands alone", () => {
    expect(kindAfterFirst("", "Trong đó:", "", "", "")).toBe("header");
    expect(kindAfterFirst("", "- Bao gồm:", "", "", "")).toBe("header");
    expect(kindAfterFirst("1.2.", "Trong đó:", "", "", "")).toBe("data");
    expect(kindAfterFirst("", "Trong đó:", "Văn bản", "", "")).toBe("data");
    expect(kindAfterFirst("", "Trong đó:", "", "5", "")).toBe("data");
    expect(kindAfterFirst("", "Trong đó:", "", "", "ghi chú")).toBe("data");
  });

  it("nothing continues before the first data row; a one-cell line there is a header", () => {
    const rows = readRows([
      rec(1, "", "Trong đó:", "", ""),
      rec(2, "Bảng 2"),
      rec(3, "", "", "", "", "ghi chú"),
      rec(4, "1.1.", "Số văn bản"),
      rec(5, "Tổng"),
    ]);
    expect(rows.map((r) => r.kind)).toEqual(["header", "header", "data", "data", "data"]);
    expect(rows[4]).toMatchObject({ code: "Tổng", name: "" });
    expect(readRows([rec(1, "", "Trong đó:", "", ""), rec(2, "1.1.", "Số văn bản")])[1]?.kind).toBe("data");
  });

  it("joins a continuation up to 20 000 characters, then marks the row clipped", () => {
    const a = "a".repeat(9_999);
    const exact = readRows([
      rec(1, "1.1.", "Số văn bản", "Văn bản", "15", a),
      rec(2, "", "", "", "", "b".repeat(10_000)),
    ]);
    expect(exact[0]?.note.length).toBe(20_000);
    expect(exact[0]?.clipped).toBeUndefined();
    const over = readRows([
      rec(1, "1.1.", "Số văn bản", "Văn bản", "15", a),
      rec(2, "", "", "", "", "b".repeat(10_001)),
    ]);
    expect(over[0]?.note).toBe(`${a} ${"b".repeat(10_000)}`);
    expect(over[0]?.clipped).toBe(true);
    const full = readRows([
      rec(1, "1.1.", "Số văn bản", "Văn bản", "15", "a".repeat(20_000)),
      rec(2, "", "", "", "", "b"),
    ]);
    expect(full[0]?.note).toBe("a".repeat(20_000));
    expect(full[0]?.clipped).toBe(true);
  });
});

describe("stage 4: matchCode, each outcome", () => {
  const HDND = "Số VBQPPL đã tham mưu HĐND tỉnh ban hành";
  const UBND = "Số VBQPPL đã tham mưu UBND tỉnh ban hành";

  it("a printed code shared by two rows goes to the one its name fits", () => {
    expect(matchCode("2.1.1", HDND, idx, new Set())).toEqual({ row: idx.byId.get("2.1.1"), how: "code" });
    expect(matchCode("2.1.1", UBND, idx, new Set())).toEqual({
      row: idx.byId.get("2.1.2"),
      how: "name",
      problem: "duplicate-code",
    });
    expect(matchCode("2.1.1", UBND, idx, new Set(["2.1.1"]))).toEqual({
      row: idx.byId.get("2.1.2"),
      how: "name",
      problem: "duplicate-code",
    });
    // no name: the first row of the code; a row whose code was taken by its twin is still said
    expect(matchCode("2.1.1", "", idx, new Set())).toEqual({ row: idx.byId.get("2.1.1"), how: "code" });
    expect(matchCode("2.1.1", HDND, idx, new Set(["2.1.2"]))).toEqual({
      row: idx.byId.get("2.1.1"),
      how: "name",
      problem: "duplicate-code",
    });
    expect(matchCode("2.1.1", "", idx, new Set(["2.1.1"]))).toEqual({
      row: idx.byId.get("2.1.2"),
      how: "name",
      problem: "duplicate-code",
    });
  });

  it("a code whose name clearly belongs to another row goes to that row", () => {
    expect(matchCode("2.2.", "Số văn bản chỉ đạo CCHC đã ban hành", idx, new Set())).toEqual({
      row: idx.byId.get("1.1"),
      how: "name",
      problem: "wrong-code",
    });
    expect(matchCode("2.2.", "Số nhiệm vụ đã hoàn thành", idx, new Set())).toMatchObject({
      row: { id: "1.2.b" },
      problem: "wrong-code",
    });
    // a name close to no row keeps its code
    expect(matchCode("3.4.1", "Một dòng hoàn toàn khác", idx, new Set())).toMatchObject({
      how: "code",
      row: { id: "3.4.1" },
    });
    // a name that fits its code a little keeps it too
    expect(matchCode("1.1", "Số văn bản chỉ đạo", idx, new Set())).toMatchObject({
      how: "code",
      row: { id: "1.1" },
    });
  });

  it("a code used again goes by name to any free row, coded or not, else nowhere", () => {
    expect(matchCode("1.2.a", "Số nhiệm vụ đã hoàn thành", idx, new Set(["1.2.a"]))).toEqual({
      row: idx.byId.get("1.2.b"),
      how: "name",
      problem: "code-again",
    });
    expect(matchCode("1.1", "Một dòng hoàn toàn khác", idx, new Set(["1.1"]))).toEqual({
      row: null,
      how: "unmatched",
      problem: "code-again",
    });
  });

  it("an unknown code or a cell that is not a code goes by name to a coded row only", () => {
    expect(matchCode("9.9", "Số nhiệm vụ đề ra trong kế hoạch", idx, new Set())).toEqual({
      row: null,
      how: "unmatched",
      problem: "unknown-code",
    });
    expect(matchCode("a)", "Số văn bản chỉ đạo CCHC đã ban hành", idx, new Set())).toEqual({
      row: idx.byId.get("1.1"),
      how: "name",
      problem: "not-a-code",
    });
    expect(matchCode("a)", "Số nhiệm vụ đề ra trong kế hoạch", idx, new Set())).toEqual({
      row: null,
      how: "unmatched",
      problem: "not-a-code",
    });
  });

  it("by name, the first template row of equal likeness wins, and a used row is skipped", () => {
    // 3.2.1.a and 3.2.2.a share their name
    const same = "Số quyết định phê duyệt QTNB";
    expect(matchCode("1.1", same, idx, new Set(["1.1"]))).toMatchObject({ row: { id: "3.2.1.a" } });
    expect(matchCode("1.1", same, idx, new Set(["1.1", "3.2.1.a"]))).toMatchObject({
      row: { id: "3.2.2.a" },
    });
    expect(matchCode("9.9", "Số văn bản chỉ đạo CCHC đã ban hành", idx, new Set(["1.1"]))).toMatchObject({
      row: null,
    });
  });

  it("a row printed with a code other than its id is found by that code", () => {
    const rows = CATALOG_2022.rows.map((r) => (r.id === "1.1" ? { ...r, code: "1.9." } : r));
    const custom = indexCatalog({ ...CATALOG_2022, rows });
    expect(matchCode("1.9", "Số văn bản chỉ đạo CCHC đã ban hành", custom, new Set())).toMatchObject({
      how: "code",
      row: { id: "1.1" },
    });
  });

  it("remembers a name's row only while no row is taken, and per name", () => {
    const memo = new Map<
      string,
      { size: number; row: import("../../src/catalog/index.js").CatalogRow | null }
    >();
    const used = new Set<string>();
    expect(matchCode("8.8", "Một dòng hoàn toàn khác", idx, used, memo).row).toBeNull();
    expect(matchCode("9.9", "Số văn bản chỉ đạo CCHC đã ban hành", idx, used, memo).row?.id).toBe("1.1");
    used.add("1.1");
    expect(matchCode("9.9", "Số văn bản chỉ đạo CCHC đã ban hành", idx, used, memo).row).toBeNull();
  });
});

describe("stage 5: placeSubRow, each outcome", () => {
  const under = (parent: string | null, unknownCode: string | null = null): Block => ({
    parent,
    unknownCode,
  });
  const none = { row: null, how: "unmatched", byPosition: false };

  it("by name among the block's children, then by a coded row's name, then by position", () => {
    expect(placeSubRow("- Số nhiệm vụ đã hoàn thành", under("1.2"), idx, new Set())).toEqual({
      row: idx.byId.get("1.2.b"),
      how: "position",
      byPosition: false,
    });
    expect(
      placeSubRow("- Số văn bản chỉ đạo CCHC đã ban hành", under("1.2"), idx, new Set(["1.2.a", "1.2.b"])),
    ).toEqual({
      row: idx.byId.get("1.1"),
      how: "name",
      byPosition: false,
    });
    expect(placeSubRow("- Một dòng lạ", under("1.2"), idx, new Set())).toEqual({
      row: idx.byId.get("1.2.a"),
      how: "position",
      byPosition: true,
    });
  });

  it("nowhere when the block is unknown, when nothing fits, or when the row has no name", () => {
    expect(placeSubRow("Số văn bản chỉ đạo CCHC đã ban hành", under(null, "7.7.3"), idx, new Set())).toEqual(
      none,
    );
    expect(placeSubRow("- Một dòng lạ", under(null), idx, new Set())).toEqual(none);
    expect(placeSubRow("- ", under("1.2"), idx, new Set())).toEqual(none);
  });
});
