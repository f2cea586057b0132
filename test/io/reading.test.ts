/**
 * Reading real report shapes end to end: each heading form, each title form, a narrative-only file, a
 * space-aligned table, an unknown-code block, the CSV round trip. Fixtures: test/fixtures/reports/.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectPeriodInTitle, importAppendix, importReport, renderReport } from "../../src/io/index.js";
import { splitQuoted } from "../../src/io/table.js";
import { AgencySchema } from "../../src/model/index.js";
import { createAgencyRegistry, rollupReports } from "../../src/rollup/index.js";
import { checkReport } from "../../src/rules/index.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/reports/${name}`, import.meta.url), "utf8");
const rules = (fs: readonly { rule: string }[]) => fs.map((f) => f.rule);
const H1_2022 = { kind: "half-year" as const, year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" };

/** The values that say something: a row rendered blank (a catalog row the report left empty) reads back as `raw: ""`, which is the same "not reported". */
function reported(values: Record<string, { raw?: string | undefined; value?: unknown }>) {
  return Object.fromEntries(
    Object.entries(values).filter(
      ([, v]) => (v.raw ?? "") !== "" || (v.value !== undefined && v.value !== null),
    ),
  );
}

describe("heading forms", () => {
  it("two columns (agency ⇥ motto), the province first: the department is the agency", () => {
    const r = importReport(fixture("header-two-column-stp.txt"));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.report.agency).toEqual({
      id: "ubnd-tinh-khanh-hoa/so-tu-phap",
      name: "SỞ TƯ PHÁP",
      parent: "UBND TỈNH KHÁNH HÒA",
    });
    expect(r.report.period).toEqual(H1_2022);
    expect(r.report.asOf).toBe("2022-06-15");
    expect(r.header.symbol?.written).toBe("123/BC-STP");
    expect(r.status).toBe("imported");
    expect(r.counts).toEqual({ rowsRead: 5, matched: 5, unmatched: 0 });
    expect(rules(r.findings)).not.toContain("import.symbol-agency-mismatch");
  });

  it("stacked lines, a name broken after VÀ, motto and date below", () => {
    const r = importReport(fixture("header-stacked-skhcn.txt"));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.report.agency).toMatchObject({
      name: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      parent: "UBND TỈNH KHÁNH HÒA",
    });
    expect(r.report.asOf).toBe("2022-06-16");
    expect(r.report.values["3.4.1.c"]?.raw).toBe("83");
  });

  it("a name broken over three lines, and a title broken over lines (QUÝ / 3 NĂM 2021)", () => {
    const r = importReport(fixture("header-broken-name-cu-chi.txt"));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.report.agency).toEqual({
      id: "uy-ban-nhan-dan-huyen-cu-chi",
      name: "ỦY BAN NHÂN DÂN HUYỆN CỦ CHI",
    });
    expect(r.report.period).toEqual({
      kind: "quarter",
      year: 2021,
      index: 3,
      from: "2021-06-15",
      to: "2021-09-14",
    });
    expect(r.report.asOf).toBe("2021-09-20");
    expect(r.findings.find((f) => f.rule === "import.period-detected")?.messages.en).toContain(
      '"QUÝ 3 NĂM 2021"',
    );
  });

  it("cross-checks the number and symbol with the agency", () => {
    const text = fixture("header-two-column-stp.txt").replace("123/BC-STP", "123/BC-SXD");
    const r = importReport(text);
    const f = r.findings.find((x) => x.rule === "import.symbol-agency-mismatch");
    expect(f?.severity).toBe("warning");
    expect(f?.messages.en).toContain("SXD");
    // the governing body's initials are not a mismatch
    const ubnd = importReport(fixture("header-two-column-stp.txt").replace("123/BC-STP", "123/BC-UBND"));
    expect(rules(ubnd.findings)).not.toContain("import.symbol-agency-mismatch");
  });

  it("resolves the agency through a registry when one is given, and says when it cannot", () => {
    const agencies = (
      JSON.parse(readFileSync(new URL("../../examples/rollup/registry.json", import.meta.url), "utf8")) as {
        agencies: unknown[];
      }
    ).agencies.map((a) => AgencySchema.parse(a));
    const reg = createAgencyRegistry(agencies);
    const resolveAgency = (n: string) => reg.resolve(n)?.id;
    const stp = importReport(fixture("header-two-column-stp.txt"), { resolveAgency });
    expect(stp.ok && stp.report.agency.id).toBe("khanh-hoa/stp");
    const sxd = importReport(fixture("title-window-q1-2020.txt"), { resolveAgency });
    expect(sxd.ok && sxd.report.agency.id).toBe("khanh-hoa/sxd");
    const unknown = importReport(fixture("header-broken-name-cu-chi.txt"), { resolveAgency });
    expect(unknown.ok && unknown.report.agency.id).toBe("uy-ban-nhan-dan-huyen-cu-chi");
    expect(rules(unknown.findings)).toContain("import.agency-unresolved");
    expect(rules(stp.findings)).not.toContain("import.agency-unresolved");
  });

  it("resolves the agency through an alias map (case and diacritics ignored)", () => {
    const agencyAliases = { "Sở Tư pháp": "khanh-hoa/stp", SKHCN: "khanh-hoa/skhcn" };
    const stp = importReport(fixture("header-two-column-stp.txt"), { agencyAliases });
    expect(stp.ok && stp.report.agency).toEqual({
      id: "khanh-hoa/stp",
      name: "SỞ TƯ PHÁP",
      parent: "UBND TỈNH KHÁNH HÒA",
    });
    const skhcn = importReport(fixture("header-stacked-skhcn.txt"), { agencyAliases }); // by its symbol
    expect(skhcn.ok && skhcn.report.agency.id).toBe("khanh-hoa/skhcn");
    const other = importReport(fixture("title-window-q1-2020.txt"), { agencyAliases });
    expect(rules(other.findings)).toContain("import.agency-unresolved");
  });

  it("a roll-up of two departments whose headings name the province first includes both", () => {
    const a = importReport(fixture("header-two-column-stp.txt"));
    const b = importReport(fixture("header-stacked-skhcn.txt"));
    if (!a.ok || !b.ok) throw new Error("import failed");
    const roll = rollupReports("ubnd-tinh-khanh-hoa", [a.report, b.report]);
    expect(roll.units.included.map((u) => u.id).sort()).toEqual([
      "ubnd-tinh-khanh-hoa/so-khoa-hoc-va-cong-nghe",
      "ubnd-tinh-khanh-hoa/so-tu-phap",
    ]);
    expect(roll.units.excluded).toEqual([]);
    expect(roll.report.values["3.4.1.a"]?.value).toBe("333"); // 250 + 83
  });
});

