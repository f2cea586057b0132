import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/io/encoding.js";
import {
  convertTcvn3,
  convertVni,
  detectLegacyVietnamese,
  encodeTcvn3,
  encodeVni,
  VIETNAMESE_LOWER_LETTERS,
} from "../../src/io/legacy-vietnamese.js";

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const SENTENCE = "Cộng hòa xã hội chủ nghĩa Việt Nam: báo cáo công tác cải cách hành chính";

describe("legacy Vietnamese tables", () => {
  it("has 72 vowel letters (12 bases × 6 tones) and đ, all distinct and NFC", () => {
    expect(VIETNAMESE_LOWER_LETTERS).toHaveLength(73);
    expect(new Set(VIETNAMESE_LOWER_LETTERS).size).toBe(73);
    for (const l of VIETNAMESE_LOWER_LETTERS) expect(l).toBe(l.normalize("NFC"));
  });

  it("VNI: every letter, lower and upper case, with all five tones, converts back", () => {
    for (const l of VIETNAMESE_LOWER_LETTERS) {
      expect(convertVni(encodeVni(l))).toBe(l);
      expect(convertVni(encodeVni(l.toUpperCase()))).toBe(l.toUpperCase());
    }
  });

  it("VNI: known spellings (VNI-Windows font layout)", () => {
    expect(convertVni("Vieät Nam")).toBe("Việt Nam");
    expect(convertVni("ÑOÀNG")).toBe("ĐỒNG");
    expect(convertVni("chuû nghóa")).toBe("chủ nghĩa");
    expect(convertVni("kyõ thuaät, löôïng")).toBe("kỹ thuật, lượng");
  });

  it("TCVN3: every lower-case letter with all five tones converts back", () => {
    for (const l of VIETNAMESE_LOWER_LETTERS) expect(convertTcvn3(encodeTcvn3(l))).toBe(l);
  });

  it("TCVN3: known bytes (TCVN 5712 VN3)", () => {
    expect(convertTcvn3("B¸o c¸o")).toBe("Báo cáo");
    expect(convertTcvn3("M\u00adêng Kh\u00ad¬ng")).toBe("Mường Khương");
    expect(convertTcvn3("\u00a7\u00b5 N½ng")).toBe("Đà Nẵng");
  });

  it("TCVN3: the seven capitals it has, and words in capitals restored by context", () => {
    for (const l of ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]) expect(convertTcvn3(encodeTcvn3(l))).toBe(l);
    expect(convertTcvn3(encodeTcvn3("SỞ KHOA HỌC VÀ CÔNG NGHỆ"))).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    // every toned capital inside a word in capitals
    for (const l of VIETNAMESE_LOWER_LETTERS) {
      const word = `X${l.toUpperCase()}Y`;
      expect(convertTcvn3(encodeTcvn3(`${word} ${word}`))).toBe(`${word} ${word}`);
    }
    // a capitalised word in running text keeps its lower-case rest
    expect(convertTcvn3(encodeTcvn3("Kế hoạch của Sở KHCN"))).toBe("Kế hoạch của Sở KHCN");
  });

  it("detects which encoding, and nothing in Unicode or English text", () => {
    expect(detectLegacyVietnamese(encodeVni(SENTENCE))).toBe("vni");
    expect(detectLegacyVietnamese(encodeTcvn3(SENTENCE))).toBe("tcvn3");
    expect(detectLegacyVietnamese(SENTENCE)).toBeNull();
    expect(detectLegacyVietnamese("Report on administrative reform, first half of 2022")).toBeNull();
    expect(detectLegacyVietnamese("Café à la crème")).toBeNull();
    // French is full of letters that are also TCVN3 codes (é è ç ê ô), but not of the frequent ones
    const french =
      "L'élève a été très étonné: à côté de l'église, près de la forêt, on a goûté un pâté décoré.";
    expect(detectLegacyVietnamese(french)).toBeNull();
    expect(detectLegacyVietnamese(french.repeat(20))).toBeNull();
    const german = "Die Bäume blühen schön; Müller läuft über die Brücke, während Jürgen Öl kauft. ";
    expect(detectLegacyVietnamese(german.repeat(20))).toBeNull();
    const spanish = "Aún el niño y la señora comían piña en la canción del año. ";
    expect(detectLegacyVietnamese(spanish.repeat(20))).toBeNull();
  });

  it("round trips any Vietnamese text through both encodings (property)", () => {
    const letter = fc.constantFrom(...VIETNAMESE_LOWER_LETTERS, "b", "c", "n", "g", "h", "t", " ");
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 40 }), (xs) => {
        const s = xs.join("");
        expect(convertVni(encodeVni(s))).toBe(s);
        expect(convertVni(encodeVni(s.toUpperCase()))).toBe(s.toUpperCase());
        expect(convertTcvn3(encodeTcvn3(s))).toBe(s);
      }),
    );
  });
});

