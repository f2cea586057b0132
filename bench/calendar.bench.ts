/**
 * Calendar benchmarks: (1) classifying 1 M synthetic dossiers with `countDossiers` (prefix sums over
 * epoch days) against a straightforward implementation (date-fns `addDays` day by day with a holiday
 * Set); (2) converting every day 1900–2199 solar → lunar → solar with the per-year memo against the
 * uncached astronomical computation; (3) `addWorkingDays` against a day-by-day loop.
 */
import { addDays } from "date-fns";
import {
  countDossiers,
  type DossierLike,
  defaultCalendar,
  fromEpochDay,
  lunarToSolar,
  toEpochDay,
} from "../src/calendar/index.js";
import { lunarOfDayUncached, solarToLunar } from "../src/calendar/lunar.js";
import { type BenchResult, compare, measure, rng } from "./harness.js";

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

function synthetic(count: number): DossierLike[] {
  const rand = rng(42);
  const start = Date.UTC(2022, 0, 1) / 1000;
  const span = 4 * 365 * 86400;
  const channels = ["online", "in-person", "postal"] as const;
  const out: DossierLike[] = [];
  const iso = (sec: number) => {
    const d = new Date((sec + 7 * 3600) * 1000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+07:00`;
  };
  for (let i = 0; i < count; i++) {
    const r = start + Math.floor(rand() * span);
    const n = 1 + Math.floor(rand() * 30);
    const d: DossierLike = { id: `HS${i}`, receivedAt: iso(r), channel: channels[i % 3]!, workingDays: n };
    if (rand() < 0.9) d.resolvedAt = iso(r + Math.floor(rand() * (n + 12) * 86400 * 1.4));
    out.push(d);
  }
  return out;
}

/** The straightforward implementation: parse with Date, step with date-fns addDays, look days up in Sets. */
function naiveCounts(dossiers: readonly DossierLike[], asOf: string) {
  const cal = defaultCalendar();
  const off = new Set<string>();
  const makeUp = new Set<string>();
  for (let y = 2021; y <= 2027; y++) {
    for (const h of cal.holidaysIn(y)) off.add(h.date);
    for (const m of cal.makeUpWorkingDays(y)) makeUp.add(m.date);
  }
  const vnDate = (s: string | Date) =>
    new Date(new Date(s).getTime() + 7 * 3600000).toISOString().slice(0, 10);
  const counts = { early: 0, onTime: 0, late: 0, within: 0, overdue: 0 };
  for (const d of dossiers) {
    let day = new Date(`${vnDate(d.receivedAt)}T00:00:00Z`);
    let left = d.workingDays;
    while (left > 0) {
      day = addDays(day, 1);
      const s = day.toISOString().slice(0, 10);
      const wd = day.getUTCDay();
      if (makeUp.has(s) || (wd !== 0 && wd !== 6 && !off.has(s))) left--;
    }
    const due = day.toISOString().slice(0, 10);
    if (d.resolvedAt !== undefined) {
      const r = vnDate(d.resolvedAt);
      if (r < due) counts.early++;
      else if (r === due) counts.onTime++;
      else counts.late++;
    } else if (asOf > due) counts.overdue++;
    else counts.within++;
  }
  return counts;
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const cal = defaultCalendar();

  // (1) 1 M dossiers.
  const big = synthetic(1_000_000);
  const sample = big.slice(0, 100_000);
  const period = { from: "2021-12-15", to: "2026-12-14" };
  const fast = countDossiers(big, { period });
  const check = naiveCounts(big.slice(0, 20_000), period.to);
  const fastCheck = countDossiers(big.slice(0, 20_000), { period });
  if (check.early !== fastCheck.resolved.early || check.late !== fastCheck.resolved.late) {
    throw new Error(
      `benchmark implementations disagree: ${JSON.stringify(check)} vs ${JSON.stringify(fastCheck.resolved)}`,
    );
  }
  const subject = measure("countDossiers (prefix sums)", big.length, () => countDossiers(big, { period }));
  const baseline = measure(
    "date-fns addDays + holiday Set",
    sample.length,
    () => naiveCounts(sample, period.to),
    2,
  );
  results.push(
    compare("calendar.classify-1M", "dossier", subject, baseline, "≥ 2M dossiers/s, ≥ 50×", {
      processed: fast.processed,
      resolved: fast.resolved,
      pending: fast.pending,
    }),
  );

  // (2) Every day 1900–2199, both ways.
  const a = toEpochDay("1900-01-01");
  const b = toEpochDay("2199-12-31");
  const days = b - a + 1;
  const memo = measure(`solar→lunar→solar, ${days} days (memoised years)`, days, () => {
    for (let d = a; d <= b; d++) lunarToSolar(solarToLunar(fromEpochDay(d)));
  });
  const step = 97;
  const uncached = measure(
    "solar→lunar, uncached astronomy",
    Math.ceil(days / step),
    () => {
      for (let d = a; d <= b; d += step) lunarOfDayUncached(d);
    },
    2,
  );
  results.push(
    compare(
      "calendar.lunar-all-days",
      "conversion",
      memo,
      uncached,
      "all days 1900–2199 both ways well under 1 s",
      { allDaysMs: Math.round(memo.ms) },
    ),
  );

  // (3) addWorkingDays O(1) vs a day-by-day loop.
  const rand = rng(7);
  const starts = Array.from({ length: 200_000 }, () => toEpochDay("2000-01-01") + Math.floor(rand() * 30000));
  const ns = starts.map(() => 1 + Math.floor(rand() * 60));
  const o1 = measure("days.addWorkingDays (index)", starts.length, () => {
    let s = 0;
    for (let i = 0; i < starts.length; i++) s += cal.days.addWorkingDays(starts[i]!, ns[i]!);
    return s;
  });
  const loop = measure("day-by-day isWorkingDay loop", starts.length, () => {
    let s = 0;
    for (let i = 0; i < starts.length; i++) {
      let d = starts[i]!;
      let left = ns[i]!;
      while (left > 0) if (cal.days.isWorkingDay(++d)) left--;
      s += d;
    }
    return s;
  });
  results.push(compare("calendar.add-working-days", "call", o1, loop));
  return results;
}
