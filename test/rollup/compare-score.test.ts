import { beforeEach, describe, expect, it } from "vitest";
import { CATALOG_2022 } from "../../src/catalog/index.js";
import {
  compareReports,
  type IndicatorComparison,
  QD766_EXAMPLE_TABLE,
  type ScoringTable,
  scoreReport,
  type YearToDate,
  yearToDate,
} from "../../src/rollup/index.js";
import { report } from "./fixtures.js";

const q = (i: number, from: string, to: string) => ({
  kind: "quarter" as const,
  year: 2022,
  index: i,
  from,
  to,
});
const Q1 = q(1, "2022-01-01", "2022-03-31");
const Q2 = q(2, "2022-04-01", "2022-06-30");

describe("compareReports", () => {
  const older = report(
    "x",
    { "3.4.1.a": 83, "3.4.1": "96,39%", "6.1.a": "20.000", "1.6": 0, "3.5.a": 0 },
    Q1,
  );
  const newer = report(
    "x",
    { "3.4.1.a": 100, "3.4.1": "98%", "6.1.a": "20.000", "1.6": 1, "3.5.a": 4, "1.1": 3 },
    Q2,
  );
  let c: Record<string, IndicatorComparison>;
  beforeEach(() => {
    c = Object.fromEntries(compareReports(older, newer).map((x) => [x.id, x]));
  });
  it("gives the difference and the relative change of counts", () => {
    expect(c["3.4.1.a"]).toMatchObject({
      old: "83",
      new: "100",
      delta: "17",
      deltaPercent: "20.48",
      status: "changed",
    });
    expect(c["6.1.a"]).toMatchObject({ delta: "0", deltaPercent: "0.00", status: "same" });
  });
  it("compares rates in percentage points", () => {
    expect(c["3.4.1"]).toMatchObject({ old: "96.39", new: "98", deltaPoints: "1.61", deltaPercent: null });
  });
  it("handles blanks and zero bases", () => {
    expect(c["1.1"]).toMatchObject({ old: null, new: "3", delta: null, status: "added" });
    expect(c["3.5.b"]).toMatchObject({ old: null, new: null, status: "both-blank" });
    expect(c["3.5.a"]).toMatchObject({ delta: "4", deltaPercent: null });
    expect(c["1.6"]).toMatchObject({ delta: "1", deltaPercent: null });
    const gone = compareReports(newer, older).find((x) => x.id === "1.1");
    expect(gone?.status).toBe("removed");
  });
});

describe("compareReports: each state, and where a change is read in percent or in points", () => {
  it("marks a value that cannot be read as unreadable, on either side, with no difference", () => {
    const old = report("x", { "3.4.1.a": "abc", "7.5.3.a": "732/876" }, Q1);
    const cur = report("x", { "3.4.1.a": 5, "7.5.3.a": "80%" }, Q2);
    const c = Object.fromEntries(compareReports(old, cur).map((x) => [x.id, x]));
    expect(c["3.4.1.a"]).toEqual({
      id: "3.4.1.a",
      kind: "count",
      unit: { vi: "Hồ sơ", en: "dossier" },
      old: null,
      new: "5",
      delta: null,
      deltaPercent: null,
      status: "unreadable",
    });
    expect(c["7.5.3.a"]).toMatchObject({ new: "80", delta: null, deltaPoints: null, status: "unreadable" });
    const back = compareReports(cur, old).find((x) => x.id === "3.4.1.a");
    expect(back).toMatchObject({ old: "5", new: null, status: "unreadable" });
  });
  it("gives a fall as a negative difference and a negative percent", () => {
    const c = compareReports(report("x", { "3.4.1.b": 100 }, Q1), report("x", { "3.4.1.b": 83 }, Q2));
    expect(c.find((x) => x.id === "3.4.1.b")).toMatchObject({
      delta: "-17",
      deltaPercent: "-17.00",
      status: "changed",
    });
  });
  it("never gives a percent change for a coded answer", () => {
    const c = compareReports(report("x", { "1.6": 1 }, Q1), report("x", { "1.6": 0 }, Q2));
    expect(c.find((x) => x.id === "1.6")).toMatchObject({
      delta: "-1",
      deltaPercent: null,
      status: "changed",
    });
  });
  it("has deltaPoints on rate rows only; an unchanged rate is 'same' with 0 points", () => {
    const c = compareReports(report("x", { "3.4.1": "98%" }, Q1), report("x", { "3.4.1": "98,0%" }, Q2));
    const by = Object.fromEntries(c.map((x) => [x.id, x]));
    expect(by["3.4.1"]).toMatchObject({ delta: "0", deltaPoints: "0", deltaPercent: null, status: "same" });
    expect(by["7.5.3.a"]).toMatchObject({ deltaPoints: null, status: "both-blank" });
    expect("deltaPoints" in (by["3.4.1.a"] ?? {})).toBe(false);
  });
  it("has one entry per non-heading row of the catalog, in catalog order", () => {
    const c = compareReports(report("x", {}, Q1), report("x", {}, Q2));
    const rows = CATALOG_2022.rows.filter((r) => r.kind !== "group").map((r) => r.id);
    expect(c.map((x) => x.id)).toEqual(rows);
    expect(c.every((x) => x.status === "both-blank")).toBe(true);
  });
});