describe("decodeText", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const plain = decodeText(new TextEncoder().encode(SENTENCE));
    expect(plain).toMatchObject({ ok: true, text: SENTENCE, encoding: "utf-8", bom: false, findings: [] });
    const bom = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SENTENCE)]));
    expect(bom).toMatchObject({ ok: true, text: SENTENCE, encoding: "utf-8", bom: true });
  });

  it("reads UTF-16 LE and BE with a byte-order mark (Word's Unicode Text)", () => {
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const ch of SENTENCE) {
      const c = ch.charCodeAt(0);
      le.push(c & 0xff, c >> 8);
      be.push(c >> 8, c & 0xff);
    }
    expect(decodeText(Uint8Array.from(le))).toMatchObject({ ok: true, text: SENTENCE, encoding: "utf-16le" });
    expect(decodeText(Uint8Array.from(be))).toMatchObject({ ok: true, text: SENTENCE, encoding: "utf-16be" });
    expect(decodeText(Uint8Array.from(le.slice(0, -1)))).toMatchObject({
      ok: false,
      error: { code: "invalid-utf16" },
    });
  });

  it("converts TCVN3 and VNI (8-bit and UTF-8) with an info finding", () => {
    for (const [bytes, enc] of [
      [latin1(encodeTcvn3(SENTENCE)), "tcvn3"],
      [latin1(encodeVni(SENTENCE)), "vni"],
      [new TextEncoder().encode(encodeVni(SENTENCE)), "vni"],
    ] as const) {
      const r = decodeText(bytes);
      expect(r.ok && r.text).toBe(SENTENCE);
      expect(r.ok && r.encoding).toBe(enc);
      expect(r.ok && r.findings.map((f) => [f.rule, f.severity])).toEqual([
        ["import.encoding-converted", "info"],
      ]);
    }
  });

  it("normalises to NFC", () => {
    const nfd = "Việt Nam".normalize("NFD");
    const r = decodeText(new TextEncoder().encode(nfd));
    expect(r.ok && r.text).toBe("Việt Nam".normalize("NFC"));
  });

  it("reads other 8-bit text as Windows-1252 with a warning", () => {
    const r = decodeText(latin1("Caf\u00e9 cr\u00e8me, price 5\u0080"));
    expect(r.ok && r.encoding).toBe("windows-1252");
    expect(r.ok && r.text).toBe("Café crème, price 5€");
    expect(r.ok && r.findings.map((f) => f.rule)).toEqual(["import.encoding-guessed"]);
  });

  it("refuses binary", () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1]))).toMatchObject({
      ok: false,
      error: { code: "binary" },
    });
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 0x41));
    expect(decodeText(controls)).toMatchObject({ ok: false, error: { code: "binary" } });
  });

  it("never throws on any bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const r = decodeText(b);
        if (r.ok) expect(r.text).toBe(r.text.normalize("NFC"));
        else expect(["binary", "invalid-utf16"]).toContain(r.error.code);
      }),
    );
  });
});
