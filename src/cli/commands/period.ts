import { type PeriodKind, reportingPeriod } from "../../calendar/index.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";
import { integerArgument, withCalendarErrors } from "./calendar-common.js";

const KINDS = ["month", "quarter", "half-year", "nine-months", "year"] as const;

/** `cchc period <kind> <year> [<index>]`: a reporting period's window (NĐ 09/2019 or calendar). */
export const periodCommand: Command = {
  name: "period",
  summary: "Kỳ báo cáo theo NĐ 09/2019 hoặc dương lịch / a reporting period's window and due date",
  usage:
    "period <month|quarter|half-year|nine-months|year> <year> [<index>] [--calendar] [--format text|json]",
  options: {
    calendar: {
      type: "boolean",
      default: false,
      help: "plain calendar windows instead of NĐ 09/2019 Điều 12",
    },
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
  },
  positionals: { min: 2, max: 3 },
  run({ positionals, values, io }) {
    const kind = positionals[0]!;
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw new CliError(
        `loại kỳ không hợp lệ: "${kind}" (chọn ${KINDS.join(", ")})`,
        `invalid period kind "${kind}" (expected ${KINDS.join(", ")})`,
      );
    }
    const year = integerArgument(positionals[1]!, { vi: "năm", en: "year" });
    const index =
      positionals[2] === undefined
        ? undefined
        : integerArgument(positionals[2], { vi: "số thứ tự kỳ", en: "period index" });
    const p = withCalendarErrors(() =>
      reportingPeriod(kind as Exclude<PeriodKind, "custom">, year, index, {
        regime: values.calendar ? "calendar" : "nd09-2019",
      }),
    );
    if (values.format === "json")
      io.stdout(`${JSON.stringify({ id: p.id, from: p.from, to: p.to, reportDue: p.reportDue })}\n`);
    else
      io.stdout(
        `${p.id}: ${p.from} → ${p.to}${p.reportDue ? ` (hạn báo cáo / report due ${p.reportDue})` : ""}\n`,
      );
    return 0;
  },
};
