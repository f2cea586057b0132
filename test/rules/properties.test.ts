import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_2022 } from "../../src/catalog/index.js";
import type { Report } from "../../src/model/report.js";
import { formatVietnameseNumber } from "../../src/numbers/format.js";
import { compareReportedRate } from "../../src/numbers/interval.js";
import { rate } from "../../src/numbers/rate.js";
import { checkReport, EXPLICIT_RULES } from "../../src/rules/index.js";

// Under mutation testing (vitest.stryker-*.config.ts sets CCHC_MUTATION) property tests run fewer
// cases per mutant; `npm test` runs them all.
const mutation = process.env.CCHC_MUTATION !== undefined;

const cat = CATALOG_2022;
const rowById = new Map(cat.rows.map((r) => [r.id, r]));

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds appendix values that satisfy every sum, subset, equal and rate relation of the catalog by
 * construction: leaves are random, subset totals are the parts plus slack, sum totals the sum of their
 * parts (a leaf part is raised when a subset of the total needs more), rates are written with 2
 * decimals rounded half-up (blank over a zero denominator).
 */
function consistentValues(seed: number, zeroBias: number): Record<string, string> {
  const rnd = mulberry(seed);
  const int = (max: number) => Math.floor(rnd() * (max + 1));
  // equal relations: one class per quantity
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x);
    return p === undefined || p === x ? x : find(p);
  };
  for (const r of cat.relations) if (r.kind === "equal") parent.set(find(r.left), find(r.right));
  const sums = cat.relations.filter((r) => r.kind === "sum");
  const subsets = cat.relations.filter((r) => r.kind === "subset");
  const asTotal = new Set([...sums, ...subsets].map((r) => find(r.total)));
  const uses = new Map<string, number>();
  for (const r of cat.relations) {
    if (r.kind === "sum" || r.kind === "subset") for (const p of r.parts) uses.set(p, (uses.get(p) ?? 0) + 1);
  }
  const memo = new Map<string, number>();
  const val = (id: string): number => {
    const node = find(id);
    const hit = memo.get(node);
    if (hit !== undefined) return hit;
    const sum = sums.find((r) => find(r.total) === node);
    const need = Math.max(
      0,
      ...subsets.filter((r) => find(r.total) === node).map((r) => r.parts.reduce((a, p) => a + val(p), 0)),
    );
    let v: number;
    if (sum) {
      v = sum.parts.reduce((a, p) => a + val(p), 0);
      if (v < need) {
        const leaf = sum.parts.find((p) => !asTotal.has(find(p)) && uses.get(p) === 1);
        if (!leaf) throw new Error(`cannot satisfy ${node}`);
        memo.set(find(leaf), val(leaf) + need - v);
        v = need;
      }
    } else if (need > 0 || subsets.some((r) => find(r.total) === node)) {
      v = need + (rnd() < zeroBias ? 0 : int(5));
    } else {
      const isMoney = rowById.get(id)?.kind === "money";
      v = rnd() < zeroBias ? 0 : isMoney ? int(200_000) / 10 : int(300);
    }
    memo.set(node, v);
    return v;
  };
  const ids = new Set<string>();
  for (const r of cat.relations) {
    if (r.kind === "sum" || r.kind === "subset") for (const id of [r.total, ...r.parts]) ids.add(id);
    if (r.kind === "equal") ids.add(r.left).add(r.right);
    if (r.kind === "rate") ids.add(r.numerator).add(r.denominator);
  }
  const values = new Map<string, number>();
  for (const id of ids) val(id);
  for (const id of ids) values.set(id, memo.get(find(id))!);
  // the explicit exclusive pairs: "1.3.1 = 0" forces its excluded rows to 0
  for (const x of EXPLICIT_RULES) {
    if (values.get(x.when) === Number(x.equals))
      for (const e of x.excludes) if (values.has(e)) values.set(e, 0);
  }
  const out: Record<string, string> = {};
  for (const [id, v] of values) out[id] = formatVietnameseNumber(String(v));
  for (const r of cat.relations) {
    if (r.kind !== "rate") continue;
    const res = rate(String(values.get(r.numerator)), String(values.get(r.denominator)), { decimals: 2 });
    out[r.rate] = res.ok ? formatVietnameseNumber(res.value, { percent: true }) : "";
  }
  return out;
}