describe("yearToDate", () => {
  const a = report(
    "x",
    { "3.4.1.a": 40, "3.4.1.b": 30, "3.4.1.c": 27, "3.1.4": 54, "1.2.b": 5, "1.6": 1 },
    Q1,
  );
  const b = report("x", { "3.4.1.a": 60, "3.4.1.b": 50, "3.4.1.c": 50, "3.1.4": 55, "1.2.b": 9 }, Q2);
  let y: YearToDate;
  beforeEach(() => {
    y = yearToDate([b, a]);
  });
  it("sums additive rows and recomputes rates from them", () => {
    expect(y.values["3.4.1.a"]).toEqual({ status: "summed", value: "100", reportedBy: 2 });
    expect(y.values["3.4.1"]).toEqual({
      status: "recomputed",
      value: "96.25",
      numerator: "77",
      denominator: "80",
    });
    expect(y.report.values["3.4.1"]).toEqual({ value: "96.25" });
    expect(y.report.period).toMatchObject({ from: "2022-01-01", to: "2022-06-30" });
    expect(y.problems).toEqual([]);
  });
  it("refuses to sum stocks, cumulative rows, coded answers and rates over stocks", () => {
    expect(y.values["3.1.4"]).toEqual({ status: "not-additive" });
    expect(y.values["1.2.b"]).toEqual({ status: "not-additive" });
    expect(y.values["1.6"]).toEqual({ status: "not-additive" });
    expect(y.values["7.7.1"]).toEqual({ status: "not-additive" });
    expect(y.report.values["3.1.4"]).toBeUndefined();
    expect(y.values["3.5.a"]).toEqual({ status: "blank" });
  });
  it("lists gaps between periods and another agency", () => {
    const gap = yearToDate([a, report("y", {}, q(3, "2022-07-01", "2022-09-30"))]);
    expect(gap.problems).toHaveLength(2);
    expect(yearToDate([]).problems).toEqual([]);
  });
});

describe("yearToDate: the period, the agency, and rates over a zero sum", () => {
  it("spans the first report's start to the last report's end, for the first report's agency", () => {
    const a = report("x", { "3.4.1.a": 1 }, Q1);
    const b = report("x", { "3.4.1.a": 2 }, Q2);
    const y = yearToDate([b, a]);
    expect(y.report).toMatchObject({
      agency: { id: "x" },
      period: { kind: "custom", year: 2022, from: "2022-01-01", to: "2022-06-30" },
      catalogVersion: "2022",
    });
  });
  it("gives a rate whose summed denominator is 0 as blank, while its parts are summed", () => {
    const y = yearToDate([report("x", { "3.4.1.a": 1, "3.4.1.b": 0, "3.4.1.c": 0 }, Q1)]);
    expect(y.values["3.4.1"]).toEqual({ status: "blank" });
    expect(y.values["3.4.1.c"]).toEqual({ status: "summed", value: "0", reportedBy: 1 });
    expect(y.report.values["3.4.1"]).toBeUndefined();
  });
  it("gives a rate whose numerator is blank as blank", () => {
    const y = yearToDate([report("x", { "3.4.1.b": 4 }, Q1)]);
    expect(y.values["3.4.1"]).toEqual({ status: "blank" });
  });
  it("counts only the reports that wrote a row", () => {
    const y = yearToDate([report("x", { "3.4.1.a": 3 }, Q1), report("x", {}, Q2)]);
    expect(y.values["3.4.1.a"]).toEqual({ status: "summed", value: "3", reportedBy: 1 });
    expect(y.problems).toEqual([]);
  });
  it("names an overlap between periods, and another agency, in both languages", () => {
    const a = report("x", {}, Q1);
    const overlap = yearToDate([a, report("x", {}, q(2, "2022-03-31", "2022-06-30"))]);
    expect(overlap.problems).toEqual([
      {
        vi: "kỳ 2022-01-01→2022-03-31 và 2022-03-31→2022-06-30 không liền nhau",
        en: "periods 2022-01-01→2022-03-31 and 2022-03-31→2022-06-30 are not consecutive",
      },
    ]);
    const other = yearToDate([a, report("y", {}, Q2)]);
    expect(other.problems).toEqual([
      { vi: "báo cáo của cơ quan khác: y", en: "report of another agency: y" },
    ]);
  });
  it("gives an empty result for no reports or bad input, without throwing", () => {
    const y = yearToDate(null as never);
    expect(y.report.values).toEqual({});
    expect(y.report.agency).toEqual({ id: "?" });
    expect(y.values["3.4.1.a"]).toEqual({ status: "blank" });
    expect(yearToDate([null as never, report("x", { "3.4.1.a": 2 }, Q1)]).values["3.4.1.a"]).toMatchObject({
      value: "2",
    });
  });
});

