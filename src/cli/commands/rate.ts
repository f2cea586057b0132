import { type RateResult, rate } from "../../numbers/rate.js";
import type { RoundingMode } from "../../numbers/types.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";
import { answerForNumbers, LOCALE_OPTION, readNumberArgument } from "../options.js";

/**
 * Reads a CLI argument written the Vietnamese way ("20.000", "37,5") as a decimal string (its
 * ambiguity, if any, is not reported: use {@link readNumberArgument} where it may change an answer).
 */
export function numberArgument(text: string, what: { vi: string; en: string }): string {
  return readNumberArgument(text, what).value;
}

/** `cchc rate <numerator> <denominator>`: an exact rate, rounded with a named mode. */
export const rateCommand: Command = {
  name: "rate",
  summary: "Tính tỷ lệ chính xác tử/mẫu × 100 / exact rate numerator/denominator × 100",
  usage:
    "rate <numerator> <denominator> [--decimals 2] [--rounding half-up|half-even|down] [--locale auto|vi|en] [--format text|json]",
  options: {
    decimals: { type: "string", default: "2", help: "decimals of the rounded value (0–20)" },
    rounding: {
      type: "string",
      choices: ["half-up", "half-even", "half-down", "down", "up"],
      default: "half-up",
      help: "rounding mode",
    },
    locale: LOCALE_OPTION,
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
  },
  positionals: { min: 2, max: 2 },
  run({ positionals, values, io }) {
    const locale = values.locale === "vi" || values.locale === "en" ? values.locale : "auto";
    const num = readNumberArgument(positionals[0]!, { vi: "tử số", en: "numerator" }, locale);
    const den = readNumberArgument(positionals[1]!, { vi: "mẫu số", en: "denominator" }, locale);
    if (num.value.startsWith("-") || den.value.startsWith("-")) {
      throw new CliError(
        `tử số và mẫu số phải ≥ 0 (tỷ lệ CCHC là tỷ lệ của số đếm hoặc số tiền): ${num.text} / ${den.text}`,
        `numerator and denominator must be ≥ 0 (a CCHC rate is a share of counts or money): ${num.text} / ${den.text}`,
      );
    }
    const decText = String(values.decimals);
    const decimals = Number(decText);
    if (!/^\d{1,2}$/.test(decText) || decimals > 20) {
      throw new CliError(
        `--decimals phải là số nguyên 0–20: "${decText}"`,
        `--decimals must be an integer 0–20: "${decText}"`,
      );
    }
    const options = { decimals, rounding: values.rounding as RoundingMode };
    const r = answerForNumbers(
      [num, den],
      ([n, d]) => rate(n as string, d as string, options),
      (x: RateResult) => (x.ok ? x.value : `(${x.reason})`),
      { vi: "tỷ lệ", en: "rate" },
      io.stderr,
    );
    if (!r.ok && r.reason !== "zero-denominator") {
      throw new CliError(r.error.message.vi, r.error.message.en);
    }
    if (values.format === "json") {
      const out = r.ok
        ? {
            value: r.value,
            exact: r.exact,
            repeating: r.repeating,
            exactTruncated: r.exactTruncated,
            decimals: r.decimals,
            rounding: r.rounding,
          }
        : { value: null, reason: r.reason };
      io.stdout(`${JSON.stringify(out)}\n`);
      return 0;
    }
    io.stdout(r.ok ? `${r.value}\n` : "không xác định / undefined (zero-denominator)\n");
    return 0;
  },
};
