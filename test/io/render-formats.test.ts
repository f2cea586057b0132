import { describe, expect, it } from "vitest";
import type { Catalog } from "../../src/catalog/types.js";
import { escapeHtml, importAppendix, renderReport } from "../../src/io/index.js";
import { lines } from "../../src/io/render.js";
import type { Report } from "../../src/model/index.js";
import type { Finding, Severity } from "../../src/rules/finding.js";

/** A small template: two groups, a count with an unnumbered sub-row and a deeper one, a rate. */
const CATALOG: Catalog = {
  version: "render-test",
  effectiveFrom: "2020-01-01",
  source: "test",
  verified: false,
  relations: [],
  rows: [
    {
      id: "1",
      code: "1.",
      parent: null,
      name: { vi: "Nhóm | một", en: "Group one" },
      unit: null,
      kind: "group",
      rollup: "none",
      additive: false,
    },
    {
      id: "1.1",
      code: "1.1.",
      parent: "1",
      name: { vi: "Số văn bản", en: "Documents" },
      unit: { vi: "Văn bản", en: "Document" },
      kind: "count",
      rollup: "sum",
      additive: true,
    },
    {
      id: "1.1.1",
      code: null,
      parent: "1.1",
      name: { vi: "Trong đó: điện tử", en: "Of which: electronic" },
      unit: { vi: "Văn bản", en: "Document" },
      kind: "count",
      rollup: "sum",
      additive: true,
    },
    {
      id: "1.1.1.a",
      code: "a)",
      parent: "1.1.1",
      name: { vi: "Ký số", en: "Signed" },
      unit: { vi: "Văn bản", en: "Document" },
      kind: "count",
      rollup: "sum",
      additive: true,
    },
    {
      id: "1.2",
      code: "1.2.",
      parent: "1",
      name: { vi: "Tỷ lệ", en: "Rate" },
      unit: { vi: "%", en: "%" },
      kind: "rate",
      rollup: "recompute",
      additive: false,
    },
    {
      id: "2",
      code: "2.",
      parent: null,
      name: { vi: "Nhóm hai", en: "Group two" },
      unit: null,
      kind: "group",
      rollup: "none",
      additive: false,
    },
  ],
};

function report(values: Report["values"]): Report {
  return {
    format: "cchc.report/1",
    agency: { id: "a", name: "Sở A" },
    period: { kind: "year", year: 2022, from: "2021-12-15", to: "2022-12-14" },
    values,
  };
}

const VALUES: Report["values"] = {
  "1.1": { raw: "1234" },
  "1.1.1": { value: 20000, note: "a\\b\nc" },
  "1.2": { raw: "37,03%" },
  "9.9": { value: 5, unit: "cái", note: "n" },
};

function finding(severity: Severity, code: string | null, codes: string[], message: string): Finding {
  return {
    rule: `r.${severity}`,
    severity,
    code,
    codes,
    message,
    messages: { vi: message, en: message },
    source: "appendix",
  };
}

/** Beside 1.1 (by its first code), 1.2 (warning then error), group 2 (no value), 9.9 (outside the template); two report-level. */
function findings(): Finding[] {
  return [
    finding("warning", "1.2", ["1.2"], "cảnh báo"),
    finding("error", "1.2", ["1.1", "1.2"], "lỗi"),
    finding("info", null, [], "chung"),
    finding("info", null, ["1.1"], "ghi"),
    finding("error", "8.8", ["8.8"], "ngoài"),
    finding("warning", "2", ["2"], "nhóm"),
    finding("error", "9.9", ["9.9"], "thừa 1"),
    finding("info", "9.9", ["9.9"], "thừa 2"),
  ];
}

