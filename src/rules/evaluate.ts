/**
 * Evaluating one rule over resolved values. Integer counts take a `number` fast path; decimal
 * arithmetic (the numbers area) is used only for non-integers and to describe a finding.
 * @module
 */
import type { CatalogRow } from "../catalog/types.js";
import type { LocalizedText } from "../model/primitives.js";
import { compareDecimal, safeIntOf, sumDecimals } from "../numbers/decimal.js";
import { compareReportedRate, intervalOf } from "../numbers/interval.js";
import { rate as computeRate } from "../numbers/rate.js";
import type { Interval } from "../numbers/types.js";
import type { FindingValue, Severity } from "./finding.js";
import { fixedOf, intervalFast, intRate, intRateConsistent, scaled } from "./intmath.js";
import { MESSAGES, type Messages, roundShown, short } from "./messages.js";
import { isPresent, type ResolvedReport, type ResolvedValue } from "./resolve.js";
import type {
  CompulsoryPairRule,
  DerivableRule,
  EqualRule,
  ExclusivePairRule,
  FractionBaseRule,
  InlineRateRule,
  RateRule,
  RuleDefinition,
  RuleKind,
  StructureRule,
  SubsetRule,
  SumRule,
  ZeroDenominatorRule,
} from "./types.js";

/** A finding before the engine adds severity defaults, language and source. @internal */
export interface Draft {
  rule: string;
  code: string | null;
  codes: string[];
  expected?: FindingValue;
  actual?: FindingValue;
  messages: Messages;
  /** Overrides the rule's severity (rate.truncated is a warning). */
  severity?: Severity;
}

/** Drafts, or "missing" when the rule could not be evaluated for lack of values. @internal */
export type EvalResult = Draft[] | "missing";

const NONE: Draft[] = [];

type Present = ResolvedValue & { value: string };

function intervalFor(v: Present): Interval {
  if (v.exact) return { low: v.value, high: v.value };
  return (
    intervalFast(v.value, v.decimals) ?? intervalOf(v.value, v.decimals) ?? { low: v.value, high: v.value }
  );
}

function sumInterval(vs: readonly Present[]): Interval {
  const lows: string[] = [];
  const highs: string[] = [];
  for (const v of vs) {
    const i = intervalFor(v);
    lows.push(i.low);
    highs.push(i.high);
  }
  return { low: sumDecimals(lows), high: sumDecimals(highs) };
}

function actualOf(v: Present): FindingValue {
  const out: FindingValue = { value: v.value, decimals: v.decimals };
  if (!v.exact) {
    const i = intervalFast(v.value, v.decimals) ?? intervalOf(v.value, v.decimals);
    if (i) out.interval = i;
  }
  return out;
}

/** Exact sum of integer values with `number` when every value is exact and a safe integer, else null. */
function intSum(vs: readonly Present[]): number | null {
  let s = 0;
  for (const v of vs) {
    if (!v.exact || Number.isNaN(v.int)) return null;
    s += v.int;
  }
  return Number.isSafeInteger(s) ? s : null;
}

function sumText(parts: readonly string[]): string {
  return `sum of ${parts.join(", ")}`;
}

/** The present values of `ids`, or null when any is missing. */
function allPresent(r: ResolvedReport, ids: readonly string[]): Present[] | null {
  const out: Present[] = [];
  for (const id of ids) {
    const v = r.get(id);
    if (!isPresent(v)) return null;
    out.push(v);
  }
  return out;
}

