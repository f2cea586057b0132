/**
 * Rules generated from a catalog's relations: no row has hand-written checks.
 * @module
 */
import type { Catalog, Relation } from "../catalog/types.js";
import type { RuleDefinition, SubsetRule } from "./types.js";

function src(catalog: Catalog, rel: Relation): string {
  const base = `catalog ${catalog.version}: ${rel.kind} relation`;
  return rel.note ? `${base} — ${rel.note}` : base;
}

/**
 * Sinh quy tắc từ mẫu phụ lục: the rules a catalog's relations imply, in relation order.
 * - `rate` → `rate.components` (the rate agrees with its components), `rate.defined` (not reported over
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
  const out: RuleDefinition[] = [];
  const used = new Map<string, number>();
  const key = (id: string, subject: string): string => {
    const k = `${id}:${subject}`;
    const n = (used.get(k) ?? 0) + 1;
    used.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  };
  for (const rel of catalog.relations) {
    const source = src(catalog, rel);
    switch (rel.kind) {
      case "rate": {
        const reads = [rel.rate, rel.numerator, rel.denominator];
        out.push({
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
        });
        out.push({
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
        });
        out.push({
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
        });
        out.push({
          kind: "derivable",
          id: "derivable.rate",
          key: key("derivable.rate", rel.rate),
          target: rel.rate,
          derive: {
            kind: "rate",
            numerator: rel.numerator,
            denominator: rel.denominator,
            factor: rel.factor,
          },
          reads,
          operator: "derivable",
          severity: "info",
          missing: "never-skip",
          source,
        });
        break;
      }
      case "sum":
        out.push({
          kind: "sum",
          id: "sum.parts",
          key: key("sum.parts", rel.total),
          total: rel.total,
          parts: [...rel.parts],
          reads: [rel.total, ...rel.parts],
          operator: "=",
          severity: "error",
          missing: "skip-if-any-missing",
          source,
        });
        out.push({
          kind: "derivable",
          id: "derivable.sum",
          key: key("derivable.sum", rel.total),
          target: rel.total,
          derive: { kind: "sum", parts: [...rel.parts] },
          reads: [rel.total, ...rel.parts],
          operator: "derivable",
          severity: "info",
          missing: "never-skip",
          source,
        });
        break;
      case "subset": {
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
        out.push(rule);
        break;
      }
      case "equal":
        out.push({
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
        });
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
        break;
      case "fraction-base":
        out.push({
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
        });
        break;
    }
  }
  for (const row of catalog.rows) {
    if (row.kind !== "rate") continue;
    out.push({
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
    });
  }
  return out;
}
