import type { Command } from "../command.js";
import { deadlineCommand } from "./deadline.js";
import { holidaysCommand } from "./holidays.js";
import { lunarCommand } from "./lunar.js";
import { periodCommand } from "./period.js";
import { solarCommand } from "./solar.js";

/** The calendar commands (`lunar`, `solar`, `holidays`, `deadline`, `period`), in help order. */
export const CALENDAR_COMMANDS: Command[] = [
  lunarCommand,
  solarCommand,
  holidaysCommand,
  deadlineCommand,
  periodCommand,
];