function evalSum(rule: SumRule, r: ResolvedReport): EvalResult {
  const t = r.get(rule.total);
  const parts = allPresent(r, rule.parts);
  if (!isPresent(t) || parts === null) return "missing";
  const fast = t.exact && !Number.isNaN(t.int) ? intSum(parts) : null;
  let ok: boolean;
  let sum: string;
  let partsInterval: Interval | undefined;
  if (fast !== null) {
    ok = fast === t.int;
    sum = String(fast);
  } else {
    sum = sumDecimals(parts.map((p) => p.value));
    const ti = intervalFor(t);
    const pi = sumInterval(parts);
    ok = compareDecimal(ti.low, pi.high) <= 0 && compareDecimal(pi.low, ti.high) <= 0;
    if (pi.low !== pi.high) partsInterval = pi;
  }
  if (ok) return NONE;
  const expected: FindingValue = { value: sum, exact: sum, description: sumText(rule.parts) };
  if (partsInterval) expected.interval = partsInterval;
  return [
    {
      rule: "sum.parts",
      code: rule.total,
      codes: [rule.total, ...rule.parts],
      expected,
      actual: actualOf(t),
      messages: MESSAGES.sumParts(rule.total, rule.parts, t.value, sum),
    },
  ];
}

function evalSubset(rule: SubsetRule, r: ResolvedReport): EvalResult {
  if (rule.skipIfReported?.some((id) => isPresent(r.get(id)))) return NONE;
  const t = r.get(rule.total);
  // parts are non-negative: the sum of the parts present is a lower bound of the sum of all parts
  const parts = rule.parts.map((p) => r.get(p)).filter(isPresent);
  if (!isPresent(t) || parts.length === 0) return "missing";
  if (parts.some((p) => p.value.startsWith("-"))) return "missing";
  const fast = t.exact && !Number.isNaN(t.int) ? intSum(parts) : null;
  let ok: boolean;
  let sum: string;
  if (fast !== null) {
    ok = fast <= t.int;
    sum = String(fast);
  } else {
    sum = sumDecimals(parts.map((p) => p.value));
    ok = compareDecimal(sumInterval(parts).low, intervalFor(t).high) <= 0;
  }
  if (ok) return NONE;
  return [
    {
      rule: "subset.parts",
      code: rule.total,
      codes: [rule.total, ...parts.map((p) => p.id)],
      expected: { value: sum, description: `at least ${sumText(parts.map((p) => p.id))}` },
      actual: actualOf(t),
      messages: MESSAGES.subsetParts(
        rule.total,
        parts.map((p) => p.id),
        t.value,
        sum,
      ),
    },
  ];
}

interface RateVerdict {
  status: "truncated" | "inconsistent";
  exact: string;
  rounded: string;
  interval: Interval | null;
  shown: string;
  cut: string;
}

/** The verdict on a reported rate, or null when it is consistent (or cannot be computed). */
function rateVerdict(
  reported: Present,
  numerator: { value: string; int: number },
  denominator: { value: string; int: number },
  factor: number,
): RateVerdict | null {
  // over a zero denominator the rate is undefined: rate.zero-denominator reports it, not this rule
  if (denominator.int === 0) return null;
  const k = reported.decimals;
  const keep = Math.max(2, k);
  const v = scaled(reported.value, k);
  if (v !== null && !Number.isNaN(numerator.int) && !Number.isNaN(denominator.int)) {
    // the common case, a consistent rate, is settled without building any digits
    if (intRateConsistent(v, k, numerator.int, denominator.int, factor) === true) return null;
    const x = intRate(v, k, numerator.int, denominator.int, factor, keep);
    if (x !== null) {
      if (x.consistent) return null;
      return {
        status: x.truncated === fixedOf(v, k) ? "truncated" : "inconsistent",
        exact: x.exact,
        rounded: x.rounded,
        interval: intervalFast(reported.value, k),
        shown: x.shown,
        cut: x.cut,
      };
    }
  }
  // general path (decimals, huge values): the numbers area's exact comparison
  const c = compareReportedRate({ value: reported.value, decimals: k }, numerator.value, denominator.value, {
    factor,
  });
  if ((c.status !== "truncated" && c.status !== "inconsistent") || c.computed === null) return null;
  return {
    status: c.status,
    exact: c.computed.exact,
    rounded: c.computed.rounded,
    interval: c.interval,
    shown: roundShown(c.computed.exact, keep),
    cut: short(c.computed.exact, keep + 1),
  };
}

