import { defineConfig } from "vitest/config";

// Used only by stryker.numbers.config.json: mutation testing of src/numbers runs the numbers tests only.
export default defineConfig({
  test: {
    include: ["test/numbers/**/*.test.ts"],
    // The CLI tests re-import the whole CLI per mutant; the library tests cover src/numbers (`npm test` runs all).
    exclude: ["test/numbers/cli.test.ts", "**/node_modules/**"],
    testTimeout: 60_000,
    // Property tests run fewer cases per mutant (see the test files); `npm test` runs them all.
    env: { CCHC_MUTATION: "1" },
  },
});
