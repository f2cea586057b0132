import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkImportedReport,
  findingsCsv,
  findingsJson,
  findingValueText,
  periodFromId,
  periodIdOf,
  placeFindings,
} from "../../site/src/check.js";
import { STRINGS } from "../../site/src/i18n.js";
import { readReportFile } from "../../site/src/read-file.js";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";
import { reportFromJson } from "../../src/io/index.js";
import { importReportFile } from "../../src/office/index.js";

const exampleText = readFileSync(
  new URL("../../examples/khanh-hoa-skhcn-2022h1.txt", import.meta.url),
  "utf8",
);
const exampleJson = readFileSync(
  new URL("../../examples/khanh-hoa-skhcn-2022h1.json", import.meta.url),
  "utf8",
);
const utf8 = (s: string) => new TextEncoder().encode(s);
const officeFixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/office/${name}`, import.meta.url)));

function exampleChecked() {
  const r = readReportFile(utf8(exampleText), "example.txt");
  if (!r.ok) throw new Error(r.error.message.en);
  return { report: r.report, result: checkImportedReport(r.report, r.findings, "vi") };
}

/** RFC 4180 reader for the test: rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("readReportFile (the page's only reader)", () => {
  it("reads report text as importReportFile (cchc/office) does", () => {
    const r = readReportFile(utf8(exampleText), "example.txt");
    expect(r).toEqual(importReportFile(utf8(exampleText), { filename: "example.txt", lang: "vi" }));
    expect(r.ok).toBe(true);
  });
  it("reads Word, Excel, UTF-16 and TCVN3/VNI files to the same appendix as the UTF-8 text", () => {
    const text = readReportFile(utf8(exampleText), "example.txt");
    if (!text.ok) throw new Error(text.error.message.en);
    const q = periodFromId("2022H1");
    if (!q.ok) throw new Error("2022H1");
    const files: [string, string][] = [
      ["khanh-hoa-skhcn-2022h1.docx", "docx"],
      ["appendix-khanh-hoa-2022h1.xlsx", "xlsx"],
      ["khanh-hoa-skhcn-2022h1.utf16.txt", "text"],
      ["khanh-hoa-skhcn-2022h1.tcvn3.txt", "text"],
      ["khanh-hoa-skhcn-2022h1.vni.txt", "text"],
    ];
    for (const [name, format] of files) {
      const bytes = officeFixture(name);
      const r = readReportFile(bytes, name, { period: q.period });
      expect(r, name).toEqual(importReportFile(bytes, { filename: name, lang: "vi", period: q.period }));
      expect(r.ok, name).toBe(true);
      if (!r.ok) continue;
      expect(r.format, name).toBe(format);
      expect(r.report.period, name).toEqual(q.period);
      expect(Object.keys(r.report.values).sort(), name).toEqual(Object.keys(text.report.values).sort());
    }
  });
  it("drops a UTF-8 byte-order mark", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(exampleText)]);
    expect(readReportFile(bom, "bom.txt")).toEqual(readReportFile(utf8(exampleText), "example.txt"));
  });
  it("reads the library's JSON format, and applies a period given by the user", () => {
    const r = readReportFile(utf8(exampleJson), "example.json");
    const direct = reportFromJson(exampleJson);
    expect(r.ok && direct.ok && r.report).toEqual(direct.ok && direct.report);
    const q2 = periodFromId("2022Q2");
    if (!q2.ok) throw new Error("2022Q2");
    const withPeriod = readReportFile(utf8(exampleJson), "example.json", { period: q2.period });
    expect(withPeriod.ok && withPeriod.report.period).toEqual(q2.period);
  });
  it("uses the period given instead of the title's", () => {
    const q2 = periodFromId("2022Q2");
    if (!q2.ok) throw new Error("2022Q2");
    const r = readReportFile(utf8(exampleText), "example.txt", { period: q2.period });
    expect(r.ok && r.report.period).toEqual(q2.period);
    expect(r.findings.map((f) => f.rule)).not.toContain("import.period-detected");
    expect(readReportFile(utf8(exampleText), "x").findings.map((f) => f.rule)).toContain(
      "import.period-detected",
    );
  });
  it("turns every bad input into one typed failure with both languages, never an exception", () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const docx = officeFixture("khanh-hoa-skhcn-2022h1.docx");
    const cases: [Uint8Array, string, string, string][] = [
      [new Uint8Array(0), "bad.bin", "empty", "“bad.bin” is empty"],
      [
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        "photo.png",
        "not-text",
        "“photo.png” — binary file",
      ],
      [ole, "bao-cao.doc", "unsupported-format", "“bao-cao.doc” — Word 97–2003 files (.doc) cannot be read"],
      [ole, "bao-cao.xls", "unsupported-format", "save as .xlsx"],
      [utf8("%PDF-1.7\n"), "bao-cao.pdf", "unsupported-format", "PDF"],
      [docx.subarray(0, 200), "cut.docx", "unreadable", "“cut.docx” — cannot read the file"],
      [utf8("{ not json"), "bad.json", "invalid-json", "invalid JSON"],
      [utf8('{"format":"cchc.report/1"}'), "bad.json", "invalid-report", "invalid report"],
      [utf8("hello\nworld"), "hello.txt", "not-a-report", "not a CCHC report"],
    ];
    for (const [bytes, name, code, en] of cases) {
      const r = readReportFile(bytes, name);
      expect(r.ok, en).toBe(false);
      if (r.ok) continue;
      expect(r.error.code, en).toBe(code);
      expect(r.error.message.en, en).toContain(en);
      expect(r.error.message.vi.length).toBeGreaterThan(5);
      expect(r.error.message.vi).not.toBe(r.error.message.en);
    }
  });
  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = readReportFile(bytes, "any");
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});

describe("placing findings and the downloads", () => {
  it("places every finding exactly once, on the row it is about when the table has it", () => {
    const { report, result } = exampleChecked();
    const placed = placeFindings(report, result);
    const onRows = placed.lines.flatMap((l) => l.findings);
    expect(onRows.length + placed.narrative.length + placed.general.length).toBe(result.findings.length);
    for (const line of placed.lines) {
      for (const f of line.findings) expect(f.code ?? f.codes[0]).toBe(line.id);
    }
    const ids = new Set(placed.lines.map((l) => l.id));
    for (const f of [...placed.narrative, ...placed.general])
      expect(ids.has(f.code ?? f.codes[0] ?? "")).toBe(false);
    expect(placed.narrative.every((f) => f.source === "narrative")).toBe(true);
    expect(placed.lines.find((l) => l.id === "2.1")?.findings.map((f) => f.rule)).toEqual(["sum.parts"]);
    expect(placed.lines.find((l) => l.id === "1.2")?.value).toBe("37,03%");
  });
  it("writes the findings JSON that `cchc check --format json` prints", async () => {
    const { result } = exampleChecked();
    const m = memoryIO({ "r.txt": exampleText });
    expect(await runCli(["check", "r.txt", "--format", "json", "--exit-zero"], m.io)).toBe(0);
    expect(findingsJson(result)).toBe(m.stdout);
    expect(result.findings.length).toBeGreaterThan(10);
  });
  it("writes the findings CSV with one quoted-where-needed line per finding, in the language asked", () => {
    const { result } = exampleChecked();
    for (const lang of ["vi", "en"] as const) {
      const csv = findingsCsv(result.findings, lang);
      expect(csv.startsWith("\uFEFFseverity,rule,code,")).toBe(true);
      const rows = parseCsv(csv.slice(1));
      expect(rows).toHaveLength(result.findings.length + 1);
      rows.slice(1).forEach((row, i) => {
        const f = result.findings[i]!;
        expect(row).toHaveLength(8);
        expect(row.slice(0, 3)).toEqual([f.severity, f.rule, f.code ?? ""]);
        expect(row[6]).toBe(f.messages[lang]);
      });
    }
  });
  it("escapes commas, quotes and newlines in CSV cells", () => {
    const { result } = exampleChecked();
    const f = { ...result.findings[0]!, messages: { vi: 'a, "b"\nc', en: "x" } };
    const rows = parseCsv(findingsCsv([f], "vi").slice(1));
    expect(rows[1]?.[6]).toBe('a, "b"\nc');
  });
  it("shows finding values as the command line does", () => {
    expect(findingValueText({ value: "37.04", unit: "%" }, "vi")).toBe("37,04%");
    expect(findingValueText({ value: "37.04", unit: "%" }, "en")).toBe("37.04%");
    expect(findingValueText({ value: "20000" }, "vi")).toBe("20.000");
    expect(findingValueText({ value: "2022-06-14" }, "vi")).toBe("2022-06-14");
    expect(findingValueText({ value: null }, "vi")).toBe("");
  });
});

describe("the period field", () => {
  it("reads a period id into the NĐ 09/2019 window and writes it back", () => {
    const r = periodFromId(" 2022h1 ");
    expect(r).toEqual({
      ok: true,
      period: { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" },
    });
    if (r.ok) expect(periodIdOf(r.period)).toBe("2022H1");
    for (const id of ["2022", "2022Q3", "2022N9", "2022M05"]) {
      const p = periodFromId(id);
      expect(p.ok && periodIdOf(p.period)).toBe(id);
    }
  });
  it("says why a text is not a period, in both languages", () => {
    const r = periodFromId("2022X");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.vi).toContain("mã kỳ báo cáo không hợp lệ");
      expect(r.message.en).toContain("invalid period id");
    }
  });
});

describe("the page's strings", () => {
  it("has every key in both languages, translated", () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.vi).sort());
    for (const [key, vi] of Object.entries(STRINGS.vi)) {
      const en = STRINGS.en[key as keyof typeof STRINGS.en];
      expect(vi.trim(), key).not.toBe("");
      expect(en.trim(), key).not.toBe("");
      if (key !== "kindTet") expect(en, key).not.toBe(vi);
    }
  });
  it("covers every data-i18n key of the page", () => {
    const html = readFileSync(new URL("../../site/index.html", import.meta.url), "utf8");
    const keys = [...html.matchAll(/data-i18n(?:-aria-label)?="([^"]+)"/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(40);
    for (const k of keys) expect(Object.hasOwn(STRINGS.vi, k), k).toBe(true);
  });
  it("writes the Vietnamese text into the page's markup, so the page reads right before its script runs", () => {
    const html = readFileSync(new URL("../../site/index.html", import.meta.url), "utf8");
    const texts = [...html.matchAll(/<\w+[^>]*\sdata-i18n="(\w+)"[^>]*>([^<]*)</g)];
    expect(texts.length).toBeGreaterThan(40);
    for (const [, key, text] of texts) expect(text, key).toBe(STRINGS.vi[key as keyof typeof STRINGS.vi]);
  });
});
