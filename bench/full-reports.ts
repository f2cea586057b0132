/**
 * Full-size unit reports for the benchmarks: clones of examples/khanh-hoa-skhcn-2022h1.json (every row,
 * raw Vietnamese strings such as `54 TTHC`, `37,03%`, `732VBĐT/876VBD`, the notes) with distinct agency
 * ids and varied numbers. Every count of a unit is scaled by one factor, so its parts still add up and
 * its rates still match; then a few rows per unit are nudged, which gives the few inconsistencies a real
 * unit report has (a part larger than its total, a rate that no longer matches).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IndicatorValue, Report } from "../src/model/report.js";
import { rng } from "./harness.js";

const here = dirname(fileURLToPath(import.meta.url));
export const EXAMPLE: Report = JSON.parse(
  readFileSync(join(here, "..", "examples", "khanh-hoa-skhcn-2022h1.json"), "utf8"),
) as Report;

/** The period every generated report is for (the example's own). */
export const FULL_PERIOD = EXAMPLE.period;

const pad = (s: string, width: number) => s.padStart(width, "0");

/** Scales every integer written in `raw` by `k` (keeps leading zeros' width, the thousands dot, units). */
function scaleRaw(raw: string, k: number): string {
  if (raw.includes("%") || raw.includes(",")) return raw; // percentages stay: scaled parts keep the rate
  return raw.replace(/\d+(?:\.\d{3})*/g, (m) => {
    const n = Number(m.replace(/\./g, "")) * k;
    if (m.includes(".")) return n.toLocaleString("de-DE");
    return m.startsWith("0") && m.length > 1 ? pad(String(n), m.length) : String(n);
  });
}

/** Rows nudged to make a unit's few inconsistencies (one or two per unit). */
const NUDGE = ["1.2.a", "3.1.4.a", "3.4.1.c", "4.2.b", "7.7.4.b", "2.3.c", "6.2.4.c"];

/** `n` full reports with agency ids `${prefix}${i}`, deterministic in `seed`. */
export function makeFullReports(n: number, seed: number, prefix = "u"): Report[] {
  const r = rng(seed);
  const out: Report[] = [];
  for (let i = 0; i < n; i++) out.push(makeFullReport(i, r, prefix));
  return out;
}

/** One full report (the i-th of a generated series). */
export function makeFullReport(i: number, r: () => number, prefix = "u"): Report {
  const k = 1 + Math.floor(r() * 9);
  const values: Record<string, IndicatorValue> = {};
  for (const [id, v] of Object.entries(EXAMPLE.values)) {
    const c: IndicatorValue = { ...v };
    if (typeof v.raw === "string") c.raw = scaleRaw(v.raw, k);
    if (typeof v.unit === "string" && !v.unit.includes("%")) c.unit = v.unit;
    values[id] = c;
  }
  const nudges = 1 + Math.floor(r() * 2);
  for (let j = 0; j < nudges; j++) {
    const id = NUDGE[Math.floor(r() * NUDGE.length)] ?? "1.2.a";
    const v = values[id];
    if (v && typeof v.raw === "string") v.raw = String(Number(v.raw.replace(/\D/g, "") || "0") + 1 + j);
  }
  return {
    format: EXAMPLE.format,
    agency: { id: `${prefix}${i}`, name: `${EXAMPLE.agency.name ?? ""} ${i}` },
    period: EXAMPLE.period,
    catalogVersion: EXAMPLE.catalogVersion,
    values,
  } as Report;
}
