import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { reportingPeriod } from "../../src/calendar/periods.js";
import { importReport } from "../../src/io/report.js";
import {
  docxToText,
  formatXlsxCell,
  importReportFile,
  OfficeFileError,
  readDocx,
  readXlsx,
  renderReportXlsx,
  sheetToTsv,
  sniffFileFormat,
  xlsxToTsv,
} from "../../src/office/index.js";
import type { Finding } from "../../src/rules/finding.js";
import { checkReport } from "../../src/rules/index.js";

const root = new URL("../../", import.meta.url);
const bytes = (p: string) => new Uint8Array(readFileSync(new URL(p, root)));
const text = (p: string) => readFileSync(new URL(p, root), "utf8");
const REPORT_TXT = "examples/khanh-hoa-skhcn-2022h1.txt";
const APPENDIX_TXT = "test/fixtures/appendix-khanh-hoa-2022h1.txt";
const H1 = (() => {
  const p = reportingPeriod("half-year", 2022, 1);
  return { kind: p.kind, year: p.year, index: 1, from: p.from, to: p.to };
})();

/** A finding without where it was written (line numbers differ between formats). */
const key = (f: Finding) =>
  `${f.severity} ${f.rule} ${f.code} ${JSON.stringify(f.expected ?? null)} ${JSON.stringify(f.actual ?? null)}`;
/** Import findings that only say how the file was read, or tidy the damage of a lossy text conversion. */
const FORMAT_ONLY = new Set([
  "import.file-format",
  "import.encoding-converted",
  "import.html-stripped",
  "import.continued-note",
]);

function sameFindings(textPath: string, filePath: string, withOptions = false) {
  const a = importReport(
    text(textPath),
    withOptions ? { period: H1, agency: { id: "khanh-hoa/skhcn" } } : {},
  );
  const b = importReportFile(bytes(filePath), {
    filename: filePath,
    ...(withOptions ? { period: "2022H1", agency: "khanh-hoa/skhcn" } : {}),
  });
  expect(a.ok).toBe(true);
  expect(b.ok).toBe(true);
  if (!a.ok || !b.ok) return;
  expect(b.report.values).toEqual(a.report.values);
  const ca = checkReport(a.report).findings.map(key).sort();
  const cb = checkReport(b.report).findings.map(key).sort();
  expect(cb).toEqual(ca);
  expect(ca.length).toBeGreaterThan(10);
  const ia = a.findings
    .filter((f) => !FORMAT_ONLY.has(f.rule))
    .map((f) => `${f.rule} ${f.code}`)
    .sort();
  const ib = b.findings
    .filter((f) => !FORMAT_ONLY.has(f.rule))
    .map((f) => `${f.rule} ${f.code}`)
    .sort();
  expect(ib).toEqual(ia);
  return b;
}

describe("the seed report in every format gives the same findings, row for row", () => {
  it(".docx (header table, narrative, appendix as a Word table with merged headers, multi-paragraph notes)", () => {
    const r = sameFindings(REPORT_TXT, "test/fixtures/office/khanh-hoa-skhcn-2022h1.docx");
    expect(r?.format).toBe("docx");
    expect(r?.ok && r.report.narrative).toContain("Kế hoạch số 105/KH-SKHCN");
  });
  it(".xlsx (appendix sheet chosen by content among two, percent formats, a formula's cached value)", () => {
    const r = sameFindings(APPENDIX_TXT, "test/fixtures/office/appendix-khanh-hoa-2022h1.xlsx", true);
    expect(r?.ok && r.sheet).toBe("PL");
  });
  it("UTF-16 text (Word's Unicode Text)", () => {
    const r = sameFindings(REPORT_TXT, "test/fixtures/office/khanh-hoa-skhcn-2022h1.utf16.txt");
    expect(r?.ok && r.encoding).toBe("utf-16le");
  });
  it("TCVN3 text", () => {
    const r = sameFindings(REPORT_TXT, "test/fixtures/office/khanh-hoa-skhcn-2022h1.tcvn3.txt");
    expect(r?.ok && r.encoding).toBe("tcvn3");
    expect(r?.findings.some((f) => f.rule === "import.encoding-converted")).toBe(true);
  });
  it("VNI text", () => {
    const r = sameFindings(REPORT_TXT, "test/fixtures/office/khanh-hoa-skhcn-2022h1.vni.txt");
    expect(r?.ok && r.encoding).toBe("vni");
  });
});

