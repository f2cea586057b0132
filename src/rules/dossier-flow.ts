/**
 * Flow identities of dossier statistics as rules: checks dossier-flow records (one per unit, level or
 * online level, plus published total rows) and returns findings in the engine's shape. Counts are
 * integers (a count published rounded, "4,52 ngàn", is an interval); rates and shares are compared at
 * their written precision with the numbers area's interval semantics (truncation told apart).
 * @module
 */
import {
  completeDossierFlow,
  DEFAULT_ON_TIME_PROFILE,
  ON_TIME_RATE_PROFILES,
  type OnTimeRateProfile,
  onTimeRateProfile,
  profileComponents,
} from "../catalog/dossier-profiles.js";
import {
  DOSSIER_FLOW_FIELDS,
  type DossierFlow,
  type DossierFlowField,
  type DossierFlowShare,
} from "../model/dossier-flow.js";
import { compareReportedRate } from "../numbers/interval.js";
import type { Finding, FindingValue, Lang, Severity } from "./finding.js";
import { fixedOf, intRate, scaled } from "./intmath.js";
import { num, roundShown, short } from "./messages.js";

/**
 * Tùy chọn kiểm tra số liệu hồ sơ: options of {@link checkDossierFlows}.
 * @example
 * const o: DossierFlowCheckOptions = { profile: "portal-late-share", lang: "en" };
 */
export interface DossierFlowCheckOptions {
  /** The on-time-rate profile of the table (a row's own `profile` wins); default the appendix template. */
  profile?: string;
  /** Language of `message` (default `"vi"`). */
  lang?: Lang;
}

type Counts = Partial<Record<DossierFlowField, number>>;

/** A count as an integer interval [lo, hi] (exact when lo = hi). */
interface Iv {
  lo: number;
  hi: number;
  v: number;
  exact: boolean;
}

const FIELD_VI: Record<DossierFlowField, string> = {
  carriedOver: "tồn kỳ trước",
  received: "tiếp nhận mới",
  receivedOnline: "tiếp nhận trực tuyến",
  receivedInPerson: "tiếp nhận trực tiếp",
  receivedPostal: "tiếp nhận qua BCCI",
  receivedInPersonOrPostal: "trực tiếp và BCCI",
  toProcess: "cần giải quyết",
  resolved: "đã giải quyết",
  resolvedEarly: "trước hạn",
  resolvedOnTime: "đúng hạn",
  resolvedOnTimeOrEarly: "đúng hạn (gồm trước hạn)",
  resolvedLate: "quá hạn (đã giải quyết)",
  pending: "đang giải quyết",
  pendingWithinDeadline: "trong hạn (đang giải quyết)",
  pendingOverdue: "quá hạn (đang giải quyết)",
  returned: "trả lại",
  withdrawn: "rút hồ sơ",
  cancelled: "hủy",
  uncollected: "chưa nhận kết quả",
  dueInPeriod: "đến hạn trong kỳ",
  dueInPeriodOnTime: "đúng hạn trong số đến hạn",
};

/** A field as a Vietnamese message names it: "đã giải quyết (resolved)" (English messages use the field's name). */
function label(f: DossierFlowField): string {
  return `${FIELD_VI[f]} (${f})`;
}

function halfWidth(d: number | undefined): number {
  if (d === undefined || d >= 0) return 0;
  return 5 * 10 ** (-d - 1);
}

function ivOf(flow: DossierFlow, c: Counts, f: DossierFlowField): Iv | null {
  const v = c[f];
  return v === undefined ? null : ivAt(flow, f, v);
}

/** The count `v` of field `f`: an interval when the record published it rounded (a derived count is exact). */
function ivAt(flow: DossierFlow, f: DossierFlowField, v: number): Iv {
  const h = flow[f] === undefined ? 0 : halfWidth(flow.decimals?.[f]);
  return { lo: v - h, hi: v + h, v, exact: h === 0 };
}