function report(values: Record<string, string>): Report {
  const v: Report["values"] = {};
  for (const [k, raw] of Object.entries(values)) v[k] = { raw };
  return {
    format: "cchc.report/1",
    agency: { id: "prop" },
    period: { kind: "year", year: 2022, from: "2022-01-01", to: "2022-12-31" },
    values: v,
  } as Report;
}

const seeds = fc.tuple(fc.integer(), fc.constantFrom(0, 0.1, 0.4));

describe("properties", () => {
  it("a report consistent by construction yields no error or warning", () => {
    fc.assert(
      fc.property(seeds, ([seed, zeroBias]) => {
        const r = checkReport(report(consistentValues(seed, zeroBias)));
        const bad = r.findings.filter((f) => f.severity !== "info").map((f) => f.message);
        expect(bad).toEqual([]);
        expect(r.ok).toBe(true);
      }),
      { numRuns: mutation ? 50 : 200 },
    );
  });

  it("perturbing one part of a sum yields a sum finding naming that total", () => {
    const sums = CATALOG_2022.relations.filter((r) => r.kind === "sum");
    fc.assert(
      fc.property(
        seeds,
        fc.nat(sums.length - 1),
        fc.nat(10),
        fc.integer({ min: 1, max: 50 }),
        ([seed, zeroBias], si, pi, delta) => {
          const rel = sums[si]!;
          const part = rel.parts[pi % rel.parts.length]!;
          const values = consistentValues(seed, zeroBias);
          values[part] = String(Number(values[part]!.replace(/\./g, "")) + delta);
          const r = checkReport(report(values));
          expect(r.findings.some((f) => f.rule === "sum.parts" && f.code === rel.total)).toBe(true);
          expect(r.ok).toBe(false);
        },
      ),
      { numRuns: mutation ? 50 : 200 },
    );
  });

  it("the engine's rate verdict is compareReportedRate's (fast path and slow path agree)", () => {
    fc.assert(
      fc.property(
        fc.nat(5000),
        fc.integer({ min: 1, max: 5000 }),
        fc.nat(10_000),
        fc.nat(3),
        (n, d, scaled, decimals) => {
          const reported = (scaled / 10 ** decimals).toFixed(decimals);
          const r = checkReport(
            report({ "1.2": `${reported.replace(".", ",")}%`, "1.2.a": String(d), "1.2.b": String(n) }),
          );
          const status = compareReportedRate({ value: reported, decimals }, n, d).status;
          const rules = r.findings.filter((f) => f.rule.startsWith("rate.")).map((f) => f.rule);
          const expected =
            status === "truncated" ? ["rate.truncated"] : status === "inconsistent" ? ["rate.mismatch"] : [];
          expect(rules).toEqual(expected);
        },
      ),
      { numRuns: mutation ? 50 : 500 },
    );
  });
});

describe("integer fast path of rate findings", () => {
  it("gives the same exact, rounded and interval as compareReportedRate", () => {
    fc.assert(
      fc.property(
        fc.nat(5000),
        fc.integer({ min: 1, max: 5000 }),
        fc.nat(10_000),
        fc.nat(3),
        (n, d, scaled, k) => {
          const reported = (scaled / 10 ** k).toFixed(k);
          const f = checkReport(
            report({ "1.2": `${reported.replace(".", ",")}%`, "1.2.a": String(d), "1.2.b": String(n) }),
          ).findings.find((x) => x.rule === "rate.mismatch" || x.rule === "rate.truncated");
          const c = compareReportedRate({ value: reported, decimals: k }, n, d);
          if (!f) return;
          expect(f.expected?.exact).toBe(c.computed?.exact);
          expect(f.expected?.value).toBe(c.computed?.rounded);
          expect(f.actual?.interval).toEqual(c.interval);
        },
      ),
      { numRuns: mutation ? 50 : 500 },
    );
  });
});
