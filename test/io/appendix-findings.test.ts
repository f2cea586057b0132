/**
 * importAppendix: what each import finding says (rule, severity, code, both messages, excerpt), when it
 * fires and when it must not, and where rows go around it.
 */
import { describe, expect, it } from "vitest";
import { importAppendixLines } from "../../src/io/appendix.js";
import { importAppendix } from "../../src/io/index.js";

type Result = ReturnType<typeof importAppendix>;
const rules = (r: Result) => r.findings.map((f) => f.rule);
const only = (r: Result, rule: string) => r.findings.filter((f) => f.rule === rule);
const table = (...rows: string[]) => ["Phụ lục", ...rows].join("\n");
/** An import finding as the user sees it (vi is the default language of `message`). */
const finding = (
  rule: string,
  severity: "info" | "warning",
  code: string | null,
  vi: string,
  en: string,
  excerpt?: string,
) => ({
  rule,
  severity,
  code,
  codes: code === null ? [] : [code],
  message: vi,
  messages: { vi, en },
  source: "import",
  ...(excerpt === undefined ? {} : { excerpt }),
});

const R11 = "1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t15\t";
const R12 = "1.2.\tTỷ lệ hoàn thành Kế hoạch CCHC (lũy kế đến thời điểm báo cáo)\t%\t37,03%\t";

describe("importAppendix: no input", () => {
  it("an empty or non-string text is one `import.no-rows` finding and an empty result", () => {
    for (const text of ["", undefined as unknown as string, 42 as unknown as string]) {
      const r = importAppendix(text);
      expect(r.findings).toStrictEqual([
        finding("import.no-rows", "warning", null, "không có dòng số liệu nào", "no data rows found"),
      ]);
      expect(r).toMatchObject({
        values: {},
        rows: [],
        delimiter: "\t",
        headingLine: null,
        layout: "none",
        counts: { rowsRead: 0, matched: 0, unmatched: 0 },
      });
    }
    expect(importAppendixLines("").lines).toEqual([]);
  });

  it("speaks English when asked", () => {
    expect(importAppendix("", { lang: "en" }).findings[0]?.message).toBe("no data rows found");
    expect(importAppendix(table("8.8\tMột dòng\tCái\t7\t"), { lang: "en" }).findings.at(-1)?.message).toBe(
      "no row matched the appendix template",
    );
  });

  it("text where no row matched says so; a table that matched a row does not", () => {
    const r = importAppendix("Trong kỳ, Sở đã ban hành 4 văn bản.\nKhông có phụ lục.");
    expect(r.findings).toStrictEqual([
      finding(
        "import.no-rows",
        "warning",
        null,
        "không có dòng số liệu nào khớp mẫu phụ lục",
        "no row matched the appendix template",
      ),
    ]);
    expect(r.delimiter).toBe("\t");
    expect(r.layout).toBe("none");
    expect(rules(importAppendix(table(R11)))).toEqual([]);
  });
});

