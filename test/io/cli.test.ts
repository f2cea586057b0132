import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";

const APPENDIX = readFileSync(new URL("../fixtures/appendix-khanh-hoa-2022h1.txt", import.meta.url), "utf8");
const EXAMPLE_TXT = readFileSync(
  new URL("../../examples/khanh-hoa-skhcn-2022h1.txt", import.meta.url),
  "utf8",
);
const EXAMPLE_JSON = readFileSync(
  new URL("../../examples/khanh-hoa-skhcn-2022h1.json", import.meta.url),
  "utf8",
);

async function cli(args: string[], files: Record<string, string | Uint8Array> = {}) {
  const m = memoryIO(files);
  const code = await runCli(args, m.io);
  return { code, out: m.stdout, err: m.stderr, written: m.written };
}

describe("cchc check on text, TSV and JSON", () => {
  it("checks the bundled report text with import and narrative findings", async () => {
    const r = await cli(["check", "r.txt", "--format", "json", "--exit-zero"], { "r.txt": EXAMPLE_TXT });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { findings: { source: string; rule: string }[] };
    expect(out.findings.some((f) => f.source === "import" && f.rule === "import.duplicate-code")).toBe(true);
    expect(
      out.findings.some((f) => f.source === "narrative" && f.rule === "narrative.document-after-period"),
    ).toBe(true);
  });

  it("needs --period for a bare appendix, and then works", async () => {
    const no = await cli(["check", "a.tsv"], { "a.tsv": APPENDIX });
    expect(no.code).toBe(2);
    expect(no.err).toContain("--period");
    const yes = await cli(["check", "a.tsv", "--period", "2022H1", "--exit-zero"], { "a.tsv": APPENDIX });
    expect(yes.code).toBe(0);
  });

  it("still reads the JSON format", async () => {
    const r = await cli(["check", "r.json", "--exit-zero"], { "r.json": EXAMPLE_JSON });
    expect(r.code).toBe(0);
  });

  it.each([
    ["empty", ""],
    ["binary", new Uint8Array([0, 1, 2, 3, 0, 255])],
    ["not a report", "xin chào\nđây không phải báo cáo"],
  ])("rejects a %s file with one line and exit 2", async (_, content) => {
    const r = await cli(["check", "f"], { f: content });
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat .*\.ts:/);
  });
});

describe("cchc render and refs", () => {
  it("renders HTML to a file and Markdown to stdout", async () => {
    const html = await cli(["render", "r.txt", "--to", "html", "-o", "out.html"], { "r.txt": EXAMPLE_TXT });
    expect(html.code).toBe(0);
    expect(html.written["out.html"]).toContain("<!DOCTYPE html>");
    const md = await cli(["render", "r.json", "--to", "md", "--lang", "en"], { "r.json": EXAMPLE_JSON });
    expect(md.out).toContain("| Code | Indicator |");
  });

  it("lists references as text and JSON", async () => {
    const t = await cli(["refs", "r.txt"], { "r.txt": EXAMPLE_TXT });
    expect(t.out).toContain("111/2021/NĐ-CP");
    const j = await cli(["refs", "r.txt", "--format", "json"], { "r.txt": EXAMPLE_TXT });
    const refs = JSON.parse(j.out) as { symbol: string; date?: string }[];
    expect(refs.find((x) => x.symbol === "166/QĐ-SKHCN")?.date).toBe("2022-10-13");
  });
});
