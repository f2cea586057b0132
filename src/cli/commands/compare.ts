import { compareReports } from "../../rollup/compare.js";
import type { Command } from "../command.js";
import { loadReportAny } from "../input.js";

/** `cchc compare <old> <new>`: compares two periods' reports row by row (rates in percentage points). */
export const compareCommand: Command = {
  name: "compare",
  summary: "So sánh hai kỳ báo cáo / compare two periods' reports",
  usage: "compare <old> <new> [--format text|json] [--all]",
  options: {
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
    all: { type: "boolean", default: false, help: "also list rows blank in both reports" },
  },
  positionals: { min: 2, max: 2 },
  async run({ positionals, values, io }) {
    const older = (await loadReportAny(io, positionals[0] as string)).report;
    const newer = (await loadReportAny(io, positionals[1] as string)).report;
    const rows = compareReports(older, newer).filter((c) => values.all === true || c.status !== "both-blank");
    if (values.format === "json") {
      io.stdout(`${JSON.stringify({ comparisons: rows }, null, 2)}\n`);
      return 0;
    }
    const w = Math.max(6, ...rows.map((r) => r.id.length));
    io.stdout(
      `${"code".padEnd(w)}  ${"old".padStart(12)}  ${"new".padStart(12)}  ${"delta".padStart(12)}  change\n`,
    );
    for (const r of rows) {
      const change =
        r.deltaPoints != null
          ? `${r.deltaPoints} pp`
          : r.deltaPercent != null
            ? `${r.deltaPercent} %`
            : r.status;
      io.stdout(
        `${r.id.padEnd(w)}  ${(r.old ?? "").padStart(12)}  ${(r.new ?? "").padStart(12)}  ${(r.delta ?? "").padStart(12)}  ${change}\n`,
      );
    }
    return 0;
  },
};
