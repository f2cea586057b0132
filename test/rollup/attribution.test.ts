import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_2022 } from "../../src/catalog/v2022.js";
import { resolveLazily, resolveValues } from "../../src/catalog/values.js";
import type { Report } from "../../src/model/report.js";
import { compareReportedRate } from "../../src/numbers/interval.js";
import { rate as exactRate } from "../../src/numbers/rate.js";
import { createRollup, hadToRound, plainRateVerdict, rollupReports } from "../../src/rollup/rollup.js";
import { checkReport, defaultRules } from "../../src/rules/engine.js";
import { canGive } from "../../src/rules/evaluate.js";
import { H1_2022, report } from "./fixtures.js";

// Under mutation testing (vitest.stryker-rollup.config.ts sets CCHC_MUTATION) the properties run fewer
// cases per mutant; `npm test` runs them all.
const mutation = process.env.CCHC_MUTATION !== undefined;
const runs = (n: number) => (mutation ? Math.max(5, Math.round(n / 5)) : n);

// A parent's findings are attributed to its units by running on each unit only the rules that can give
// the same finding (kind and row), on the cells they read. These tests hold the facts that rests on, and
// the result against checking every unit with every rule (the streamed roll-up does that).

const EXAMPLE = JSON.parse(
  readFileSync(new URL("../../examples/khanh-hoa-skhcn-2022h1.json", import.meta.url), "utf8"),
) as Report;

/** Full-size unit reports: the example with its counts scaled by `k` and a few rows nudged. */
function unitReport(i: number, k: number, nudges: readonly [string, number][]): Report {
  const values: Report["values"] = {};
  for (const [id, v] of Object.entries(EXAMPLE.values)) {
    const c = { ...v };
    if (typeof c.raw === "string" && /^\d+$/.test(c.raw)) c.raw = String(Number(c.raw) * k);
    values[id] = c;
  }
  for (const [id, by] of nudges) {
    const v = values[id];
    if (v && typeof v.raw === "string" && /^\d+$/.test(v.raw)) v.raw = String(Number(v.raw) + by);
  }
  return { ...EXAMPLE, agency: { id: `u${i}` }, values };
}

const NUDGEABLE = Object.entries(EXAMPLE.values)
  .filter(([, v]) => typeof v.raw === "string" && /^\d+$/.test(v.raw))
  .map(([id]) => id);

const units = fc.array(
  fc.tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.array(fc.tuple(fc.constantFrom(...NUDGEABLE), fc.integer({ min: 1, max: 30 })), { maxLength: 3 }),
  ),
  { minLength: 1, maxLength: 12 },
);

describe("roll-up attribution", () => {
  it("every finding's row is one its rule reads, and its name is one its kind gives", () => {
    const rules = new Map(defaultRules(CATALOG_2022).map((r) => [r.key, r]));
    fc.assert(
      fc.property(units, (list) => {
        for (const [i, [k, nudges]] of list.entries()) {
          for (const f of checkReport(unitReport(i, k, nudges)).findings) {
            const rule = f.key === undefined ? undefined : rules.get(f.key);
            if (rule === undefined) continue; // the engine's own findings (catalog version), not a rule's
            expect(canGive(rule, f.rule), `${f.key} gave ${f.rule}`).toBe(true);
            if (rule.reads.length > 0) expect(rule.reads).toContain(f.code);
          }
        }
      }),
      { numRuns: runs(40) },
    );
  });

  it("names the same units as checking every unit with every rule (streamed), on full-size reports", () => {
    fc.assert(
      fc.property(units, (list) => {
        const reports = list.map(([k, nudges], i) => unitReport(i, k, nudges));
        const inMemory = rollupReports("vn", reports);
        const streamed = createRollup("vn");
        for (const r of reports) streamed.add(r);
        expect(inMemory).toEqual(streamed.finish());
      }),
      { numRuns: runs(25) },
    );
  });

  it("blames the unit whose parts exceed its total, and not the clean ones", () => {
    const clean = unitReport(0, 2, []);
    const broken = unitReport(1, 3, [["6.2.4.c", 5]]);
    const r = rollupReports("vn", [clean, broken, unitReport(2, 1, [])]);
    const sum = r.findings.find((f) => f.rule === "sum.parts" && f.code === "6.2.4");
    expect(sum?.units).toEqual(["u1"]);
  });

  it("reads a cell lazily exactly as the whole report is read", () => {
    const lazy = resolveLazily(EXAMPLE, CATALOG_2022);
    const whole = resolveValues(EXAMPLE, CATALOG_2022);
    for (const id of [...Object.keys(EXAMPLE.values), "9.9", "2.2.c"])
      expect(lazy.get(id)).toEqual(whole.get(id));
    expect([...lazy.values.keys()]).toEqual([...whole.values.keys()]);
    expect(lazy.unknown).toEqual(whole.unknown);
  });
});

