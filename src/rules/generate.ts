/**
 * Rules generated from a catalog's relations: no row has hand-written checks. One stage per relation
 * kind (each a function of one relation), then the per-row stage (`rate.inline`).
 * @module
 */
import type {
  Catalog,
  CatalogRow,
  EqualRelation,
  FractionBaseRelation,
  RateRelation,
  Relation,
  SubsetRelation,
  SumRelation,
} from "../catalog/types.js";
import type { RuleDefinition, SubsetRule } from "./types.js";

/** Makes rule keys unique: the second relation of a kind on the same row gets `#2`. */
type KeyOf = (id: string, subject: string) => string;

function keyMaker(): KeyOf {
  const used = new Map<string, number>();
  return (id, subject) => {
    const k = `${id}:${subject}`;
    const n = (used.get(k) ?? 0) + 1;
    used.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  };
}

function src(catalog: Catalog, rel: Relation): string {
  const base = `catalog ${catalog.version}: ${rel.kind} relation`;
  return rel.note ? `${base} — ${rel.note}` : base;
}

/** `rate` → rate.components, rate.defined, pair.compulsory, derivable.rate. */
function rateRules(rel: RateRelation, source: string, key: KeyOf): RuleDefinition[] {
  const reads = [rel.rate, rel.numerator, rel.denominator];
  const components: RuleDefinition = {
    kind: "rate",
    id: "rate.components",
    key: key("rate.components", rel.rate),
    rate: rel.rate,
    numerator: rel.numerator,
    denominator: rel.denominator,
    factor: rel.factor,
    reads,
    operator: "rate",
    severity: "error",
    missing: "skip-if-any-missing",
    source,
  };
  if (rel.otherBases?.length) components.otherBases = [...rel.otherBases];
  return [
    components,
    {
      kind: "zero-denominator",
      id: "rate.defined",
      key: key("rate.defined", rel.rate),
      rate: rel.rate,
      numerator: rel.numerator,
      denominator: rel.denominator,
      reads,
      operator: "defined",
      severity: "warning",
      missing: "never-skip",
      source: `${source}; a rate over a zero denominator is undefined, not 0% (docs/guide.md §3)`,
    },
    {
      kind: "compulsory-pair",
      id: "pair.compulsory",
      key: key("pair.compulsory", rel.rate),
      when: rel.rate,
      requires: [rel.numerator],
      given: [rel.denominator],
      reads: [rel.rate, rel.numerator, rel.denominator],
      operator: "requires",
      severity: "warning",
      missing: "never-skip",
      source,
      note: "Checked when the denominator is reported; a blank denominator is reported by rate.defined.",
    },
    {
      kind: "derivable",
      id: "derivable.rate",
      key: key("derivable.rate", rel.rate),
      target: rel.rate,
      derive: { kind: "rate", numerator: rel.numerator, denominator: rel.denominator, factor: rel.factor },
      reads,
      operator: "derivable",
      severity: "info",
      missing: "never-skip",
      source,
    },
  ];
}

/** `sum` → sum.parts, derivable.sum. */
function sumRules(rel: SumRelation, source: string, key: KeyOf): RuleDefinition[] {
  const reads = [rel.total, ...rel.parts];
  return [
    {
      kind: "sum",
      id: "sum.parts",
      key: key("sum.parts", rel.total),
      total: rel.total,
      parts: [...rel.parts],
      reads,
      operator: "=",
      severity: "error",
      missing: "skip-if-any-missing",
      source,
    },
    {
      kind: "derivable",
      id: "derivable.sum",
      key: key("derivable.sum", rel.total),
      target: rel.total,
      derive: { kind: "sum", parts: [...rel.parts] },
      reads: [...reads],
      operator: "derivable",
      severity: "info",
      missing: "never-skip",
      source,
    },
  ];
}

/** `subset` → subset.parts. */
function subsetRules(rel: SubsetRelation, source: string, key: KeyOf): RuleDefinition[] {
  const rule: SubsetRule = {
    kind: "subset",
    id: "subset.parts",
    key: key("subset.parts", rel.total),
    total: rel.total,
    parts: [...rel.parts],
    reads: [rel.total, ...rel.parts],
    operator: "<=",
    severity: rel.severity ?? "error",
    missing: "skip-if-any-missing",
    source,
  };
  if (rel.skipIfReported) rule.skipIfReported = [...rel.skipIfReported];
  return [rule];
}

