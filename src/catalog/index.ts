/**
 * The appendix catalog: every row of the statistical appendix as versioned data, with the relations
 * (rates, sums, subsets, cross-row equalities) that the calculators and rules are generated from.
 * @module catalog
 */

export * from "./dossier-profiles.js";
export * from "./lookup.js";
export * from "./types.js";
export { CATALOG_2022 } from "./v2022.js";
export { CATALOG_2025 } from "./v2025.js";
