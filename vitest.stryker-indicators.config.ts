import { defineConfig } from "vitest/config";

// Used only by stryker.indicators.config.json: mutation testing of src/indicators runs the indicator
// tests and the one-reading property (every reader goes through the resolver) only.
export default defineConfig({
  test: {
    include: ["test/indicators/**/*.test.ts", "test/catalog/one-reading.test.ts"],
    testTimeout: 60_000,
    // Property tests run fewer cases per mutant (see the test files); `npm test` runs them all.
    env: { CCHC_MUTATION: "1", FUZZ_RUNS: "20" },
  },
});
