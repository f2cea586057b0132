import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_2022 } from "../../src/catalog/v2022.js";
import { resolveValues } from "../../src/catalog/values.js";
import type { Report } from "../../src/model/report.js";
import { sumDecimals } from "../../src/numbers/decimal.js";
import { createRollup, rollupReportStream, rollupReports, unitsOfFinding } from "../../src/rollup/index.js";
import { H1_2022, report } from "./fixtures.js";

// Under mutation testing (vitest.stryker-rollup.config.ts sets CCHC_MUTATION) the properties run fewer
// cases per mutant; `npm test` runs them all.
const mutation = process.env.CCHC_MUTATION !== undefined;

const ROWS = [
  "1.1",
  "1.2",
  "1.2.a",
  "1.2.b",
  "1.6",
  "2.1",
  "2.1.1",
  "2.1.2",
  "3.1.4",
  "3.1.4.a",
  "3.1.4.b",
  "3.1.4.c",
  "3.3.1",
  "3.4.1",
  "3.4.1.a",
  "3.4.1.b",
  "3.4.1.c",
  "6.1.a",
  "6.1.b",
  "7.5.3.a",
  "7.7.1",
  "9.9",
];
const RAW = fc.oneof(
  fc.nat({ max: 5000 }).map(String),
  fc.nat({ max: 999 }).map((n) => `0${n}`),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a},${b}%`),
  fc.tuple(fc.nat({ max: 99 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a}/${b} TTHC`),
  fc.constantFrom("", "-", "Có", "Không", "1.234", "20.000", "x", "12,5", "9007199254740993"),
);
const unitReport = fc
  .tuple(
    fc.integer({ min: 0, max: 14 }),
    fc.dictionary(fc.constantFrom(...ROWS), RAW, { maxKeys: 14 }),
    fc.boolean(),
  )
  .map(([i, values, other]) =>
    report(`u${i}`, values, other ? { ...H1_2022, kind: "custom", from: "2022-02-01" } : H1_2022),
  );
const reports = fc.array(
  fc.oneof({ weight: 9, arbitrary: unitReport }, { weight: 1, arbitrary: fc.constant(null) }),
  {
    maxLength: 25,
  },
);

async function* oneAtATime(list: readonly Report[]): AsyncGenerator<Report> {
  for (const r of list) yield r;
}

describe("streamed roll-up", () => {
  it("gives the same report, units and findings as the in-memory roll-up", async () => {
    await fc.assert(
      fc.asyncProperty(reports, fc.constantFrom("vi" as const, "en" as const), async (list, lang) => {
        const inMemory = rollupReports("kh", list as Report[], { lang });
        const streamed = await rollupReportStream("kh", oneAtATime(list as Report[]), { lang });
        expect(streamed).toEqual(inMemory);
        const byHand = createRollup("kh", { lang });
        for (const r of list) byHand.add(r as Report);
        expect(byHand.finish()).toEqual(inMemory);
      }),
      { numRuns: mutation ? 15 : 60 },
    );
  });

  it("sums each summed row exactly over the included units, and counts who reported it", () => {
    fc.assert(
      fc.property(reports, (list) => {
        // H1 2022 given: a report of another period (the custom window) is excluded, the first of a unit counts
        const r = rollupReports("kh", list as Report[], { period: H1_2022 });
        const firstOf = new Map<string, Report>();
        for (const x of list) {
          if (x && x.period.from === H1_2022.from && !firstOf.has(x.agency.id)) firstOf.set(x.agency.id, x);
        }
        expect(r.units.included.map((u) => u.id)).toEqual([...firstOf.keys()]);
        const resolved = [...firstOf.values()].map((x) => resolveValues(x, CATALOG_2022));
        for (const row of CATALOG_2022.rows) {
          if (row.kind === "group" || row.rollup !== "sum") continue;
          const xs = resolved.map((v) => v.get(row.id).value).filter((x): x is string => x !== null);
          expect(r.report.values[row.id]?.value ?? null).toBe(xs.length ? sumDecimals(xs) : null);
          const n = resolved.filter((v) => v.get(row.id).kind !== "blank").length;
          expect(r.reportedBy[row.id]).toBe(n || null);
        }
      }),
      { numRuns: mutation ? 20 : 80 },
    );
  });

  it("keeps findings small when many units share one: the first 10 ids, a count, the full list once", () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      report(`u${String(i).padStart(2, "0")}`, { "2.1": "5", "2.1.1": "1", "2.1.2": "1" }),
    );
    const r = rollupReports("kh", many);
    const i = r.findings.findIndex((f) => f.rule === "sum.parts" && f.code === "2.1");
    const f = r.findings[i];
    expect(f?.units).toEqual(many.slice(0, 10).map((x) => x.agency.id));
    expect(f?.unitCount).toBe(25);
    expect(unitsOfFinding(r, i)).toEqual(many.map((x) => x.agency.id));
    expect(r.unitIndex.u24).toContain(i);
    // ten or fewer units: all listed, no count
    const few = rollupReports("kh", many.slice(0, 10));
    const g = few.findings.find((x) => x.rule === "sum.parts" && x.code === "2.1");
    expect(g?.units).toHaveLength(10);
    expect(g?.unitCount).toBeUndefined();
  });

  it("names at most 10 units in a roll-up message and says how many more", () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      report(`u${i}`, { "3.4.1": "50%", "3.4.1.b": "10", "3.4.1.c": "9" }),
    );
    const f = rollupReports("kh", many, { lang: "en" }).findings.find(
      (x) => x.rule === "rollup.child-rate-inconsistent",
    );
    expect(f?.message).toContain("u9, … (+2)");
    expect(f?.message).not.toContain("u10");
    expect(f?.unitCount).toBe(12);
  });
});
