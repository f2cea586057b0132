/**
 * Roll-up at national scale: 11 000 unit reports rolled into one (rule engine on the result included)
 * against a naive baseline — a per-row summation of the same reports' values with no parsing rules,
 * no rates and no checks. Also a scaling series (1k, 10k, 100k reports) to show the cost is linear.
 */
import type { Report } from "../src/model/report.js";
import { rollupReports } from "../src/rollup/index.js";
import { type BenchResult, compare, measure, rng } from "./harness.js";

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
  const national = makeReports(11_000, 42);
  const check = rollupReports("vn", national);
  const naive = naiveSum(national);
  if (check.report.values["3.4.1.a"]?.value !== String(naive.get("3.4.1.a")))
    throw new Error("roll-up and baseline disagree");
  const subject = measure("rollupReports (rules on the result)", national.length, () =>
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
    compare(
      "rollup.national-11k",
      "report",
      subject,
      baseline,
      `11 000 reports < 1 s (took ${Math.round(subject.ms)} ms)`,
      series,
    ),
  ];
}
