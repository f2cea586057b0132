import { lunarToSolar } from "../../calendar/index.js";
import type { Command } from "../command.js";
import { integerArgument, withCalendarErrors } from "./calendar-common.js";

/** `cchc solar <year> <month> <day> [--leap]`: the Gregorian date of a Vietnamese lunar date. */
export const solarCommand: Command = {
  name: "solar",
  summary: "Đổi âm lịch sang dương lịch / Vietnamese lunar → Gregorian date",
  usage: "solar <year> <month> <day> [--leap] [--format text|json]",
  options: {
    leap: { type: "boolean", default: false, help: "the month is a leap month (tháng nhuận)" },
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
  },
  positionals: { min: 3, max: 3 },
  run({ positionals, values, io }) {
    const year = integerArgument(positionals[0]!, { vi: "năm", en: "year" });
    const month = integerArgument(positionals[1]!, { vi: "tháng", en: "month" });
    const day = integerArgument(positionals[2]!, { vi: "ngày", en: "day" });
    const date = withCalendarErrors(() => lunarToSolar({ year, month, day, leap: values.leap === true }));
    io.stdout(values.format === "json" ? `${JSON.stringify({ date })}\n` : `${date}\n`);
    return 0;
  },
};
