import { defineConfig } from "vitest/config";

// Used only by stryker.rules.config.json: mutation testing of src/rules runs the rules tests only.
export default defineConfig({
  test: {
    include: ["test/rules/**/*.test.ts"],
    // The CLI tests re-import the whole CLI per mutant; the library tests cover src/rules (`npm test` runs all).
    exclude: ["test/rules/check-cli.test.ts", "**/node_modules/**"],
    testTimeout: 60_000,
    // Property tests run fewer cases per mutant (see the test files); `npm test` runs them all.
    env: { CCHC_MUTATION: "1" },
  },
});
