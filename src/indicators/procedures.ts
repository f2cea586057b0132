/**
 * Procedure statistics of the appendix (3.1.4, 3.3.1, 7.7.1, 7.7.2, 7.7.5, 7.7.6, 7.8.1) counted from a
 * list of procedures in force at a date.
 * @module
 */
import { DISTRICT_LEVEL_ENDS } from "../model/primitives.js";
import type { Procedure } from "../model/procedure.js";
import { pct } from "./rates.js";
import type { Inference, RecordIndicators, RecordIssue } from "./records-types.js";

/**
 * Suy luận NĐ 42/2022 → mức độ: counting `partial` (một phần) as level 3 and `full` (toàn trình) as
 * level 4 for rows 7.7.1/7.7.2 is an inference: NĐ 42/2022/NĐ-CP Điều 11 defines two classes, not levels
 * [unverified].
 * @example
 * ND42_MAPPING_INFERENCE.verified; // false
 */
export const ND42_MAPPING_INFERENCE: Inference = {
  id: "nd42-online-class-mapping",
  rows: ["7.7.1", "7.7.1.a", "7.7.1.b", "7.7.2", "7.7.2.a", "7.7.2.b"],
  verified: false,
  message: {
    vi: "TTHC theo NĐ 42/2022: 'một phần' được tính là mức độ 3, 'toàn trình' là mức độ 4 — đây là suy luận, chưa được kiểm chứng",
    en: "NĐ 42/2022 procedures: 'partial' counted as level 3 and 'full' as level 4 — an inference, not verified",
  },
};

/** Whether a procedure is in force on `at` (`inForce` and its validity window). */
function inForceAt(p: Procedure, at: string): boolean {
  if (p.inForce === false) return false;
  if (p.validFrom !== undefined && p.validFrom > at) return false;
  if (p.validTo !== undefined && p.validTo < at) return false;
  return true;
}

/** Online level of a procedure (NĐ 43/2011 level, or NĐ 42/2022 class mapped to 3/4), with whether the mapping was used. */
function onlineLevel(p: Procedure): { level: number | null; mapped: boolean } {
  const o = p.onlineLevel;
  if (!o) return { level: null, mapped: false };
  if (o.regime === "nd43-2011") return { level: o.level, mapped: false };
  return { level: o.class === "full" ? 4 : 3, mapped: true };
}

/**
 * Thống kê TTHC: counts the procedure rows of the appendix from the procedures in force on `at`:
 * - 3.1.4 total, .a province, .b district (only before 2025-07-01; district procedures at a later date
 *   are left out and reported), .c commune; central-level procedures are left out and reported;
 * - 3.3.1 procedures under the one-stop mechanism (any mode but `none`), .a inter-agency at the same
 *   level, .b inter-agency between levels (NĐ 61/2018/NĐ-CP);
 * - 7.7.1.a/.b level 3 and 7.7.2.a/.b level 4 (NĐ 43/2011 Điều 3) — eligible = offered, because the model
 *   records what is offered; NĐ 42/2022 `partial`/`full` counted as 3/4, an inference [unverified] named
 *   in `inferences`; the rates 7.7.1/7.7.2 over those eligible procedures (the template's reading,
 *   docs/catalog.md — so 100% whenever one is offered, since eligible = offered here);
 * - 7.7.5.a/.b procedures with fees and with online payment, 7.7.6.a/.b with payment through the National
 *   Public Service Portal, and their rates over the fee-bearing procedures;
 * - 7.8.1 procedures available by post (BCCI), .a receiving, .b returning, .c both.
 * Counts are exact decimal strings; rates have 2 decimals, half-up; a rate over 0 is left out. Never throws.
 * @example
 * const procedures = [
 *   { code: "1.004363", name: "Công bố hợp quy", level: "province", processingDays: 5 },
 *   { code: "1.001234", name: "Thủ tục đã bãi bỏ", level: "province", processingDays: 10, inForce: false },
 * ].map((p) => ProcedureSchema.parse(p));
 * procedureIndicators(procedures, { at: "2022-06-30" }).values["3.1.4"]; // "1"
 */
