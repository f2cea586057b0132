/**
 * The per-catalog cache rule, kept out of the package's entries (internal).
 * @module
 */
import { isDeeplyFrozen } from "./lookup.js";
import type { Catalog } from "./types.js";

/**
 * @internal What `compute` gives for `catalog` and `key`, remembered in `cache` when both are deeply
 * frozen (neither can change, so the result cannot go stale) and computed on every call otherwise — the
 * one rule every per-catalog cache of the library follows (compiled rules, rows with an end date).
 */
export function cachedPerFrozen<K extends object, V>(
  cache: WeakMap<Catalog, WeakMap<K, V>>,
  catalog: Catalog,
  key: K,
  compute: () => V,
): V {
  if (!isDeeplyFrozen(catalog) || !isDeeplyFrozen(key)) return compute();
  let perCatalog = cache.get(catalog);
  if (!perCatalog) {
    perCatalog = new WeakMap();
    cache.set(catalog, perCatalog);
  }
  if (perCatalog.has(key)) return perCatalog.get(key) as V;
  const value = compute();
  perCatalog.set(key, value);
  return value;
}
