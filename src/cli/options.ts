import { customPeriod, parsePeriodId, reportingPeriod } from "../calendar/periods.js";
import type { ReportingPeriod } from "../model/period.js";
import { parseVietnameseNumber } from "../numbers/parse.js";
import type { OptionSpec } from "./command.js";
import { withCalendarErrors } from "./commands/calendar-common.js";
import { CliError } from "./errors.js";

/**
 * The options of every command that reads a report text or TSV/CSV file whose period it may not say:
 * `--period` (a period id in the forms officers write), `--from`/`--to` (a custom window), and
 * `--calendar-window` (calendar months instead of the NĐ 09/2019 cut-offs).
 */
export const PERIOD_OPTIONS: Record<string, OptionSpec> = {
  period: {
    type: "string",
    help: "period when the file does not say it: 2021, 2021H1, 2021Q3, 2021-05, 2021-9M",
  },
  from: { type: "string", help: "first day of a custom window, YYYY-MM-DD (with --to)" },
  to: { type: "string", help: "last day of a custom window, YYYY-MM-DD (with --from)" },
  "calendar-window": {
    type: "boolean",
    help: "periods on calendar months (01/01–30/06) instead of NĐ 09/2019 cut-offs (15/12–14/06)",
  },
};

const PERIOD_EXAMPLES = "2021, 2021H1, 2021Q3, 2021-05, 2021-9M; --from 2021-01-01 --to 2021-03-31";

function badPeriod(text: string): CliError {
  return new CliError(
    `kỳ báo cáo không hợp lệ: "${text}" (ví dụ ${PERIOD_EXAMPLES})`,
    `invalid period "${text}" (e.g. ${PERIOD_EXAMPLES})`,
  );
}

/**
 * The period id (`2021`, `2021H1`, `2021Q3`, `2021M05`, `2021N9`) of a `--period` value in any of the
 * forms accepted: the ids themselves, `2021-05` / `2021M5` (a month), `2021-Q3`, `2021-H1`,
 * `2021-9M` / `2021-N9` (nine months), in any letter case. Null when the text is none of these.
 */
export function periodIdOf(text: string): string | null {
  const t = text.trim().toUpperCase();
  let m = /^(\d{4})$/.exec(t);
  if (m) return m[1] as string;
  m = /^(\d{4})-?([HQ])(\d)$/.exec(t);
  if (m) return `${m[1]}${m[2]}${m[3]}`;
  m = /^(\d{4})(?:-|M|-M)(\d{1,2})$/.exec(t);
  if (m) return `${m[1]}M${(m[2] as string).padStart(2, "0")}`;
  m = /^(\d{4})-?(?:9M|N9)$/.exec(t);
  if (m) return `${m[1]}N9`;
  return null;
}

/**
 * The reporting period named by `--period` or by `--from`/`--to` (a custom window), or undefined when
 * neither is given. Every malformed or conflicting form is a bilingual {@link CliError} (exit 2).
 */
export function periodFromOptions(
  values: Record<string, string | boolean | undefined>,
): ReportingPeriod | undefined {
  const period = typeof values.period === "string" ? values.period : undefined;
  const from = typeof values.from === "string" ? values.from : undefined;
  const to = typeof values.to === "string" ? values.to : undefined;
  if (period !== undefined && (from !== undefined || to !== undefined)) {
    throw new CliError(
      "chỉ dùng --period hoặc --from/--to, không dùng cả hai",
      "use either --period or --from/--to, not both",
    );
  }
  if (from !== undefined || to !== undefined) {
    if (from === undefined || to === undefined) {
      throw new CliError(
        "kỳ tùy chọn cần cả --from và --to (YYYY-MM-DD)",
        "a custom window needs both --from and --to (YYYY-MM-DD)",
      );
    }
    const p = withCalendarErrors(() => customPeriod(from, to));
    if (p.year < 1945 || p.year > 2200) throw badPeriod(`${from}..${to}`);
    return { kind: "custom", year: p.year, from: p.from, to: p.to };
  }
  if (period === undefined) return undefined;
  const id = periodIdOf(period);
  const parsed = id === null ? null : parsePeriodId(id);
  if (parsed === null || !parsed.ok) throw badPeriod(period);
  const regime = values["calendar-window"] === true ? "calendar" : "nd09-2019";
  const p = withCalendarErrors(() =>
    reportingPeriod(parsed.value.kind, parsed.value.year, parsed.value.index, { regime }),
  );
  if (p.year < 1945 || p.year > 2200) throw badPeriod(period);
  const out: ReportingPeriod = { kind: p.kind, year: p.year, from: p.from, to: p.to };
  if (p.index !== undefined) out.index = p.index;
  return out;
}

