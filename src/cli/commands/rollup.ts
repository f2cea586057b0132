import { AgencySchema } from "../../model/agency.js";
import { createAgencyRegistry } from "../../rollup/registry.js";
import { createRollup } from "../../rollup/rollup.js";
import type { Finding, Lang } from "../../rules/finding.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";
import { loadOptionsFrom, loadReportAny, readTextFile } from "../input.js";
import type { CliIO } from "../io.js";
import { PERIOD_OPTIONS } from "../options.js";
import { compareCommand } from "./compare.js";
import { scoreCommand } from "./score.js";

/** Reads a registry file: `{ "agencies": [...], "mergedInto": { … } }` or a bare array of agencies. */
async function loadRegistry(io: CliIO, path: string) {
  let data: unknown;
  try {
    data = JSON.parse(await readTextFile(io, path));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`JSON không hợp lệ trong ${path}`, `invalid JSON in ${path}`);
  }
  const obj = Array.isArray(data)
    ? { agencies: data }
    : (data as { agencies?: unknown; mergedInto?: unknown });
  if (!obj || !Array.isArray(obj.agencies)) {
    throw new CliError(`tệp ${path} cần mảng "agencies"`, `${path} needs an "agencies" array`);
  }
  const agencies = obj.agencies.map((a, i) => {
    const r = AgencySchema.safeParse(a);
    if (!r.success) {
      throw new CliError(
        `cơ quan thứ ${i + 1} trong ${path} không hợp lệ`,
        `agency #${i + 1} in ${path} is invalid`,
      );
    }
    return r.data;
  });
  const merged =
    obj.mergedInto && typeof obj.mergedInto === "object" ? (obj.mergedInto as Record<string, string>) : {};
  return createAgencyRegistry(agencies, { mergedInto: merged });
}

function findingLine(f: Finding): string {
  const more = f.unitCount !== undefined && f.units ? f.unitCount - f.units.length : 0;
  const units = f.units?.length ? ` [${f.units.join(", ")}${more > 0 ? `, … +${more}` : ""}]` : "";
  return `  ${f.severity.padEnd(7)} ${(f.code ?? "-").padEnd(9)} ${f.rule}${units}: ${f.message}\n`;
}

/**
 * `cchc rollup <parent-id> <files…>`: rolls child units' reports up into the parent's report and
 * prints it with the findings (each naming the child units responsible). Exit 1 when a finding is an error.
 */
export const rollupCommand: Command = {
  name: "rollup",
  summary: "Tổng hợp báo cáo của các đơn vị trực thuộc / roll child units' reports up into the parent's",
  usage:
    "rollup <parent-id> <files…> [--registry file] [--format text|json] [--lang vi|en] [--period 2022H1 | --from YYYY-MM-DD --to YYYY-MM-DD]",
  options: {
    registry: {
      type: "string",
      help: "agency registry JSON ({ agencies, mergedInto }): which units are children in the period",
    },
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
    lang: { type: "string", choices: ["vi", "en"], default: "vi", help: "language of the messages" },
    ...PERIOD_OPTIONS,
  },
  positionals: { min: 2, max: 100_000 },
  async run({ positionals, values, io }) {
    const [parentId, ...files] = positionals as [string, ...string[]];
    const lang: Lang = values.lang === "en" ? "en" : "vi";
    const loadOptions = loadOptionsFrom(values, lang);
    const registry =
      typeof values.registry === "string" ? await loadRegistry(io, values.registry) : undefined;
    // streamed: one file read and added at a time, so memory does not grow with the reports
    const rollup = createRollup(parentId, registry ? { registry, lang } : { lang });
    for (const f of files) rollup.add((await loadReportAny(io, f, loadOptions)).report);
    const result = rollup.finish();
    const ids = Object.keys(result.reportedBy).filter(
      (id) => result.reportedBy[id] !== null || id in result.report.values,
    );
    const indicators = ids.map((code) => ({
      code,
      value: result.report.values[code]?.value ?? null,
      reportedBy: result.reportedBy[code] ?? null,
    }));
    if (values.format === "json") {
      io.stdout(
        `${JSON.stringify(
          {
            report: { agency: result.report.agency, period: result.report.period, indicators },
            units: result.units,
            findings: result.findings,
          },
          null,
          2,
        )}\n`,
      );
    } else {
      const p = result.report.period;
      io.stdout(`${result.report.agency.name ?? parentId} — ${p.from} → ${p.to}\n`);
      io.stdout(
        `${lang === "vi" ? "Đơn vị" : "Units"}: ${result.units.included.map((u) => u.id).join(", ") || "-"}\n`,
      );
      for (const e of result.units.excluded) io.stdout(`  - ${e.id}: ${e.message[lang]}\n`);
      const w = Math.max(6, ...indicators.map((i) => i.code.length));
      for (const i of indicators) {
        io.stdout(`${i.code.padEnd(w)}  ${String(i.value ?? "").padStart(12)}  (${i.reportedBy ?? 0})\n`);
      }
      if (result.findings.length) {
        io.stdout(`${lang === "vi" ? "Phát hiện" : "Findings"} (${result.findings.length})\n`);
        for (const f of result.findings) io.stdout(findingLine(f));
      }
    }
    return result.findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};

/** The roll-up area's commands: `rollup`, `compare`, `score`. */
export const ROLLUP_COMMANDS: Command[] = [rollupCommand, compareCommand, scoreCommand];
