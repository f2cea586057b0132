import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";
import { bigString, deepJson, guardPrototypeChain, hostileString } from "./hostile.js";
import { FUZZ_RUNS } from "./runs.js";

const fixtureJson = readFileSync(new URL("../fixtures/khanh-hoa-skhcn-2022h1.json", import.meta.url), "utf8");
const fixtureText = readFileSync(
  new URL("../fixtures/appendix-khanh-hoa-2022h1.txt", import.meta.url),
  "utf8",
);
const PATHS = ["a.json", "b.txt", "c.tsv", "d.bin", "r.json", "t.txt", "missing.json"];
const OPTIONS = [...new Set(COMMANDS.flatMap((c) => Object.keys(c.options).map((o) => `--${o}`)))];

const enc = (s: string) => new TextEncoder().encode(s);

/** File contents: random bytes, random text, the real report mutated, JSON with prototype keys. */
const content: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  hostileString.map(enc),
  fc.jsonValue({ maxDepth: 4 }).map((v) => enc(JSON.stringify(v))),
  fc
    .tuple(fc.nat({ max: fixtureJson.length }), hostileString)
    .map(([i, s]) => enc(fixtureJson.slice(0, i) + s + fixtureJson.slice(i))),
  fc
    .tuple(fc.nat({ max: fixtureText.length }), fc.string({ unit: "grapheme", maxLength: 30 }))
    .map(([i, s]) => enc(fixtureText.slice(0, i) + s + fixtureText.slice(i + s.length))),
  fc.constantFrom(
    enc('{"__proto__": {"polluted": "yes"}, "agency": {"id": "x"}}'),
    enc(fixtureJson.replace('"1.1"', '"__proto__"')),
    enc(fixtureJson.replace('"values": {', '"values": {"constructor": {"raw": "1"},')),
    enc(`\ufeff${fixtureJson}`),
    new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xfe]),
    new Uint8Array(0),
  ),
);

const arg = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PATHS) },
  { weight: 3, arbitrary: fc.constantFrom(...OPTIONS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "vi",
      "en",
      "json",
      "text",
      "md",
      "html",
      "csv",
      "2022H1",
      "2022",
      "kh",
      "-o",
      "out.txt",
      "--help",
      "-h",
      "--",
      "-",
      "--x=1",
      "3",
      "-1",
      "1e309",
      "2026-02-13T09:00:00+07:00",
      "2022-06-30",
      "15:00",
      "100",
    ),
  },
  { weight: 2, arbitrary: hostileString },
);

const argv = fc.tuple(
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...COMMANDS.map((c) => c.name)) },
    { weight: 1, arbitrary: hostileString },
  ),
  fc.array(arg, { maxLength: 6 }),
);

async function expectWellBehaved(args: string[], files: Record<string, Uint8Array | string>): Promise<void> {
  const m = memoryIO(files);
  const code = await runCli(args, m.io);
  const err = m.stderr;
  if (![0, 1, 2].includes(code)) throw new Error(`exit ${code} for ${JSON.stringify(args)}: ${err}`);
  if (code === 2) expect(err.replace(/\n$/, "")).not.toContain("\n");
  expect(err).not.toMatch(/\n\s+at /);
  expect(m.stdout).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
}

guardPrototypeChain();

describe("cli: runCli exits 0, 1 or 2 on hostile argv and files", () => {
  it("random argv, random file bytes", async () => {
    await fc.assert(
      fc.asyncProperty(
        argv,
        fc.array(content, { minLength: 6, maxLength: 6 }),
        async ([cmd, rest], bodies) => {
          const files: Record<string, Uint8Array | string> = { "r.json": fixtureJson, "t.txt": fixtureText };
          bodies.forEach((b, i) => {
            files[PATHS[i < 3 ? i : i + 1] ?? "a.json"] = b;
          });
          files["d.bin"] = bodies[3] ?? new Uint8Array(0);
          await expectWellBehaved([cmd, ...rest], files);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("every command on a mutated report file", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...COMMANDS.map((c) => c.name)), content, async (cmd, body) => {
        await expectWellBehaved([cmd, "a.json"], { "a.json": body });
        await expectWellBehaved([cmd, "kh", "a.json", "a.json"], { "a.json": body });
        await expectWellBehaved([cmd, "a.json", "--format", "json"], { "a.json": body });
      }),
      { numRuns: Math.max(1, Math.floor(FUZZ_RUNS / 2)) },
    );
  });

  it("10 MB files and 10 000-level JSON", async () => {
    const files = {
      "big.txt": bigString(10, "1.1.\t"),
      "big.json": `{"agency":{"id":"${bigString(10, "x")}"}}`,
      "deep.json": deepJson(10_000),
      "deepobj.json": `${'{"values":'.repeat(10_000)}1${"}".repeat(10_000)}`,
    };
    // The 10 MB text goes through the whole importer (a few seconds): once is enough.
    await expectWellBehaved(["check", "big.txt"], files);
    for (const f of ["big.json", "deep.json", "deepobj.json"]) {
      for (const cmd of ["check", "show", "render", "refs", "score"]) {
        const extra = cmd === "render" ? ["--to", "html"] : [];
        await expectWellBehaved([cmd, f, ...extra], files);
      }
      await expectWellBehaved(["rollup", "kh", f, f], files);
      await expectWellBehaved(["compare", f, f], files);
    }
    await expectWellBehaved(["parse-number", bigString(10)], {});
    await expectWellBehaved(["lunar", bigString(10)], {});
  }, 60_000);
});
