/**
 * The rules that are not generated from catalog relations: a table a domain expert can review.
 * @module
 */

import { deepFreeze } from "../catalog/freeze.js";
import type { Severity } from "./finding.js";
import type { ExclusivePairRule, StructureCheck, StructureRule } from "./types.js";

function exclusive(
  when: string,
  equals: string,
  excludes: string[],
  meaning: { vi: string; en: string },
  source: string,
): ExclusivePairRule {
  return {
    kind: "exclusive-pair",
    id: "pair.exclusive",
    key: `pair.exclusive:${when}`,
    when,
    equals,
    excludes,
    meaning,
    reads: [when, ...excludes],
    operator: "excludes",
    severity: "warning",
    missing: "never-skip",
    source,
  };
}

/**
 * Bảng quy tắc tường minh: exclusive pairs of the 2022 appendix — when the first row has the given
 * value, the others must be blank or 0. Read as: "1.6 = 0 (no survey) excludes 1.6.a > 0 (forms
 * counted)". These are reasoning from the template's wording, not quotations of a regulation
 * [unverified]; severity warning. They apply whenever the rows exist (a catalog without them skips
 * them as missing).
 *
 * | key | when | then blank or 0 | meaning |
 * |---|---|---|---|
 * | pair.exclusive:1.6 | 1.6 = 0 | 1.6.a, 1.6.b | no satisfaction survey held |
 * | pair.exclusive:1.3.1 | 1.3.1 = 0 | 1.3.2.a, 1.3.2.b | no agency inspected, so no inspection findings |
 * | pair.exclusive:7.8.1 | 7.8.1 = 0 | 7.8.2.a, 7.8.2.b, 7.8.2.c | no procedure offered by post, so no postal dossiers |
 * @example
 * EXPLICIT_RULES.map((r) => r.key); // ["pair.exclusive:1.6", "pair.exclusive:1.3.1", "pair.exclusive:7.8.1"]
 */
export const EXPLICIT_RULES: readonly ExclusivePairRule[] = deepFreeze([
  exclusive(
    "1.6",
    "0",
    ["1.6.a", "1.6.b"],
    { vi: "không tổ chức khảo sát", en: "no survey held" },
    "template 2022, row 1.6 (Không = 0): forms and survey form only exist when a survey was held (reasoning)",
  ),
  exclusive(
    "1.3.1",
    "0",
    ["1.3.2.a", "1.3.2.b"],
    { vi: "không kiểm tra cơ quan, đơn vị nào", en: "no agency inspected" },
    "template 2022, rows 1.3.1 / 1.3.2: issues are found by inspections (reasoning)",
  ),
  exclusive(
    "7.8.1",
    "0",
    ["7.8.2.a", "7.8.2.b", "7.8.2.c"],
    {
      vi: "không có TTHC nào triển khai qua dịch vụ BCCI",
      en: "no procedure offered through the postal service",
    },
    "template 2022, rows 7.8.1 / 7.8.2: postal dossiers need procedures offered by post (reasoning)",
  ),
]);

function structure(check: StructureCheck, severity: Severity, source: string): StructureRule {
  return {
    kind: "structure",
    check,
    id: `structure.${check}`,
    key: `structure.${check}`,
    reads: [],
    operator: "structure",
    severity,
    missing: "never-skip",
    source,
  };
}

/**
 * Kiểm tra cấu trúc: the per-row checks run over every value of a report.
 *
 * | id | severity | fires on |
 * |---|---|---|
 * | structure.unknown-code | warning | an id that is not a row of the catalog |
 * | structure.unparseable | error | a value that cannot be read as a number |
 * | structure.code-not-in-list | error | a coded answer outside its code list (1.6 = 2) |
 * | structure.value-on-group | info | a value on a group heading (2.2 = 08) |
 * | structure.value-in-unit-column | info | a rate row with the fraction in the value cell and the percentage in the unit cell (7.5.3.a) |
 * | structure.unit-differs | info | a unit cell that differs from the catalog's (7.8.2 writes "Hồ sơ") |
 * | structure.not-whole | error | a count that is not a whole number (`12,5` dossiers) |
 *
 * Duplicate codes (`structure.duplicate-code`) are found by the importer and passed in with
 * `importFindings` (see {@link duplicateCodeFinding}).
 * @example
 * STRUCTURE_RULES.find((r) => r.check === "unparseable")?.severity; // "error"
 */
export const STRUCTURE_RULES: readonly StructureRule[] = deepFreeze([
  structure("unknown-code", "warning", "catalog: ids are the catalog's row ids (docs/catalog.md)"),
  structure("unparseable", "error", "docs/guide.md §3: values are numbers, fractions, blank or a dash"),
  structure("code-not-in-list", "error", "template: a coded row lists its codes in the unit column"),
  structure("value-on-group", "info", "template: group headings carry no value"),
  structure(
    "value-in-unit-column",
    "info",
    "reference report 7.5.3.a: fraction in the value cell, percentage in the unit cell",
  ),
  structure("unit-differs", "info", "template: each row's unit is fixed"),
  structure(
    "not-whole",
    "error",
    "template: counts (documents, procedures, dossiers, people) are whole numbers",
  ),
]);
