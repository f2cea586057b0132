import type { Command } from "../command.js";
import { catalogCommand } from "./catalog.js";
import { showCommand } from "./show.js";

/**
 * Every `cchc` sub-command, in the order `cchc --help` lists them.
 * To add one: create `src/cli/commands/<name>.ts` exporting a {@link Command}, import it here, list it.
 */
export const COMMANDS: Command[] = [catalogCommand, showCommand];