describe("scoreReport", () => {
  const r = report("x", { "3.4.1": "60%", "7.7.4": "75%" });
  it("applies the QĐ 766 example thresholds and reports missing inputs", () => {
    const s = scoreReport(r, QD766_EXAMPLE_TABLE, { inputs: { "satisfaction-rate": "81" } });
    const by = Object.fromEntries(s.criteria.map((c) => [c.id, c]));
    expect(by["766.2"]?.points).toBe("15.00"); // 60 × 20 / 80
    expect(by["766.4"]?.points).toBe("22.00"); // 75 ≥ 50
    expect(by["766.5"]?.points).toBe("16.20"); // 81 × 18 / 90
    expect(by["766.1"]).toMatchObject({
      points: null,
      reason: { code: "missing-input", ids: ["publicity-rate"] },
    });
    expect(s.total).toBe("53.20");
    expect(s.maxTotal).toBe("100");
    expect(s.complete).toBe(false);
    expect(s.verified).toBe(false);
    expect(s.groups.find((g) => g.id === "progress")).toEqual({
      id: "progress",
      points: "15.00",
      maxPoints: "20",
    });
  });
  it("has the QĐ 766 group structure (18 + 20 + 22 + 22 + 18)", () => {
    expect(QD766_EXAMPLE_TABLE.groups.map((g) => g.maxPoints)).toEqual(["18", "20", "22", "22", "18"]);
    expect(QD766_EXAMPLE_TABLE.criteria.every((c) => c.verified === false)).toBe(true);
  });
  const table: ScoringTable = {
    id: "t",
    name: { vi: "t", en: "t" },
    source: "test",
    verified: true,
    groups: [{ id: "g", name: { vi: "g", en: "g" }, maxPoints: "10" }],
    criteria: [
      {
        id: "p",
        group: "g",
        name: { vi: "p", en: "p" },
        maxPoints: "4",
        reads: ["3.4.1.c", "3.4.1.b"],
        rule: { kind: "proportional" },
        source: "s",
        verified: true,
      },
      {
        id: "s",
        group: "g",
        name: { vi: "s", en: "s" },
        maxPoints: "6",
        reads: ["1.6.a"],
        rule: {
          kind: "step",
          steps: [
            { atLeast: "10", points: "2" },
            { atLeast: "30", points: "6" },
          ],
        },
        source: "s",
        verified: true,
      },
    ],
  };
  it("applies proportional and step rules; a ratio over zero has a reason", () => {
    const s = scoreReport(report("x", { "3.4.1.c": 1, "3.4.1.b": 3, "1.6.a": 38 }), table);
    expect(s.criteria.map((c) => c.points)).toEqual(["1.33", "6.00"]);
    expect(s.verified).toBe(true);
    expect(s.complete).toBe(true);
    const low = scoreReport(report("x", { "3.4.1.c": 0, "3.4.1.b": 0, "1.6.a": 5 }), table);
    expect(low.criteria[0]?.reason?.code).toBe("zero-denominator");
    expect(low.criteria[1]?.points).toBe("0.00");
  });
});
