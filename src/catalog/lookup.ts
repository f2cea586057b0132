import type { Catalog, CatalogRow, Relation } from "./types.js";
import { CATALOG_2022 } from "./v2022.js";
import { CATALOG_2025 } from "./v2025.js";

/** The catalog versions shipped with the library, oldest first. */
export const BUILTIN_CATALOGS: readonly Catalog[] = [CATALOG_2022, CATALOG_2025];

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

/** The row ids a relation reads. */
export function relationRows(r: Relation): string[] {
  switch (r.kind) {
    case "rate":
      return [r.rate, r.numerator, r.denominator];
    case "sum":
    case "subset":
      return [r.total, ...r.parts];
    case "equal":
      return [r.left, r.right];
    case "fraction-base":
      return [r.row, r.base];
  }
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
