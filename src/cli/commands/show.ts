import { catalogForReport, indexCatalog } from "../../catalog/lookup.js";
import type { Command } from "../command.js";
import { loadOptionsFrom, loadReportAny } from "../input.js";
import { PERIOD_OPTIONS } from "../options.js";

/**
 * `cchc show <file>`: prints a report's appendix as a table, in catalog order. Reads every format
 * `cchc check` reads (JSON, TSV/CSV appendix, whole report text).
 */
export const showCommand: Command = {
  name: "show",
  summary: "In phụ lục của báo cáo thành bảng / print a report's appendix as a table",
  usage: "show <file> [--lang vi|en] [--period 2022H1 | --from YYYY-MM-DD --to YYYY-MM-DD] [--agency <id>]",
  options: {
    lang: { type: "string", choices: ["vi", "en"], default: "vi", help: "language of row names" },
    ...PERIOD_OPTIONS,
    agency: { type: "string", help: "reporting agency id (wins over the one the file names)" },
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, values, io }) {
    const path = positionals[0] as string;
    const lang = values.lang === "en" ? "en" : "vi";
    const { report } = await loadReportAny(io, path, loadOptionsFrom(values, lang));
    const { catalog } = catalogForReport(report);
    const idx = indexCatalog(catalog);
    io.stdout(
      `${report.agency.name ?? report.agency.id} — ${report.period.kind} ${report.period.year} (${report.period.from} → ${report.period.to}), catalog ${catalog.version}\n`,
    );
    const width = Math.max(...catalog.rows.map((r) => r.id.length));
    for (const row of catalog.rows) {
      const v = report.values[row.id];
      const shown = v?.value !== undefined && v.value !== null ? String(v.value) : (v?.raw ?? "");
      const name = row.name[lang].length > 70 ? `${row.name[lang].slice(0, 69)}…` : row.name[lang];
      io.stdout(`${row.id.padEnd(width)}  ${name.padEnd(70)}  ${shown}${v?.unit ? `  (${v.unit})` : ""}\n`);
    }
    const unknown = Object.keys(report.values).filter((k) => !idx.byId.has(k));
    if (unknown.length) io.stdout(`Not in catalog ${catalog.version}: ${unknown.join(", ")}\n`);
    return 0;
  },
};
