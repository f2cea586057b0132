import { CalendarError } from "../../src/calendar/index.js";

/** Runs `f` and names what it threw: a CalendarError's code, "not-a-calendar-error", or "no-error". */
export const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof CalendarError ? e.code : "not-a-calendar-error";
  }
  return "no-error";
};
