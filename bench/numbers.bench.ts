/**
 * `cchc/numbers` benchmarks. The rate baseline is plain decimal.js as a user writes it,
 * `new Decimal(n).div(d).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)` (the package itself,
 * not the library's own decimal path), timed on the same 1M random count pairs in the same run against
 * `rate` (the whole result: rounded value, exact digits, repetition) and `rateValue` (the rounded value
 * alone, the same answer as the baseline's). Untimed checks: `rate` against its decimal.js path (a hash
 * over all 1M results, and result by result on 100 000), and `rateValue` against the baseline's
 * `toFixed(2)` on all 1M pairs. Also `parseVietnameseNumber` against a naive regex-replace + `Number()`.
 * (The benchmark imports decimal.js directly because the baseline is user code; the library reaches it
 * only through src/numbers.)
 */
import Decimal from "decimal.js";
import { parseVietnameseNumber } from "../src/numbers/parse.js";
import { type RateResult, rate, rateValue, rateWithDecimalJs } from "../src/numbers/rate.js";
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

/** What a timed loop does with a whole `rate` result: touches every field, cheaply. */
function consume(res: RateResult): number {
  return res.ok ? res.value.length + res.exact.length + (res.repeating ? 1 : 0) : 0;
}

/** The baseline: the rounded rate as a user writes it with decimal.js. */
function userRate(n: number, d: number): Decimal {
  return new Decimal(n).div(d).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Untimed: `rateValue` gives the baseline's rounded value (as `toFixed(2)` writes it) on every pair. */
function valueDifference(num: Int32Array, den: Int32Array): string | null {
  for (let i = 0; i < N; i++) {
    const ours = rateValue(num[i]!, den[i]!);
    const theirs = userRate(num[i]!, den[i]!).toFixed(2);
    if (!ours.ok || ours.value !== theirs) {
      return `rateValue(${num[i]}, ${den[i]}) = ${JSON.stringify(ours)} ≠ decimal.js ${theirs}`;
    }
  }
  return null;
}

export async function run(): Promise<BenchResult[]> {
  const { num, den } = ratePairs();
  let sinkFast = 0;
  let sinkValue = 0;
  let sinkUser = 0;
  // Timed loops only call the function and touch its result (hashing inside them would dilute the ratio).
  const full = measure(
    "rate (value, exact digits, repetition)",
    N,
    () => {
      for (let i = 0; i < N; i++) sinkFast += consume(rate(num[i]!, den[i]!));
    },
    3,
  );
  const value = measure(
    "rateValue (the rounded value)",
    N,
    () => {
      for (let i = 0; i < N; i++) {
        const r = rateValue(num[i]!, den[i]!);
        sinkValue += r.ok ? r.value.length : 0;
      }
    },
    3,
  );
  const user = measure(
    "decimal.js as a user writes it",
    N,
    () => {
      for (let i = 0; i < N; i++) sinkUser += userRate(num[i]!, den[i]!).e;
    },
    3,
  );
  // Untimed: identical outputs on all 1M pairs (hash of every result's value, exact digits and repeating
  // flag), result by result on the first 100 000 so a difference can be named, and the rounded values
  // against decimal.js itself.
  const diff = firstDifference(num, den, 100_000) ?? valueDifference(num, den);
  if (diff !== null) throw new Error(diff);
  if (hashFast(num, den) !== hashDecimalJs(num, den)) {
    throw new Error("rate: fast path and decimal.js outputs differ on the 1M pairs");
  }
  if (sinkFast < 0 || sinkValue < 0 || Number.isNaN(sinkUser)) throw new Error("unreachable");

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
    compare(
      "numbers.rate.fast-path",
      "rate",
      full,
      user,
      "≥ 20× (informative: also builds the exact digits)",
      {
        pairs: N,
        identicalOutputs: true,
      },
    ),
    compare("numbers.rate.value", "rate", value, user, "≥ 20×", { pairs: N, identicalValues: true }),
    compare("numbers.parse", "string", parse, naive, "≥ 1M strings/s (baseline is informative)", {
      strings: N,
      parsePerSec: Math.round(parse.opsPerSec),
    }),
  ];
}
