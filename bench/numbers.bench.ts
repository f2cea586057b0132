/**
 * `cchc/numbers` benchmarks: the integer fast path of `rate` against its decimal.js path (same inputs,
 * same run, outputs asserted identical: a hash over all 1M results, and result by result on 100 000), and `parseVietnameseNumber` against a naive
 * regex-replace + `Number()` parser.
 */
import { parseVietnameseNumber } from "../src/numbers/parse.js";
import { type RateResult, rate, rateWithDecimalJs } from "../src/numbers/rate.js";
import { type BenchResult, compare, measure, rng } from "./harness.js";

const N = 1_000_000;

function ratePairs(): { num: Int32Array; den: Int32Array } {
  const r = rng(20220630);
  const num = new Int32Array(N);
  const den = new Int32Array(N);
  for (let i = 0; i < N; i++) {
    den[i] = 1 + Math.floor(r() * 100_000);
    num[i] = Math.floor(r() * (den[i]! + 1));
  }
  return { num, den };
}

/** FNV-1a over the text of a result (untimed check that both paths give identical outputs). */
function hashResult(h: number, res: RateResult): number {
  const text = res.ok ? `${res.value}|${res.exact}|${res.repeating}` : res.reason;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

function hashFast(num: Int32Array, den: Int32Array): number {
  let h = 2166136261;
  for (let i = 0; i < N; i++) h = hashResult(h, rate(num[i]!, den[i]!));
  return h;
}

function hashDecimalJs(num: Int32Array, den: Int32Array): number {
  let h = 2166136261;
  for (let i = 0; i < N; i++) h = hashResult(h, rateWithDecimalJs(num[i]!, den[i]!));
  return h;
}

/** Untimed: the first `count` pairs compared result by result, to name a differing pair if any. */
function firstDifference(num: Int32Array, den: Int32Array, count: number): string | null {
  for (let i = 0; i < count; i++) {
    const a = JSON.stringify(rate(num[i]!, den[i]!));
    const b = JSON.stringify(rateWithDecimalJs(num[i]!, den[i]!));
    if (a !== b) return `rate(${num[i]}, ${den[i]}): fast path ${a} ≠ decimal.js ${b}`;
  }
  return null;
}

const SAMPLES = [
  "37,03%",
  "20.000",
  "08",
  "0 TTHC",
  "07 TTHC",
  "54/55 TTHC",
  "732VBĐT/876VBD",
  "84%",
  "18,52%",
  "1.234,5",
  "",
  "-",
  "100%",
  "1.234.567",
  "15",
  "0",
];

function mixedStrings(): string[] {
  const r = rng(7);
  const out: string[] = new Array(N);
  for (let i = 0; i < N; i++) {
    const k = Math.floor(r() * (SAMPLES.length + 4));
    out[i] = k < SAMPLES.length ? SAMPLES[k]! : `${Math.floor(r() * 100_000)},${Math.floor(r() * 100)}%`;
  }
  return out;
}

/** The baseline: what a hurried importer writes. Loses precision, units, fractions, blank vs 0. */
function naiveParse(s: string): number {
  return Number(
    s
      .replace(/\./g, "")
      .replace(",", ".")
      .replace(/[%\s]|TTHC/g, ""),
  );
}

/** What a timed loop does with a result: touches every field, cheaply (the same for both paths). */
function consume(res: RateResult): number {
  return res.ok ? res.value.length + res.exact.length + (res.repeating ? 1 : 0) : 0;
}

export async function run(): Promise<BenchResult[]> {
  const { num, den } = ratePairs();
  let sinkFast = 0;
  let sinkDec = 0;
  // Timed loops only call `rate` and touch its result: hashing every result inside them cost as much as
  // the fast path itself and diluted the ratio (16× with the hash, 30×+ without, same machine).
  const fast = measure(
    "integer fast path",
    N,
    () => {
      for (let i = 0; i < N; i++) sinkFast += consume(rate(num[i]!, den[i]!));
    },
    3,
  );
  const dec = measure(
    "decimal.js path",
    N,
    () => {
      for (let i = 0; i < N; i++) sinkDec += consume(rateWithDecimalJs(num[i]!, den[i]!));
    },
    1,
  );
  // Untimed: identical outputs on all 1M pairs (hash of every result's value, exact digits and repeating
  // flag), and result by result on the first 100 000 so a difference can be named.
  const diff = firstDifference(num, den, 100_000);
  if (diff !== null) throw new Error(diff);
  if (hashFast(num, den) !== hashDecimalJs(num, den)) {
    throw new Error("rate: fast path and decimal.js outputs differ on the 1M pairs");
  }
  if (sinkFast < 0 || sinkDec < 0) throw new Error("unreachable");

  const strings = mixedStrings();
  let sink = 0;
  const parse = measure("parseVietnameseNumber", N, () => {
    for (let i = 0; i < N; i++) if (parseVietnameseNumber(strings[i]!).ok) sink++;
  });
  const naive = measure("regex-replace + Number()", N, () => {
    for (let i = 0; i < N; i++) if (!Number.isNaN(naiveParse(strings[i]!))) sink++;
  });
  if (sink < 0) throw new Error("unreachable");

  return [
    compare("numbers.rate.fast-path", "rate", fast, dec, "≥ 20×", { pairs: N, identicalOutputs: true }),
    compare("numbers.parse", "string", parse, naive, "≥ 1M strings/s (baseline is informative)", {
      strings: N,
      parsePerSec: Math.round(parse.opsPerSec),
    }),
  ];
}