describe("importAppendix: the text read", () => {
  it("drops a byte-order mark and hands back the lines as read", () => {
    const { result, lines } = importAppendixLines(`\uFEFF${table(R11)}`);
    expect(lines[0]).toBe("Phụ lục");
    expect(result.headingLine).toBe(0);
    expect(result.values["1.1"]?.raw).toBe("15");
  });

  it("reads up to maxChars, and says so only when the text is longer", () => {
    const text = table(R11, R12);
    expect(rules(importAppendix(text, { maxChars: text.length }))).not.toContain("import.truncated");
    const cut = table(R11).length + 1;
    const r = importAppendix(text, { maxChars: cut });
    expect(r.values["1.1"]?.raw).toBe("15");
    expect(r.values["1.2"]).toBeUndefined();
    expect(only(r, "import.truncated")).toStrictEqual([
      finding(
        "import.truncated",
        "warning",
        null,
        `văn bản dài ${text.length} ký tự, quá giới hạn ${cut}; phần sau bị bỏ qua (tăng maxChars để đọc hết)`,
        `the text has ${text.length} characters, more than the limit ${cut}; the rest was ignored (raise maxChars to read it all)`,
      ),
    ]);
  });

  it("coded lines without columns: one `import.columns-not-found` from three lines on, instead of no-rows", () => {
    const lines = [
      "1.1. Số văn bản chỉ đạo CCHC đã ban hành: 15 văn bản",
      "1.2. Tỷ lệ hoàn thành Kế hoạch CCHC 37,03%",
      "1.3. Kiểm tra công tác CCHC đã làm",
    ];
    const three = importAppendix(table(...lines));
    expect(three.layout).toBe("none");
    expect(three.findings).toStrictEqual([
      finding(
        "import.columns-not-found",
        "warning",
        null,
        "có 3 dòng bắt đầu bằng mã chỉ tiêu nhưng không tách được cột (không có tab, dấu phân cách hay cột thẳng hàng); phụ lục chưa được nhập — hãy lưu bảng dạng TSV/CSV",
        "3 lines start with an indicator code but their columns could not be found (no tabs, delimiter or aligned columns); the appendix was not imported — save the table as TSV/CSV",
      ),
    ]);
    expect(rules(importAppendix(table(...lines.slice(0, 2))))).toEqual(["import.no-rows"]);
    // a table with columns never gets it
    expect(rules(importAppendix(table(R11, R12, "1.3.\tKiểm tra công tác CCHC\t\t\t")))).toEqual([]);
  });
});

