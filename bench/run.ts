/**
 * `npm run bench`: runs every bench/*.bench.ts module (each exports `run(): Promise<BenchResult[]>`),
 * prints each subject with its same-run baseline and ratio, and writes bench/results.json.
 * `npm run bench -- numbers` runs only the modules whose file name contains "numbers".
 *
 * Each module runs in its own Node process: run one after another in one process, the later modules
 * inherited the earlier ones' heap and JIT state (the rules benchmark measured 5 400 reports/s after the
 * others and 13 000/s alone on the same quiet machine). Subject and baseline of one benchmark still
 * share a process, so their ratio stays a same-run comparison.
 */
import { spawnSync } from "node:child_process";
import { readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchResult } from "./harness.js";

const here = dirname(fileURLToPath(import.meta.url));
const self = fileURLToPath(import.meta.url);
const MARK = "@@bench-results ";

const only = process.argv.indexOf("--only");
if (only >= 0) {
  // child: run one module and hand its results to the parent on a marked line
  const file = process.argv[only + 1] ?? "";
  const mod = (await import(join(here, file))) as { run: () => Promise<BenchResult[]> };
  const results = await mod.run();
  process.stdout.write(`\n${MARK}${JSON.stringify(results)}\n`);
} else {
  const filter = process.argv[2];
  const files = (await readdir(here))
    .filter((f) => f.endsWith(".bench.ts") && (!filter || f.includes(filter)))
    .sort();
  const all: BenchResult[] = [];
  const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toPrecision(3));
  let failed = false;
  for (const f of files) {
    // the same loader flags (tsx) as this process, so the child can import TypeScript
    const child = spawnSync(process.execPath, [...process.execArgv, self, "--only", f], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines = (child.stdout ?? "").split("\n");
    const marked = lines.find((l) => l.startsWith(MARK));
    for (const l of lines) if (l !== "" && !l.startsWith(MARK)) console.log(l);
    if (child.status !== 0 || marked === undefined) {
      console.error(`${f}: benchmark process failed (exit ${child.status ?? child.signal})`);
      failed = true;
      continue;
    }
    for (const r of JSON.parse(marked.slice(MARK.length)) as BenchResult[]) {
      all.push(r);
      console.log(
        `${r.name}: ${r.subject.label} ${fmt(r.subject.opsPerSec)} ${r.unit}/s vs ${r.baseline.label} ${fmt(r.baseline.opsPerSec)} ${r.unit}/s — ratio ${r.ratio.toFixed(2)}×${r.target ? ` (target ${r.target})` : ""}`,
      );
      if (r.extra) console.log(`  ${JSON.stringify(r.extra)}`);
    }
  }
  const out = join(here, "results.json");
  await writeFile(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results: all }, null, 2)}\n`,
  );
  console.log(`${all.length} benchmarks written to bench/results.json`);
  if (failed) process.exitCode = 1;
}