describe("title forms", () => {
  it.each([
    ["BÁO CÁO\nCông tác CCHC tháng 5/2021", { kind: "month", year: 2021, index: 5 }],
    ["BÁO CÁO\nCông tác CCHC T5/2021", { kind: "month", year: 2021, index: 5 }],
    ["BÁO CÁO\nCông tác CCHC tháng 9 năm 2021", { kind: "month", year: 2021, index: 9 }],
    ["BÁO CÁO\nCông tác CCHC tháng 12-2021", { kind: "month", year: 2021, index: 12 }],
    ["BÁO CÁO\nCông tác CCHC quý I/2020", { kind: "quarter", year: 2020, index: 1 }],
    ["BÁO CÁO\nCông tác CCHC QUÝ IV NĂM 2022", { kind: "quarter", year: 2022, index: 4 }],
    ["BÁO CÁO\nKẾT QUẢ CCHC\nQUÝ\n3 NĂM 2021", { kind: "quarter", year: 2021, index: 3 }],
    ["BÁO CÁO\nCCHC 6 tháng năm 2022", { kind: "half-year", year: 2022, index: 1 }],
    ["BÁO CÁO\nCCHC sáu tháng cuối năm 2022", { kind: "half-year", year: 2022, index: 2 }],
    ["BÁO CÁO\nCCHC 9 tháng đầu năm 2022", { kind: "nine-months", year: 2022 }],
    ["BÁO CÁO\nCông tác cải cách hành chính năm 2024", { kind: "year", year: 2024 }],
  ])("%s", (title, expected) => {
    expect(detectPeriodInTitle(title)).toMatchObject(expected);
  });

  it("never reads the date line as a month, nor tháng 13", () => {
    const t = "SỞ Y TẾ\nKhánh Hòa, ngày 15 tháng 6 năm 2022\nBÁO CÁO\nCông tác CCHC quý II năm 2022";
    expect(detectPeriodInTitle(t)).toMatchObject({ kind: "quarter", index: 2 });
    expect(detectPeriodInTitle("Khánh Hòa, ngày 15 tháng 6 năm 2022")).toBeNull();
    expect(detectPeriodInTitle("BÁO CÁO\ntháng 13/2021")).toBeNull();
  });

  it("a window in the title wins over the NĐ 09 default, with an info finding", () => {
    const r = importReport(fixture("title-window-q1-2020.txt"));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.report.period).toEqual({
      kind: "quarter",
      year: 2020,
      index: 1,
      from: "2019-12-01",
      to: "2020-02-29",
    });
    const f = r.findings.find((x) => x.rule === "import.period-window");
    expect(f?.severity).toBe("info");
    // the same title without a window keeps the default window and says nothing about one
    const plain = importReport(fixture("title-window-q1-2020.txt").replace(/ \(từ.*\)/, ""));
    expect(plain.ok && plain.report.period.from).toBe("2019-12-15");
    expect(rules(plain.findings)).not.toContain("import.period-window");
  });

  it("a window alone is a custom period; a window that ends in another year is not used", () => {
    const custom = importReport("BÁO CÁO\nCCHC từ ngày 01/01/2022 đến ngày 31/05/2022\n", {
      agency: { id: "x" },
    });
    expect(custom.ok && custom.report.period).toEqual({
      kind: "custom",
      year: 2022,
      from: "2022-01-01",
      to: "2022-05-31",
    });
    const off = importReport("BÁO CÁO\nCCHC năm 2022 (từ 15/12/2021 đến 14/12/2023)\n", {
      agency: { id: "x" },
    });
    expect(off.ok && off.report.period.to).toBe("2022-12-14");
    expect(off.findings.find((x) => x.rule === "import.period-window")?.severity).toBe("warning");
  });

  it("a calendar month uses reportingPeriod's month window (NĐ 09 or calendar)", () => {
    const r = importReport(fixture("space-aligned-table.txt"));
    expect(r.ok && r.report.period).toEqual({
      kind: "month",
      year: 2021,
      index: 5,
      from: "2021-04-15",
      to: "2021-05-14",
    });
    const cal = importReport(fixture("space-aligned-table.txt"), { periodRegime: "calendar" });
    expect(cal.ok && cal.report.period.to).toBe("2021-05-31");
  });
});

