import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL_SCHEMAS, parseModel, ReportSchema } from "../../src/model/index.js";
import {
  bigString,
  deepArray,
  deepObject,
  guardPrototypeChain,
  hostileString,
  hostileValue,
  protoObjects,
} from "./hostile.js";
import { FUZZ_RUNS } from "./runs.js";

const SCHEMAS = Object.values(MODEL_SCHEMAS);
const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/khanh-hoa-skhcn-2022h1.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

function expectResult(r: ReturnType<typeof parseModel>): void {
  if (r.ok) return;
  expect(r.issues.length).toBeGreaterThan(0);
  for (const i of r.issues) {
    expect(Array.isArray(i.path)).toBe(true);
    expect(typeof i.code).toBe("string");
    expect(typeof i.message).toBe("string");
  }
}

/** The fixture report with one field replaced by `v` (at the top, in values, or in a value). */
const mutatedReport = fc
  .tuple(
    fc.constantFrom("agency", "period", "values", "asOf", "narrative", "value", "raw", "key", "format"),
    hostileValue,
    hostileString,
  )
  .map(([where, v, s]) => {
    const r = structuredClone(fixture) as Record<string, unknown> & { values: Record<string, unknown> };
    if (where === "value") r.values["1.1"] = { value: v };
    else if (where === "raw") r.values["1.1"] = { raw: v };
    else if (where === "key") r.values[s] = { raw: s };
    else (r as Record<string, unknown>)[where] = v;
    return r;
  });

guardPrototypeChain();

describe("model: parseModel never throws", () => {
  it("any value against every schema", () => {
    fc.assert(
      fc.property(hostileValue, (v) => {
        for (const s of SCHEMAS) expectResult(parseModel(s, v));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("reports with one hostile field", () => {
    fc.assert(
      fc.property(mutatedReport, (r) => expectResult(parseModel(ReportSchema, r))),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("prototype keys are rejected or kept as plain data", () => {
    for (const o of protoObjects) {
      for (const s of SCHEMAS) expectResult(parseModel(s, o));
      const r = parseModel(ReportSchema, { ...fixture, values: o });
      // zod rejects the key or drops `__proto__`; either way the parsed values are a plain object.
      if (r.ok) {
        expect(Object.getPrototypeOf(r.data.values)).toBe(Object.prototype);
        expect(Object.hasOwn(r.data.values, "__proto__")).toBe(false);
      }
    }
    const withProtoValue = JSON.parse(
      JSON.stringify({ ...fixture, values: { "1.1": { raw: "1" } } }).replace('"1.1"', '"__proto__"'),
    );
    const r = parseModel(ReportSchema, withProtoValue);
    if (r.ok) expect(Object.keys(r.data.values)).toEqual([]);
  });

  it("10 000 levels of nesting return", () => {
    for (const deep of [deepArray(10_000), deepObject(10_000), deepObject(10_000, "values")]) {
      for (const s of SCHEMAS) expectResult(parseModel(s, deep));
      expectResult(parseModel(ReportSchema, { ...fixture, values: { "1.1": deep } }));
      expectResult(parseModel(ReportSchema, { ...fixture, agency: deep }));
      expectResult(parseModel(ReportSchema, { ...fixture, values: deep }));
    }
  }, 30_000);

  it("10 MB strings return", () => {
    const big = bigString(10, "a");
    expectResult(parseModel(ReportSchema, { ...fixture, narrative: big }));
    expectResult(parseModel(ReportSchema, { ...fixture, values: { "1.1": { raw: big } } }));
    expectResult(parseModel(ReportSchema, { ...fixture, values: { [big]: { raw: "1" } } }));
    for (const s of SCHEMAS) expectResult(parseModel(s, big));
  }, 30_000);
});
