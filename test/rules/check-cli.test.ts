import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";

const fixture = readFileSync(new URL("../fixtures/khanh-hoa-skhcn-2022h1.json", import.meta.url), "utf8");
const clean = JSON.stringify({
  agency: { id: "x" },
  period: { kind: "half-year", year: 2022, index: 1, from: "2022-01-01", to: "2022-06-30" },
  values: { "2.1": { raw: "2" }, "2.1.1": { raw: "2" }, "2.1.2": { raw: "0" } },
});

async function cli(args: string[]) {
  const m = memoryIO({ "r.json": fixture, "ok.json": clean, "bad.json": "{ nope" });
  const code = await runCli(args, m.io);
  return { code, out: m.stdout, err: m.stderr };
}

describe("cchc check", () => {
  it("prints findings grouped by severity and exits 1 on errors", async () => {
    const r = await cli(["check", "r.json"]);
    expect(r.code).toBe(1);
    const errors = r.out.indexOf("Lỗi (4)");
    const warnings = r.out.indexOf("Cảnh báo (8)");
    const infos = r.out.indexOf("Thông tin (6)");
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(infos).toBeGreaterThan(warnings);
    expect(r.out).toContain("Chỉ tiêu 2.1 ghi 0 nhưng tổng các chỉ tiêu thành phần (2.1.1, 2.1.2) là 2.");
    expect(r.out).toContain("cần: 37,04%; ghi: 37,03%");
    expect(r.out).toMatch(/KHÔNG ĐẠT: 4 lỗi, 8 cảnh báo, 6 thông tin/);
    expect(r.out).toMatch(/Trạng thái: đã kiểm tra \(checked\)\.\n$/);
  });

  it("--exit-zero reports but exits 0", async () => {
    const r = await cli(["check", "r.json", "--exit-zero"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("sum.parts");
  });

  it("JSON output in English", async () => {
    const r = await cli(["check", "r.json", "--format", "json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as {
      ok: boolean;
      findings: { rule: string; severity: string; code: string; message: string; source: string }[];
      summary: { errors: number };
    };
    expect(j.ok).toBe(false);
    expect(j.summary.errors).toBe(4);
    expect(j).toMatchObject({ status: "checked", coverage: { failed: 0 } });
    const f = j.findings.find((x) => x.rule === "sum.parts")!;
    expect(f).toMatchObject({ severity: "error", code: "2.1", source: "appendix" });
    expect(f.message).toBe("Indicator 2.1 reports 0 but its parts (2.1.1, 2.1.2) add up to 2.");
  });

  it("exits 0 on a clean report", async () => {
    const r = await cli(["check", "ok.json", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/OK: 0 errors/);
    expect(r.out).toMatch(/Status: checked \(checked\)\.\n$/);
  });

  it("a report with nothing the catalog knows is refused (exit 2, one line), never passed", async () => {
    const empty = JSON.stringify({ ...JSON.parse(clean), values: { "2.1": { raw: "" } } });
    for (const format of ["text", "json"]) {
      const m = memoryIO({ "empty.json": empty });
      const code = await runCli(["check", "empty.json", "--lang", "en", "--format", format], m.io);
      expect(code).toBe(2);
      expect(m.stdout).toBe("");
      expect(m.stderr.trim().split("\n")).toHaveLength(1);
      expect(m.stderr).toMatch(/nothing to check/);
    }
  });

  it("exits 2 with one bilingual line when the input cannot be read", async () => {
    for (const file of ["missing.json", "bad.json"]) {
      const r = await cli(["check", file]);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toContain(" / ");
      expect(r.out).toBe("");
    }
  });
});
