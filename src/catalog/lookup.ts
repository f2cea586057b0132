import { relationRows } from "./relations.js";
import type { Catalog, CatalogRow, Relation } from "./types.js";
import { CATALOG_2022 } from "./v2022.js";
import { CATALOG_2025 } from "./v2025.js";

export { relationRows } from "./relations.js";

/**
 * Các phiên bản mẫu phụ lục có sẵn: the catalog versions shipped with the library, oldest first. Deeply
 * frozen, like each catalog in it; derive a variant with {@link deriveCatalog}.
 * @example
 * BUILTIN_CATALOGS.map((c) => c.version); // ["2022", "2025"]
 */
export const BUILTIN_CATALOGS: readonly Catalog[] = Object.freeze([CATALOG_2022, CATALOG_2025]);

/**
 * Chọn mẫu phụ lục: the catalog version in force on `date` (`YYYY-MM-DD`, normally the last day of the
 * report's period): the latest version whose `effectiveFrom` ≤ date ≤ `effectiveTo`. When none
 * applies (a date before every version) the earliest version is returned with `exact: false`, so a
 * caller can say so instead of failing.
 * @example
 * const { catalog } = selectCatalog("2022-06-30");
 * catalog.version; // "2022"
 */
export function selectCatalog(
  date: string,
  catalogs: readonly Catalog[] = BUILTIN_CATALOGS,
): { catalog: Catalog; exact: boolean } {
  const sorted = [...catalogs].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  let found: Catalog | undefined;
  for (const c of sorted) {
    if (c.effectiveFrom <= date && (c.effectiveTo === undefined || date <= c.effectiveTo)) found = c;
  }
  if (found) return { catalog: found, exact: true };
  const first = sorted[0];
  if (!first) throw new RangeError("no catalog given / không có mẫu phụ lục nào");
  return { catalog: first, exact: false };
}

/**
 * The version used when nothing says which applies (a report or table without a period): the 2022
 * version, rebuilt from a real report. Later versions whose template is not known (2025) are used only
 * when a period falls in their range.
 * @example
 * UNDATED_CATALOG_VERSION; // "2022"
 */
export const UNDATED_CATALOG_VERSION = "2022";

/**
 * Mẫu phụ lục khi không biết kỳ: the catalog for an undated report — {@link UNDATED_CATALOG_VERSION}
 * when `catalogs` has it, else the newest of `catalogs`.
 * @example
 * undatedCatalog().version; // "2022"
 */
export function undatedCatalog(catalogs: readonly Catalog[] = BUILTIN_CATALOGS): Catalog {
  const named = catalogs.find((c) => c.version === UNDATED_CATALOG_VERSION);
  if (named) return named;
  return selectCatalog("9999-12-31", catalogs).catalog;
}

/**
 * Finds a catalog version by its id (`"2022"`).
 * @example
 * findCatalogVersion("2022")?.rows.length;
 */
export function findCatalogVersion(
  version: string,
  catalogs: readonly Catalog[] = BUILTIN_CATALOGS,
): Catalog | undefined {
  return catalogs.find((c) => c.version === version);
}

/**
 * Chọn mẫu phụ lục cho báo cáo: the catalog a report is read and checked with — `options.catalog` when
 * given, else the version the report names (`catalogVersion`) among `options.catalogs` (default: the
 * built-in ones), else the version in force on the last day of its period ({@link undatedCatalog} when
 * the report has no period). `named` is false when the report names a version that is not available.
 * @example
 * catalogForReport({ period: { to: "2022-06-14" }, catalogVersion: "2022" }).catalog.version; // "2022"
 */
export function catalogForReport(
  report: { period?: { to?: string | undefined } | undefined; catalogVersion?: string | undefined },
  options: { catalog?: Catalog | undefined; catalogs?: readonly Catalog[] | undefined } = {},
): { catalog: Catalog; named: boolean } {
  if (options.catalog) return { catalog: options.catalog, named: true };
  const list = options.catalogs && options.catalogs.length > 0 ? options.catalogs : BUILTIN_CATALOGS;
  const asked = report?.catalogVersion;
  if (typeof asked === "string") {
    const c = findCatalogVersion(asked, list);
    if (c) return { catalog: c, named: true };
  }
  const to = report?.period?.to;
  return {
    catalog: typeof to === "string" ? selectCatalog(to, list).catalog : undatedCatalog(list),
    named: asked === undefined,
  };
}

/** Fast lookups over one catalog, built once by {@link indexCatalog}. */
export interface CatalogIndex {
  catalog: Catalog;
  /** Row by id. */
  byId: ReadonlyMap<string, CatalogRow>;
  /** Rows by printed code, normalised without a trailing dot (`"1.2"`); includes `printedAs` codes. */
  byCode: ReadonlyMap<string, CatalogRow[]>;
  /** Children ids of each row, in template order (`null` key: top-level sections). */
  children: ReadonlyMap<string | null, string[]>;
  /** Position of each row in template order. */
  order: ReadonlyMap<string, number>;
  /** The relations that read each row. */
  relationsOf: ReadonlyMap<string, Relation[]>;
}

/**
 * Normalises a printed template code: trims, drops a trailing dot (`"1.2."` → `"1.2"`).
 * @example
 * normalizeCode(" 3.3.1. "); // "3.3.1"
 */
