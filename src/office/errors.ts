/**
 * Lỗi đọc tệp văn phòng: the typed error of `cchc/office`.
 * @module
 */

/**
 * Mã lỗi tệp văn phòng: the stable codes of {@link OfficeFileError}.
 * - `not-a-zip`: not a ZIP container (or truncated/corrupt beyond reading);
 * - `unsupported-zip`: a ZIP feature the reader refuses (ZIP64, encryption, an unknown compression);
 * - `too-large`: the content expands past the limits (see {@link OFFICE_LIMITS}: a zip bomb, or simply
 *   too much data);
 * - `corrupt`: a part cannot be decompressed or its XML is malformed, too deep or too large;
 * - `missing-part`: a part the format requires is absent (`word/document.xml`, `xl/workbook.xml`…);
 * - `not-docx`, `not-xlsx`: a valid ZIP that is not that kind of document.
 * @example
 * const c: OfficeErrorCode = "too-large";
 */
export type OfficeErrorCode =
  | "not-a-zip"
  | "unsupported-zip"
  | "too-large"
  | "corrupt"
  | "missing-part"
  | "not-docx"
  | "not-xlsx";

/**
 * Lỗi tệp văn phòng: what `readDocx`, `readXlsx` and `xlsxToTsv` throw on bytes they cannot read.
 * `code` is stable, `messages` bilingual, `message` is `"vi / en"`.
 * @example
 * try {
 *   readXlsx(new Uint8Array([1, 2, 3]));
 * } catch (e) {
 *   if (e instanceof OfficeFileError) e.code; // "not-a-zip"
 * }
 */
export class OfficeFileError extends Error {
  /** Stable code. */
  readonly code: OfficeErrorCode;
  /** The message in Vietnamese and English. */
  readonly messages: { vi: string; en: string };
  constructor(code: OfficeErrorCode, vi: string, en: string) {
    super(`${vi} / ${en}`);
    this.name = "OfficeFileError";
    this.code = code;
    this.messages = { vi, en };
  }
}

/**
 * Giới hạn an toàn: the bounds every office reader keeps, so that a hostile file (zip bomb, deeply
 * nested XML) ends in an {@link OfficeFileError} in bounded time and memory.
 * - `maxUnzippedBytes`: all parts read from one file together expand to at most 50 MB;
 * - `maxRatio`: a part larger than 1 MB may not expand more than 100 times its compressed size;
 * - `maxEntries`: at most 10 000 entries in the ZIP directory;
 * - `maxXmlDepth`: XML elements nested at most 256 deep;
 * - `maxXmlNodes`: at most 2 000 000 elements and text nodes per part;
 * - `maxCells`: at most 2 000 000 non-empty cells per workbook.
 * @example
 * OFFICE_LIMITS.maxUnzippedBytes; // 52428800
 */
export const OFFICE_LIMITS = {
  maxUnzippedBytes: 50 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 10_000,
  maxXmlDepth: 256,
  maxXmlNodes: 2_000_000,
  maxCells: 2_000_000,
} as const;