describe("a result says what was read", () => {
  it("a narrative without an appendix is never split on commas: status no-appendix, one finding", () => {
    const r = importReport(fixture("narrative-only.txt"));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.status).toBe("no-appendix");
    expect(r.counts).toEqual({ rowsRead: 0, matched: 0, unmatched: 0 });
    expect(r.rows).toEqual([]);
    expect(r.findings.filter((f) => f.severity === "warning").map((f) => f.rule)).toEqual([
      "import.no-appendix",
    ]);
    expect(r.report.values).toEqual({});
    expect(r.report.narrative).toContain("1.250 hồ sơ");
    expect(checkReport(r.report).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a table aligned with spaces is read by its columns", () => {
    const r = importReport(fixture("space-aligned-table.txt"));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.layout).toBe("aligned");
    expect(r.counts).toEqual({ rowsRead: 8, matched: 8, unmatched: 0 });
    expect(r.report.values["1.2.b"]).toEqual({ raw: "8", note: "Đạt tiến độ" });
    expect(r.report.values["3.4.1"]).toEqual({ raw: "95%" });
    expect(r.report.values["3.4.1.c"]).toEqual({ raw: "190" });
    expect(r.findings.filter((f) => f.severity === "warning")).toEqual([]);
  });

  it("a table whose columns cannot be found is refused with one finding, not a warning per row", () => {
    const rows = Array.from({ length: 300 }, (_, i) => `1.${i + 1}. Chỉ tiêu số ${i + 1} đơn vị ${i}`);
    const r = importReport(
      ["SỞ Y TẾ", "BÁO CÁO", "Công tác CCHC năm 2022", "", "Phụ lục", ...rows].join("\n"),
    );
    expect(r.status).toBe("no-appendix");
    expect(r.findings.filter((f) => f.severity === "warning").map((f) => f.rule)).toEqual([
      "import.columns-not-found",
    ]);
  });

  it("truncation of a huge input is a finding", () => {
    const text = `${fixture("header-two-column-stp.txt")}\n${"Lời văn. ".repeat(200)}`;
    const r = importReport(text, { maxChars: 1200 });
    expect(r.findings.find((f) => f.rule === "import.truncated")?.severity).toBe("warning");
    expect(rules(importReport(text).findings)).not.toContain("import.truncated");
  });
});