describe("importAppendix: codes", () => {
  it("an unknown code matching no name is kept as a block with its sub-rows, in one finding", () => {
    const r = importAppendix(
      table(
        "8.8\tMột dòng hoàn toàn khác\tCái\t7\t",
        "\t- Dòng con một\tCái\t1\t",
        "\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t3\t",
        R12,
        "9.9.\tMột dòng khác nữa\tCái\t1\t",
      ),
    );
    expect(r.rows.map((x) => x.how)).toEqual(["unmatched", "unmatched", "unmatched", "code", "unmatched"]);
    expect(Object.keys(r.values)).toEqual(["1.2"]);
    expect(r.counts).toEqual({ rowsRead: 5, matched: 1, unmatched: 4 });
    expect(r.findings).toStrictEqual([
      finding(
        "import.unknown-code",
        "warning",
        null,
        'dòng 2: mã "8.8" không có trong mẫu phụ lục 2022; dòng này và 2 dòng con của nó (dòng 3–4) chưa được nhập',
        'line 2: code "8.8" is not in appendix template 2022; the row and its 2 sub-rows (lines 3–4) not imported',
        "Một dòng hoàn toàn khác",
      ),
      finding(
        "import.unknown-code",
        "warning",
        null,
        'dòng 6: mã "9.9." không có trong mẫu phụ lục 2022; dòng này chưa được nhập',
        'line 6: code "9.9." is not in appendix template 2022; the row not imported',
        "Một dòng khác nữa",
      ),
    ]);
  });

  it("an unknown code whose name matches is taken by name, in two findings", () => {
    const r = importAppendix(table("9.9.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t4\t"));
    expect(r.values["1.1"]).toEqual({ raw: "4" });
    expect(r.findings).toStrictEqual([
      finding(
        "import.unknown-code",
        "warning",
        null,
        'dòng 2: mã "9.9." không có trong mẫu phụ lục 2022',
        'line 2: code "9.9." is not in appendix template 2022',
        "Số văn bản chỉ đạo CCHC đã ban hành",
      ),
      finding(
        "import.matched-by-name",
        "warning",
        "1.1",
        'dòng 2 (mã không có trong mẫu): nhận là 1.1 theo tên "Số văn bản chỉ đạo CCHC đã ban hành"',
        'line 2 (unknown code): taken as 1.1 by its name "Reform directives issued"',
        "Số văn bản chỉ đạo CCHC đã ban hành",
      ),
    ]);
  });

  it("by name, the closest row wins over an earlier close one", () => {
    const r = importAppendix(
      table(
        "9.9.\tTỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn\t%\t98%\t",
        "9.8.\tSố TTHC đang cung cấp trực tuyến mức độ 4\tThủ tục\t12\t",
      ),
    );
    expect(r.values).toEqual({ "3.4.3": { raw: "98%" } });
    const again = importAppendix(
      table(R11, "1.1.\tSố TTHC đang cung cấp trực tuyến mức độ 4\tThủ tục\t12\t"),
    );
    expect(again.values["7.7.2.b"]).toEqual({ raw: "12" });
  });

  it("a printed code shared by two rows: the second goes by name, in one finding", () => {
    const r = importAppendix(
      table(
        "2.1.1\t- Số VBQPPL đã tham mưu HĐND tỉnh ban hành\tVăn bản\t2\t",
        "2.1.1\t- Số VBQPPL đã tham mưu UBND tỉnh ban hành\tVăn bản\t0\t",
      ),
    );
    expect(r.rows.map((x) => [x.matchedId, x.how])).toEqual([
      ["2.1.1", "code"],
      ["2.1.2", "name"],
    ]);
    expect(r.findings).toStrictEqual([
      finding(
        "import.duplicate-code",
        "warning",
        "2.1.2",
        "dòng 3: mã 2.1.1 đã dùng cho dòng khác; theo tên, dòng này là 2.1.2",
        "line 3: code 2.1.1 is used twice; by its name this row is 2.1.2",
        "- Số VBQPPL đã tham mưu UBND tỉnh ban hành",
      ),
    ]);
  });

  it("a code used again goes by name when it can, else stays unmatched", () => {
    const byName = importAppendix(
      table(
        "1.2.a\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t27\t",
        "1.2.a\tSố nhiệm vụ đã hoàn thành\tNhiệm vụ\t10\t",
      ),
    );
    expect(byName.values).toEqual({ "1.2.a": { raw: "27" }, "1.2.b": { raw: "10" } });
    expect(byName.findings).toStrictEqual([
      finding(
        "import.duplicate-code",
        "warning",
        "1.2.a",
        "dòng 3: mã 1.2.a xuất hiện lần nữa",
        "line 3: code 1.2.a appears again",
        "Số nhiệm vụ đã hoàn thành",
      ),
      finding(
        "import.matched-by-name",
        "warning",
        "1.2.b",
        'dòng 3 (mã trùng): nhận là 1.2.b theo tên "Số nhiệm vụ đã hoàn thành"',
        'line 3 (duplicate code): taken as 1.2.b by its name "Tasks completed"',
        "Số nhiệm vụ đã hoàn thành",
      ),
    ]);
    const unmatched = importAppendix(table(R11, "1.1.\tMột dòng khác\tVăn bản\t16\t"));
    expect(unmatched.values).toEqual({ "1.1": { raw: "15" } });
    expect(unmatched.findings).toStrictEqual([
      finding(
        "import.duplicate-code",
        "warning",
        "1.1",
        "dòng 3: mã 1.1 xuất hiện lần nữa",
        "line 3: code 1.1 appears again",
        "Một dòng khác",
      ),
      finding(
        "import.unmatched-row",
        "warning",
        null,
        'dòng 3: không xác định được chỉ tiêu; giá trị "16" chưa được nhập',
        'line 3: no indicator found; value "16" not imported',
        "1.1. Một dòng khác",
      ),
    ]);
  });

  it("the sub-rows of a coded row left unmatched are not placed under the row before it", () => {
    const r = importAppendix(
      table(
        R12,
        "1.2.\tMột dòng khác\t%\t40%\t",
        "\t- Số nhiệm vụ đã hoàn thành\tNhiệm vụ\t10\t",
        "\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t4\t",
      ),
    );
    expect(r.rows.map((x) => x.how)).toEqual(["code", "unmatched", "unmatched", "unmatched"]);
    expect(Object.keys(r.values)).toEqual(["1.2"]);
  });

  it("a coded row taken by name as an unnumbered template row heads that row's siblings", () => {
    const r = importAppendix(
      table(
        R11,
        "2.2.\tSố nhiệm vụ đã hoàn thành\tNhiệm vụ\t10\t",
        "\t- Số nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t27\t",
      ),
    );
    expect(r.rows.map((x) => [x.matchedId, x.how])).toEqual([
      ["1.1", "code"],
      ["1.2.b", "name"],
      ["1.2.a", "position"],
    ]);
  });

  it("a code whose name belongs to another row is taken by that name", () => {
    const r = importAppendix(table("2.2.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t4\t"));
    expect(r.values).toEqual({ "1.1": { raw: "4" } });
    expect(r.findings).toStrictEqual([
      finding(
        "import.matched-by-name",
        "warning",
        "1.1",
        'dòng 2 (mã không khớp tên): nhận là 1.1 theo tên "Số văn bản chỉ đạo CCHC đã ban hành"',
        'line 2 (code does not fit the name): taken as 1.1 by its name "Reform directives issued"',
        "Số văn bản chỉ đạo CCHC đã ban hành",
      ),
    ]);
  });

  it("a first cell that is not a code is said, and the row is placed by its name", () => {
    const r = importAppendix(table("a)\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t4\t"));
    expect(r.values).toEqual({ "1.1": { raw: "4" } });
    expect(r.findings).toStrictEqual([
      finding(
        "import.unknown-code",
        "warning",
        null,
        'dòng 2: "a)" không phải mã chỉ tiêu',
        'line 2: "a)" is not an indicator code',
        "Số văn bản chỉ đạo CCHC đã ban hành",
      ),
      finding(
        "import.matched-by-name",
        "warning",
        "1.1",
        'dòng 2 (không có mã): nhận là 1.1 theo tên "Số văn bản chỉ đạo CCHC đã ban hành"',
        'line 2 (no code): taken as 1.1 by its name "Reform directives issued"',
        "Số văn bản chỉ đạo CCHC đã ban hành",
      ),
    ]);
  });
});