function sumIv(parts: readonly Iv[]): Iv {
  let lo = 0;
  let hi = 0;
  let v = 0;
  let exact = true;
  for (const p of parts) {
    lo += p.lo;
    hi += p.hi;
    v += p.v;
    exact &&= p.exact;
  }
  return { lo, hi, v, exact };
}

function findingValueOf(x: Iv): FindingValue {
  const out: FindingValue = { value: String(x.v) };
  if (!x.exact) out.interval = { low: String(x.lo), high: String(x.hi) };
  return out;
}

interface Ctx {
  /** English messages (`lang: "en"`); Vietnamese otherwise. */
  en: boolean;
  out: Finding[];
  /** Profile ids already reported unknown (one finding each). */
  unknown: Set<string>;
}

function push(
  ctx: Ctx,
  flow: DossierFlow,
  f: {
    rule: string;
    severity: Severity;
    code: string;
    codes: string[];
    vi: string;
    en: string;
    expected: FindingValue;
    actual: FindingValue;
    units?: string[];
  },
): void {
  ctx.out.push({
    rule: f.rule,
    severity: f.severity,
    code: f.code,
    codes: f.codes,
    message: ctx.en ? f.en : f.vi,
    messages: { vi: f.vi, en: f.en },
    source: "appendix",
    units: f.units ?? [flow.unit],
    expected: f.expected,
    actual: f.actual,
  });
}

/** A count in a Vietnamese message ("1.350"). */
function n(x: number): string {
  return num(String(x), "vi");
}

/**
 * total (reported) against the sum of parts (reported or derived). Returns the signed gap (parts − total
 * midpoints) when the intervals do not overlap, else null; pushes nothing.
 */
function gap(total: Iv, parts: Iv): number | null {
  if (total.lo <= parts.hi && parts.lo <= total.hi) return null;
  return parts.v - total.v;
}

function sumText(parts: readonly DossierFlowField[]): string {
  return parts.map(label).join(" + ");
}

interface IdentityOptions {
  /** `false`: check a derived total too (default: only a reported one). */
  reportedTotal?: boolean;
  /** Parts short of the total are a warning with this explanation (a column the table lacks). */
  shortIsWarning?: { vi: string; en: string };
}

const NO_OPTIONS: IdentityOptions = {};

function identity(
  ctx: Ctx,
  flow: DossierFlow,
  c: Counts,
  rule: string,
  total: DossierFlowField,
  parts: readonly DossierFlowField[],
  options: IdentityOptions = NO_OPTIONS,
): boolean {
  if (options.reportedTotal !== false && flow[total] === undefined) return false;
  const tv = c[total];
  if (tv === undefined) return false;
  if (flow.decimals === undefined) {
    // every count exact: plain integer sum (the common case, no allocation)
    let sum = 0;
    for (const p of parts) {
      const v = c[p];
      if (v === undefined) return false;
      sum += v;
    }
    if (sum === tv && Number.isSafeInteger(sum)) return true;
  }
  const t = ivAt(flow, total, tv);
  const ps: Iv[] = [];
  for (const p of parts) {
    const x = ivOf(flow, c, p);
    if (x === null) return false;
    ps.push(x);
  }
  const s = sumIv(ps);
  if (!Number.isSafeInteger(s.hi) || !Number.isSafeInteger(t.hi)) return true;
  const g = gap(t, s);
  if (g === null) return true;

  const hint = g < 0 ? options.shortIsWarning : undefined;
  const diff = Math.abs(g);
  push(ctx, flow, {
    rule,
    severity: hint ? "warning" : "error",
    code: total,
    codes: [total, ...parts],
    expected: { ...findingValueOf(s), description: parts.join(" + ") },
    actual: findingValueOf(t),
    vi: `${flow.unit}: ${label(total)} ghi ${n(t.v)} nhưng ${sumText(parts)} = ${n(s.v)} (${g > 0 ? "thừa" : "thiếu"} ${n(diff)} hồ sơ so với tổng).${hint ? ` ${hint.vi}` : ""}`,
    en: `${flow.unit}: ${total} reports ${t.v} but ${parts.join(" + ")} = ${s.v} (${diff} dossier(s) ${g > 0 ? "more" : "fewer"} than the total).${hint ? ` ${hint.en}` : ""}`,
  });
  return true;
}

