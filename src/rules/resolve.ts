/**
 * The rule engine reads values through the catalog area's resolver, the one reading of a report value
 * that every part of the library shares; these names stay exported from `cchc/rules` for existing users.
 * @module
 */
export { cachedIndex } from "../catalog/lookup.js";
export {
  isPresent,
  type ResolvedKind,
  type ResolvedReport,
  type ResolvedValue,
  resolveValue,
  resolveValues,
} from "../catalog/values.js";
