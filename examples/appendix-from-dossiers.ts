/**
 * Computes the procedure and dossier rows of an appendix (3.1.4, 3.3.1, 3.4.1, 7.7.x, 7.8.x) from a list
 * of procedures and dossiers, then checks the result with the rule engine.
 *
 *   npx tsx examples/appendix-from-dossiers.ts
 */
import { reportFromRecords } from "cchc/indicators";
import { DossierSchema, ProcedureSchema } from "cchc/model";
import { checkReport } from "cchc/rules";

const procedures = [
  {
    code: "1.004363",
    name: "Công bố hợp quy",
    level: "province",
    processingDays: 5,
    onlineLevel: { regime: "nd43-2011", level: 4 },
    hasFee: true,
    onlinePayment: true,
    postal: { receive: true, return: true },
  },
  {
    code: "1.001234",
    name: "Cấp giấy chứng nhận đăng ký hoạt động",
    level: "province",
    processingDays: 10,
    onlineLevel: { regime: "nd43-2011", level: 3 },
    hasFee: true,
    oneStop: "inter-agency-same-level",
  },
  { code: "2.000111", name: "Thủ tục cấp xã", level: "commune", processingDays: 3 },
].map((p) => ProcedureSchema.parse(p));

const at = (d: string, t = "09:00") => `${d}T${t}:00+07:00`;
const dossiers = [
  {
    id: "HS-01",
    procedureCode: "1.004363",
    channel: "online",
    receivedAt: at("2022-03-01"),
    resolvedAt: at("2022-03-04"),
    status: "resolved",
  },
  {
    id: "HS-02",
    procedureCode: "1.004363",
    channel: "postal",
    receivedAt: at("2022-03-07"),
    resolvedAt: at("2022-03-14", "16:00"),
    returnedByPost: true,
    returnedAt: at("2022-03-15"),
    status: "returned",
  },
  {
    id: "HS-03",
    procedureCode: "1.001234",
    channel: "in-person",
    receivedAt: at("2022-04-01"),
    resolvedAt: at("2022-04-29"),
    status: "resolved",
  },
  {
    id: "HS-04",
    procedureCode: "1.001234",
    channel: "online",
    receivedAt: at("2022-06-08"),
    status: "processing",
  },
  {
    id: "HS-05",
    procedureCode: "2.000111",
    channel: "in-person",
    receivedAt: at("2021-12-10"),
    resolvedAt: at("2022-01-05"),
    status: "resolved",
  },
].map((d) => DossierSchema.parse(d));

export function main(): string {
  const { report, issues, dossierCounts } = reportFromRecords({
    agency: { id: "khanh-hoa/skhcn", name: "Sở Khoa học và Công nghệ" },
    period: { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" },
    procedures,
    dossiers,
  });
  const lines = [`${report.agency.name} — ${report.period.from} → ${report.period.to}`];
  for (const [id, v] of Object.entries(report.values)) lines.push(`${id.padEnd(8)} ${v.value}`);
  lines.push(
    `counts: received ${dossierCounts?.received}, carried over ${dossierCounts?.carriedOver}, resolved early ${dossierCounts?.resolved.early} / on time ${dossierCounts?.resolved.onTime} / late ${dossierCounts?.resolved.late}, pending ${dossierCounts?.pending.total}`,
  );
  lines.push(`issues: ${issues.length}`);
  const check = checkReport(report, { lang: "en" });
  lines.push(`check: ${check.summary.errors} errors, ${check.summary.warnings} warnings`);
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) console.log(main());
