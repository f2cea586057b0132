// Builds the office fixtures under test/fixtures/office/ from the seed report texts, in the shapes that
// Word and Excel write (a Word table with merged header cells and multi-paragraph note cells and a
// header table with the agency and the national motto; an Excel workbook with shared strings, number
// formats, merged title cells and a formula with its cached value; Word's "Unicode Text"; a TCVN3 and a
// VNI text). Run: npx tsx scripts/make-office-fixtures.ts
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { zipSync } from "fflate";
import { encodeTcvn3, encodeVni } from "../src/io/legacy-vietnamese.js";

const OUT = "test/fixtures/office";
const REPORT = readFileSync("examples/khanh-hoa-skhcn-2022h1.txt", "utf8");
const APPENDIX = readFileSync("test/fixtures/appendix-khanh-hoa-2022h1.txt", "utf8");
const enc = new TextEncoder();
const FIXED = new Date(Date.UTC(2022, 5, 10));

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Splits the appendix part of a seed text into its heading lines and table rows (page-split rows merged). */
function appendixRows(text: string): { before: string[]; title: string[]; rows: string[][] } {
  const lines = text.split(/\r?\n/);
  const h = lines.findIndex((l) => /^Phụ lục\s*$/.test(l.trim()));
  const before = lines.slice(0, h);
  const title: string[] = [];
  const rows: string[][] = [];
  for (const line of lines.slice(h + 1)) {
    if (line.trim() === "") continue;
    if (!line.includes("\t")) {
      if (rows.length === 0) title.push(line.trim());
      continue;
    }
    const cells = line.split("\t");
    while (cells.length < 5) cells.push("");
    const onlyNote = cells.slice(0, 4).every((c) => c.trim() === "") && cells[4]!.trim() !== "";
    if (onlyNote && rows.length > 2) {
      // A row split by a page break in the text: in the document it is one cell of several paragraphs.
      const prev = rows[rows.length - 1]!;
      prev[4] = `${prev[4]}\n${cells[4]}`;
      continue;
    }
    rows.push(cells.slice(0, 5));
  }
  return { before: ["Phụ lục", ...title].length ? before : before, title, rows };
}

/** Paragraphs of a cell: its lines, and `<p>…</p>` fragments (left by a lossy conversion) as paragraphs. */
function paragraphs(cell: string): string[] {
  const out: string[] = [];
  for (const line of cell.split("\n")) {
    const parts = line.includes("<p>") ? line.split(/<\/?p>/).map((x) => x.trim()) : [line];
    for (const p of parts) if (p !== "") out.push(p);
  }
  return out.length ? out : [""];
}

// ---------- .docx ----------
const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const run = (t: string, rpr = "") =>
  `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>${rpr}<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
const para = (t: string, opts: { bold?: boolean; center?: boolean } = {}) => {
  // Italic fragments in the seed (<i>…</i>) become italic runs.
  const pieces = t.split(/(<i>.*?<\/i>)/).filter((x) => x !== "");
  const runs = pieces
    .map((x) => (x.startsWith("<i>") ? run(x.slice(3, -4), "<w:i/>") : run(x, opts.bold ? "<w:b/>" : "")))
    .join("");
  return `<w:p><w:pPr>${opts.center ? '<w:jc w:val="center"/>' : '<w:jc w:val="both"/>'}</w:pPr>${runs}</w:p>`;
};
const tc = (content: string, width: number, extra = "") =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${extra}</w:tcPr>${content}</w:tc>`;

function docxHeaderTable(): string {
  const left = ["UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số:      /BC-SKHCN"]
    .map((t, i) => para(t, { bold: i === 1, center: true }))
    .join("");
  const right = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Khánh Hòa, ngày      tháng 6 năm 2022",
  ]
    .map((t, i) => para(t, { bold: i < 2, center: true }))
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3800"/><w:gridCol w:w="5800"/></w:tblGrid><w:tr>${tc(left, 3800)}${tc(right, 5800)}</w:tr></w:tbl>`;
}