export function procedureIndicators(
  procedures: Iterable<Procedure>,
  options: { at: string },
): RecordIndicators {
  const at = options.at;
  const districtExists = at < DISTRICT_LEVEL_ENDS;
  const issues: RecordIssue[] = [];
  const lateDistrict: string[] = [];
  const central: string[] = [];
  const invalid: string[] = [];
  let mapped = false;
  const c = {
    total: 0,
    province: 0,
    district: 0,
    commune: 0,
    oneStop: 0,
    sameLevel: 0,
    betweenLevels: 0,
    l3: 0,
    l4: 0,
    fee: 0,
    feeOnline: 0,
    feePortal: 0,
    postalAny: 0,
    postalReceive: 0,
    postalReturn: 0,
    postalBoth: 0,
  };
  for (const p of procedures ?? []) {
    if (!p || typeof p.code !== "string") {
      invalid.push(String((p as { code?: unknown } | null)?.code ?? "?"));
      continue;
    }
    if (!inForceAt(p, at)) continue;
    if (p.level === "central") {
      central.push(p.code);
      continue;
    }
    if (p.level === "district" && !districtExists) {
      lateDistrict.push(p.code);
      continue;
    }
    c.total++;
    if (p.level === "province") c.province++;
    else if (p.level === "district") c.district++;
    else c.commune++;
    // absent (a record not parsed by the schema): the schema's default, "one-stop"
    const mode = p.oneStop;
    if (mode !== "none") c.oneStop++;
    if (mode === "inter-agency-same-level") c.sameLevel++;
    if (mode === "inter-agency-between-levels") c.betweenLevels++;
    const lv = onlineLevel(p);
    if (lv.level === 3) c.l3++;
    if (lv.level === 4) c.l4++;
    if (lv.mapped) mapped = true;
    if (p.hasFee) {
      c.fee++;
      if (p.onlinePayment) c.feeOnline++;
      if (p.nationalPortalPayment) c.feePortal++;
    }
    const rec = p.postal?.receive === true;
    const ret = p.postal?.return === true;
    if (rec || ret) c.postalAny++;
    if (rec) c.postalReceive++;
    if (ret) c.postalReturn++;
    if (rec && ret) c.postalBoth++;
  }
  const values: Record<string, string> = {
    "3.1.4": String(c.total),
    "3.1.4.a": String(c.province),
    "3.1.4.c": String(c.commune),
    "3.3.1": String(c.oneStop),
    "3.3.1.a": String(c.sameLevel),
    "3.3.1.b": String(c.betweenLevels),
    "7.7.1.a": String(c.l3),
    "7.7.1.b": String(c.l3),
    "7.7.2.a": String(c.l4),
    "7.7.2.b": String(c.l4),
    "7.7.5.a": String(c.fee),
    "7.7.5.b": String(c.feeOnline),
    "7.7.6.a": String(c.fee),
    "7.7.6.b": String(c.feePortal),
    "7.8.1": String(c.postalAny),
    "7.8.1.a": String(c.postalReceive),
    "7.8.1.b": String(c.postalReturn),
    "7.8.1.c": String(c.postalBoth),
  };
  if (districtExists) values["3.1.4.b"] = String(c.district);
  const rates: [string, number, number][] = [
    // over the eligible procedures (7.7.1.a / 7.7.2.a, the template's reading: docs/catalog.md); the
    // model records what is offered, so eligible = offered and the rate is 100% whenever there is one
    ["7.7.1", c.l3, c.l3],
    ["7.7.2", c.l4, c.l4],
    ["7.7.5", c.feeOnline, c.fee],
    ["7.7.6", c.feePortal, c.fee],
  ];
  for (const [id, n, d] of rates) {
    const v = pct(n, d);
    if (v !== null) values[id] = v;
  }
  if (lateDistrict.length) {
    issues.push({
      code: "district-after-reorganisation",
      ids: lateDistrict,
      message: {
        vi: `${lateDistrict.length} TTHC cấp huyện sau 01/07/2025 (không còn cấp huyện): không tính`,
        en: `${lateDistrict.length} district-level procedure(s) on or after 2025-07-01 (no district level): left out`,
      },
    });
  }
  if (central.length) {
    issues.push({
      code: "central-level-procedure",
      ids: central,
      message: {
        vi: `${central.length} TTHC cấp trung ương: không thuộc phụ lục của địa phương, không tính`,
        en: `${central.length} central-level procedure(s): not part of a local appendix, left out`,
      },
    });
  }
  if (invalid.length) {
    issues.push({
      code: "invalid-record",
      ids: invalid,
      message: {
        vi: `${invalid.length} TTHC không hợp lệ: không tính`,
        en: `${invalid.length} invalid procedure(s): left out`,
      },
    });
  }
  return { values, issues, inferences: mapped ? [ND42_MAPPING_INFERENCE] : [] };
}
