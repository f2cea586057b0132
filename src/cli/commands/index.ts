import type { Command } from "../command.js";
import { CALENDAR_COMMANDS } from "./calendar.js";
import { catalogCommand } from "./catalog.js";
import { checkCommand } from "./check.js";
import { dossiersCommand } from "./dossiers.js";
import { parseNumberCommand } from "./parse-number.js";
import { provincesCommand } from "./provinces.js";
import { rateCommand } from "./rate.js";
import { refsCommand } from "./refs.js";
import { renderCommand } from "./render.js";
import { ROLLUP_COMMANDS } from "./rollup.js";
import { showCommand } from "./show.js";
import { unitGroupCommand } from "./unit-group.js";

/**
 * Every `cchc` sub-command, in the order `cchc --help` lists them.
 * To add one: create `src/cli/commands/<name>.ts` exporting a {@link Command}, import it here, list it.
 */
export const COMMANDS: Command[] = [
  catalogCommand,
  showCommand,
  checkCommand,
  dossiersCommand,
  rateCommand,
  renderCommand,
  refsCommand,
  unitGroupCommand,
  parseNumberCommand,
  ...CALENDAR_COMMANDS,
  ...ROLLUP_COMMANDS,
  provincesCommand,
];
