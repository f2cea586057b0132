import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_2022, resolveValue, resolveValues } from "../../src/catalog/index.js";
import {
  completeReport,
  numberOf,
  readIndicatorValue,
  readReportValues,
} from "../../src/indicators/index.js";
import type { Report } from "../../src/model/report.js";
import { compareDecimal } from "../../src/numbers/index.js";
import {
  compareReports,
  rollupReports,
  type ScoringTable,
  scoreReport,
  yearToDate,
} from "../../src/rollup/index.js";
import { checkReport } from "../../src/rules/index.js";
import { FIXTURE, hostileReport } from "../fuzz/reports.js";
import { FUZZ_RUNS } from "../fuzz/runs.js";

// One cell, one meaning: every public reader of a report value gives the value the rule engine uses.

const EXAMPLE: Report = JSON.parse(
  readFileSync(new URL("../../examples/khanh-hoa-skhcn-2022h1.json", import.meta.url), "utf8"),
) as Report;

const rowOf = (id: string) => CATALOG_2022.rows.find((r) => r.id === id);

const sameNumber = (a: string | null | undefined, b: string | null | undefined): boolean =>
  a === null || a === undefined || b === null || b === undefined
    ? (a ?? null) === (b ?? null)
    : compareDecimal(a, b) === 0;

describe("7.5.3.a (fraction in the value cell, percentage in the unit cell)", () => {
  it("is 84 % for the rules, the comparison, the readers and the roll-up", () => {
    expect(resolveValues(EXAMPLE, CATALOG_2022).get("7.5.3.a")).toMatchObject({
      kind: "fraction",
      value: "84",
      fraction: { numerator: "732", denominator: "876" },
      valueFromUnit: true,
    });
    const c = compareReports(EXAMPLE, EXAMPLE).find((x) => x.id === "7.5.3.a");
    expect(c).toMatchObject({ old: "84", new: "84", delta: "0", deltaPoints: "0", status: "same" });
    expect(readReportValues(EXAMPLE).get("7.5.3.a")).toMatchObject({ status: "fraction", value: "84" });
    expect(numberOf(EXAMPLE.values["7.5.3.a"], rowOf("7.5.3.a"))).toBe("84");
    // no rule reads it as 732: the example's own check has no finding about a 732 % rate
    const r = checkReport(EXAMPLE, { lang: "en" });
    expect(r.findings.filter((f) => f.code === "7.5.3.a" && f.message.includes("732 %"))).toEqual([]);
  });
});

describe("a coded answer written as its label", () => {
  const yes: Report = { ...FIXTURE, values: { "1.6": { raw: "Có" } } };
  const no: Report = { ...FIXTURE, values: { "1.6": { raw: "Không" } } };

  it("is its code for the resolver, the readers, the comparison, the roll-up and the rules", () => {
    expect(resolveValue("1.6", { raw: "Có" }, rowOf("1.6")).value).toBe("1");
    expect(readIndicatorValue({ raw: "Có" }, rowOf("1.6"))).toEqual({
      status: "number",
      value: "1",
      decimals: 0,
      percent: false,
    });
    expect(readReportValues(yes).get("1.6")).toMatchObject({ status: "number", value: "1" });
    expect(compareReports(no, yes).find((c) => c.id === "1.6")).toMatchObject({
      old: "0",
      new: "1",
      status: "changed",
    });
    const up = rollupReports("parent", [yes, { ...no, agency: { id: "other" } }]);
    expect(up.report.values["1.6"]).toEqual({ value: "1" });
    expect(up.reportedBy["1.6"]).toBe(2);
    const check = checkReport(yes);
    expect(check.findings.filter((f) => f.code === "1.6" && f.rule === "structure.unparseable")).toEqual([]);
    expect(check.status).toBe("checked");
  });

  it("an answer that is not a label stays unreadable everywhere", () => {
    const odd: Report = { ...FIXTURE, values: { "1.6": { raw: "Có lẽ" } } };
    expect(resolveValues(odd, CATALOG_2022).get("1.6").kind).toBe("invalid");
    expect(compareReports(odd, odd).find((c) => c.id === "1.6")?.status).toBe("unreadable");
    expect(checkReport(odd).findings.map((f) => `${f.code} ${f.rule}`)).toContain(
      "1.6 structure.unparseable",
    );
  });
});

