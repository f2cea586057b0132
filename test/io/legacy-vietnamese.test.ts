import { describe, expect, it } from "vitest";
import {
  convertTcvn3,
  convertVni,
  detectLegacyVietnamese,
  encodeTcvn3,
  encodeVni,
} from "../../src/io/legacy-vietnamese.js";

describe("convertTcvn3: lines and capitals", () => {
  it("converts each line and keeps the line breaks", () => {
    expect(convertTcvn3("B¸o c¸o\nKÕ ho¹ch\r\n\nc«ng t¸c")).toBe("Báo cáo\nKế hoạch\r\n\ncông tác");
  });

  it("a line of words in capitals, each with one capital only, is upper-cased whole", () => {
    // .VnTimeH writes the toned capitals with the lower-case codes: "BỘ Y TẾ" comes out "Bộ Y Tế"
    expect(encodeTcvn3("BỘ Y TẾ")).toBe("Bé Y TÕ");
    expect(convertTcvn3("Bé Y TÕ")).toBe("BỘ Y TẾ");
  });

  it("a word with one capital and no neighbour stays as it is", () => {
    expect(convertTcvn3("Së")).toBe("Sở");
    expect(convertTcvn3("  Së.  ")).toBe("  Sở.  ");
  });

  it("capitals on one line do not change the next line", () => {
    expect(convertTcvn3("KHCN\nSë")).toBe("KHCN\nSở");
    expect(convertTcvn3("Së KHCN\nSë")).toBe("SỞ KHCN\nSở");
  });

  it("a line without letters is kept", () => {
    expect(convertTcvn3("1.1 - 2.3 (%)")).toBe("1.1 - 2.3 (%)");
    expect(convertTcvn3("")).toBe("");
  });
});

describe("convertVni: sequences at the end of the text", () => {
  it("converts a one-character letter or a pair that ends the text", () => {
    expect(convertVni("ñ")).toBe("đ");
    expect(convertVni("Ñ")).toBe("Đ");
    expect(convertVni("ñi ñeán")).toBe("đi đến");
    expect(convertVni("kyû")).toBe("kỷ");
    expect(convertVni("a")).toBe("a");
  });
});

describe("detectLegacyVietnamese: thresholds", () => {
  it("text without letters, or empty, is neither", () => {
    expect(detectLegacyVietnamese("")).toBeNull();
    expect(detectLegacyVietnamese("2025 - 12, 31")).toBeNull();
  });

  it("text that already has Vietnamese Unicode letters is never taken for legacy", () => {
    expect(detectLegacyVietnamese(encodeTcvn3("Báo cáo kết quả công tác"))).toBe("tcvn3");
    expect(detectLegacyVietnamese(`Việt Nam: ${encodeTcvn3("Báo cáo kết quả công tác")}`)).toBeNull();
    expect(detectLegacyVietnamese(`Đ ${encodeVni("Về việc kiểm tra và xử lý")}`)).toBeNull();
  });

  it("TCVN3 needs three frequent Vietnamese codes", () => {
    // B¸o c¸o tèt: two frequent codes (¸ = á) and one other (è = ố)
    expect(detectLegacyVietnamese("B¸o c¸o tèt")).toBeNull();
    // B¸o c¸o kÕt qu¶: three frequent codes (¸ ¸ ¶) and one other (Õ = ế)
    expect(detectLegacyVietnamese("B¸o c¸o kÕt qu¶")).toBe("tcvn3");
  });

  it("TCVN3 needs a fifth of its codes to be the frequent ones", () => {
    // 3 frequent of 15 codes: enough; of 16: not
    expect(detectLegacyVietnamese(`B¸o c¸o kÕt qu¶${" tèt".repeat(11)}`)).toBe("tcvn3");
    expect(detectLegacyVietnamese(`B¸o c¸o kÕt qu¶${" tèt".repeat(12)}`)).toBeNull();
  });

  it("VNI needs three frequent marks", () => {
    // Veà vieäc kieåm tra: two frequent marks (ä å) and one other (à)
    expect(detectLegacyVietnamese("Veà vieäc kieåm tra")).toBeNull();
    expect(detectLegacyVietnamese("Veà vieäc kieåm tra vaø")).toBe("vni");
  });

  it("VNI needs a fifth of its marks to be the frequent ones", () => {
    // 3 frequent marks (ø ä ø) of 15 pairs: enough; of 16: not
    const fifteen = `Haø Noäi vaø${" Baùo caùo".repeat(6)}`;
    expect(detectLegacyVietnamese(fifteen)).toBe("vni");
    expect(detectLegacyVietnamese(`${fifteen} toát`)).toBeNull();
  });

  it("the signs must be at least 1 % of the letters", () => {
    // 4 TCVN3 signs: 400 letters are enough, 401 are not
    expect(detectLegacyVietnamese(`B¸o c¸o kÕt qu¶ ${"x".repeat(391)}`)).toBe("tcvn3");
    expect(detectLegacyVietnamese(`B¸o c¸o kÕt qu¶ ${"x".repeat(392)}`)).toBeNull();
    // a few Vietnamese words quoted in a long English text
    const english = "administrative reform report ".repeat(50);
    expect(detectLegacyVietnamese(`${english}B¸o c¸o kÕt qu¶`)).toBeNull();
  });

  it("a VNI pair is a vowel followed by a mark, not any character before a mark", () => {
    expect(detectLegacyVietnamese(encodeTcvn3("hoạch hoàn thành hoặc hoãn"))).toBe("tcvn3");
    expect(detectLegacyVietnamese(encodeTcvn3("Kế hoạch cải cách hành chính năm 2025"))).toBe("tcvn3");
  });

  it("when both encodings have as many signs, it cannot tell", () => {
    // 4 TCVN3 signs (3 frequent) and 4 VNI pairs (3 frequent)
    expect(detectLegacyVietnamese("B¸o c¸o kÕt qu¶, Haø Noäi vaø Veà")).toBeNull();
  });

  it("looks at the first 200 000 characters only", () => {
    const tcvn3 = encodeTcvn3("Báo cáo kết quả công tác cải cách hành chính. ").repeat(5000);
    expect(tcvn3.length).toBeGreaterThan(200_000);
    expect(detectLegacyVietnamese(`${tcvn3}Việt Nam`)).toBe("tcvn3");
  });
});
