import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  // Examples import the package by name, as users do; tests resolve it to the sources.
  resolve: {
    alias: [
      { find: /^cchc$/, replacement: src("index.ts") },
      { find: /^cchc\/(\w+)$/, replacement: src("$1/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli/**"],
      reporter: ["text-summary", "json-summary", "html"],
      thresholds: { lines: 95 },
    },
  },
});