/** The compared values of a rate verdict: what the rate should be over `denominator`, and what was written. */
function verdictValues(
  c: RateVerdict,
  reported: Present,
  numerator: { id: string; value: string },
  denominator: { id: string; value: string },
  factor: number,
): { expected: FindingValue; actual: FindingValue } {
  const actual: FindingValue = { value: reported.value, decimals: reported.decimals, unit: "%" };
  if (c.interval) actual.interval = c.interval;
  return {
    expected: {
      value: c.rounded,
      exact: c.exact,
      decimals: reported.decimals,
      unit: "%",
      description: `${numerator.id} / ${denominator.id} × ${factor} = ${numerator.value}/${denominator.value} × ${factor}`,
    },
    actual,
  };
}

/** rate.truncated / rate.mismatch from a verdict (see {@link rateVerdict}). */
function verdictDraft(
  c: RateVerdict,
  code: string,
  codes: string[],
  reported: Present,
  numerator: { id: string; value: string },
  denominator: { id: string; value: string },
  factor: number,
): Draft {
  const input = {
    rate: code,
    numerator: numerator.id,
    denominator: denominator.id,
    reported: reported.value,
    numeratorValue: numerator.value,
    denominatorValue: denominator.value,
    shown: c.shown,
    cut: c.cut,
    rounded: c.rounded,
  };
  const truncated = c.status === "truncated";
  const draft: Draft = {
    rule: truncated ? "rate.truncated" : "rate.mismatch",
    code,
    codes,
    ...verdictValues(c, reported, numerator, denominator, factor),
    messages: truncated ? MESSAGES.rateTruncated(input) : MESSAGES.rateMismatch(input),
  };
  if (truncated) draft.severity = "warning";
  return draft;
}

function rateDrafts(
  code: string,
  codes: string[],
  reported: Present,
  numerator: { id: string; value: string; int: number },
  denominator: { id: string; value: string; int: number },
  factor: number,
): Draft[] {
  const c = rateVerdict(reported, numerator, denominator, factor);
  if (c === null) return NONE;
  return [verdictDraft(c, code, codes, reported, numerator, denominator, factor)];
}

function evalRate(rule: RateRule, r: ResolvedReport): EvalResult {
  const v = allPresent(r, [rule.rate, rule.numerator, rule.denominator]);
  if (v === null) return "missing";
  const [rv, n, d] = v as [Present, Present, Present];
  const c = rateVerdict(rv, n, d, rule.factor);
  if (c === null) return NONE;
  if (c.status === "inconsistent" && rule.otherBases?.length) {
    // the rate is wrong over the template's denominator: does it follow another reading of the row?
    for (const id of rule.otherBases) {
      const base = r.get(id);
      if (!isPresent(base) || rateVerdict(rv, n, base, rule.factor) !== null) continue;
      return [otherBaseDraft(rule, rv, n, d, base, c)];
    }
  }
  return [verdictDraft(c, rule.rate, [rule.rate, rule.numerator, rule.denominator], rv, n, d, rule.factor)];
}

