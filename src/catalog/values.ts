/**
 * The one reading of a report's values. Every part of the library that reads a value — the rule engine,
 * the calculators, completion, comparison, roll-up, scoring, rendering — goes through
 * {@link resolveValue} / {@link resolveValues}, so one cell never has two meanings: a count written
 * `54/55 TTHC` is 54 everywhere, 7.5.3.a written `732VBĐT/876VBD` | `84%` is 84 % everywhere, a coded
 * `Có` is 1 everywhere.
 * @module
 */
import type { IndicatorValue, Report } from "../model/report.js";
import { multiplyDecimal } from "../numbers/arithmetic.js";
import { answerKey } from "../numbers/codes.js";
import { roundDecimal, safeIntOf, toDecimalString } from "../numbers/decimal.js";
import { bareInteger, parseVietnameseNumber } from "../numbers/parse.js";
import type { BilingualMessage } from "../numbers/types.js";
import { type CatalogIndex, cachedIndex } from "./lookup.js";
import type { Catalog, CatalogRow, CodeOption } from "./types.js";

/**
 * Loại giá trị đã đọc: `number`; `fraction` (`54/55 TTHC`); `blank` (absent, `null`, empty — not
 * reported, not 0); `none` (a dash: deliberately not applicable); `invalid` (cannot be read).
 * @example
 * const k: ResolvedKind = "fraction";
 */
export type ResolvedKind = "number" | "fraction" | "blank" | "none" | "invalid";

/**
 * Giá trị đã giải: one indicator value parsed once, as the rules read it.
 * `value` is the number the row contributes to arithmetic: the number written; for a count written as
 * a fraction (`54/55 TTHC`) its numerator; for a rate row written as a fraction with the percentage in
 * the unit cell (`732VBĐT/876VBD` | `84%`) that percentage; otherwise `null`.
 * Every value the resolver gives has all the fields below, in this order: a field the value does not
 * have (`unitWord` of `27`) is present and `undefined`, so one shape serves every kind of value.
 * @example
 * resolveValues(report, CATALOG_2022).get("1.2");
 * // { id: "1.2", kind: "number", value: "37.03", decimals: 2, exact: false, percent: true, raw: "37,03%", … }
 */
export interface ResolvedValue {
  /** The indicator id (as keyed in the report). */
  id: string;
  /** The catalog row, or undefined for an id the catalog does not know. */
  row: CatalogRow | undefined;
  kind: ResolvedKind;
  /** Exact decimal string used by the rules, or `null` (see above). */
  value: string | null;
  /**
   * `Number(value)` when `value` is an integer that a double holds exactly, else `NaN` (the fast path:
   * integer counts need no decimal arithmetic).
   */
  int: number;
  /** Decimals written (precision of `value`). */
  decimals: number;
  /** True when `value` stands for itself (integer counts, coded answers), not for an interval. */
  exact: boolean;
  /** True when written with `%` (or taken from a percentage in the unit cell). */
  percent: boolean;
  /** The two parts of a fraction. */
  fraction?: { numerator: string; denominator: string } | undefined;
  /** A unit word written after the number (`TTHC` in `07 TTHC`). */
  unitWord?: string | undefined;
  /** True when `value` is the percentage written in the unit cell (7.5.3.a of the 2022 template). */
  valueFromUnit?: boolean | undefined;
  /** The value cell as written (`raw`, or the pre-parsed `value` as text), `null` when absent. */
  raw: string | null;
  /** The unit cell as written, when given. */
  unit?: string | undefined;
  /** Why the value could not be read (kind `invalid`). */
  error?: { code: string; message: BilingualMessage } | undefined;
  /** For a coded row, the answer the value stands for (`Có = 1`), when it is one of the row's codes. */
  coded?: CodeOption | undefined;
  /** True when the text could be read another way (`1.234`: thousands dot or decimal point). */
  ambiguous?: boolean | undefined;
}

/**
 * Báo cáo đã giải: the catalog a report is read against, its lookup index, and every value parsed.
 * Absent ids resolve to `blank`.
 * @example
 * const r = resolveValues(report, CATALOG_2022);
 * r.get("6.1.a").value; // "20000"
 */
