import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareReports,
  createAgencyRegistry,
  QD766_EXAMPLE_TABLE,
  rollupReports,
  scoreReport,
  yearToDate,
} from "../../src/rollup/index.js";
import {
  deepArray,
  deepObject,
  edgeNumber,
  guardPrototypeChain,
  hostileString,
  hostileValue,
  protoObjects,
  TEN_THOUSAND_DIGITS,
} from "./hostile.js";
import { FIXTURE, hostileReport } from "./reports.js";
import { FUZZ_RUNS } from "./runs.js";

const reportOrJunk = fc.oneof(
  { weight: 4, arbitrary: hostileReport },
  { weight: 1, arbitrary: hostileValue },
);
const agency = fc.record(
  {
    id: fc.oneof(hostileString, fc.constantFrom("kh", "kh/skhcn", "__proto__", "constructor")),
    name: hostileString,
    kind: fc.constantFrom("people-committee", "specialised-agency", "x"),
    level: fc.constantFrom("province", "district", "commune", "central", "x"),
    parent: fc.oneof(hostileString, fc.constantFrom("kh", "kh/skhcn", "__proto__")),
    aliases: fc.array(hostileString, { maxLength: 2 }),
    validFrom: fc.constantFrom("2000-01-01", "2025-07-01", "x"),
    validTo: fc.constantFrom("2025-06-30", "2022-01-01", "9999-12-31", ""),
  },
  { requiredKeys: ["id"] },
);

guardPrototypeChain();

describe("rollup never throws", () => {
  it("rollupReports with hostile reports and registries", () => {
    fc.assert(
      fc.property(
        hostileString,
        fc.array(reportOrJunk, { maxLength: 4 }),
        fc.array(fc.oneof(agency, hostileValue), { maxLength: 4 }),
        fc.boolean(),
        (parent, reports, agencies, withRegistry) => {
          const options = withRegistry ? { registry: createAgencyRegistry(agencies as never) } : {};
          const r = rollupReports(parent, reports as never, options);
          expect(typeof r.report).toBe("object");
        },
      ),
      { numRuns: Math.max(1, Math.floor(FUZZ_RUNS / 2)) },
    );
  });

  it("compareReports / yearToDate / scoreReport", () => {
    fc.assert(
      fc.property(
        hostileReport,
        hostileReport,
        fc.array(reportOrJunk, { maxLength: 4 }),
        fc.dictionary(
          fc.constantFrom("satisfaction-rate", "__proto__", "x"),
          fc.oneof(hostileString, edgeNumber),
        ),
        (a, b, list, inputs) => {
          expect(Array.isArray(compareReports(a, b))).toBe(true);
          const y = yearToDate(list as never);
          expect(typeof y.values).toBe("object");
          const s = scoreReport(a, QD766_EXAMPLE_TABLE, { inputs });
          expect(Array.isArray(s.criteria)).toBe(true);
        },
      ),
      { numRuns: Math.max(1, Math.floor(FUZZ_RUNS / 2)) },
    );
  });

  it("hostile scoring tables give invalid-input, not a throw", () => {
    fc.assert(
      fc.property(hostileValue, hostileValue, (decimals, points) => {
        const table = structuredClone(QD766_EXAMPLE_TABLE) as unknown as Record<string, unknown>;
        table.decimals = decimals;
        const criteria = table.criteria as Record<string, unknown>[];
        if (criteria[0]) criteria[0].maxPoints = points;
        const s = scoreReport(FIXTURE, table as never);
        expect(Array.isArray(s.criteria)).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("registry queries take any string", () => {
    const reg = createAgencyRegistry([
      { id: "kh", name: "UBND", kind: "people-committee", level: "province", aliases: [] },
      { id: "kh/a", name: "A", kind: "specialised-agency", level: "province", parent: "kh", aliases: ["x"] },
    ] as never);
    fc.assert(
      fc.property(hostileString, hostileString, (id, date) => {
        reg.resolve(id);
        reg.isValidAt(id, date);
        reg.overlaps(id, date, date);
        reg.successorOf(id);
        reg.parentAt(id, date);
        reg.childrenOf(id, { at: date });
        reg.childrenDuring(id, date, date);
        reg.treeAt(date);
      }),
      { numRuns: FUZZ_RUNS },
    );
    for (const o of protoObjects) createAgencyRegistry([o] as never, o as never);
  });

  it("10 000 levels of nesting where a report is expected", () => {
    for (const deep of [
      deepArray(10_000),
      deepObject(10_000),
      deepObject(10_000, "values"),
      deepObject(10_000, "period"),
    ]) {
      expect(rollupReports("kh", [deep, FIXTURE] as never).units.excluded.length).toBeGreaterThan(0);
      yearToDate([deep, FIXTURE] as never);
      scoreReport(deep as never, QD766_EXAMPLE_TABLE);
      compareReports(deep as never, FIXTURE);
      createAgencyRegistry([deep] as never);
    }
    const values = { ...FIXTURE.values, "1.2.a": { raw: TEN_THOUSAND_DIGITS }, "1.2.b": { value: 1e308 } };
    rollupReports("kh", [FIXTURE, { ...FIXTURE, values }]);
  }, 30_000);
});