/** The `--locale` option of the commands that read numbers written by hand (as `parse-number`'s). */
export const LOCALE_OPTION: OptionSpec = {
  type: "string",
  choices: ["auto", "vi", "en"],
  default: "auto",
  help: "separators of number arguments: auto (Vietnamese first, ambiguity noted), vi (20.000,5), en (20,000.5)",
};

/** A number argument as `parseVietnameseNumber` reads it, with the other reading an ambiguity allows. */
export interface NumberArgument {
  /** The text as typed. */
  text: string;
  /** The value read (decimal string). */
  value: string;
  /** The other reading of an ambiguous text (`9.999` → `9999` read, `9.999` other), or null. */
  alternative: string | null;
  /** The ambiguity note of `parseVietnameseNumber`, when the reading could be meant otherwise. */
  note?: { vi: string; en: string };
}

/**
 * Reads a CLI number argument exactly as `parseVietnameseNumber` reads a cell ("20.000", "37,5", "-3"),
 * keeping its ambiguity note and other reading; a text that is not one number is a CliError (exit 2).
 */
export function readNumberArgument(
  text: string,
  what: { vi: string; en: string },
  locale: "auto" | "vi" | "en" = "auto",
): NumberArgument {
  const p = parseVietnameseNumber(text, { locale });
  if (!p.ok) {
    throw new CliError(
      `${what.vi} không hợp lệ: ${p.error.message.vi}`,
      `invalid ${what.en}: ${p.error.message.en}`,
    );
  }
  if (p.value.kind !== "number") {
    throw new CliError(`${what.vi} phải là một số: "${text}"`, `${what.en} must be a number: "${text}"`);
  }
  const out: NumberArgument = { text, value: p.value.value, alternative: null };
  const a = p.value.ambiguity;
  if (a) {
    out.note = a.reason;
    if (a.alternative !== null) {
      const alt = parseVietnameseNumber(text, { locale: "en" });
      if (alt.ok && alt.value.kind === "number" && alt.value.value !== out.value) {
        out.alternative = alt.value.value;
      }
    }
  }
  return out;
}

/**
 * The answer of `compute` for the arguments as read (`--locale auto`: Vietnamese first). When an argument
 * is ambiguous, the answer is also computed with every ambiguous argument read the other way (en-US);
 * if that changes the answer (as `show` writes it), a CliError names both readings and their answers
 * instead of picking one. Ambiguity notes that do not change the answer are written to stderr.
 */
export function answerForNumbers<T>(
  args: readonly NumberArgument[],
  compute: (values: string[]) => T,
  show: (answer: T) => string,
  label: { vi: string; en: string },
  stderr: (text: string) => void,
): T {
  const answer = compute(args.map((a) => a.value));
  const ambiguous = args.filter((a) => a.alternative !== null);
  if (ambiguous.length > 0) {
    const other = compute(args.map((a) => a.alternative ?? a.value));
    if (show(other) !== show(answer)) {
      const texts = ambiguous.map((a) => `"${a.text}"`).join(", ");
      const read = ambiguous.map((a) => a.value).join(", ");
      const alt = ambiguous.map((a) => a.alternative).join(", ");
      throw new CliError(
        `${texts} có hai cách đọc: --locale vi: ${read} → ${label.vi} ${show(answer)}; --locale en: ${alt} → ${label.vi} ${show(other)}; chọn một`,
        `${texts} reads two ways: --locale vi: ${read} → ${label.en} ${show(answer)}; --locale en: ${alt} → ${label.en} ${show(other)}; choose one`,
      );
    }
  }
  for (const arg of args) {
    if (arg.note) stderr(`cchc: lưu ý "${arg.text}" → ${arg.value}: ${arg.note.vi} / note: ${arg.note.en}\n`);
  }
  return answer;
}
