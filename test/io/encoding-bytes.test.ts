import { describe, expect, it } from "vitest";
import { type DecodeTextResult, decodeText } from "../../src/io/encoding.js";
import { encodeTcvn3, encodeVni } from "../../src/io/legacy-vietnamese.js";

/** Each character's code as one byte (Latin-1 / Windows-1252 bytes of a string). */
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new TextEncoder().encode(s);
/** UTF-16 code units of `s`, little- or big-endian, optionally after a byte-order mark. */
function utf16(s: string, order: "le" | "be", bom: boolean): Uint8Array {
  const out: number[] = bom ? (order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (order === "le") out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}
/** The decoded text, or a test failure naming the error code. */
function decoded(r: DecodeTextResult) {
  if (!r.ok) throw new Error(`expected text, got ${r.error.code}`);
  return r;
}
const BINARY = {
  ok: false,
  error: { code: "binary", message: { vi: "tệp nhị phân, không phải văn bản", en: "binary file, not text" } },
};

describe("decodeText: byte-order marks", () => {
  it("reports the mark of UTF-16 LE and BE and strips it from the text", () => {
    expect(decodeText(utf16("Việt Nam", "le", true))).toEqual({
      ok: true,
      text: "Việt Nam",
      encoding: "utf-16le",
      bom: true,
      findings: [],
    });
    expect(decodeText(utf16("Việt Nam", "be", true))).toEqual({
      ok: true,
      text: "Việt Nam",
      encoding: "utf-16be",
      bom: true,
      findings: [],
    });
  });

  it("reads UTF-16 LE with a mark even when no character is ASCII", () => {
    expect(decodeText(utf16("Việt", "le", true))).toMatchObject({
      ok: true,
      text: "Việt",
      encoding: "utf-16le",
    });
    expect(decodeText(utf16("ộẠ", "le", true))).toMatchObject({ ok: true, text: "ộẠ", encoding: "utf-16le" });
  });

  it("a UTF-16 mark followed by an odd number of bytes is invalid-utf16", () => {
    const bytes = utf16("Báo cáo", "be", true);
    expect(decodeText(bytes.subarray(0, bytes.length - 1))).toEqual({
      ok: false,
      error: {
        code: "invalid-utf16",
        message: {
          vi: "tệp UTF-16 có số byte lẻ (bị cắt cụt?)",
          en: "UTF-16 file with an odd number of bytes (truncated?)",
        },
      },
    });
  });

  it("removes repeated UTF-8 marks (a file re-saved by tools that each add one)", () => {
    const mark = [0xef, 0xbb, 0xbf];
    for (const n of [1, 2, 3]) {
      const bytes = Uint8Array.from([...Array.from({ length: n }, () => mark).flat(), ...utf8("Kế hoạch")]);
      expect(decodeText(bytes)).toEqual({
        ok: true,
        text: "Kế hoạch",
        encoding: "utf-8",
        bom: true,
        findings: [],
      });
    }
  });

  it("a first letter whose UTF-8 bytes end like a mark is kept (ế is E1 BA BF)", () => {
    expect(decodeText(utf8("ếch ngồi đáy giếng"))).toEqual({
      ok: true,
      text: "ếch ngồi đáy giếng",
      encoding: "utf-8",
      bom: false,
      findings: [],
    });
  });

  it("8-bit text starting with þ (0xFE) or ÿ (0xFF) has no mark", () => {
    expect(decoded(decodeText(latin1("þetta er gott")))).toMatchObject({
      text: "þetta er gott",
      encoding: "windows-1252",
      bom: false,
    });
    expect(decoded(decodeText(latin1("ÿes")))).toMatchObject({
      text: "ÿes",
      encoding: "windows-1252",
      bom: false,
    });
  });
});

describe("decodeText: UTF-16 LE without a byte-order mark", () => {
  it("is recognised by its zero high bytes", () => {
    expect(decodeText(utf16("Báo cáo công tác", "le", false))).toEqual({
      ok: true,
      text: "Báo cáo công tác",
      encoding: "utf-16le",
      bom: false,
      findings: [],
    });
  });

  it("keeps a first character þ or ÿ, whose bytes are half a byte-order mark", () => {
    expect(decodeText(utf16("þetta", "le", false))).toMatchObject({
      ok: true,
      text: "þetta",
      encoding: "utf-16le",
      bom: false,
    });
    expect(decodeText(utf16("ÿes", "le", false))).toMatchObject({
      ok: true,
      text: "ÿes",
      encoding: "utf-16le",
      bom: false,
    });
  });

  it("needs more than a third of its characters with a zero high byte", () => {
    // 6 characters: 3 ASCII is enough, 2 is not (and a zero byte in 8-bit input is binary)
    expect(decodeText(utf16("ộẠệAbc", "le", false))).toMatchObject({ ok: true, text: "ộẠệAbc" });
    expect(decodeText(utf16("ộẠệẾAb", "le", false))).toMatchObject({ ok: false, error: { code: "binary" } });
    // 3 characters: the last one counts too
    expect(decodeText(utf16("ộAB", "le", false))).toMatchObject({
      ok: true,
      text: "ộAB",
      encoding: "utf-16le",
    });
  });

  it("needs at least four bytes: shorter input with a zero is binary", () => {
    expect(decodeText(utf16("AB", "le", false))).toMatchObject({
      ok: true,
      text: "AB",
      encoding: "utf-16le",
    });
    expect(decodeText(utf16("A", "le", false))).toEqual(BINARY);
    expect(decodeText(Uint8Array.from([0x41, 0x00, 0x42]))).toEqual(BINARY);
  });

  it("is recognised from its first 4096 bytes, whatever follows", () => {
    // an ASCII heading, then a long body of Vietnamese letters (none with a zero high byte)
    const text = `${"Report 2025\r\n".repeat(160)}${"ộ".repeat(10_000)}`;
    expect(decodeText(utf16(text, "le", false))).toMatchObject({ ok: true, text, encoding: "utf-16le" });
  });

  it("big-endian without a mark is not taken for little-endian", () => {
    expect(decodeText(utf16("ABCD", "be", false))).toEqual(BINARY);
  });
});

describe("decodeText: control characters", () => {
  it("tabs, line feeds, carriage returns and form feeds are text", () => {
    const tsv = "Mã\tChỉ tiêu\tKết quả\r\n1.1\tBan hành kế hoạch\t1\r\n\f\r\n2.1\tTTHC\t100\r\n";
    expect(decodeText(utf8(tsv))).toEqual({
      ok: true,
      text: tsv,
      encoding: "utf-8",
      bom: false,
      findings: [],
    });
    expect(decodeText(utf16(tsv, "le", true))).toMatchObject({ ok: true, text: tsv });
    const feeds = "\f\f\f\f\fA";
    expect(decodeText(utf8(feeds))).toMatchObject({ ok: true, text: feeds });
  });

  it("one control character in a hundred is tolerated, two are binary (8-bit input)", () => {
    const one = `\u0001${"a".repeat(99)}`;
    expect(decodeText(utf8(one))).toMatchObject({ ok: true, text: one });
    expect(decodeText(utf8(`\u0001\u001b${"a".repeat(98)}`))).toEqual(BINARY);
    const del = `\u007f${"a".repeat(99)}`;
    expect(decodeText(utf8(del))).toMatchObject({ ok: true, text: del });
    expect(decodeText(utf8(`\u007f\u007f${"a".repeat(98)}`))).toEqual(BINARY);
  });

  it("one control character in a hundred is tolerated, two are binary (UTF-16)", () => {
    const one = `\u0001${"a".repeat(99)}`;
    expect(decodeText(utf16(one, "le", true))).toMatchObject({ ok: true, text: one });
    expect(decodeText(utf16(`\u0001\u0002${"a".repeat(98)}`, "le", true))).toEqual(BINARY);
  });

  it("a single NUL is binary, however long the text", () => {
    const long = `${"a".repeat(150)}\u0000${"b".repeat(149)}`;
    expect(decodeText(utf8(long))).toEqual(BINARY);
    expect(decodeText(utf16(long, "le", true))).toEqual(BINARY);
    expect(decodeText(utf16(long, "be", true))).toEqual(BINARY);
  });

  it("a value that is not bytes is refused as binary, not thrown", () => {
    expect(decodeText("Báo cáo" as unknown as Uint8Array)).toEqual(BINARY);
    expect(decodeText([0x41, 0x42] as unknown as Uint8Array)).toEqual(BINARY);
  });
});

describe("decodeText: Windows-1252", () => {
  it("maps 0x80–0x9F to the Windows characters and 0xA0 up to Latin-1", () => {
    const r = decoded(decodeText(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x96, 0xa0, 0xe9, 0xff, 0x80])));
    expect(r.text).toBe("\u201cA\u201d \u2013\u00a0éÿ€");
    expect(r.encoding).toBe("windows-1252");
  });

  it("reads a file longer than one 8192-byte chunk whole", () => {
    const text = "Caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e. ".repeat(400);
    expect(text.length).toBeGreaterThan(8192);
    const r = decoded(decodeText(latin1(text)));
    expect(r.text).toBe(text);
    expect(r.encoding).toBe("windows-1252");
  });

  it("warns that the encoding was guessed, in the language asked for", () => {
    const r = decoded(decodeText(latin1("Caf\u00e9 cr\u00e8me")));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      rule: "import.encoding-guessed",
      severity: "warning",
      source: "import",
      messages: {
        vi: "tệp không phải UTF-8; đã đọc theo bảng mã Windows-1252 — hãy lưu lại tệp ở UTF-8",
        en: "the file is not UTF-8; read as Windows-1252 — save it as UTF-8",
      },
    });
    expect(r.findings[0]?.message).toBe(r.findings[0]?.messages.vi);
    const en = decoded(decodeText(latin1("Caf\u00e9 cr\u00e8me"), { lang: "en" }));
    expect(en.findings[0]?.message).toBe("the file is not UTF-8; read as Windows-1252 — save it as UTF-8");
  });
});

