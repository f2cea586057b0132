import { CliError } from "./errors.js";
import type { CliIO } from "./io.js";

/** An in-memory {@link CliIO} for tests: files come from a map, output is collected. */
export function memoryIO(files: Record<string, string | Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const writtenBytes: Record<string, Uint8Array> = {};
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    async readFile(path) {
      const f = Object.hasOwn(files, path)
        ? files[path]
        : Object.hasOwn(written, path)
          ? written[path]
          : Object.hasOwn(writtenBytes, path)
            ? writtenBytes[path]
            : undefined;
      if (f === undefined) throw new CliError(`không đọc được tệp: ${path}`, `cannot read file: ${path}`);
      return typeof f === "string" ? new TextEncoder().encode(f) : f;
    },
    async writeFile(path, data) {
      if (typeof data === "string") written[path] = data;
      else writtenBytes[path] = data;
    },
  };
  return {
    io,
    written,
    writtenBytes,
    get stdout() {
      return out.join("");
    },
    get stderr() {
      return err.join("");
    },
  };
}
