import { renderReport } from "../../io/render.js";
import { renderReportXlsx } from "../../office/write-xlsx.js";
import type { Lang } from "../../rules/finding.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";
import { loadOptionsFrom } from "../input.js";
import { PERIOD_OPTIONS } from "../options.js";
import { loadAndCheck } from "./check.js";

const FORMATS = ["md", "html", "csv", "xlsx"] as const;
type Format = (typeof FORMATS)[number];

/**
 * The output format and the window end of `render`'s flags: `--format md|html|csv`, or `--to` written
 * as a format (its first meaning, kept); a `--to` date is the last day of a `--from`/`--to` window.
 */
function formatAndWindow(values: Record<string, string | boolean | undefined>): {
  format: Format;
  values: Record<string, string | boolean | undefined>;
} {
  const to = typeof values.to === "string" ? values.to : undefined;
  const toIsFormat = to !== undefined && (FORMATS as readonly string[]).includes(to);
  const asked = typeof values.format === "string" ? values.format : toIsFormat ? to : undefined;
  if (asked !== undefined && !(FORMATS as readonly string[]).includes(asked)) {
    throw new CliError(
      `giá trị --format không hợp lệ: "${asked}" (chọn md, html, csv, xlsx)`,
      `invalid --format value "${asked}" (expected md, html, csv, xlsx)`,
    );
  }
  if (toIsFormat && typeof values.format === "string" && values.format !== to) {
    throw new CliError(
      `--to ${to} và --format ${values.format} khác nhau`,
      `--to ${to} and --format ${values.format} disagree`,
    );
  }
  const rest = { ...values };
  if (toIsFormat) delete rest.to;
  return { format: (asked as Format | undefined) ?? "md", values: rest };
}

/**
 * `cchc render <file> --format md|html|csv|xlsx`: prints (or writes) a report's appendix with the findings of
 * `cchc check` beside their rows (`xlsx` writes an Excel workbook, needs `-o`, with the findings on a second sheet), and a one-line summary of the findings on stderr. Exit 0 when it was
 * rendered (whatever the findings), 2 when the file cannot be read or holds nothing to check.
 */
export const renderCommand: Command = {
  name: "render",
  summary:
    "Trình bày phụ lục kèm phát hiện (Markdown/HTML/CSV/Excel) / render the appendix with its findings (Markdown, HTML, CSV, Excel)",
  usage:
    "render <file> --format md|html|csv|xlsx [--lang vi|en] [--period 2022H1 | --from YYYY-MM-DD --to YYYY-MM-DD] [--no-findings] [--bom] [-o out]",
  options: {
    format: {
      type: "string",
      help: "output format: md, html, csv or xlsx (also accepted as --to md|html|csv|xlsx); xlsx needs -o",
    },
    lang: { type: "string", choices: ["vi", "en"], default: "vi", help: "language of labels and findings" },
    ...PERIOD_OPTIONS,
    to: {
      type: "string",
      help: "md|html|csv|xlsx (the output format), or the last day of a --from window (YYYY-MM-DD)",
    },
    agency: { type: "string", help: "reporting agency id (wins over the one the file names)" },
    "no-findings": {
      type: "boolean",
      default: false,
      help: "the appendix alone (CSV: the five columns the importer reads back)",
    },
    bom: { type: "boolean", default: false, help: "CSV: start with a UTF-8 BOM (Excel)" },
    out: { type: "string", short: "o", help: "write to this file instead of standard output" },
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, values, io }) {
    const lang: Lang = values.lang === "en" ? "en" : "vi";
    const { format, values: rest } = formatAndWindow(values);
    const path = positionals[0] as string;
    if (format === "xlsx" && typeof values.out !== "string") {
      throw new CliError(
        "--format xlsx cần tệp ra: -o bao-cao.xlsx",
        "--format xlsx needs an output file: -o report.xlsx",
      );
    }
    const { report, result } = await loadAndCheck(io, path, loadOptionsFrom(rest, lang));
    const findings = values["no-findings"] === true ? [] : result.findings;
    const text =
      format === "xlsx"
        ? renderReportXlsx(report, { findings, lang })
        : renderReport(report, { to: format, lang, bom: values.bom === true, findings });
    if (typeof values.out === "string") await io.writeFile(values.out, text);
    else if (typeof text === "string") io.stdout(text);
    const s = result.summary;
    io.stderr(
      `cchc: ${path}: ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin${findings.length ? " (bên cạnh các dòng)" : ""} / ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos${findings.length ? " (beside their rows)" : ""}\n`,
    );
    return 0;
  },
};