describe("every public reader gives the same value for the same cell (generated reports)", () => {
  const valid = hostileReport.map((r): Report => ({ ...r, agency: FIXTURE.agency, period: FIXTURE.period }));
  const fixtureWithUnit = fc.constantFrom(EXAMPLE, FIXTURE);

  it("resolver, readReportValues, readIndicatorValue, numberOf, compareReports, yearToDate, roll-up, score", () => {
    fc.assert(
      fc.property(fc.oneof(valid, fixtureWithUnit), (report) => {
        const resolved = resolveValues(report, CATALOG_2022);
        const read = readReportValues(report, CATALOG_2022);
        const compared = new Map(
          compareReports(report, report, { catalog: CATALOG_2022 }).map((c) => [c.id, c]),
        );
        const ytd = yearToDate([report], { catalog: CATALOG_2022 }).values;
        const up = rollupReports("parent", [report], { catalog: CATALOG_2022 });
        const criteria = CATALOG_2022.rows
          .filter((r) => r.kind !== "group")
          .map((r) => ({
            id: r.id,
            group: "g",
            name: { vi: r.id, en: r.id },
            maxPoints: "1",
            reads: [r.id],
            rule: { kind: "step" as const, steps: [] },
            source: "test",
            verified: false,
          }));
        const table: ScoringTable = {
          id: "t",
          name: { vi: "t", en: "t" },
          source: "t",
          verified: false,
          groups: [{ id: "g", name: { vi: "g", en: "g" }, maxPoints: "1000" }],
          criteria,
        };
        const scored = new Map(scoreReport(report, table).criteria.map((c) => [c.id, c]));
        const completed = completeReport(report, { catalog: CATALOG_2022 });
        const filled = new Set(completed.filled.map((f) => f.id));

        for (const row of CATALOG_2022.rows) {
          if (row.kind === "group") continue;
          const v = resolved.get(row.id);
          const cell = Object.hasOwn(report.values, row.id) ? report.values[row.id] : undefined;
          // the resolver's single-value entry point
          expect(resolveValue(row.id, cell, row).value).toBe(v.value);
          // the indicators' views
          const r = read.get(row.id);
          const viewed =
            r?.status === "number" ? r.value : r?.status === "fraction" ? (r.value ?? null) : null;
          expect(viewed).toBe(v.value);
          const one = readIndicatorValue(cell, row);
          expect(one.status === "number" ? one.value : one.status === "fraction" ? one.value : null).toBe(
            v.value,
          );
          expect(numberOf(cell, row)).toBe(v.value);
          // comparison
          expect(compared.get(row.id)?.new).toBe(v.value);
          // year to date over one report: an additive row is its own value
          const y = ytd[row.id];
          if (y?.status === "summed") expect(sameNumber(y.value, v.value)).toBe(true);
          if (row.additive && row.kind !== "rate") expect(y?.status === "summed").toBe(v.value !== null);
          // roll-up of one unit: a summed row is the unit's value
          if (row.rollup === "sum")
            expect(sameNumber(up.report.values[row.id]?.value as string | null, v.value)).toBe(true);
          // scoring reads the same number
          const s = scored.get(row.id);
          if (s?.input !== null && s?.input !== undefined) expect(sameNumber(s.input, v.value)).toBe(true);
          else expect(v.value === null || s?.reason?.code !== "missing-input").toBe(true);
          // completion never rewrites a reported value
          if (!filled.has(row.id)) expect(completed.report.values[row.id]).toBe(report.values[row.id]);
          else expect(v.kind).toBe("blank");
        }
      }),
      { numRuns: Math.min(FUZZ_RUNS, 100) },
    );
  });
});
