import type { CliIO } from "./io.js";

/** The kinds of option a command can declare (mirrors `node:util` parseArgs). */
export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  default?: string | boolean;
  /** Allowed values of a string option; anything else is a usage error (exit 2). */
  choices?: readonly string[];
  /** One-line help text. */
  help: string;
}

/** What a command receives after its arguments were parsed and checked. */
export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  io: CliIO;
}

/** One `cchc` sub-command: a thin layer that calls the public API and prints its result. */
export interface Command {
  name: string;
  summary: string;
  /** Usage line without the leading `cchc `, e.g. `catalog [--format text|json]`. */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Minimum and maximum number of positional arguments. */
  positionals: { min: number; max: number };
  /** Returns the process exit code. */
  run(ctx: CommandContext): Promise<number> | number;
}
