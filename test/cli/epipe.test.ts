/**
 * The real command (sources run by tsx, real stdout) piped into a reader that closes early, as in
 * `cchc catalog | head -1`: no stack trace, and the exit code of the work done.
 */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const tsx = `${root}node_modules/.bin/tsx`;

/** Runs `cchc <args>`; the reader of stdout closes after `keepBytes` bytes (0: before any output). */
function runPiped(
  args: string[],
  keepBytes: number,
): Promise<{ code: number | null; stderr: string; got: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["src/cli/main.ts", ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let got = 0;
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (t: string) => {
      stderr += t;
    });
    if (keepBytes === 0) child.stdout.destroy();
    else {
      child.stdout.on("data", (b: Buffer) => {
        got += b.length;
        if (got >= keepBytes) child.stdout.destroy();
      });
    }
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, got }));
  });
}

describe("cchc piped into a reader that stops early", () => {
  it("catalog | (closed at once): exit 0, nothing on stderr", async () => {
    const r = await runPiped(["catalog", "--format", "json"], 0);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  }, 60_000);

  it("check of a report with errors | head: exit 1 (the check's verdict), no stack trace", async () => {
    const r = await runPiped(["check", "examples/khanh-hoa-skhcn-2022h1.txt"], 0);
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.code).toBe(1);
  }, 60_000);

  it("catalog read to the end: the whole output, exit 0 (the quiet path changes nothing when the reader stays)", async () => {
    const r = await runPiped(["catalog", "--format", "json"], Number.POSITIVE_INFINITY);
    expect(r.code).toBe(0);
    expect(r.got).toBeGreaterThan(10_000);
    expect(r.stderr).toBe("");
  }, 60_000);

  it("a usage error is still reported on stderr with exit 2 when stdout is closed", async () => {
    const r = await runPiped(["catalog", "--format", "xml"], 0);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("invalid --format");
  }, 60_000);
});