describe("renderReport to Markdown", () => {
  it("without findings: title, agency and period, five columns, groups bold, sub-rows indented", () => {
    expect(renderReport(report(VALUES), { to: "md", catalog: CATALOG })).toBe(
      [
        "# Phụ lục: Thống kê số liệu về kết quả thực hiện công tác CCHC",
        "",
        "Sở A — Kỳ báo cáo: 2021-12-15 → 2022-12-14",
        "",
        "| Mã | Chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú |",
        "|---|---|---|---|---|",
        "| 1. | **Nhóm \\| một** |  |  |  |",
        "| 1.1. | Số văn bản | Văn bản | 1.234 |  |",
        "| - | &nbsp;&nbsp;Trong đó: điện tử | Văn bản | 20.000 | a\\\\b c |",
        "| a) | &nbsp;&nbsp;&nbsp;&nbsp;Ký số | Văn bản |  |  |",
        "| 1.2. | Tỷ lệ | % | 37,03% |  |",
        "| 2. | **Nhóm hai** |  |  |  |",
        "| 9.9 | Ngoài mẫu phụ lục | cái | 5 | n |",
        "",
      ].join("\n"),
    );
  });

  it("with findings, in English: a findings column with severity icons, report-level findings listed after", () => {
    expect(
      renderReport(report(VALUES), { to: "md", catalog: CATALOG, findings: findings(), lang: "en" }),
    ).toBe(
      [
        "# Appendix: statistics on administrative reform (CCHC) results",
        "",
        "Sở A — Period: 2021-12-15 → 2022-12-14",
        "",
        "| Code | Indicator | Unit | Value | Note | Findings |",
        "|---|---|---|---|---|---|",
        "| 1. | **Group one** |  |  |  |  |",
        "| 1.1. | Documents | Document | 1.234 |  | ℹ️ ghi |",
        "| - | &nbsp;&nbsp;Of which: electronic | Document | 20.000 | a\\\\b c |  |",
        "| a) | &nbsp;&nbsp;&nbsp;&nbsp;Signed | Document |  |  |  |",
        "| 1.2. | Rate | % | 37,03% |  | ⚠️ cảnh báo<br>⛔ lỗi |",
        "| 2. | **Group two** |  |  |  | ⚠️ nhóm |",
        "| 9.9 | Not in the appendix template | cái | 5 | n | ⛔ thừa 1<br>ℹ️ thừa 2 |",
        "",
        "## Report-level findings",
        "",
        "- **info** `r.info`: chung",
        "- **error** `r.error`: ngoài",
        "",
      ].join("\n"),
    );
  });

  it("escapes pipes and backslashes and flattens CR LF and LF in cells and messages", () => {
    const md = renderReport(report({ "1.1": { raw: "7", note: "x|y\r\nz" } }), {
      to: "md",
      catalog: CATALOG,
      findings: [finding("error", null, [], "sai | \\ ở\ndòng")],
    });
    expect(md).toContain("| 1.1. | Số văn bản | Văn bản | 7 | x\\|y z |  |\n");
    expect(md).toContain("- **error** `r.error`: sai \\| \\\\ ở dòng\n");
  });

  it("a findings list without report-level findings has no report-level section", () => {
    const md = renderReport(report(VALUES), {
      to: "md",
      catalog: CATALOG,
      findings: [finding("info", "1.1", ["1.1"], "ghi")],
    });
    expect(md).not.toContain("##");
    expect(md.endsWith("| 9.9 | Ngoài mẫu phụ lục | cái | 5 | n |  |\n")).toBe(true);
  });
});

