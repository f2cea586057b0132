import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_2022 } from "../../src/catalog/index.js";
import { resolveLazily, resolveValues } from "../../src/catalog/values.js";
import type { Report } from "../../src/model/report.js";
import { FIXTURE, hostileReport } from "../fuzz/reports.js";
import { FUZZ_RUNS } from "../fuzz/runs.js";

// The roll-up reads a unit's report cell by cell (resolveLazily): each cell must be the one the whole
// reading (resolveValues) gives, whichever is asked first.

const ids = (r: Report) => [...Object.keys(r.values ?? {}), "2.1", "9.9", "2.2.c"];

describe("resolveLazily", () => {
  it("gives every cell, a known row left blank and an unknown id as the whole reading does", () => {
    const whole = resolveValues(FIXTURE, CATALOG_2022);
    const lazy = resolveLazily(FIXTURE, CATALOG_2022);
    for (const id of ids(FIXTURE)) expect(lazy.get(id)).toEqual(whole.get(id));
    expect(lazy.get("9.9")).toMatchObject({ kind: "blank", row: undefined, raw: null });
    expect(lazy.get("2.1").row?.id).toBe("2.1");
    expect(lazy.catalog).toBe(CATALOG_2022);
    expect(lazy.index).toBe(whole.index);
  });

  it("reads a cell once: asking again gives the same reading", () => {
    const lazy = resolveLazily(FIXTURE, CATALOG_2022);
    const id = Object.keys(FIXTURE.values)[0]!;
    expect(lazy.get(id)).toBe(lazy.get(id));
    expect(lazy.get("9.9")).toBe(lazy.get("9.9"));
  });

  it("lists the values and the unknown ids on demand, and then answers from the whole reading", () => {
    const report = { ...FIXTURE, values: { ...FIXTURE.values, "9.9": { raw: "1" } } } as Report;
    const whole = resolveValues(report, CATALOG_2022);
    const lazy = resolveLazily(report, CATALOG_2022);
    expect(lazy.unknown).toEqual(["9.9"]);
    expect([...lazy.values.keys()]).toEqual([...whole.values.keys()]);
    for (const id of ids(report)) expect(lazy.get(id)).toEqual(whole.get(id));
    const first = Object.keys(report.values)[0]!;
    expect(lazy.get(first)).toBe(lazy.values.get(first));
  });

  it("agrees with the whole reading on hostile reports, values that are not an object included", () => {
    fc.assert(
      fc.property(hostileReport, (r) => {
        const report = r as Report;
        const whole = resolveValues(report, CATALOG_2022);
        const lazy = resolveLazily(report, CATALOG_2022);
        const values = report && typeof report === "object" && report.values;
        const asked = values && typeof values === "object" ? Object.keys(values) : [];
        for (const id of [...asked, "2.1"]) expect(lazy.get(id)).toEqual(whole.get(id));
      }),
      { numRuns: FUZZ_RUNS },
    );
    for (const bad of [null, { values: "abc" }, { values: 12 }]) {
      const lazy = resolveLazily(bad as unknown as Report, CATALOG_2022);
      expect(lazy.get("2.1").kind).toBe("blank");
      expect(lazy.unknown).toEqual([]);
      expect(lazy.values.size).toBe(0);
    }
  });
});
