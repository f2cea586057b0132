// Per-file mutation gate (documented in docs/quality.md). Stryker's `thresholds.break` judges an area's
// overall score only, which hid files far below it (arithmetic.ts at 73% inside numbers at 85%). This
// reads Stryker's JSON report of each area named on the command line, `reports/mutation/<area>.json`,
// prints every file's score and fails (exit 1) when a file is under 80% or the area under 85%.
// Usage: node scripts/mutation-per-file.mjs rules [numbers …] [--markdown]   (after `npm run mutation:<area>`;
// --markdown also prints each area's table of mutants by status, as docs/quality.md records it)
import { readFileSync } from "node:fs";

export const FILE_MIN = 80;
export const AREA_MIN = 85;

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

/**
 * Mutation score of a list of mutants, in percent (Stryker's definition: detected / (detected +
 * undetected); compile and runtime errors and ignored mutants do not count), or null when none counts.
 */
export function scoreOf(mutants) {
  let detected = 0;
  let undetected = 0;
  for (const m of mutants) {
    if (DETECTED.has(m.status)) detected++;
    else if (UNDETECTED.has(m.status)) undetected++;
  }
  const valid = detected + undetected;
  return valid === 0 ? null : (detected / valid) * 100;
}

/** Per-file and area scores of one Stryker JSON report, with the problems that fail the gate. */
export function judgeReport(report) {
  const files = Object.entries(report?.files ?? {}).map(([path, f]) => ({
    path,
    mutants: (f.mutants ?? []).length,
    score: scoreOf(f.mutants ?? []),
  }));
  const area = scoreOf(Object.values(report?.files ?? {}).flatMap((f) => f.mutants ?? []));
  const problems = [];
  for (const f of files) {
    if (f.score !== null && f.score < FILE_MIN)
      problems.push(`${f.path}: ${f.score.toFixed(2)}% < ${FILE_MIN}%`);
  }
  if (area === null) problems.push("no mutant with a result");
  else if (area < AREA_MIN) problems.push(`area: ${area.toFixed(2)}% < ${AREA_MIN}%`);
  return { files, area, problems };
}

/**
 * A Markdown table of one report: per file the mutants by status and the score, worst first, then the
 * area (the table docs/quality.md records).
 */
export function markdownTable(report) {
  const cols = ["Killed", "Timeout", "Survived", "NoCoverage", "Ignored"];
  const count = (ms) => cols.map((c) => ms.filter((m) => m.status === c).length);
  const pct = (x) => (x === null ? "—" : `${x.toFixed(1)}%`);
  const rows = Object.entries(report?.files ?? {}).map(([path, f]) => {
    const ms = f.mutants ?? [];
    return { path, counts: count(ms), score: scoreOf(ms) };
  });
  rows.sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || a.path.localeCompare(b.path));
  const all = Object.values(report?.files ?? {}).flatMap((f) => f.mutants ?? []);
  const lines = [
    "| file | killed | timeout | survived | no coverage | ignored | score |",
    "|---|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.path} | ${r.counts.join(" | ")} | ${pct(r.score)} |`),
    `| **area** | ${count(all).join(" | ")} | **${pct(scoreOf(all))}** |`,
  ];
  return lines.join("\n");
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (isMain) {
  const markdown = process.argv.includes("--markdown");
  const areas = process.argv.slice(2).filter((a) => a !== "--markdown");
  if (areas.length === 0) {
    console.error("usage: node scripts/mutation-per-file.mjs <area> [<area> …]");
    process.exit(2);
  }
  let failed = false;
  for (const area of areas) {
    const file = `reports/mutation/${area}.json`;
    let report;
    try {
      report = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      console.error(
        `${area}: cannot read ${file} (${e instanceof Error ? e.message : String(e)}); run npm run mutation:${area} first`,
      );
      failed = true;
      continue;
    }
    const { files, area: score, problems } = judgeReport(report);
    if (markdown) console.log(`\n${area}\n\n${markdownTable(report)}\n`);
    console.log(
      `${area}: ${score === null ? "—" : `${score.toFixed(2)}%`} (files ≥ ${FILE_MIN}%, area ≥ ${AREA_MIN}%)`,
    );
    for (const f of files.sort((a, b) => (a.score ?? 101) - (b.score ?? 101))) {
      console.log(
        `  ${f.score === null ? "   —  " : `${f.score.toFixed(2).padStart(6)}%`}  ${f.path} (${f.mutants} mutants)`,
      );
    }
    for (const p of problems) console.log(`  FAIL ${p}`);
    if (problems.length) failed = true;
  }
  process.exit(failed ? 1 : 0);
}
