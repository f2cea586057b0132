import { parseArgs } from "node:util";
import type { Command, OptionSpec } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { CliError } from "./errors.js";
import type { CliIO } from "./io.js";
import { VERSION } from "./version.js";

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = [
    `cchc ${VERSION} — kiểm tra báo cáo cải cách hành chính / check administrative-reform (CCHC) reports`,
    "",
    "Usage: cchc <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options: --help, --version. `cchc <command> --help` shows a command's options.",
  ];
  return `${lines.join("\n")}\n`;
}

function commandHelp(cmd: Command): string {
  const opts = Object.entries(cmd.options).map(([name, o]) => {
    const flag = `--${name}${o.type === "string" ? ` <${o.choices ? o.choices.join("|") : "value"}>` : ""}`;
    return `  ${flag.padEnd(36)} ${o.help}`;
  });
  return `Usage: cchc ${cmd.usage}\n\n${cmd.summary}\n${opts.length ? `\nOptions:\n${opts.join("\n")}\n` : ""}`;
}

/** A negative number written as an argument: `-3`, `-1,5`, `-0.25`, `-20.000`, `-.5`. */
const NEGATIVE_NUMBER = /^-(?:\d|[.,]\d)[\d.,]*%?$/;

/**
 * Lets negative numbers through `node:util` parseArgs, which reads `-3` as an (unknown) option: a
 * negative number after a string option becomes that option's value (`--days -1` → `--days=-1`), and a
 * negative number where a positional stands stays a positional, in its place (every positional is then
 * passed after `--`, in order). Anything after the user's own `--` is positional as given.
 */
export function argsWithNegativeNumbers(
  args: readonly string[],
  options: Record<string, { type: "string" | "boolean"; short?: string }>,
): string[] {
  if (!args.some((a) => NEGATIVE_NUMBER.test(a))) return [...args];
  const takesValue = (token: string): boolean => {
    if (token.startsWith("--")) {
      const name = token.slice(2);
      return !token.includes("=") && Object.hasOwn(options, name) && options[name]?.type === "string";
    }
    if (token.length === 2 && token[0] === "-") {
      return Object.values(options).some((o) => o.short === token[1] && o.type === "string");
    }
    return false;
  };
  const flags: string[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (NEGATIVE_NUMBER.test(a) || a === "-" || !a.startsWith("-")) {
      positionals.push(a);
      continue;
    }
    const next = args[i + 1];
    if (takesValue(a) && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      flags.push(a.startsWith("--") ? `${a}=${next}` : `${a}${next}`);
      i++;
    } else if (takesValue(a) && next !== undefined && next !== "--") {
      flags.push(a, next);
      i++;
    } else flags.push(a);
  }
  return [...flags, "--", ...positionals];
}

/** Our bilingual line for a `node:util` parseArgs failure (its own message is English and long). */
function argumentError(e: unknown): CliError {
  const code = (e as { code?: unknown } | null)?.code;
  const msg = e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
  const name = /'([^']*)'/.exec(msg)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const long = name.startsWith("--");
    return new CliError(
      `tùy chọn không tồn tại: ${name}${long ? "" : ' (giá trị bắt đầu bằng "-" đặt sau "--")'}`,
      `unknown option ${name}${long ? "" : ' (put a value starting with "-" after "--")'}`,
    );
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = name.split(" ")[0] ?? name;
    return new CliError(`tùy chọn ${option} cần một giá trị`, `option ${option} needs a value`);
  }
  return new CliError(`tham số không hợp lệ: ${msg}`, `bad arguments: ${msg}`);
}

function parseCommandArgs(cmd: Command, args: string[]) {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const [name, spec] of Object.entries(cmd.options)) {
    options[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argsWithNegativeNumbers(args, options),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw argumentError(e);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const [name, spec] of Object.entries(cmd.options) as [string, OptionSpec][]) {
    if (values[name] === undefined && spec.default !== undefined) values[name] = spec.default;
    const v = values[name];
    if (spec.choices && typeof v === "string" && !spec.choices.includes(v)) {
      throw new CliError(
        `giá trị --${name} không hợp lệ: "${v}" (chọn ${spec.choices.join(", ")})`,
        `invalid --${name} value "${v}" (expected ${spec.choices.join(", ")})`,
      );
    }
  }
  const { min, max } = cmd.positionals;
  if (!values.help && (parsed.positionals.length < min || parsed.positionals.length > max)) {
    throw new CliError(
      `số tham số không đúng; cách dùng: cchc ${cmd.usage}`,
      `wrong number of arguments; usage: cchc ${cmd.usage}`,
    );
  }
  return { positionals: parsed.positionals, values };
}

/**
 * The message on one line: user text quoted in it (a command name, an option value) may hold line breaks
 * or other control characters; they are shown escaped (`\n`, `\u0007`) instead of breaking the line.
 */
function oneLine(message: string): string {
  let out = "";
  for (const c of message) {
    const code = c.charCodeAt(0);
    if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, "0")}`;
    } else out += c;
  }
  return out;
}

/**
 * Runs the `cchc` command line with the given arguments (without `node` and the script path) and
 * returns the exit code. Every failure becomes one line on stderr: 2 for usage and unreadable input,
 * 1 when a check found errors, 0 otherwise. Never throws.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      io.stdout(helpText());
      return first === undefined ? 2 : 0;
    }
    if (first === "--version" || first === "-v") {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const cmd = COMMANDS.find((c) => c.name === first);
    if (!cmd) {
      throw new CliError(
        `lệnh không tồn tại: "${first}" (xem cchc --help)`,
        `unknown command "${first}" (see cchc --help)`,
      );
    }
    const { positionals, values } = parseCommandArgs(cmd, rest);
    if (values.help) {
      io.stdout(commandHelp(cmd));
      return 0;
    }
    return await cmd.run({ positionals, values, io });
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`cchc: ${oneLine(e.message)}\n`);
      return e.exitCode;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(`cchc: lỗi nội bộ / internal error: ${msg.split("\n")[0]}\n`);
    return 70;
  }
}
