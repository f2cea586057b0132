/**
 * An error the CLI reports as one line on stderr with a chosen exit code, never with a stack trace.
 * Messages are bilingual (Vietnamese first) because report officers read them.
 */
export class CliError extends Error {
  /** Exit code: 2 for usage and input errors (the convention of the `cchc` commands). */
  readonly exitCode: number;
  constructor(vi: string, en: string, exitCode = 2) {
    super(`${vi} / ${en}`);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}
