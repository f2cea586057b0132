/**
 * `npm run bench`: runs every bench/*.bench.ts module (each exports `run(): Promise<BenchResult[]>`),
 * prints each subject with its same-run baseline and ratio, and writes bench/results.json.
 * `npm run bench -- numbers` runs only the modules whose file name contains "numbers".
 */
import { readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchResult } from "./harness.js";

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = (await readdir(here))
  .filter((f) => f.endsWith(".bench.ts") && (!filter || f.includes(filter)))
  .sort();
const all: BenchResult[] = [];
const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toPrecision(3));
for (const f of files) {
  const mod = (await import(join(here, f))) as { run: () => Promise<BenchResult[]> };
  for (const r of await mod.run()) {
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
