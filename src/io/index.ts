/**
 * `cchc/io` — reading what officers have (report text, TSV/CSV, the JSON format) and writing what
 * they print (Markdown, HTML, CSV); document numbers and symbols (số, ký hiệu); document references
 * in narrative text; conservative cross-checks of the narrative against itself and the appendix.
 * @module io
 */

export type { Finding, FindingSource, FindingValue, Lang, Severity } from "../rules/finding.js";
export {
  type AppendixImport,
  findAppendixHeading,
  type ImportCounts,
  type ImportedRow,
  type ImportOptions,
  importAppendix,
  type RowOutcome,
} from "./appendix.js";
export {
  type DossierColumn,
  type DossierColumnRole,
  type DossierTableImport,
  type DossierTableOptions,
  importDossierTable,
} from "./dossier-table.js";
export {
  type DecodeTextError,
  type DecodeTextOptions,
  type DecodeTextResult,
  decodeText,
  type TextEncodingName,
} from "./encoding.js";
export { agencyInitials, type ReportHeader, readReportHeader } from "./header.js";
export { checkNarrative, type NarrativeOptions } from "./narrative.js";
export { type DocumentMention, type ExtractOptions, extractDocumentReferences } from "./references.js";
export { escapeHtml, type RenderOptions, renderReport } from "./render.js";
export {
  detectPeriodInTitle,
  type ImportError,
  type ImportReadout,
  type ImportReportOptions,
  type ImportReportResult,
  importReport,
  type JsonReportError,
  readoutOfReport,
  reportFromJson,
  reportToJson,
  type TitlePeriod,
} from "./report.js";
export {
  type CheckSymbolOptions,
  canonicalKind,
  checkDocumentSymbol,
  DOCUMENT_TYPES,
  type DocumentSymbol,
  type DocumentTypeEntry,
  EXTRA_KINDS,
  KIND_TYPES,
  LEGAL_DOCUMENT_LAWS,
  LEGISLATURES,
  OLD_TYPE_FORMS,
  parseDocumentSymbol,
  type SymbolError,
  type SymbolKind,
  type SymbolParseResult,
  type TypeStatus,
  UNOFFICIAL_TYPES,
} from "./symbols.js";
