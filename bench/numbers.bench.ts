/**
 * `cchc/numbers` benchmarks: the integer fast path of `rate` against its decimal.js path (same inputs,
 * same run, outputs asserted identical), and `parseVietnameseNumber` against a naive
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

function runRates(f: typeof rate, num: Int32Array, den: Int32Array, out: string[]): void {
  for (let i = 0; i < N; i++) {
    const res: RateResult = f(num[i]!, den[i]!);
    out[i] = res.ok ? `${res.value}|${res.exact}|${res.repeating}` : res.reason;
  }
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

export async function run(): Promise<BenchResult[]> {
  const { num, den } = ratePairs();
  const fastOut: string[] = new Array(N);
  const decOut: string[] = new Array(N);
  const fast = measure("integer fast path", N, () => runRates(rate, num, den, fastOut), 3);
  const dec = measure("decimal.js path", N, () => runRates(rateWithDecimalJs, num, den, decOut), 1);
  for (let i = 0; i < N; i++) {
    if (fastOut[i] !== decOut[i]) {
      throw new Error(`rate(${num[i]}, ${den[i]}): fast path ${fastOut[i]} ≠ decimal.js ${decOut[i]}`);
    }
  }

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
