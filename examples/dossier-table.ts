/**
 * Checks a province's dossier statistics table (one row per administrative level and a published total)
 * under the appendix template's on-time rate, then shows every row's rate under every definition.
 *
 *   npx tsx examples/dossier-table.ts
 */
import { dossierFlowRates } from "cchc/indicators";
import { importDossierTable } from "cchc/io";
import { checkDossierFlows } from "cchc/rules";

const table = [
  "Cấp giải quyết\tTừ kỳ trước chuyển qua\tTiếp nhận mới\tCần giải quyết\tĐã giải quyết\tTrước hạn\tĐúng hạn\tQuá hạn\tĐang giải quyết\tTrong hạn\tQuá hạn\tTỷ lệ đúng hạn",
  "Cấp tỉnh\t1.210\t48.230\t49.440\t47.710\t36.120\t11.200\t390\t1.730\t1.610\t120\t99,18%",
  // printed with QĐ 766's definition, which here is also the template's rate cut instead of rounded
  "Cấp xã\t815\t180.320\t181.135\t180.210\t150.100\t29.800\t310\t925\t900\t25\t99,82%",
  // off by three dossiers
  "Tổng cộng\t2.025\t228.547\t230.575\t227.920\t186.220\t41.000\t700\t2.655\t2.510\t145\t99,69%",
].join("\n");

export function main(): string {
  const imported = importDossierTable(table, { period: "2024H1" });
  if (!imported.ok) return imported.error.message.en;
  const lines = imported.columns.map((c) => `${c.header} → ${c.role}`);
  for (const f of checkDossierFlows(imported.rows, { lang: "en" }))
    lines.push(`${f.severity} ${f.rule}: ${f.message}`);
  for (const row of imported.rows) {
    const rates = Object.entries(dossierFlowRates(row)).map(([id, r]) => `${id} ${r.value ?? "-"}`);
    lines.push(`${row.unit}: ${rates.join(", ")}`);
  }
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) console.log(main());