function subset(
  ctx: Ctx,
  flow: DossierFlow,
  c: Counts,
  part: DossierFlowField,
  whole: DossierFlowField,
): void {
  const p = ivOf(flow, c, part);
  const w = ivOf(flow, c, whole);
  if (p === null || w === null || p.lo <= w.hi) return;
  push(ctx, flow, {
    rule: "flow.subset",
    severity: "error",
    code: part,
    codes: [part, whole],
    expected: { value: String(w.v), description: `≤ ${whole}` },
    actual: findingValueOf(p),
    vi: `${flow.unit}: ${label(part)} ghi ${n(p.v)}, lớn hơn ${label(whole)} (${n(w.v)}).`,
    en: `${flow.unit}: ${part} reports ${p.v}, more than ${whole} (${w.v}).`,
  });
}

function decimalsOf(value: string): number {
  const dot = value.indexOf(".");
  return dot < 0 ? 0 : value.length - dot - 1;
}

interface Verdict {
  status: "consistent" | "truncated" | "inconsistent";
  rounded: string;
  exact: string;
  shown: string;
  /** The quotient cut one digit past the shown decimals, with "…" when digits were cut. */
  cut: string;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
const CONSISTENT: Verdict = { status: "consistent", rounded: "", exact: "", shown: "", cut: "" };

/**
 * Whether n / d × 100 (d > 0) lies in the interval of `v` / 10^k (cross-multiplied, exact while the
 * products are safe integers), or null outside that range.
 */
function insideFast(v: number, k: number, nn: number, d: number): boolean | null {
  const p = POW10[k];
  if (p === undefined) return null;
  const lhs = 200 * p * nn;
  const lo = (2 * v - 1) * d;
  const hi = (2 * v + 1) * d;
  if (!Number.isSafeInteger(lhs) || !Number.isSafeInteger(lo) || !Number.isSafeInteger(hi)) return null;
  return lo <= lhs && lhs <= hi;
}

/**
 * A percentage as written against n / d × 100 (integers, d > 0; n is negative when the counts
 * contradict the profile, e.g. a late rate when early + on time exceed resolved).
 */
function verdict(reported: string, nn: number, d: number): Verdict {
  const k = decimalsOf(reported);
  const v = scaled(reported, k);
  if (v !== null && insideFast(v, k, nn, d) === true) return CONSISTENT;
  if (v !== null) {
    const x = intRate(v, k, nn, d, 100, Math.max(2, k));
    if (x !== null) {
      const status = x.consistent
        ? "consistent"
        : x.truncated === fixedOf(v, k)
          ? "truncated"
          : "inconsistent";
      return { status, rounded: x.rounded, exact: x.exact, shown: x.shown, cut: x.cut };
    }
  }
  // a negative quotient, more than 6 decimals, or counts past the exact range
  const c = compareReportedRate({ value: reported, decimals: k }, nn, d);
  // d > 0: the only comparison without a computed value is that of an unreadable figure ("9x"); it is
  // inconsistent, and the finding still gives the quotient (at 2 decimals) it should have been
  const computed = c.computed ?? compareReportedRate({ value: "0", decimals: 2 }, nn, d).computed;
  if (computed === null) return { status: "inconsistent", rounded: "", exact: "", shown: "", cut: "" };
  return {
    status: c.computed === null ? "inconsistent" : (c.status as Verdict["status"]),
    rounded: computed.rounded,
    exact: computed.exact,
    shown: roundShown(computed.exact, Math.max(2, k)),
    cut: short(computed.exact, Math.max(2, k) + 1),
  };
}

/** Whether a percentage as written is consistent with n / d × 100 (fast, for the other profiles); never over 0. */
function consistent(reported: string, nn: number, d: number): boolean {
  if (d === 0) return false;
  const k = decimalsOf(reported);
  const v = scaled(reported, k);
  const fast = v === null ? null : insideFast(v, k, nn, d);
  return fast ?? verdict(reported, nn, d).status === "consistent";
}

/** A percentage in a Vietnamese message ("98,48%"). */
function pct(s: string): string {
  return num(s, "vi", true);
}

function checkRate(
  ctx: Ctx,
  flow: DossierFlow,
  c: Counts,
  profile: OnTimeRateProfile,
  which: "onTimeRate" | "lateRate",
  reported: string,
): void {
  const comp = profileComponents(profile, c);
  if (comp === null) return;
  const late = which === "lateRate";
  const nn = late ? comp.denominator - comp.numerator : comp.numerator;
  const d = comp.denominator;
  const actual: FindingValue = { value: reported, decimals: decimalsOf(reported), unit: "%" };
  const what = late ? { vi: "Tỷ lệ trễ hạn", en: "Late rate" } : { vi: "Tỷ lệ đúng hạn", en: "On-time rate" };
  const formula = late ? `100 − (${profile.formula})` : profile.formula;
  if (d === 0) {
    push(ctx, flow, {
      rule: "flow.rate-undefined",
      severity: "error",
      code: which,
      codes: [which],
      expected: { value: null, description: `undefined: denominator of ${profile.id} is 0` },
      actual,
      vi: `${flow.unit}: ${what.vi} ghi ${pct(reported)} nhưng mẫu số (${profile.id}) bằng 0: tỷ lệ không xác định (không phải 0%).`,
      en: `${flow.unit}: ${what.en} reports ${reported}% but the denominator (${profile.id}) is 0: the rate is undefined (not 0%).`,
    });
    return;
  }
  const x = verdict(reported, nn, d);
  if (x.status === "consistent") return;
  const expected: FindingValue = {
    value: x.rounded,
    exact: x.exact,
    decimals: decimalsOf(reported),
    unit: "%",
    description: `${profile.id}: ${formula} = ${nn}/${d} × 100`,
  };
  const others: string[] = [];
  for (const p of ON_TIME_RATE_PROFILES) {
    if (p.id === profile.id) continue;
    const o = profileComponents(p, c);
    if (o === null) continue;
    if (consistent(reported, late ? o.denominator - o.numerator : o.numerator, o.denominator))
      others.push(p.id);
  }
  if (others.length > 0) expected.description = `${expected.description}; matches ${others.join(", ")}`;
  if (x.status === "truncated") {
    push(ctx, flow, {
      rule: "flow.rate-truncated",
      severity: "warning",
      code: which,
      codes: [which],
      expected,
      actual,
      vi: `${flow.unit}: ${what.vi} ghi ${pct(reported)} trong khi ${n(nn)}/${n(d)} = ${pct(x.cut)} (${profile.id}); làm tròn đúng là ${pct(x.rounded)} (số bị cắt bớt chữ số thay vì làm tròn).${others.length > 0 ? ` Số ghi cũng khớp với cách tính ${others.join(", ")}.` : ""}`,
      en: `${flow.unit}: ${what.en} reports ${reported}% while ${nn}/${d} = ${x.cut}% (${profile.id}); correctly rounded it is ${x.rounded}% (digits were cut instead of rounded).${others.length > 0 ? ` The figure also matches profile ${others.join(", ")}.` : ""}`,
    });
    return;
  }
  const alsoVi =
    others.length > 0
      ? ` Số ghi khớp với cách tính ${others.join(", ")}: bảng có thể dùng cách tính khác (--profile).`
      : "";
  const alsoEn =
    others.length > 0
      ? ` The figure matches profile ${others.join(", ")}: the table may use another definition (--profile).`
      : "";
  push(ctx, flow, {
    rule: "flow.rate",
    severity: "error",
    code: which,
    codes: [which],
    expected,
    actual,
    vi: `${flow.unit}: ${what.vi} ghi ${pct(reported)} nhưng theo cách tính ${profile.id} (${formula}) là ${n(nn)}/${n(d)} = ${pct(x.shown)}.${alsoVi}`,
    en: `${flow.unit}: ${what.en} reports ${reported}% but under profile ${profile.id} (${formula}) it is ${nn}/${d} = ${x.shown}%.${alsoEn}`,
  });
}

function checkShares(ctx: Ctx, flow: DossierFlow, c: Counts, shares: readonly DossierFlowShare[]): void {
  for (const s of shares) {
    const nn = c[s.of];
    const d = c[s.base];
    if (nn === undefined || d === undefined || d === 0) continue;
    const x = verdict(s.value, nn, d);
    if (x.status === "consistent") continue;
    const actual: FindingValue = { value: s.value, decimals: decimalsOf(s.value), unit: "%" };
    const expected: FindingValue = {
      value: x.rounded,
      exact: x.exact,
      decimals: decimalsOf(s.value),
      unit: "%",
      description: `${s.of} / ${s.base} × 100 = ${nn}/${d} × 100`,
    };
    if (x.status === "truncated") {
      push(ctx, flow, {
        rule: "flow.share-truncated",
        severity: "warning",
        code: s.of,
        codes: [s.of, s.base],
        expected,
        actual,
        vi: `${flow.unit}: tỷ lệ ${label(s.of)} ghi ${pct(s.value)} trong khi ${n(nn)}/${n(d)} = ${pct(x.cut)}; làm tròn đúng là ${pct(x.rounded)} (số bị cắt bớt chữ số).`,
        en: `${flow.unit}: the share of ${s.of} reports ${s.value}% while ${nn}/${d} = ${x.cut}%; correctly rounded it is ${x.rounded}% (digits were cut).`,
      });
      continue;
    }
    const bases: string[] = [];
    for (const [f, v] of Object.entries(c) as [DossierFlowField, number][]) {
      if (f !== s.base && f !== s.of && consistent(s.value, nn, v)) bases.push(f);
    }
    if (bases.length > 0)
      expected.description = `${expected.description}; matches the base ${bases.join(", ")}`;
    push(ctx, flow, {
      rule: "flow.share",
      severity: "error",
      code: s.of,
      codes: [s.of, s.base],
      expected,
      actual,
      vi: `${flow.unit}: tỷ lệ ${label(s.of)} trên ${label(s.base)} ghi ${pct(s.value)} nhưng ${n(nn)}/${n(d)} = ${pct(x.shown)}.${bases.length > 0 ? ` Số ghi khớp với mẫu số ${bases.map((b) => label(b as DossierFlowField)).join(", ")}.` : ""}`,
      en: `${flow.unit}: the share of ${s.of} in ${s.base} reports ${s.value}% but ${nn}/${d} = ${x.shown}%.${bases.length > 0 ? ` The figure matches the base ${bases.join(", ")}.` : ""}`,
    });
  }
}

const CLOSED_OTHER: readonly DossierFlowField[] = ["returned", "withdrawn", "cancelled"];

type F = readonly DossierFlowField[];
const TO_PROCESS: F = ["carriedOver", "received"];
const DISPOSED: F = ["resolved", "pending"];
const RESOLVED_3: F = ["resolvedEarly", "resolvedOnTime", "resolvedLate"];
const RESOLVED_2: F = ["resolvedOnTimeOrEarly", "resolvedLate"];
const ON_TIME_2: F = ["resolvedEarly", "resolvedOnTime"];
const PENDING_2: F = ["pendingWithinDeadline", "pendingOverdue"];
const CHANNELS_3: F = ["receivedOnline", "receivedInPerson", "receivedPostal"];
const CHANNELS_2: F = ["receivedOnline", "receivedInPersonOrPostal"];
const IN_PERSON_OR_POSTAL: F = ["receivedInPerson", "receivedPostal"];
const DISPOSITION_WITH_CLOSED = { reportedTotal: false };
const DISPOSITION_WITHOUT_CLOSED: IdentityOptions = {
  reportedTotal: false,
  shortIsWarning: {
    vi: "Có thể thiếu số hồ sơ trả lại / rút (không có cột này).",
    en: "Returned or withdrawn dossiers may be missing (the table has no such column).",
  },
};

function checkRow(ctx: Ctx, flow: DossierFlow, profile: OnTimeRateProfile): void {
  const c = completeDossierFlow(flow);
  // totals as reported against their parts (reported or derived); a derived total cannot disagree
  identity(ctx, flow, c, "flow.to-process", "toProcess", TO_PROCESS);
  if (flow.returned === undefined && flow.withdrawn === undefined && flow.cancelled === undefined) {
    identity(ctx, flow, c, "flow.disposition", "toProcess", DISPOSED, DISPOSITION_WITHOUT_CLOSED);
  } else {
    const closed: DossierFlowField[] = ["resolved", "pending"];
    for (const f of CLOSED_OTHER) if (flow[f] !== undefined) closed.push(f);
    identity(ctx, flow, c, "flow.disposition", "toProcess", closed, DISPOSITION_WITH_CLOSED);
  }
  if (!identity(ctx, flow, c, "flow.resolved-parts", "resolved", RESOLVED_3)) {
    identity(ctx, flow, c, "flow.resolved-parts", "resolved", RESOLVED_2);
  }
  identity(ctx, flow, c, "flow.resolved-parts", "resolvedOnTimeOrEarly", ON_TIME_2);
  identity(ctx, flow, c, "flow.pending-parts", "pending", PENDING_2);
  if (!identity(ctx, flow, c, "flow.channels", "received", CHANNELS_3)) {
    identity(ctx, flow, c, "flow.channels", "received", CHANNELS_2);
  }
  identity(ctx, flow, c, "flow.channels", "receivedInPersonOrPostal", IN_PERSON_OR_POSTAL);
  subset(ctx, flow, c, "uncollected", "resolved");
  subset(ctx, flow, c, "dueInPeriodOnTime", "dueInPeriod");
  if (flow.onTimeRate !== undefined) checkRate(ctx, flow, c, profile, "onTimeRate", flow.onTimeRate);
  if (flow.lateRate !== undefined) checkRate(ctx, flow, c, profile, "lateRate", flow.lateRate);
  if (flow.shares !== undefined) checkShares(ctx, flow, c, flow.shares);
}

/** Every flow field is summed in a published total row. */
const TOTAL_FIELDS: readonly DossierFlowField[] = DOSSIER_FLOW_FIELDS;

function checkTotal(ctx: Ctx, total: DossierFlow, rows: readonly DossierFlow[]): void {
  if (rows.length === 0) return;
  for (const f of TOTAL_FIELDS) {
    const t = ivOf(total, total as Counts, f);
    if (t === null) continue;
    const parts: Iv[] = [];
    for (const r of rows) {
      const x = ivOf(r, r as Counts, f);
      if (x === null) break;
      parts.push(x);
    }
    if (parts.length !== rows.length) continue;
    const s = sumIv(parts);
    if (!Number.isSafeInteger(s.hi)) continue;
    const g = gap(t, s);
    if (g === null) continue;
    push(ctx, total, {
      rule: "flow.total",
      severity: "error",
      code: f,
      codes: [f],
      expected: { ...findingValueOf(s), description: `sum of ${rows.length} rows` },
      actual: findingValueOf(t),
      units: [total.unit, ...rows.map((r) => r.unit)],
      vi: `${total.unit}: ${label(f)} ghi ${n(t.v)} nhưng cộng ${rows.length} dòng được ${n(s.v)} (chênh ${n(Math.abs(g))} hồ sơ).`,
      en: `${total.unit}: ${f} reports ${t.v} but its ${rows.length} rows add up to ${s.v} (off by ${Math.abs(g)}).`,
    });
  }
}

/**
 * Kiểm tra số liệu hồ sơ: checks dossier-flow records (one per unit, level or online level; rows with
 * `total: true` are published totals) and returns findings:
 * - `flow.to-process`: to process = carried over + newly received;
 * - `flow.disposition`: to process = resolved + pending (+ returned + withdrawn + cancelled when
 *   reported); fewer without a returned/withdrawn column is a warning (they may be missing);
 * - `flow.resolved-parts`: resolved = early + on time + late (or on time incl. early + late);
 * - `flow.pending-parts`: pending = within deadline + overdue;
 * - `flow.channels`: received = online + in person + postal (or online + "in person or postal");
 * - `flow.subset`: uncollected ≤ resolved, resolved by due date ≤ due in period;
 * - `flow.rate` / `flow.rate-truncated` (warning) / `flow.rate-undefined`: the printed on-time (or late)
 *   rate against the row's profile at its written precision; a mismatch names the profiles it matches;
 * - `flow.share` / `flow.share-truncated` (warning): a percentage printed beside a count against its base;
 * - `flow.total`: a published total row equals the sum of the other rows, field by field.
 * Blank ≠ 0: a rule reading an unreported count is skipped. Never throws: an unknown profile id is a
 * warning (`flow.profile-unknown`) and the template's definition is used instead.
 * @example
 * const rows = [
 *   { unit: "Cấp tỉnh", carriedOver: 10, received: 90, toProcess: 100, resolved: 95, resolvedEarly: 50,
 *     resolvedOnTime: 40, resolvedLate: 3, pending: 5, onTimeRate: "94.73" },
 * ];
 * checkDossierFlows(rows, { lang: "en" }).map((f) => f.rule); // ["flow.resolved-parts", "flow.rate-truncated"]
 */
export function checkDossierFlows(
  flows: readonly DossierFlow[],
  options: DossierFlowCheckOptions = {},
): Finding[] {
  const ctx: Ctx = { en: options.lang === "en", out: [], unknown: new Set() };
  if (!Array.isArray(flows)) return ctx.out;
  const fallback = resolveProfile(ctx, options.profile ?? DEFAULT_ON_TIME_PROFILE);
  const units: DossierFlow[] = [];
  const totals: DossierFlow[] = [];
  for (const f of flows) {
    if (!f || typeof f.unit !== "string") continue;
    (f.total === true ? totals : units).push(f);
    const p = f.profile === undefined ? fallback : resolveProfile(ctx, f.profile);
    checkRow(ctx, f, p);
  }
  for (const t of totals) checkTotal(ctx, t, units);
  return ctx.out;
}

function resolveProfile(ctx: Ctx, id: string): OnTimeRateProfile {
  const p = onTimeRateProfile(id);
  if (p) return p;
  if (ctx.unknown.has(id)) return ON_TIME_RATE_PROFILES[0]!;
  ctx.unknown.add(id);
  const known = ON_TIME_RATE_PROFILES.map((x) => x.id).join(", ");
  const vi = `Không có cách tính tỷ lệ đúng hạn "${id}" (có: ${known}); dùng cách tính của mẫu phụ lục.`;
  const en = `Unknown on-time-rate profile "${id}" (known: ${known}); the template's is used.`;
  ctx.out.push({
    rule: "flow.profile-unknown",
    severity: "warning",
    code: null,
    codes: [],
    message: ctx.en ? en : vi,
    messages: { vi, en },
    source: "appendix",
  });
  return ON_TIME_RATE_PROFILES[0]!;
}
