import type { z } from "zod";

/** One problem found in input data: where (`path`), what (`code`) and why (`message`). */
export interface ModelIssue {
  /** Path to the offending field, e.g. `["period", "to"]` or `["values", "1.2", "raw"]`. */
  path: (string | number)[];
  /** zod's issue code (`invalid_type`, `too_big`, `custom`…). */
  code: string;
  /** Human-readable message (custom checks give Vietnamese and English, separated by " / "). */
  message: string;
}

/** The result of {@link parseModel}: the parsed data, or every issue found (never a throw). */
export type ModelParseResult<T> = { ok: true; data: T } | { ok: false; issues: ModelIssue[] };

/**
 * Kiểm tra dữ liệu: validates `input` against one of the model's schemas and returns either the parsed
 * data or the list of issues with their paths. Never throws, whatever the input.
 * @example
 * const r = parseModel(AgencySchema, { id: "x" });
 * if (!r.ok) console.log(r.issues.map((i) => i.path.join(".")));
 */
export function parseModel<S extends z.ZodType>(schema: S, input: unknown): ModelParseResult<z.output<S>> {
  try {
    const r = schema.safeParse(input);
    if (r.success) return { ok: true, data: r.data };
    return {
      ok: false,
      issues: r.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        code: i.code,
        message: i.message,
      })),
    };
  } catch (e) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: "unparseable",
          message: `input could not be validated / không kiểm tra được dữ liệu: ${e instanceof Error ? e.message : String(e)}`,
        },
      ],
    };
  }
}
