import { classifyPublicServiceUnit } from "../../numbers/public-units.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";
import { answerForNumbers, LOCALE_OPTION, readNumberArgument } from "../options.js";

/** `cchc unit-group <ratio-percent>`: the ĐVSNCL group of NĐ 60/2021 (or NĐ 16/2015 before 2021-08-15). */
export const unitGroupCommand: Command = {
  name: "unit-group",
  summary: "Phân nhóm tự chủ tài chính ĐVSNCL / public service unit autonomy group",
  usage:
    "unit-group <ratio-percent> [--invest] [--no-revenue] [--date YYYY-MM-DD] [--locale auto|vi|en] [--format text|json]",
  options: {
    invest: { type: "boolean", help: "the unit also self-finances investment spending (group 1)" },
    "no-revenue": { type: "boolean", help: "the unit has no public-service revenue (group 4)" },
    date: { type: "string", help: "date deciding the regulation (default: the newest)" },
    locale: LOCALE_OPTION,
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
  },
  positionals: { min: 1, max: 1 },
  run({ positionals, values, io }) {
    const locale = values.locale === "vi" || values.locale === "en" ? values.locale : "auto";
    const ratio = readNumberArgument(positionals[0]!, { vi: "tỷ lệ", en: "ratio" }, locale);
    if (ratio.value.startsWith("-")) {
      throw new CliError(`tỷ lệ phải ≥ 0: "${ratio.text}"`, `the ratio must be ≥ 0: "${ratio.text}"`);
    }
    const classify = (ratioPercent: string) =>
      classifyPublicServiceUnit({
        ratioPercent,
        selfFinancesInvestment: values.invest === true,
        hasServiceRevenue: values["no-revenue"] !== true,
        ...(typeof values.date === "string" ? { date: values.date } : {}),
      });
    const r = answerForNumbers(
      [ratio],
      ([x]) => classify(x as string),
      (c) => (c.ok ? `${c.group}${c.band ? ` (${c.band}%)` : ""}` : `(${c.error.code})`),
      { vi: "nhóm", en: "group" },
      io.stderr,
    );
    if (!r.ok) throw new CliError(r.error.message.vi, r.error.message.en);
    const out = {
      group: r.group,
      ...(r.band !== undefined ? { band: r.band } : {}),
      regime: r.regime,
      source: r.source,
      verified: r.verified,
    };
    if (values.format === "json") {
      io.stdout(`${JSON.stringify(out)}\n`);
      return 0;
    }
    const band = r.band ? ` (${r.band}%)` : "";
    const unverified = r.verified ? "" : " [chưa kiểm chứng / unverified]";
    io.stdout(`nhóm / group ${r.group}${band} — ${r.regime}: ${r.source}${unverified}\n`);
    return 0;
  },
};
