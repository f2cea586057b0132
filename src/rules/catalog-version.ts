/**
 * Findings about the catalog version a report is checked with: not in force for the report's period,
 * or rows of an administrative level that no longer existed in the period.
 * @module
 */
import { cachedPerFrozen } from "../catalog/frozen-cache.js";
import { BUILTIN_CATALOGS, selectCatalog } from "../catalog/lookup.js";
import type { Catalog, CatalogRow } from "../catalog/types.js";
import type { Finding, Lang } from "./finding.js";

function push(
  out: Finding[],
  en: boolean,
  rule: string,
  code: string | null,
  vi: string,
  english: string,
  extra: Partial<Finding> = {},
) {
  out.push({
    rule,
    severity: "warning",
    code,
    codes: code === null ? [] : [code],
    message: en ? english : vi,
    messages: { vi, en: english },
    source: "appendix",
    ...extra,
  });
}

/**
 * Phiên bản mẫu phụ lục so với kỳ báo cáo: warnings when the catalog a report is checked with does not
 * match its period —
 * - `import.catalog-version`: the period ends outside the version's `effectiveFrom`–`effectiveTo`
 *   (the 2022 template applied to a 2018 report, or a report after 2025-06-30 checked with it); the
 *   message names the version in force when there is one;
 * - `import.level-ended`: a value on a row whose `validTo` ends before the period starts (district rows
 *   in a report after 2025-06-30, when the district level no longer existed).
 * Nothing when the report has no period. The versions to name are `options.catalogs`, or the built-in
 * ones when it is absent or empty (as `catalogForReport` reads it). Never throws.
 * @example
 * catalogVersionFindings({ period: { from: "2018-01-01", to: "2018-06-14" }, values: {} }, CATALOG_2022).map((f) => f.rule);
 * // ["import.catalog-version"]
 * catalogVersionFindings({ period: { from: "2022-01-01", to: "2022-06-14" }, values: {} }, CATALOG_2022); // []
 */
export function catalogVersionFindings(
  report: {
    period?: { from?: string; to?: string } | undefined;
    values?: Record<string, unknown> | undefined;
  },
  catalog: Catalog,
  options: { lang?: Lang; catalogs?: readonly Catalog[] } = {},
): Finding[] {
  const en = options.lang === "en";
  const out: Finding[] = [];
  const to = report?.period?.to;
  const from = report?.period?.from ?? to;
  if (typeof to !== "string" || typeof from !== "string" || !catalog) return out;
  const inForce =
    catalog.effectiveFrom <= to && (catalog.effectiveTo === undefined || to <= catalog.effectiveTo);
  // an empty list means the built-in versions, as for the catalog a report is checked with (catalogForReport)
  const catalogs = options.catalogs && options.catalogs.length > 0 ? options.catalogs : BUILTIN_CATALOGS;
  if (!inForce) {
    const sel = selectCatalog(to, catalogs);
    const range = `${catalog.effectiveFrom} → ${catalog.effectiveTo ?? "…"}`;
    // Three cases, and the message and `expected.value` agree in each: another version is in force (named
    // in both); none is (null); or a version of the same name is (a caller's copy with another range:
    // named in `expected`, nothing to add to the message).
    const better = !sel.exact
      ? { vi: " Không có mẫu nào áp dụng cho kỳ này.", en: " No version applies to this period." }
      : sel.catalog.version !== catalog.version
        ? {
            vi: ` Mẫu áp dụng cho kỳ này: ${sel.catalog.version}.`,
            en: ` The version in force for this period: ${sel.catalog.version}.`,
          }
        : { vi: "", en: "" };
    push(
      out,
      en,
      "import.catalog-version",
      null,
      `Báo cáo kỳ đến ${to} được kiểm tra theo mẫu phụ lục ${catalog.version} (áp dụng ${range}): mẫu không khớp với kỳ báo cáo, có thể có chỉ tiêu khác.${better.vi}`,
      `The report for the period ending ${to} is checked with appendix template ${catalog.version} (in force ${range}): the template does not match the period and rows may differ.${better.en}`,
      {
        actual: { value: catalog.version },
        expected: { value: sel.exact ? sel.catalog.version : null, description: `in force on ${to}` },
      },
    );
  }
  // a period end that is text means there is a report
  const values = report.values ?? {};
  for (const r of rowsWithEnd(catalog, catalogs)) {
    if (r.validTo >= from || !Object.hasOwn(values, r.id)) continue;
    push(
      out,
      en,
      "import.level-ended",
      r.id,
      `Chỉ tiêu ${r.id} (${r.name.vi}) chỉ áp dụng đến ${r.validTo}, nhưng báo cáo kỳ từ ${from} có ghi số liệu: cấp hành chính này không còn trong kỳ.`,
      `Indicator ${r.id} (${r.name.en}) applies until ${r.validTo}, but the report for the period from ${from} gives a value: that administrative level no longer existed.`,
    );
  }
  return out;
}

type EndingRow = { id: string; validTo: string; name: { vi: string; en: string } };

/** {@link rowsWithEnd} per frozen catalog and frozen list of versions (neither can change: safe to keep). */
const ENDING_ROWS = new WeakMap<Catalog, WeakMap<readonly Catalog[], readonly EndingRow[]>>();

/**
 * Rows with an end date: the catalog's own, and those of the other versions with the same id or dropped.
 * Computed once per deeply frozen catalog and list (the built-in ones); each call for any other.
 */
function rowsWithEnd(catalog: Catalog, catalogs: readonly Catalog[]): readonly EndingRow[] {
  return cachedPerFrozen(ENDING_ROWS, catalog, catalogs, () => {
    const seen = new Map<string, EndingRow>();
    const note = (r: CatalogRow): void => {
      if (r.validTo !== undefined && !seen.has(r.id))
        seen.set(r.id, { id: r.id, validTo: r.validTo, name: r.name });
    };
    for (const r of catalog.rows) note(r);
    for (const c of catalogs) for (const r of c.rows) note(r);
    return [...seen.values()];
  });
}
