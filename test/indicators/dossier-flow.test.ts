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
