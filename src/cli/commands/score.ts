import { type ScoringTable, scoreReport } from "../../rollup/score.js";
import { QD766_EXAMPLE_TABLE } from "../../rollup/tables/qd766-example.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";
import { loadReportAny, readTextFile } from "../input.js";

const BUILTIN: Record<string, ScoringTable> = { "qd766-example": QD766_EXAMPLE_TABLE };

function isTable(x: unknown): x is ScoringTable {
  const t = x as ScoringTable;
  return (
    !!t &&
    typeof t === "object" &&
    typeof t.id === "string" &&
    Array.isArray(t.groups) &&
    Array.isArray(t.criteria)
  );
}

/** `cchc score <file> --table <scoring.json|qd766-example>`: scores a report with a scoring table. */
export const scoreCommand: Command = {
  name: "score",
  summary: "Chấm điểm báo cáo theo bảng tiêu chí / score a report with a scoring table",
  usage:
    "score <file> --table <scoring.json|qd766-example> [--input id=value,…] [--format text|json] [--lang vi|en]",
  options: {
    table: { type: "string", help: "scoring table JSON, or qd766-example (built-in, unverified)" },
    input: {
      type: "string",
      help: "extra inputs not in the appendix, e.g. satisfaction-rate=92,publicity-rate=85",
    },
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
    lang: { type: "string", choices: ["vi", "en"], default: "vi", help: "language of names" },
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, values, io }) {
    if (typeof values.table !== "string") throw new CliError("cần --table", "--table is required");
    let table = BUILTIN[values.table];
    if (!table) {
      let data: unknown;
      try {
        data = JSON.parse(await readTextFile(io, values.table));
      } catch (e) {
        if (e instanceof CliError) throw e;
        throw new CliError(`JSON không hợp lệ trong ${values.table}`, `invalid JSON in ${values.table}`);
      }
      if (!isTable(data)) {
        throw new CliError(`bảng điểm không hợp lệ: ${values.table}`, `not a scoring table: ${values.table}`);
      }
      table = data;
    }
    const inputs: Record<string, string> = {};
    if (typeof values.input === "string") {
      for (const pair of values.input.split(",")) {
        const [k, v] = pair.split("=");
        if (!k || v === undefined || !/^-?\d+(\.\d+)?$/.test(v.trim())) {
          throw new CliError(`--input không hợp lệ: ${pair}`, `invalid --input pair: ${pair}`);
        }
        inputs[k.trim()] = v.trim();
      }
    }
    const report = (await loadReportAny(io, positionals[0] as string)).report;
    const result = scoreReport(report, table, { inputs });
    if (values.format === "json") {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const lang = values.lang === "en" ? "en" : "vi";
    io.stdout(`${table.name[lang]}${table.verified ? "" : " [unverified]"}\n`);
    for (const c of result.criteria) {
      const why = c.reason ? `  (${c.reason.message[lang]})` : "";
      io.stdout(
        `  ${c.id.padEnd(8)} ${c.group.padEnd(14)} ${(c.points ?? "-").padStart(7)} / ${c.maxPoints}${why}\n`,
      );
    }
    for (const g of result.groups)
      io.stdout(`  ${g.id.padEnd(23)} ${g.points.padStart(7)} / ${g.maxPoints}\n`);
    io.stdout(
      `  ${"total".padEnd(23)} ${result.total.padStart(7)} / ${result.maxTotal ?? "?"}${result.complete ? "" : " (incomplete)"}\n`,
    );
    return 0;
  },
};