function docxAppendixTable(rows: string[][]): string {
  const widths = [800, 4200, 1400, 1200, 2400];
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const [h1, h2, ...data] = rows;
  const header1 =
    tc(para(h1![0]!, { bold: true, center: true }), widths[0]!, '<w:vMerge w:val="restart"/>') +
    tc(para(h1![1]!, { bold: true, center: true }), widths[1]!, '<w:vMerge w:val="restart"/>') +
    tc(para(h1![2]!, { bold: true, center: true }), widths[2]! + widths[3]!, '<w:gridSpan w:val="2"/>') +
    tc(para(h1![4]!, { bold: true, center: true }), widths[4]!, '<w:vMerge w:val="restart"/>');
  const header2 =
    tc(para(""), widths[0]!, "<w:vMerge/>") +
    tc(para(""), widths[1]!, "<w:vMerge/>") +
    tc(para(h2![2]!, { bold: true, center: true }), widths[2]!) +
    tc(para(h2![3]!, { bold: true, center: true }), widths[3]!) +
    tc(para(""), widths[4]!, "<w:vMerge/>");
  const body = data
    .map(
      (r) =>
        `<w:tr>${r
          .map((c, i) =>
            tc(
              paragraphs(c)
                .map((p) => para(p))
                .join(""),
              widths[i]!,
            ),
          )
          .join("")}</w:tr>`,
    )
    .join("");
  const border = (n: string) => `<w:${n} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="10000" w:type="dxa"/><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>${header1}</w:tr><w:tr><w:trPr><w:tblHeader/></w:trPr>${header2}</w:tr>${body}</w:tbl>`;
}

function makeDocx(text: string): Uint8Array {
  const { before, title, rows } = appendixRows(text);
  const narrative = before.slice(1); // the first line (the agency) moves into the header table
  const body = [
    docxHeaderTable(),
    ...narrative.map((l) =>
      para(l.trim(), { bold: /^(BÁO CÁO|[IVX]+\.)/.test(l.trim()), center: /^BÁO CÁO$/.test(l.trim()) }),
    ),
    '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
    para("Phụ lục", { bold: true, center: true }),
    ...title.map((t) => para(t, { bold: true, center: true })),
    docxAppendixTable(rows),
    para(""),
  ].join("");
  const files = {
    "[Content_Types].xml": enc.encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": enc.encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`,
    ),
  };
  return zipSync(files, { level: 6, mtime: FIXED });
}

// ---------- .xlsx ----------
function colName(c: number): string {
  return String.fromCharCode(65 + c);
}

