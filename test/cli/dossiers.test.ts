import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/dossiers/${name}`, import.meta.url), "utf8");

async function cli(args: string[], files: Record<string, string | Uint8Array> = {}) {
  const m = memoryIO(files);
  const code = await runCli(args, m.io);
  return { code, out: m.stdout, err: m.stderr };
}

describe("cchc dossiers", () => {
  it("exits 0 on a consistent table and prints the column mapping and the rates", async () => {
    const r = await cli(["dossiers", "t.tsv", "--lang", "en"], { "t.tsv": fixture("centre-bulletin.tsv") });
    expect(r.code).toBe(0);
    expect(r.out).toContain("Tiếp nhận / Tổng số → toProcess");
    expect(r.out).toContain("OK: 0 errors, 0 warnings.");
  });
  it("exits 1 with the planted findings, as JSON { ok, profile, rows, totals, rates, findings }", async () => {
    const r = await cli(["dossiers", "t.csv", "--format", "json", "--period", "2024H1"], {
      "t.csv": fixture("province-three-levels-planted.csv"),
    });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["ok", "profile", "columns", "rows", "totals", "rates", "findings"]);
    expect(j.ok).toBe(false);
    expect(j.profile).toBe("template");
    expect(j.rows[0]).toMatchObject({ unit: "Cấp tỉnh", period: "2024H1", level: "province" });
    expect(j.totals.computed.received).toBe(324960);
    expect(j.totals.published[0].received).toBe(324957);
    expect(j.rates.rows[1]).toMatchObject({ unit: "Cấp huyện", reported: "99.23", computed: "99.33" });
    expect(j.rates.rows[1].byProfile.qd766).toBe("99.23");
    expect(j.findings.map((f: { rule: string }) => f.rule)).toContain("flow.total");
    expect(j.findings[0]).toMatchObject({
      rule: "flow.rate",
      severity: "error",
      code: "onTimeRate",
      units: ["Cấp huyện"],
    });
  });
  it("--profile chooses the definition the rates are checked against", async () => {
    const file = { "p.tsv": fixture("portal-formula.tsv") };
    expect((await cli(["dossiers", "p.tsv", "--profile", "portal-late-share"], file)).code).toBe(0);
    const t = await cli(["dossiers", "p.tsv", "--lang", "en"], file);
    expect(t.code).toBe(1);
    expect(t.out).toMatch(/matches profile [a-z0-9, -]*portal-late-share/);
  });
  it("an unknown profile, an unreadable file or a text without a dossier header is exit 2 with one line", async () => {
    for (const [args, files] of [
      [["dossiers", "x.tsv", "--profile", "nope"], { "x.tsv": "a" }],
      [["dossiers", "missing.tsv"], {}],
      [["dossiers", "x.tsv"], { "x.tsv": "a\tb\n1\t2\n" }],
      [["dossiers", "x.tsv"], { "x.tsv": new Uint8Array([0, 1, 2]) }],
    ] as [string[], Record<string, string | Uint8Array>][]) {
      const r = await cli(args, files);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).not.toContain("    at ");
    }
  });
});