describe("roll-up input", () => {
  it("excludes a unit report that is not a valid report, naming why, and keeps the valid ones", () => {
    const good = report("kh/a", { "2.1.1": "3" });
    const backwards = { ...report("kh/b", { "2.1.1": "4" }), period: { ...H1_2022, to: "2021-12-31" } };
    const r = rollupReports("kh", [good, backwards as Report]);
    expect(r.units.included.map((u) => u.id)).toEqual(["kh/a"]);
    expect(r.units.excluded).toHaveLength(1);
    expect(r.units.excluded[0]?.reason).toBe("invalid-report");
    expect(r.units.excluded[0]?.id).toBe("kh/b");
    expect(r.units.excluded[0]?.message.en).toContain("period.to");
    expect(r.report.values["2.1.1"]).toEqual({ value: "3" });
  });
});

describe("rate pre-test in doubles", () => {
  const rate = fc.tuple(
    fc.nat({ max: 100_000 }),
    fc.integer({ min: 1, max: 100_000 }),
    fc.integer({ min: 0, max: 4 }),
    fc.integer({ min: -3, max: 3 }),
  );
  it("agrees with the exact comparison whenever it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(rate, ([n, d, decimals, shift]) => {
        // a written rate near n/d: rounded, truncated or a few steps off
        const exact = (n * 100) / d;
        const step = 10 ** -decimals;
        const written = (Math.floor(exact / step) + shift) * step;
        if (written < 0) return;
        const rep = { value: written.toFixed(decimals), decimals };
        const fast = plainRateVerdict(rep, String(n), String(d), 100);
        if (fast === undefined) return;
        answered++;
        expect(fast).toBe(compareReportedRate(rep, n, d).status);
      }),
      { numRuns: runs(2000) },
    );
    expect(answered).toBeGreaterThan(runs(2000) / 2);
  });
  it("settles a truncated rate (37,03% for 10/27) without the exact path", () => {
    expect(plainRateVerdict({ value: "37.03", decimals: 2 }, "10", "27", 100)).toBe("truncated");
    expect(plainRateVerdict({ value: "37.04", decimals: 2 }, "10", "27", 100)).toBe("consistent");
    expect(plainRateVerdict({ value: "37.10", decimals: 2 }, "10", "27", 100)).toBe("inconsistent");
  });
});

describe("had a unit to round its rate", () => {
  const part = fc.oneof(
    fc.integer({ min: -5, max: 100_000 }).map(String),
    fc.constantFrom("0", "1.5", "20000.25", "9007199254740993", "-0"),
  );
  it("answers in integers exactly as the exact rate's decimals say", () => {
    fc.assert(
      fc.property(
        part,
        part,
        fc.constantFrom(1, 100, 1000),
        fc.integer({ min: 0, max: 8 }),
        (n, d, factor, k) => {
          const read = resolveValues(report("u", { "1.2.a": n, "1.2.b": d }), CATALOG_2022);
          const [nv, dv] = [read.get("1.2.a").value, read.get("1.2.b").value];
          const r = nv === null || dv === null ? null : exactRate(nv, dv, { factor, decimals: k });
          const expected = r?.ok ? (r.exact.split(".")[1]?.length ?? 0) > k : true;
          expect(hadToRound(read.get("1.2.a"), read.get("1.2.b"), factor, k)).toBe(expected);
        },
      ),
      { numRuns: runs(3000) },
    );
  });
});
