import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOG_2022, normalizeCode } from "../../src/catalog/index.js";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";

const example = readFileSync(new URL("../../examples/khanh-hoa-skhcn-2022h1.json", import.meta.url), "utf8");

async function cli(args: string[], files: Record<string, string | Uint8Array> = {}) {
  const m = memoryIO(files);
  const code = await runCli(args, m.io);
  return { code, out: m.stdout, err: m.stderr };
}

describe("cchc (global)", () => {
  it("prints help with every command and exits 0", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("catalog");
    expect(r.out).toContain("Usage: cchc <command>");
  });
  it("prints the package version", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    const r = await cli(["--version"]);
    expect(r).toMatchObject({ code: 0, out: `${pkg.version}\n` });
  });
  it("rejects an unknown command with one bilingual line and exit 2", async () => {
    const r = await cli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("lệnh không tồn tại");
    expect(r.err).toContain("unknown command");
  });
  it("rejects an unknown option, a bad choice and extra arguments with exit 2", async () => {
    for (const args of [
      ["catalog", "--bogus"],
      ["catalog", "--format", "xml"],
      ["catalog", "extra"],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    }
  });
  it("shows a command's own help", async () => {
    const r = await cli(["catalog", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("--format");
  });
});

describe("cchc catalog", () => {
  it("lists every row as JSON with the documented fields", async () => {
    const r = await cli(["catalog", "--format", "json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows).toHaveLength(CATALOG_2022.rows.length);
    expect(Object.keys(rows[0]!).sort()).toEqual(["code", "id", "kind", "name", "parent", "unit"]);
    const codes = new Set(rows.flatMap((x) => (typeof x.code === "string" ? [normalizeCode(x.code)] : [])));
    for (const c of ["1.2", "2.1.1", "3.4.1", "6.2.4", "7.5.3", "7.7.6", "7.8.2"])
      expect(codes.has(c)).toBe(true);
  });
  it("lists rows as text in either language", async () => {
    expect((await cli(["catalog"])).out).toContain("Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn");
    expect((await cli(["catalog", "--lang", "en"])).out).toContain("On-time dossier rate");
  });
  it("refuses an unknown catalog version", async () => {
    const r = await cli(["catalog", "--version", "1999"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("1999");
  });
});

describe("cchc show", () => {
  it("prints the example report's values in catalog order", async () => {
    const r = await cli(["show", "r.json"], { "r.json": example });
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    const i12 = lines.findIndex((l) => l.startsWith("1.2 "));
    expect(lines[i12]).toContain("37,03%");
    expect(lines.findIndex((l) => l.startsWith("7.8.2 "))).toBeGreaterThan(i12);
  });
  it("fails with exit 2 and one line on missing, empty, binary, non-JSON and invalid files", async () => {
    const cases: Record<string, string | Uint8Array> = {
      "empty.json": "",
      "bin.json": new Uint8Array([0x7b, 0, 1, 2]),
      "bad.json": "{ not json",
      "invalid.json": JSON.stringify({ agency: { id: "x" }, period: { kind: "year" }, values: {} }),
      "latin1.json": new Uint8Array([0x7b, 0xe9, 0x7d]),
    };
    for (const f of [...Object.keys(cases), "missing.json"]) {
      const r = await cli(["show", f], cases);
      expect(r.code, f).toBe(2);
      expect(r.err.trim().split("\n"), f).toHaveLength(1);
      expect(r.err, f).toContain(f);
    }
  });
  it("names the path of an invalid field", async () => {
    const r = await cli(["show", "x.json"], {
      "x.json": JSON.stringify({
        agency: { id: "x" },
        period: { kind: "year", year: 2022, from: "2022-01-01", to: "2022-13-01" },
        values: {},
      }),
    });
    expect(r.err).toContain("period.to");
  });
});

describe("cchc check on report text", () => {
  const appendix = readFileSync(
    new URL("../fixtures/appendix-khanh-hoa-2022h1.txt", import.meta.url),
    "utf8",
  );
  const rules = (out: string) =>
    (JSON.parse(out) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
  it("asks for the agency when the text does not name it, and takes it from --agency", async () => {
    const without = await cli(["check", "a.txt", "--format", "json", "--period", "2022H1"], {
      "a.txt": appendix,
    });
    expect(without.code).toBe(1);
    expect(rules(without.out)).toContain("import.agency-unknown");
    const given = await cli(
      ["check", "a.txt", "--format", "json", "--period", "2022H1", "--agency", "khanh-hoa/skhcn"],
      {
        "a.txt": appendix,
      },
    );
    expect(given.code).toBe(1);
    expect(rules(given.out)).not.toContain("import.agency-unknown");
    expect(rules(given.out)).toContain("sum.parts");
  });
  it("reports and exits 0 with --exit-zero", async () => {
    const r = await cli(["check", "a.txt", "--period", "2022H1", "--exit-zero"], { "a.txt": appendix });
    expect(r.code).toBe(0);
    expect(r.out).toContain("sum.parts");
  });
});
