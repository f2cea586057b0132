/**
 * importReport: the typed failures, the period it settles on and what it says about it, the agency
 * read from the heading (and how a registry is asked), and the report it builds — each with its
 * findings' messages in both languages.
 */
import { describe, expect, it } from "vitest";
import { importReport } from "../../src/io/index.js";

const STP = [
  "UBND TỈNH KHÁNH HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "SỞ TƯ PHÁP\tĐộc lập - Tự do - Hạnh phúc",
  "Số: 123/BC-STP\tKhánh Hòa, ngày 15 tháng 6 năm 2022",
  "",
  "BÁO CÁO",
  "Công tác cải cách hành chính 6 tháng đầu năm 2022",
  "",
  "Trong kỳ, Sở đã ban hành 4 văn bản.",
  "",
  "Phụ lục",
  "1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t4\t",
  "",
].join("\n");
const ROW = "1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t4\t";
const YEAR_2022 = { kind: "year", year: 2022, from: "2021-12-15", to: "2022-12-14" } as const;
const NOT_A_REPORT = {
  code: "not-a-report",
  message: {
    vi: "không tìm thấy phụ lục số liệu hay kỳ báo cáo: không phải báo cáo CCHC",
    en: "no appendix rows and no reporting period found: not a CCHC report",
  },
};
const NO_APPENDIX = {
  vi: "báo cáo không có phụ lục số liệu: không có chỉ tiêu nào để kiểm tra",
  en: "the report has no statistical appendix: there is no indicator to check",
};

