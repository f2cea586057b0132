/**
 * How many cases each fuzz property runs: a small count in `npm test` and CI, the full count in
 * `npm run fuzz` (which sets FUZZ_RUNS=100000).
 */
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 200) || 200);
