// Bundle budget: bundles each entry of the built package with esbuild (minified, peer and runtime
// dependencies external), gzips it and compares with the budget in docs/quality.md. Also checks that
// `cchc/calendar` does not pull in zod schemas (tree-shaking of subpath imports).
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Budgets in bytes (gzipped, minified, dependencies excluded). Keep in sync with docs/quality.md. */
const BUDGETS = { index: 60_000, calendar: 12_000, numbers: 12_000, model: 8_000 };
const external = ["zod", "date-fns", "decimal.js"];
let failed = false;
for (const [entry, budget] of Object.entries(BUDGETS)) {
  const r = await build({
    entryPoints: [`dist/${entry}.js`],
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "neutral",
    external,
    metafile: true,
  });
  const code = r.outputFiles[0].contents;
  const gz = gzipSync(code).length;
  const ok = gz <= budget;
  if (!ok) failed = true;
  console.log(
    `${entry}: ${code.length} B minified, ${gz} B gzipped (budget ${budget}) ${ok ? "ok" : "OVER BUDGET"}`,
  );
  if (entry === "calendar") {
    const imports = Object.values(r.metafile.outputs)[0].imports.map((i) => i.path);
    if (imports.includes("zod")) {
      failed = true;
      console.log("calendar: imports zod — subpath is not tree-shakable");
    }
  }
}
// Importing one function from the root entry must not drag in the whole library.
const probe = await build({
  stdin: { contents: 'export { addWorkingDays } from "./dist/index.js";', resolveDir: process.cwd() },
  bundle: true,
  minify: true,
  write: false,
  format: "esm",
  platform: "neutral",
  external,
});
const probeGz = gzipSync(probe.outputFiles[0].contents).length;
console.log(`root entry, one calendar function: ${probeGz} B gzipped`);
process.exit(failed ? 1 : 0);