export function normalizeCode(code: string): string {
  return code.trim().replace(/\.+$/, "");
}

/**
 * Builds the lookup maps of a catalog (by id, by printed code, children, order, relations per row).
 * @example
 * const idx = indexCatalog(CATALOG_2022);
 * idx.byId.get("3.4.1")?.name.en; // "On-time dossier rate of provincial specialised agencies"
 */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const byId = new Map<string, CatalogRow>();
  const byCode = new Map<string, CatalogRow[]>();
  const children = new Map<string | null, string[]>();
  const order = new Map<string, number>();
  const relationsOf = new Map<string, Relation[]>();
  catalog.rows.forEach((row, i) => {
    byId.set(row.id, row);
    order.set(row.id, i);
    const codes = [row.code, ...(row.printedAs ?? [])].filter((c): c is string => c !== null);
    for (const c of new Set(codes.map(normalizeCode))) {
      const list = byCode.get(c);
      if (list) list.push(row);
      else byCode.set(c, [row]);
    }
    const siblings = children.get(row.parent);
    if (siblings) siblings.push(row.id);
    else children.set(row.parent, [row.id]);
  });
  for (const rel of catalog.relations) {
    for (const id of new Set(relationRows(rel))) {
      const list = relationsOf.get(id);
      if (list) list.push(rel);
      else relationsOf.set(id, [rel]);
    }
  }
  return { catalog, byId, byCode, children, order, relationsOf };
}

const INDEX_CACHE = new WeakMap<Catalog, CatalogIndex>();
const DEEPLY_FROZEN = new WeakSet<object>();

/**
 * Đã đóng băng hoàn toàn: true when `value` and everything reachable from it (arrays, plain objects) is
 * frozen, so nothing can change it after a cache has read it. The answer is remembered for frozen objects.
 * @example
 * isDeeplyFrozen(CATALOG_2022); // true
 * isDeeplyFrozen({ rows: [] }); // false
 */
export function isDeeplyFrozen(value: unknown): boolean {
  const seen = new Set<object>();
  if (!frozenAll(value, seen)) return false;
  // remembered only once the whole graph is known to be frozen (a node inside a cycle is not judged alone)
  for (const o of seen) DEEPLY_FROZEN.add(o);
  return true;
}

function frozenAll(value: unknown, seen: Set<object>): boolean {
  if (value === null || typeof value !== "object") return true;
  if (DEEPLY_FROZEN.has(value) || seen.has(value)) return true;
  if (!Object.isFrozen(value)) return false;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    // an accessor can return something new on every read: not frozen data
    if (!d || !("value" in d) || !frozenAll(d.value, seen)) return false;
  }
  return true;
}

/**
 * Chỉ mục mẫu phụ lục (có bộ nhớ đệm): {@link indexCatalog}, remembered per catalog object when that
 * catalog is deeply frozen (the built-in ones, and every catalog {@link deriveCatalog} returns). A
 * catalog that can still change is indexed on every call, so a change is never hidden by a stale index.
 * @example
 * cachedIndex(CATALOG_2022).byId.get("1.2")?.kind; // "rate"
 */
export function cachedIndex(catalog: Catalog): CatalogIndex {
  if (!isDeeplyFrozen(catalog)) return indexCatalog(catalog);
  let idx = INDEX_CACHE.get(catalog);
  if (!idx) {
    idx = indexCatalog(catalog);
    INDEX_CACHE.set(catalog, idx);
  }
  return idx;
}

/** A problem in a catalog definition found by {@link validateCatalog}. */
export interface CatalogProblem {
  /** The row id or relation concerned. */
  where: string;
  message: string;
}

/**
 * Checks a catalog's internal consistency: unique ids, known parents (declared before their children),
 * relations that name existing rows of the right kind, coded rows with codes. Returns [] when sound.
 * @example
 * validateCatalog(CATALOG_2022); // []
 */
export function validateCatalog(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const seen = new Map<string, CatalogRow>();
  for (const row of catalog.rows) {
    if (seen.has(row.id)) problems.push({ where: row.id, message: "duplicate row id" });
    if (row.parent !== null && !seen.has(row.parent)) {
      problems.push({ where: row.id, message: `parent ${row.parent} is not declared before it` });
    }
    if (row.kind === "coded" && !row.codes?.length)
      problems.push({ where: row.id, message: "coded row without codes" });
    if (row.kind === "group" && row.unit !== null)
      problems.push({ where: row.id, message: "group row with a unit" });
    seen.set(row.id, row);
  }
  catalog.relations.forEach((rel, i) => {
    const where = `relations[${i}] (${rel.kind})`;
    for (const id of relationRows(rel)) {
      const row = seen.get(id);
      if (!row) problems.push({ where, message: `unknown row ${id}` });
      else if (row.kind === "group") problems.push({ where, message: `row ${id} is a group heading` });
    }
    if (rel.kind === "rate" && seen.get(rel.rate)?.kind !== "rate") {
      problems.push({ where, message: `row ${rel.rate} is not a rate row` });
    }
    if ((rel.kind === "sum" || rel.kind === "subset") && rel.parts.length === 0) {
      problems.push({ where, message: "no parts" });
    }
  });
  return problems;
}