describe("renderReport: values shown as the rules read them", () => {
  function valueCell(v: Report["values"][string], id = "1.1"): string {
    const md = renderReport(report({ [id]: v }), { to: "md", catalog: CATALOG });
    const row = md.split("\n").find((l) => l.startsWith(`| ${id}. |`));
    return row!.split(" | ")[3]!;
  }

  it("a blank, a null value or a note alone shows nothing", () => {
    expect(valueCell({ raw: "   " })).toBe("");
    expect(valueCell({ value: null })).toBe("");
    expect(valueCell({ note: "chưa có" })).toBe("");
  });

  it("a count written as a fraction stays as written; a plain count is grouped vi-VN style", () => {
    expect(valueCell({ raw: "54/55 TTHC" })).toBe("54/55 TTHC");
    expect(valueCell({ raw: "54 TTHC" })).toBe("54 TTHC");
    expect(valueCell({ raw: "12345" })).toBe("12.345");
  });

  it("a rate keeps the % it was written with; a rate given as a number has none", () => {
    expect(valueCell({ raw: "37,03%" }, "1.2")).toBe("37,03%");
    expect(valueCell({ value: 37.5 }, "1.2")).toBe("37,5");
    expect(valueCell({ raw: "732VBĐT/876VBD", unit: "84%" }, "1.2")).toBe("732VBĐT/876VBD");
  });

  it("a number too long for the formatter is shown as written", () => {
    const long = "1".repeat(250);
    expect(valueCell({ raw: long })).toBe(long);
    expect(valueCell({ value: 1e300 })).toBe(String(1e300));
  });
});

describe("renderReport: choice of the appendix template", () => {
  const values = { "3.4.2": { raw: "95%" } };
  const in2026: Report = {
    ...report(values),
    period: { kind: "year", year: 2026, from: "2025-12-15", to: "2026-12-14" },
  };

  it("uses the version the report names, else the one in force at the period's end", () => {
    // 3.4.2 (district dossiers) is in the 2022 template only
    const named = renderReport({ ...in2026, catalogVersion: "2022" }, { to: "md" });
    expect(named).toContain("| 3.4.2 | &nbsp;&nbsp;Tỷ lệ hồ sơ TTHC do UBND cấp huyện");
    const unnamed = renderReport(in2026, { to: "md" });
    expect(unnamed).toContain("| 3.4.2 | Ngoài mẫu phụ lục |  | 95% |  |");
    const unknown = renderReport({ ...in2026, catalogVersion: "1999" }, { to: "md" });
    expect(unknown).toContain("| 3.4.2 | Ngoài mẫu phụ lục |");
  });

  it("an explicit catalog wins over the version the report names", () => {
    const md = renderReport({ ...report({}), catalogVersion: "2022" }, { to: "md", catalog: CATALOG });
    expect(md).toContain("| 1.1. | Số văn bản |");
    expect(md).not.toContain("Tỷ lệ hoàn thành");
  });
});

describe("renderReport to CSV", () => {
  it("without findings: the five columns the importer reads, values as written, empty groups left out", () => {
    expect(renderReport(report(VALUES), { to: "csv", catalog: CATALOG })).toBe(
      [
        "Mã,Chỉ tiêu,Đơn vị tính,Số liệu,Ghi chú",
        "1.1,Số văn bản,Văn bản,1234,",
        '1.1.1,Trong đó: điện tử,Văn bản,20000,"a\\b\nc"',
        "1.1.1.a,Ký số,Văn bản,,",
        '1.2,Tỷ lệ,%,"37,03%",',
        "9.9,Ngoài mẫu phụ lục,cái,5,n",
        "",
      ].join("\r\n"),
    );
  });

  it("with findings: a sixth column, '[severity] message' joined by ' | ', report-level findings on a last row", () => {
    expect(renderReport(report(VALUES), { to: "csv", catalog: CATALOG, findings: findings() })).toBe(
      [
        "Mã,Chỉ tiêu,Đơn vị tính,Số liệu,Ghi chú,Phát hiện",
        "1.1,Số văn bản,Văn bản,1234,,[info] ghi",
        '1.1.1,Trong đó: điện tử,Văn bản,20000,"a\\b\nc",',
        "1.1.1.a,Ký số,Văn bản,,,",
        '1.2,Tỷ lệ,%,"37,03%",,[warning] cảnh báo | [error] lỗi',
        "2,Nhóm hai,,,,[warning] nhóm",
        "9.9,Ngoài mẫu phụ lục,cái,5,n,[error] thừa 1 | [info] thừa 2",
        ",Phát hiện chung,,,,[info] chung | [error] ngoài",
        "",
      ].join("\r\n"),
    );
  });

  it("with findings but none report-level: no last row", () => {
    const csv = renderReport(report(VALUES), {
      to: "csv",
      catalog: CATALOG,
      findings: [finding("info", "1.1", ["1.1"], "ghi")],
      lang: "en",
    });
    expect(csv.startsWith("Code,Indicator,Unit,Value,Note,Findings\r\n")).toBe(true);
    expect(csv.endsWith("\r\n9.9,Not in the appendix template,cái,5,n,\r\n")).toBe(true);
  });

  it("a group row with a value or a note is kept", () => {
    const csv = renderReport(report({ "2": { note: "ghi chú nhóm" } }), { to: "csv", catalog: CATALOG });
    expect(csv).toContain("\r\n2,Nhóm hai,,,ghi chú nhóm\r\n");
    expect(csv).not.toContain("\r\n1,");
  });

  it("a byte-order mark only when asked", () => {
    const plain = renderReport(report({}), { to: "csv", catalog: CATALOG });
    expect(plain.startsWith("Mã,")).toBe(true);
    const bom = renderReport(report({}), { to: "csv", catalog: CATALOG, bom: true });
    expect(bom).toBe(`\ufeff${plain}`);
  });

  it("a value outside the template given as a number is written and read back", () => {
    const csv = renderReport(report({ "9.9": { value: 5 } }), { to: "csv", catalog: CATALOG });
    expect(csv).toContain("\r\n9.9,Ngoài mẫu phụ lục,,5,\r\n");
    const back = importAppendix(renderReport(report({ "1.1": { value: 7 } }), { to: "csv" }));
    expect(back.values["1.1"]?.raw).toBe("7");
  });
});

