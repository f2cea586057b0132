import { defineConfig } from "vitest/config";

// Used only by stryker.rollup.config.json: mutation testing of src/rollup runs the roll-up tests and the
// one-reading property only.
export default defineConfig({
  test: {
    include: ["test/rollup/**/*.test.ts", "test/catalog/one-reading.test.ts"],
    testTimeout: 60_000,
    // Property tests run fewer cases per mutant (see the test files); `npm test` runs them all.
    env: { CCHC_MUTATION: "1", FUZZ_RUNS: "20" },
  },
});
