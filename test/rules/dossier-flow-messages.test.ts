import { describe, expect, it } from "vitest";
import type { DossierFlow } from "../../src/model/dossier-flow.js";
import { checkDossierFlows, type DossierFlowCheckOptions, type Finding } from "../../src/rules/index.js";
import { FLOW } from "./dossier-flow-fixture.js";

// What an officer reads for each dossier-flow finding, in both languages (Vietnamese with vi-VN numbers
// and the field's Vietnamese name), with the values a program reads.

function only(flows: DossierFlow[], options?: DossierFlowCheckOptions): Finding {
  const fs = checkDossierFlows(flows, options);
  expect(fs.map((f) => f.rule)).toHaveLength(1);
  return fs[0]!;
}

describe("messages of the flow identities", () => {
  it("flow.to-process: parts above the total", () => {
    const f = only([{ unit: "Sở Tư pháp", carriedOver: 12, received: 1340, toProcess: 1350 }]);
    expect(f).toMatchObject({
      rule: "flow.to-process",
      severity: "error",
      code: "toProcess",
      codes: ["toProcess", "carriedOver", "received"],
      expected: { value: "1352", description: "carriedOver + received" },
      actual: { value: "1350" },
      units: ["Sở Tư pháp"],
      source: "appendix",
    });
    expect(f.messages).toEqual({
      vi: "Sở Tư pháp: cần giải quyết (toProcess) ghi 1.350 nhưng tồn kỳ trước (carriedOver) + tiếp nhận mới (received) = 1.352 (thừa 2 hồ sơ so với tổng).",
      en: "Sở Tư pháp: toProcess reports 1350 but carriedOver + received = 1352 (2 dossier(s) more than the total).",
    });
    expect(f.message).toBe(f.messages.vi);
  });

  it("flow.disposition short without a returned column: a warning that says why", () => {
    const f = only([{ unit: "U", toProcess: 1100, resolved: 1090, pending: 5 }], { lang: "en" });
    expect(f).toMatchObject({ severity: "warning", expected: { value: "1095" }, actual: { value: "1100" } });
    expect(f.messages).toEqual({
      vi: "U: cần giải quyết (toProcess) ghi 1.100 nhưng đã giải quyết (resolved) + đang giải quyết (pending) = 1.095 (thiếu 5 hồ sơ so với tổng). Có thể thiếu số hồ sơ trả lại / rút (không có cột này).",
      en: "U: toProcess reports 1100 but resolved + pending = 1095 (5 dossier(s) fewer than the total). Returned or withdrawn dossiers may be missing (the table has no such column).",
    });
    expect(f.message).toBe(f.messages.en);
  });

  it("flow.disposition short with a returned column: an error, no hint", () => {
    const f = only([{ unit: "U", toProcess: 100, resolved: 90, pending: 5, returned: 2 }]);
    expect(f).toMatchObject({ severity: "error", codes: ["toProcess", "resolved", "pending", "returned"] });
    expect(f.messages).toEqual({
      vi: "U: cần giải quyết (toProcess) ghi 100 nhưng đã giải quyết (resolved) + đang giải quyết (pending) + trả lại (returned) = 97 (thiếu 3 hồ sơ so với tổng).",
      en: "U: toProcess reports 100 but resolved + pending + returned = 97 (3 dossier(s) fewer than the total).",
    });
  });

  it("flow.subset", () => {
    const f = only([{ unit: "U", resolved: 1010, uncollected: 1012 }]);
    expect(f).toMatchObject({
      code: "uncollected",
      codes: ["uncollected", "resolved"],
      expected: { value: "1010", description: "≤ resolved" },
      actual: { value: "1012" },
    });
    expect(f.messages).toEqual({
      vi: "U: chưa nhận kết quả (uncollected) ghi 1.012, lớn hơn đã giải quyết (resolved) (1.010).",
      en: "U: uncollected reports 1012, more than resolved (1010).",
    });
  });

  it("flow.total names the rows and the gap", () => {
    const f = only([
      { unit: "Cấp tỉnh", received: 1000, resolved: 90 },
      { unit: "Cấp xã", received: 500, resolved: 45 },
      { unit: "Tổng", total: true, received: 1497, resolved: 135 },
    ]);
    expect(f).toMatchObject({
      code: "received",
      codes: ["received"],
      expected: { value: "1500", description: "sum of 2 rows" },
      actual: { value: "1497" },
      units: ["Tổng", "Cấp tỉnh", "Cấp xã"],
    });
    expect(f.messages).toEqual({
      vi: "Tổng: tiếp nhận mới (received) ghi 1.497 nhưng cộng 2 dòng được 1.500 (chênh 3 hồ sơ).",
      en: "Tổng: received reports 1497 but its 2 rows add up to 1500 (off by 3).",
    });
  });
});

