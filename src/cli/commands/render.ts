import { checkNarrative } from "../../io/narrative.js";
import { renderReport } from "../../io/render.js";
import { renderReportXlsx } from "../../office/write-xlsx.js";
import { checkReport } from "../../rules/engine.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";
import { loadReportAny } from "../input.js";

/**
 * `cchc render <file> --to md|html|csv|xlsx`: prints (or writes) a report's appendix; `xlsx` writes an
 * Excel workbook (needs `-o`) with the findings of a check beside their rows and on a second sheet.
 */
export const renderCommand: Command = {
  name: "render",
  summary:
    "Trình bày phụ lục thành Markdown/HTML/CSV/Excel / render the appendix as Markdown, HTML, CSV or Excel",
  usage: "render <file> --to md|html|csv|xlsx [--lang vi|en] [--period 2022H1] [--bom] [-o out]",
  options: {
    to: {
      type: "string",
      choices: ["md", "html", "csv", "xlsx"],
      default: "md",
      help: "output format (xlsx needs -o)",
    },
    lang: { type: "string", choices: ["vi", "en"], default: "vi", help: "language of labels" },
    period: { type: "string", help: "period id when the file does not say it (2022H1, 2022Q3, 2022)" },
    bom: { type: "boolean", default: false, help: "CSV: start with a UTF-8 BOM (Excel)" },
    out: { type: "string", short: "o", help: "write to this file instead of standard output" },
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, values, io }) {
    const lang = values.lang === "en" ? "en" : "vi";
    const opts: { lang: "vi" | "en"; period?: string } = { lang };
    if (typeof values.period === "string") opts.period = values.period;
    if (values.to === "xlsx" && typeof values.out !== "string") {
      throw new CliError(
        "--to xlsx cần tệp ra: -o bao-cao.xlsx",
        "--to xlsx needs an output file: -o report.xlsx",
      );
    }
    const { report, importFindings } = await loadReportAny(io, positionals[0] as string, opts);
    if (values.to === "xlsx" && typeof values.out === "string") {
      const result = checkReport(report, {
        lang,
        importFindings: [...importFindings, ...checkNarrative(report, { lang })],
      });
      await io.writeFile(values.out, renderReportXlsx(report, { findings: result.findings, lang }));
      return 0;
    }
    const to = values.to === "html" ? "html" : values.to === "csv" ? "csv" : "md";
    const text = renderReport(report, { to, lang, bom: values.bom === true });
    if (typeof values.out === "string") await io.writeFile(values.out, text);
    else io.stdout(text);
    return 0;
  },
};
