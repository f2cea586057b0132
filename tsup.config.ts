import { defineConfig } from "tsup";

/** Library entries: one per area, so `cchc/calendar` never pulls in the zod schemas. */
const entry = {
  index: "src/index.ts",
  model: "src/model/index.ts",
  catalog: "src/catalog/index.ts",
  numbers: "src/numbers/index.ts",
  calendar: "src/calendar/index.ts",
  rules: "src/rules/index.ts",
  indicators: "src/indicators/index.ts",
  io: "src/io/index.ts",
  rollup: "src/rollup/index.ts",
  office: "src/office/index.ts",
};

export default defineConfig([
  {
    entry,
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    target: "es2022",
    platform: "neutral",
    external: ["zod", "date-fns", "decimal.js", "fflate"],
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["cjs"],
    sourcemap: false,
    clean: false,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    external: ["zod", "date-fns", "decimal.js", "fflate"],
  },
]);
