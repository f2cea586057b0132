import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";

async function cli(args: string[]) {
  const m = memoryIO();
  const code = await runCli(args, m.io);
  return { code, out: m.stdout, err: m.stderr };
}

describe("cchc rate", () => {
  it("prints the rounded rate", async () => {
    expect(await cli(["rate", "10", "27"])).toMatchObject({ code: 0, out: "37.04\n" });
    expect(await cli(["rate", "10", "27", "--rounding", "down"])).toMatchObject({ out: "37.03\n" });
    expect(await cli(["rate", "732", "876", "--decimals", "0"])).toMatchObject({ out: "84\n" });
  });
  it("json, Vietnamese-written inputs, zero denominator", async () => {
    const r = await cli(["rate", "20.000", "30.000", "--format", "json"]);
    expect(JSON.parse(r.out)).toMatchObject({ value: "66.67", exact: "66.66666666666666666666" });
    const z = await cli(["rate", "5", "0", "--format", "json"]);
    expect(z.code).toBe(0);
    expect(JSON.parse(z.out)).toEqual({ value: null, reason: "zero-denominator" });
  });
  it("input errors exit 2", async () => {
    expect((await cli(["rate", "abc", "2"])).code).toBe(2);
    expect((await cli(["rate", "1", "2", "--decimals", "x"])).code).toBe(2);
    expect((await cli(["rate", "1/2", "2"])).code).toBe(2);
  });
});

describe("cchc unit-group", () => {
  it("classifies", async () => {
    const r = await cli(["unit-group", "25", "--format", "json"]);
    expect(JSON.parse(r.out)).toMatchObject({
      group: "3",
      band: "10-30",
      regime: "nd111-2025",
      verified: false,
    });
    const g1 = await cli(["unit-group", "100", "--invest", "--format", "json"]);
    expect(JSON.parse(g1.out)).toMatchObject({ group: "1" });
    expect(JSON.parse(g1.out)).not.toHaveProperty("band");
    const old = await cli(["unit-group", "10", "--date", "2021-08-14", "--format", "json"]);
    expect(JSON.parse(old.out)).toMatchObject({ group: "4", regime: "nd16-2015" });
    expect((await cli(["unit-group", "69,5%"])).out).toMatch(/group 3 \(30-70%\)/);
    expect(
      JSON.parse((await cli(["unit-group", "50", "--no-revenue", "--format", "json"])).out),
    ).toMatchObject({ group: "4" });
  });
  it("bad input exits 2", async () => {
    expect((await cli(["unit-group", "x"])).code).toBe(2);
    expect((await cli(["unit-group", "5", "--date", "2001-01-01"])).code).toBe(2);
  });
});

describe("cchc parse-number", () => {
  it("prints the reading", async () => {
    const r = await cli(["parse-number", "37,03%"]);
    expect(r.out).toContain("value: 37.03");
    expect(r.out).toContain("percent: true");
    expect((await cli(["parse-number", "1.234"])).out).toContain("ambiguity: dot-thousands (or 1.234)");
    expect((await cli(["parse-number", "732VBĐT/876VBD"])).out).toContain("numerator unit: VBĐT");
    const j = await cli(["parse-number", "07 TTHC", "--format", "json"]);
    expect(JSON.parse(j.out)).toMatchObject({ ok: true, value: { value: "7", unitWord: "TTHC" } });
    expect((await cli(["parse-number", "--", "-"])).out).toContain("kind: none");
  });
  it("failure: exit 2, JSON on stdout with --format json, one stderr line in text", async () => {
    const j = await cli(["parse-number", "1.23.4", "--format", "json"]);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.out)).toMatchObject({ ok: false, error: { code: "bad-grouping" } });
    const t = await cli(["parse-number", "abc"]);
    expect(t.code).toBe(2);
    expect(t.err).toContain("not-a-number");
  });
});
