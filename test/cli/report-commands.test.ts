import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { reportIssues } from "../../src/cli/input.js";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";
import { escapeHtml } from "../../src/io/render.js";

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), "utf8");
const exampleText = read("examples/khanh-hoa-skhcn-2022h1.txt");
const exampleJson = read("examples/khanh-hoa-skhcn-2022h1.json");
const files = { "r.txt": exampleText, "r.json": exampleJson };

async function cli(args: string[], given: Record<string, string | Uint8Array> = files) {
  const m = memoryIO(given);
  const code = await runCli(args, m.io);
  return { code, out: m.stdout, err: m.stderr, written: m.written };
}

async function checkFindings(file: string) {
  const r = await cli(["check", file, "--format", "json"]);
  return (JSON.parse(r.out) as { findings: { message: string; rule: string; code: string | null }[] })
    .findings;
}

describe("cchc render shows check's findings beside their rows", () => {
  it("HTML: every finding of `check` is on the page, escaped, and a summary line goes to stderr", async () => {
    const findings = await checkFindings("r.txt");
    expect(findings.length).toBeGreaterThan(3);
    const r = await cli(["render", "r.txt", "--to", "html"]);
    expect(r.code).toBe(0);
    for (const f of findings) expect(r.out, f.rule).toContain(escapeHtml(f.message));
    expect(r.out).toContain('class="f error"');
    const errors = findings.filter((f) => (f as { severity?: string }).severity === "error").length;
    expect(r.err).toMatch(
      new RegExp(`^cchc: r\\.txt: ${errors} lỗi, .* / ${errors} errors, .*beside their rows\\)\\n$`),
    );
  });
  it("Markdown: a findings column with the rate finding on row 1.2", async () => {
    const r = await cli(["render", "r.txt", "--format", "md"]);
    const row = r.out.split("\n").find((l) => l.startsWith("| 1.2. |"));
    expect(row).toContain("37,04");
    expect(r.out.split("\n")[4]).toContain("| Phát hiện |");
  });
  it("CSV: a sixth column with `[severity] message`; --no-findings gives the five importable columns", async () => {
    const r = await cli(["render", "r.json", "--format", "csv", "--lang", "en"]);
    const lines = r.out.split("\r\n");
    expect(lines[0]).toBe("Code,Indicator,Unit,Value,Note,Findings");
    const row = lines.find((l) => l.startsWith("1.2,"));
    expect(row).toMatch(/\[warning\] Rate 1\.2 reports 37\.03%/);
    const plain = await cli(["render", "r.json", "--format", "csv", "--no-findings"]);
    expect(plain.out.split("\r\n")[0]).toBe("Mã,Chỉ tiêu,Đơn vị tính,Số liệu,Ghi chú");
    expect(plain.out).not.toContain("[warning]");
  });
  it("writes to -o and still reports the summary; a report without findings has no findings column", async () => {
    const clean = JSON.stringify({
      format: "cchc.report/1",
      agency: { id: "x", name: "X" },
      period: { kind: "half-year", year: 2022, index: 1, from: "2022-01-01", to: "2022-06-30" },
      values: { "1.2": { raw: "37,04%" }, "1.2.a": { raw: "27" }, "1.2.b": { raw: "10" } },
    });
    const r = await cli(["render", "c.json", "--format", "md", "-o", "out.md"], { "c.json": clean });
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(r.written["out.md"]).not.toContain("Phát hiện");
    expect(r.err).toContain(": 0 lỗi, 0 cảnh báo, 0 thông tin / 0 errors");
  });
  it("refuses a bad format and a --to format that disagrees with --format", async () => {
    expect((await cli(["render", "r.json", "--format", "pdf"])).code).toBe(2);
    const r = await cli(["render", "r.json", "--to", "md", "--format", "html"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("disagree");
  });
});

describe("cchc show reads every format check reads", () => {
  const tsv =
    "Mã\tChỉ tiêu\tĐơn vị\tSố liệu\n1.2.a\tSố nhiệm vụ\tNhiệm vụ\t27\n1.2.b\tSố đã hoàn thành\tNhiệm vụ\t10\n";
  it("text, TSV and JSON give the same 1.2.a value", async () => {
    for (const [f, extra] of [
      ["r.txt", []],
      ["r.json", []],
      ["a.tsv", ["--period", "2022H1", "--agency", "x"]],
    ] as const) {
      const r = await cli(["show", f, ...extra], { ...files, "a.tsv": tsv });
      expect(r.code, `${f}: ${r.err}`).toBe(0);
      const row = r.out.split("\n").find((l) => l.startsWith("1.2.a "));
      expect(row, f).toMatch(/27$/);
    }
  });
  it("a TSV without a period still needs --period (exit 2, one line)", async () => {
    const r = await cli(["show", "a.tsv"], { "a.tsv": tsv });
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});

describe("cchc check never says OK when nothing was checked", () => {
  const prose = [
    "UBND TỈNH KHÁNH HÒA",
    "SỞ TƯ PHÁP",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2022",
    "Trong kỳ, Sở đã ban hành 5 văn bản, gồm kế hoạch, công văn, quyết định.",
    "Kết quả, tỷ lệ hồ sơ đúng hạn đạt 98%, tăng so với cùng kỳ.",
  ].join("\n");
  it("a narrative without an appendix is refused with one bilingual line, exit 2, even with --exit-zero", async () => {
    for (const extra of [[], ["--exit-zero"], ["--format", "json"]]) {
      const r = await cli(["check", "p.txt", ...extra], { "p.txt": prose });
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toContain("không có số liệu nào để kiểm tra");
      expect(r.err).toContain("nothing to check");
      expect(r.err).not.toMatch(/ĐẠT|OK/);
    }
  });
  it("a JSON report with no known value is refused; render refuses it too", async () => {
    const empty = JSON.stringify({
      format: "cchc.report/1",
      agency: { id: "x" },
      period: { kind: "year", year: 2022, from: "2022-01-01", to: "2022-12-31" },
      values: { "99.9": { raw: "5" }, "1.1": { raw: "" } },
    });
    expect((await cli(["check", "e.json"], { "e.json": empty })).code).toBe(2);
    expect((await cli(["render", "e.json"], { "e.json": empty })).code).toBe(2);
  });
  it("one known value is enough to check (exit 0 or 1 with the verdict)", async () => {
    const one = JSON.stringify({
      format: "cchc.report/1",
      agency: { id: "x" },
      period: { kind: "year", year: 2022, from: "2022-01-01", to: "2022-12-31" },
      values: { "1.1": { raw: "5" } },
    });
    const r = await cli(["check", "o.json"], { "o.json": one });
    expect(r.code).toBe(0);
    expect(r.out).toContain("ĐẠT");
  });
});

describe("a wrong-typed JSON report lists every issue in both languages", () => {
  const bad = JSON.stringify({
    format: "cchc.report/1",
    agency: { id: 5 },
    period: { kind: "half-year", year: "2022", index: 1, from: "2022-01-01", to: "2022-06-30" },
    values: { "1.2": { raw: 3 } },
  });
  it("all three issues, each with its path, in Vietnamese and English, on one line, exit 2", async () => {
    const r = await cli(["check", "b.json"], { "b.json": bad });
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    const [vi, en] = r.err.split(" / invalid report");
    expect(vi).toContain("(3 lỗi)");
    expect(en).toContain("(3 issues)");
    for (const p of ["agency.id", "period.year", "values.1.2.raw"]) {
      expect(vi, p).toContain(`${p}: cần`);
      expect(en, p).toContain(`${p}: expected`);
    }
    expect(en).toContain("agency.id: expected string, received number");
    expect(vi).toContain("agency.id: cần chuỗi, nhận số");
  });
  it("the library's own bilingual messages are split into their languages; a valid report has no issue", () => {
    const issues = reportIssues({
      format: "cchc.report/1",
      agency: { id: "x" },
      period: { kind: "half-year", year: 2022, index: 1, from: "2022-01-01", to: "2021-06-30" },
      values: {},
    });
    expect(issues.find((i) => i.path === "period.to")).toEqual({
      path: "period.to",
      vi: "kỳ báo cáo kết thúc trước khi bắt đầu",
      en: "period ends before it starts",
    });
    expect(reportIssues(JSON.parse(exampleJson))).toEqual([]);
    expect(reportIssues({})).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "agency", en: "missing (expected object)" })]),
    );
  });
});

describe("cchc refs with a period", () => {
  it("marks the references dated after the period's last day (--period, --from/--to)", async () => {
    const text = await cli(["refs", "r.txt", "--period", "2022H1"]);
    expect(text.out).toMatch(/166\/QĐ-SKHCN .*> kỳ \/ after the period\n/);
    const r = await cli(["refs", "r.txt", "--period", "2022H1", "--format", "json"]);
    const refs = JSON.parse(r.out) as { symbol: string; afterPeriod: boolean }[];
    expect(refs.filter((x) => x.afterPeriod).map((x) => x.symbol)).toEqual(["166/QĐ-SKHCN"]);
    const wide = await cli(["refs", "r.txt", "--from", "2021-12-15", "--to", "2022-12-31"]);
    expect(wide.out).not.toContain("> kỳ");
    expect(r.code).toBe(0);
    expect(wide.out).toContain("; 0 sau kỳ 2021-12-15 → 2022-12-31");
  });
  it("without a period, nothing is marked and the JSON keeps its shape", async () => {
    const r = await cli(["refs", "r.txt", "--format", "json"]);
    expect(r.out).not.toContain("afterPeriod");
    const t = await cli(["refs", "r.txt"]);
    expect(t.out).not.toContain("> kỳ");
  });
});
