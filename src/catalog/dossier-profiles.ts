/**
 * On-time-rate profiles: the definitions of "tỷ lệ giải quyết đúng hạn" seen in published dossier
 * statistics, as a data table (formula, source, verified flag), and the completion of a dossier-flow
 * record's derivable counts that the profiles read.
 * @module
 */
import { DOSSIER_FLOW_FIELDS, type DossierFlow, type DossierFlowField } from "../model/dossier-flow.js";
import type { LocalizedText } from "../model/primitives.js";

/**
 * Số hạng: one count of a dossier-flow record in a profile's numerator or denominator, added (`sign` 1,
 * the default) or subtracted (`sign` −1).
 * @example
 * const t: ProfileTerm = { field: "resolvedLate", sign: -1 };
 */
export interface ProfileTerm {
  /** The count read (after {@link completeDossierFlow}). */
  field: DossierFlowField;
  /** 1 (add) or −1 (subtract). */
  sign?: 1 | -1;
}

/**
 * Cách tính tỷ lệ đúng hạn: one named definition of the on-time rate: rate = Σ numerator / Σ denominator
 * × 100 over the record's counts after {@link completeDossierFlow}.
 * @example
 * ON_TIME_RATE_PROFILES.find((p) => p.id === "qd766")?.formula;
 * // "(resolvedEarly + resolvedOnTime + pendingWithinDeadline) / (resolved + pending) × 100"
 */
export interface OnTimeRateProfile {
  /** Stable id (`"template"`, `"qd766"`…): what tables and the CLI name. */
  id: string;
  /** Name in Vietnamese and English. */
  name: LocalizedText;
  /** The formula in the record's field names. */
  formula: string;
  /** Terms of the numerator. */
  numerator: readonly ProfileTerm[];
  /** Terms of the denominator. */
  denominator: readonly ProfileTerm[];
  /** Where the definition is published. */
  source: string;
  /** Whether the source itself was read (false: quoted by others, or inferred). */
  verified: boolean;
  /** First day of the periods it is used for, when known. */
  effectiveFrom?: string;
  /** Remarks for reviewers. */
  note?: string;
}

const ON_TIME: readonly ProfileTerm[] = [{ field: "resolvedOnTimeOrEarly" }];

/**
 * Các cách tính tỷ lệ giải quyết đúng hạn: every on-time-rate profile, the appendix template's first
 * (the default). Each has a worked example in docs/dossiers.md.
 * - `template`: (early + on time) / resolved — the appendix's 3.4.1 sub-rows and most bulletins;
 * - `qd766`: (early + on time + pending within deadline) / (resolved + pending) — QĐ 766/QĐ-TTg;
 * - `due-in-period`: resolved by their due date / dossiers whose due date fell in the period;
 * - `portal-late-share`: 100 % − (resolved late + pending overdue) / to process — the Gia Lai one-stop
 *   portal's published method;
 * - `over-to-process`: (early + on time) / to process (dossiers received incl. carried over and pending);
 * - `over-received`: (early + on time) / newly received (the calendar's `received` denominator).
 * @example
 * ON_TIME_RATE_PROFILES.map((p) => p.id);
 * // ["template", "qd766", "due-in-period", "portal-late-share", "over-to-process", "over-received"]
 * // The worked example of docs/dossiers.md: one department, one quarter.
 * const flow = { unit: "Sở Tư pháp", carriedOver: 12, received: 340, toProcess: 352,
 *   resolved: 330, resolvedEarly: 200, resolvedOnTime: 125, resolvedLate: 5,
 *   pending: 22, pendingWithinDeadline: 20, pendingOverdue: 2, dueInPeriod: 300, dueInPeriodOnTime: 296 };
 * dossierFlowRate(flow, "template").value; // "98.48" (325 / 330)
 * dossierFlowRate(flow, "qd766").value; // "98.01" ((325 + 20) / (330 + 22))
 * dossierFlowRate(flow, "due-in-period").value; // "98.67" (296 / 300)
 * dossierFlowRate(flow, "portal-late-share").value; // "98.01" ((352 − 5 − 2) / 352)
 * dossierFlowRate(flow, "over-to-process").value; // "92.33" (325 / 352)
 * dossierFlowRate(flow, "over-received").value; // "95.59" (325 / 340)
 */
