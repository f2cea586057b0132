/** What a command may do to the outside world; tests pass an in-memory implementation. */
export interface CliIO {
  /** Write to standard output (the text is written as is; add the newline yourself). */
  stdout(text: string): void;
  /** Write to standard error. */
  stderr(text: string): void;
  /** Read a whole file as bytes; throws a `CliError` when it cannot. */
  readFile(path: string): Promise<Uint8Array>;
  /** Write a whole file (text as UTF-8, bytes as they are). */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

/** Largest input file the CLI reads (bytes): a real report is well under 1 MB. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