/** rate.other-base: the reported rate matches `numerator / base`, not the template's `numerator / denominator`. */
function otherBaseDraft(
  rule: RateRule,
  rv: Present,
  n: Present,
  d: Present,
  base: Present,
  c: RateVerdict,
): Draft {
  const keep = Math.max(2, rv.decimals);
  // the template's rate as the message shows it: the verdict's own when both parts are whole numbers
  // (the integer path wrote it from the same exact digits), else computed again as before
  const whole = Number.isSafeInteger(n.int) && Number.isSafeInteger(d.int) && n.int >= 0 && d.int > 0;
  let shown = c.shown;
  if (!whole) {
    const template = computeRate(n.value, d.value, { factor: rule.factor, decimals: keep });
    shown = template.ok ? roundShown(template.exact, keep) : c.rounded;
  }
  const input = {
    rate: rule.rate,
    numerator: rule.numerator,
    denominator: rule.denominator,
    reported: rv.value,
    numeratorValue: n.value,
    denominatorValue: d.value,
    shown,
    cut: shown,
    rounded: c.rounded,
  };
  const { expected, actual } = verdictValues(c, rv, n, d, rule.factor);
  actual.description = `${rule.numerator} / ${base.id} × ${rule.factor} = ${n.value}/${base.value} × ${rule.factor}`;
  return {
    rule: "rate.other-base",
    code: rule.rate,
    codes: [rule.rate, rule.numerator, rule.denominator, base.id],
    messages: MESSAGES.rateOtherBase(input, base.id, base.value),
    severity: "warning",
    expected,
    actual,
  };
}

function evalInlineRate(rule: InlineRateRule, r: ResolvedReport): EvalResult {
  const v = r.get(rule.rate);
  if (!isPresent(v) || !v.valueFromUnit || !v.fraction) return NONE;
  const { numerator, denominator } = v.fraction;
  return rateDrafts(
    rule.rate,
    [rule.rate],
    v,
    { id: "numerator", value: numerator, int: safeIntOf(numerator) },
    { id: "denominator", value: denominator, int: safeIntOf(denominator) },
    rule.factor,
  );
}

function isZero(v: Present): boolean {
  return v.exact && !Number.isNaN(v.int) ? v.int === 0 : compareDecimal(v.value, "0") === 0;
}

function evalZeroDenominator(rule: ZeroDenominatorRule, r: ResolvedReport): EvalResult {
  const rv = r.get(rule.rate);
  if (!isPresent(rv)) return NONE;
  const d = r.get(rule.denominator);
  if (d.kind === "invalid") return NONE; // reported as structure.unparseable
  const actual: FindingValue = { value: rv.value, decimals: rv.decimals, unit: "%" };
  if (isPresent(d)) {
    if (!isZero(d)) return NONE;
    return [
      {
        rule: "rate.zero-denominator",
        code: rule.rate,
        codes: [rule.rate, rule.denominator],
        expected: { value: null, description: `undefined: ${rule.denominator} = 0` },
        actual,
        messages: MESSAGES.zeroDenominator(rule.rate, rule.denominator, rv.value),
      },
    ];
  }
  return [
    {
      rule: "rate.blank-denominator",
      code: rule.rate,
      codes: [rule.rate, rule.denominator],
      expected: { value: null, description: `cannot be checked: ${rule.denominator} is blank` },
      actual,
      messages: MESSAGES.blankDenominator(rule.rate, rule.denominator, rv.value),
    },
  ];
}

function evalCompulsory(rule: CompulsoryPairRule, r: ResolvedReport): EvalResult {
  if (!isPresent(r.get(rule.when))) return "missing";
  if (rule.given?.some((id) => !isPresent(r.get(id)))) return "missing";
  const missing = rule.requires.filter((id) => {
    const v = r.get(id);
    return !isPresent(v) && v.kind !== "invalid";
  });
  if (missing.length === 0) return NONE;
  return [
    {
      rule: "pair.compulsory",
      code: rule.when,
      codes: [rule.when, ...missing],
      expected: { value: null, description: `${missing.join(", ")} reported` },
      actual: { value: null, description: `${missing.join(", ")} blank` },
      messages: MESSAGES.compulsory(rule.when, missing),
    },
  ];
}