export const ON_TIME_RATE_PROFILES: readonly OnTimeRateProfile[] = [
  {
    id: "template",
    name: {
      vi: "Mẫu phụ lục: đúng hạn (gồm trước hạn) / đã giải quyết",
      en: "Appendix template: on time incl. early / resolved",
    },
    formula: "(resolvedEarly + resolvedOnTime) / resolved × 100",
    numerator: ON_TIME,
    denominator: [{ field: "resolved" }],
    source:
      "Phụ lục thống kê kết quả CCHC (mẫu 2022), chỉ tiêu 3.4.1 = 3.4.1.c / 3.4.1.b; Biểu số II.06a/VPCP/KSTT (cột đã giải quyết: trước hạn, đúng hạn, quá hạn)",
    verified: false,
    note: "template text known from real reports and a rendering of the form [secondary]",
  },
  {
    id: "qd766",
    name: {
      vi: "QĐ 766/QĐ-TTg: (đúng hạn + đang giải quyết trong hạn) / (đã giải quyết + đang giải quyết)",
      en: "QĐ 766/QĐ-TTg: (on time + pending within deadline) / (resolved + pending)",
    },
    formula: "(resolvedEarly + resolvedOnTime + pendingWithinDeadline) / (resolved + pending) × 100",
    numerator: [...ON_TIME, { field: "pendingWithinDeadline" }],
    denominator: [{ field: "resolved" }, { field: "pending" }],
    source:
      "QĐ 766/QĐ-TTg (23/06/2022), Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ, nhóm tiến độ giải quyết",
    verified: false,
    effectiveFrom: "2022-06-23",
    note: "definition quoted by secondary sources; the decision's technical annex not read",
  },
  {
    id: "due-in-period",
    name: {
      vi: "Đúng hạn / số hồ sơ đến hạn giải quyết trong kỳ",
      en: "Resolved by the due date / dossiers due in the period",
    },
    formula: "dueInPeriodOnTime / dueInPeriod × 100",
    numerator: [{ field: "dueInPeriodOnTime" }],
    denominator: [{ field: "dueInPeriod" }],
    source: 'bulletins giving the rate over dossiers "đến hạn giải quyết" [secondary]',
    verified: false,
  },
  {
    id: "portal-late-share",
    name: {
      vi: "Cổng một cửa Gia Lai: 100% − (trễ đã xử lý + trễ đang xử lý) / cần xử lý",
      en: "Gia Lai one-stop portal: 100% − (late resolved + overdue pending) / to process",
    },
    formula: "(toProcess − resolvedLate − pendingOverdue) / toProcess × 100",
    numerator: [
      { field: "toProcess" },
      { field: "resolvedLate", sign: -1 },
      { field: "pendingOverdue", sign: -1 },
    ],
    denominator: [{ field: "toProcess" }],
    source:
      'motcua.gialai.gov.vn, "Cách tính thống kê tình hình xử lý hồ sơ tỉnh Gia Lai theo tháng": Tỉ lệ trễ hạn = (trễ đang xử lý + trễ đã xử lý) / cần xử lý; tỉ lệ đúng hạn = 100% − tỉ lệ trễ hạn',
    verified: true,
    note: 'the portal\'s own method page was read; "Sớm" there means resolved on or before the appointment date',
  },
  {
    id: "over-to-process",
    name: {
      vi: "Đúng hạn / tổng số hồ sơ cần giải quyết (gồm đang giải quyết)",
      en: "On time / all dossiers to process (incl. pending)",
    },
    formula: "(resolvedEarly + resolvedOnTime) / toProcess × 100",
    numerator: ON_TIME,
    denominator: [{ field: "toProcess" }],
    source: "district figures over all dossiers received incl. pending [secondary, unverified reading]",
    verified: false,
  },
  {
    id: "over-received",
    name: {
      vi: "Đúng hạn / số hồ sơ mới tiếp nhận trong kỳ",
      en: "On time / dossiers newly received in the period",
    },
    formula: "(resolvedEarly + resolvedOnTime) / received × 100",
    numerator: ON_TIME,
    denominator: [{ field: "received" }],
    source: "the calendar's `received` denominator (onTimeRate); seen in bulletins [unverified]",
    verified: false,
  },
];

/** The default profile's id: the appendix template. */
export const DEFAULT_ON_TIME_PROFILE = "template";

/**
 * Tìm cách tính tỷ lệ: the profile with this id, or undefined.
 * @example
 * onTimeRateProfile("qd766")?.verified; // false
 * onTimeRateProfile("nope"); // undefined
 */
