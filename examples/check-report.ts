/**
 * Checks a report the way an officer receives it: a Word report saved as text, with the statistical
 * appendix at its end. Imports it (every row accounted for), runs the appendix rules and the narrative
 * checks, and prints the findings in English.
 *
 *   npx tsx examples/check-report.ts [path/to/report.txt]
 */
import { readFileSync } from "node:fs";
import { checkNarrative, importReport } from "cchc/io";
import { checkReport } from "cchc/rules";

export function main(path: string | URL = new URL("./khanh-hoa-skhcn-2022h1.txt", import.meta.url)): string {
  const text = readFileSync(path, "utf8");
  const imported = importReport(text, { lang: "en" });
  if (!imported.ok) return `cannot import: ${imported.error.message.en}`;
  const { report } = imported;
  const result = checkReport(report, {
    lang: "en",
    importFindings: [...imported.findings, ...checkNarrative(report, { lang: "en" })],
  });
  const lines = [`${report.period.from} → ${report.period.to}, catalog ${result.catalogVersion}`];
  for (const f of result.findings) {
    if (f.severity !== "info")
      lines.push(`${f.severity.padEnd(7)} ${(f.code ?? "-").padEnd(8)} ${f.rule}: ${f.message}`);
  }
  const s = result.summary;
  lines.push(`${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(main(process.argv[2]));
