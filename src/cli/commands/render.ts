import { renderReport } from "../../io/render.js";
import type { Command } from "../command.js";
import { loadReportAny } from "../input.js";

/** `cchc render <file> --to md|html|csv`: prints (or writes) a report's appendix. */
export const renderCommand: Command = {
  name: "render",
  summary: "Trình bày phụ lục thành Markdown/HTML/CSV / render the appendix as Markdown, HTML or CSV",
  usage: "render <file> --to md|html|csv [--lang vi|en] [--period 2022H1] [--bom] [-o out]",
  options: {
    to: { type: "string", choices: ["md", "html", "csv"], default: "md", help: "output format" },
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
    const { report } = await loadReportAny(io, positionals[0] as string, opts);
    const to = values.to === "html" ? "html" : values.to === "csv" ? "csv" : "md";
    const text = renderReport(report, { to, lang, bom: values.bom === true });
    if (typeof values.out === "string") await io.writeFile(values.out, text);
    else io.stdout(text);
    return 0;
  },
};
