/**
 * Frozen data and derived catalog versions. The library's exported tables (catalogs, rule tables,
 * scoring tables) are deeply frozen, so a caller cannot change them by accident — and the caches that
 * remember work per catalog object ({@link cachedIndex}, the rule engine's compiled rules) can never
 * serve an answer for data that has since changed. A caller who needs a variant derives a new catalog.
 * @module
 */

import { deepFreeze } from "./freeze.js";
import { relationRows } from "./relations.js";
import type { Catalog, CatalogRow, Relation } from "./types.js";

/**
 * Thay đổi để tạo phiên bản mẫu phụ lục: what {@link deriveCatalog} changes in a base catalog.
 * Rows are added after their parent's last descendant (or at the end for a new section); removing a row
 * removes its descendants and every relation that reads one of them.
 * @example
 * const c: CatalogChanges = { version: "2022-local", removeRows: ["7.8"] };
 */
export interface CatalogChanges {
  /** The new version id (required: two different catalogs must not share one). */
  version: string;
  /** Rows to add; a row whose id exists replaces it in place. */
  addRows?: readonly CatalogRow[];
  /** Ids of rows to remove (with their descendants and the relations that read them). */
  removeRows?: readonly string[];
  /** Relations to add. */
  addRelations?: readonly Relation[];
  /** Relations to remove: those equal (same kind and rows) to one listed, or matching a predicate. */
  removeRelations?: readonly Relation[] | ((r: Relation) => boolean);
  effectiveFrom?: string;
  /** Last day in force; default the base's; `null`: open-ended (no last day). */
  effectiveTo?: string | null;
  source?: string;
  verified?: boolean;
}

/** Same relation: same kind and the same rows in the same roles. */
function sameRelation(a: Relation, b: Relation): boolean {
  return a.kind === b.kind && relationRows(a).join("|") === relationRows(b).join("|");
}

function clone<T>(x: T): T {
  return structuredClone(x);
}

/**
 * Tạo phiên bản mẫu phụ lục: a new, deeply frozen catalog derived from `base` — rows and relations added,
 * replaced or removed, a new version id — for a province's own template or a corrected reading. The base
 * is not changed (it is frozen). Throws a `TypeError` when the version id is missing or equals the base's.
 * Check the result with {@link validateCatalog}.
 * @example
 * const local = deriveCatalog(CATALOG_2022, { version: "2022-no-bcci", removeRows: ["7.8"] });
 * local.rows.some((r) => r.id === "7.8.1"); // false
 * Object.isFrozen(local.rows); // true
 * CATALOG_2022.rows.some((r) => r.id === "7.8.1"); // true
 */
export function deriveCatalog(base: Catalog, changes: CatalogChanges): Catalog {
  if (typeof changes?.version !== "string" || changes.version === "" || changes.version === base.version) {
    throw new TypeError(
      "deriveCatalog: give a new version id / cần mã phiên bản mới khác phiên bản gốc (changes.version)",
    );
  }
  const removed = new Set<string | null>(changes.removeRows ?? []);
  // a removed row takes its descendants with it (parents are declared before their children)
  for (const r of base.rows) if (removed.has(r.parent)) removed.add(r.id);
  let rows: CatalogRow[] = base.rows.filter((r) => !removed.has(r.id)).map(clone);
  for (const add of changes.addRows ?? []) {
    const row = clone(add);
    const at = rows.findIndex((r) => r.id === row.id);
    if (at >= 0) {
      rows[at] = row;
      continue;
    }
    // after the parent's last descendant (at the end for a new section or an unknown parent)
    let insert = rows.length;
    const p = rows.findIndex((r) => r.id === row.parent);
    if (p >= 0) {
      const inside = new Set<string | null>([row.parent]);
      insert = p + 1;
      while (insert < rows.length && inside.has(rows[insert]!.parent)) {
        inside.add(rows[insert]!.id);
        insert++;
      }
    }
    rows = [...rows.slice(0, insert), row, ...rows.slice(insert)];
  }
  const drop = changes.removeRelations;
  const dropped = (r: Relation): boolean =>
    typeof drop === "function" ? drop(r) : (drop ?? []).some((d) => sameRelation(d, r));
  const kept = new Set(rows.map((r) => r.id));
  const relations: Relation[] = [
    ...base.relations.filter((r) => !dropped(r)),
    ...(changes.addRelations ?? []),
  ]
    .filter((r) => relationRows(r).every((id) => kept.has(id)))
    .map(clone);
  const out: Catalog = {
    version: changes.version,
    effectiveFrom: changes.effectiveFrom ?? base.effectiveFrom,
    source: changes.source ?? `derived from catalog ${base.version}: ${base.source}`,
    verified: changes.verified ?? false,
    rows,
    relations,
  };
  const to = changes.effectiveTo === undefined ? base.effectiveTo : changes.effectiveTo;
  if (to !== undefined && to !== null) out.effectiveTo = to;
  return deepFreeze(out);
}