function evalExclusive(rule: ExclusivePairRule, r: ResolvedReport): EvalResult {
  const w = r.get(rule.when);
  if (!isPresent(w)) return "missing";
  if (compareDecimal(w.value, rule.equals) !== 0) return NONE;
  const offending: { id: string; value: string }[] = [];
  for (const id of rule.excludes) {
    const v = r.get(id);
    if (isPresent(v) && !isZero(v)) offending.push({ id, value: v.value });
  }
  if (offending.length === 0) return NONE;
  return [
    {
      rule: "pair.exclusive",
      code: rule.when,
      codes: [rule.when, ...offending.map((o) => o.id)],
      expected: {
        value: null,
        description: `${rule.excludes.join(", ")} blank or 0 when ${rule.when} = ${rule.equals}`,
      },
      actual: {
        value: w.value,
        description: offending.map((o) => `${o.id} = ${o.value}`).join(", "),
      },
      messages: MESSAGES.exclusive(rule.when, w.value, rule.meaning, offending),
    },
  ];
}

function shortRate(exact: string): string {
  const dot = exact.indexOf(".");
  if (dot < 0 || exact.length - dot - 1 <= 2) return exact;
  return "";
}

function evalDerivable(rule: DerivableRule, r: ResolvedReport): EvalResult {
  const t = r.get(rule.target);
  if (t.kind !== "blank") return NONE;
  const d = rule.derive;
  switch (d.kind) {
    case "rate": {
      const n = r.get(d.numerator);
      const den = r.get(d.denominator);
      if (!isPresent(n) || !isPresent(den)) return "missing";
      const res = computeRate(n.value, den.value, { factor: d.factor, decimals: 2 });
      if (!res.ok) return NONE; // undefined (zero denominator): blank is right
      const shown = shortRate(res.exact) || res.value;
      return [
        {
          rule: "derivable.rate",
          code: rule.target,
          codes: [rule.target, d.numerator, d.denominator],
          expected: {
            value: res.value,
            exact: res.exact,
            decimals: 2,
            unit: "%",
            description: `${d.numerator} / ${d.denominator} × ${d.factor}`,
          },
          actual: { value: null },
          messages: MESSAGES.derivableRate(
            rule.target,
            d.numerator,
            d.denominator,
            n.value,
            den.value,
            shown,
          ),
        },
      ];
    }
    case "sum": {
      const parts = d.parts.map((p) => r.get(p));
      if (!parts.every(isPresent)) return "missing";
      const sum = sumDecimals(parts.map((p) => p.value as string));
      return [
        {
          rule: "derivable.sum",
          code: rule.target,
          codes: [rule.target, ...d.parts],
          expected: { value: sum, exact: sum, description: sumText(d.parts) },
          actual: { value: null },
          messages: MESSAGES.derivableSum(rule.target, d.parts, sum),
        },
      ];
    }
    case "equal": {
      const f = r.get(d.from);
      if (!isPresent(f)) return "missing";
      return [
        {
          rule: "derivable.equal",
          code: rule.target,
          codes: [rule.target, d.from],
          expected: { value: f.value, description: `same quantity as ${d.from}` },
          actual: { value: null },
          messages: MESSAGES.derivableEqual(rule.target, d.from, f.value),
        },
      ];
    }
  }
}

function evalEqual(rule: EqualRule, r: ResolvedReport): EvalResult {
  const v = allPresent(r, [rule.left, rule.right]);
  if (v === null) return "missing";
  const [a, b] = v as [Present, Present];
  let ok: boolean;
  if (a.exact && b.exact) {
    ok =
      !Number.isNaN(a.int) && !Number.isNaN(b.int) ? a.int === b.int : compareDecimal(a.value, b.value) === 0;
  } else {
    const ia = intervalFor(a);
    const ib = intervalFor(b);
    ok = compareDecimal(ia.low, ib.high) <= 0 && compareDecimal(ib.low, ia.high) <= 0;
  }
  if (ok) return NONE;
  return [
    {
      rule: "cross-row.equal",
      code: rule.left,
      codes: [rule.left, rule.right],
      expected: { value: b.value, description: `same quantity as ${rule.right}` },
      actual: actualOf(a),
      messages: MESSAGES.crossEqual(rule.left, rule.right, a.value, b.value),
    },
  ];
}