/** `equal` → cross-row.equal, then derivable.equal both ways. */
function equalRules(rel: EqualRelation, source: string, key: KeyOf): RuleDefinition[] {
  const out: RuleDefinition[] = [
    {
      kind: "equal",
      id: "cross-row.equal",
      key: key("cross-row.equal", `${rel.left}=${rel.right}`),
      left: rel.left,
      right: rel.right,
      reads: [rel.left, rel.right],
      operator: "=",
      severity: "error",
      missing: "skip-if-any-missing",
      source,
    },
  ];
  for (const [target, from] of [
    [rel.left, rel.right],
    [rel.right, rel.left],
  ] as const) {
    out.push({
      kind: "derivable",
      id: "derivable.equal",
      key: key("derivable.equal", target),
      target,
      derive: { kind: "equal", from },
      reads: [target, from],
      operator: "derivable",
      severity: "info",
      missing: "never-skip",
      source,
    });
  }
  return out;
}

/** `fraction-base` → cross-row.fraction-base. */
function fractionBaseRules(rel: FractionBaseRelation, source: string, key: KeyOf): RuleDefinition[] {
  return [
    {
      kind: "fraction-base",
      id: "cross-row.fraction-base",
      key: key("cross-row.fraction-base", rel.row),
      row: rel.row,
      base: rel.base,
      reads: [rel.row, rel.base],
      operator: "=",
      severity: "warning",
      missing: "skip-if-any-missing",
      source,
      note: "Warning, not error: reading the fraction's denominator as the base is an interpretation.",
    },
  ];
}

/** The rules one relation implies, in a fixed order. */
function relationRules(catalog: Catalog, rel: Relation, key: KeyOf): RuleDefinition[] {
  const source = src(catalog, rel);
  switch (rel.kind) {
    case "rate":
      return rateRules(rel, source, key);
    case "sum":
      return sumRules(rel, source, key);
    case "subset":
      return subsetRules(rel, source, key);
    case "equal":
      return equalRules(rel, source, key);
    case "fraction-base":
      return fractionBaseRules(rel, source, key);
  }
}

/** Every `rate` row → rate.inline (a fraction in the value cell, the percentage in the unit cell). */
function inlineRateRule(catalog: Catalog, row: CatalogRow, key: KeyOf): RuleDefinition {
  return {
    kind: "inline-rate",
    id: "rate.inline",
    key: key("rate.inline", row.id),
    rate: row.id,
    factor: 100,
    reads: [row.id],
    operator: "rate",
    severity: "error",
    missing: "skip-if-any-missing",
    source: `catalog ${catalog.version}: rate row written as a fraction with the percentage in the unit cell (reasoning)`,
  };
}

/**
 * Sinh quy tắc từ mẫu phụ lục: the rules a catalog's relations imply, in relation order.
 * - `rate` → `rate.components` (the rate agrees with its components; with `otherBases`, a rate that
 *   follows another reading of the denominator is `rate.other-base`), `rate.defined` (not reported over
 *   a zero or blank denominator), `pair.compulsory` (a reported rate needs its numerator),
 *   `derivable.rate` (a blank rate whose components are present);
 * - `sum` → `sum.parts` and `derivable.sum`;
 * - `subset` → `subset.parts`;
 * - `equal` → `cross-row.equal` and `derivable.equal` both ways;
 * - `fraction-base` → `cross-row.fraction-base`;
 * - every `rate` row → `rate.inline` (a fraction in the value cell, the percentage in the unit cell).
 * Keys are unique (`"sum.parts:2.1"`; a second relation of the same kind on the same row gets
 * `"#2"`). Pure: the engine caches the result per catalog object.
 * @example
 * generateRules(CATALOG_2022).find((r) => r.key === "sum.parts:2.1");
 * // { kind: "sum", total: "2.1", parts: ["2.1.1", "2.1.2"], severity: "error", … }
 */
export function generateRules(catalog: Catalog): RuleDefinition[] {
  const key = keyMaker();
  const out: RuleDefinition[] = [];
  for (const rel of catalog.relations) out.push(...relationRules(catalog, rel, key));
  for (const row of catalog.rows) if (row.kind === "rate") out.push(inlineRateRule(catalog, row, key));
  return out;
}
