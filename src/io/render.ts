/**
 * Trình bày báo cáo: the appendix as Markdown, a printable HTML page, or CSV.
 * @module
 */
import { findCatalogVersion, indexCatalog, selectCatalog } from "../catalog/lookup.js";
import type { Catalog, CatalogRow } from "../catalog/types.js";
import { resolveValue } from "../catalog/values.js";
import type { IndicatorValue, Report } from "../model/report.js";
import { InvalidDecimalError } from "../numbers/decimal.js";
import { formatVietnameseNumber } from "../numbers/format.js";
import type { Finding, Lang } from "../rules/finding.js";

/**
 * Tùy chọn trình bày.
 * @example
 * const o: RenderOptions = { to: "html", lang: "vi", findings: [] };
 */
export interface RenderOptions {
  to: "md" | "html" | "csv";
  /** Labels and messages language (default `vi`). */
  lang?: Lang;
  /**
   * Findings to show beside their rows: a findings column in Markdown, HTML and CSV (CSV: `[severity]
   * message`, several joined by ` | `; findings of no row on a last row). Without findings the CSV has
   * the five columns the importer reads back.
   */
  findings?: readonly Finding[];
  /** CSV: start with a UTF-8 byte-order mark (Excel) — default false. */
  bom?: boolean;
  /** Appendix template (default: the version in force at the period's end, or `report.catalogVersion`). */
  catalog?: Catalog;
}

const LABELS = {
  vi: {
    code: "Mã",
    name: "Chỉ tiêu",
    unit: "Đơn vị tính",
    value: "Số liệu",
    note: "Ghi chú",
    findings: "Phát hiện",
    report: "Phát hiện chung",
    other: "Ngoài mẫu phụ lục",
    title: "Phụ lục: Thống kê số liệu về kết quả thực hiện công tác CCHC",
    period: "Kỳ báo cáo",
  },
  en: {
    code: "Code",
    name: "Indicator",
    unit: "Unit",
    value: "Value",
    note: "Note",
    findings: "Findings",
    report: "Report-level findings",
    other: "Not in the appendix template",
    title: "Appendix: statistics on administrative reform (CCHC) results",
    period: "Period",
  },
} as const;

/** A value as written: its raw text, else its number, else empty. */
function asWritten(v: IndicatorValue | undefined): string {
  return v?.raw ?? (v?.value != null ? String(v.value) : "");
}

/**
 * Formats a value for display, read as the rules read it (the library's one resolver): a plain number in
 * vi-VN style (`20.000`, `37,03%`); anything else — a fraction, a coded label, a dash, an ambiguous or
 * unreadable text — as written.
 */
function display(id: string, v: IndicatorValue | undefined, row: CatalogRow | undefined): string {
  if (!v) return "";
  const written = asWritten(v);
  const r = resolveValue(id, v, row);
  if (r.kind !== "number" || r.value === null || r.ambiguous || r.coded)
    return written.trim() === "" ? "" : written;
  try {
    const n = formatVietnameseNumber(r.value, { percent: r.percent && v.raw !== undefined });
    return r.unitWord ? `${n} ${r.unitWord}` : n;
  } catch (e) {
    // documented: a number beyond the formatter's length limit is shown as written
    if (!(e instanceof InvalidDecimalError)) throw e;
    return written;
  }
}

export interface Line {
  id: string;
  code: string;
  name: string;
  unit: string;
  value: string;
  raw: string;
  note: string;
  group: boolean;
  depth: number;
  findings: Finding[];
}

export function lines(report: Report, options: RenderOptions): { lines: Line[]; general: Finding[] } {
  const lang = options.lang ?? "vi";
  const catalog =
    options.catalog ??
    (report.catalogVersion ? findCatalogVersion(report.catalogVersion) : undefined) ??
    selectCatalog(report.period.to).catalog;
  const idx = indexCatalog(catalog);
  const byCode = new Map<string, Finding[]>();
  const general: Finding[] = [];
  for (const f of options.findings ?? []) {
    const key = f.code ?? f.codes[0];
    if (key && (idx.byId.has(key) || Object.hasOwn(report.values, key))) {
      const l = byCode.get(key);
      if (l) l.push(f);
      else byCode.set(key, [f]);
    } else general.push(f);
  }
  const out: Line[] = [];
  for (const row of catalog.rows) {
    const v = report.values[row.id];
    out.push({
      id: row.id,
      code: row.code ?? "-",
      name: row.name[lang],
      unit: v?.unit ?? row.unit?.[lang] ?? "",
      value: display(row.id, v, row),
      raw: asWritten(v),
      note: v?.note ?? "",
      group: row.kind === "group",
      depth: row.id.split(".").length - 1,
      findings: byCode.get(row.id) ?? [],
    });
  }
  for (const [id, v] of Object.entries(report.values)) {
    if (idx.byId.has(id)) continue;
    out.push({
      id,
      code: id,
      name: LABELS[lang].other,
      unit: v.unit ?? "",
      value: display(id, v, undefined),
      raw: asWritten(v),
      note: v.note ?? "",
      group: false,
      depth: 0,
      findings: byCode.get(id) ?? [],
    });
  }
  return { lines: out, general };
}

/** Escapes text for HTML (element content and attribute values). */
export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

