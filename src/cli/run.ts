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

function parseCommandArgs(cmd: Command, args: string[]) {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const [name, spec] of Object.entries(cmd.options)) {
    options[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new CliError(`tham số không hợp lệ: ${msg}`, `bad arguments: ${msg}`);
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
