/**
 * The appendix catalog: every row of the statistical appendix as versioned data, with the relations
 * (rates, sums, subsets, cross-row equalities) that the calculators and rules are generated from.
 * @module catalog
 */

export { type CatalogChanges, deriveCatalog } from "./derive.js";
export * from "./dossier-profiles.js";
export { deepFreeze } from "./freeze.js";
export * from "./lookup.js";
export * from "./types.js";
export { CATALOG_2022 } from "./v2022.js";
export { CATALOG_2025 } from "./v2025.js";
export {
  isPresent,
  type ResolvedKind,
  type ResolvedReport,
  type ResolvedValue,
  resolveValue,
  resolveValues,
} from "./values.js";