function mdCell(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF. */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const SEVERITY_COLOUR = { error: "#b00020", warning: "#9a6700", info: "#0b5cad" } as const;
const SEVERITY_BG = { error: "#fde7ea", warning: "#fff4d6", info: "#e8f1fb" } as const;

/**
 * Trình bày báo cáo: renders the appendix in catalog order —
 * `md`: a Markdown table (vi-VN numbers, Vietnamese labels or English with `lang: "en"`, a findings
 * column when findings are given); `html`: a self-contained printable page (inline CSS, no external
 * assets, every text HTML-escaped) with each finding highlighted beside its row in its severity's
 * colour; `csv`: RFC 4180 (CRLF, quoted fields), values as written so that {@link importAppendix}
 * reads them back (a sixth column with the findings when they are given), optional UTF-8 BOM. Never throws.
 * @example
 * renderReport(report, { to: "md" }).split("\n")[0]; // "# Phụ lục: …"
 * renderReport(report, { to: "csv", bom: true }).charCodeAt(0); // 0xfeff
 */
export function renderReport(report: Report, options: RenderOptions): string {
  const lang = options.lang === "en" ? "en" : "vi";
  const L = LABELS[lang];
  const { lines: rows, general } = lines(report, { ...options, lang });
  const who = report.agency.name ?? report.agency.id;
  const when = `${report.period.from} → ${report.period.to}`;
  const withFindings = (options.findings?.length ?? 0) > 0;
  if (options.to === "csv") {
    const cols = [L.code, L.name, L.unit, L.value, L.note, ...(withFindings ? [L.findings] : [])];
    const text = (fs: readonly Finding[]) => fs.map((f) => `[${f.severity}] ${f.message}`).join(" | ");
    const body = rows
      .filter((r) => !(r.group && r.raw === "" && r.note === "" && r.findings.length === 0))
      .map((r) =>
        [r.id, r.name, r.unit, r.raw, r.note, ...(withFindings ? [text(r.findings)] : [])]
          .map(csvField)
          .join(","),
      );
    const tail =
      withFindings && general.length
        ? [["", L.report, "", "", "", text(general)].map(csvField).join(",")]
        : [];
    return `${options.bom ? "\ufeff" : ""}${[cols.map(csvField).join(","), ...body, ...tail].join("\r\n")}\r\n`;
  }
  if (options.to === "md") {
    const out = [`# ${L.title}`, "", `${who} — ${L.period}: ${when}`, ""];
    const cols = [L.code, L.name, L.unit, L.value, L.note, ...(withFindings ? [L.findings] : [])];
    out.push(`| ${cols.join(" | ")} |`, `|${cols.map(() => "---").join("|")}|`);
    for (const r of rows) {
      const name = r.group
        ? `**${mdCell(r.name)}**`
        : `${"&nbsp;".repeat(2 * Math.max(0, r.depth - 1))}${mdCell(r.name)}`;
      const f = r.findings.map(
        (x) => `${x.severity === "error" ? "⛔" : x.severity === "warning" ? "⚠️" : "ℹ️"} ${mdCell(x.message)}`,
      );
      out.push(
        `| ${[r.code, name, mdCell(r.unit), mdCell(r.value), mdCell(r.note), ...(withFindings ? [f.join("<br>")] : [])].join(" | ")} |`,
      );
    }
    if (general.length) {
      out.push("", `## ${L.report}`, "");
      for (const g of general) out.push(`- **${g.severity}** \`${g.rule}\`: ${mdCell(g.message)}`);
    }
    return `${out.join("\n")}\n`;
  }
  const css = [
    "body{font-family:'Times New Roman',serif;margin:2em;color:#111}",
    "table{border-collapse:collapse;width:100%;font-size:13px}",
    "th,td{border:1px solid #999;padding:3px 6px;vertical-align:top}",
    "th{background:#eee}",
    "tr.group td{font-weight:bold;background:#f7f7f7}",
    "td.num{text-align:right;white-space:nowrap}",
    ".f{display:block;margin:1px 0;padding:1px 4px;border-left:4px solid}",
    ...(["error", "warning", "info"] as const).map(
      (s) =>
        `.f.${s}{border-color:${SEVERITY_COLOUR[s]};background:${SEVERITY_BG[s]};color:${SEVERITY_COLOUR[s]}}`,
    ),
    ...(["error", "warning", "info"] as const).map(
      (s) => `tr.has-${s} td:first-child{box-shadow:inset 4px 0 ${SEVERITY_COLOUR[s]}}`,
    ),
    "@media print{body{margin:0}tr{page-break-inside:avoid}}",
  ].join("\n");
  const e = escapeHtml;
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const body = rows
    .map((r) => {
      const worst = r.findings.reduce<Finding | null>(
        (a, f) => (!a || rank[f.severity] < rank[a.severity] ? f : a),
        null,
      );
      const cls = [r.group ? "group" : "", worst ? `has-${worst.severity}` : ""].filter(Boolean).join(" ");
      const fs = r.findings
        .map((f) => `<span class="f ${f.severity}" title="${e(f.rule)}">${e(f.message)}</span>`)
        .join("");
      return `<tr${cls ? ` class="${cls}"` : ""}><td>${e(r.code)}</td><td style="padding-left:${6 + 12 * Math.max(0, r.depth - 1)}px">${e(r.name)}</td><td>${e(r.unit)}</td><td class="num">${e(r.value)}</td><td>${e(r.note)}</td>${withFindings ? `<td>${fs}</td>` : ""}</tr>`;
    })
    .join("\n");
  const gen = general.length
    ? `<h2>${e(L.report)}</h2><ul>${general.map((g) => `<li><span class="f ${g.severity}">${e(g.message)}</span></li>`).join("")}</ul>`
    : "";
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${e(L.title)} — ${e(who)}</title>
<style>
${css}
</style>
</head>
<body>
<h1>${e(L.title)}</h1>
<p>${e(who)} — ${e(L.period)}: ${e(when)}</p>
${gen}
<table>
<thead><tr><th>${e(L.code)}</th><th>${e(L.name)}</th><th>${e(L.unit)}</th><th>${e(L.value)}</th><th>${e(L.note)}</th>${withFindings ? `<th>${e(L.findings)}</th>` : ""}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}
