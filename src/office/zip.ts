/**
 * A bounded ZIP reader (internal): the central directory read by hand, each part inflated by fflate in
 * small steps so that a zip bomb stops at the limit instead of filling memory.
 * @module
 */
import { Inflate } from "fflate";
import { OFFICE_LIMITS, OfficeFileError } from "./errors.js";

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const NOT_ZIP = () =>
  new OfficeFileError(
    "not-a-zip",
    "tệp không phải gói ZIP của Office (.docx/.xlsx) hoặc đã bị cắt cụt",
    "not an Office ZIP package (.docx/.xlsx), or truncated",
  );

function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;
}

/** An opened ZIP archive: its entry names and a bounded reader of each. */
export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private budget: number = OFFICE_LIMITS.maxUnzippedBytes;

  constructor(private readonly bytes: Uint8Array) {
    const b = bytes;
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
      if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 5 && b[i + 3] === 6) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw NOT_ZIP();
    const count = u16(b, eocd + 10);
    const cdSize = u32(b, eocd + 12);
    const cdOffset = u32(b, eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
      throw new OfficeFileError(
        "unsupported-zip",
        "tệp ZIP64 không được hỗ trợ",
        "ZIP64 files are not supported",
      );
    }
    if (count > OFFICE_LIMITS.maxEntries) {
      throw new OfficeFileError(
        "too-large",
        "gói ZIP có quá nhiều mục",
        "the ZIP package has too many entries",
      );
    }
    if (cdOffset + cdSize > eocd) throw NOT_ZIP();
    let p = cdOffset;
    const names = new TextDecoder("utf-8");
    for (let k = 0; k < count; k++) {
      if (p + 46 > eocd || u32(b, p) !== 0x02014b50) throw NOT_ZIP();
      const nameLen = u16(b, p + 28);
      const entry: ZipEntry = {
        flags: u16(b, p + 8),
        method: u16(b, p + 10),
        compressedSize: u32(b, p + 20),
        size: u32(b, p + 24),
        localOffset: u32(b, p + 42),
        name: names.decode(b.subarray(p + 46, p + 46 + nameLen)),
      };
      if (!this.entries.has(entry.name)) this.entries.set(entry.name, entry);
      p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
    }
  }

  /** Whether the archive has an entry of that name. */
  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Entry names, in directory order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The bytes of an entry, or undefined when absent; every failure is an OfficeFileError. */
  read(name: string): Uint8Array | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    if (e.flags & 1) {
      throw new OfficeFileError(
        "unsupported-zip",
        "tệp được đặt mật khẩu; hãy bỏ mật khẩu rồi lưu lại",
        "the file is password-protected; remove the password and save it again",
      );
    }
    const b = this.bytes;
    const lo = e.localOffset;
    if (lo + 30 > b.length || u32(b, lo) !== 0x04034b50) throw NOT_ZIP();
    const start = lo + 30 + u16(b, lo + 26) + u16(b, lo + 28);
    const end = start + e.compressedSize;
    if (end > b.length) throw NOT_ZIP();
    const data = b.subarray(start, end);
    if (e.method === 0) return this.take(data.slice(), e);
    if (e.method !== 8) {
      throw new OfficeFileError(
        "unsupported-zip",
        `phương pháp nén ${e.method} không được hỗ trợ`,
        `compression method ${e.method} is not supported`,
      );
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    const tooLarge = () => this.bomb(name);
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > this.budget) throw tooLarge();
      if (
        total > OFFICE_LIMITS.ratioFloorBytes &&
        total > OFFICE_LIMITS.maxRatio * Math.max(1, e.compressedSize)
      ) {
        throw tooLarge();
      }
      chunks.push(chunk);
    });
    const STEP = 4096;
    try {
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
      for (let i = 0; i < data.length; i += STEP) {
        inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
      }
    } catch (err) {
      if (err instanceof OfficeFileError) throw err;
      throw new OfficeFileError(
        "corrupt",
        `không giải nén được phần ${name} (tệp hỏng hoặc bị cắt cụt)`,
        `cannot decompress part ${name} (corrupt or truncated file)`,
      );
    }
    const out = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return this.take(out, e);
  }

  private take(out: Uint8Array, e: ZipEntry): Uint8Array {
    if (out.length > this.budget) throw this.bomb(e.name);
    this.budget -= out.length;
    return out;
  }

  private bomb(name: string): OfficeFileError {
    const mb = OFFICE_LIMITS.maxUnzippedBytes / 1024 / 1024;
    return new OfficeFileError(
      "too-large",
      `phần ${name} giải nén vượt giới hạn (${mb} MB, hoặc gấp ${OFFICE_LIMITS.maxRatio} lần cỡ nén): tệp quá lớn hoặc là "bom nén"`,
      `part ${name} expands past the limit (${mb} MB, or ${OFFICE_LIMITS.maxRatio}× its compressed size): too large, or a zip bomb`,
    );
  }
}

/** Decodes an XML part (UTF-8, or UTF-16 with a byte-order mark). */
export function partText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}
