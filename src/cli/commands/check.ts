import { checkNarrative } from "../../io/narrative.js";
import type { Report } from "../../model/report.js";
import { InvalidDecimalError } from "../../numbers/decimal.js";
import { formatVietnameseNumber } from "../../numbers/format.js";
import { checkReport } from "../../rules/engine.js";
import type { Finding, FindingValue, Lang, Severity } from "../../rules/finding.js";
import { checkResultToJson } from "../../rules/result-json.js";
import type { CheckResult, CheckStatus } from "../../rules/types.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";
import { type LoadAnyOptions, loadOptionsFrom, loadReportAny } from "../input.js";
import type { CliIO } from "../io.js";
import { PERIOD_OPTIONS } from "../options.js";

const STATUS: Record<CheckStatus, { vi: string; en: string }> = {
  checked: { vi: "đã kiểm tra", en: "checked" },
  incomplete: { vi: "chưa đầy đủ: có quy tắc gặp lỗi", en: "incomplete: a rule failed" },
  "nothing-to-check": { vi: "không có số liệu nào để kiểm tra", en: "nothing to check" },
  "invalid-report": { vi: "báo cáo không hợp lệ", en: "not a valid report" },
};

const HEADINGS: Record<Severity, { vi: string; en: string }> = {
  error: { vi: "Lỗi", en: "Errors" },
  warning: { vi: "Cảnh báo", en: "Warnings" },
  info: { vi: "Thông tin", en: "Infos" },
};

function shown(v: FindingValue, lang: Lang): string {
  let s = v.value ?? "";
  if (lang === "vi" && /^-?\d+(?:\.\d+)?$/.test(s)) {
    try {
      s = formatVietnameseNumber(s);
    } catch (e) {
      // documented: a value the formatter does not accept (too long) is shown as written
      if (!(e instanceof InvalidDecimalError)) throw e;
    }
  }
  return `${s}${v.unit ?? ""}`;
}

function textReport(findings: Finding[], lang: Lang): string {
  const lines: string[] = [];
  const width = Math.max(8, ...findings.map((f) => (f.code ?? "-").length));
  const ruleWidth = Math.max(10, ...findings.map((f) => f.rule.length));
  for (const sev of ["error", "warning", "info"] as const) {
    const group = findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    lines.push(`${HEADINGS[sev][lang]} (${group.length})`);
    for (const f of group) {
      lines.push(`  ${(f.code ?? "-").padEnd(width)}  ${f.rule.padEnd(ruleWidth)}  ${f.message}`);
      if (f.expected?.value != null && f.actual?.value != null) {
        const e = lang === "vi" ? "cần" : "expected";
        const a = lang === "vi" ? "ghi" : "actual";
        const pad = `  ${"".padEnd(width)}  ${"".padEnd(ruleWidth)}  `;
        const atLeast = f.rule === "subset.parts" ? "≥ " : "";
        lines.push(`${pad}${e}: ${atLeast}${shown(f.expected, lang)}; ${a}: ${shown(f.actual, lang)}`);
      }
    }
    lines.push("");
  }
  return lines.join("\n");
}

/**
 * Refuses (CliError, exit 2) a result that checked nothing: no value of the report is an appendix row
 * the catalog knows (prose read as a table, a table whose codes all failed to match, an empty JSON
 * report), so "OK" would mean nothing. The one place that decides it, from the engine's
 * `status` (`nothing-to-check`).
 */
export function refuseWhenNothingChecked(result: CheckResult, path: string): void {
  if (result.status !== "nothing-to-check") return;
  throw new CliError(
    `${path}: không có số liệu nào để kiểm tra — không dòng nào khớp mẫu phụ lục ${result.catalogVersion} (cần bảng phụ lục số liệu: mã, chỉ tiêu, đơn vị, số liệu)`,
    `${path}: nothing to check — no row matched appendix template ${result.catalogVersion} (a statistical appendix table is needed: code, indicator, unit, value)`,
  );
}

/**
 * Loads a report file (JSON, TSV/CSV appendix or whole text) and checks it as `cchc check` does: the
 * import findings and the narrative's findings join the rules' findings. Refuses a file with nothing
 * to check (see {@link refuseWhenNothingChecked}).
 */
export async function loadAndCheck(
  io: CliIO,
  path: string,
  options: LoadAnyOptions,
): Promise<{ report: Report; result: CheckResult }> {
  const lang: Lang = options.lang === "en" ? "en" : "vi";
  const { report, importFindings } = await loadReportAny(io, path, options);
  const result = checkReport(report, {
    lang,
    importFindings: [...importFindings, ...checkNarrative(report, { lang })],
  });
  refuseWhenNothingChecked(result, path);
  return { report, result };
}

/**
 * `cchc check <file>`: checks a report against its appendix catalog and prints every finding.
 * Exit 0 without error findings, 1 with one (0 with `--exit-zero`), 2 when the file cannot be read or
 * holds nothing to check.
 */
export const checkCommand: Command = {
  name: "check",
  summary: "Kiểm tra số liệu phụ lục của báo cáo / check a report's appendix figures",
  usage:
    "check <file> [--format text|json] [--lang vi|en] [--period 2022H1 | --from YYYY-MM-DD --to YYYY-MM-DD] [--agency <id>] [--exit-zero]",
  options: {
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
    lang: { type: "string", choices: ["vi", "en"], default: "vi", help: "language of the messages" },
    ...PERIOD_OPTIONS,
    agency: { type: "string", help: "reporting agency id (wins over the one the file names)" },
    "exit-zero": {
      type: "boolean",
      default: false,
      help: "exit 0 even when errors are found (report only; for demos and CI steps that must not fail)",
    },
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, values, io }) {
    const path = positionals[0] as string;
    const lang: Lang = values.lang === "en" ? "en" : "vi";
    const { report, result } = await loadAndCheck(io, path, loadOptionsFrom(values, lang));
    const s = result.summary;
    if (values.format === "json") {
      io.stdout(checkResultToJson(result));
    } else {
      const title = `${report.agency.name ?? report.agency.id} — ${report.period.kind} ${report.period.year} (${report.period.from} → ${report.period.to})`;
      io.stdout(
        `${title}, ${lang === "vi" ? "mẫu phụ lục" : "catalog"} ${result.catalogVersion}\n\n${textReport(result.findings, lang)}`,
      );
      io.stdout(
        lang === "vi"
          ? `${result.ok ? "ĐẠT" : "KHÔNG ĐẠT"}: ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin; ${s.rulesRun} quy tắc đã chạy, ${s.rulesSkipped} bỏ qua (thiếu số liệu hoặc chưa hiệu lực). Trạng thái: ${STATUS[result.status].vi} (${result.status}).\n`
          : `${result.ok ? "OK" : "NOT OK"}: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos; ${s.rulesRun} rules run, ${s.rulesSkipped} skipped (missing values or not in force). Status: ${STATUS[result.status].en} (${result.status}).\n`,
      );
    }
    if (values["exit-zero"] === true) return 0;
    return result.ok ? 0 : 1;
  },
};
