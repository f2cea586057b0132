/**
 * The shell commands printed in README.md and docs/guide.md, run exactly as printed, in a directory laid
 * out like a fresh clone after `npm ci` (package.json, sources, examples, node_modules — no dist/): JSON
 * output parses, the HTML page shows every finding and no raw `<` from the data.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/io/render.js";

const root = new URL("../..", import.meta.url).pathname;

/** The command lines of a Markdown file's ```sh blocks: comments dropped, `npm ci` / `npm test` left out. */
function shellCommands(markdown: string): string[] {
  const out: string[] = [];
  for (const block of markdown.matchAll(/^[ \t]*```sh\n([\s\S]*?)^[ \t]*```/gm)) {
    for (const line of (block[1] ?? "").split("\n")) {
      const code = line.replace(/\s+#.*$/, "").trim();
      if (code === "" || code.startsWith("#")) continue;
      for (const part of code.split(/\s*&&\s*/)) {
        if (/^npm (ci|test)\b/.test(part)) continue;
        out.push(part);
      }
    }
  }
  return out;
}

let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cchc-readme-"));
  for (const name of ["package.json", "tsconfig.json", "src", "examples", "node_modules"]) {
    symlinkSync(join(root, name), join(dir, name));
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function run(command: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync("sh", ["-c", command], { cwd: dir, encoding: "utf8", timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Every `<` of the page starts a tag of the page itself (data is escaped). */
function rawLessThan(html: string): string[] {
  const stripped = html.replace(/<!DOCTYPE html>|<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/g, "");
  return stripped.match(/.{0,20}<.{0,20}/g) ?? [];
}

describe("shellCommands", () => {
  it("reads the command lines of sh blocks only, without comments, npm ci or npm test", () => {
    const md =
      "text `npx x`\n```sh\nnpm ci && npm run demo   # demo\nnpm test\n  # note\n```\n```ts\nfoo();\n```\n";
    expect(shellCommands(md)).toEqual(["npm run demo"]);
  });
});

describe("README.md commands, run as printed", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const commands = shellCommands(readme).filter((c) => c.includes("cchc") || c.includes("demo"));

  it("are found, and every cchc command in them uses `npm run -s` (npm's banner would spoil stdout)", () => {
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const c of commands) if (/npm run (?!-s )cchc/.test(c)) throw new Error(`without -s: ${c}`);
  });

  it("run, print JSON that parses, and write an HTML page with every finding and no raw < from data", () => {
    let json: { findings: { message: string; rule: string }[] } | undefined;
    let htmlSeen = false;
    for (const command of commands) {
      const r = run(command);
      expect([0, 1], `${command}\n${r.stderr}`).toContain(r.code);
      expect(r.stderr, command).not.toMatch(/\n\s+at /);
      if (command.includes("--format json")) json = JSON.parse(r.stdout);
      const out = /> (\S+\.html)/.exec(command)?.[1];
      if (out) {
        const html = readFileSync(join(dir, out), "utf8");
        htmlSeen = true;
        expect(rawLessThan(html)).toEqual([]);
        const check = JSON.parse(
          run(command.replace(/render (\S+).*$/, "check $1 --format json")).stdout,
        ) as {
          findings: { message: string }[];
        };
        expect(check.findings.length).toBeGreaterThan(0);
        for (const f of check.findings) expect(html, f.message).toContain(escapeHtml(f.message));
      }
    }
    expect(json?.findings.some((f) => f.rule === "rate.truncated")).toBe(true);
    expect(htmlSeen).toBe(true);
  }, 240_000);
});

describe("docs/guide.md command-line section, run as printed", () => {
  it("every command exits 0 or 1 with no stack trace; JSON output parses", () => {
    const guide = readFileSync(join(root, "docs/guide.md"), "utf8");
    const commands = shellCommands(guide).filter((c) => c.includes("cchc"));
    expect(commands.length).toBeGreaterThanOrEqual(6);
    for (const command of commands) {
      const r = run(command);
      expect([0, 1], `${command}\n${r.stderr}`).toContain(r.code);
      expect(r.stderr, command).not.toMatch(/\n\s+at /);
      if (command.includes("--format json")) expect(() => JSON.parse(r.stdout), command).not.toThrow();
    }
  }, 240_000);
});
