import { defaultCalendar } from "../../calendar/index.js";
import type { Command } from "../command.js";
import { integerArgument, withCalendarErrors } from "./calendar-common.js";

/** `cchc holidays <year>`: the days off (and make-up working days) of state agencies in a year. */
export const holidaysCommand: Command = {
  name: "holidays",
  summary: "Ngày nghỉ lễ, nghỉ bù, hoán đổi của một năm / days off of a year with reason and source",
  usage: "holidays <year> [--format text|json]",
  options: { format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" } },
  positionals: { min: 1, max: 1 },
  run({ positionals, values, io }) {
    const year = integerArgument(positionals[0]!, { vi: "năm", en: "year" });
    const { holidays, makeUp, basis } = withCalendarErrors(() => {
      const cal = defaultCalendar();
      return {
        holidays: cal.holidaysIn(year),
        makeUp: cal.makeUpWorkingDays(year),
        basis: cal.yearBasis(year),
      };
    });
    if (values.format === "json") {
      io.stdout(`${JSON.stringify({ year, basis, holidays, makeUpWorkingDays: makeUp }, null, 2)}\n`);
      return 0;
    }
    const lines = holidays.map(
      (h) =>
        `${h.date}  ${h.kind.padEnd(15)}  ${h.reason.vi} / ${h.reason.en}${h.onRestDay ? " (ngày nghỉ hằng tuần / weekly rest day)" : ""}  [${h.source}${h.verified ? "" : "; unverified"}]`,
    );
    for (const m of makeUp)
      lines.push(
        `${m.date}  make-up          ${m.reason.vi} / ${m.reason.en}  [${m.source}${m.verified ? "" : "; unverified"}]`,
      );
    lines.push(
      basis.basis === "decision"
        ? `Cơ sở / basis: quyết định năm / yearly decision — ${basis.instruments.map((i) => i.number ?? i.issuer).join("; ")}${basis.verified ? "" : " [unverified]"}`
        : "Cơ sở / basis: quy tắc mặc định, chưa có quyết định năm / statutory defaults, no yearly decision [unverified: Tết and the 2/9 adjacent day are conventions]",
    );
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
