/**
 * One size of the full-report roll-up benchmark, run in its own Node process by bench/rollup.bench.ts
 * (`node --expose-gc … bench/rollup-size.ts <reports> [stream]`) so that its peak memory is its own.
 * Prints one marked JSON line: the roll-up and the naive per-row sum of the same reports (same
 * process), the peak RSS before the roll-up (reports generated) and at the end — their difference is
 * what the roll-up itself needed at its peak — and the heap the result keeps.
 *
 * Without `stream`, the reports are generated first and held in an array (the in-memory
 * `rollupReports`); with `stream`, each report is generated and handed to `createRollup().add` in turn
 * and then dropped — the way a caller reads files or database rows one at a time — and the time
 * includes generating them (measured alone in the same process and given as `generateMs`).
 */
import type { Report } from "../src/model/report.js";
import { createRollup, rollupReports } from "../src/rollup/index.js";
import { makeFullReport, makeFullReports } from "./full-reports.js";
import { rng } from "./harness.js";

export const SIZE_MARK = "@@rollup-size ";

const MiB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Naive baseline: sum every value that reads as a plain number (`,` as decimal comma), per row id. */
function naiveSum(reports: readonly Report[]): Map<string, number> {
  const acc = new Map<string, number>();
  for (const r of reports) {
    for (const [id, v] of Object.entries(r.values)) {
      const s = typeof v.raw === "string" ? v.raw : v.value;
      const x = typeof s === "string" ? Number.parseFloat(s.replace(",", ".")) : Number.NaN;
      if (Number.isFinite(x)) acc.set(id, (acc.get(id) ?? 0) + x);
    }
  }
  return acc;
}

const n = Number(process.argv[2] ?? "1000");
const stream = process.argv[3] === "stream";
const repeats = n <= 2_000 ? 3 : 1;

if (stream) {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const rssBeforeMiB = process.resourceUsage().maxRSS / 1024;
  let t = performance.now();
  const g = rng(n);
  for (let i = 0; i < n; i++) makeFullReport(i, g);
  const generateMs = performance.now() - t;
  // naive baseline over a bounded window (the same reports in chunks of 1 000, generated the same way)
  t = performance.now();
  const gb = rng(n);
  for (let i = 0; i < n; i += 1_000) {
    const chunk: Report[] = [];
    for (let j = i; j < Math.min(n, i + 1_000); j++) chunk.push(makeFullReport(j, gb));
    naiveSum(chunk);
  }
  const naiveMs = performance.now() - t;
  t = performance.now();
  const rollup = createRollup("vn");
  const gr = rng(n);
  for (let i = 0; i < n; i++) rollup.add(makeFullReport(i, gr));
  const result = rollup.finish();
  const ms = performance.now() - t;
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  process.stdout.write(
    `${SIZE_MARK}${JSON.stringify({
      n,
      stream,
      ms,
      generateMs,
      naiveMs,
      findings: result.findings.length,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
      rssBeforeMiB,
      extraHeapMiB: (heapAfter - heap0) / MiB,
    })}\n`,
  );
} else {
  const reports = makeFullReports(n, n);
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const rssBeforeMiB = process.resourceUsage().maxRSS / 1024;
  let best = Number.POSITIVE_INFINITY;
  let result = rollupReports("vn", reports);
  for (let i = 0; i < repeats; i++) {
    result = undefined as never;
    gc();
    const t = performance.now();
    result = rollupReports("vn", reports);
    best = Math.min(best, performance.now() - t);
  }
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  let naiveMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats + 1; i++) {
    const t = performance.now();
    naiveSum(reports);
    naiveMs = Math.min(naiveMs, performance.now() - t);
  }
  process.stdout.write(
    `${SIZE_MARK}${JSON.stringify({
      n,
      stream,
      ms: best,
      naiveMs,
      findings: result.findings.length,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
      rssBeforeMiB,
      extraHeapMiB: (heapAfter - heap0) / MiB,
    })}\n`,
  );
}