describe("decodeText: legacy Vietnamese encodings", () => {
  const SENTENCE = "Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2025";

  it("names TCVN3 in the finding", () => {
    const r = decoded(decodeText(latin1(encodeTcvn3(SENTENCE))));
    expect(r.text).toBe(SENTENCE);
    expect(r.encoding).toBe("tcvn3");
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      rule: "import.encoding-converted",
      severity: "info",
      source: "import",
      message:
        "văn bản gõ bằng bảng mã TCVN3 (ABC, .VnTime) đã được chuyển sang Unicode; hãy kiểm tra chữ hoa có dấu và lưu lại tệp ở Unicode",
    });
    expect(r.findings[0]?.messages.en).toBe(
      "text typed in the TCVN3 (ABC, .VnTime) encoding was converted to Unicode; check toned capitals and save the file as Unicode",
    );
  });

  it("names VNI in the finding", () => {
    const r = decoded(decodeText(latin1(encodeVni(SENTENCE)), { lang: "en" }));
    expect(r.text).toBe(SENTENCE);
    expect(r.encoding).toBe("vni");
    expect(r.findings.map((f) => f.message)).toEqual([
      "text typed in the VNI (VNI-Times) encoding was converted to Unicode; check toned capitals and save the file as Unicode",
    ]);
    expect(r.findings[0]?.messages.vi).toBe(
      "văn bản gõ bằng bảng mã VNI (VNI-Times) đã được chuyển sang Unicode; hãy kiểm tra chữ hoa có dấu và lưu lại tệp ở Unicode",
    );
  });

  it("converts VNI text saved as UTF-16", () => {
    const r = decoded(decodeText(utf16(encodeVni(SENTENCE), "le", true)));
    expect([r.text, r.encoding, r.bom]).toEqual([SENTENCE, "vni", true]);
  });
});
