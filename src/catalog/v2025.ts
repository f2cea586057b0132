import { deriveCatalog } from "./derive.js";
import type { Catalog, CatalogRow } from "./types.js";
import { CATALOG_2022 } from "./v2022.js";

/** First day of two-level local government (no district level) [secondary]. */
const TWO_LEVEL_FROM = "2025-07-01";

/**
 * The 2022 rows re-worded for online services under NĐ 42/2022/NĐ-CP (toàn trình / một phần instead of
 * levels 4 / 3) [secondary, unverified]. Ids are kept: a stored 7.7.1 keeps its meaning of "the partial
 * class" the way the level-3 row was read before; the mapping level 4 → toàn trình, level 3 → một phần is
 * an inference [unverified].
 */
const RENAMED: Readonly<Record<string, { vi: string; en: string }>> = {
  "7.7.1": {
    vi: "Tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến một phần",
    en: "Share of eligible procedures offered as partial online services",
  },
  "7.7.1.b": {
    vi: "Số TTHC đang cung cấp dịch vụ công trực tuyến một phần",
    en: "Procedures offered as partial online services",
  },
  "7.7.1.c": {
    vi: "Số TTHC đang cung cấp dịch vụ công trực tuyến một phần có phát sinh hồ sơ nộp trực tuyến",
    en: "Partial online procedures with online dossiers",
  },
  "7.7.2": {
    vi: "Tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình",
    en: "Share of eligible procedures offered as full online services",
  },
  "7.7.2.b": {
    vi: "Số TTHC đang cung cấp dịch vụ công trực tuyến toàn trình",
    en: "Procedures offered as full online services",
  },
  "7.7.2.c": {
    vi: "Số TTHC đang cung cấp dịch vụ công trực tuyến toàn trình có phát sinh hồ sơ nộp trực tuyến",
    en: "Full online procedures with online dossiers",
  },
  "7.7.4": {
    vi: "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến (toàn trình và một phần)",
    en: "Share of dossiers received online (full and partial online services)",
  },
};

/** Rows of the district level (`validTo` before two-level government): not in the 2025 template. */
const ENDED = CATALOG_2022.rows
  .filter((r) => r.validTo !== undefined && r.validTo < TWO_LEVEL_FROM)
  .map((r) => r.id);

/** The rows re-worded for toàn trình / một phần, replacing the 2022 rows in place. */
const REWORDED: CatalogRow[] = CATALOG_2022.rows.flatMap((r) => {
  const name = RENAMED[r.id];
  return name
    ? [
        {
          ...r,
          name: { ...name },
          note: "Re-worded for NĐ 42/2022/NĐ-CP (toàn trình / một phần) [unverified].",
        },
      ]
    : [];
});

/**
 * Mẫu phụ lục từ 01/07/2025 (chính quyền địa phương hai cấp): the 2022 rows without the district level
 * (rows whose `validTo` ends before 2025-07-01: 3.4.2 and its sub-rows) and with online services counted
 * as toàn trình / một phần under NĐ 42/2022/NĐ-CP. The template actually in force for reports after
 * 2025-06-30 is not known: the whole version is `verified: false` [unverified].
 * @example
 * CATALOG_2025.rows.some((r) => r.id === "3.4.2"); // false
 * CATALOG_2025.rows.find((r) => r.id === "3.4.3")?.name.vi;
 * // "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn"
 */
export const CATALOG_2025: Catalog = deriveCatalog(CATALOG_2022, {
  version: "2025",
  effectiveFrom: TWO_LEVEL_FROM,
  effectiveTo: null,
  source:
    "Catalog 2022 without district rows, online services re-worded for NĐ 42/2022/NĐ-CP (toàn trình / một phần); two-level local government from 2025-07-01 [secondary]; the template in force is not known [unverified]",
  verified: false,
  removeRows: ENDED,
  addRows: REWORDED,
});
