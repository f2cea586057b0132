import { ON_TIME_RATE_PROFILES } from "../../catalog/dossier-profiles.js";
import { type DossierTableOptions, importDossierTable } from "../../io/dossier-table.js";
import type { DossierFlow } from "../../model/dossier-flow.js";
import { formatVietnameseNumber } from "../../numbers/format.js";
import { checkDossierTable, dossierTableCheckToJson } from "../../rollup/dossier-check.js";
import type { Finding, Lang, Severity } from "../../rules/finding.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";
import { readTextFile } from "../input.js";
import { MAX_INPUT_BYTES } from "../io.js";

const HEADINGS: Record<Severity, { vi: string; en: string }> = {
  error: { vi: "Lỗi", en: "Errors" },
  warning: { vi: "Cảnh báo", en: "Warnings" },
  info: { vi: "Thông tin", en: "Infos" },
};

function shownNumber(s: string | number | null | undefined, lang: Lang): string {
  if (s === null || s === undefined) return "-";
  const t = String(s);
  if (lang !== "vi" || !/^\d+(?:\.\d+)?$/.test(t)) return t;
  try {
    return formatVietnameseNumber(t);
  } catch {
    return t;
  }
}

function findingLines(findings: readonly Finding[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const sev of ["error", "warning", "info"] as const) {
    const group = findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    lines.push(`${HEADINGS[sev][lang]} (${group.length})`);
    for (const f of group) lines.push(`  ${f.rule.padEnd(22)}  ${f.message}`);
    lines.push("");
  }
  return lines;
}

/**
 * `cchc dossiers <file>`: reads a wide dossier table (TSV/CSV), checks its flow identities, printed
 * rates, shares and published totals, and prints the findings. Exit 0 without error findings, 1 with
 * one, 2 when the file cannot be read.
 */
export const dossiersCommand: Command = {
  name: "dossiers",
  summary: "Kiểm tra bảng thống kê hồ sơ TTHC / check a dossier statistics table",
  usage: "dossiers <file> [--profile NAME] [--period P] [--lang vi|en] [--format text|json]",
  options: {
    profile: {
      type: "string",
      choices: ON_TIME_RATE_PROFILES.map((p) => p.id),
      default: "template",
      help: "on-time-rate definition the table uses",
    },
    period: { type: "string", help: "period the table covers (copied onto every row)" },
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
    lang: { type: "string", choices: ["vi", "en"], default: "vi", help: "language of the messages" },
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, values, io }) {
    const path = positionals[0] as string;
    const lang: Lang = values.lang === "en" ? "en" : "vi";
    const profile = typeof values.profile === "string" ? values.profile : "template";
    const text = await readTextFile(io, path);
    if (text.length > MAX_INPUT_BYTES) throw new CliError(`tệp quá lớn: ${path}`, `file too large: ${path}`);
    const options: DossierTableOptions = { lang, profile };
    if (typeof values.period === "string") options.period = values.period;
    const imported = importDossierTable(text, options);
    if (!imported.ok) {
      throw new CliError(`${path}: ${imported.error.message.vi}`, `${path}: ${imported.error.message.en}`);
    }
    const check = checkDossierTable(imported, { profile, lang });
    const { rows, findings, rates, ok } = check;
    const computedTotal = check.totals.computed;
    const errors = findings.filter((f) => f.severity === "error").length;
    const warnings = findings.filter((f) => f.severity === "warning").length;
    if (values.format === "json") {
      io.stdout(dossierTableCheckToJson(check));
      return ok ? 0 : 1;
    }
    const out: string[] = [];
    const p = ON_TIME_RATE_PROFILES.find((x) => x.id === profile);
    out.push(
      lang === "vi"
        ? `${path}: ${rows.length} dòng; cách tính tỷ lệ đúng hạn: ${profile} — ${p?.formula ?? ""}`
        : `${path}: ${rows.length} rows; on-time-rate profile: ${profile} — ${p?.formula ?? ""}`,
    );
    out.push(lang === "vi" ? "Cột:" : "Columns:");
    for (const c of imported.columns) {
      if (c.header === "") continue;
      const role =
        c.role === "share"
          ? `share(${c.of} / ${c.base})`
          : (c.role ?? (lang === "vi" ? "(bỏ qua)" : "(ignored)"));
      out.push(`  ${String(c.index + 1).padStart(2)}. ${c.header} → ${role}`);
    }
    out.push("");
    const w = Math.min(40, Math.max(8, ...rows.map((r) => r.unit.length)));
    out.push(
      `  ${(lang === "vi" ? "Đơn vị" : "Unit").padEnd(w)}  ${(lang === "vi" ? "Cần GQ" : "To proc.").padStart(9)}  ${(lang === "vi" ? "Đã GQ" : "Resolved").padStart(9)}  ${(lang === "vi" ? "Tỷ lệ ghi" : "Reported").padStart(9)}  ${(lang === "vi" ? "Tính lại" : "Computed").padStart(9)}`,
    );
    for (const r of [...rates.rows, rates.total]) {
      const flow = r === rates.total ? computedTotal : (rows[rates.rows.indexOf(r)] as DossierFlow);
      out.push(
        `  ${r.unit.slice(0, w).padEnd(w)}  ${shownNumber(flow.toProcess, lang).padStart(9)}  ${shownNumber(flow.resolved, lang).padStart(9)}  ${shownNumber(r.reported, lang).padStart(9)}  ${shownNumber(r.computed, lang).padStart(9)}`,
      );
    }
    out.push("");
    out.push(...findingLines(findings, lang));
    out.push(
      lang === "vi"
        ? `${ok ? "ĐẠT" : "KHÔNG ĐẠT"}: ${errors} lỗi, ${warnings} cảnh báo.`
        : `${ok ? "OK" : "NOT OK"}: ${errors} errors, ${warnings} warnings.`,
    );
    io.stdout(`${out.join("\n")}\n`);
    return ok ? 0 : 1;
  },
};
