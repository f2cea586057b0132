/**
 * Rolls a small province up from three departments' reports (examples/rollup/*.json):
 * counts and money summed exactly, rates recomputed from the summed numerators and denominators,
 * and the rule engine's findings on the result naming the department responsible.
 *
 *   npx tsx examples/rollup-province.ts
 */
import { readFileSync } from "node:fs";
import { AgencySchema, type Report, ReportSchema } from "cchc/model";
import { createAgencyRegistry, rollupReports } from "cchc/rollup";

const dir = new URL("./rollup/", import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), "utf8"));

export function main(): string {
  const reg = read("registry.json") as { agencies: unknown[] };
  const registry = createAgencyRegistry(reg.agencies.map((a) => AgencySchema.parse(a)));
  const reports: Report[] = ["skhcn.json", "stp.json", "sxd.json"].map((f) => ReportSchema.parse(read(f)));
  const result = rollupReports("khanh-hoa", reports, { registry, lang: "en" });
  const lines = [`${result.report.agency.name} — ${result.report.period.from} → ${result.report.period.to}`];
  lines.push(`units: ${result.units.included.map((u) => u.id).join(", ")}`);
  for (const id of [
    "1.1",
    "1.2",
    "1.6",
    "3.1.4",
    "3.1.4.b",
    "3.4.1",
    "3.4.1.a",
    "3.4.1.b",
    "3.4.1.c",
    "6.1",
    "6.1.a",
    "7.7.4",
  ]) {
    lines.push(
      `${id.padEnd(8)} ${String(result.report.values[id]?.value ?? "").padStart(8)}  reported by ${result.reportedBy[id] ?? 0}`,
    );
  }
  for (const f of result.findings)
    lines.push(`${f.severity} ${f.rule} ${f.code ?? "-"} [${(f.units ?? []).join(", ")}] ${f.message}`);
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) console.log(main());
