/**
 * A minimal Excel workbook of a TSV table, for the Dossiers tab's tests: one sheet, text cells as
 * inline strings, counts written Vietnamese-style (`1.260`) stored as numbers, as Excel keeps them.
 */
import { zipSync } from "fflate";

const enc = new TextEncoder();
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const col = (c: number) =>
  (c < 26 ? "" : String.fromCharCode(64 + Math.floor(c / 26))) + String.fromCharCode(65 + (c % 26));

/** The `.xlsx` bytes of a tab-separated table. */
export function tsvToXlsx(tsv: string): Uint8Array {
  const rows = tsv.split(/\r?\n/).map((line) => line.split("\t"));
  const xmlRows = rows.map((cells, r) => {
    const xml = cells.map((v, c) => {
      const ref = `${col(c)}${r + 1}`;
      const t = v.trim();
      if (t === "") return "";
      if (/^\d{1,3}(\.\d{3})*$/.test(t)) return `<c r="${ref}"><v>${t.replace(/\./g, "")}</v></c>`;
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(t)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${xml.join("")}</row>`;
  });
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return zipSync(
    {
      "[Content_Types].xml": enc.encode(
        `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
      "_rels/.rels": enc.encode(
        `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      "xl/workbook.xml": enc.encode(
        `${head}<workbook xmlns="${S}" xmlns:r="${R}"><sheets><sheet name="Hồ sơ" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": enc.encode(
        `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
      "xl/worksheets/sheet1.xml": enc.encode(
        `${head}<worksheet xmlns="${S}"><sheetData>${xmlRows.join("")}</sheetData></worksheet>`,
      ),
    },
    { level: 6, mtime: new Date(Date.UTC(2024, 5, 1)) },
  );
}
