// Packs the library and imports the tarball from separate consumer folders: ESM, CJS, and TypeScript
// with moduleResolution nodenext and bundler. Fails (exit 1) on any problem.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(".");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
const work = mkdtempSync(join(tmpdir(), "cchc-consumer-"));
try {
  const tgz = run("npm", ["pack", "--silent", "--pack-destination", work], root).trim().split("\n").pop();
  writeFileSync(
    join(work, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--offline",
      join(work, tgz),
      // the project's own copies (folders, as TypeScript below) of the peer and runtime dependencies:
      // `zod@4` would need the registry's package document, which an offline cache filled by `npm ci`
      // alone does not hold
      ...["zod", ...Object.keys(pkg.dependencies ?? {})].map((d) => join(root, "node_modules", d)),
      join(root, "node_modules/typescript"),
    ],
    work,
  );
  const probe = `
    const api = REQUIRE;
    const cal = api.calendar;
    if (typeof api.root.selectCatalog !== "function") throw new Error("root: selectCatalog missing");
    if (api.root.selectCatalog("2022-06-30").catalog.version !== "2022") throw new Error("root: wrong catalog");
    if (typeof cal.addWorkingDays !== "function" && typeof cal.createWorkingCalendar !== "function") throw new Error("calendar entry empty");
    if (typeof api.numbers.rate !== "function") throw new Error("numbers: rate missing");
    if (typeof api.rules.checkReport !== "function") throw new Error("rules: checkReport missing");
    if (typeof api.office.importReportFile !== "function") throw new Error("office: importReportFile missing");
    if (api.office.sniffFileFormat(new Uint8Array([0x25, 0x50, 0x44, 0x46])) !== "pdf") throw new Error("office: sniffing");
    console.log("ok");`;
  writeFileSync(
    join(work, "esm.mjs"),
    `import * as root from "cchc"; import * as calendar from "cchc/calendar"; import * as numbers from "cchc/numbers"; import * as rules from "cchc/rules"; import * as office from "cchc/office";
     ${probe.replace("REQUIRE", "{ root, calendar, numbers, rules, office }")}`,
  );
  writeFileSync(
    join(work, "cjs.cjs"),
    probe.replace(
      "REQUIRE",
      '{ root: require("cchc"), calendar: require("cchc/calendar"), numbers: require("cchc/numbers"), rules: require("cchc/rules"), office: require("cchc/office") }',
    ),
  );
  console.log("esm:", run("node", ["esm.mjs"], work).trim());
  console.log("cjs:", run("node", ["cjs.cjs"], work).trim());
  const bin = run(join(work, "node_modules/.bin/cchc"), ["rate", "10", "27"], work).trim();
  if (bin !== "37.04") throw new Error(`cchc bin printed ${bin}`);
  console.log("bin: cchc rate 10 27 →", bin);
  const ts = `import { selectCatalog, type Report } from "cchc";
import { rate } from "cchc/numbers";
import { checkReport } from "cchc/rules";
const r: Report = { format: "cchc.report/1", agency: { id: "a" }, period: { kind: "year", year: 2022, from: "2022-01-01", to: "2022-12-31" }, values: {} };
export const out = [selectCatalog("2022-06-30").catalog.version, rate(10, 27), checkReport(r).ok];
`;
  writeFileSync(join(work, "use.ts"), ts);
  for (const [mod, res] of [
    ["nodenext", "nodenext"],
    ["esnext", "bundler"],
  ]) {
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        module: mod,
        moduleResolution: res,
        types: [],
      },
      files: ["use.ts"],
    };
    writeFileSync(join(work, `tsconfig.${res}.json`), JSON.stringify(config));
    run("node", [join(work, "node_modules/typescript/bin/tsc"), "-p", `tsconfig.${res}.json`], work);
    console.log(`typescript ${res}: ok`);
  }
} catch (e) {
  console.error(String(e.stdout ?? ""), String(e.stderr ?? ""), e.message);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
