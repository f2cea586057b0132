/**
 * Shared result types of the calculators that build indicators from raw records.
 * @module
 */

/**
 * Vấn đề của dữ liệu gốc: a record the calculators could not use as is (counted nowhere, or counted
 * with a caveat). `ids` name the records (procedure codes, dossier ids, unit ids).
 * - `district-after-reorganisation`: a district-level procedure at a date from 2025-07-01, when the
 *   district level no longer exists [secondary]: left out;
 * - `central-level-procedure`: a central-level procedure: not part of a local appendix, left out;
 * - `missing-appointment`: a resolved or pending dossier without an appointment date: its timeliness is
 *   unknown (counted as resolved but not on time; pending neither within nor overdue);
 * - `unclassifiable-unit`: a public service unit whose ratio cannot be computed (no recurrent spending): left out of 6.2;
 * - `invalid-record`: not a valid record of its kind: left out.
 * @example
 * const i: RecordIssue = { code: "missing-appointment", ids: ["HS-1"], message: { vi: "…", en: "…" } };
 */
export interface RecordIssue {
  code:
    | "district-after-reorganisation"
    | "central-level-procedure"
    | "missing-appointment"
    | "unclassifiable-unit"
    | "invalid-record";
  ids: string[];
  message: { vi: string; en: string };
}

/**
 * Suy luận chưa kiểm chứng: a choice the calculators made that no source confirms, named so that a
 * reader can see it (e.g. NĐ 42/2022 `full`/`partial` counted as levels 4/3).
 * @example
 * const n: Inference = { id: "nd42-online-class-mapping", rows: ["7.7.1.b", "7.7.2.b"], verified: false, message: { vi: "…", en: "…" } };
 */
export interface Inference {
  id: string;
  /** The indicator rows whose values depend on it. */
  rows: string[];
  verified: false;
  message: { vi: string; en: string };
}

/**
 * Chỉ tiêu tính từ dữ liệu gốc: values keyed by indicator id (exact decimal strings), the records that
 * could not be used, and the unverified inferences made.
 * @example
 * const r: RecordIndicators = { values: { "3.1.4": "54" }, issues: [], inferences: [] };
 */
export interface RecordIndicators {
  values: Record<string, string>;
  issues: RecordIssue[];
  inferences: Inference[];
}
