import type { Catalog } from "../../src/catalog/types.js";
import { CATALOG_2022 } from "../../src/catalog/v2022.js";
import { numberOf } from "../../src/indicators/values.js";
import { type Agency, type AgencyInput, AgencySchema } from "../../src/model/agency.js";
import type { ReportingPeriod } from "../../src/model/period.js";
import type { Report } from "../../src/model/report.js";
import { compareDecimal, sumDecimals } from "../../src/numbers/decimal.js";
import type { ScoringRule, ScoringTable } from "../../src/rollup/score.js";
import type { Finding } from "../../src/rules/finding.js";

export const H1_2022 = {
  kind: "half-year" as const,
  year: 2022,
  index: 1,
  from: "2022-01-01",
  to: "2022-06-30",
};
export const H2_2025 = {
  kind: "half-year" as const,
  year: 2025,
  index: 2,
  from: "2025-07-01",
  to: "2025-12-31",
};

export function report(
  agency: string,
  values: Record<string, string | number | null>,
  period: ReportingPeriod = H1_2022,
): Report {
  const v: Report["values"] = {};
  for (const [k, x] of Object.entries(values)) v[k] = typeof x === "string" ? { raw: x } : { value: x };
  return { format: "cchc.report/1", agency: { id: agency }, period, values: v };
}

export const agency = (a: AgencyInput): Agency => AgencySchema.parse(a);

/** A small province before and after the 2025 reorganisation. */
export const AGENCIES: Agency[] = [
  agency({ id: "kh", name: "UBND tỉnh Khánh Hòa", kind: "people-committee", level: "province" }),
  agency({
    id: "kh/skhcn",
    name: "Sở KH&CN",
    symbol: "SKHCN",
    aliases: ["SKHHCN", "SKHChN"],
    kind: "specialised-agency",
    level: "province",
    parent: "kh",
  }),
  agency({
    id: "kh/stp",
    name: "Sở Tư pháp",
    symbol: "STP",
    kind: "specialised-agency",
    level: "province",
    parent: "kh",
  }),
  agency({
    id: "kh/h1",
    name: "UBND huyện 1",
    kind: "people-committee",
    level: "district",
    parent: "kh",
    validTo: "2025-06-30",
  }),
  agency({
    id: "kh/x1",
    name: "UBND xã 1",
    kind: "people-committee",
    level: "commune",
    parent: "kh/h1",
    validTo: "2025-06-30",
  }),
  agency({
    id: "kh/x2",
    name: "UBND xã 2",
    kind: "people-committee",
    level: "commune",
    parent: "kh/h1",
    validTo: "2025-06-30",
  }),
  agency({
    id: "kh/x12",
    name: "UBND xã 1-2 (sáp nhập)",
    kind: "people-committee",
    level: "commune",
    parent: "kh",
    validFrom: "2025-07-01",
  }),
  agency({ id: "kh/x3", name: "UBND xã 3", kind: "people-committee", level: "commune", parent: "kh/h1" }),
];
export const MERGED = { "kh/x1": "kh/x12", "kh/x2": "kh/x12" };

/** A tiny stand-in for the rule engine: exact sum and subset relations. */
export function relationCheck(r: Report, o: { catalog: Catalog }): Finding[] {
  const catalog = o.catalog ?? CATALOG_2022;
  const out: Finding[] = [];
  for (const rel of catalog.relations) {
    if (rel.kind !== "sum" && rel.kind !== "subset") continue;
    const t = numberOf(r.values[rel.total]);
    const parts = rel.parts.map((p) => numberOf(r.values[p]));
    if (t === null || parts.some((p) => p === null)) continue;
    const c = compareDecimal(sumDecimals(parts as string[]), t);
    if (rel.kind === "sum" ? c === 0 : c <= 0) continue;
    const rule = rel.kind === "sum" ? "sum.parts" : "subset.parts";
    out.push({
      rule,
      severity: "error",
      code: rel.total,
      codes: [rel.total, ...rel.parts],
      message: rule,
      messages: { vi: rule, en: rule },
      source: "appendix",
    });
  }
  return out;
}

/** A scoring table of one criterion `c` in one group `g`, reading input `x` with `rule`, worth `maxPoints`. */
export const oneCriterionTable = (
  rule: ScoringRule,
  maxPoints: string,
  extra: Partial<ScoringTable> = {},
): ScoringTable => ({
  id: "t",
  name: { vi: "t", en: "t" },
  source: "test",
  verified: true,
  groups: [{ id: "g", name: { vi: "g", en: "g" }, maxPoints }],
  criteria: [
    {
      id: "c",
      group: "g",
      name: { vi: "c", en: "c" },
      maxPoints,
      reads: ["x"],
      rule,
      source: "test",
      verified: true,
    },
  ],
  ...extra,
});
