import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { importAppendix } from "../../src/io/index.js";

const APPENDIX = readFileSync(new URL("../fixtures/appendix-khanh-hoa-2022h1.txt", import.meta.url), "utf8");
const EXAMPLE = JSON.parse(
  readFileSync(new URL("../../examples/khanh-hoa-skhcn-2022h1.json", import.meta.url), "utf8"),
) as { values: Record<string, { raw?: string; unit?: string }> };
const rules = (r: ReturnType<typeof importAppendix>) => r.findings.map((f) => f.rule);

describe("importAppendix on the reference appendix", () => {
  // imported in each test (not once in the describe body), so that every test exercises the importer
  let r: ReturnType<typeof importAppendix>;
  beforeEach(() => {
    r = importAppendix(APPENDIX);
  });

  it("matches the hand-transcribed example value for value (raw and unit)", () => {
    const ids = new Set([...Object.keys(EXAMPLE.values), ...Object.keys(r.values)]);
    const diffs = [...ids].filter(
      (id) =>
        EXAMPLE.values[id]?.raw !== r.values[id]?.raw || EXAMPLE.values[id]?.unit !== r.values[id]?.unit,
    );
    expect(diffs).toEqual([]);
    expect(Object.keys(r.values).length).toBe(Object.keys(EXAMPLE.values).length);
  });

  it("lists every non-blank input row with an outcome, none silently dropped", () => {
    const nonBlank = APPENDIX.split("\n").filter((l) => l.trim() !== "").length;
    expect(r.rows.length).toBe(nonBlank - 1); // minus the "Phụ lục" heading
    expect(r.rows.filter((x) => x.how === "unmatched")).toEqual([]);
    expect(r.rows.filter((x) => x.how === "header").length).toBe(3);
  });

  it("keeps the duplicated 2.1.1 as 2.1.2 (by name) and says so", () => {
    const dup = r.rows.filter((x) => x.code === "2.1.1");
    expect(dup.map((x) => [x.matchedId, x.how])).toEqual([
      ["2.1.1", "code"],
      ["2.1.2", "name"],
    ]);
    expect(r.findings.find((f) => f.rule === "import.duplicate-code")?.code).toBe("2.1.2");
  });

  it("keeps a value written in the unit column as written, with a warning", () => {
    expect(r.values["7.5.3.a"]).toEqual({ raw: "732VBĐT/876VBD", unit: "84%" });
    expect(r.findings.find((f) => f.rule === "import.value-in-unit-column")?.severity).toBe("warning");
  });

  it("joins the note of 1.1 continued across a page break, HTML removed", () => {
    const note = r.values["1.1"]?.note ?? "";
    expect(note).toContain("theo dõi thi hành pháp luật 13. Kế hoạch duy trì");
    expect(note).not.toMatch(/<\/?p>/);
    expect(r.rows.find((x) => x.how === "continuation")?.matchedId).toBe("1.1");
    expect(rules(r)).toContain("import.continued-note");
    expect(rules(r)).toContain("import.html-stripped");
  });

  it("places unnumbered sub-rows under the numbered row above, blank ≠ 0", () => {
    expect(r.rows.find((x) => x.name.startsWith("- Số nhiệm vụ đề ra"))).toMatchObject({
      matchedId: "1.2.a",
      how: "position",
    });
    expect(r.values["1.3.1.a"]).toEqual({ raw: "" });
    expect(r.values["1.5"]).toBeUndefined();
  });

  it("reports the numbering jump 1.3 → 1.5 as info", () => {
    const gap = r.findings.find((f) => f.rule === "import.code-gap" && f.code === "1.5");
    expect(gap?.severity).toBe("info");
  });
});