describe("the same files saved again by LibreOffice (a real office suite's OOXML)", () => {
  it(".docx", () => {
    sameFindings(REPORT_TXT, "test/fixtures/office/libreoffice/khanh-hoa-skhcn-2022h1.docx");
  });
  it(".xlsx", () => {
    sameFindings(APPENDIX_TXT, "test/fixtures/office/libreoffice/appendix-khanh-hoa-2022h1.xlsx", true);
  });
  it("a workbook written by renderReportXlsx, then saved by LibreOffice, checks the same", () => {
    const a = importReport(text(REPORT_TXT));
    const b = importReportFile(
      bytes("test/fixtures/office/libreoffice/rendered-khanh-hoa-skhcn-2022h1.xlsx"),
    );
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(checkReport(b.report).findings.map(key).sort()).toEqual(
      checkReport(a.report).findings.map(key).sort(),
    );
  });
});

describe("readDocx / docxToText", () => {
  const doc = readDocx(bytes("test/fixtures/office/khanh-hoa-skhcn-2022h1.docx"));
  it("reads the header table column by column: agency first, then the motto", () => {
    const t = docxToText(doc).split("\n");
    expect(t.slice(0, 2)).toEqual(["UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"]);
    expect(t).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });
  it("keeps merged header cells blank on the grid and joins multi-paragraph cells", () => {
    const table = doc.blocks.filter((b) => b.kind === "table")[1];
    if (table?.kind !== "table") throw new Error("no appendix table");
    expect(table.rows[0]).toEqual([
      "STT",
      "Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)",
      "Kết quả thống kê",
      "",
      "Ghi chú",
    ]);
    expect(table.rows[1]).toEqual(["", "", "Đơn vị tính", "Số liệu", ""]);
    const note = table.rows[2 + 1]?.[4] ?? "";
    expect(note.split("\n").length).toBeGreaterThan(3);
    const tsv = docxToText(doc)
      .split("\n")
      .find((l) => l.startsWith("1.1.\t"));
    expect(tsv?.split("\t")).toHaveLength(5);
    expect(tsv).not.toMatch(/\n/);
  });
  it("writes Word's automatic list numbers (numbering.xml) in front of their paragraphs", () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const lvl = (i: number, fmt: string, t: string, start = 1) =>
      `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${t}"/></w:lvl>`;
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2.")}${lvl(2, "bullet", "\uF0B7")}</w:abstractNum><w:abstractNum w:abstractNumId="1">${lvl(0, "upperRoman", "%1.")}${lvl(1, "lowerLetter", "%2)")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num></w:numbering>`;
    const p = (text: string, numId?: number, ilvl = 0) =>
      `<w:p>${numId ? `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>` : ""}<w:r><w:t>${text}</w:t></w:r></w:p>`;
    const tc = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const row = (a: string, b: string) => `<w:tr>${tc(a)}${tc(b)}</w:tr>`;
    const body = [
      p("CÔNG TÁC CHỈ ĐẠO", 2),
      p("Kiểm tra", 2, 1),
      p("Kiểm soát", 2, 1),
      p("CẢI CÁCH THỂ CHẾ", 2),
      p("Tiếp tục", 3),
      `<w:tbl>${row(p("", 1), p("Công tác chỉ đạo"))}${row(p("", 1, 1), p("Số văn bản"))}${row(p("", 1, 1), p("Tỷ lệ"))}${row(p("", 1, 2), p("Số nhiệm vụ"))}${row(p("", 1), p("Cải cách thể chế"))}${row(p("", 1, 1), p("Số VBQPPL"))}</w:tbl>`,
    ].join("");
    const enc = new TextEncoder();
    const docx = zipSync({
      "word/document.xml": enc.encode(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
      "word/numbering.xml": enc.encode(numbering),
    });
    expect(docxToText(readDocx(docx)).split("\n")).toEqual([
      "I. CÔNG TÁC CHỈ ĐẠO",
      "a) Kiểm tra",
      "b) Kiểm soát",
      "II. CẢI CÁCH THỂ CHẾ",
      "IV. Tiếp tục",
      "1.\tCông tác chỉ đạo",
      "1.1.\tSố văn bản",
      "1.2.\tTỷ lệ",
      "-\tSố nhiệm vụ",
      "2.\tCải cách thể chế",
      "2.1.\tSố VBQPPL",
      "",
    ]);
  });

  it("refuses a workbook, random bytes and a truncated file with typed errors", () => {
    expect(() => readDocx(bytes("test/fixtures/office/appendix-khanh-hoa-2022h1.xlsx"))).toThrow(
      OfficeFileError,
    );
    const whole = bytes("test/fixtures/office/khanh-hoa-skhcn-2022h1.docx");
    expect(() => readDocx(whole.subarray(0, whole.length - 30))).toThrow(OfficeFileError);
    try {
      readDocx(new Uint8Array([1, 2, 3]));
    } catch (e) {
      expect(e).toBeInstanceOf(OfficeFileError);
      expect((e as OfficeFileError).code).toBe("not-a-zip");
    }
  });
});