function evalFractionBase(rule: FractionBaseRule, r: ResolvedReport): EvalResult {
  const v = r.get(rule.row);
  const base = r.get(rule.base);
  if (!isPresent(v) || !isPresent(base)) return "missing";
  if (!v.fraction) return NONE;
  if (compareDecimal(v.fraction.denominator, base.value) === 0) return NONE;
  return [
    {
      rule: "cross-row.fraction-base",
      code: rule.row,
      codes: [rule.row, rule.base],
      expected: { value: base.value, description: `the base is ${rule.base}` },
      actual: { value: v.fraction.denominator, description: `denominator of “${v.raw ?? ""}”` },
      messages: MESSAGES.fractionBase(rule.row, v.raw ?? "", v.fraction.denominator, rule.base, base.value),
    },
  ];
}

/**
 * A unit as compared: NFC, lower case, without spaces and punctuation. Lower case without a locale:
 * Unicode's language-sensitive case mappings (SpecialCasing.txt) are for Lithuanian, Turkish and Azeri
 * only, so Vietnamese lowercases as the root locale does, and `toLocaleLowerCase("vi")` cost about 4×
 * as much per call (a test holds the two equal on every code point).
 */
function unitKey(s: string): string {
  return s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s;,.:]+/g, "");
}

/** Per frozen unit (the built-in catalogs): the keys of its two names, computed once. */
const UNIT_KEYS = new WeakMap<LocalizedText, readonly [string, string]>();

function unitKeysOf(unit: LocalizedText): readonly [string, string] {
  let keys = UNIT_KEYS.get(unit);
  if (keys === undefined) {
    keys = [unitKey(unit.vi), unitKey(unit.en)];
    // a caller's mutable unit may change: only a frozen one is remembered
    if (Object.isFrozen(unit)) UNIT_KEYS.set(unit, keys);
  }
  return keys;
}

function unitMatches(row: CatalogRow, unit: string): boolean {
  if (row.unit === null) return true;
  // the unit written as the template writes it (the common case) needs no normalising
  if (unit === row.unit.vi || unit === row.unit.en) return true;
  const k = unitKey(unit);
  if (k === "") return true;
  const [vi, en] = unitKeysOf(row.unit);
  return k === vi || k === en;
}

