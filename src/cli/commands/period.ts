import { type PeriodKind, reportDeadline, reportingPeriod } from "../../calendar/index.js";
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
    const d = withCalendarErrors(() => reportDeadline(p));
    if (values.format === "json") {
      const due = d ? { reportDueOnRestDay: d.onRestDay, reportDueEffective: d.effectiveDue } : {};
      io.stdout(`${JSON.stringify({ id: p.id, from: p.from, to: p.to, reportDue: p.reportDue, ...due })}\n`);
    } else {
      const moved = d?.onRestDay
        ? `; ngày nghỉ, chuyển sang / a rest day, moves to ${d.effectiveDue} (BLDS 2015 Điều 148)`
        : "";
      io.stdout(`${p.id}: ${p.from} → ${p.to}${d ? ` (hạn báo cáo / report due ${d.due}${moved})` : ""}\n`);
    }
    return 0;
  },
};
