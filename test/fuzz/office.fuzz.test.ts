import { readFileSync } from "node:fs";
import fc from "fast-check";
import { deflateSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";
import {
  importReportFile,
  OFFICE_LIMITS,
  OfficeFileError,
  readDocx,
  readXlsx,
  xlsxToTsv,
} from "../../src/office/index.js";
import { FUZZ_RUNS } from "./runs.js";

const root = new URL("../../", import.meta.url);
const DOCX = new Uint8Array(readFileSync(new URL("test/fixtures/office/khanh-hoa-skhcn-2022h1.docx", root)));
const XLSX = new Uint8Array(
  readFileSync(new URL("test/fixtures/office/appendix-khanh-hoa-2022h1.xlsx", root)),
);
const enc = new TextEncoder();

/** Runs a reader and accepts only a result or an OfficeFileError. */
function typedOnly(f: () => unknown): OfficeFileError | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(OfficeFileError);
    return e as OfficeFileError;
  }
}

/** A ZIP whose one entry claims to be `name` and holds `data` deflated (a bomb when data is large and uniform). */
function zipWith(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files, { level: 1 });
}

describe("office readers on hostile bytes: typed errors only", () => {
  it("random bytes, with and without a ZIP signature", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (b, pk) => {
        const bytes = pk ? Uint8Array.from([0x50, 0x4b, 3, 4, ...b]) : b;
        typedOnly(() => readDocx(bytes));
        typedOnly(() => readXlsx(bytes));
        const r = importReportFile(bytes, { filename: "x.docx" });
        if (!r.ok) expect(typeof r.error.message.en).toBe("string");
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("the CLI on broken office files: exit 2 and one line", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("check", "render", "show", "refs"),
        fc.constantFrom("r.docx", "r.xlsx", "r.txt"),
        fc.constantFrom(DOCX, XLSX),
        fc.nat(),
        async (command, name, file, cut) => {
          const b = Uint8Array.from([0x50, 0x4b, 3, 4, ...file.subarray(4, 4 + (cut % (file.length - 40)))]);
          const m = memoryIO({ [name]: b });
          const code = await runCli([command, name], m.io);
          expect(code).toBe(2);
          expect(m.stderr.trim().split("\n")).toHaveLength(1);
        },
      ),
      { numRuns: Math.min(FUZZ_RUNS, 100) },
    );
  });

  it("truncated and bit-flipped real files", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(DOCX, XLSX),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        (file, cut, flips) => {
          const b = file.slice(0, cut % (file.length + 1));
          for (const [at, v] of flips) if (b.length) b[at % b.length] = v;
          typedOnly(() => readDocx(b));
          typedOnly(() => xlsxToTsv(b));
          importReportFile(b, { filename: "x.xlsx" });
        },
      ),
      { numRuns: Math.min(FUZZ_RUNS, 300) },
    );
  });

  it(`a zip bomb stops at the limit (${OFFICE_LIMITS.maxUnzippedBytes} bytes, ratio ${OFFICE_LIMITS.maxRatio}×)`, () => {
    // 64 MB of one byte deflates to ~64 kB: past both the size and the ratio limit.
    const big = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    const bomb = zipWith({
      "[Content_Types].xml": enc.encode("<Types/>"),
      "word/document.xml": big,
    });
    expect(bomb.length).toBeLessThan(200_000);
    const e = typedOnly(() => readDocx(bomb));
    expect(e?.code).toBe("too-large");
    const r = importReportFile(bomb, { filename: "bomb.docx" });
    expect(r).toMatchObject({ ok: false, error: { code: "unreadable" } });
    // 2 MB of one byte: under the size limit, past the ratio limit
    const ratio = zipWith({ "xl/workbook.xml": new Uint8Array(2 * 1024 * 1024).fill(0x20) });
    expect(typedOnly(() => readXlsx(ratio))?.code).toBe("too-large");
  });

  it("deeply nested XML, a DOCTYPE (entity expansion) and malformed XML are refused", () => {
    const deep = `<w:document xmlns:w="x"><w:body>${"<w:p>".repeat(OFFICE_LIMITS.maxXmlDepth + 10)}</w:body></w:document>`;
    const lol =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><w:document><w:body/></w:document>';
    for (const xml of [deep, lol, "<w:document><w:body></w:document>", "<w:document"]) {
      const b = zipWith({ "word/document.xml": enc.encode(xml) });
      expect(typedOnly(() => readDocx(b))?.code).toMatch(/corrupt|too-large/);
    }
  });

  it("attribute and element names like __proto__ do not touch any prototype", () => {
    const sheet =
      '<worksheet xmlns="m"><sheetData><row r="1" __proto__="x"><c r="A1" t="inlineStr" constructor="y"><is><t>ok</t></is></c></row></sheetData><__proto__/></worksheet>';
    const wb = zipWith({
      "xl/workbook.xml": enc.encode(
        '<workbook xmlns:r="r"><sheets><sheet name="__proto__" r:id="__proto__"/></sheets></workbook>',
      ),
      "xl/_rels/workbook.xml.rels": enc.encode(
        '<Relationships><Relationship Id="__proto__" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      "xl/worksheets/sheet1.xml": enc.encode(sheet),
    });
    expect(xlsxToTsv(wb)).toBe("ok\n");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("x");
  });

  it("a raw deflate stream that is not a ZIP, and a stored entry past the end", () => {
    expect(typedOnly(() => readDocx(deflateSync(enc.encode("<w:document/>"))))?.code).toBe("not-a-zip");
    const z = zipWith({ "word/document.xml": enc.encode("<w:document><w:body/></w:document>") });
    const cut = z.slice(0, 40);
    expect(typedOnly(() => readDocx(cut))).toBeInstanceOf(OfficeFileError);
  });
});