describe("importAppendix on messy input", () => {
  it("maps a wrong or unknown code by name; an unknown code matching nothing is one finding", () => {
    const text = [
      "Phụ lục",
      "9.9.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t4\t",
      "3.4.1\tSố văn bản chỉ đạo gì đó không có\tVăn bản\t2\t",
      "8.8\tMột dòng hoàn toàn khác\tCái\t7\t",
    ].join("\n");
    const r = importAppendix(text);
    expect(r.values["1.1"]?.raw).toBe("4");
    expect(r.rows.map((x) => x.how)).toEqual(["name", "code", "unmatched"]);
    expect(rules(r)).toEqual(["import.unknown-code", "import.matched-by-name", "import.unknown-code"]);
    expect(r.findings[2]?.messages.en).toContain('"8.8"');
    expect(r.findings[2]?.messages.en).toContain("not imported");
  });

  it("reports an unnumbered row that matches nothing", () => {
    const r = importAppendix(
      "Phụ lục\n1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t4\t\n\t- Một dòng hoàn toàn khác\tCái\t7\t",
    );
    expect(rules(r)).toEqual(["import.unmatched-row"]);
    expect(r.counts).toEqual({ rowsRead: 2, matched: 1, unmatched: 1 });
  });

  it("reads CSV with a header, quoted fields and embedded newlines", () => {
    const csv =
      'Mã,Chỉ tiêu,Đơn vị tính,Số liệu,Ghi chú\r\n1.1,Số văn bản chỉ đạo CCHC đã ban hành,Văn bản,15,"a, b\r\nc ""d"""\r\n1.2.a,Số nhiệm vụ đề ra trong kế hoạch,Nhiệm vụ,27,\r\n';
    const r = importAppendix(csv);
    expect(r.delimiter).toBe(",");
    expect(r.values["1.1"]).toEqual({ raw: "15", note: 'a, b\nc "d"' });
    expect(r.values["1.2.a"]).toEqual({ raw: "27" });
    expect(r.rows[0]?.how).toBe("header");
  });

  it("reads TSV with columns in another order (by header) and semicolon CSV", () => {
    const tsv = "Số liệu\tMã\tChỉ tiêu\nx\t\t\n37,03%\t1.2.\tTỷ lệ hoàn thành Kế hoạch CCHC\n";
    const r = importAppendix(tsv, { format: "tsv" });
    expect(r.values["1.2"]?.raw).toBe("37,03%");
    const semi = importAppendix("1.1.;Số văn bản chỉ đạo CCHC đã ban hành;Văn bản;15;\n");
    expect(semi.delimiter).toBe(";");
    expect(semi.values["1.1"]?.raw).toBe("15");
  });

  it("does not report a unit that equals the catalog's, but keeps one that differs", () => {
    const r = importAppendix(
      "Phụ lục\n3.4.1\tTỷ lệ hồ sơ TTHC được giải quyết đúng hạn\t%\t100%\t\n3.5\tTỷ lệ giải quyết PAKN\tPAKN\t0\t",
    );
    expect(r.values["3.4.1"]).toEqual({ raw: "100%" });
    expect(r.values["3.5"]).toEqual({ raw: "0", unit: "PAKN" });
    expect(rules(r)).not.toContain("import.value-in-unit-column");
  });

  it("treats __proto__ and other hostile codes as plain text", () => {
    const r = importAppendix("__proto__\tconstructor\t%\t1\t\n1.1.\t__proto__\t\t2\t");
    expect(Object.getPrototypeOf(r.values)).toBe(Object.prototype);
    expect(r.values["1.1"]?.raw).toBe("2");
  });

  it("says so when nothing matched", () => {
    expect(rules(importAppendix(""))).toEqual(["import.no-rows"]);
    expect(rules(importAppendix("just words\nand more words"))).toContain("import.no-rows");
  });

  it("truncates beyond maxChars with a finding", () => {
    const r = importAppendix(`1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t15\t\n${"x".repeat(200)}`, {
      maxChars: 60,
    });
    expect(rules(r)).toContain("import.truncated");
  });
});