type Result = ReturnType<typeof importReport>;
const rules = (r: Result) => r.findings.map((f) => f.rule);
const finding = (r: Result, rule: string) => r.findings.find((f) => f.rule === rule);
function reportOf(r: Result) {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message.en}`);
  return r.report;
}

describe("typed failures", () => {
  it.each<[unknown, string]>([
    ["", "an empty text"],
    [" \n\t\r\n ", "white space"],
    [undefined, "no text"],
    [42, "a number"],
  ])("%j (%s) is empty: nothing read", (text) => {
    expect(importReport(text as unknown as string)).toStrictEqual({
      ok: false,
      error: { code: "empty", message: { vi: "văn bản rỗng", en: "empty text" } },
      rows: [],
      findings: [],
      status: "no-appendix",
      counts: { rowsRead: 0, matched: 0, unmatched: 0 },
      header: { lines: 0 },
      layout: "none",
    });
  });

  it("a text with neither appendix rows nor a title period is not a report", () => {
    const r = importReport("Kính gửi Sở Nội vụ.\nNội dung trao đổi.");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toEqual(NOT_A_REPORT);
  });

  it("appendix rows without a period: the period is unknown, the rows are still returned", () => {
    const r = importReport(`Phụ lục\n${ROW}\n`);
    expect(!r.ok && r.error).toEqual({
      code: "period-unknown",
      message: {
        vi: "không xác định được kỳ báo cáo; hãy truyền kỳ (ví dụ 2022H1)",
        en: "reporting period unknown; pass it (e.g. 2022H1)",
      },
    });
    expect(r.rows).toHaveLength(1);
    expect(r.status).toBe("imported");
    expect(r.counts).toEqual({ rowsRead: 1, matched: 1, unmatched: 0 });
  });

  it("a title year outside the calendar gives no period (never a thrown calendar error)", () => {
    const r = importReport("BÁO CÁO\nCông tác CCHC năm 2300\n", { agency: { id: "x" } });
    expect(!r.ok && r.error).toEqual(NOT_A_REPORT);
    const rows = importReport(`BÁO CÁO\nCông tác CCHC năm 2300\n\nPhụ lục\n${ROW}\n`, {
      agency: { id: "x" },
    });
    expect(!rows.ok && rows.error.code).toBe("period-unknown");
  });

  it("a report the schema refuses is an invalid-report error naming the field", () => {
    const bad = importReport("BÁO CÁO\nCông tác CCHC năm 2022\n", {
      agency: { id: "x" },
      asOf: "15/06/2022",
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe("invalid-report");
    expect(bad.error.message.vi).toMatch(/^báo cáo nhập được không hợp lệ tại asOf: \S/);
    expect(bad.error.message.en).toMatch(/^the imported report is invalid at asOf: \S/);
    expect(bad.error.message.en).toContain("YYYY-MM-DD");
    expect(rules(bad)).toContain("import.period-detected");
    const noId = importReport(STP, { agency: { id: "" } });
    expect(!noId.ok && noId.error.message.en).toMatch(/^the imported report is invalid at agency\.id: \S/);
    expect(noId.rows).toHaveLength(1);
  });
});

describe("the period", () => {
  it("from a title, NĐ 09 window by default: an info finding saying where it came from", () => {
    const r = importReport(STP);
    expect(reportOf(r).period).toStrictEqual({
      kind: "half-year",
      year: 2022,
      index: 1,
      from: "2021-12-15",
      to: "2022-06-14",
    });
    expect(finding(r, "import.period-detected")).toStrictEqual({
      rule: "import.period-detected",
      severity: "info",
      code: null,
      codes: [],
      message:
        'kỳ báo cáo lấy từ tiêu đề "6 tháng đầu năm 2022": 2022H1, 2021-12-15 → 2022-06-14 (khung NĐ 09/2019/NĐ-CP Điều 12); truyền kỳ nếu báo cáo dùng khung khác',
      messages: {
        vi: 'kỳ báo cáo lấy từ tiêu đề "6 tháng đầu năm 2022": 2022H1, 2021-12-15 → 2022-06-14 (khung NĐ 09/2019/NĐ-CP Điều 12); truyền kỳ nếu báo cáo dùng khung khác',
        en: 'period taken from the title "6 tháng đầu năm 2022": 2022H1, 2021-12-15 → 2022-06-14 (NĐ 09/2019/NĐ-CP Điều 12 window); pass the period if the report uses another window',
      },
      source: "import",
    });
  });

  it("a year has no index; the calendar regime says so in its finding", () => {
    const r = importReport("BÁO CÁO\nCông tác CCHC năm 2022\n", {
      agency: { id: "x" },
      periodRegime: "calendar",
    });
    expect(reportOf(r).period).toStrictEqual({
      kind: "year",
      year: 2022,
      from: "2022-01-01",
      to: "2022-12-31",
    });
    expect(finding(r, "import.period-detected")?.messages).toEqual({
      vi: 'kỳ báo cáo lấy từ tiêu đề "CCHC năm 2022": 2022, 2022-01-01 → 2022-12-31 (theo lịch); truyền kỳ nếu báo cáo dùng khung khác',
      en: 'period taken from the title "CCHC năm 2022": 2022, 2022-01-01 → 2022-12-31 (calendar window); pass the period if the report uses another window',
    });
  });

  it("findings are in the language asked for (Vietnamese by default)", () => {
    const text = "BÁO CÁO\nCông tác CCHC năm 2022\n";
    expect(finding(importReport(text, { agency: { id: "x" } }), "import.no-appendix")?.message).toBe(
      NO_APPENDIX.vi,
    );
    expect(
      finding(importReport(text, { agency: { id: "x" }, lang: "en" }), "import.no-appendix")?.message,
    ).toBe(NO_APPENDIX.en);
    expect(
      finding(importReport(text, { agency: { id: "x" }, lang: "vi" }), "import.no-appendix")?.message,
    ).toBe(NO_APPENDIX.vi);
  });

  it("a window alone in the title is a custom period, said in an info finding", () => {
    const r = importReport("BÁO CÁO\nCCHC từ ngày 01/01/2022 đến ngày 31/05/2022\n", { agency: { id: "x" } });
    expect(reportOf(r).period).toStrictEqual({
      kind: "custom",
      year: 2022,
      from: "2022-01-01",
      to: "2022-05-31",
    });
    expect(rules(r)).not.toContain("import.period-detected");
    const f = finding(r, "import.period-window");
    expect(f?.severity).toBe("info");
    expect(f?.messages).toEqual({
      vi: 'kỳ báo cáo lấy từ khoảng thời gian ghi ở tiêu đề "từ ngày 01/01/2022 đến ngày 31/05/2022": 2022-01-01 → 2022-05-31',
      en: 'period taken from the window stated in the title "từ ngày 01/01/2022 đến ngày 31/05/2022": 2022-01-01 → 2022-05-31',
    });
  });

  it("a window other than the default replaces it, with an info finding", () => {
    const r = importReport("BÁO CÁO\nCCHC quý I/2020 (từ 01/12/2019 đến 14/03/2020)\n", {
      agency: { id: "x" },
    });
    expect(reportOf(r).period).toStrictEqual({
      kind: "quarter",
      year: 2020,
      index: 1,
      from: "2019-12-01",
      to: "2020-03-14",
    });
    const f = finding(r, "import.period-window");
    expect(f?.severity).toBe("info");
    expect(f?.messages).toEqual({
      vi: 'tiêu đề ghi rõ khoảng thời gian "từ 01/12/2019 đến 14/03/2020": dùng 2019-12-01 → 2020-03-14 thay cho khung mặc định 2019-12-15 → 2020-03-14',
      en: 'the title states the window "từ 01/12/2019 đến 14/03/2020": 2019-12-01 → 2020-03-14 is used instead of the default 2019-12-15 → 2020-03-14',
    });
    const laterEnd = importReport("BÁO CÁO\nCCHC quý I/2020 (từ 15/12/2019 đến 31/03/2020)\n", {
      agency: { id: "x" },
    });
    expect(reportOf(laterEnd).period).toMatchObject({ from: "2019-12-15", to: "2020-03-31" });
  });

  it("a window equal to the default says nothing more", () => {
    const r = importReport("BÁO CÁO\nCCHC quý I/2020 (từ 15/12/2019 đến 14/03/2020)\n", {
      agency: { id: "x" },
    });
    expect(reportOf(r).period).toMatchObject({ from: "2019-12-15", to: "2020-03-14" });
    expect(rules(r)).toEqual(["import.period-detected", "import.no-appendix"]);
  });

  it("a window ending in another year is not used, with a warning", () => {
    const r = importReport("BÁO CÁO\nCCHC năm 2022 (từ 15/12/2021 đến 14/12/2023)\n", {
      agency: { id: "x" },
    });
    expect(reportOf(r).period).toStrictEqual(YEAR_2022);
    const f = finding(r, "import.period-window");
    expect(f?.severity).toBe("warning");
    expect(f?.messages).toEqual({
      vi: 'khoảng thời gian ở tiêu đề "từ 15/12/2021 đến 14/12/2023" không kết thúc trong năm 2022 của kỳ; dùng khung mặc định 2021-12-15 → 2022-12-14',
      en: 'the window in the title "từ 15/12/2021 đến 14/12/2023" does not end in the period\'s year 2022; the default 2021-12-15 → 2022-12-14 is used',
    });
  });

  it("a period given is used as is, and chooses the appendix template in force", () => {
    const p2026 = { kind: "year", year: 2026, from: "2025-12-15", to: "2026-12-14" } as const;
    const r = importReport(STP, { period: p2026, agency: { id: "x" } });
    expect(reportOf(r).period).toStrictEqual(p2026);
    expect(reportOf(r).catalogVersion).toBe("2025");
    expect(rules(r)).not.toContain("import.period-detected");
    expect(reportOf(importReport(STP, { period: YEAR_2022, agency: { id: "x" } })).catalogVersion).toBe(
      "2022",
    );
  });
});

describe("the agency from the heading", () => {
  it("the department under its governing body, with an info finding naming both", () => {
    const r = importReport(STP);
    expect(reportOf(r).agency).toStrictEqual({
      id: "ubnd-tinh-khanh-hoa/so-tu-phap",
      name: "SỞ TƯ PHÁP",
      parent: "UBND TỈNH KHÁNH HÒA",
    });
    expect(finding(r, "import.agency-detected")).toMatchObject({
      severity: "info",
      source: "import",
      messages: {
        vi: 'cơ quan báo cáo lấy từ đầu văn bản: "SỞ TƯ PHÁP" (cơ quan chủ quản "UBND TỈNH KHÁNH HÒA")',
        en: 'reporting agency taken from the heading: "SỞ TƯ PHÁP" (governing body "UBND TỈNH KHÁNH HÒA")',
      },
    });
  });

  it("an agency without a governing body: no parent, and the finding names the agency alone", () => {
    const r = importReport("SỞ Y TẾ\n\nBÁO CÁO\nCông tác CCHC năm 2022\n");
    expect(reportOf(r).agency).toStrictEqual({ id: "so-y-te", name: "SỞ Y TẾ" });
    expect(finding(r, "import.agency-detected")?.messages).toEqual({
      vi: 'cơ quan báo cáo lấy từ đầu văn bản: "SỞ Y TẾ"',
      en: 'reporting agency taken from the heading: "SỞ Y TẾ"',
    });
  });

  it.each([
    ["BAN QUẢN LÝ DỰ ÁN - ĐẦU TƯ", "ban-quan-ly-du-an-dau-tu"],
    ["SỞ Y TẾ (KHÁNH HÒA)", "so-y-te-khanh-hoa"],
    ["UBND TỈNH KHÁNH HÒA\nSỞ Y TẾ.", "ubnd-tinh-khanh-hoa/so-y-te"],
  ])(
    "the provisional id of %j is %s: letters and digits without diacritics, one dash between",
    (heading, id) => {
      expect(reportOf(importReport(`${heading}\n\nBÁO CÁO\nCông tác CCHC năm 2022\n`)).agency.id).toBe(id);
    },
  );

  it("a heading without an agency: id unknown and a warning asking for it", () => {
    const r = importReport("BÁO CÁO\nCông tác CCHC năm 2022\n");
    expect(reportOf(r).agency).toStrictEqual({ id: "unknown" });
    expect(finding(r, "import.agency-unknown")).toMatchObject({
      severity: "warning",
      messages: {
        vi: "không xác định được cơ quan báo cáo từ văn bản; hãy truyền cơ quan (tùy chọn agency, hoặc --agency ở dòng lệnh)",
        en: "reporting agency not found in the text; pass it (the agency option, or --agency on the command line)",
      },
    });
    expect(rules(importReport("BÁO CÁO\nCông tác CCHC năm 2022\n", { agency: { id: "x" } }))).not.toContain(
      "import.agency-unknown",
    );
  });

  it("the agency given wins over the heading, which is then not cross-checked", () => {
    const r = importReport(STP.replace("123/BC-STP", "123/BC-SXD"), { agency: { id: "khanh-hoa/stp" } });
    expect(reportOf(r).agency).toStrictEqual({ id: "khanh-hoa/stp" });
    expect(rules(r)).not.toContain("import.agency-detected");
    expect(rules(r)).not.toContain("import.symbol-agency-mismatch");
  });

  it("a symbol naming another issuer than an agency with no governing body is a warning", () => {
    const r = importReport("SỞ XÂY DỰNG\nSố: 31/BC-STP\n\nBÁO CÁO\nCông tác CCHC năm 2022\n");
    expect(finding(r, "import.symbol-agency-mismatch")).toMatchObject({
      severity: "warning",
      messages: {
        vi: 'số, ký hiệu "31/BC-STP" ghi cơ quan "STP", khác cơ quan ở đầu văn bản "SỞ XÂY DỰNG"',
        en: 'the number and symbol "31/BC-STP" names the issuer "STP", not the heading\'s agency "SỞ XÂY DỰNG"',
      },
    });
    const own = importReport("SỞ XÂY DỰNG\nSố: 31/BC-SXD\n\nBÁO CÁO\nCông tác CCHC năm 2022\n");
    expect(rules(own)).not.toContain("import.symbol-agency-mismatch");
    const unparsed = importReport("SỞ XÂY DỰNG\nSố: 31/BC\n\nBÁO CÁO\nCông tác CCHC năm 2022\n");
    expect(rules(unparsed)).not.toContain("import.symbol-agency-mismatch");
  });
});

describe("the agency resolved through a registry", () => {
  it("asks for the name, then the name and the governing body's place, then the symbol's issuer", () => {
    const asked: string[] = [];
    const r = importReport(STP, {
      resolveAgency: (name) => {
        asked.push(name);
        return undefined;
      },
    });
    expect(asked).toEqual(["SỞ TƯ PHÁP", "SỞ TƯ PHÁP TỈNH KHÁNH HÒA", "STP"]);
    expect(reportOf(r).agency).toStrictEqual({
      id: "ubnd-tinh-khanh-hoa/so-tu-phap",
      name: "SỞ TƯ PHÁP",
      parent: "UBND TỈNH KHÁNH HÒA",
    });
    expect(finding(r, "import.agency-unresolved")).toMatchObject({
      severity: "warning",
      messages: {
        vi: 'cơ quan "SỞ TƯ PHÁP" ở đầu văn bản không có trong sổ cơ quan; dùng mã tạm "ubnd-tinh-khanh-hoa/so-tu-phap"',
        en: 'the heading\'s agency "SỞ TƯ PHÁP" is not in the registry; the provisional id "ubnd-tinh-khanh-hoa/so-tu-phap" is used',
      },
    });
    expect(rules(r)).not.toContain("import.agency-detected");
  });

  it("stops at the first answer, and says by which name it resolved", () => {
    const asked: string[] = [];
    const r = importReport(STP, {
      resolveAgency: (name) => {
        asked.push(name);
        return name === "SỞ TƯ PHÁP TỈNH KHÁNH HÒA" ? "khanh-hoa/stp" : undefined;
      },
    });
    expect(asked).toEqual(["SỞ TƯ PHÁP", "SỞ TƯ PHÁP TỈNH KHÁNH HÒA"]);
    expect(reportOf(r).agency).toStrictEqual({
      id: "khanh-hoa/stp",
      name: "SỞ TƯ PHÁP",
      parent: "UBND TỈNH KHÁNH HÒA",
    });
    expect(finding(r, "import.agency-detected")).toMatchObject({
      severity: "info",
      messages: {
        vi: 'cơ quan báo cáo lấy từ đầu văn bản: "SỞ TƯ PHÁP" (cơ quan chủ quản "UBND TỈNH KHÁNH HÒA"), tra sổ cơ quan theo "SỞ TƯ PHÁP TỈNH KHÁNH HÒA" → khanh-hoa/stp',
        en: 'reporting agency taken from the heading: "SỞ TƯ PHÁP" (governing body "UBND TỈNH KHÁNH HÒA"), resolved by "SỞ TƯ PHÁP TỈNH KHÁNH HÒA" → khanh-hoa/stp',
      },
    });
  });

  it("an agency without a governing body or symbol is asked by its name alone", () => {
    const asked: string[] = [];
    const r = importReport("SỞ Y TẾ\n\nBÁO CÁO\nCông tác CCHC năm 2022\n", {
      resolveAgency: (name) => {
        asked.push(name);
        return "khanh-hoa/syt";
      },
    });
    expect(asked).toEqual(["SỞ Y TẾ"]);
    expect(reportOf(r).agency).toStrictEqual({ id: "khanh-hoa/syt", name: "SỞ Y TẾ" });
    expect(finding(r, "import.agency-detected")?.messages).toEqual({
      vi: 'cơ quan báo cáo lấy từ đầu văn bản: "SỞ Y TẾ", tra sổ cơ quan theo "SỞ Y TẾ" → khanh-hoa/syt',
      en: 'reporting agency taken from the heading: "SỞ Y TẾ", resolved by "SỞ Y TẾ" → khanh-hoa/syt',
    });
  });

  it("a governing body with no place in its name adds no second try; an unparsed symbol no third", () => {
    const asked: string[] = [];
    importReport("BỘ NỘI VỤ\nVỤ CẢI CÁCH HÀNH CHÍNH\nSố: abc\n\nBÁO CÁO\nCông tác CCHC năm 2022\n", {
      resolveAgency: (name) => {
        asked.push(name);
        return undefined;
      },
    });
    expect(asked).toEqual(["VỤ CẢI CÁCH HÀNH CHÍNH"]);
  });

  it("a symbol that does not parse adds no try by its issuer", () => {
    const asked: string[] = [];
    const r = importReport("SỞ XÂY DỰNG\nSố: 31/BC\n\nBÁO CÁO\nCông tác CCHC năm 2022\n", {
      resolveAgency: (name) => {
        asked.push(name);
        return undefined;
      },
    });
    expect(r.header.symbol).toEqual({ written: "31/BC" });
    expect(asked).toEqual(["SỞ XÂY DỰNG"]);
    expect(reportOf(r).agency.id).toBe("so-xay-dung");
  });

  it("a resolver that throws, or answers an empty id, resolves nothing", () => {
    const thrower = importReport(STP, {
      resolveAgency: () => {
        throw new Error("registry offline");
      },
    });
    expect(reportOf(thrower).agency.id).toBe("ubnd-tinh-khanh-hoa/so-tu-phap");
    expect(rules(thrower)).toContain("import.agency-unresolved");
    const empty = importReport(STP, { resolveAgency: () => "" });
    expect(reportOf(empty).agency.id).toBe("ubnd-tinh-khanh-hoa/so-tu-phap");
    expect(rules(empty)).toContain("import.agency-unresolved");
  });

  it("an alias map: a blank alias never hides another spelling of the same name", () => {
    const r = importReport(STP, { agencyAliases: { "Sở Tư pháp": "khanh-hoa/stp", "SỞ TƯ PHÁP": "" } });
    expect(reportOf(r).agency.id).toBe("khanh-hoa/stp");
    const odd = importReport(STP, {
      agencyAliases: { "SỞ TƯ PHÁP": 7, STP: "khanh-hoa/stp" } as unknown as Record<string, string>,
    });
    expect(reportOf(odd).agency.id).toBe("khanh-hoa/stp");
  });

  it("an alias map that is not an object is no registry", () => {
    const r = importReport(STP, { agencyAliases: "STP" as unknown as Record<string, string> });
    expect(reportOf(r).agency.id).toBe("ubnd-tinh-khanh-hoa/so-tu-phap");
    expect(rules(r)).toContain("import.agency-detected");
    expect(rules(r)).not.toContain("import.agency-unresolved");
  });
});

describe("the report built", () => {
  it("has the narrative before the appendix, trimmed, and the heading's date as asOf", () => {
    const r = reportOf(importReport(STP));
    expect(r.narrative).toBe(STP.slice(0, STP.indexOf("\n\nPhụ lục")));
    expect(r.asOf).toBe("2022-06-15");
    expect(r.values).toEqual({ "1.1": { raw: "4" } });
    expect(r.format).toBe("cchc.report/1");
  });

  it("a narrative-only text is its whole narrative, trimmed", () => {
    const text = "\n\nSỞ Y TẾ\n\nBÁO CÁO\nCông tác CCHC năm 2022\n\nKết quả tốt.\n\n";
    expect(reportOf(importReport(text)).narrative).toBe(
      "SỞ Y TẾ\n\nBÁO CÁO\nCông tác CCHC năm 2022\n\nKết quả tốt.",
    );
  });

  it("appendix rows alone: no narrative, no asOf (the keys are absent)", () => {
    const r = reportOf(importReport(`${ROW}\n`, { period: YEAR_2022, agency: { id: "x" } }));
    expect(r).toStrictEqual({
      format: "cchc.report/1",
      agency: { id: "x" },
      period: YEAR_2022,
      catalogVersion: "2022",
      values: { "1.1": { raw: "4" } },
    });
    const headed = reportOf(importReport(`Phụ lục\n${ROW}\n`, { period: YEAR_2022, agency: { id: "x" } }));
    expect(Object.keys(headed)).not.toContain("narrative");
  });

  it("asOf given wins over the heading's date", () => {
    expect(reportOf(importReport(STP, { asOf: "2022-06-20" })).asOf).toBe("2022-06-20");
  });

  it("all findings of an import come from the import", () => {
    const r = importReport(
      "SỞ Y TẾ\nBÁO CÁO\nCông tác CCHC năm 2022\nPhụ lục\n9.9.9\tChỉ tiêu lạ\tVăn bản\t3\t\n",
    );
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings.every((f) => f.source === "import")).toBe(true);
  });
});

describe("a report without appendix values", () => {
  it("a narrative only: one no-appendix warning, and no no-rows warning beside it", () => {
    const r = importReport("SỞ Y TẾ\nBÁO CÁO\nCông tác CCHC năm 2022\n");
    expect(rules(r)).toEqual(["import.period-detected", "import.agency-detected", "import.no-appendix"]);
    expect(finding(r, "import.no-appendix")).toMatchObject({ severity: "warning", messages: NO_APPENDIX });
    expect(r.status).toBe("no-appendix");
  });

  it("the no-rows warning alone is replaced; a truncation warning before it stays", () => {
    const text = `SỞ Y TẾ\nBÁO CÁO\nCông tác CCHC năm 2022\n\n${"Lời văn. ".repeat(300)}`;
    const r = importReport(text, { maxChars: 1200 });
    expect(rules(r)).toEqual([
      "import.truncated",
      "import.period-detected",
      "import.agency-detected",
      "import.no-appendix",
    ]);
  });

  it("rows that match no template row: their findings stay, and no-appendix is added", () => {
    const r = importReport(
      "SỞ Y TẾ\nBÁO CÁO\nCông tác CCHC năm 2022\nPhụ lục\n9.9.9\tChỉ tiêu lạ\tVăn bản\t3\t\n",
    );
    expect(rules(r)).toEqual([
      "import.unknown-code",
      "import.period-detected",
      "import.agency-detected",
      "import.no-appendix",
    ]);
    expect(r.counts).toEqual({ rowsRead: 1, matched: 0, unmatched: 1 });
    expect(r.status).toBe("no-appendix");
  });

  it("a report with matched rows has no no-appendix warning", () => {
    expect(rules(importReport(STP))).not.toContain("import.no-appendix");
  });
});

describe("the document's date against the period", () => {
  const dated = (date: string) => STP.replace("ngày 15 tháng 6 năm 2022", date);
  it("a date before the period's first day is a warning with both dates", () => {
    const r = importReport(dated("ngày 14 tháng 12 năm 2021"));
    expect(finding(r, "import.date-before-period")).toMatchObject({
      severity: "warning",
      messages: {
        vi: "ngày của văn bản 2021-12-14 ở trước kỳ báo cáo (2021-12-15 → 2022-06-14): ngày hoặc kỳ bị ghi nhầm?",
        en: "the document's date 2021-12-14 is before the reporting period (2021-12-15 → 2022-06-14): is the date or the period mistyped?",
      },
    });
  });

  it("a date on the period's first day, or an asOf given, is no warning", () => {
    expect(rules(importReport(dated("ngày 15 tháng 12 năm 2021")))).not.toContain(
      "import.date-before-period",
    );
    const given = importReport(dated("ngày 14 tháng 12 năm 2021"), { asOf: "2022-06-20" });
    expect(rules(given)).not.toContain("import.date-before-period");
  });
});