describe("importAppendix: unnumbered rows", () => {
  it("a row whose name is not its block's child's is placed by position, with an info finding", () => {
    const r = importAppendix(
      table(R12, "\t- Một dòng lạ\tNhiệm vụ\t27\t", "\t- Số nhiệm vụ đã hoàn thành\tNhiệm vụ\t10\t"),
    );
    expect(r.values).toEqual({ "1.2": { raw: "37,03%" }, "1.2.a": { raw: "27" }, "1.2.b": { raw: "10" } });
    expect(r.rows.map((x) => x.how)).toEqual(["code", "position", "position"]);
    expect(r.findings).toStrictEqual([
      finding(
        "import.matched-by-position",
        "info",
        "1.2.a",
        'dòng 3: "Một dòng lạ" được xếp vào 1.2.a theo vị trí (tên khác mẫu: "Số nhiệm vụ đề ra trong kế hoạch")',
        'line 3: "Một dòng lạ" placed at 1.2.a by position (template name: "Số nhiệm vụ đề ra trong kế hoạch")',
      ),
    ]);
  });

  it("quotes the row's name without its leading dashes and bullets", () => {
    const r = importAppendix(table(R12, "\t• - Một dòng lạ\tNhiệm vụ\t27\t"));
    expect(r.findings[0]?.messages.en).toBe(
      'line 3: "Một dòng lạ" placed at 1.2.a by position (template name: "Số nhiệm vụ đề ra trong kế hoạch")',
    );
  });

  it("a sub-row placed at a coded child leaves the block to its parent", () => {
    const r = importAppendix(
      table(
        "1.3.\tKiểm tra công tác CCHC\t\t\t",
        "\t- Số cơ quan, đơn vị đã kiểm tra\tCơ quan, đơn vị\t5\t",
        "\t- Tỷ lệ xử lý các vấn đề phát hiện qua kiểm tra\t%\t80%\t",
      ),
    );
    expect(r.rows.map((x) => [x.matchedId, x.how])).toEqual([
      ["1.3", "code"],
      ["1.3.1", "position"],
      ["1.3.2", "position"],
    ]);
  });

  it("a row without its code is taken by a coded row's name; its own sub-rows follow it", () => {
    const r = importAppendix(
      table(
        R11,
        "\tTỷ lệ hoàn thành Kế hoạch CCHC (lũy kế đến thời điểm báo cáo)\t%\t37%\t",
        "\t- Số nhiệm vụ đã hoàn thành\tNhiệm vụ\t10\t",
      ),
    );
    expect(r.rows.map((x) => [x.matchedId, x.how])).toEqual([
      ["1.1", "code"],
      ["1.2", "name"],
      ["1.2.b", "position"],
    ]);
    expect(rules(r)).toEqual(["import.matched-by-name"]);
    expect(r.findings[0]?.messages.en).toBe(
      // the template's name is cut at 60 characters
      'line 3 (no code): taken as 1.2 by its name "Reform plan completion rate (cumulative to the reporting da…"',
    );
  });

  it("an unnumbered row before any coded row is placed by its name", () => {
    const r = importAppendix(table("\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t4\t", R12));
    expect(r.rows.map((x) => [x.matchedId, x.how])).toEqual([
      ["1.1", "name"],
      ["1.2", "code"],
    ]);
  });

  it("a row found by its id (an unprinted code) heads its siblings", () => {
    const r = importAppendix(
      table(
        "1.2.a\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t27\t",
        "\t- Số nhiệm vụ đã hoàn thành\tNhiệm vụ\t10\t",
      ),
    );
    expect(r.rows.map((x) => [x.matchedId, x.how])).toEqual([
      ["1.2.a", "code"],
      ["1.2.b", "position"],
    ]);
  });

  it("an unnumbered row matching nothing is one finding, and the block goes on", () => {
    const r = importAppendix(
      table(
        R11,
        "\t- Một dòng hoàn toàn khác\tCái\t7\t",
        "\tTỷ lệ hoàn thành Kế hoạch CCHC (lũy kế đến thời điểm báo cáo)\t%\t37%\t",
      ),
    );
    expect(r.rows.map((x) => x.how)).toEqual(["code", "unmatched", "name"]);
    expect(only(r, "import.unmatched-row")).toStrictEqual([
      finding(
        "import.unmatched-row",
        "warning",
        null,
        'dòng 3: không xác định được chỉ tiêu; giá trị "7" chưa được nhập',
        'line 3: no indicator found; value "7" not imported',
        "- Một dòng hoàn toàn khác",
      ),
    ]);
  });
});

