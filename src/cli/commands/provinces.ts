import { PROVINCE_ARRANGEMENT_2025, provincesAt } from "../../rollup/provinces.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";

/** Today in Vietnam (UTC+7, no DST). */
function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** `cchc provinces [--date YYYY-MM-DD]`: the provinces and centrally-run cities in force on a date. */
export const provincesCommand: Command = {
  name: "provinces",
  summary:
    "Tỉnh, thành phố trực thuộc trung ương tại một ngày (63 → 34 từ 01/07/2025) / provinces and cities on a date",
  usage: "provinces [--date YYYY-MM-DD] [--format text|json]",
  options: {
    date: { type: "string", help: "the date (default: today in Vietnam)" },
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
  },
  positionals: { min: 0, max: 0 },
  run({ values, io }) {
    const date = typeof values.date === "string" ? values.date : vietnamToday();
    if (!isRealDate(date)) {
      throw new CliError(
        `ngày không hợp lệ: "${date}" (cần YYYY-MM-DD)`,
        `invalid date "${date}" (expected YYYY-MM-DD)`,
      );
    }
    const list = provincesAt(date);
    const source = `${PROVINCE_ARRANGEMENT_2025.number} (${PROVINCE_ARRANGEMENT_2025.date})${PROVINCE_ARRANGEMENT_2025.verified ? "" : " [secondary, unverified]"}`;
    if (values.format === "json") {
      io.stdout(`${JSON.stringify({ date, count: list.length, provinces: list, source }, null, 2)}\n`);
      return 0;
    }
    const lines = list.map(
      (p) =>
        `${p.id.padEnd(16)}  ${p.kind === "city" ? "thành phố" : "tỉnh     "}  ${p.name}${p.mergedInto ? `  (đến / until ${p.validTo}, sáp nhập vào / merged into ${p.mergedInto})` : ""}`,
    );
    lines.push(`${list.length} đơn vị cấp tỉnh / provincial-level units on ${date} — ${source}`);
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
