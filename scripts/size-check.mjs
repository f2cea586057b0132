// Bundle budget (documented in docs/quality.md): bundles entries of the built package with esbuild
// (minified, zod/date-fns/decimal.js/fflate external), gzips them and compares with the budgets below. Also
// checks tree-shaking: one calendar function imported through the package must stay small and free of zod.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Budgets in bytes, gzipped. */
const BUDGETS = {
  index: 100_000,
  calendar: 13_500,
  numbers: 10_000,
  model: 5_000,
  rules: 40_000,
  office: 55_000,
};
const ONE_FUNCTION_BUDGET = 15_000;
const external = ["zod", "date-fns", "decimal.js", "fflate"];
const common = {
  bundle: true,
  minify: true,
  write: false,
  format: "esm",
  platform: "neutral",
  external,
  metafile: true,
  logLevel: "error",
};
let failed = false;

async function measure(label, options, budget) {
  const r = await build({ ...common, ...options });
  const code = r.outputFiles[0].contents;
  const gz = gzipSync(code).length;
  const imports = Object.values(r.metafile.outputs)[0].imports.map((i) => i.path);
  const ok = gz <= budget;
  if (!ok) failed = true;
  console.log(
    `${label}: ${code.length} B minified, ${gz} B gzipped (budget ${budget}) ${ok ? "ok" : "OVER BUDGET"}`,
  );
  return imports;
}

for (const [entry, budget] of Object.entries(BUDGETS)) {
  const imports = await measure(entry, { entryPoints: [`dist/${entry}.js`] }, budget);
  if (entry === "calendar" && imports.includes("zod")) {
    failed = true;
    console.log("calendar: imports zod — the subpath is not tree-shakable");
  }
}
// Through the package name, so that `"sideEffects": false` applies as it does for users.
const imports = await measure(
  "root entry, one calendar function",
  {
    stdin: { contents: 'export { solarToLunar } from "cchc";', resolveDir: process.cwd() },
    mainFields: ["module", "main"],
  },
  ONE_FUNCTION_BUDGET,
);
if (imports.includes("zod")) {
  failed = true;
  console.log("root entry, one calendar function: imports zod — not tree-shaken");
}
process.exit(failed ? 1 : 0);
