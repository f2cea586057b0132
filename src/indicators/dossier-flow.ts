/**
 * Calculators over dossier-flow records (one record per unit × period): on-time rates under a named
 * profile, field-wise totals, and a record built from the calendar's dossier counts.
 * @module
 */
import type { DossierCounts } from "../calendar/counters.js";
import {
  completeDossierFlow,
  DEFAULT_ON_TIME_PROFILE,
  ON_TIME_RATE_PROFILES,
  type OnTimeRateProfile,
  onTimeRateProfile,
  profileComponents,
} from "../catalog/dossier-profiles.js";
import { DOSSIER_FLOW_FIELDS, type DossierFlow } from "../model/dossier-flow.js";
import { rate } from "../numbers/rate.js";

/**
 * Tỷ lệ đúng hạn theo cách tính: the on-time rate of one record under one profile. `value` is the
 * percentage rounded half-up to the decimals asked (default 2), or null with a `reason`: a count the
 * profile reads is not reported (`"missing"`), or its denominator is zero (`"zero-denominator"`: the
 * rate is undefined, not 0 %).
 * @example
 * const r: FlowRate = { profile: "template", value: "80.00", numerator: 8, denominator: 10 };
 */
export interface FlowRate {
  /** The profile's id. */
  profile: string;
  /** The rate in percent, or null. */
  value: string | null;
  /** Numerator count (absent when missing). */
  numerator?: number;
  /** Denominator count (absent when missing). */
  denominator?: number;
  /** Why there is no value. */
  reason?: "missing" | "zero-denominator" | "invalid";
}

/**
 * Lỗi cách tính: thrown by {@link dossierFlowRate} for an unknown profile id.
 * @example
 * dossierFlowRate({ unit: "A" }, "nope"); // throws UnknownProfileError
 */
export class UnknownProfileError extends Error {
  /** The id asked for. */
  readonly profile: string;
  /** The message in both languages. */
  readonly messages: { vi: string; en: string };
  constructor(profile: string) {
    const ids = ON_TIME_RATE_PROFILES.map((p) => p.id).join(", ");
    const messages = {
      vi: `không có cách tính tỷ lệ đúng hạn "${profile}" (có: ${ids})`,
      en: `unknown on-time-rate profile "${profile}" (known: ${ids})`,
    };
    super(messages.en);
    this.name = "UnknownProfileError";
    this.profile = profile;
    this.messages = messages;
  }
}

function profileOf(p: string | OnTimeRateProfile | null | undefined): OnTimeRateProfile {
  // null (a record read from JSON with "profile": null) falls back to the default like undefined
  if (p !== null && typeof p === "object") return p;
  const id = p ?? DEFAULT_ON_TIME_PROFILE;
  const found = onTimeRateProfile(String(id));
  if (!found) throw new UnknownProfileError(String(id));
  return found;
}

/**
 * Tỷ lệ giải quyết đúng hạn của một dòng: the on-time rate of a dossier-flow record under a profile
 * (default: the record's own `profile`, else the appendix template), from its counts after
 * {@link completeDossierFlow}; exact integer arithmetic, rounded half-up. Throws
 * {@link UnknownProfileError} for an unknown profile id.
 * @example
 * const flow = { unit: "Sở Tư pháp", toProcess: 352, resolved: 330, resolvedEarly: 200, resolvedOnTime: 125,
 *   resolvedLate: 5, pending: 22, pendingWithinDeadline: 20, pendingOverdue: 2 };
 * dossierFlowRate(flow).value; // "98.48"
 * dossierFlowRate(flow, "qd766").value; // "98.01"
 * dossierFlowRate(flow, "portal-late-share").value; // "98.01"
 * dossierFlowRate({ unit: "A", resolved: 0, resolvedOnTimeOrEarly: 0 }).reason; // "zero-denominator"
 */
export function dossierFlowRate(
  flow: DossierFlow,
  profile?: string | OnTimeRateProfile,
  options?: { decimals?: number },
): FlowRate {
  const p = profileOf(profile ?? flow?.profile);
  const c = profileComponents(p, completeDossierFlow(flow));
  if (c === null) return { profile: p.id, value: null, reason: "missing" };
  const r = rate(c.numerator, c.denominator, { decimals: options?.decimals ?? 2 });
  const out: FlowRate = { profile: p.id, value: r.ok ? r.value : null, ...c };
  if (!r.ok) out.reason = r.reason === "zero-denominator" ? "zero-denominator" : "invalid";
  return out;
}

/**
 * Tỷ lệ đúng hạn theo mọi cách tính: the record's on-time rate under every profile, by profile id.
 * @example
 * const flow = { unit: "A", resolvedOnTimeOrEarly: 9, resolvedLate: 1, pendingWithinDeadline: 5, pendingOverdue: 0 };
 * dossierFlowRates(flow).template?.value; // "90.00"
 * dossierFlowRates(flow).qd766?.value; // "93.33"
 */
export function dossierFlowRates(
  flow: DossierFlow,
  options?: { decimals?: number },
): Record<string, FlowRate> {
  const out: Record<string, FlowRate> = {};
  for (const p of ON_TIME_RATE_PROFILES) out[p.id] = dossierFlowRate(flow, p, options);
  return out;
}

/**
 * Cộng số liệu hồ sơ: the field-wise total of several records (a province's total row recomputed from
 * its units or levels). A count is in the total only when every record reports it (blank ≠ 0: a sum over
 * a blank is unknown); rates, shares and precision are not carried (recompute rates from the total).
 * @example
 * sumDossierFlows([{ unit: "A", received: 10, carriedOver: 2 }, { unit: "B", received: 5 }], "Tổng");
 * // { unit: "Tổng", total: true, received: 15 }
 */
export function sumDossierFlows(flows: readonly DossierFlow[], unit = "Tổng cộng"): DossierFlow {
  const out: DossierFlow = { unit, total: true };
  if (!Array.isArray(flows) || flows.length === 0) return out;
  for (const f of DOSSIER_FLOW_FIELDS) {
    let s = 0;
    let all = true;
    for (const r of flows) {
      const v = r?.[f];
      if (typeof v !== "number") {
        all = false;
        break;
      }
      s += v;
    }
    if (all) out[f] = s;
  }
  return out;
}

/**
 * Số liệu hồ sơ từ kết quả đếm: a dossier-flow record from the calendar's counts of individual dossiers
 * ({@link countDossiers}): carried over, received by channel, to process, resolved early / on time /
 * late, pending within / overdue, due in the period.
 * @example
 * const counts = countDossiers([], { period: { from: "2024-01-01", to: "2024-03-31" } });
 * dossierFlowFromCounts(counts, "Sở Tư pháp").toProcess; // 0
 */
export function dossierFlowFromCounts(counts: DossierCounts, unit: string, period?: string): DossierFlow {
  const flow: DossierFlow = {
    unit,
    carriedOver: counts.carriedOver,
    received: counts.received,
    receivedOnline: counts.byChannel.online,
    receivedInPerson: counts.byChannel.inPerson,
    receivedPostal: counts.byChannel.postal,
    toProcess: counts.processed,
    resolved: counts.resolved.total,
    resolvedEarly: counts.resolved.early,
    resolvedOnTime: counts.resolved.onTime,
    resolvedLate: counts.resolved.late,
    pending: counts.pending.total,
    pendingWithinDeadline: counts.pending.withinDeadline,
    pendingOverdue: counts.pending.overdue,
    dueInPeriod: counts.dueInPeriod.total,
    dueInPeriodOnTime: counts.dueInPeriod.onTime,
  };
  if (period !== undefined) flow.period = period;
  return flow;
}
