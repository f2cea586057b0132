import { describe, expect, it } from "vitest";
import {
  clip,
  foldText,
  isoDate,
  isRealDate,
  normalizeText,
  similarity,
  stripHtml,
} from "../../src/io/text.js";

describe("normalizeText", () => {
  it("composes decomposed Vietnamese (NFD → NFC)", () => {
    const nfd = "Quyết định".normalize("NFD");
    expect(nfd).not.toBe("Quyết định");
    expect(normalizeText(nfd)).toBe("Quyết định");
  });

  it("replaces the Icelandic eth (Ð, ð) with the Vietnamese đ (Đ, đ)", () => {
    expect(normalizeText("\u00d0ơn vị \u00f0ã")).toBe("Đơn vị đã");
  });

  it("turns NBSP, thin, narrow and ideographic spaces into plain spaces", () => {
    expect(normalizeText("a\u00a0b\u2009c\u202fd\u205fe\u3000f")).toBe("a b c d e f");
  });

  it("turns typographic dashes and the minus sign into '-'", () => {
    expect(normalizeText("2021\u20132022 \u2014 \u2212 5 \u2010")).toBe("2021-2022 - - 5 -");
  });

  it("leaves plain text unchanged", () => {
    expect(normalizeText("Số liệu: 1.234 - 5")).toBe("Số liệu: 1.234 - 5");
  });
});

describe("foldText", () => {
  it("lower-cases, drops diacritics (đ → d), keeps digits and %, turns punctuation into single spaces", () => {
    expect(foldText("  Tỷ lệ (%) ĐẠT: 37,03%  ")).toBe("ty le % dat 37 03%");
    expect(foldText("\u00d0ƠN VỊ")).toBe("don vi");
  });
});

describe("stripHtml", () => {
  it("returns text without '<' or '&' untouched, spaces included", () => {
    expect(stripHtml("a  b ")).toEqual({ text: "a  b ", stripped: false });
  });

  it("removes inline tags when the text has no '&'", () => {
    expect(stripHtml("<i>Số liệu</i>")).toEqual({ text: "Số liệu", stripped: true });
  });

  it("decodes named entities when the text has no '<'", () => {
    expect(stripHtml("A &amp; B")).toEqual({ text: "A & B", stripped: true });
    expect(stripHtml("&lt;&gt;&quot;&apos;x&nbsp;y")).toEqual({ text: `<>"'x y`, stripped: true });
  });

  it("turns block tags into a space, then collapses and trims spaces", () => {
    expect(stripHtml("<p>Dòng 1</p><p>Dòng 2</p>")).toEqual({ text: "Dòng 1 Dòng 2", stripped: true });
    expect(stripHtml("a<br>b")).toEqual({ text: "a b", stripped: true });
    expect(stripHtml("<b>a</b>   b\n\nc")).toEqual({ text: "a b c", stripped: true });
  });

  it("decodes numeric entities of one to six digits; '&#0;' stays as written", () => {
    expect(stripHtml("&#65;&#7871;&#128512;").text).toBe("Aế😀");
    expect(stripHtml("x &#0; y")).toEqual({ text: "x &#0; y", stripped: false });
  });

  it("a lone '<' or '&' that is no tag or entity leaves the text as written", () => {
    expect(stripHtml("a  <  b")).toEqual({ text: "a  <  b", stripped: false });
    expect(stripHtml("R&D  x")).toEqual({ text: "R&D  x", stripped: false });
  });
});

describe("similarity", () => {
  it("is 1 for texts equal once folded, 0 when either folds to nothing", () => {
    expect(similarity("Tỷ lệ", "TY LE")).toBe(1);
    expect(similarity("", "")).toBe(0);
    expect(similarity("!!", "...")).toBe(0);
    expect(similarity("", "ab")).toBe(0);
    expect(similarity("ab", "")).toBe(0);
  });

  it("is the Dice coefficient over bigrams of ' text '", () => {
    // " ab " → { " a", "ab", "b " }; " ac " → { " a", "ac", "c " }: one bigram in common of 3 + 3
    expect(similarity("ab", "ac")).toBe(2 / 6);
    expect(similarity("ac", "ab")).toBe(2 / 6);
    // " aa " → { " a", "aa", "a " }; " aaa " → { " a", "aa" ×2, "a " }: 3 in common of 3 + 4
    expect(similarity("aa", "aaa")).toBe(6 / 7);
    expect(similarity("xy", "zw")).toBe(0);
  });

  it("compares only the first 300 folded characters", () => {
    const head = "a".repeat(300);
    expect(similarity(`${head}x`, `${head}y`)).toBe(1);
    expect(similarity(`${"a".repeat(299)}x`, `${"a".repeat(299)}y`)).toBeLessThan(1);
  });
});

describe("isRealDate", () => {
  it("accepts years 1900 to 2199 only, and whole years only", () => {
    expect(isRealDate(1899, 12, 31)).toBe(false);
    expect(isRealDate(1900, 1, 1)).toBe(true);
    expect(isRealDate(2199, 12, 31)).toBe(true);
    expect(isRealDate(2200, 1, 1)).toBe(false);
    expect(isRealDate(2022.5, 1, 1)).toBe(false);
  });

  it("accepts months 1 to 12 and days from 1 to the month's length", () => {
    expect(isRealDate(2022, 0, 1)).toBe(false);
    expect(isRealDate(2022, 13, 1)).toBe(false);
    expect(isRealDate(2022, 1, 0)).toBe(false);
    expect(isRealDate(2022, 1, 31)).toBe(true);
    expect(isRealDate(2022, 1, 32)).toBe(false);
    expect(isRealDate(2022, 4, 30)).toBe(true);
    expect(isRealDate(2022, 4, 31)).toBe(false);
    expect(isRealDate(2022, 12, 31)).toBe(true);
  });

  it("gives February 29 days in leap years (every 4th, not centuries except every 400th)", () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(2023, 2, 28)).toBe(true);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2100, 2, 29)).toBe(false);
  });
});

describe("isoDate", () => {
  it("pads month and day to two digits", () => {
    expect(isoDate(2022, 1, 8)).toBe("2022-01-08");
    expect(isoDate(2022, 12, 31)).toBe("2022-12-31");
  });
});

describe("clip", () => {
  it("collapses and trims whitespace", () => {
    expect(clip("  a \n\t b  ")).toBe("a b");
  });

  it("keeps a text of exactly max characters, cuts a longer one to max with an ellipsis", () => {
    expect(clip("abcde", 5)).toBe("abcde");
    expect(clip("abcdef", 5)).toBe("abcd…");
    expect(clip("abcdef", 5)).toHaveLength(5);
  });

  it("cuts at 160 characters by default", () => {
    expect(clip("x".repeat(160))).toBe("x".repeat(160));
    expect(clip("x".repeat(161))).toBe(`${"x".repeat(159)}…`);
  });
});
