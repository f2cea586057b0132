import { solarToLunar } from "../../calendar/index.js";
import type { Command } from "../command.js";
import { withCalendarErrors } from "./calendar-common.js";

/** `cchc lunar <YYYY-MM-DD>`: the Vietnamese lunar date (UTC+7) of a Gregorian date. */
export const lunarCommand: Command = {
  name: "lunar",
  summary: "Đổi dương lịch sang âm lịch (UTC+7) / Gregorian → Vietnamese lunar date",
  usage: "lunar <YYYY-MM-DD> [--format text|json]",
  options: { format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" } },
  positionals: { min: 1, max: 1 },
  run({ positionals, values, io }) {
    const l = withCalendarErrors(() => solarToLunar(positionals[0]!));
    if (values.format === "json")
      io.stdout(`${JSON.stringify({ year: l.year, month: l.month, day: l.day, leap: l.leap })}\n`);
    else io.stdout(`${l.day}/${l.month}${l.leap ? " nhuận (leap)" : ""}/${l.year}\n`);
    return 0;
  },
};
