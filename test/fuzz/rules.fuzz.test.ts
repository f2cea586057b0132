import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarError } from "../../src/calendar/errors.js";
import { findCatalogVersion, indexCatalog, normalizeCode, selectCatalog } from "../../src/catalog/index.js";
import { CATALOG_2022 } from "../../src/catalog/v2022.js";
import {
  completeReport,
  computeRates,
  dossierIndicators,
  electronicDocumentRate,
  numberOf,
  procedureIndicators,
  readIndicatorValue,
  readReportValues,
  reportFromRecords,
  staffReductionRate,
  unitIndicators,
} from "../../src/indicators/index.js";
import type { Report } from "../../src/model/report.js";
import { checkReport, resolveValues } from "../../src/rules/index.js";
import {
  bigString,
  edgeNumber,
  guardPrototypeChain,
  hostileString,
  hostileValue,
  returnsOrThrows,
  TEN_THOUSAND_DIGITS,
} from "./hostile.js";
import { FIXTURE, hostileReport } from "./reports.js";
import { FUZZ_RUNS } from "./runs.js";

function expectCheck(report: Report, lang: "vi" | "en" = "vi"): void {
  const r = checkReport(report, { lang });
  expect(typeof r.ok).toBe("boolean");
  // a rule that throws is a finding, never silence — and no generated input may make one throw
  expect(r.findings.filter((f) => f.rule === "engine.rule-failed").map((f) => f.message)).toEqual([]);
  expect(r.status).not.toBe("incomplete");
  if (r.ok) expect(r.status).toBe("checked");
  if (r.status === "invalid-report") expect(r.issues?.length).toBeGreaterThan(0);
  for (const f of r.findings) {
    expect(typeof f.message).toBe("string");
    expect(f.message).not.toContain("[object Object]");
    expect(f.message).not.toContain("[object Object]");
  }
}

guardPrototypeChain();

describe("rules and indicators never throw on hostile reports", () => {
  it("checkReport / resolveValues", () => {
    fc.assert(
      fc.property(hostileReport, fc.constantFrom("vi", "en"), (report, lang) => {
        expectCheck(report, lang as "vi");
        resolveValues(report, CATALOG_2022);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("every rule runs to the end on well-formed reports (no engine.rule-failed, never invalid-report)", () => {
    fc.assert(
      fc.property(hostileReport, fc.constantFrom("vi", "en"), (report, lang) => {
        const valid: Report = { ...report, agency: FIXTURE.agency, period: FIXTURE.period };
        expectCheck(valid, lang as "vi");
        expect(["checked", "nothing-to-check"]).toContain(checkReport(valid).status);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("completeReport / computeRates / readReportValues", () => {
    fc.assert(
      fc.property(
        hostileReport,
        fc.oneof(edgeNumber, fc.integer({ min: -2, max: 30 })),
        (report, decimals) => {
          const c = completeReport(report);
          expect(typeof c.report).toBe("object");
          completeReport(report, { decimals });
          computeRates(report);
          computeRates(report, { decimals });
          for (const [, v] of readReportValues(report)) expect(typeof v).toBe("object");
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("value readers and standalone rates take any value", () => {
    fc.assert(
      fc.property(hostileValue, hostileString, edgeNumber, (v, s, n) => {
        readIndicatorValue(v as never);
        numberOf(v as never);
        numberOf({ raw: s });
        numberOf({ value: n });
        expect(typeof electronicDocumentRate(s, n).value === "string" || true).toBe(true);
        electronicDocumentRate(n, s, { decimals: n });
        staffReductionRate({ reduced: s, baseline2015: n } as never);
        staffReductionRate(v as never);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("records: procedures, dossiers and units as hostile values", () => {
    const period = FIXTURE.period;
    fc.assert(
      fc.property(fc.array(hostileValue, { maxLength: 5 }), hostileString, (rows, at) => {
        procedureIndicators(rows as never, { at });
        unitIndicators(rows as never, { at });
        returnsOrThrows(() => dossierIndicators(rows as never, { period }), CalendarError);
        returnsOrThrows(
          () =>
            reportFromRecords({
              agency: { id: "x" },
              period,
              procedures: rows as never,
              dossiers: rows as never,
              units: rows as never,
            }),
          CalendarError,
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("catalog lookups take any string", () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        findCatalogVersion(s);
        normalizeCode(s);
        expect(typeof selectCatalog(s).exact).toBe("boolean");
        expect(indexCatalog(CATALOG_2022).byId.get(s)?.id ?? s).toBeTypeOf("string");
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("10 000-digit values and 10 MB raw text return", () => {
    const big = bigString(10, "1");
    for (const raw of [TEN_THOUSAND_DIGITS, `${TEN_THOUSAND_DIGITS}%`, `${TEN_THOUSAND_DIGITS}/3`, big]) {
      const report: Report = {
        ...FIXTURE,
        values: { ...FIXTURE.values, "1.2.a": { raw }, "3.4.1.b": { raw }, "1.2": { raw } },
      };
      expectCheck(report);
      completeReport(report);
      computeRates(report);
    }
    const report: Report = { ...FIXTURE, values: { ...FIXTURE.values, "1.1": { raw: "1", note: big } } };
    expectCheck(report);
  }, 30_000);
});