describe("import placement", () => {
  it("a block under an unknown code keeps its block: unmatched, one finding naming the code", () => {
    const r = importAppendix(fixture("unknown-code-block.txt"));
    expect(r.counts).toEqual({ rowsRead: 10, matched: 7, unmatched: 3 });
    expect(r.rows.filter((x) => x.how === "unmatched").map((x) => x.line)).toEqual([6, 7, 8]);
    const warnings = r.findings.filter((f) => f.severity === "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.rule).toBe("import.unknown-code");
    expect(warnings[0]?.messages.en).toContain('"7.7.3"');
    expect(warnings[0]?.messages.en).toContain("2 sub-rows");
    // 7.7.1's children are its own rows, not the 7.7.3 block's
    expect(r.values["7.7.1.a"]?.raw).toBe("40");
    expect(r.values["7.7.1.c"]?.raw).toBe("10");
    expect(Object.values(r.values).some((v) => v.raw === "6287")).toBe(false);
    expect(r.values["7.7.4.b"]?.raw).toBe("100");
  });

  it("the sub-rows of an unknown code never fill the free children of the known row above", () => {
    // 7.7.1 written without its sub-rows: its children are free, and 7.7.3's "6287" must not land there
    const text = [
      "Phụ lục",
      "7.7.1\tTỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến mức độ 3\t%\t50%\t",
      "7.7.3\tTỷ lệ hồ sơ xử lý trực tuyến toàn trình\t%\t62,87%\t",
      "\t- Tổng số hồ sơ nộp trực tuyến\tHồ sơ\t6287\t",
      "\t- Số hồ sơ xử lý toàn trình\tHồ sơ\t3953\t",
    ].join("\n");
    const r = importAppendix(text);
    expect(Object.keys(r.values)).toEqual(["7.7.1"]);
    expect(r.rows.map((x) => x.how)).toEqual(["code", "unmatched", "unmatched", "unmatched"]);
  });

  it("the same table as TSV (cells joined by tabs, as the office readers write it) reads back the same", () => {
    const src = importReport(
      readFileSync(new URL("../fixtures/appendix-khanh-hoa-2022h1.txt", import.meta.url), "utf8"),
      { period: H1_2022, agency: { id: "khanh-hoa/skhcn" } },
    );
    if (!src.ok) throw new Error(src.error.code);
    const csv = renderReport(src.report, { to: "csv" });
    const tsv = splitQuoted(csv.replace(/\r\n/g, "\n"), ",", 1)
      .map((r) => r.cells.map((c) => c.replace(/[\t\n]/g, " ")).join("\t"))
      .join("\n");
    const back = importReport(tsv, { period: H1_2022, agency: { id: "khanh-hoa/skhcn" } });
    if (!back.ok) throw new Error(back.error.code);
    expect(back.layout).toBe("tsv");
    expect(reported(back.report.values)).toEqual(reported(src.report.values));
    expect(rules(back.findings)).not.toContain("import.duplicate-code");
    expect(back.counts.unmatched).toBe(0);
  });

  it("sub-rows never cross into another coded row's children", () => {
    // 1.2 has two children; a third sub-row named like 3.4.1.a stays unmatched under 1.2
    const text = [
      "Phụ lục",
      "1.2.\tTỷ lệ hoàn thành Kế hoạch CCHC\t%\t50%\t",
      "\t- Số nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t10\t",
      "\t- Số nhiệm vụ đã hoàn thành\tNhiệm vụ\t5\t",
      "\t- Tổng số hồ sơ TTHC đã tiếp nhận\tHồ sơ\t99\t",
    ].join("\n");
    const r = importAppendix(text);
    expect(r.values["3.4.1.a"]).toBeUndefined();
    expect(r.rows[3]?.how).toBe("unmatched");
    expect(r.counts).toEqual({ rowsRead: 4, matched: 3, unmatched: 1 });
  });

  it("the CSV the library writes reads back with the same values and no false duplicate", () => {
    const src = importReport(
      readFileSync(new URL("../fixtures/appendix-khanh-hoa-2022h1.txt", import.meta.url), "utf8"),
      {
        period: H1_2022,
        agency: { id: "khanh-hoa/skhcn" },
      },
    );
    if (!src.ok) throw new Error(src.error.code);
    const csv = renderReport(src.report, { to: "csv" });
    const back = importReport(csv, { period: H1_2022, agency: { id: "khanh-hoa/skhcn" } });
    if (!back.ok) throw new Error(back.error.code);
    expect(reported(back.report.values)).toEqual(reported(src.report.values));
    const noisy = [
      "import.duplicate-code",
      "import.unmatched-row",
      "import.matched-by-name",
      "import.unknown-code",
    ];
    expect(rules(back.findings).filter((r) => noisy.includes(r))).toEqual([]);
    expect(back.counts.unmatched).toBe(0);
    const strip = (fs: readonly { rule: string; code: string | null; severity: string }[]) =>
      fs.map((f) => `${f.rule} ${f.code} ${f.severity}`).sort();
    expect(strip(checkReport(back.report).findings)).toEqual(strip(checkReport(src.report).findings));
  });
});

describe("the document's date against the period", () => {
  it("warns when the heading's date is before the period, not when it follows it", () => {
    const early = fixture("header-two-column-stp.txt").replace(
      "ngày 15 tháng 6 năm 2022",
      "ngày 15 tháng 6 năm 2020",
    );
    expect(importReport(early).findings.find((f) => f.rule === "import.date-before-period")?.severity).toBe(
      "warning",
    );
    expect(rules(importReport(fixture("header-two-column-stp.txt")).findings)).not.toContain(
      "import.date-before-period",
    );
  });
});

describe("huge continuations", () => {
  it("a note continued past 20 000 characters is cut with a finding, and the report stays valid", () => {
    const text = `SỞ Y TẾ\nBÁO CÁO\nCông tác CCHC năm 2022\nPhụ lục\n1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t15\tghi\n${"\t\t\t\tthêm ghi chú nối tiếp\n".repeat(2000)}`;
    const r = importReport(text);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.report.values["1.1"]?.note?.length).toBe(20_000);
    expect(rules(r.findings)).toContain("import.cell-truncated");
    const short = importReport(text.split("\n").slice(0, 10).join("\n"));
    expect(rules(short.findings)).not.toContain("import.cell-truncated");
  });
});

