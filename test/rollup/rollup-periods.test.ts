import { describe, expect, it } from "vitest";
import { deriveCatalog } from "../../src/catalog/derive.js";
import { CATALOG_2022 } from "../../src/catalog/v2022.js";
import type { ReportingPeriod } from "../../src/model/period.js";
import { createRollup, rollupReports } from "../../src/rollup/index.js";
import { H1_2022, H2_2025, relationCheck, report } from "./fixtures.js";

/** The ids included and the reasons of those excluded when one report of `period` is rolled up over `over`. */
function verdict(period: ReportingPeriod, over: ReportingPeriod) {
  const res = rollupReports("p", [report("a", { "2.1.1": 1 }, period)], {
    period: over,
    check: relationCheck,
  });
  return {
    included: res.units.included.map((u) => u.id),
    excluded: res.units.excluded.map((e) => e.reason),
  };
}

const IN = { included: ["a"], excluded: [] };
const OUT = { included: [], excluded: ["period-mismatch"] };

describe("rollupReports: which reports are of the roll-up's period", () => {
  it("takes the same named period written under the NĐ 09/2019 cut-off (15/12 → 14/6)", () => {
    const cutOff = { ...H1_2022, from: "2021-12-15", to: "2022-06-14" };
    expect(verdict(cutOff, H1_2022)).toEqual(IN);
    expect(verdict(H1_2022, cutOff)).toEqual(IN);
  });
  it("takes a custom period whose window is the roll-up's window", () => {
    const custom = { kind: "custom" as const, year: 2022, from: "2022-01-01", to: "2022-06-30" };
    expect(verdict(custom, H1_2022)).toEqual(IN);
  });
  it("leaves out a window that starts with the period but ends earlier, or ends with it but starts later", () => {
    expect(verdict({ kind: "custom", year: 2022, from: "2022-01-01", to: "2022-03-31" }, H1_2022)).toEqual(
      OUT,
    );
    expect(verdict({ kind: "custom", year: 2022, from: "2022-04-01", to: "2022-06-30" }, H1_2022)).toEqual(
      OUT,
    );
  });
  it("leaves out another custom window of the same year (custom periods match by their dates only)", () => {
    const q1 = { kind: "custom" as const, year: 2022, from: "2022-01-01", to: "2022-03-31" };
    const q2 = { kind: "custom" as const, year: 2022, from: "2022-04-01", to: "2022-06-30" };
    expect(verdict(q2, q1)).toEqual(OUT);
    expect(verdict(q1, q1)).toEqual(IN);
  });
  it("leaves out another kind of period of the same year, the same half of another year, the other half", () => {
    const year = { kind: "year" as const, year: 2022, from: "2022-01-01", to: "2022-12-31" };
    const nine = { kind: "nine-months" as const, year: 2022, from: "2022-01-01", to: "2022-09-30" };
    expect(verdict(nine, year)).toEqual(OUT);
    expect(verdict({ ...H1_2022, year: 2021, from: "2020-12-15", to: "2021-06-14" }, H1_2022)).toEqual(OUT);
    expect(verdict({ ...H1_2022, index: 2, from: "2022-06-15", to: "2022-12-14" }, H1_2022)).toEqual(OUT);
  });
  it("says which period a left-out report had, in both languages", () => {
    const res = rollupReports(
      "p",
      [report("a", {}), report("b", {}, { ...H1_2022, index: 2, from: "2022-07-01", to: "2022-12-31" })],
      { check: relationCheck },
    );
    expect(res.units.excluded).toEqual([
      {
        id: "b",
        reason: "period-mismatch",
        message: {
          vi: "kỳ báo cáo của b (2022-07-01 → 2022-12-31) khác kỳ tổng hợp",
          en: "b's period (2022-07-01 → 2022-12-31) differs from the roll-up period",
        },
      },
    ]);
  });
});