describe("importAppendix: continuations", () => {
  it("a name continued on the next line is joined, with an info finding", () => {
    const r = importAppendix(table("1.1.\tSố văn bản chỉ đạo CCHC\tVăn bản\t15\t", "\tđã ban hành\t\t\t"));
    expect(r.rows[0]?.name).toBe("Số văn bản chỉ đạo CCHC đã ban hành");
    expect(r.rows[1]).toMatchObject({ how: "continuation", matchedId: "1.1" });
    expect(r.counts).toEqual({ rowsRead: 1, matched: 1, unmatched: 0 });
    expect(r.findings).toStrictEqual([
      finding(
        "import.continued-name",
        "info",
        "1.1",
        "dòng 3: tên chỉ tiêu nối tiếp dòng 2",
        "line 3: row name continued from line 2",
      ),
    ]);
  });

  it("a note continued on the next line names the row's id when it has one", () => {
    const r = importAppendix(
      table(R11, "\t\t\t\tghi chú tiếp", "8.8\tMột dòng lạ\tCái\t7\t", "\t\t\t\tghi chú khác"),
    );
    expect(r.values["1.1"]).toEqual({ raw: "15", note: "ghi chú tiếp" });
    expect(r.rows.map((x) => x.matchedId)).toEqual(["1.1", "1.1", null, null]);
    expect(only(r, "import.continued-note")).toStrictEqual([
      finding(
        "import.continued-note",
        "info",
        "1.1",
        "dòng 3: ghi chú nối tiếp dòng 2 (1.1)",
        "line 3: note continued from line 2 (1.1)",
      ),
      finding(
        "import.continued-note",
        "info",
        null,
        "dòng 5: ghi chú nối tiếp dòng 4",
        "line 5: note continued from line 4",
      ),
    ]);
  });

  it("a continuation past 20 000 characters is cut, with a warning; one that fits is not", () => {
    const long = table(`${R11}${"a".repeat(15_000)}`, `\t\t\t\t${"b".repeat(15_000)}`);
    const r = importAppendix(long);
    expect(r.values["1.1"]?.note?.length).toBe(20_000);
    expect(only(r, "import.cell-truncated")).toStrictEqual([
      finding(
        "import.cell-truncated",
        "warning",
        null,
        "dòng 2: nội dung nối tiếp dài quá 20000 ký tự; phần sau bị bỏ qua",
        "line 2: the continued text is longer than 20000 characters; the rest was ignored",
      ),
    ]);
    const fits = importAppendix(table(`${R11}${"a".repeat(9_000)}`, `\t\t\t\t${"b".repeat(9_000)}`));
    expect(rules(fits)).not.toContain("import.cell-truncated");
  });
});

