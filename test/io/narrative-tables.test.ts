import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../src/io/index.js";
import type { Report } from "../../src/model/index.js";

const base: Report = {
  format: "cchc.report/1",
  agency: { id: "khanh-hoa/skhcn" },
  period: { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" },
  values: {},
};
const check = (...lines: string[]) => checkNarrative({ ...base, narrative: lines.join("\n") });
/** The table total found: `[stated, sum]`, or null when the check stayed silent. */
const total = (...lines: string[]) => {
  const f = check(...lines).find((x) => x.rule === "narrative.table-total");
  return f ? [f.actual?.value, f.expected?.value] : null;
};
const STATED = "Trong kỳ, Sở đã cử 9 lượt công chức đi học:";

describe("checkNarrative: a stated count against the table that follows", () => {
  it("reports the stated figure, the table's sum and the phrase it read", () => {
    const [f, ...rest] = check(STATED, "1\tLớp A\t3", "2\tLớp B\t4");
    expect(rest).toEqual([]);
    expect(f).toEqual({
      rule: "narrative.table-total",
      severity: "warning",
      code: null,
      codes: [],
      message: "số nêu trong bài (9 lượt) khác tổng của bảng ngay sau (7)",
      messages: {
        vi: "số nêu trong bài (9 lượt) khác tổng của bảng ngay sau (7)",
        en: "the stated figure (9 lượt) differs from the total of the table that follows (7)",
      },
      source: "narrative",
      expected: { value: "7", description: "sum of the table's numeric columns" },
      actual: { value: "9" },
      excerpt: "đã cử 9 lượt",
    });
  });

  it("is silent when the figures agree, or when no count is stated", () => {
    expect(check("Trong kỳ, Sở đã cử 7 lượt:", "1\tLớp A\t3", "2\tLớp B\t4")).toEqual([]);
    expect(check("Các lớp đã mở:", "1\tLớp A\t3", "2\tLớp B\t4")).toEqual([]);
    expect(check("1\tLớp A\t3", "2\tLớp B\t4")).toEqual([]);
  });

  it("reads the count in any of its phrasings", () => {
    expect(total("Tổng cộng 9 người:", "1\tA\t3", "2\tB\t4")).toEqual(["9", "7"]);
    expect(total("Tổng số 9 học viên", "1\tA\t3", "2\tB\t4")).toEqual(["9", "7"]);
    expect(total("Đoàn gồm 9 công chức", "1\tA\t3", "2\tB\t4")).toEqual(["9", "7"]);
  });

  it("reads a count broken over two lines, up to three lines above the table", () => {
    expect(total("Trong kỳ, Sở đã cử", "9 lượt công chức đi học:", "1\tA\t3", "2\tB\t4")).toEqual(["9", "7"]);
    expect(total(STATED, "Danh sách như sau.", "(đơn vị: lượt)", "1\tA\t3", "2\tB\t4")).toEqual(["9", "7"]);
    expect(total(STATED, "Danh sách", "như sau.", "(đơn vị: lượt)", "1\tA\t3", "2\tB\t4")).toBeNull();
  });

  it("reads only the last 600 characters above the table", () => {
    const near = `${STATED} ${"x".repeat(550)}`;
    expect(total(near, "1\tA\t3", "2\tB\t4")).toEqual(["9", "7"]);
    const far = `${STATED} ${"x".repeat(620)}`;
    expect(total(far, "1\tA\t3", "2\tB\t4")).toBeNull();
  });

  it("needs at least two rows", () => {
    expect(total(STATED, "1\tLớp A\t3")).toBeNull();
    expect(total(STATED, "1\tLớp A\t3", "2\tLớp B\t4")).toEqual(["9", "7"]);
  });

  it("sums every numeric column, counting '-' and empty cells as zero", () => {
    expect(total(STATED, "1\tA\t3\t-", "2\tB\t\t2", "3\tC\t1\t1")).toEqual(["9", "7"]);
    expect(total(STATED, "1\tA\t03\t-", "2\tB\t02\t01", "3\tC\t01\t01")).toEqual(["9", "8"]);
  });

  it("skips the header (STT or TT), blank lines and spaces around cells", () => {
    expect(total(STATED, "STT\tTên lớp\tSố lượt", "1\tA\t3", "2\tB\t4")).toEqual(["9", "7"]);
    expect(total(STATED, "TT\tTên lớp\tSố lượt", "", "", "1\tA\t3", "2\tB\t4")).toEqual(["9", "7"]);
    expect(total(STATED, "Stt\tTên lớp\tSố lượt", "", "", "", "1\tA\t3", "2\tB\t4")).toEqual(["9", "7"]);
    expect(total(STATED, "1\tA\t3", "   ", "2\tB\t4")).toEqual(["9", "7"]);
    expect(total(STATED, "1 \t Lớp A \t 3 ", " 2\tLớp B\t4 ")).toEqual(["9", "7"]);
  });

  it("numbers rows 1 to 9999, with or without a dot", () => {
    expect(total(STATED, "1.\tA\t3", "2.\tB\t4")).toEqual(["9", "7"]);
    expect(total(STATED, "10\tA\t3", "11\tB\t4")).toEqual(["9", "7"]);
    expect(total(STATED, "9998\tA\t3", "9999\tB\t4")).toEqual(["9", "7"]);
  });

  it("stays silent on a table it cannot read whole", () => {
    // a row not numbered
    expect(total(STATED, "1\tA\t3", "a2\tB\t4")).toBeNull();
    expect(total(STATED, "1\tA\t3", "2a\tB\t4")).toBeNull();
    expect(total(STATED, "1\tA\t3", "12345\tB\t4")).toBeNull();
    expect(total(STATED, "1\tA\t3", "Cộng\tB\t4", "3\tC\t2")).toBeNull();
    // a row without figures, or with a word or a decimal among them
    expect(total(STATED, "1\tA\t3", "2\tB", "3\tC\t4")).toBeNull();
    expect(total(STATED, "1\tA\t3", "2\tB\tnhiều", "3\tC\t4")).toBeNull();
    expect(total(STATED, "1\tA\t3", "2\tB\t4a")).toBeNull();
    expect(total(STATED, "1\tA\t3", "2\tB\tx4")).toBeNull();
    expect(total(STATED, "1\tA\t3", "2\tB\t1234567")).toBeNull();
    expect(total(STATED, "1\tA\t3", "2\tB\t4\tnhiều")).toBeNull();
    // an unnumbered row that carries figures
    expect(total(STATED, "1\tA\t3", "\tB\t4", "2\tC\t4")).toBeNull();
    expect(total(STATED, "1\tA\t3\t1", "\tB\t-\t4", "2\tC\t2\t1")).toBeNull();
  });

  it("checks each table against the count stated just above it", () => {
    const lines = [
      STATED,
      "1\tA\t5",
      "2\tB\t4",
      "Ngoài ra, tổng cộng 4 lượt đi công tác:",
      "1\tC\t1",
      "2\tD\t2",
    ];
    expect(check(...lines).map((f) => [f.actual?.value, f.expected?.value])).toEqual([["4", "3"]]);
  });
});

describe("checkNarrative: a row listed twice", () => {
  it("reports the row's name, once per repetition", () => {
    const found = check("1\tLớp kỹ năng số\t2", "2\tLớp an toàn\t1", "3\tlớp KỸ NĂNG số\t1");
    expect(found).toEqual([
      {
        rule: "narrative.duplicate-table-row",
        severity: "warning",
        code: null,
        codes: [],
        message: 'bảng liệt kê hai lần: "lớp KỸ NĂNG số"',
        messages: {
          vi: 'bảng liệt kê hai lần: "lớp KỸ NĂNG số"',
          en: 'the table lists a row twice: "lớp KỸ NĂNG số"',
        },
        source: "narrative",
        excerpt: "lớp KỸ NĂNG số",
      },
    ]);
  });

  it("joins a name continued on the next line before comparing", () => {
    const rows = ["1\tLớp kỹ năng\t2", "\tsố\t", "2\tLớp kỹ năng\t1", "\tmềm\t-"];
    expect(check(...rows)).toEqual([]);
    const twice = ["1\tLớp kỹ năng\t2", "\tsố\t-", "2\tLớp kỹ năng\t1", "\tsố\t"];
    expect(check(...twice).map((f) => f.messages.vi)).toEqual(['bảng liệt kê hai lần: "Lớp kỹ năng số"']);
  });

  it("counts a continued name's figures once, in the row it continues", () => {
    expect(total(STATED, "1\tLớp an toàn thông tin cho cán bộ phụ\t3", "\ttrách\t-\t", "2\tB\t4")).toEqual([
      "9",
      "7",
    ]);
  });

  it("does not compare rows without a name", () => {
    expect(check("1\t\t2", "2\t\t1", "3\tA\t1")).toEqual([]);
  });
});
