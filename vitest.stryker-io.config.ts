import { defineConfig } from "vitest/config";

// Used only by stryker.io.config.json: mutation testing of src/io runs the io tests only.
export default defineConfig({
  test: {
    include: ["test/io/**/*.test.ts"],
    // The CLI tests re-import the whole CLI per mutant; the library tests cover src/io (`npm test` runs all).
    exclude: ["test/io/cli.test.ts", "**/node_modules/**"],
    testTimeout: 60_000,
    // Property tests run fewer cases per mutant (see the test files); `npm test` runs them all.
    env: { CCHC_MUTATION: "1" },
  },
});