describe("the reference appendix typed with spaces", () => {
  const tsv = readFileSync(
    new URL("../fixtures/appendix-khanh-hoa-2022h1.txt", import.meta.url),
    "utf8",
  ).replace(/<[^>]*>/g, "");
  /** The same table with every column padded to its width + 3 spaces (tabs gone). */
  function typedWithSpaces(text: string, overflow = false): string {
    const lines = text.split("\n");
    const rows = lines.slice(1).map((l) => l.split("\t"));
    const width: number[] = [];
    for (const r of rows) {
      r.forEach((c, j) => {
        width[j] = Math.max(width[j] ?? 0, c.length);
      });
    }
    if (overflow) {
      // the name column as wide as 96 % of the names: the longest few run into the unit column
      const names = rows.map((r) => (r[1] ?? "").length).sort((x, y) => x - y);
      width[1] = names[Math.floor(names.length * 0.96)]!;
    }
    const pad = (c: string, j: number) => (j < 4 ? c.padEnd(Math.max(c.length + 2, width[j]! + 3)) : c);
    return [lines[0], ...rows.map((r) => r.map(pad).join("").trimEnd())].join("\n");
  }

  it("reads the same values and findings as with tabs", () => {
    const a = importAppendix(tsv);
    const b = importAppendix(typedWithSpaces(tsv));
    expect(b.layout).toBe("aligned");
    expect(b.values).toEqual(a.values);
    expect(rules(b.findings)).toEqual(rules(a.findings));
  });

  it("keeps reading when a few names overflow their column", () => {
    const a = importAppendix(tsv);
    const b = importAppendix(typedWithSpaces(tsv, true));
    expect(b.layout).toBe("aligned");
    expect(b.counts.matched).toBeGreaterThanOrEqual(a.counts.matched - 5);
    expect(b.values["3.4.1.a"]).toEqual(a.values["3.4.1.a"]);
  });
});

