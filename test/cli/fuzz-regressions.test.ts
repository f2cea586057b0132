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

// Found by test/fuzz/cli.fuzz.test.ts (2026-11-28, seed -923342938): argv ["\n"].
describe("errors quoting user text stay on one line", () => {
  it("escapes line breaks and control characters in an unknown command or option value", async () => {
    for (const argv of [
      ["\n"],
      ["a\r\nb"],
      ["rate", "1\n2", "3"],
      ["catalog", "--version", "x\u2028y"],
      ["\u0007"],
    ]) {
      const m = memoryIO({});
      expect(await runCli(argv, m.io), JSON.stringify(argv)).toBe(2);
      expect(m.stderr.endsWith("\n")).toBe(true);
      const controls = [...m.stderr.slice(0, -1)].filter((c) => c < " " || c === "\u2028" || c === "\u2029");
      expect(controls, JSON.stringify(argv)).toEqual([]);
    }
    const m = memoryIO({});
    await runCli(["a\nb"], m.io);
    expect(m.stderr).toBe(
      'cchc: lệnh không tồn tại: "a\\nb" (xem cchc --help) / unknown command "a\\nb" (see cchc --help)\n',
    );
  });

  it("leaves ordinary messages as they are", async () => {
    const m = memoryIO({});
    expect(await runCli(["nope"], m.io)).toBe(2);
    expect(m.stderr).toBe(
      'cchc: lệnh không tồn tại: "nope" (xem cchc --help) / unknown command "nope" (see cchc --help)\n',
    );
  });
});
