import { CalendarError } from "../../calendar/index.js";
import { CliError } from "../errors.js";

/** Runs `fn`, turning a {@link CalendarError} into a one-line bilingual {@link CliError} (exit 2). */
export function withCalendarErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CalendarError) throw new CliError(e.messages.vi, e.messages.en);
    throw e;
  }
}

/** Reads an integer positional argument or throws a bilingual {@link CliError}. */
export function integerArgument(text: string, what: { vi: string; en: string }): number {
  if (!/^-?\d{1,6}$/.test(text)) {
    throw new CliError(`${what.vi} phải là số nguyên: "${text}"`, `${what.en} must be an integer: "${text}"`);
  }
  return Number(text);
}
