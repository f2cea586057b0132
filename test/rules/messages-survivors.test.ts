import { describe, expect, it } from "vitest";
import { type CheckOptions, checkReport, type Finding } from "../../src/rules/index.js";
import { mk } from "./report-builder.js";

// Message texts that the mutation run showed unpinned (docs/quality.md): how the computed rate is shown
// on the exact decimal path (amounts of money, 6.1) when it needs no rounding, and the meaning of the
// explicit exclusive pairs 1.3.1 and 7.8.1 in Vietnamese.

function one(values: Parameters<typeof mk>[0], rule: string, options?: CheckOptions): Finding {
  const fs = checkReport(mk(values), options).findings.filter((f) => f.rule === rule);
  expect(fs).toHaveLength(1);
  return fs[0]!;
}

describe("the computed rate in rate messages (decimal values)", () => {
  it("a quotient with fewer decimals than shown is written as it is, not padded", () => {
    const f = one({ "6.1": "20%", "6.1.a": "8,0", "6.1.b": "1,0" }, "rate.mismatch");
    expect(f.messages).toEqual({
      vi: "Tỷ lệ 6.1 ghi 20% nhưng 6.1.b / 6.1.a = 1,0/8,0 = 12,5%.",
      en: "Rate 6.1 reports 20% but 6.1.b / 6.1.a = 1.0/8.0 = 12.5%.",
    });
  });

  it("a whole-number quotient of three digits is written without decimals", () => {
    const f = one({ "6.1": "140%", "6.1.a": "2,0", "6.1.b": "3,0" }, "rate.mismatch");
    expect(f.messages).toEqual({
      vi: "Tỷ lệ 6.1 ghi 140% nhưng 6.1.b / 6.1.a = 3,0/2,0 = 150%.",
      en: "Rate 6.1 reports 140% but 6.1.b / 6.1.a = 3.0/2.0 = 150%.",
    });
    expect(f.expected).toMatchObject({ value: "150", exact: "150" });
  });

  it("a truncated rate shows the quotient without an ellipsis when no digit was cut", () => {
    const f = one({ "6.1": "3,12%", "6.1.a": "100,0", "6.1.b": "3,127" }, "rate.truncated");
    expect(f.messages).toEqual({
      vi: "Tỷ lệ 6.1 ghi 3,12% trong khi 6.1.b / 6.1.a = 3,127/100,0 = 3,127%; làm tròn đúng là 3,13% (số đã bị cắt bớt chữ số thay vì làm tròn).",
      en: "Rate 6.1 reports 3.12% while 6.1.b / 6.1.a = 3.127/100.0 = 3.127%; correctly rounded it is 3.13% (digits were cut instead of rounded).",
    });
    // one more decimal in the quotient: cut one decimal further, with the ellipsis
    const g = one({ "6.1": "3,12%", "6.1.a": "100,0", "6.1.b": "3,1278" }, "rate.truncated");
    expect(g.messages.en).toContain("= 3.1278/100.0 = 3.127…%;");
  });
});

describe("pair.exclusive: what the value of the first row means", () => {
  it("1.3.1 = 0: no agency inspected", () => {
    const f = one({ "1.3.1": "0", "1.3.2.a": "2" }, "pair.exclusive", { lang: "en" });
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 1.3.1 ghi 0 (không kiểm tra cơ quan, đơn vị nào) nhưng lại có số liệu: 1.3.2.a = 2.",
      en: "Indicator 1.3.1 is 0 (no agency inspected) yet 1.3.2.a = 2.",
    });
    expect(f.message).toBe(f.messages.en);
  });

  it("7.8.1 = 0: no procedure offered by post", () => {
    const f = one({ "7.8.1": "0", "7.8.2.c": "5" }, "pair.exclusive");
    expect(f.messages).toEqual({
      vi: "Chỉ tiêu 7.8.1 ghi 0 (không có TTHC nào triển khai qua dịch vụ BCCI) nhưng lại có số liệu: 7.8.2.c = 5.",
      en: "Indicator 7.8.1 is 0 (no procedure offered through the postal service) yet 7.8.2.c = 5.",
    });
    expect(f.message).toBe(f.messages.vi);
  });
});
