import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countDossiers, type DossierCounts, onTimeRate } from "../../src/calendar/index.js";
import { completeDossierFlow, ON_TIME_RATE_PROFILES, profileComponents } from "../../src/catalog/index.js";
import {
  dossierFlowFromCounts,
  dossierFlowRate,
  dossierFlowRates,
  sumDossierFlows,
  UnknownProfileError,
} from "../../src/indicators/index.js";
import type { DossierFlow } from "../../src/model/index.js";
import { DossierFlowSchema } from "../../src/model/index.js";

const counts = fc
  .record({
    carriedOver: fc.nat(1000),
    early: fc.nat(5000),
    onTime: fc.nat(5000),
    late: fc.nat(500),
    within: fc.nat(500),
    overdue: fc.nat(100),
    online: fc.nat(3000),
    postal: fc.nat(100),
    due: fc.nat(3000),
    dueOnTime: fc.nat(3000),
  })
  .map((p): DossierCounts => {
    const resolved = p.early + p.onTime + p.late;
    const pending = p.within + p.overdue;
    const processed = resolved + pending;
    const carriedOver = Math.min(p.carriedOver, processed);
    const received = processed - carriedOver;
    const online = Math.min(p.online, received);
    const postal = Math.min(p.postal, received - online);
    const base = countDossiers([], { period: { from: "2024-01-01", to: "2024-03-31" } });
    return {
      ...base,
      received,
      carriedOver,
      processed,
      resolved: { early: p.early, onTime: p.onTime, late: p.late, total: resolved },
      pending: { withinDeadline: p.within, overdue: p.overdue, total: pending },
      byChannel: { online, inPerson: received - online - postal, postal },
      dueInPeriod: { total: p.due, onTime: Math.min(p.due, p.dueOnTime) },
    };
  });

describe("dossier-flow calculators", () => {
  it("property: a record from the calendar's counts has the calendar's on-time rates under the matching profiles", () => {
    const same: [string, "resolved" | "resolved-plus-pending" | "received" | "due-in-period"][] = [
      ["template", "resolved"],
      ["qd766", "resolved-plus-pending"],
      ["over-received", "received"],
      ["due-in-period", "due-in-period"],
    ];
    fc.assert(
      fc.property(counts, (c) => {
        const flow = DossierFlowSchema.parse(dossierFlowFromCounts(c, "U"));
        for (const [profile, denominator] of same) {
          expect(dossierFlowRate(flow, profile).value).toBe(onTimeRate(c, { denominator }).value);
        }
      }),
      { numRuns: 200 },
    );
  });
  it("property: the portal's 100 % − late share equals QĐ 766's rate when nothing was returned", () => {
    fc.assert(
      fc.property(counts, (c) => {
        const flow = dossierFlowFromCounts(c, "U");
        expect(dossierFlowRate(flow, "portal-late-share").value).toBe(dossierFlowRate(flow, "qd766").value);
      }),
      { numRuns: 100 },
    );
  });
  it("property: the sum of records has each count summed, and its rate is recomputed, never averaged", () => {
    fc.assert(
      fc.property(fc.array(counts, { minLength: 1, maxLength: 6 }), (cs) => {
        const flows = cs.map((c, i) => dossierFlowFromCounts(c, `U${i}`));
        const total = sumDossierFlows(flows);
        expect(total.resolved).toBe(cs.reduce((s, c) => s + c.resolved.total, 0));
        const t = profileComponents(ON_TIME_RATE_PROFILES[0]!, completeDossierFlow(total));
        const n = cs.reduce((s, c) => s + c.resolved.early + c.resolved.onTime, 0);
        expect(t?.numerator).toBe(n);
      }),
      { numRuns: 100 },
    );
  });
  it("a blank in any record leaves the total blank (blank ≠ 0)", () => {
    const t = sumDossierFlows([
      { unit: "A", received: 1, resolved: 1 },
      { unit: "B", received: 2 },
    ]);
    expect(t).toEqual({ unit: "Tổng cộng", total: true, received: 3 });
  });
  it("a rate reading a blank count is missing, a zero denominator undefined, an unknown profile a typed error", () => {
    expect(dossierFlowRate({ unit: "A", resolved: 4 }).reason).toBe("missing");
    expect(dossierFlowRate({ unit: "A", resolved: 0, resolvedOnTimeOrEarly: 0 }).value).toBeNull();
    expect(() => dossierFlowRate({ unit: "A" }, "nope")).toThrow(UnknownProfileError);
  });
  it("every profile has a rate for a complete record", () => {
    const flow: DossierFlow = {
      ...dossierFlowFromCounts(countDossiers([], { period: { from: "2024-01-01", to: "2024-01-31" } }), "A"),
      resolvedEarly: 1,
      resolved: 1,
      toProcess: 1,
      received: 1,
      dueInPeriod: 1,
      dueInPeriodOnTime: 1,
    };
    const rates = dossierFlowRates(flow);
    expect(Object.keys(rates)).toEqual(ON_TIME_RATE_PROFILES.map((p) => p.id));
    for (const r of Object.values(rates)) expect(r.value).toBe("100.00");
  });
});

