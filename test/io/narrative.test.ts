import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../src/io/index.js";
import type { Report } from "../../src/model/index.js";

const base: Report = {
  format: "cchc.report/1",
  agency: { id: "khanh-hoa/skhcn" },
  period: { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" },
  values: { "3.1.4": { raw: "54 TTHC" }, "3.4.1.a": { raw: "83" }, "3.4.1.b": { raw: "80" } },
};
const AGENCIES = [{ id: "khanh-hoa/skhcn", symbol: "SKHCN", aliases: ["SKHHCN", "SKHChN"] }];
const rules = (narrative: string, extra: Partial<Report> = {}) =>
  checkNarrative({ ...base, ...extra, narrative }, { agencies: AGENCIES }).map((f) => f.rule);

describe("checkNarrative", () => {
  it("flags a document dated after the period, not one inside it", () => {
    expect(rules("Sở sửa quy chế tại Quyết định số 77/QĐ-SKHCN ngày 02/9/2022.")).toContain(
      "narrative.document-after-period",
    );
    expect(rules("Sở sửa quy chế tại Quyết định số 77/QĐ-SKHCN ngày 02/3/2022.")).toEqual([]);
    const f = checkNarrative(
      { ...base, asOf: "2022-06-20", narrative: "Quyết định số 78/QĐ-SKHCN ngày 16/6/2022" },
      {},
    )[0];
    expect(f).toMatchObject({
      rule: "narrative.document-after-period",
      severity: "info",
      source: "narrative",
    });
  });

  it("flags one document cited under two spellings, not the same spelling twice", () => {
    const two =
      "Sở gửi công văn số 301/SKHHCN-QLKH ngày 07/4/2022 về sáng kiến. Sau đó, theo công văn số 301/SKHChN-QLKH ngày 07/4/2022, Sở tiếp tục hướng dẫn.";
    expect(rules(two)).toEqual(["narrative.inconsistent-symbol"]);
    const one =
      "Sở gửi công văn số 301/SKHCN-QLKH ngày 07/4/2022. Theo công văn số 301/SKHCN-QLKH ngày 07/04/2022, Sở tiếp tục.";
    expect(rules(one)).toEqual([]);
    const otherDate =
      "công văn số 301/SKHHCN-QLKH ngày 07/4/2022 và công văn số 301/SKHChN-QLKH ngày 08/4/2022";
    expect(rules(otherDate)).not.toContain("narrative.inconsistent-symbol");
  });

  it("flags a plan numbered without KH, not a plan with it", () => {
    expect(
      rules("Sở đã ban hành Kế hoạch số 88/SKHCN-VP ngày 11/02/2022 về theo dõi thi hành pháp luật."),
    ).toEqual(["narrative.kind-symbol-mismatch"]);
    expect(
      rules("Sở đã ban hành Kế hoạch số 88/KH-SKHCN ngày 11/02/2022 về theo dõi thi hành pháp luật."),
    ).toEqual([]);
  });

  it("checks a stated count against the table that follows, and duplicate rows", () => {
    const table = (stated: number, rowsExtra = "") =>
      [
        `- Trong kỳ, Sở đã cử ${stated} lượt công chức, viên chức đi học:`,
        "",
        "STT\tTên lớp\tCông chức\tViên chức",
        "1\tLớp quản lý nhà nước ngạch chuyên viên\t03\t-",
        "2\tLớp kỹ năng số\t02\t01",
        "",
        "STT\tTên lớp\tCông chức\tViên chức",
        "3\tLớp an toàn thông tin cho cán bộ phụ\t01\t01",
        "\ttrách\t\t",
        rowsExtra,
      ].join("\n");
    expect(rules(table(8))).toEqual([]);
    expect(rules(table(9))).toEqual(["narrative.table-total"]);
    const dup = checkNarrative({ ...base, narrative: table(9, "4\tLớp kỹ năng số\t-\t-") }, {});
    expect(dup.map((f) => f.rule)).toEqual(["narrative.table-total", "narrative.duplicate-table-row"]);
    expect(dup[0]?.expected?.value).toBe("8");
  });

  it("compares figures in the prose with the appendix", () => {
    const agree =
      "Tổng số TTHC thuộc thẩm quyền giải quyết của Sở: 54 TTHC. Bộ phận một cửa đã tiếp nhận 83 hồ sơ; số lượng hồ sơ đã giải quyết: 80; số lượng hồ sơ đang giải quyết: 03.";
    expect(rules(agree)).toEqual([]);
    const disagree =
      "Tổng số TTHC thuộc thẩm quyền giải quyết của Sở: 56 TTHC. Bộ phận một cửa đã tiếp nhận 85 hồ sơ; số lượng hồ sơ đã giải quyết: 79; số lượng hồ sơ đang giải quyết: 4.";
    const found = checkNarrative({ ...base, narrative: disagree }, { lang: "en" });
    expect(found.map((f) => f.codes[0])).toEqual(["3.1.4", "3.4.1.a", "3.4.1.b", "3.4.1.a"]);
    expect(found[0]).toMatchObject({ expected: { value: "54" }, actual: { value: "56" } });
    expect(found[0]?.message).toBe(found[0]?.messages.en);
  });

  it("stays silent without a narrative or without appendix values", () => {
    expect(checkNarrative(base)).toEqual([]);
    expect(rules("đã tiếp nhận 85 hồ sơ", { values: {} })).toEqual([]);
  });
});
