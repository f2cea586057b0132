import { dossierDueDate } from "../../calendar/index.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";
import { withCalendarErrors } from "./calendar-common.js";

/** `cchc deadline --received <instant> --days <n>`: a dossier's due date (BLDS 2015 Điều 147–148). */
export const deadlineCommand: Command = {
  name: "deadline",
  summary: "Hạn giải quyết hồ sơ theo ngày làm việc / a dossier's due date in working days",
  usage: "deadline --received <ISO date-time> --days <n> [--cutoff HH:MM] [--format text|json]",
  options: {
    received: { type: "string", help: "receipt instant, ISO 8601 with offset (e.g. 2026-02-13T09:00+07:00)" },
    days: { type: "string", help: "processing time in working days (integer ≥ 0)" },
    cutoff: { type: "string", help: "same-day cut-off HH:MM (e.g. 15:00)" },
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
  },
  positionals: { min: 0, max: 0 },
  run({ values, io }) {
    const received = values.received;
    const daysText = values.days;
    if (typeof received !== "string" || typeof daysText !== "string") {
      throw new CliError("cần --received và --days", "--received and --days are required");
    }
    if (!/^\d{1,5}$/.test(daysText)) {
      throw new CliError(
        `--days phải là số nguyên ≥ 0: "${daysText}"`,
        `--days must be an integer ≥ 0: "${daysText}"`,
      );
    }
    const cutoff = typeof values.cutoff === "string" ? values.cutoff : undefined;
    const r = withCalendarErrors(() =>
      dossierDueDate({ receivedAt: received, workingDays: Number(daysText), cutoff }),
    );
    if (values.format === "json")
      io.stdout(
        `${JSON.stringify({ due: r.due, receivedOn: r.receivedOn, countingFrom: r.countingFrom })}\n`,
      );
    else io.stdout(`${r.due}\n`);
    return 0;
  },
};