describe("renderReport to HTML", () => {
  function bodyRows(html: string): string[] {
    return html.slice(html.indexOf("<tbody>\n") + 8, html.indexOf("\n</tbody>")).split("\n<tr");
  }

  it("rows: codes, indentation by depth, group and worst-severity classes, findings in spans", () => {
    const html = renderReport(report(VALUES), { to: "html", catalog: CATALOG, findings: findings() });
    expect(bodyRows(html)).toEqual([
      '<tr class="group"><td>1.</td><td style="padding-left:6px">Nhóm | một</td><td></td><td class="num"></td><td></td><td></td></tr>',
      ' class="has-info"><td>1.1.</td><td style="padding-left:6px">Số văn bản</td><td>Văn bản</td><td class="num">1.234</td><td></td><td><span class="f info" title="r.info">ghi</span></td></tr>',
      '><td>-</td><td style="padding-left:18px">Trong đó: điện tử</td><td>Văn bản</td><td class="num">20.000</td><td>a\\b\nc</td><td></td></tr>',
      '><td>a)</td><td style="padding-left:30px">Ký số</td><td>Văn bản</td><td class="num"></td><td></td><td></td></tr>',
      ' class="has-error"><td>1.2.</td><td style="padding-left:6px">Tỷ lệ</td><td>%</td><td class="num">37,03%</td><td></td><td><span class="f warning" title="r.warning">cảnh báo</span><span class="f error" title="r.error">lỗi</span></td></tr>',
      ' class="group has-warning"><td>2.</td><td style="padding-left:6px">Nhóm hai</td><td></td><td class="num"></td><td></td><td><span class="f warning" title="r.warning">nhóm</span></td></tr>',
      ' class="has-error"><td>9.9</td><td style="padding-left:6px">Ngoài mẫu phụ lục</td><td>cái</td><td class="num">5</td><td>n</td><td><span class="f error" title="r.error">thừa 1</span><span class="f info" title="r.info">thừa 2</span></td></tr>',
    ]);
  });

  it("the worst finding of a row sets its class, whatever their order", () => {
    const cls = (severities: Severity[]) => {
      const fs = severities.map((s, i) => finding(s, "1.1", ["1.1"], `m${i}`));
      const html = renderReport(report({}), { to: "html", catalog: CATALOG, findings: fs });
      return /<tr class="([^"]*)"><td>1\.1\.<\/td>/.exec(html)?.[1];
    };
    expect(cls(["info", "warning"])).toBe("has-warning");
    expect(cls(["warning", "info"])).toBe("has-warning");
    expect(cls(["error", "warning", "info"])).toBe("has-error");
    expect(cls(["info", "info"])).toBe("has-info");
  });

  it("head, title and report-level findings; a findings column header when findings are given", () => {
    const html = renderReport(report(VALUES), {
      to: "html",
      catalog: CATALOG,
      findings: findings(),
      lang: "en",
    });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain(
      "<title>Appendix: statistics on administrative reform (CCHC) results — Sở A</title>",
    );
    expect(html).toContain(
      [
        "<h1>Appendix: statistics on administrative reform (CCHC) results</h1>",
        "<p>Sở A — Period: 2021-12-15 → 2022-12-14</p>",
        '<h2>Report-level findings</h2><ul><li><span class="f info">chung</span></li><li><span class="f error">ngoài</span></li></ul>',
        "<table>",
        "<thead><tr><th>Code</th><th>Indicator</th><th>Unit</th><th>Value</th><th>Note</th><th>Findings</th></tr></thead>",
        "<tbody>",
      ].join("\n"),
    );
    expect(html.endsWith("</tr>\n</tbody>\n</table>\n</body>\n</html>\n")).toBe(true);
  });

  it("without findings: no findings column and no report-level section", () => {
    const html = renderReport(report({ "1.1": { raw: "3" } }), { to: "html", catalog: CATALOG });
    expect(html).toContain(
      [
        "<p>Sở A — Kỳ báo cáo: 2021-12-15 → 2022-12-14</p>",
        "",
        "<table>",
        "<thead><tr><th>Mã</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Số liệu</th><th>Ghi chú</th></tr></thead>",
      ].join("\n"),
    );
    expect(html).toContain(
      '<tr><td>1.1.</td><td style="padding-left:6px">Số văn bản</td><td>Văn bản</td><td class="num">3</td><td></td></tr>\n',
    );
  });

  it("the inline stylesheet: printable, numbers right-aligned, groups bold, each severity in its colour", () => {
    const html = renderReport(report({}), { to: "html", catalog: CATALOG });
    const css = html.slice(html.indexOf("<style>\n") + 8, html.indexOf("\n</style>"));
    const rule = (selector: string) => css.split("\n").find((l) => l.startsWith(`${selector}{`)) ?? "";
    expect(rule("td.num")).toContain("text-align:right");
    expect(rule("tr.group td")).toContain("font-weight:bold");
    // each severity has its own colour, and a row's mark is in the colour of its worst finding
    const severities = ["error", "warning", "info"] as const;
    const colours = severities.map((sev) => /;color:(#[0-9a-f]{6})\}$/.exec(rule(`.f.${sev}`))?.[1]);
    expect(colours.every((c) => c !== undefined)).toBe(true);
    expect(new Set(colours).size).toBe(3);
    severities.forEach((sev, i) => {
      expect(rule(`tr.has-${sev} td:first-child`)).toContain(`inset 4px 0 ${colours[i]}`);
    });
    // printable: a row is not split across pages
    expect(css).toContain("@media print{body{margin:0}tr{page-break-inside:avoid}}");
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
    );
    expect(escapeHtml("Sở Nội vụ")).toBe("Sở Nội vụ");
  });
});

describe("lines (the rows every renderer shares)", () => {
  it("labels rows in Vietnamese unless asked otherwise", () => {
    const { lines: rows } = lines(report({ "9.9": { raw: "1" } }), { to: "md", catalog: CATALOG });
    expect(rows.map((r) => r.name)).toEqual([
      "Nhóm | một",
      "Số văn bản",
      "Trong đó: điện tử",
      "Ký số",
      "Tỷ lệ",
      "Nhóm hai",
      "Ngoài mẫu phụ lục",
    ]);
    expect(rows.map((r) => [r.group, r.depth])).toEqual([
      [true, 0],
      [false, 1],
      [false, 2],
      [false, 3],
      [false, 1],
      [true, 0],
      [false, 0],
    ]);
  });
});