describe("readXlsx / formatXlsxCell / xlsxToTsv", () => {
  it("writes numbers the Vietnamese way at the precision the format shows", () => {
    expect(formatXlsxCell({ kind: "number", value: 0.3703, format: "0.00%" })).toBe("37,03%");
    expect(formatXlsxCell({ kind: "number", value: 0.37037037, format: "0.00%" })).toBe("37,04%");
    expect(formatXlsxCell({ kind: "number", value: 0.5, format: "0%" })).toBe("50%");
    expect(formatXlsxCell({ kind: "number", value: 20000, format: "#,##0" })).toBe("20.000");
    expect(formatXlsxCell({ kind: "number", value: 1234.5, format: "#,##0.00" })).toBe("1.234,50");
    expect(formatXlsxCell({ kind: "number", value: -7, format: "#,##0;[Red]\\-#,##0" })).toBe("-7");
    expect(formatXlsxCell({ kind: "number", value: 3.5, format: "General" })).toBe("3,5");
    expect(formatXlsxCell({ kind: "number", value: 20000, format: "General" })).toBe("20000");
    expect(formatXlsxCell({ kind: "number", value: 44742, format: "dd/mm/yyyy" })).toBe("30/06/2022");
    expect(formatXlsxCell({ kind: "number", value: 44742, format: "m/d/yy" })).toBe("30/06/2022");
    expect(formatXlsxCell({ kind: "text", value: "08" })).toBe("08");
    expect(formatXlsxCell({ kind: "boolean", value: true })).toBe("TRUE");
    expect(formatXlsxCell(undefined)).toBe("");
  });
  it("reads cached formula values, percent formats, shared strings and merges", () => {
    const wb = readXlsx(bytes("test/fixtures/office/appendix-khanh-hoa-2022h1.xlsx"));
    expect(wb.sheets.map((s) => s.name)).toEqual(["Ghi chú", "PL"]);
    const pl = wb.sheets[1]!;
    const tsv = sheetToTsv(pl);
    expect(tsv).toContain("1.2.\tTỷ lệ hoàn thành Kế hoạch CCHC (lũy kế đến thời điểm báo cáo)\t%\t37,03%\t");
    expect(tsv).toContain("\t- Số nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t27\t");
    expect(pl.merges.length).toBe(5);
    expect(xlsxToTsv(bytes("test/fixtures/office/appendix-khanh-hoa-2022h1.xlsx"), { sheet: "PL" })).toBe(
      tsv,
    );
    expect(() =>
      xlsxToTsv(bytes("test/fixtures/office/appendix-khanh-hoa-2022h1.xlsx"), { sheet: "x" }),
    ).toThrow(OfficeFileError);
  });
});

