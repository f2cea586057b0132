import { readFile, stat, writeFile } from "node:fs/promises";
import { CliError } from "./errors.js";
import { type CliIO, MAX_INPUT_BYTES } from "./io.js";
import { runCli } from "./run.js";

const nodeIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
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
