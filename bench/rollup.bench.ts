/**
 * Roll-up at national scale, against a naive baseline — a per-row summation of the same reports' values
 * with no parsing rules, no rates and no checks — measured in the same process.
 *
 * 1. Full reports (bench/full-reports.ts: every row of the bundled example, raw Vietnamese strings,
 *    notes, a few inconsistencies per unit) at 1 000 and 11 000 reports, each size in its own Node
 *    process (bench/rollup-size.ts) with its peak RSS and the heap the result keeps; 100 000 streamed
 *    through `createRollup` when `CCHC_BENCH_100K=1` (long: run it on a quiet machine).
 * 2. The earlier benchmark, kept as a second row: 11 000 reports of 16 pre-normalised values, with a
 *    scaling series.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Report } from "../src/model/report.js";
import { rollupReports } from "../src/rollup/index.js";
import { type BenchResult, compare, type Measurement, measure, rng } from "./harness.js";

const here = dirname(fileURLToPath(import.meta.url));
const SIZE_MARK = "@@rollup-size ";

interface SizeRun {
  n: number;
  stream: boolean;
  ms: number;
  naiveMs: number;
  generateMs?: number;
  findings: number;
  maxRssMiB: number;
  rssBeforeMiB: number;
  extraHeapMiB: number;
}

/** Runs one size of the full-report roll-up in a fresh Node process. */
function runSize(n: number, stream: boolean): SizeRun {
  const args = [...process.execArgv, "--expose-gc", join(here, "rollup-size.ts"), String(n)];
  if (stream) args.push("stream");
  const child = spawnSync(process.execPath, args, {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = (child.stdout ?? "").split("\n").find((l) => l.startsWith(SIZE_MARK));
  if (child.status !== 0 || line === undefined) throw new Error(`rollup-size ${n}: exit ${child.status}`);
  return JSON.parse(line.slice(SIZE_MARK.length)) as SizeRun;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function fullRow(s: SizeRun): BenchResult {
  const m = (label: string, ms: number): Measurement => ({ label, ms, opsPerSec: s.n / (ms / 1000) });
  const how = s.stream ? "createRollup, streamed" : "rollupReports";
  return compare(
    `rollup.full-reports-${s.n >= 1000 ? `${s.n / 1000}k` : s.n}`,
    "report",
    m(`${how} (full reports, rules on the result and the units)`, s.ms),
    m("naive per-row sum", s.naiveMs),
    s.n === 11_000 ? "11 000 full reports < 1 s, < 150 MiB extra" : undefined,
    {
      ms: Math.round(s.ms),
      usPerReport: round1((s.ms * 1000) / s.n),
      slowerThanNaive: round1(s.ms / s.naiveMs),
      maxRssMiB: Math.round(s.maxRssMiB),
      rollupPeakMiB: Math.round(s.maxRssMiB - s.rssBeforeMiB),
      extraHeapMiB: round1(s.extraHeapMiB),
      findings: s.findings,
      ...(s.generateMs !== undefined ? { generateMs: Math.round(s.generateMs) } : {}),
    },
  );
}

const PERIOD = { kind: "half-year" as const, year: 2022, index: 1, from: "2022-01-01", to: "2022-06-30" };

export function makeReports(n: number, seed: number): Report[] {
  const r = rng(seed);
  const int = (max: number) => Math.floor(r() * max);
  const out: Report[] = [];
  for (let i = 0; i < n; i++) {
    const a = int(300);
    const b = int(300);
    const c = int(300);
    const received = 50 + int(2000);
    const resolved = Math.floor(received * (0.7 + r() * 0.3));
    const onTime = Math.floor(resolved * (0.8 + r() * 0.2));
    const online = Math.floor(received * r());
    const planned = 1000 + int(100_000);
    const disbursed = Math.floor(planned * r());
    const v = (x: number | string) => ({ value: typeof x === "number" ? String(x) : x });
    out.push({
      format: "cchc.report/1",
      agency: { id: `u${i}` },
      period: PERIOD,
      values: {
        "1.1": v(int(20)),
        "1.2.a": v(20),
        "1.2.b": v(int(20)),
        "1.6": v(int(2)),
        "3.1.4": v(a + b + c),
        "3.1.4.a": v(a),
        "3.1.4.b": v(b),
        "3.1.4.c": v(c),
        "3.4.1.a": v(received),
        "3.4.1.b": v(resolved),
        "3.4.1.c": v(onTime),
        "3.4.1": { raw: `${((onTime / resolved) * 100).toFixed(2).replace(".", ",")}%` },
        "7.7.4.a": v(received),
        "7.7.4.b": v(online),
        "6.1.a": v(`${planned}.5`),
        "6.1.b": v(disbursed),
      },
    });
  }
  return out;
}

/** Baseline: sum every numeric value per row id, nothing else. */
function naiveSum(reports: readonly Report[]): Map<string, number> {
  const acc = new Map<string, number>();
  for (const r of reports) {
    for (const [id, v] of Object.entries(r.values)) {
      const x = typeof v.value === "string" ? Number(v.value) : Number.NaN;
      if (Number.isFinite(x)) acc.set(id, (acc.get(id) ?? 0) + x);
    }
  }
  return acc;
}

export async function run(): Promise<BenchResult[]> {
  const full = [runSize(1_000, false), runSize(11_000, false)];
  if (process.env.CCHC_BENCH_100K === "1") full.push(runSize(100_000, true));
  const national = makeReports(11_000, 42);
  const check = rollupReports("vn", national);
  const naive = naiveSum(national);
  if (check.report.values["3.4.1.a"]?.value !== String(naive.get("3.4.1.a")))
    throw new Error("roll-up and baseline disagree");
  const subject = measure("rollupReports (16-value reports, rules on the result)", national.length, () =>
    rollupReports("vn", national),
  );
  const baseline = measure("naive per-row sum", national.length, () => naiveSum(national));
  const series: Record<string, number> = {};
  for (const n of [1_000, 10_000, 100_000]) {
    const reps = n === 10_000 ? national.slice(0, n) : makeReports(n, n);
    const m = measure(`rollup ${n}`, n, () => rollupReports("vn", reps), n >= 100_000 ? 1 : 3);
    series[`ms@${n}`] = Math.round(m.ms * 10) / 10;
    series[`usPerReport@${n}`] = Math.round((m.ms * 1000 * 10) / n) / 10;
  }
  return [
    ...full.map(fullRow),
    compare(
      "rollup.national-11k-16-values",
      "report",
      subject,
      baseline,
      `11 000 reports < 1 s (took ${Math.round(subject.ms)} ms)`,
      series,
    ),
  ];
}