describe("renderReportXlsx", () => {
  const imported = importReport(text(REPORT_TXT));
  if (!imported.ok) throw new Error("seed report does not import");
  const checked = checkReport(imported.report);
  const wb = renderReportXlsx(imported.report, { findings: checked.findings });

  it("round trip: check on the workbook gives the same findings as the source", () => {
    const back = importReportFile(wb, { filename: "out.xlsx" });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(checkReport(back.report).findings.map(key).sort()).toEqual(checked.findings.map(key).sort());
    expect(back.report.agency).toEqual(imported.report.agency);
    expect(back.report.period).toEqual(imported.report.period);
    // the findings column is not read back as notes
    expect(JSON.stringify(back.report.values)).not.toContain("rate.mismatch");
  });

  it("writes real numbers with number formats, rates as fractions formatted as percentages", () => {
    const sheet = readXlsx(wb).sheets[0]!;
    const row = sheet.rows.find((r) => r[0]?.kind === "text" && r[0].value === "1.2.");
    expect(row?.[3]).toEqual({ kind: "number", value: 0.3703, format: "0.00%" });
    const sub = sheet.rows.find(
      (r) => r[1]?.kind === "text" && r[1].value === "- Số nhiệm vụ đề ra trong kế hoạch",
    );
    expect(sub?.[3]).toMatchObject({ kind: "number", value: 27 });
    const header = sheet.rows.find((r) => r[0]?.kind === "text" && r[0].value === "STT");
    expect(header?.map((c) => (c?.kind === "text" ? c.value : ""))).toEqual([
      "STT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Số liệu",
      "Ghi chú",
      "Phát hiện",
    ]);
    // a value that is not a plain number stays as written
    const frac = sheet.rows.find((r) => r[3]?.kind === "text" && r[3].value === "54/55 TTHC");
    expect(frac).toBeDefined();
  });

  it("puts findings beside their rows, as cell comments, and on a second sheet", () => {
    const w = readXlsx(wb);
    expect(w.sheets.map((s) => s.name)).toEqual(["Phụ lục", "Phát hiện"]);
    expect(w.sheets[1]!.rows.length).toBe(checked.findings.length + 1);
    const row = w.sheets[0]!.rows.find((r) => r[0]?.kind === "text" && r[0].value === "1.2.");
    expect(row?.[5]?.kind === "text" && row[5].value).toContain("rate.truncated");
    const names = new TextDecoder("latin1").decode(wb);
    expect(names).toContain("xl/comments1.xml");
    expect(names).toContain("xl/drawings/vmlDrawing1.vml");
  });

  it("without findings, writes no comments", () => {
    const plain = renderReportXlsx(imported.report);
    expect(new TextDecoder("latin1").decode(plain)).not.toContain("comments1.xml");
  });
});

describe("importReportFile refusals and sniffing", () => {
  const ole = (stream: string) => {
    const b = new Uint8Array(2048);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (let i = 0; i < stream.length; i++) b[1024 + 2 * i] = stream.charCodeAt(i);
    return b;
  };
  it("refuses .doc and tells a legacy .xls apart, naming the fix", () => {
    const doc = importReportFile(ole("WordDocument"), { filename: "bao-cao.doc" });
    expect(doc).toMatchObject({ ok: false, format: "doc", error: { code: "unsupported-format" } });
    expect(!doc.ok && doc.error.message.en).toContain("save as .docx");
    const encrypted = importReportFile(ole("EncryptedPackage"), { filename: "bao-cao.docx" });
    expect(encrypted).toMatchObject({ ok: false, format: "ole" });
    expect(!encrypted.ok && encrypted.error.message.en).toContain("password");
    const xls = importReportFile(ole("Workbook"));
    expect(xls).toMatchObject({ ok: false, format: "xls" });
    expect(!xls.ok && xls.error.message.vi).toContain(".xlsx");
  });
  it("refuses PDF and RTF", () => {
    const pdf = importReportFile(new TextEncoder().encode("%PDF-1.7\n..."));
    expect(!pdf.ok && pdf.error.message.en).toContain("a PDF carries no table structure");
    expect(importReportFile(new TextEncoder().encode("{\\rtf1\\ansi ...}"))).toMatchObject({
      ok: false,
      format: "rtf",
    });
  });
  it("refuses a ZIP that is neither .docx nor .xlsx", () => {
    const odt = zipSync({ mimetype: new TextEncoder().encode("application/vnd.oasis.opendocument.text") });
    expect(importReportFile(odt, { filename: "x.odt" })).toMatchObject({
      ok: false,
      error: { code: "unsupported-format" },
    });
  });
  it("reads the library's JSON and a text file; content wins over a wrong extension", () => {
    const json = bytes("examples/khanh-hoa-skhcn-2022h1.json");
    expect(importReportFile(json)).toMatchObject({ ok: true, format: "json" });
    const docx = bytes("test/fixtures/office/khanh-hoa-skhcn-2022h1.docx");
    expect(importReportFile(docx, { filename: "misnamed.xlsx" })).toMatchObject({ ok: true, format: "docx" });
    expect(sniffFileFormat(new Uint8Array([0x50, 0x4b, 3, 4]), "a.XLSX")).toBe("xlsx");
    expect(sniffFileFormat(new TextEncoder().encode("  \n{}"))).toBe("json");
    expect(sniffFileFormat(new TextEncoder().encode("BÁO CÁO"))).toBe("text");
  });
  it("an empty file and a bad period are typed errors", () => {
    expect(importReportFile(new Uint8Array(0))).toMatchObject({ ok: false, error: { code: "empty" } });
    expect(importReportFile(bytes(REPORT_TXT), { period: "2022X9" })).toMatchObject({
      ok: false,
      error: { code: "bad-period" },
    });
  });
});
