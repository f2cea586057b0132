import { extractDocumentReferences } from "../../io/references.js";
import type { Command } from "../command.js";
import { readTextFile } from "../input.js";
import { PERIOD_OPTIONS, periodFromOptions } from "../options.js";

/**
 * `cchc refs <file>`: lists the document references found in a report's text, parsed. With a period
 * (`--period`, `--from`/`--to`), a reference dated after the period's last day is marked (text: `> kỳ`,
 * JSON: `afterPeriod: true`): a report cannot cite a document issued after the period it reports on.
 */
export const refsCommand: Command = {
  name: "refs",
  summary: "Liệt kê văn bản được trích dẫn / list the documents a report cites",
  usage: "refs <file> [--format text|json] [--period 2022H1 | --from YYYY-MM-DD --to YYYY-MM-DD]",
  options: {
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
    ...PERIOD_OPTIONS,
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, values, io }) {
    const period = periodFromOptions(values);
    const text = await readTextFile(io, positionals[0] as string);
    const refs = extractDocumentReferences(text);
    const after = (date: string | undefined) =>
      period !== undefined && date !== undefined && date > period.to;
    if (values.format === "json") {
      const out = period ? refs.map((r) => ({ ...r, afterPeriod: after(r.date) })) : refs;
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    for (const r of refs) {
      io.stdout(
        `${(r.kind ?? "-").padEnd(22)}  ${r.symbol.padEnd(24)}  ${(r.date ?? "").padEnd(10)}  ${r.parsed.kind}${r.parsed.type ? ` ${r.parsed.type}` : ""}${after(r.date) ? "  > kỳ / after the period" : ""}\n`,
      );
    }
    const late = refs.filter((r) => after(r.date)).length;
    io.stdout(
      `${refs.length} tham chiếu / references${period ? `; ${late} sau kỳ ${period.from} → ${period.to} / after the period` : ""}\n`,
    );
    return 0;
  },
};
