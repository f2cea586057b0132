import { parseVietnameseNumber } from "../../numbers/parse.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";

/**
 * `cchc parse-number "<text>"`: how the library reads a value cell. A failure exits 2: with
 * `--format json` the failure object is printed on stdout; in text it is one line on stderr.
 */
export const parseNumberCommand: Command = {
  name: "parse-number",
  summary: "Đọc một số viết kiểu Việt Nam / parse a Vietnamese-written number",
  usage: 'parse-number "<text>" [--locale auto|vi|en] [--format text|json]',
  options: {
    locale: { type: "string", choices: ["auto", "vi", "en"], default: "auto", help: "separator convention" },
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
  },
  positionals: { min: 1, max: 1 },
  run({ positionals, values, io }) {
    const locale = values.locale === "vi" || values.locale === "en" ? values.locale : "auto";
    const r = parseVietnameseNumber(positionals[0]!, { locale });
    if (values.format === "json") {
      io.stdout(`${JSON.stringify(r)}\n`);
      return r.ok ? 0 : 2;
    }
    if (!r.ok) {
      throw new CliError(
        `${r.error.message.vi} [${r.error.code}]: "${r.error.input}"`,
        `${r.error.message.en} [${r.error.code}]`,
      );
    }
    const v = r.value;
    const lines: string[] = [`kind: ${v.kind}`];
    if (v.kind === "number") {
      lines.push(`value: ${v.value}`, `decimals: ${v.decimals}`, `percent: ${v.percent}`);
      if (v.unitWord !== undefined) lines.push(`unit: ${v.unitWord}`);
      if (v.ambiguity) {
        lines.push(
          `ambiguity: ${v.ambiguity.rule}${v.ambiguity.alternative !== null ? ` (or ${v.ambiguity.alternative})` : ""}`,
        );
        lines.push(`  ${v.ambiguity.reason.vi}`, `  ${v.ambiguity.reason.en}`);
      }
    } else if (v.kind === "fraction") {
      lines.push(`numerator: ${v.numerator}`, `denominator: ${v.denominator}`);
      if (v.unitWord !== undefined) lines.push(`unit: ${v.unitWord}`);
      if (v.numeratorUnit !== undefined) lines.push(`numerator unit: ${v.numeratorUnit}`);
      if (v.denominatorUnit !== undefined) lines.push(`denominator unit: ${v.denominatorUnit}`);
    }
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
