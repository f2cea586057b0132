import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";

const ex = (f: string) => readFileSync(new URL(`../../examples/rollup/${f}`, import.meta.url), "utf8");
const files = {
  "skhcn.json": ex("skhcn.json"),
  "stp.json": ex("stp.json"),
  "sxd.json": ex("sxd.json"),
  "registry.json": ex("registry.json"),
};

describe("cchc rollup", () => {
  it("prints the parent's indicators with reportedBy and findings as JSON", async () => {
    const m = memoryIO(files);
    const code = await runCli(
      [
        "rollup",
        "khanh-hoa",
        "skhcn.json",
        "stp.json",
        "sxd.json",
        "--registry",
        "registry.json",
        "--format",
        "json",
      ],
      m.io,
    );
    expect(code).toBe(1); // sxd's 3.1.4 is not the sum of its levels
    const out = JSON.parse(m.stdout);
    const by = Object.fromEntries(out.report.indicators.map((i: { code: string }) => [i.code, i]));
    expect(by["3.4.1.a"]).toEqual({ code: "3.4.1.a", value: "1793", reportedBy: 3 });
    expect(by["6.1.a"]).toEqual({ code: "6.1.a", value: "24000", reportedBy: 2 });
    expect(by["3.4.1"].value).toBe("96.07");
    expect(out.findings.find((f: { rule: string }) => f.rule === "sum.parts").units).toEqual([
      "khanh-hoa/sxd",
    ]);
  });
  it("prints text and exits 0 when the children are consistent", async () => {
    const m = memoryIO(files);
    expect(
      await runCli(["rollup", "khanh-hoa", "skhcn.json", "stp.json", "--registry", "registry.json"], m.io),
    ).toBe(0);
    expect(m.stdout).toContain("khanh-hoa/skhcn, khanh-hoa/stp");
    expect(m.stdout).toMatch(/khanh-hoa\/sxd/); // listed as missing
  });
  it("fails with exit 2 on a bad registry", async () => {
    const m = memoryIO({ ...files, "bad.json": '{"x":1}' });
    expect(await runCli(["rollup", "khanh-hoa", "skhcn.json", "--registry", "bad.json"], m.io)).toBe(2);
    expect(m.stderr).toContain("agencies");
  });
});

describe("cchc compare", () => {
  it("compares two reports, rates in points", async () => {
    const m = memoryIO(files);
    expect(await runCli(["compare", "skhcn.json", "stp.json", "--format", "json"], m.io)).toBe(0);
    const rows = JSON.parse(m.stdout).comparisons as { id: string; deltaPoints?: string; delta: string }[];
    expect(rows.find((r) => r.id === "1.2")?.deltaPoints).toBe("12.96");
    expect(rows.find((r) => r.id === "3.1.4")?.delta).toBe("66");
    const t = memoryIO(files);
    await runCli(["compare", "skhcn.json", "stp.json"], t.io);
    expect(t.stdout).toMatch(/^1\.2\s+37\.04\s+50\s+12\.96\s+12\.96 pp$/m);
  });

  it("reads the bundled example's 7.5.3.a as 84 %, as the rules do (not its numerator 732)", async () => {
    const example = readFileSync(
      new URL("../../examples/khanh-hoa-skhcn-2022h1.json", import.meta.url),
      "utf8",
    );
    const m = memoryIO({ "a.json": example });
    expect(await runCli(["compare", "a.json", "a.json", "--format", "json"], m.io)).toBe(0);
    const rows = JSON.parse(m.stdout).comparisons as {
      id: string;
      old: string;
      new: string;
      status: string;
    }[];
    expect(rows.find((r) => r.id === "7.5.3.a")).toMatchObject({ old: "84", new: "84", status: "same" });
    const t = memoryIO({ "a.json": example });
    await runCli(["compare", "a.json", "a.json"], t.io);
    expect(t.stdout).toMatch(/^7\.5\.3\.a\s+84\s+84\s+0\s+0 pp$/m);
  });
});

describe("cchc score", () => {
  it("scores with the built-in QĐ 766 example", async () => {
    const m = memoryIO(files);
    expect(
      await runCli(
        [
          "score",
          "stp.json",
          "--table",
          "qd766-example",
          "--input",
          "satisfaction-rate=90",
          "--format",
          "json",
        ],
        m.io,
      ),
    ).toBe(0);
    const r = JSON.parse(m.stdout);
    expect(r.criteria.find((c: { id: string }) => c.id === "766.2").points).toBe("20.00");
    expect(r.criteria.find((c: { id: string }) => c.id === "766.4").points).toBe("17.60"); // 40 × 22 / 50
    expect(r.criteria.find((c: { id: string }) => c.id === "766.5").points).toBe("18.00");
    expect(r.complete).toBe(false);
  });
  it("reads a table from a file and rejects a bad one", async () => {
    const table = {
      id: "t",
      name: { vi: "t", en: "t" },
      source: "s",
      verified: true,
      groups: [{ id: "g", name: { vi: "g", en: "g" }, maxPoints: "10" }],
      criteria: [
        {
          id: "c",
          group: "g",
          name: { vi: "c", en: "c" },
          maxPoints: "10",
          reads: ["3.4.1"],
          rule: { kind: "proportional" },
          source: "s",
          verified: true,
        },
      ],
    };
    const m = memoryIO({ ...files, "t.json": JSON.stringify(table) });
    expect(await runCli(["score", "sxd.json", "--table", "t.json"], m.io)).toBe(0);
    expect(m.stdout).toMatch(/total\s+9\.20 \/ 10/);
    const bad = memoryIO({ ...files, "t.json": "[]" });
    expect(await runCli(["score", "sxd.json", "--table", "t.json"], bad.io)).toBe(2);
    expect(await runCli(["score", "sxd.json"], bad.io)).toBe(2);
  });

  it("names the first 10 units of a finding that concerns more, and how many more", async () => {
    const unit = (i: number) =>
      JSON.stringify({
        format: "cchc.report/1",
        agency: { id: `xa-${String(i).padStart(2, "0")}` },
        period: { kind: "half-year", year: 2022, index: 1, from: "2022-01-01", to: "2022-06-30" },
        values: { "2.1": { raw: "5" }, "2.1.1": { raw: "1" }, "2.1.2": { raw: "1" } },
      });
    const many = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`x${i}.json`, unit(i)]));
    const m = memoryIO(many);
    const code = await runCli(["rollup", "tinh", ...Object.keys(many), "--lang", "en"], m.io);
    expect(code).toBe(1);
    const line = m.stdout.split("\n").find((l) => l.includes("sum.parts"));
    expect(line).toContain("[xa-00, xa-01");
    expect(line).toContain("xa-09, … +3]");
    expect(line).not.toContain("xa-10");
  });
});
