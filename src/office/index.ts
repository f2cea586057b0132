/**
 * `cchc/office` — reports as officers have them: Word (`.docx`) and Excel (`.xlsx`) files read from
 * their bytes into the text the importers read, one entry for the bytes of any file
 * (`importReportFile`), and the appendix written out as an Excel workbook (`renderReportXlsx`). Runs in
 * a browser; the only dependency is fflate (ZIP). Kept out of `cchc/io` so that the text-only entries
 * stay free of ZIP code.
 * @module office
 */
export { type DocxBlock, type DocxDocument, docxToText, readDocx } from "./docx.js";
export { OFFICE_LIMITS, type OfficeErrorCode, OfficeFileError } from "./errors.js";
export {
  type FileFormat,
  type ImportFileError,
  type ImportFileOptions,
  type ImportFileResult,
  importReportFile,
  readFileText,
  sniffFileFormat,
} from "./import.js";
export { formatXlsxCell, sheetToTsv, xlsxToTsv } from "./tsv.js";
export { type RenderXlsxOptions, renderReportXlsx } from "./write-xlsx.js";
export { readXlsx, type XlsxCell, type XlsxSheet, type XlsxWorkbook } from "./xlsx.js";
