import { defineConfig } from "vitest/config";

// Used only by stryker.rules.config.json: mutation testing of src/rules runs the rules tests only.
export default defineConfig({
  test: {
    // src/catalog/values.ts, derive.ts and freeze.ts are mutated with this area: their own tests count too
    include: ["test/rules/**/*.test.ts", "test/catalog/**/*.test.ts"],
    // The CLI tests re-import the whole CLI per mutant; the library tests cover src/rules (`npm test` runs all).
    exclude: ["test/rules/check-cli.test.ts", "**/node_modules/**"],
    testTimeout: 60_000,
    // Property tests run fewer cases per mutant (see the test files); `npm test` runs them all.
    env: { CCHC_MUTATION: "1" },
  },
});
