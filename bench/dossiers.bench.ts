/**
 * Dossier-table benchmark: 10 000 unit rows checked — every flow identity plus the printed on-time rate,
 * the rows' rates printed under every on-time-rate profile in turn (a rate in five printed with one
 * decimal, a row in ten off by one dossier) — against a naive baseline in the same run
 * that does the same comparisons with the numbers area's general decimal functions
 * (`compareReportedSum`, `compareReportedRate`) and no integer fast path.
 * Target (issue): 10 000 unit rows in under 100 ms.
 */
import {
  completeDossierFlow,
  ON_TIME_RATE_PROFILES,
  profileComponents,
} from "../src/catalog/dossier-profiles.js";
import type { DossierFlow, DossierFlowField } from "../src/model/dossier-flow.js";
import { compareReportedRate, compareReportedSum } from "../src/numbers/interval.js";
import { checkDossierFlows } from "../src/rules/dossier-flow.js";
import { type BenchResult, compare, measure, rng } from "./harness.js";

const N = 10_000;

function rows(): DossierFlow[] {
  const r = rng(20240331);
  const out: DossierFlow[] = [];
  for (let i = 0; i < N; i++) {
    const early = Math.floor(r() * 3000);
    const onTime = Math.floor(r() * 1000);
    const late = Math.floor(r() * 50);
    const within = Math.floor(r() * 200);
    const overdue = Math.floor(r() * 20);
    const resolved = early + onTime + late;
    const pending = within + overdue;
    const carriedOver = Math.min(Math.floor(r() * 100), resolved + pending);
    const received = resolved + pending - carriedOver;
    const online = Math.floor(received * r());
    const flow: DossierFlow = {
      unit: `Đơn vị ${i}`,
      carriedOver,
      received,
      receivedOnline: online,
      receivedInPerson: received - online,
      receivedPostal: 0,
      toProcess: resolved + pending,
      resolved,
      resolvedEarly: early,
      resolvedOnTime: onTime,
      resolvedLate: late,
      pending,
      pendingWithinDeadline: within,
      pendingOverdue: overdue,
    };
    if (i % 10 === 0) flow.resolvedLate = late + 1; // one row in ten is off by one dossier
    out.push(flow);
  }
  return out;
}

const IDENTITIES: [DossierFlowField, DossierFlowField[]][] = [
  ["toProcess", ["carriedOver", "received"]],
  ["toProcess", ["resolved", "pending"]],
  ["resolved", ["resolvedEarly", "resolvedOnTime", "resolvedLate"]],
  ["pending", ["pendingWithinDeadline", "pendingOverdue"]],
  ["received", ["receivedOnline", "receivedInPerson", "receivedPostal"]],
];

/** The same checks written plainly with the general decimal comparisons. */
function naive(flows: readonly DossierFlow[]): number {
  let found = 0;
  for (const f of flows) {
    const profile = ON_TIME_RATE_PROFILES.find((p) => p.id === f.profile) ?? ON_TIME_RATE_PROFILES[0]!;
    const c = completeDossierFlow(f);
    for (const [total, parts] of IDENTITIES) {
      const t = c[total];
      const ps = parts.map((p) => c[p]);
      if (t === undefined || ps.some((p) => p === undefined)) continue;
      const s = compareReportedSum(
        { value: String(t), decimals: 0 },
        ps.map((p) => ({ value: String(p), decimals: 0 })),
      );
      if (s.status !== "consistent") found++;
    }
    const comp = profileComponents(profile, c);
    if (comp === null || f.onTimeRate === undefined) continue;
    const dot = f.onTimeRate.indexOf(".");
    const decimals = dot < 0 ? 0 : f.onTimeRate.length - dot - 1;
    const x = compareReportedRate({ value: f.onTimeRate, decimals }, comp.numerator, comp.denominator);
    if (x.status !== "consistent") found++;
  }
  return found;
}

/**
 * The rows with their on-time rate printed under a profile each (row i under profile i mod 6, named in
 * `row.profile`; 2 decimals, one row in five with 1).
 */
function printedUnderEveryProfile(flows: readonly DossierFlow[]): DossierFlow[] {
  return flows.map((f, i) => {
    const profile = ON_TIME_RATE_PROFILES[i % ON_TIME_RATE_PROFILES.length]!;
    const c = profileComponents(profile, completeDossierFlow(f));
    if (c === null || c.denominator === 0) return f;
    const onTimeRate = ((100 * c.numerator) / c.denominator).toFixed(i % 5 === 0 ? 1 : 2);
    return { ...f, profile: profile.id, onTimeRate };
  });
}

export async function run(): Promise<BenchResult[]> {
  const flows = printedUnderEveryProfile(rows());
  let sink = 0;
  const subject = measure(
    "checkDossierFlows (identities + each row's rate under its profile)",
    N,
    () => {
      sink += checkDossierFlows(flows).length;
    },
    8,
  );
  const baseline = measure(
    "naive: decimal compareReportedSum / compareReportedRate",
    N,
    () => {
      sink += naive(flows);
    },
    3,
  );
  if (sink < 0) console.log(sink);
  return [
    compare(
      "dossiers.check-rows",
      "unit row",
      subject,
      baseline,
      "10 000 unit rows (identities + every profile) < 100 ms",
      {
        msFor10000Rows: Number(subject.ms.toFixed(1)),
        baselineMsFor10000Rows: Number(baseline.ms.toFixed(1)),
        profiles: ON_TIME_RATE_PROFILES.length,
      },
    ),
  ];
}
