import { describe, expect, it } from "vitest";
import { renderReport } from "../../src/io/index.js";
import type { Report } from "../../src/model/index.js";
import type { Finding } from "../../src/rules/finding.js";

const report: Report = {
  format: "cchc.report/1",
  agency: { id: "a", name: "Sở <Thử> & Co" },
  period: { kind: "year", year: 2022, from: "2021-12-15", to: "2022-12-14" },
  values: {
    "1.2": { raw: "37,03%" },
    "6.1.a": { raw: "20000", note: 'ghi chú "có" dấu, phẩy' },
    "7.5.3.a": { raw: "732VBĐT/876VBD", unit: "84%" },
    "9.9": { raw: "1" },
  },
};
const finding: Finding = {
  rule: "rate.mismatch",
  severity: "error",
  code: "1.2",
  codes: ["1.2"],
  message: "Tỷ lệ <sai>",
  messages: { vi: "Tỷ lệ <sai>", en: "Rate <wrong>" },
  source: "appendix",
};

describe("renderReport", () => {
  it("Markdown: catalog order, vi-VN numbers, findings column only when findings are given", () => {
    const md = renderReport(report, { to: "md" });
    expect(md).toContain("| 1.2. | Tỷ lệ hoàn thành Kế hoạch CCHC");
    expect(md).toContain("20.000");
    expect(md.indexOf("| 1.2.")).toBeLessThan(md.indexOf("| 6.1."));
    expect(md).not.toContain("Phát hiện");
    const withF = renderReport(report, { to: "md", findings: [finding], lang: "en" });
    expect(withF).toContain("Findings");
    expect(withF).toContain("Reform plan completion rate");
  });

  it("HTML: self-contained, escaped, finding beside its row in its severity colour", () => {
    const html = renderReport(report, { to: "html", findings: [finding] });
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<link|<script|src=|url\(/);
    expect(html).toContain("Sở &lt;Thử&gt; &amp; Co");
    expect(html).toContain("Tỷ lệ &lt;sai&gt;");
    expect(html).toMatch(/<tr class="has-error">[^\n]*1\.2\./);
    expect(html).toContain("#b00020");
  });

  it("shows values as the rules read them: plain numbers formatted, anything else as written", () => {
    const values: Report["values"] = {
      "1.2.a": { raw: "1.234" }, // ambiguous: thousands dot or decimal point
      "1.2.b": { raw: "08" },
      "1.6": { raw: "Có" }, // a coded label stays a label
      "3.1.4": { raw: "54 TTHC" },
      "3.3.1": { raw: "54/55 TTHC" },
      "6.1.a": { value: 20000 },
      "6.1.b": { raw: "-" },
    };
    const md = renderReport({ ...report, values }, { to: "md" });
    expect(md).toContain("| 1.234 |");
    expect(md).toMatch(/\| 8 \|/);
    expect(md).toContain("| Có |");
    expect(md).toContain("| 54 TTHC |");
    expect(md).toContain("| 54/55 TTHC |");
    expect(md).toContain("| 20.000 |");
  });

  it("CSV: RFC 4180 quoting, CRLF, optional BOM, values as written", () => {
    const csv = renderReport(report, { to: "csv" });
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(renderReport(report, { to: "csv", bom: true }).charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('6.1.a,Kế hoạch được giao,Triệu đồng,20000,"ghi chú ""có"" dấu, phẩy"\r\n');
    expect(csv).toContain(
      '7.5.3.a,"Tỷ lệ sử dụng văn bản điện tử của sở, ngành cấp tỉnh",84%,732VBĐT/876VBD,\r\n',
    );
  });
});