function evalStructure(rule: StructureRule, r: ResolvedReport): EvalResult {
  const out: Draft[] = [];
  const push = (code: string, messages: Messages, actual?: FindingValue, expected?: FindingValue) => {
    const d: Draft = { rule: rule.id, code, codes: [code], messages };
    if (actual) d.actual = actual;
    if (expected) d.expected = expected;
    out.push(d);
  };
  switch (rule.check) {
    case "unknown-code":
      for (const id of r.unknown) push(id, MESSAGES.unknownCode(id, r.catalog.version));
      return out;
    case "unparseable":
      for (const v of r.values.values()) {
        if (v.kind !== "invalid" || v.row?.kind === "group") continue;
        push(
          v.id,
          MESSAGES.unparseable(
            v.id,
            v.raw ?? "",
            v.error?.message ?? { vi: "không đọc được", en: "unreadable" },
          ),
          { value: v.raw, description: v.error?.code ?? "unreadable" },
        );
      }
      return out;
    case "code-not-in-list":
      for (const v of r.values.values()) {
        const row = v.row;
        if (row?.kind !== "coded" || !isPresent(v)) continue;
        const ok = v.kind === "number" && v.exact && (row.codes ?? []).some((c) => c.code === v.int);
        if (!ok) {
          push(
            v.id,
            MESSAGES.codeNotInList(row, v.raw ?? v.value),
            { value: v.value },
            {
              value: null,
              description: (row.codes ?? []).map((c) => `${c.label.vi} = ${c.code}`).join("; "),
            },
          );
        }
      }
      return out;
    case "value-on-group":
      for (const v of r.values.values()) {
        if (v.row?.kind !== "group" || v.kind === "blank" || v.kind === "none") continue;
        push(v.id, MESSAGES.valueOnGroup(v.id, v.raw ?? ""), { value: v.value ?? v.raw });
      }
      return out;
    case "value-in-unit-column":
      for (const v of r.values.values()) {
        if (!v.valueFromUnit || !v.fraction || v.value === null) continue;
        push(
          v.id,
          MESSAGES.valueInUnitColumn(
            v.id,
            v.raw ?? "",
            v.unit ?? "",
            v.fraction.numerator,
            v.fraction.denominator,
          ),
          {
            value: v.value,
            decimals: v.decimals,
            description: `unit column “${v.unit ?? ""}”; value “${v.raw ?? ""}”`,
          },
        );
      }
      return out;
    case "unit-differs":
      for (const v of r.values.values()) {
        if (!v.row || v.unit === undefined || v.valueFromUnit || unitMatches(v.row, v.unit)) continue;
        push(v.id, MESSAGES.unitDiffers(v.row, v.unit), { value: v.unit }, { value: v.row.unit?.vi ?? null });
      }
      return out;
    case "not-whole":
      for (const v of r.values.values()) {
        if (v.row?.kind !== "count" || v.kind !== "number" || v.value === null) continue;
        const dot = v.value.indexOf(".");
        if (dot < 0 || /^0*$/.test(v.value.slice(dot + 1))) continue;
        push(v.id, MESSAGES.notWhole(v.id, v.raw ?? v.value, v.value), {
          value: v.value,
          decimals: v.decimals,
        });
      }
      return out;
  }
}

/**
 * @internal The finding names each kind of rule can give (a structure rule gives its own id). The
 * roll-up uses it to run on a unit only the rules that can repeat a parent's finding; a test checks every
 * finding of generated reports against it.
 */
export const FINDINGS_OF_KIND: Readonly<Record<Exclude<RuleKind, "structure">, readonly string[]>> =
  Object.freeze({
    sum: ["sum.parts"],
    subset: ["subset.parts"],
    rate: ["rate.mismatch", "rate.truncated", "rate.other-base"],
    "inline-rate": ["rate.mismatch", "rate.truncated"],
    "zero-denominator": ["rate.zero-denominator", "rate.blank-denominator"],
    derivable: ["derivable.rate", "derivable.sum", "derivable.equal"],
    equal: ["cross-row.equal"],
    "fraction-base": ["cross-row.fraction-base"],
    "compulsory-pair": ["pair.compulsory"],
    "exclusive-pair": ["pair.exclusive"],
  });

/** @internal Whether `rule` can give a finding named `name` ({@link FINDINGS_OF_KIND}). */
export function canGive(rule: RuleDefinition, name: string): boolean {
  if (rule.kind === "structure") return rule.id === name;
  return FINDINGS_OF_KIND[rule.kind]?.includes(name) ?? false;
}

/** Evaluates one rule (after the engine applied its missing-value strategy). @internal */
export function evaluateRule(rule: RuleDefinition, r: ResolvedReport): EvalResult {
  switch (rule.kind) {
    case "sum":
      return evalSum(rule, r);
    case "subset":
      return evalSubset(rule, r);
    case "rate":
      return evalRate(rule, r);
    case "inline-rate":
      return evalInlineRate(rule, r);
    case "zero-denominator":
      return evalZeroDenominator(rule, r);
    case "derivable":
      return evalDerivable(rule, r);
    case "equal":
      return evalEqual(rule, r);
    case "fraction-base":
      return evalFractionBase(rule, r);
    case "compulsory-pair":
      return evalCompulsory(rule, r);
    case "exclusive-pair":
      return evalExclusive(rule, r);
    case "structure":
      return evalStructure(rule, r);
  }
}
