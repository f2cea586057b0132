/**
 * `cchc/office` benchmarks: importing the seed report from its Word file (unzip, XML, table grid, then
 * the text importer) against importing the same report's text — what reading the .docx itself costs —
 * and reading the appendix workbook to TSV against decoding the same bytes as text.
 */
import { readFileSync } from "node:fs";
import { importReport } from "../src/io/index.js";
import { importReportFile, xlsxToTsv } from "../src/office/index.js";
import { type BenchResult, compare, measure } from "./harness.js";

const root = new URL("../", import.meta.url);
const TEXT = readFileSync(new URL("examples/khanh-hoa-skhcn-2022h1.txt", root), "utf8");
const DOCX = new Uint8Array(readFileSync(new URL("test/fixtures/office/khanh-hoa-skhcn-2022h1.docx", root)));
const XLSX = new Uint8Array(
  readFileSync(new URL("test/fixtures/office/appendix-khanh-hoa-2022h1.xlsx", root)),
);

export async function run(): Promise<BenchResult[]> {
  const n = 50;
  let sink = 0;
  const docx = measure("importReportFile(.docx)", n, () => {
    for (let i = 0; i < n; i++) sink += importReportFile(DOCX).findings.length;
  });
  const text = measure("importReport(text)", n, () => {
    for (let i = 0; i < n; i++) sink += importReport(TEXT).findings.length;
  });
  const xlsx = measure("xlsxToTsv", n, () => {
    for (let i = 0; i < n; i++) sink += xlsxToTsv(XLSX).length;
  });
  const decode = measure("TextDecoder on the same bytes", n, () => {
    for (let i = 0; i < n; i++) sink += new TextDecoder("latin1").decode(XLSX).length;
  });
  if (sink < 0) console.log(sink);
  return [
    compare("office.import-docx", "report", docx, text, "informative: cost of reading the .docx itself"),
    compare("office.xlsx-to-tsv", "workbook", xlsx, decode, "informative: unzip + XML over a plain decode"),
  ];
}
