import { checkNarrative } from "../../io/narrative.js";
import { InvalidDecimalError } from "../../numbers/decimal.js";
import { formatVietnameseNumber } from "../../numbers/format.js";
import { checkReport } from "../../rules/engine.js";
import type { Finding, FindingValue, Lang, Severity } from "../../rules/finding.js";
import type { CheckStatus } from "../../rules/types.js";
import type { Command } from "../command.js";
import { type LoadAnyOptions, loadReportAny } from "../input.js";

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
 * `cchc check <file>`: checks a report against its appendix catalog and prints every finding.
 * Exit 0 without error findings, 1 with one (0 with `--exit-zero`), 2 when the file cannot be read.
 */
export const checkCommand: Command = {
  name: "check",
  summary: "Kiểm tra số liệu phụ lục của báo cáo / check a report's appendix figures",
  usage: "check <file> [--format text|json] [--lang vi|en] [--period 2022H1] [--agency <id>] [--exit-zero]",
  options: {
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
    lang: { type: "string", choices: ["vi", "en"], default: "vi", help: "language of the messages" },
    period: { type: "string", help: "period id when a text/TSV file does not say it (2022H1, 2022Q3, 2022)" },
    agency: { type: "string", help: "reporting agency id when a text/TSV file does not name it" },
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
    const loadOptions: LoadAnyOptions = { lang };
    if (typeof values.period === "string") loadOptions.period = values.period;
    if (typeof values.agency === "string") loadOptions.agency = values.agency;
    const { report, importFindings } = await loadReportAny(io, path, loadOptions);
    const result = checkReport(report, {
      lang,
      importFindings: [...importFindings, ...checkNarrative(report, { lang })],
    });
    const s = result.summary;
    if (values.format === "json") {
      io.stdout(
        `${JSON.stringify(
          {
            ok: result.ok,
            status: result.status,
            coverage: result.coverage,
            ...(result.issues ? { issues: result.issues } : {}),
            catalogVersion: result.catalogVersion,
            findings: result.findings,
            summary: s,
          },
          null,
          2,
        )}\n`,
      );
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