export function onTimeRateProfile(id: string): OnTimeRateProfile | undefined {
  return ON_TIME_RATE_PROFILES.find((p) => p.id === id);
}

/**
 * Số liệu theo luồng: the counts of a dossier-flow record by field (an absent field is not reported).
 * @example
 * const c: DossierFlowCounts = { resolved: 10, resolvedLate: 1 };
 */
export type DossierFlowCounts = Partial<Record<DossierFlowField, number>>;

function sumOf(r: DossierFlowCounts, fields: readonly DossierFlowField[]): number | undefined {
  let s = 0;
  for (const f of fields) {
    const v = r[f];
    if (v === undefined) return undefined;
    s += v;
  }
  return s;
}

/**
 * Bổ sung số liệu suy ra được: the record's counts with the derivable blanks filled from their parts —
 * `resolvedOnTimeOrEarly` = early + on time; `resolved` = early + on time + late (or on time incl. early
 * + late); `pending` = within + overdue; `received` = the channels; `toProcess` = carried over + received.
 * A reported count is never replaced; a blank stays blank when a part is blank (blank ≠ 0).
 * @example
 * completeDossierFlow({ unit: "A", resolvedEarly: 3, resolvedOnTime: 5, resolvedLate: 2 }).resolved; // 10
 * completeDossierFlow({ unit: "A", resolvedEarly: 3 }).resolved; // undefined
 */
export function completeDossierFlow(flow: DossierFlow): DossierFlowCounts {
  const r: DossierFlowCounts = {};
  if (!flow || typeof flow !== "object") return r;
  for (const f of DOSSIER_FLOW_FIELDS) {
    const v = flow[f];
    if (typeof v === "number") r[f] = v;
  }
  if (r.resolvedOnTimeOrEarly === undefined) fill(r, "resolvedOnTimeOrEarly", sumOf(r, EARLY_ON_TIME));
  if (r.resolved === undefined) fill(r, "resolved", sumOf(r, RESOLVED_PARTS));
  if (r.pending === undefined) fill(r, "pending", sumOf(r, PENDING_PARTS));
  if (r.received === undefined) fill(r, "received", sumOf(r, CHANNELS) ?? sumOf(r, CHANNELS_JOINED));
  if (r.toProcess === undefined) fill(r, "toProcess", sumOf(r, TO_PROCESS_PARTS));
  return r;
}

const EARLY_ON_TIME: readonly DossierFlowField[] = ["resolvedEarly", "resolvedOnTime"];
const RESOLVED_PARTS: readonly DossierFlowField[] = ["resolvedOnTimeOrEarly", "resolvedLate"];
const PENDING_PARTS: readonly DossierFlowField[] = ["pendingWithinDeadline", "pendingOverdue"];
const CHANNELS: readonly DossierFlowField[] = ["receivedOnline", "receivedInPerson", "receivedPostal"];
const CHANNELS_JOINED: readonly DossierFlowField[] = ["receivedOnline", "receivedInPersonOrPostal"];
const TO_PROCESS_PARTS: readonly DossierFlowField[] = ["carriedOver", "received"];

function fill(r: DossierFlowCounts, f: DossierFlowField, v: number | undefined): void {
  if (v !== undefined) r[f] = v;
}

function side(terms: readonly ProfileTerm[], counts: DossierFlowCounts): number | null {
  let s = 0;
  for (const t of terms) {
    const v = counts[t.field];
    if (v === undefined) return null;
    s += t.sign === -1 ? -v : v;
  }
  return s;
}

/**
 * Tử số và mẫu số theo cách tính: the numerator and denominator of a profile over completed counts
 * (see {@link completeDossierFlow}), or null when a count it reads is not reported.
 * @example
 * const c = completeDossierFlow({ unit: "A", resolvedEarly: 3, resolvedOnTime: 5, resolvedLate: 2 });
 * profileComponents(ON_TIME_RATE_PROFILES[0]!, c); // { numerator: 8, denominator: 10 }
 */
export function profileComponents(
  profile: OnTimeRateProfile,
  counts: Partial<Record<DossierFlowField, number>>,
): { numerator: number; denominator: number } | null {
  const numerator = side(profile.numerator, counts);
  const denominator = side(profile.denominator, counts);
  if (numerator === null || denominator === null) return null;
  return { numerator, denominator };
}
