import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";

const root = new URL("../../", import.meta.url);
const bytes = (p: string) => new Uint8Array(readFileSync(new URL(p, root)));
const EXAMPLE = readFileSync(new URL("examples/khanh-hoa-skhcn-2022h1.txt", root), "utf8");

type Out = { findings: { rule: string; code: string | null; severity: string; source: string }[] };
const ruleFindings = (o: Out) =>
  o.findings
    .filter((f) => f.source !== "import" && f.source !== "narrative")
    .map((f) => `${f.severity} ${f.rule} ${f.code}`)
    .sort();

async function checkJson(name: string, data: string | Uint8Array, extra: string[] = []) {
  const m = memoryIO({ [name]: data });
  const code = await runCli(["check", name, "--format", "json", "--exit-zero", ...extra], m.io);
  expect(m.stderr).toBe("");
  return { code, out: JSON.parse(m.stdout) as Out };
}

describe("cchc on office files and legacy encodings", () => {
  it("check reads .docx, UTF-16, TCVN3 and VNI text with the same findings as the UTF-8 text", async () => {
    const base = ruleFindings((await checkJson("r.txt", EXAMPLE)).out);
    for (const f of [
      "khanh-hoa-skhcn-2022h1.docx",
      "khanh-hoa-skhcn-2022h1.utf16.txt",
      "khanh-hoa-skhcn-2022h1.tcvn3.txt",
      "khanh-hoa-skhcn-2022h1.vni.txt",
    ]) {
      const r = await checkJson(f, bytes(`test/fixtures/office/${f}`));
      expect(r.code).toBe(0);
      expect(ruleFindings(r.out)).toEqual(base);
    }
  });

  it("show, refs and render accept a .docx and an .xlsx", async () => {
    const m = memoryIO({ "r.docx": bytes("test/fixtures/office/khanh-hoa-skhcn-2022h1.docx") });
    expect(await runCli(["refs", "r.docx"], m.io)).toBe(0);
    expect(m.stdout).toContain("105/KH-SKHCN");
    const x = memoryIO({ "a.xlsx": bytes("test/fixtures/office/appendix-khanh-hoa-2022h1.xlsx") });
    expect(await runCli(["render", "a.xlsx", "--period", "2022H1", "--to", "csv"], x.io)).toBe(0);
    expect(x.stdout).toContain("1.2,");
  });

  it("render --to xlsx writes a workbook, and check on it gives the same findings (round trip)", async () => {
    const m = memoryIO({ "r.txt": EXAMPLE });
    expect(await runCli(["render", "r.txt", "--to", "xlsx", "-o", "out.xlsx"], m.io)).toBe(0);
    const wb = m.writtenBytes["out.xlsx"];
    expect(wb?.[0]).toBe(0x50);
    const a = ruleFindings((await checkJson("r.txt", EXAMPLE)).out);
    const b = ruleFindings((await checkJson("out.xlsx", wb as Uint8Array)).out);
    expect(b).toEqual(a);
  });

  it("render --to xlsx without -o is one line, exit 2", async () => {
    const m = memoryIO({ "r.txt": EXAMPLE });
    expect(await runCli(["render", "r.txt", "--to", "xlsx"], m.io)).toBe(2);
    expect(m.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses .doc, PDF and a broken .docx with one line and exit 2", async () => {
    const doc = new Uint8Array(2048);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const pdf = new TextEncoder().encode("%PDF-1.5\n%âãÏÓ\n");
    const broken = bytes("test/fixtures/office/khanh-hoa-skhcn-2022h1.docx").slice(0, 500);
    for (const [name, data, says] of [
      ["r.doc", doc, "save as .docx"],
      ["r.pdf", pdf, "a PDF carries no table structure"],
      ["r.docx", broken, "cannot read the file"],
    ] as const) {
      const m = memoryIO({ [name]: data });
      expect(await runCli(["check", name], m.io)).toBe(2);
      expect(m.stderr).toContain(says);
      expect(m.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("a period or agency given on the command line", () => {
  const json = readFileSync(new URL("examples/khanh-hoa-skhcn-2022h1.json", root), "utf8");
  it("wins over a JSON report's own, as over a text's title and heading", async () => {
    for (const [name, data] of [
      ["r.json", json],
      ["r.txt", EXAMPLE],
    ] as const) {
      const m = memoryIO({ [name]: data });
      const args = ["check", name, "--period", "2022Q2", "--agency", "kh/test", "--exit-zero"];
      expect(await runCli(args, m.io)).toBe(0);
      // 2022 reports under NĐ 09/2019's cut-off: the quarter ends on the 14th of its last month
      expect(m.stdout).toContain("kh/test — quarter 2022 (2022-03-15 → 2022-06-14)");
    }
  });
  it("leaves a JSON report's period and agency alone when none is given", async () => {
    const m = memoryIO({ "r.json": json });
    expect(await runCli(["check", "r.json", "--exit-zero"], m.io)).toBe(0);
    expect(m.stdout).toContain(
      `Sở Khoa học và Công nghệ tỉnh Khánh Hòa — half-year 2022 (${JSON.parse(json).period.from} → ${JSON.parse(json).period.to})`,
    );
  });
});