describe("importAppendix: HTML", () => {
  const htmlRow = (i: number) => `\t<b>Dòng lạ ${i}</b>\tCái\t${i}\t`;

  it("lists the rows HTML was removed from, continuations included, up to twelve", () => {
    const r = importAppendix(table(`${R11}<p>a</p>`, "\t\t\t\t<p>b</p>", R12));
    expect(r.values["1.1"]?.note).toBe("a b");
    expect(only(r, "import.html-stripped")).toStrictEqual([
      finding(
        "import.html-stripped",
        "info",
        null,
        "đã bỏ thẻ HTML ở 2 dòng (dòng 2, 3)",
        "HTML tags removed from 2 rows (lines 2, 3)",
      ),
    ]);
    const twelve = importAppendix(table(R11, ...Array.from({ length: 12 }, (_, i) => htmlRow(i))));
    expect(only(twelve, "import.html-stripped")[0]?.messages).toEqual({
      vi: "đã bỏ thẻ HTML ở 12 dòng (dòng 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)",
      en: "HTML tags removed from 12 rows (lines 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)",
    });
    const thirteen = importAppendix(table(R11, ...Array.from({ length: 13 }, (_, i) => htmlRow(i))));
    expect(only(thirteen, "import.html-stripped")[0]?.messages).toEqual({
      vi: "đã bỏ thẻ HTML ở 13 dòng (dòng 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, …)",
      en: "HTML tags removed from 13 rows (lines 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, …)",
    });
  });

  it("a row of HTML tags alone is a blank row", () => {
    const r = importAppendix(table(R11, "\t<p></p>\t<br>\t\t", R12));
    expect(r.rows.map((x) => x.line)).toEqual([2, 4]);
    expect(rules(r)).toEqual([]);
  });

  it("says nothing of HTML when there was none (an ampersand or a < alone is text)", () => {
    const r = importAppendix(
      table(R11, "1.2.\tTỷ lệ hoàn thành Kế hoạch CCHC (lũy kế đến thời điểm báo cáo)\t%\t\tA & B, x < y"),
    );
    expect(rules(r)).toEqual([]);
    expect(r.values["1.2"]).toEqual({ raw: "", note: "A & B, x < y" });
  });
});

describe("importAppendix: numbering gaps", () => {
  const gaps = (...rows: string[]) =>
    only(importAppendix(table(...rows)), "import.code-gap").map((f) => f.messages.en);
  const row = (code: string) => `${code}\tx\t\t1\t`;

  it("a jump among siblings is an info finding naming both codes", () => {
    const r = importAppendix(table(R11, "1.3.\tKiểm tra công tác CCHC\t\t\t"));
    expect(only(r, "import.code-gap")).toStrictEqual([
      finding(
        "import.code-gap",
        "info",
        "1.3",
        "dòng 3: mã nhảy từ 1.1 sang 1.3",
        "line 3: numbering jumps from 1.1 to 1.3",
      ),
    ]);
    expect(
      gaps("1.\tCông tác chỉ đạo điều hành CCHC\t\t\t", "3.\tCải cách thủ tục hành chính\t\t\t"),
    ).toEqual(["line 3: numbering jumps from 1 to 3"]);
    expect(
      gaps(
        "3.4.1\tTỷ lệ hồ sơ TTHC được giải quyết đúng hạn của cơ quan chuyên môn cấp tỉnh\t%\t\t",
        "3.4.3\tTỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn\t%\t\t",
      ),
    ).toEqual(["line 3: numbering jumps from 3.4.1 to 3.4.3"]);
  });

  it("no jump between consecutive codes, nor from a row to its own sub-codes", () => {
    expect(gaps(R11, R12)).toEqual([]);
    expect(
      gaps(
        row("1.3.1."),
        row("1.3.2."),
        "1.5.\tThực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao\t\t\t",
      ),
    ).toEqual([]);
  });

  it("counts from the highest code seen, and only codes matched as written", () => {
    expect(gaps(R11, row("1.3."), R12, row("1.5."))).toEqual([
      "line 3: numbering jumps from 1.1 to 1.3",
      "line 5: numbering jumps from 1.3 to 1.5",
    ]);
    expect(
      gaps(R11, "9.9.\tTỷ lệ hoàn thành Kế hoạch CCHC (lũy kế đến thời điểm báo cáo)\t%\t1%\t", row("1.5.")),
    ).toEqual(["line 4: numbering jumps from 1.1 to 1.5"]);
  });
});