describe("rollupReports: the catalog and the period of the result", () => {
  it("reads the reports with the catalog in force at the period's end (2025 for H2 2025)", () => {
    const res = rollupReports("p", [report("a", { "3.4.2.a": 4, "3.4.1.a": 5 }, H2_2025)], {
      check: relationCheck,
    });
    expect(res.report.catalogVersion).toBe("2025");
    expect(res.report.period).toEqual(H2_2025);
    // 3.4.2 is a row of the 2022 template only
    expect(res.report.values["3.4.2.a"]).toBeUndefined();
    expect(res.report.values["3.4.1.a"]).toEqual({ value: "5" });
  });
  it("reads the reports with the catalog given, and names it in the result", () => {
    const mine = deriveCatalog(CATALOG_2022, {
      version: "2022-local",
      addRows: [
        {
          id: "9.1",
          code: "9.1.",
          parent: null,
          name: { vi: "Số cuộc họp", en: "Meetings" },
          unit: { vi: "Cuộc", en: "Meeting" },
          kind: "count",
          rollup: "sum",
          additive: true,
        },
      ],
    });
    const reps = [report("a", { "9.1": 2 }), report("b", { "9.1": 3 })];
    const res = rollupReports("p", reps, { catalog: mine, check: relationCheck });
    expect(res.report.catalogVersion).toBe("2022-local");
    expect(res.report.values["9.1"]).toEqual({ value: "5" });
    expect(res.reportedBy["9.1"]).toBe(2);
    const builtIn = rollupReports("p", reps, { check: relationCheck });
    expect(builtIn.report.values["9.1"]).toBeUndefined();
  });
  it("finished before any report, is an empty report of an empty custom period", () => {
    const res = createRollup("p", { check: relationCheck }).finish();
    expect(res.report).toStrictEqual({
      format: "cchc.report/1",
      agency: { id: "p" },
      period: { kind: "custom", year: 1970, from: "1970-01-01", to: "1970-01-01" },
      catalogVersion: "2022",
      values: {},
    });
    expect(res.units).toEqual({ included: [], excluded: [], missing: [] });
    expect(res.findings).toEqual([]);
  });
  it("takes the period of the first report when none is given, whatever comes after", () => {
    const r = createRollup("p", { check: relationCheck });
    r.add(report("a", { "2.1.1": 1 }, H2_2025));
    r.add(report("b", { "2.1.1": 2 }));
    const res = r.finish();
    expect(res.report.period).toEqual(H2_2025);
    expect(res.units.included.map((u) => u.id)).toEqual(["a"]);
    expect(res.units.excluded.map((e) => [e.id, e.reason])).toEqual([["b", "period-mismatch"]]);
  });
});

describe("rollupReports: options and input that are not what the types say", () => {
  it("treats missing or null options as none: the rule engine, Vietnamese messages, every report", () => {
    const reps = [report("a", { "2.1": 5, "2.1.1": 1, "2.1.2": 1 })];
    for (const res of [
      rollupReports("p", reps),
      rollupReports("p", reps, null as never),
      (() => {
        const r = createRollup("p", null as never);
        for (const x of reps) r.add(x);
        return r.finish();
      })(),
    ]) {
      expect(res.units.included.map((u) => u.id)).toEqual(["a"]);
      const f = res.findings.find((x) => x.rule === "sum.parts" && x.code === "2.1");
      expect(f?.units).toEqual(["a"]);
      expect(f?.message).toBe(f?.messages.vi);
    }
  });
  it("gives the rule engine's findings in the language asked for", () => {
    const res = rollupReports("p", [report("a", { "2.1": 5, "2.1.1": 1, "2.1.2": 1 })], { lang: "en" });
    const f = res.findings.find((x) => x.rule === "sum.parts" && x.code === "2.1");
    expect(f?.message).toBe(f?.messages.en);
    expect(f?.messages.en).not.toBe(f?.messages.vi);
  });
  it("rolls up nothing from something that is not an array of reports", () => {
    for (const bad of [null, undefined, "reports", { length: 1, 0: report("a", {}) }]) {
      const res = rollupReports("p", bad as never, { check: relationCheck });
      expect(res.units).toEqual({ included: [], excluded: [], missing: [] });
      expect(res.report.values).toEqual({});
    }
  });
});
