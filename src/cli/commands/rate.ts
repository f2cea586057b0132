import { parseVietnameseNumber } from "../../numbers/parse.js";
import { rate } from "../../numbers/rate.js";
import type { RoundingMode } from "../../numbers/types.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";

/** Reads a CLI argument written the Vietnamese way ("20.000", "37,5") as a decimal string. */
export function numberArgument(text: string, what: { vi: string; en: string }): string {
  const p = parseVietnameseNumber(text);
  if (!p.ok) {
    throw new CliError(
      `${what.vi} không hợp lệ: ${p.error.message.vi}`,
      `invalid ${what.en}: ${p.error.message.en}`,
    );
  }
  if (p.value.kind !== "number") {
    throw new CliError(`${what.vi} phải là một số: "${text}"`, `${what.en} must be a number: "${text}"`);
  }
  return p.value.value;
}

/** `cchc rate <numerator> <denominator>`: an exact rate, rounded with a named mode. */
export const rateCommand: Command = {
  name: "rate",
  summary: "Tính tỷ lệ chính xác tử/mẫu × 100 / exact rate numerator/denominator × 100",
  usage:
    "rate <numerator> <denominator> [--decimals 2] [--rounding half-up|half-even|down] [--format text|json]",
  options: {
    decimals: { type: "string", default: "2", help: "decimals of the rounded value (0–20)" },
    rounding: {
      type: "string",
      choices: ["half-up", "half-even", "half-down", "down", "up"],
      default: "half-up",
      help: "rounding mode",
    },
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
  },
  positionals: { min: 2, max: 2 },
  run({ positionals, values, io }) {
    const num = numberArgument(positionals[0]!, { vi: "tử số", en: "numerator" });
    const den = numberArgument(positionals[1]!, { vi: "mẫu số", en: "denominator" });
    const decText = String(values.decimals);
    const decimals = Number(decText);
    if (!/^\d{1,2}$/.test(decText) || decimals > 20) {
      throw new CliError(
        `--decimals phải là số nguyên 0–20: "${decText}"`,
        `--decimals must be an integer 0–20: "${decText}"`,
      );
    }
    const r = rate(num, den, { decimals, rounding: values.rounding as RoundingMode });
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