describe("importAppendix: values and units", () => {
  it("a group row keeps a value written for it, never its unit", () => {
    const r = importAppendix(
      table(
        "1.\tCông tác chỉ đạo điều hành CCHC\tNhiệm vụ\t\t",
        "2.2.\tKiểm tra, xử lý VBQPPL\tVăn bản\t08\t",
      ),
    );
    expect(r.values).toEqual({ "2.2": { raw: "08" } });
    expect(rules(r)).toEqual([]);
  });

  it("a blank value of a row is kept as blank (not reported), with its note", () => {
    const r = importAppendix(table("1.3.1.\tSố cơ quan, đơn vị đã kiểm tra\t\t\tSẽ kiểm tra"));
    expect(r.values).toEqual({ "1.3.1": { raw: "", note: "Sẽ kiểm tra" } });
  });

  it("a value in the unit column is kept as written, with a warning", () => {
    const r = importAppendix(table("1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\t15\t\t"));
    expect(r.values).toEqual({ "1.1": { raw: "", unit: "15" } });
    expect(r.findings).toStrictEqual([
      finding(
        "import.value-in-unit-column",
        "warning",
        "1.1",
        '1.1: cột đơn vị chứa số liệu "15" (cột số liệu: ""); giữ nguyên cả hai',
        '1.1: the unit column holds a value "15" (value column: ""); both kept as written',
      ),
    ]);
    const group = importAppendix(table("2.2.\tKiểm tra, xử lý VBQPPL\t84%\t8\t"));
    expect(group.values).toEqual({ "2.2": { raw: "8", unit: "84%" } });
    expect(rules(group)).toEqual(["import.value-in-unit-column"]);
  });

  it("a unit written like the catalog's (case, accents aside) is not kept", () => {
    const r = importAppendix(table("1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\tvăn bản\t15\t"));
    expect(r.values).toEqual({ "1.1": { raw: "15" } });
  });
});

describe("importAppendix: findings past 200 of a rule", () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => `x)\tMột dòng hoàn toàn khác ${i}\tCái\t7\t`);

  it("lists the first 200 of each rule and counts the rest in one finding", () => {
    const r = importAppendix(table(...rows(205)));
    expect(only(r, "import.unknown-code")).toHaveLength(200);
    expect(only(r, "import.unmatched-row")).toHaveLength(200);
    expect(only(r, "import.unmatched-row").at(-1)?.messages.en).toMatch(/^line 201: /);
    expect(only(r, "import.findings-capped")).toStrictEqual([
      finding(
        "import.findings-capped",
        "info",
        null,
        "mỗi loại chỉ liệt kê 200 phát hiện đầu; không liệt kê thêm: import.unknown-code ×5, import.unmatched-row ×5",
        "only the first 200 findings of each rule are listed; not listed: import.unknown-code ×5, import.unmatched-row ×5",
      ),
    ]);
    expect(r.counts).toEqual({ rowsRead: 205, matched: 0, unmatched: 205 });
  });

  it("200 of a rule are all listed, without a capped finding", () => {
    const r = importAppendix(table(...rows(200)));
    expect(only(r, "import.unmatched-row")).toHaveLength(200);
    expect(rules(r)).not.toContain("import.findings-capped");
  });
});