function makeXlsx(text: string): Uint8Array {
  const { title, rows } = appendixRows(text);
  const strings: string[] = [];
  const sst = (s: string) => {
    let i = strings.indexOf(s);
    if (i < 0) i = strings.push(s) - 1;
    return i;
  };
  // styles: 0 default, 1 text wrap, 2 integer, 3 #,##0, 4 0.00%, 5 0%, 6 bold centre
  const sheetRows: string[] = [];
  let r = 0;
  const cellXml = (c: number, v: string, isHeader = false): string => {
    const ref = `${colName(c)}${r + 1}`;
    const t = v.trim();
    if (t === "") return "";
    if (!isHeader && c === 3) {
      if (/^[1-9]\d*$|^0$/.test(t)) {
        // One cell as a formula with its cached value, as Excel stores it.
        if (t === "27") return `<c r="${ref}" s="2"><f>SUM(27)</f><v>27</v></c>`;
        return `<c r="${ref}" s="2"><v>${t}</v></c>`;
      }
      if (/^\d{1,3}(\.\d{3})+$/.test(t)) return `<c r="${ref}" s="3"><v>${t.replace(/\./g, "")}</v></c>`;
      let m = /^(\d+),(\d{2})%$/.exec(t);
      if (m) return `<c r="${ref}" s="4"><v>${fractionOf(t)}</v></c>`;
      m = /^(\d+)%$/.exec(t);
      if (m) return `<c r="${ref}" s="5"><v>${fractionOf(t)}</v></c>`;
    }
    const multi = v
      .replace(/<\/?p>/g, "\n")
      .replace(/\n\s*\n/g, "\n")
      .trim();
    return `<c r="${ref}" s="${isHeader ? 6 : 1}" t="s"><v>${sst(multi)}</v></c>`;
  };
  const pushRow = (cells: string[], isHeader = false) => {
    sheetRows.push(`<row r="${r + 1}">${cells.map((c, i) => cellXml(i, c, isHeader)).join("")}</row>`);
    r++;
  };
  pushRow(["Phụ lục"]);
  for (const t of title) pushRow([t], true);
  const headerTop = r;
  pushRow(rows[0]!, true);
  pushRow(rows[1]!, true);
  for (const row of rows.slice(2)) pushRow(row);
  const merges = [
    `A${title.length + 1 > 1 ? 2 : 1}:E${title.length + 1}`,
    `A${headerTop + 1}:A${headerTop + 2}`,
    `B${headerTop + 1}:B${headerTop + 2}`,
    `C${headerTop + 1}:D${headerTop + 1}`,
    `E${headerTop + 1}:E${headerTop + 2}`,
  ];
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:E${r}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="8" customWidth="1"/><col min="2" max="2" width="55" customWidth="1"/><col min="3" max="4" width="13" customWidth="1"/><col min="5" max="5" width="40" customWidth="1"/></cols><sheetData>${sheetRows.join("")}</sheetData><mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const notes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>${sst("Ghi chú: số liệu lũy kế đến ngày 14/6/2022")}</v></c></row></sheetData></worksheet>`;
  const sstXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("")}</sst>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0;[Red]\\-#,##0"/></numFmts><fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const files = {
    "[Content_Types].xml": enc.encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    "_rels/.rels": enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    // Two sheets, the notes sheet first: the importer must choose the appendix by content.
    "xl/workbook.xml": enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><workbookPr defaultThemeVersion="124226"/><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="Ghi chú" sheetId="2" r:id="rId2"/><sheet name="PL" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="145621"/></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": enc.encode(sheet),
    "xl/worksheets/sheet2.xml": enc.encode(notes),
    "xl/sharedStrings.xml": enc.encode(sstXml),
    "xl/styles.xml": enc.encode(styles),
  };
  return zipSync(files, { level: 6, mtime: FIXED });
}

/** "37,03%" → "0.3703", "50%" → "0.5": the fraction Excel stores for a percentage, exactly. */
function fractionOf(percent: string): string {
  const [i = "0", f = ""] = percent.replace("%", "").split(",");
  const digits = i.padStart(3, "0") + f;
  const cut = digits.length - f.length - 2;
  return `${digits.slice(0, cut).replace(/^0+(?=\d)/, "")}.${digits.slice(cut)}`.replace(/\.?0+$/, "") || "0";
}

// ---------- text encodings ----------
function utf16le(text: string): Uint8Array {
  const crlf = text.replace(/\r?\n/g, "\r\n");
  const out = new Uint8Array(2 + crlf.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < crlf.length; i++) {
    const c = crlf.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >> 8;
  }
  return out;
}
function latin1(text: string): Uint8Array {
  const crlf = text.replace(/\r?\n/g, "\r\n");
  return Uint8Array.from([...crlf].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/khanh-hoa-skhcn-2022h1.docx`, makeDocx(REPORT));
writeFileSync(`${OUT}/appendix-khanh-hoa-2022h1.xlsx`, makeXlsx(APPENDIX));
writeFileSync(`${OUT}/khanh-hoa-skhcn-2022h1.utf16.txt`, utf16le(REPORT));
writeFileSync(`${OUT}/khanh-hoa-skhcn-2022h1.tcvn3.txt`, latin1(encodeTcvn3(REPORT)));
writeFileSync(`${OUT}/khanh-hoa-skhcn-2022h1.vni.txt`, latin1(encodeVni(REPORT)));
console.log("office fixtures written to", OUT);