export interface ResolvedReport {
  catalog: Catalog;
  index: CatalogIndex;
  /** The values the report holds, keyed by id (only ids present in the report). */
  values: ReadonlyMap<string, ResolvedValue>;
  /** Ids of the report that are not rows of the catalog. */
  unknown: string[];
  /** The resolved value of `id` (a `blank` value when the report does not hold it). */
  get(id: string): ResolvedValue;
}

function decimalsOf(s: string): number {
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

/**
 * Every resolved value is built here, with every field in the same order (an absent one `undefined`):
 * the rules read values of every kind in the same loops, and objects of one shape keep those reads fast
 * (V8 inline caches stay monomorphic instead of meeting a dozen shapes).
 */
function makeValue(
  id: string,
  row: CatalogRow | undefined,
  kind: ResolvedKind,
  value: string | null,
  int: number,
  decimals: number,
  exact: boolean,
  percent: boolean,
  raw: string | null,
): ResolvedValue {
  return {
    id,
    row,
    kind,
    value,
    int,
    decimals,
    exact,
    percent,
    fraction: undefined,
    unitWord: undefined,
    valueFromUnit: undefined,
    raw,
    unit: undefined,
    error: undefined,
    coded: undefined,
    ambiguous: undefined,
  };
}

function blankValue(id: string, row: CatalogRow | undefined, raw: string | null): ResolvedValue {
  return makeValue(id, row, "blank", null, Number.NaN, 0, true, false, raw);
}

function invalidValue(
  id: string,
  row: CatalogRow | undefined,
  raw: string,
  code: string,
  message: BilingualMessage,
): ResolvedValue {
  const out = makeValue(id, row, "invalid", null, Number.NaN, 0, true, false, raw);
  out.error = { code, message };
  return out;
}

function numberValue(
  id: string,
  row: CatalogRow | undefined,
  value: string,
  decimals: number,
  percent: boolean,
  raw: string,
): ResolvedValue {
  // a count published rounded ("4,52 ngàn": decimals −1) stands for an interval, not an exact count
  const exact = row !== undefined && (row.kind === "count" || row.kind === "coded") && decimals >= 0;
  const out = makeValue(id, row, "number", value, safeIntOf(value), decimals, exact, percent, raw);
  if (row?.kind === "coded") {
    const int = out.int;
    const option = row.codes?.find((c) => c.code === int);
    if (option) out.coded = option;
  }
  return out;
}

/** Per frozen row: the power of ten its unit names ("Triệu đồng" → 6), or 0 for a unit with no scale word. */
const unitScales = new WeakMap<CatalogRow, number>();

/**
 * The power of ten a row's unit starts with, read by the number parser's own scale words. Kept only for
 * a frozen row (the built-in catalogs): a caller's mutable row may change its unit.
 */
function unitScaleOf(row: CatalogRow): number {
  let k = unitScales.get(row);
  if (k === undefined) {
    const first = row.unit?.vi.trim().split(/\s+/)[0] ?? "";
    const p = first === "" ? undefined : parseVietnameseNumber(`1 ${first}`);
    k = p?.ok && p.value.kind === "number" && p.value.scale ? p.value.scale.factor.length - 1 : 0;
    if (Object.isFrozen(row)) unitScales.set(row, k);
  }
  return k;
}

/** A coded answer written as its label (`Có`) rather than its code. */
function codedByLabel(row: CatalogRow, raw: string): number | undefined {
  const key = answerKey(raw);
  for (const c of row.codes ?? []) {
    if (answerKey(c.label.vi) === key || answerKey(c.label.en) === key) return c.code;
  }
  return undefined;
}

/**
 * Giải một giá trị: parses one {@link IndicatorValue} against its catalog row (or `undefined` for an
 * unknown id). Never throws.
 * @example
 * const row = cachedIndex(CATALOG_2022).byId.get("7.5.3.a");
 * resolveValue("7.5.3.a", { raw: "732VBĐT/876VBD", unit: "84%" }, row).value; // "84"
 */
export function resolveValue(
  id: string,
  v: IndicatorValue | undefined,
  row: CatalogRow | undefined,
): ResolvedValue {
  if (v === undefined || v === null || typeof v !== "object") return blankValue(id, row, null);
  let out: ResolvedValue;
  if (v.value !== undefined) {
    if (v.value === null) out = blankValue(id, row, null);
    else {
      const s = toDecimalString(v.value);
      const raw = String(v.value);
      out =
        s === null
          ? invalidValue(id, row, raw, "not-a-number", { vi: "không phải là số", en: "not a number" })
          : numberValue(id, row, s, decimalsOf(s), row?.kind === "rate", raw);
    }
  } else if (typeof v.raw !== "string") {
    out = blankValue(id, row, null);
  } else {
    out = resolveRaw(id, v.raw, row, v.unit);
  }
  if (typeof v.unit === "string") out.unit = v.unit;
  return out;
}

/** The most decimals a scaled number may have once moved into its row's unit: `roundDecimal`'s limit. */
const MAX_SCALED_DECIMALS = 100;
const SCALED_TOO_LONG: BilingualMessage = {
  vi: `số có quá nhiều chữ số thập phân khi đổi sang đơn vị của chỉ tiêu (tối đa ${MAX_SCALED_DECIMALS})`,
  en: `too many decimals once converted into the row's unit (at most ${MAX_SCALED_DECIMALS})`,
};

function resolveRaw(
  id: string,
  raw: string,
  row: CatalogRow | undefined,
  unit: string | undefined,
): ResolvedValue {
  // an empty cell is the parser's blank: said here, the commonest cell after a bare integer costs nothing
  if (raw === "") return blankValue(id, row, raw);
  const int = bareInteger(raw);
  if (int !== null) return numberValue(id, row, int, 0, false, raw);
  const p = parseVietnameseNumber(raw);
  if (!p.ok) {
    if (row?.kind === "coded") {
      const code = codedByLabel(row, raw);
      if (code !== undefined) return numberValue(id, row, String(code), 0, false, raw);
    }
    return invalidValue(id, row, raw, p.error.code, p.error.message);
  }
  const x = p.value;
  switch (x.kind) {
    case "blank":
      return blankValue(id, row, raw);
    case "none":
      return makeValue(id, row, "none", null, Number.NaN, 0, true, false, raw);
    case "number": {
      // on a row whose unit names a scale ("Triệu đồng"), a scaled number is taken in that unit:
      // "20 triệu" is 20 of them, "1,5 tỷ" is 1500 of them, "500 nghìn" is 0.5 of them
      const rowScale = x.scale !== undefined && row !== undefined ? unitScaleOf(row) : 0;
      let out: ResolvedValue;
      if (x.scale !== undefined && rowScale > 0) {
        const shift = x.scale.factor.length - 1 - rowScale;
        const decimals = x.scale.writtenDecimals - shift;
        // the library's decimals stop at MAX_SCALED_DECIMALS (roundDecimal's limit): "0,0…01 nghìn" with
        // 98 zeros on a million row would need 102
        if (decimals > MAX_SCALED_DECIMALS) return invalidValue(id, row, raw, "too-long", SCALED_TOO_LONG);
        let value = x.scale.written;
        if (shift !== 0) {
          value = multiplyDecimal(
            value,
            shift > 0 ? `1${"0".repeat(shift)}` : `0.${"0".repeat(-shift - 1)}1`,
          );
          // the written precision, moved with the point ("500 nghìn" → 0.500 triệu)
          if (decimals > 0) value = roundDecimal(value, decimals);
        }
        out = numberValue(id, row, value, decimals, x.percent, raw);
      } else out = numberValue(id, row, x.value, x.decimals, x.percent, raw);
      if (x.unitWord !== undefined) out.unitWord = x.unitWord;
      if (x.ambiguity !== undefined) out.ambiguous = true;
      return out;
    }
    case "fraction": {
      const out = makeValue(id, row, "fraction", null, Number.NaN, 0, true, false, raw);
      out.fraction = { numerator: x.numerator, denominator: x.denominator };
      if (x.unitWord !== undefined) out.unitWord = x.unitWord;
      if (row?.kind === "count") {
        // a count written as "54/55 TTHC": the count is the numerator; the denominator names a base
        out.value = x.numerator;
        out.int = safeIntOf(x.numerator);
        out.decimals = decimalsOf(x.numerator);
      } else if (row?.kind === "rate" && typeof unit === "string") {
        const u = parseVietnameseNumber(unit);
        if (u.ok && u.value.kind === "number" && u.value.percent) {
          out.value = u.value.value;
          out.int = safeIntOf(u.value.value);
          out.decimals = u.value.decimals;
          out.percent = true;
          out.exact = false;
          out.valueFromUnit = true;
        }
      }
      return out;
    }
  }
}

/** A report's values record, or an empty one for a value that has none (the resolver never throws). */
function valuesOf(report: Pick<Report, "values">): Record<string, IndicatorValue | undefined> {
  return report && typeof report === "object" && report.values && typeof report.values === "object"
    ? report.values
    : {};
}

/**
 * Giải các giá trị của báo cáo: parses every value of `report` once against `catalog` — kind, exact
 * value, decimals, percent, fraction parts, raw text, parse error — for the rule engine, the roll-up
 * and the importer. Never throws; ids the catalog does not know are resolved without a row and listed
 * in `unknown`.
 * @example
 * const r = resolveValues(report, CATALOG_2022);
 * r.get("1.2"); // { kind: "number", value: "37.03", decimals: 2, percent: true, raw: "37,03%", … }
 * r.get("9.9").kind; // "blank" (not in the report)
 */
export function resolveValues(report: Pick<Report, "values">, catalog: Catalog): ResolvedReport {
  const index = cachedIndex(catalog);
  const values = new Map<string, ResolvedValue>();
  const unknown: string[] = [];
  const blanks = new Map<string, ResolvedValue>();
  const src = valuesOf(report);
  for (const id of Object.keys(src)) {
    const row = index.byId.get(id);
    if (!row) unknown.push(id);
    values.set(id, resolveValue(id, src[id], row));
  }
  return {
    catalog,
    index,
    values,
    unknown,
    get(id: string): ResolvedValue {
      const hit = values.get(id);
      if (hit) return hit;
      let b = blanks.get(id);
      if (!b) {
        b = blankValue(id, index.byId.get(id), null);
        blanks.set(id, b);
      }
      return b;
    },
  };
}

/**
 * @internal {@link resolveValues} that reads a cell only when it is asked for: `get(id)` resolves that one
 * value (once), and `values` / `unknown` resolve the whole report on first use. Every value is the one
 * {@link resolveValues} gives. The roll-up uses it to check a unit's report for a few rules only.
 */
export function resolveLazily(report: Pick<Report, "values">, catalog: Catalog): ResolvedReport {
  return new LazyReport(report, catalog);
}

/**
 * The report behind {@link resolveLazily}. A class, not an object literal with getters and closures:
 * the roll-up makes one per held unit report at `finish`, and with the literal about a quarter of what
 * each minor garbage collection met survived it (`--trace-gc`: 3.4 of 12 MB), so collections took 11 ms
 * instead of 1 ms. Measured on 11 000 full reports: 150–170 ms of garbage collection in that loop with
 * the literal, 11–19 ms with the class, and the loop 300–350 ms → 180–230 ms.
 */
class LazyReport implements ResolvedReport {
  readonly catalog: Catalog;
  readonly index: CatalogIndex;
  private readonly report: Pick<Report, "values">;
  private readonly src: Record<string, IndicatorValue | undefined>;
  private readonly cache = new Map<string, ResolvedValue>();
  private full: ResolvedReport | undefined = undefined;

  constructor(report: Pick<Report, "values">, catalog: Catalog) {
    this.catalog = catalog;
    this.index = cachedIndex(catalog);
    this.report = report;
    this.src = valuesOf(report);
  }

  private whole(): ResolvedReport {
    this.full ??= resolveValues(this.report, this.catalog);
    return this.full;
  }

  get values(): ReadonlyMap<string, ResolvedValue> {
    return this.whole().values;
  }

  get unknown(): string[] {
    return this.whole().unknown;
  }

  get(id: string): ResolvedValue {
    if (this.full) return this.full.get(id);
    let v = this.cache.get(id);
    if (!v) {
      const row = this.index.byId.get(id);
      v = Object.hasOwn(this.src, id) ? resolveValue(id, this.src[id], row) : blankValue(id, row, null);
      this.cache.set(id, v);
    }
    return v;
  }
}

/**
 * Có số liệu không: true when the value takes part in arithmetic (a number, or a fraction that yields
 * one — see {@link ResolvedValue.value}).
 * @example
 * isPresent(resolveValues(report, CATALOG_2022).get("2.2.c")); // false (blank)
 */
export function isPresent(v: ResolvedValue): v is ResolvedValue & { value: string } {
  return v.value !== null;
}
