import { deepFreeze } from "../../catalog/freeze.js";
import type { ScoringTable } from "../score.js";

const SOURCE =
  "QĐ 766/QĐ-TTg (23/06/2022), as quoted by secondary sources [secondary]; criteria not read in the text [unverified]";

/**
 * Bảng điểm ví dụ theo QĐ 766/QĐ-TTg: an EXAMPLE scoring table with the five groups of the QĐ 766/QĐ-TTg
 * (23/06/2022) service index as secondary sources quote them — publicity 18, progress 20, digitisation 22,
 * online services 22, satisfaction 18 = 100 points — and one criterion per group following the quoted
 * pattern "≥ 80% → full points, else rate × max / 80%" (50% for the online-dossier rate, 90% for
 * satisfaction) [secondary]. The real index has several criteria per group that we did not retrieve:
 * every criterion is `verified: false`. Inputs that are not appendix rows (`publicity-rate`,
 * `digitisation-rate`, `satisfaction-rate`) are passed by the caller. The progress criterion reads the
 * appendix's 3.4.1 (on time over resolved), whereas QĐ 766 counts resolved on time + pending within
 * deadline over all dossiers [secondary]: pass `on-time-qd766` in `inputs` to use that definition.
 * @example
 * scoreReport(report, QD766_EXAMPLE_TABLE, { inputs: { "satisfaction-rate": "95" } }).maxTotal; // "100"
 */
export const QD766_EXAMPLE_TABLE: ScoringTable = deepFreeze({
  id: "qd766-example",
  name: {
    vi: "Ví dụ: Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg) — nhóm tiêu chí",
    en: "Example: service index for citizens and businesses (QĐ 766/QĐ-TTg) — groups",
  },
  source: SOURCE,
  verified: false,
  decimals: 2,
  groups: [
    {
      id: "publicity",
      name: { vi: "Công khai, minh bạch", en: "Publicity and transparency" },
      maxPoints: "18",
    },
    { id: "progress", name: { vi: "Tiến độ giải quyết", en: "Progress of resolution" }, maxPoints: "20" },
    { id: "digitisation", name: { vi: "Số hóa hồ sơ", en: "Digitisation of dossiers" }, maxPoints: "22" },
    { id: "online", name: { vi: "Dịch vụ công trực tuyến", en: "Online public services" }, maxPoints: "22" },
    { id: "satisfaction", name: { vi: "Mức độ hài lòng", en: "Satisfaction" }, maxPoints: "18" },
  ],
  criteria: [
    {
      id: "766.1",
      group: "publicity",
      name: { vi: "Tỷ lệ công khai, đồng bộ", en: "Share published and synchronised" },
      maxPoints: "18",
      reads: ["publicity-rate"],
      rule: { kind: "threshold", full: "80" },
      source: SOURCE,
      verified: false,
      note: "Not an appendix row: pass it in inputs.",
    },
    {
      id: "766.2",
      group: "progress",
      name: { vi: "Tỷ lệ hồ sơ giải quyết đúng hạn", en: "On-time dossier rate" },
      maxPoints: "20",
      reads: ["3.4.1"],
      rule: { kind: "threshold", full: "80" },
      source: SOURCE,
      verified: false,
      note: "Appendix 3.4.1 (on time / resolved); QĐ 766 counts pending within deadline too [secondary].",
    },
    {
      id: "766.3",
      group: "digitisation",
      name: { vi: "Tỷ lệ số hóa hồ sơ, kết quả", en: "Share of dossiers and results digitised" },
      maxPoints: "22",
      reads: ["digitisation-rate"],
      rule: { kind: "threshold", full: "80" },
      source: SOURCE,
      verified: false,
      note: "Not an appendix row: pass it in inputs.",
    },
    {
      id: "766.4",
      group: "online",
      name: { vi: "Tỷ lệ hồ sơ trực tuyến", en: "Share of dossiers submitted online" },
      maxPoints: "22",
      reads: ["7.7.4"],
      rule: { kind: "threshold", full: "50" },
      source: SOURCE,
      verified: false,
    },
    {
      id: "766.5",
      group: "satisfaction",
      name: { vi: "Mức độ hài lòng", en: "Satisfaction rate" },
      maxPoints: "18",
      reads: ["satisfaction-rate"],
      rule: { kind: "threshold", full: "90" },
      source: SOURCE,
      verified: false,
      note: "Not an appendix row: pass it in inputs.",
    },
  ],
});