describe("title forms (property)", () => {
  const ROMAN = ["I", "II", "III", "IV"];
  const pad = (n: number) => String(n).padStart(2, "0");
  const form = fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 })).map(([m, f]) => ({
      expected: { kind: "month", index: m },
      text: (y: number) =>
        [`tháng ${m}/${y}`, `T${m}/${y}`, `tháng ${m} năm ${y}`, `tháng ${pad(m)}/${y}`][f]!,
    })),
    fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 })).map(([q, f]) => ({
      expected: { kind: "quarter", index: q },
      text: (y: number) =>
        [
          `quý ${ROMAN[q - 1]}/${y}`,
          `quý ${q} năm ${y}`,
          `QUÝ ${ROMAN[q - 1]} NĂM ${y}`,
          `QUÝ\n${q} NĂM ${y}`,
        ][f]!,
    })),
    fc.tuple(fc.integer({ min: 1, max: 2 }), fc.boolean()).map(([h, upper]) => ({
      expected: { kind: "half-year", index: h },
      text: (y: number) => {
        const t = `6 tháng ${h === 1 ? "đầu" : "cuối"} năm ${y}`;
        return upper ? t.toUpperCase() : t;
      },
    })),
    fc.constant({ expected: { kind: "nine-months" }, text: (y: number) => `9 tháng năm ${y}` }),
    fc.constant({ expected: { kind: "year" }, text: (y: number) => `cải cách hành chính năm ${y}` }),
  );
  it("each written form gives its period, whatever the year and the date line above", () => {
    fc.assert(
      fc.property(form, fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), (f, y, dm) => {
        const text = `SỞ Y TẾ\nKhánh Hòa, ngày 15 tháng ${dm} năm ${y}\n\nBÁO CÁO\nKết quả công tác CCHC\n${f.text(y)}`;
        expect(detectPeriodInTitle(text)).toMatchObject({ ...f.expected, year: y });
      }),
    );
  });
});

describe("a repeated block", () => {
  it("the sub-rows of a coded row used again stay out of the first block's free children", () => {
    const text = [
      "Phụ lục",
      "1.2.\tTỷ lệ hoàn thành Kế hoạch CCHC\t%\t50%\t",
      "\t- Số nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t10\t",
      "1.2.\tTỷ lệ hoàn thành Kế hoạch CCHC\t%\t60%\t",
      "\t- Một dòng khác hẳn\tNhiệm vụ\t6\t",
    ].join("\n");
    const r = importAppendix(text);
    expect(r.values["1.2.b"]).toBeUndefined();
    expect(r.rows.map((x) => x.how)).toEqual(["code", "position", "unmatched", "unmatched"]);
  });
});

describe("a title naming the year apart from the part of it", () => {
  it.each([
    ["BÁO CÁO\nKết quả công tác CCHC năm 2022\n(quý II)", { kind: "quarter", year: 2022, index: 2 }],
    [
      "BÁO CÁO\nCông tác cải cách hành chính năm 2022\n6 tháng đầu năm",
      { kind: "half-year", year: 2022, index: 1 },
    ],
    ["BÁO CÁO\nCông tác CCHC năm 2021 - 9 tháng đầu năm", { kind: "nine-months", year: 2021 }],
    ["BÁO CÁO\nCông tác cải cách hành chính năm 2022", { kind: "year", year: 2022 }],
  ])("%s", (title, expected) => {
    const p = detectPeriodInTitle(title);
    expect(p).toMatchObject(expected);
    if (expected.kind === "year") expect(p?.index).toBeUndefined();
  });
});

describe("the title block ends at the first blank line", () => {
  it("a quarter named in the narrative below a year title is not the period", () => {
    const t = "BÁO CÁO\n\nCông tác cải cách hành chính năm 2022\n\nTrong quý I, Sở đã ban hành 4 văn bản.";
    expect(detectPeriodInTitle(t)).toMatchObject({ kind: "year", year: 2022 });
  });
});
