import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";

// Found by test/fuzz/cli.fuzz.test.ts.
describe("memoryIO: a path named like an Object.prototype key", () => {
  it("is a missing file (exit 2), not an internal error (was: exit 70, bytes.subarray is not a function)", async () => {
    for (const path of ["hasOwnProperty", "toString", "__proto__", "constructor"]) {
      const m = memoryIO({});
      expect(await runCli(["show", path], m.io)).toBe(2);
      expect(m.stderr).toContain(`cannot read file: ${path}`);
    }
  });

  it("still reads a file it holds", async () => {
    const m = memoryIO({ toString: "{" });
    expect(await runCli(["show", "toString"], m.io)).toBe(2);
    expect(m.stderr).toContain("invalid JSON");
  });
});