describe("messages of the printed rates", () => {
  it("flow.rate-undefined, on-time and late", () => {
    const zero = { unit: "Z", resolved: 0, resolvedOnTimeOrEarly: 0 };
    const f = only([{ ...zero, onTimeRate: "0" }]);
    expect(f).toMatchObject({
      code: "onTimeRate",
      expected: { value: null, description: "undefined: denominator of template is 0" },
      actual: { value: "0", decimals: 0, unit: "%" },
    });
    expect(f.messages).toEqual({
      vi: "Z: Tỷ lệ đúng hạn ghi 0% nhưng mẫu số (template) bằng 0: tỷ lệ không xác định (không phải 0%).",
      en: "Z: On-time rate reports 0% but the denominator (template) is 0: the rate is undefined (not 0%).",
    });
    expect(only([{ ...zero, lateRate: "0" }]).messages).toEqual({
      vi: "Z: Tỷ lệ trễ hạn ghi 0% nhưng mẫu số (template) bằng 0: tỷ lệ không xác định (không phải 0%).",
      en: "Z: Late rate reports 0% but the denominator (template) is 0: the rate is undefined (not 0%).",
    });
  });

  it("flow.rate-truncated shows the quotient cut one decimal further and the rounding", () => {
    const f = only([{ ...FLOW, onTimeRate: "98.4" }]);
    expect(f.expected).toEqual({
      value: "98.5",
      exact: "98.48484848484848484848",
      decimals: 1,
      unit: "%",
      description: "template: (resolvedEarly + resolvedOnTime) / resolved × 100 = 325/330 × 100",
    });
    expect(f.actual).toEqual({ value: "98.4", decimals: 1, unit: "%" });
    expect(f.messages).toEqual({
      vi: "Sở Tư pháp: Tỷ lệ đúng hạn ghi 98,4% trong khi 325/330 = 98,484…% (template); làm tròn đúng là 98,5% (số bị cắt bớt chữ số thay vì làm tròn).",
      en: "Sở Tư pháp: On-time rate reports 98.4% while 325/330 = 98.484…% (template); correctly rounded it is 98.5% (digits were cut instead of rounded).",
    });
  });

  it("flow.rate names the profile, its formula, and the profiles the figure matches", () => {
    const f = only([{ ...FLOW, onTimeRate: "98.01" }]);
    expect(f.messages).toEqual({
      vi: "Sở Tư pháp: Tỷ lệ đúng hạn ghi 98,01% nhưng theo cách tính template ((resolvedEarly + resolvedOnTime) / resolved × 100) là 325/330 = 98,48%. Số ghi khớp với cách tính qd766, portal-late-share: bảng có thể dùng cách tính khác (--profile).",
      en: "Sở Tư pháp: On-time rate reports 98.01% but under profile template ((resolvedEarly + resolvedOnTime) / resolved × 100) it is 325/330 = 98.48%. The figure matches profile qd766, portal-late-share: the table may use another definition (--profile).",
    });
    const none = only([{ ...FLOW, onTimeRate: "90" }]);
    expect(none.expected).toMatchObject({ value: "98", decimals: 0 });
    expect(none.messages).toEqual({
      vi: "Sở Tư pháp: Tỷ lệ đúng hạn ghi 90% nhưng theo cách tính template ((resolvedEarly + resolvedOnTime) / resolved × 100) là 325/330 = 98,48%.",
      en: "Sở Tư pháp: On-time rate reports 90% but under profile template ((resolvedEarly + resolvedOnTime) / resolved × 100) it is 325/330 = 98.48%.",
    });
  });

  it("a late rate is the complement: its formula says so", () => {
    const f = only([{ ...FLOW, lateRate: "1.52" }], { profile: "portal-late-share", lang: "en" });
    expect(f.expected?.description).toBe(
      "portal-late-share: 100 − ((toProcess − resolvedLate − pendingOverdue) / toProcess × 100) = 7/352 × 100; matches template",
    );
    expect(f.message).toBe(
      "Sở Tư pháp: Late rate reports 1.52% but under profile portal-late-share (100 − ((toProcess − resolvedLate − pendingOverdue) / toProcess × 100)) it is 7/352 = 1.99%. The figure matches profile template: the table may use another definition (--profile).",
    );
  });

  it("flow.share and flow.share-truncated", () => {
    const s = { unit: "S", carriedOver: 40, received: 1220, toProcess: 1260, receivedOnline: 1105 };
    const wrong = only([{ ...s, shares: [{ of: "receivedOnline", base: "received", value: "87.7" }] }]);
    expect(wrong).toMatchObject({ code: "receivedOnline", codes: ["receivedOnline", "received"] });
    expect(wrong.expected?.description).toBe(
      "receivedOnline / received × 100 = 1105/1220 × 100; matches the base toProcess",
    );
    expect(wrong.messages).toEqual({
      vi: "S: tỷ lệ tiếp nhận trực tuyến (receivedOnline) trên tiếp nhận mới (received) ghi 87,7% nhưng 1.105/1.220 = 90,57%. Số ghi khớp với mẫu số cần giải quyết (toProcess).",
      en: "S: the share of receivedOnline in received reports 87.7% but 1105/1220 = 90.57%. The figure matches the base toProcess.",
    });
    const noBase = only([{ ...s, shares: [{ of: "receivedOnline", base: "received", value: "50" }] }]);
    expect(noBase.messages.en).toBe(
      "S: the share of receivedOnline in received reports 50% but 1105/1220 = 90.57%.",
    );
    expect(noBase.expected?.description).toBe("receivedOnline / received × 100 = 1105/1220 × 100");
    const cut = only([{ ...s, shares: [{ of: "receivedOnline", base: "received", value: "90.5" }] }]);
    expect(cut).toMatchObject({ severity: "warning", expected: { value: "90.6", decimals: 1 } });
    expect(cut.messages).toEqual({
      vi: "S: tỷ lệ tiếp nhận trực tuyến (receivedOnline) ghi 90,5% trong khi 1.105/1.220 = 90,573…%; làm tròn đúng là 90,6% (số bị cắt bớt chữ số).",
      en: "S: the share of receivedOnline reports 90.5% while 1105/1220 = 90.573…%; correctly rounded it is 90.6% (digits were cut).",
    });
  });

  it("flow.profile-unknown lists the known profiles", () => {
    const f = only([{ ...FLOW, onTimeRate: "98.48" }], { profile: "nope" });
    expect(f).toMatchObject({ severity: "warning", code: null, codes: [] });
    expect(f.messages).toEqual({
      vi: 'Không có cách tính tỷ lệ đúng hạn "nope" (có: template, qd766, due-in-period, portal-late-share, over-to-process, over-received); dùng cách tính của mẫu phụ lục.',
      en: 'Unknown on-time-rate profile "nope" (known: template, qd766, due-in-period, portal-late-share, over-to-process, over-received); the template\'s is used.',
    });
    expect(checkDossierFlows([FLOW], { profile: "nope", lang: "en" })[0]?.message).toBe(f.messages.en);
  });
});
