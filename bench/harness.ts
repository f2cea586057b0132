/**
 * The benchmark harness: every benchmark measures a subject and a baseline in the same run and reports
 * the ratio, never an absolute target asserted in tests. `npm run bench` prints them all and writes
 * bench/results.json so two runs can be compared.
 */
export interface Measurement {
  /** What was measured, e.g. "integer fast path". */
  label: string;
  /** Operations per second (operations = `ops` passed to {@link measure}). */
  opsPerSec: number;
  /** Wall-clock milliseconds of the measured run. */
  ms: number;
}

/** One benchmark: a subject against its same-run baseline. */
export interface BenchResult {
  /** Stable id, e.g. "numbers.rate.fast-path". */
  name: string;
  /** What one operation is, e.g. "rate", "dossier", "report". */
  unit: string;
  subject: Measurement;
  baseline: Measurement;
  /** subject.opsPerSec / baseline.opsPerSec. */
  ratio: number;
  /** Targets from the issue, printed beside the figures (informative, not asserted). */
  target?: string;
  /** Anything else worth recording (e.g. scaling series). */
  extra?: Record<string, unknown>;
}

/** Runs `fn` once as warm-up, then `repeats` times, and returns the fastest run as a measurement. */
export function measure(label: string, ops: number, fn: () => unknown, repeats = 3): Measurement {
  fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    const ms = performance.now() - t0;
    if (ms < best) best = ms;
  }
  return { label, ms: best, opsPerSec: ops / (best / 1000) };
}

/** Builds a {@link BenchResult} from two measurements. */
export function compare(
  name: string,
  unit: string,
  subject: Measurement,
  baseline: Measurement,
  target?: string,
  extra?: Record<string, unknown>,
): BenchResult {
  const r: BenchResult = { name, unit, subject, baseline, ratio: subject.opsPerSec / baseline.opsPerSec };
  if (target !== undefined) r.target = target;
  if (extra !== undefined) r.extra = extra;
  return r;
}

/** A deterministic pseudo-random generator (mulberry32) so benchmark inputs are the same every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
