import { readFile, stat, writeFile } from "node:fs/promises";
import { CliError } from "./errors.js";
import { type CliIO, MAX_INPUT_BYTES } from "./io.js";
import { runCli } from "./run.js";

/**
 * Streams whose reader has gone (EPIPE: `cchc catalog | head -1`). Writing to them stops quietly; the
 * command still finishes its work and exits with that work's code, never a stack trace.
 */
const closed = new Set<NodeJS.WriteStream>();

function isBrokenPipe(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "EPIPE" || code === "ERR_STREAM_DESTROYED" || code === "ERR_STREAM_WRITE_AFTER_END";
}

for (const stream of [process.stdout, process.stderr]) {
  // EPIPE or any other failure of the stream: its output is gone; the exit code stays the work's.
  stream.on("error", () => closed.add(stream));
}

function writeTo(stream: NodeJS.WriteStream, text: string): void {
  if (closed.has(stream)) return;
  try {
    stream.write(text);
  } catch (e) {
    if (isBrokenPipe(e)) closed.add(stream);
    else throw e;
  }
}

const nodeIO: CliIO = {
  stdout: (text) => writeTo(process.stdout, text),
  stderr: (text) => writeTo(process.stderr, text),
  async readFile(path) {
    let size: number;
    try {
      const st = await stat(path);
      if (!st.isFile()) throw new Error("not a file");
      size = st.size;
    } catch {
      throw new CliError(`không đọc được tệp: ${path}`, `cannot read file: ${path}`);
    }
    if (size > MAX_INPUT_BYTES) {
      throw new CliError(
        `tệp quá lớn (${size} byte, tối đa ${MAX_INPUT_BYTES}): ${path}`,
        `file too large (${size} bytes, max ${MAX_INPUT_BYTES}): ${path}`,
      );
    }
    try {
      return new Uint8Array(await readFile(path));
    } catch {
      throw new CliError(`không đọc được tệp: ${path}`, `cannot read file: ${path}`);
    }
  },
  async writeFile(path, data) {
    try {
      if (typeof data === "string") await writeFile(path, data, "utf8");
      else await writeFile(path, data);
    } catch {
      throw new CliError(`không ghi được tệp: ${path}`, `cannot write file: ${path}`);
    }
  },
};

runCli(process.argv.slice(2), nodeIO).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 70;
  },
);
