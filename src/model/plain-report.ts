/**
 * @internal Báo cáo hợp lệ rõ ràng: the fast path of report validation. A plainly well-formed report —
 * the JSON a program wrote, the common case — is recognised and copied without zod; anything else is
 * left to `ReportSchema`. Each function may answer "not sure" for a valid report, never "valid" for an
 * invalid one, and a copy is equal to zod's output; property tests (test/model/plain-report.test.ts,
 * test/rules/validate.test.ts) compare both with zod on generated reports. Not exported from any entry.
 * @module
 */
import { DECIMAL_STRING_PATTERN, INDICATOR_ID_PATTERN } from "./patterns.js";
import type { IndicatorValue, Report } from "./report.js";
import { REPORT_FORMAT } from "./report.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const KINDS = new Set(["month", "quarter", "half-year", "nine-months", "year", "custom"]);
const INDEX_MAX: Record<string, number> = { month: 12, quarter: 4, "half-year": 2 };

/** A real calendar date `YYYY-MM-DD` in years 1000–9999 (a subset of what `z.iso.date` accepts). */
function plainDate(x: unknown): x is string {
  if (typeof x !== "string") return false;
  const m = DATE.exec(x);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function optionalText(x: unknown, max: number): boolean {
  return x === undefined || (typeof x === "string" && x.length <= max);
}

function objectLike(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}

/**
 * @internal The fast path of `reportIssues` (src/rules/validate.ts): true only for a value the report
 * schema surely accepts apart from its cells (`values` need only be a plain object: the rule engine
 * reads the cells), so zod runs only on the rest. It may answer "not sure" (false) for a valid report,
 * never "valid" for an invalid one; a property test compares it with zod.
 */
export function plainlyValidReport(value: unknown): boolean {
  if (!objectLike(value)) return false;
  const r = value;
  if (r.format !== undefined && r.format !== REPORT_FORMAT) return false;
  const a = r.agency;
  if (!objectLike(a)) return false;
  if (typeof a.id !== "string" || a.id.length < 1 || a.id.length > 200) return false;
  if (!optionalText(a.name, 500) || !optionalText(a.parent, 500)) return false;
  const p = r.period;
  if (!objectLike(p)) return false;
  const { kind, year, index, from, to } = p;
  if (typeof kind !== "string" || !KINDS.has(kind)) return false;
  if (typeof year !== "number" || !Number.isInteger(year) || year < 1945 || year > 2200) return false;
  if (!plainDate(from) || !plainDate(to) || from > to) return false;
  // month 1–12, quarter 1–4, half 1–2; none for nine months and year; optional 1–12 for custom
  const max = INDEX_MAX[kind];
  if (max !== undefined || (kind === "custom" && index !== undefined)) {
    if (typeof index !== "number" || !Number.isInteger(index) || index < 1 || index > (max ?? 12))
      return false;
  } else if (index !== undefined) return false;
  if (kind !== "custom" && Number(to.slice(0, 4)) !== year) return false;
  if (r.asOf !== undefined && !plainDate(r.asOf)) return false;
  if (!optionalText(r.catalogVersion, 40) || !optionalText(r.narrative, 5_000_000)) return false;
  const v = r.values;
  if (v === null || typeof v !== "object") return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const REPORT_KEYS = ["format", "agency", "period", "asOf", "catalogVersion", "values", "narrative"];
const AGENCY_KEYS = ["id", "name", "parent"];
const PERIOD_KEYS = ["kind", "year", "index", "from", "to"];

/**
 * Whether `o` is an object literal's kind of object (prototype `Object.prototype` or none) whose
 * properties named in `keys` are each absent or an own data property holding a value other than
 * `undefined` — so reading them once gives what zod reads, and the key is in zod's output exactly
 * when the value is not `undefined`. An accessor, an inherited one or an own `undefined` is odd.
 */
function plainWith(o: unknown, keys: readonly string[]): o is Record<string, unknown> {
  if (o === null || typeof o !== "object") return false;
  const proto = Object.getPrototypeOf(o);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k of keys) {
    if (!(k in o)) continue;
    const d = Object.getOwnPropertyDescriptor(o, k);
    if (d === undefined || !("value" in d) || d.value === undefined) return false;
  }
  return true;
}

/**
 * The own data property `k` of `o` when it holds something other than `undefined`; `undefined` when
 * it is an accessor, inherited, or holds `undefined` (the caller then steps aside when `k in o`).
 */
function ownData(o: object, k: string): unknown {
  return Object.getOwnPropertyDescriptor(o, k)?.value;
}

/**
 * `o[k]`, for objects `JSON.parse` built: they hold own data properties only (no accessor, no
 * `undefined`), so a plain read gives what {@link ownData} gives without allocating a descriptor —
 * and what zod reads, inherited properties included.
 */
function jsonData(o: object, k: string): unknown {
  return (o as Record<string, unknown>)[k];
}

/** How a cell's properties are read: {@link ownData} for any value, {@link jsonData} for parsed JSON. */
type Read = (o: object, k: string) => unknown;

/** A copy of one plain cell as `IndicatorValueSchema` outputs it, or `undefined` when not sure. */
function plainCell(c: unknown, read: Read): IndicatorValue | undefined {
  if (c === null || typeof c !== "object") return undefined;
  const proto = Object.getPrototypeOf(c);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const out: IndicatorValue = {};
  // each key zod reads: absent, or an own data property of the right type (else not sure)
  if ("raw" in c) {
    const raw = read(c, "raw");
    if (typeof raw !== "string" || raw.length > 10_000) return undefined;
    out.raw = raw;
  }
  if ("value" in c) {
    const value = read(c, "value");
    if (typeof value === "number") {
      if (!Number.isFinite(value)) return undefined;
    } else if (typeof value === "string") {
      if (value.length > 80 || !DECIMAL_STRING_PATTERN.test(value)) return undefined;
    } else if (value !== null) return undefined;
    out.value = value;
  }
  if ("unit" in c) {
    const unit = read(c, "unit");
    if (typeof unit !== "string" || unit.length > 200) return undefined;
    out.unit = unit;
  }
  if ("note" in c) {
    const note = read(c, "note");
    if (typeof note !== "string" || note.length > 20_000) return undefined;
    out.note = note;
  }
  return out;
}

/** A copy of a plain `values` record as `ReportSchema` outputs it, or `undefined` when not sure. */
function plainValues(v: unknown, read: Read): Report["values"] | undefined {
  if (!plainWith(v, [])) return undefined;
  // zod reads every own enumerable key, symbols included; a symbol is never an indicator id
  if (Object.getOwnPropertySymbols(v).length > 0) return undefined;
  const ids = Object.keys(v);
  const cells: IndicatorValue[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (id.length > 40 || !INDICATOR_ID_PATTERN.test(id)) return undefined;
    const cell = plainCell(read(v, id), read);
    if (cell === undefined) return undefined;
    cells[i] = cell;
  }
  // every key is an id held by a data property: a spread copies them in order, at once (faster than
  // adding 100-odd keys one by one), and each is then given its cell's copy
  const out: Report["values"] = { ...(v as Report["values"]) };
  for (let i = 0; i < ids.length; i++) out[ids[i] as string] = cells[i] as IndicatorValue;
  return out;
}

/**
 * @internal Báo cáo hợp lệ rõ ràng: `value` as `ReportSchema.parse(value)` would return it — the same
 * keys in the same order, unknown keys dropped at every level, `format` filled in — when the value is
 * plainly a valid report, cells included; `undefined` whenever that is not sure (an invalid report,
 * and also any odd one: an own key holding `undefined`, an accessor, an object that is not a plain
 * one…), and then zod decides. The copy shares no object with `value`. A property test
 * (test/model/plain-report.test.ts) holds it equal to zod's output.
 */
export function plainReport(value: unknown, fromJson = false): Report | undefined {
  if (!plainWith(value, REPORT_KEYS)) return undefined;
  const { agency: a, period: p } = value;
  if (!plainWith(a, AGENCY_KEYS) || !plainWith(p, PERIOD_KEYS)) return undefined;
  if (!plainlyValidReport(value)) return undefined;
  const values = plainValues(value.values, fromJson ? jsonData : ownData);
  if (values === undefined) return undefined;
  const agency: Report["agency"] = { id: a.id as string };
  if (a.name !== undefined) agency.name = a.name as string;
  if (a.parent !== undefined) agency.parent = a.parent as string;
  const period = { kind: p.kind, year: p.year } as Report["period"];
  if (p.index !== undefined) period.index = p.index as number;
  period.from = p.from as string;
  period.to = p.to as string;
  // the keys in the schema's order, as zod writes them
  const out = { format: REPORT_FORMAT, agency, period } as Report;
  if (value.asOf !== undefined) out.asOf = value.asOf as string;
  if (value.catalogVersion !== undefined) out.catalogVersion = value.catalogVersion as string;
  out.values = values;
  if (value.narrative !== undefined) out.narrative = value.narrative as string;
  return out;
}