describe("dossier-flow calculators: options and odd input", () => {
  const flow: DossierFlow = { unit: "A", resolved: 3, resolvedOnTimeOrEarly: 2 };
  it("rounds to 2 decimals by default, to the decimals asked otherwise", () => {
    expect(dossierFlowRate(flow).value).toBe("66.67");
    expect(dossierFlowRate(flow, "template", { decimals: 0 }).value).toBe("67");
    expect(dossierFlowRates(flow, { decimals: 1 }).template?.value).toBe("66.7");
  });
  it("names the profile used, by id or given as an object, and the record's own profile by default", () => {
    expect(dossierFlowRate(flow, "qd766").profile).toBe("qd766");
    const own = ON_TIME_RATE_PROFILES.find((p) => p.id === "over-received");
    expect(own && dossierFlowRate({ ...flow, received: 4 }, own)).toMatchObject({
      profile: "over-received",
      value: "50.00",
    });
    expect(dossierFlowRate({ ...flow, received: 4, profile: "over-received" }).value).toBe("50.00");
    expect(dossierFlowRate(flow)).toEqual({
      profile: "template",
      value: "66.67",
      numerator: 2,
      denominator: 3,
    });
  });
  it("says why there is no rate: zero denominator, or counts that cannot make a rate", () => {
    expect(dossierFlowRate({ unit: "A", resolved: 0, resolvedOnTimeOrEarly: 0 })).toEqual({
      profile: "template",
      value: null,
      numerator: 0,
      denominator: 0,
      reason: "zero-denominator",
    });
    expect(dossierFlowRate({ unit: "A", resolved: 5, resolvedOnTimeOrEarly: -1 })).toMatchObject({
      value: null,
      reason: "invalid",
    });
  });
  it("uses the default profile for a record whose profile is null (read from JSON)", () => {
    const fromJson = JSON.parse(
      '{"unit":"A","resolved":3,"resolvedOnTimeOrEarly":2,"profile":null}',
    ) as DossierFlow;
    expect(dossierFlowRate(fromJson)).toMatchObject({ profile: "template", value: "66.67" });
  });
  it("reads a missing record as one with every count missing, without throwing", () => {
    expect(dossierFlowRate(undefined as unknown as DossierFlow)).toEqual({
      profile: "template",
      value: null,
      reason: "missing",
    });
  });
  it("explains an unknown profile in both languages, listing the known ones", () => {
    const e = (() => {
      try {
        dossierFlowRate(flow, "nope");
      } catch (x) {
        return x;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(UnknownProfileError);
    const err = e as UnknownProfileError;
    expect(err.name).toBe("UnknownProfileError");
    expect(err.profile).toBe("nope");
    const known = ON_TIME_RATE_PROFILES.map((p) => p.id).join(", ");
    expect(err.messages.en).toBe(`unknown on-time-rate profile "nope" (known: ${known})`);
    expect(err.messages.vi).toContain(`"nope" (có: ${known})`);
    expect(err.message).toBe(err.messages.en);
  });
  it("sums no record, or a list that is not one, to a total without counts", () => {
    expect(sumDossierFlows([], "T")).toEqual({ unit: "T", total: true });
    expect(sumDossierFlows(null as unknown as DossierFlow[])).toEqual({ unit: "Tổng cộng", total: true });
  });
  it("leaves a count out of the total when a record is missing", () => {
    expect(sumDossierFlows([{ unit: "A", received: 1 }, null as unknown as DossierFlow])).toEqual({
      unit: "Tổng cộng",
      total: true,
    });
  });
  it("writes the period on a record from counts only when given", () => {
    const c = countDossiers([], { period: { from: "2024-01-01", to: "2024-03-31" } });
    expect(dossierFlowFromCounts(c, "U", "2024-Q1").period).toBe("2024-Q1");
    expect(dossierFlowFromCounts(c, "U")).not.toHaveProperty("period");
  });
});
