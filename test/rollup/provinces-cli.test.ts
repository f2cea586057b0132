import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";

async function cli(args: string[]) {
  const m = memoryIO();
  const code = await runCli(args, m.io);
  return { code, out: m.stdout, err: m.stderr };
}

describe("cchc provinces", () => {
  it("lists 63 units on 2025-06-30 and 34 on 2025-07-01 (JSON)", async () => {
    for (const [date, n] of [
      ["2025-06-30", 63],
      ["2025-07-01", 34],
    ] as const) {
      const r = await cli(["provinces", "--date", date, "--format", "json"]);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.out) as { count: number; provinces: { id: string; mergedInto?: string }[] };
      expect(j.count).toBe(n);
      expect(j.provinces).toHaveLength(n);
    }
    const before = JSON.parse((await cli(["provinces", "--date", "2025-06-30", "--format", "json"])).out) as {
      provinces: { id: string; mergedInto?: string }[];
    };
    expect(before.provinces.find((p) => p.id === "ninh-thuan")?.mergedInto).toBe("khanh-hoa");
  });
  it("prints a table with the merge and the source as text", async () => {
    const r = await cli(["provinces", "--date", "2025-06-30"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Ninh Thuận");
    expect(r.out).toContain("khanh-hoa");
    expect(r.out).toContain("202/2025/QH15");
    expect(r.out.trim().split("\n")).toHaveLength(64);
  });
  it("rejects a date that does not exist with exit 2 and one line", async () => {
    const r = await cli(["provinces", "--date", "2025-02-30"]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("2025-02-30");
  });
});
