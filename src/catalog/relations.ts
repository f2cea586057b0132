/**
 * The rows a relation reads — shared by the lookups, derived catalogs and the built-in versions (which
 * `lookup.ts` imports, so they cannot import it back).
 * @module
 */
import type { Relation } from "./types.js";

/**
 * Các dòng một quan hệ đọc: the row ids a relation reads — its rate, numerator, denominator and other
 * bases; a total and its parts; both sides of an equality; a fraction row and its base.
 * @example
 * relationRows({ kind: "rate", rate: "1.2", numerator: "1.2.b", denominator: "1.2.a", factor: 100 });
 * // ["1.2", "1.2.b", "1.2.a"]
 */
export function relationRows(r: Relation): string[] {
  switch (r.kind) {
    case "rate":
      return [r.rate, r.numerator, r.denominator, ...(r.otherBases ?? [])];
    case "sum":
    case "subset":
      return [r.total, ...r.parts];
    case "equal":
      return [r.left, r.right];
    case "fraction-base":
      return [r.row, r.base];
  }
}
