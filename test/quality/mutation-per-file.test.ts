import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without type declarations
import { judgeReport, markdownTable, scoreOf } from "../../scripts/mutation-per-file.mjs";

// The per-file mutation gate: Stryker's own threshold judges an area as a whole.

const mutants = (killed: number, survived: number, other: Record<string, number> = {}) => [
  ...Array.from({ length: killed }, () => ({ status: "Killed" })),
  ...Array.from({ length: survived }, () => ({ status: "Survived" })),
  ...Object.entries(other).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status }))),
];

describe("scripts/mutation-per-file.mjs", () => {
  it("scores like Stryker: timeouts detect, no-coverage does not, errors and ignored do not count", () => {
    expect(scoreOf(mutants(8, 1, { Timeout: 1, CompileError: 5, Ignored: 3 }))).toBe(90);
    expect(scoreOf(mutants(3, 0, { NoCoverage: 1 }))).toBe(75);
    expect(scoreOf(mutants(0, 0, { CompileError: 2 }))).toBeNull();
  });

  it("fails a file under 80% even when the area passes, and an area under 85%", () => {
    const hidden = judgeReport({
      files: { "src/a.ts": { mutants: mutants(95, 5) }, "src/b.ts": { mutants: mutants(7, 3) } },
    });
    expect(hidden.area).toBeCloseTo((102 / 110) * 100);
    expect(hidden.problems).toEqual(["src/b.ts: 70.00% < 80%"]);
    const low = judgeReport({ files: { "src/a.ts": { mutants: mutants(82, 18) } } });
    expect(low.problems).toEqual(["area: 82.00% < 85%"]);
    expect(judgeReport({ files: { "src/a.ts": { mutants: mutants(90, 10) } } }).problems).toEqual([]);
  });

  it("writes the table docs/quality.md records: counts by status, worst file first, then the area", () => {
    const table = markdownTable({
      files: {
        "src/a.ts": { mutants: mutants(9, 1, { Ignored: 2 }) },
        "src/b.ts": { mutants: mutants(6, 3, { Timeout: 1, NoCoverage: 2 }) },
      },
    }).split("\n");
    expect(table[2]).toBe("| src/b.ts | 6 | 1 | 3 | 2 | 0 | 58.3% |");
    expect(table[3]).toBe("| src/a.ts | 9 | 0 | 1 | 0 | 2 | 90.0% |");
    expect(table[4]).toBe("| **area** | 15 | 1 | 4 | 2 | 2 | **72.7%** |");
  });

  it("as a command: exit 1 with the failing file named, exit 0 when every file passes", () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-mutation-"));
    mkdirSync(join(dir, "reports/mutation"), { recursive: true });
    const write = (area: string, files: object) =>
      writeFileSync(join(dir, `reports/mutation/${area}.json`), JSON.stringify({ files }));
    write("good", { "src/a.ts": { mutants: mutants(9, 1) } });
    write("bad", { "src/a.ts": { mutants: mutants(99, 1) }, "src/b.ts": { mutants: mutants(3, 2) } });
    const script = resolve("scripts/mutation-per-file.mjs");
    const run = (area: string) => {
      try {
        return {
          code: 0,
          out: execFileSync(process.execPath, [script, area], { cwd: dir, encoding: "utf8" }),
        };
      } catch (e) {
        const x = e as { status: number; stdout: string };
        return { code: x.status, out: x.stdout };
      }
    };
    expect(run("good")).toMatchObject({ code: 0 });
    const bad = run("bad");
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("FAIL src/b.ts: 60.00% < 80%");
    expect(run("missing").code).toBe(1);
  });
});
