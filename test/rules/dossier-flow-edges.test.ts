import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DossierFlow } from "../../src/model/dossier-flow.js";
import { checkDossierFlows, type DossierFlowCheckOptions } from "../../src/rules/index.js";
import { FLOW } from "./dossier-flow-fixture.js";

// The edges of the dossier-flow checks an officer meets in real tables: counts published rounded,
// tables that give both a detailed and a joined breakdown, derived totals, rates at many decimals or over
// contradictory counts, zero bases, published totals, and odd input.

const en = (flows: DossierFlow[], options: DossierFlowCheckOptions = {}) =>
  checkDossierFlows(flows, { ...options, lang: "en" });
const rules = (flows: DossierFlow[], options: DossierFlowCheckOptions = {}) =>
  en(flows, options).map((f) => f.rule);

describe("counts published rounded are intervals, and findings say so", () => {
  it("a rounded part makes the expected sum an interval; an exact total has none", () => {
    const [f, ...rest] = en([
      { unit: "C", carriedOver: 12, received: 4520, toProcess: 4540, decimals: { received: -1 } },
    ]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "flow.to-process", severity: "error" });
    expect(f?.expected).toEqual({
      value: "4532",
      interval: { low: "4527", high: "4537" },
      description: "carriedOver + received",
    });
    expect(f?.actual).toEqual({ value: "4540" });
  });

  it("a total published to the hundred (−2 decimals) is ± 50; two rounded parts add their widths", () => {
    const total = { unit: "C", carriedOver: 12, received: 4500, decimals: { toProcess: -2 } } as const;
    const [f] = en([{ ...total, toProcess: 4600 }]);
    expect(f?.actual).toEqual({ value: "4600", interval: { low: "4550", high: "4650" } });
    expect(f?.expected).toEqual({ value: "4512", description: "carriedOver + received" });
    expect(rules([{ ...total, received: 4540, toProcess: 4600 }])).toEqual([]);
    const both = en([
      {
        unit: "C",
        carriedOver: 10,
        received: 4520,
        toProcess: 4560,
        decimals: { carriedOver: -1, received: -1 },
      },
    ]);
    expect(both[0]?.expected?.interval).toEqual({ low: "4520", high: "4540" });
  });

  it("a count written with 0 decimals is exact", () => {
    const [f] = en([
      { unit: "C", carriedOver: 12, received: 4520, toProcess: 4531, decimals: { received: 0 } },
    ]);
    expect(f?.expected).toEqual({ value: "4532", description: "carriedOver + received" });
    expect(f?.message).toContain("1 dossier(s) more");
  });

  it("decimals given for a count the table leaves blank do not widen the derived count", () => {
    // toProcess is derived (10 + 90 = 100), exact: resolved + pending = 105 is 5 too many
    const [f, ...rest] = en([
      { unit: "D", carriedOver: 10, received: 90, resolved: 95, pending: 10, decimals: { toProcess: -1 } },
    ]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "flow.disposition", severity: "error", actual: { value: "100" } });
    expect(f?.actual?.interval).toBeUndefined();
  });

  it("a rounded part may exceed its whole by less than the rounding", () => {
    expect(rules([{ unit: "U", resolved: 1000, uncollected: 1000, decimals: { uncollected: -1 } }])).toEqual(
      [],
    );
    const [f] = en([{ unit: "U", resolved: 1000, uncollected: 1010, decimals: { uncollected: -1 } }]);
    expect(f).toMatchObject({ rule: "flow.subset", severity: "error" });
    expect(f?.actual).toEqual({ value: "1010", interval: { low: "1005", high: "1015" } });
  });

  it("counts past 2^53 are not added (a sum of doubles there is not exact): no finding", () => {
    const big = Number.MAX_SAFE_INTEGER;
    expect(rules([{ unit: "B", carriedOver: big, received: 10, toProcess: 5 }])).toEqual([]);
    expect(rules([{ unit: "B", carriedOver: 5, received: 10, toProcess: big + 1 }])).toEqual([]);
    const rows: DossierFlow[] = [
      { unit: "A", received: big },
      { unit: "B", received: big },
    ];
    expect(rules([...rows, { unit: "Tổng", total: true, received: 1 }])).toEqual([]);
  });
});

describe("a table with a detailed and a joined breakdown is checked once per total", () => {
  it("early + on time + late against resolved wins; the joined column is checked against its own parts", () => {
    const flow: DossierFlow = {
      unit: "R",
      resolved: 100,
      resolvedEarly: 50,
      resolvedOnTime: 40,
      resolvedLate: 5,
      resolvedOnTimeOrEarly: 90,
    };
    const fs = en([flow]);
    expect(fs.map((f) => [f.rule, f.code])).toEqual([["flow.resolved-parts", "resolved"]]);
    expect(fs[0]?.codes).toEqual(["resolved", "resolvedEarly", "resolvedOnTime", "resolvedLate"]);
    const joinedOff = en([{ ...flow, resolvedLate: 10, resolvedOnTimeOrEarly: 85 }]);
    expect(joinedOff.map((f) => [f.rule, f.code])).toEqual([
      ["flow.resolved-parts", "resolvedOnTimeOrEarly"],
    ]);
    expect(joinedOff[0]?.codes).toEqual(["resolvedOnTimeOrEarly", "resolvedEarly", "resolvedOnTime"]);
  });

  it("in a table that declares its decimals, a detailed breakdown that adds up still stops the joined one", () => {
    // 50 + 40 + 10 = 100 holds; the joined column (85) is checked against early + on time only
    const flow: DossierFlow = {
      unit: "R",
      resolved: 100,
      resolvedEarly: 50,
      resolvedOnTime: 40,
      resolvedLate: 10,
      resolvedOnTimeOrEarly: 85,
      decimals: { resolved: 0 },
    };
    expect(en([flow]).map((f) => [f.rule, f.code])).toEqual([
      ["flow.resolved-parts", "resolvedOnTimeOrEarly"],
    ]);
  });

  it("online + in person + postal against received wins over online + 'in person or postal'", () => {
    const flow: DossierFlow = {
      unit: "K",
      received: 100,
      receivedOnline: 60,
      receivedInPerson: 30,
      receivedPostal: 5,
      receivedInPersonOrPostal: 35,
    };
    const fs = en([flow]);
    expect(fs.map((f) => [f.rule, f.code])).toEqual([["flow.channels", "received"]]);
    const joinedOff = en([{ ...flow, received: 95, receivedInPersonOrPostal: 36 }]);
    expect(joinedOff.map((f) => [f.rule, f.code, f.codes])).toEqual([
      [
        "flow.channels",
        "receivedInPersonOrPostal",
        ["receivedInPersonOrPostal", "receivedInPerson", "receivedPostal"],
      ],
    ]);
  });

  it("a total the table does not print is not checked against its parts (it is derived from them)", () => {
    // resolved is derived as 85 + 5 = 90; only the printed 85 disagrees with 50 + 40
    const fs = en([
      { unit: "R", resolvedEarly: 50, resolvedOnTime: 40, resolvedLate: 5, resolvedOnTimeOrEarly: 85 },
    ]);
    expect(fs.map((f) => [f.rule, f.code])).toEqual([["flow.resolved-parts", "resolvedOnTimeOrEarly"]]);
  });

  it("the disposition is checked against a derived to-process count too", () => {
    const [f, ...rest] = en([{ unit: "D", carriedOver: 10, received: 90, resolved: 80, pending: 10 }]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "flow.disposition",
      severity: "warning",
      expected: { value: "90" },
      actual: { value: "100" },
    });
    expect(rules([{ unit: "D", carriedOver: 10, received: 90, resolved: 90, pending: 10 }])).toEqual([]);
  });

  it("withdrawn and cancelled columns join the disposition; then a shortfall is an error", () => {
    const flow: DossierFlow = {
      unit: "W",
      toProcess: 100,
      resolved: 90,
      pending: 5,
      withdrawn: 2,
      cancelled: 1,
    };
    const [f, ...rest] = en([flow]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "flow.disposition",
      severity: "error",
      codes: ["toProcess", "resolved", "pending", "withdrawn", "cancelled"],
      expected: { value: "98", description: "resolved + pending + withdrawn + cancelled" },
    });
    expect(f?.message).not.toContain("may be missing");
    expect(rules([{ ...flow, withdrawn: 4 }])).toEqual([]);
    expect(en([{ unit: "W", toProcess: 100, resolved: 90, pending: 5, cancelled: 1 }])[0]).toMatchObject({
      severity: "error",
      codes: ["toProcess", "resolved", "pending", "cancelled"],
    });
  });

  it("parts above the total are an error even where a shortfall is only a warning", () => {
    const [f] = en([{ unit: "U", toProcess: 100, resolved: 90, pending: 15 }]);
    expect(f).toMatchObject({ rule: "flow.disposition", severity: "error" });
    expect(f?.messages.vi).toContain("(thừa 5 hồ sơ so với tổng).");
    expect(f?.messages.vi).not.toContain("Có thể thiếu");
    expect(f?.messages.en).toBe(
      "U: toProcess reports 100 but resolved + pending = 105 (5 dossier(s) more than the total).",
    );
  });
});

describe("subsets", () => {
  it("resolved by the due date cannot exceed the dossiers due in the period", () => {
    const [f, ...rest] = en([{ unit: "U", dueInPeriod: 40, dueInPeriodOnTime: 41 }]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "flow.subset",
      severity: "error",
      code: "dueInPeriodOnTime",
      codes: ["dueInPeriodOnTime", "dueInPeriod"],
      expected: { value: "40", description: "≤ dueInPeriod" },
    });
    expect(f?.message).toBe("U: dueInPeriodOnTime reports 41, more than dueInPeriod (40).");
    expect(rules([{ unit: "U", dueInPeriod: 40, dueInPeriodOnTime: 40 }])).toEqual([]);
  });

  it("a part without its whole, or a whole without its part, is not checked", () => {
    expect(rules([{ unit: "U", uncollected: 5 }])).toEqual([]);
    expect(rules([{ unit: "U", dueInPeriodOnTime: 5 }])).toEqual([]);
    expect(rules([{ unit: "U", resolved: 5, dueInPeriod: 3 }])).toEqual([]);
  });

  it("uncollected is checked against a derived resolved count", () => {
    expect(rules([{ unit: "U", resolvedOnTimeOrEarly: 8, resolvedLate: 1, uncollected: 10 }])).toEqual([
      "flow.subset",
    ]);
  });
});

describe("printed rates: the cases beside the common one", () => {
  it("a rate whose profile cannot be computed from the row is not checked", () => {
    expect(rules([{ unit: "U", onTimeRate: "90" }])).toEqual([]);
    expect(rules([{ unit: "U", resolved: 10, lateRate: "10" }])).toEqual([]);
  });

  it("a rate above the quotient is as wrong as one below it", () => {
    const [f] = en([{ ...FLOW, onTimeRate: "99" }]);
    expect(f).toMatchObject({ rule: "flow.rate", severity: "error", expected: { value: "98", decimals: 0 } });
    expect(rules([{ ...FLOW, onTimeRate: "98.49" }])).toEqual(["flow.rate"]);
    expect(rules([{ ...FLOW, onTimeRate: "98.47" }])).toEqual(["flow.rate"]);
  });

  it("a truncated rate that another profile rounds to names that profile", () => {
    // template: 9006/10000 = 90.06 → 90.1 (90.0 is cut); over-to-process: 9006/10006 = 90.006 → 90.0
    const flow: DossierFlow = {
      unit: "T",
      toProcess: 10006,
      resolved: 10000,
      resolvedEarly: 9006,
      resolvedOnTime: 0,
      onTimeRate: "90.0",
    };
    const [f, ...rest] = en([flow]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "flow.rate-truncated", severity: "warning", codes: ["onTimeRate"] });
    expect(f?.expected?.description).toBe(
      "template: (resolvedEarly + resolvedOnTime) / resolved × 100 = 9006/10000 × 100; matches over-to-process",
    );
    expect(f?.messages).toEqual({
      vi: "T: Tỷ lệ đúng hạn ghi 90,0% trong khi 9.006/10.000 = 90,06% (template); làm tròn đúng là 90,1% (số bị cắt bớt chữ số thay vì làm tròn). Số ghi cũng khớp với cách tính over-to-process.",
      en: "T: On-time rate reports 90.0% while 9006/10000 = 90.06% (template); correctly rounded it is 90.1% (digits were cut instead of rounded). The figure also matches profile over-to-process.",
    });
  });

  it("a profile whose denominator is 0 on the row is never named as a match", () => {
    const fs = en([{ ...FLOW, dueInPeriod: 0, dueInPeriodOnTime: 0, onTimeRate: "0" }]);
    expect(fs.map((f) => f.rule)).toEqual(["flow.rate"]);
    expect(fs[0]?.expected?.description).not.toContain("matches");
  });

  it("a rate printed with 7 decimals is compared at 7 decimals", () => {
    expect(rules([{ ...FLOW, onTimeRate: "98.4848485" }])).toEqual([]);
    const [cut] = en([{ ...FLOW, onTimeRate: "98.4848484" }]);
    expect(cut).toMatchObject({
      rule: "flow.rate-truncated",
      expected: { value: "98.4848485", exact: "98.48484848484848484848", decimals: 7 },
    });
    expect(cut?.messages.en).toBe(
      "Sở Tư pháp: On-time rate reports 98.4848484% while 325/330 = 98.48484848…% (template); correctly rounded it is 98.4848485% (digits were cut instead of rounded).",
    );
    const [wrong] = en([{ ...FLOW, onTimeRate: "98.4848000" }]);
    expect(wrong).toMatchObject({ rule: "flow.rate", expected: { value: "98.4848485" } });
    expect(wrong?.messages.en).toContain("it is 325/330 = 98.4848485%.");
  });

  it("a late rate over contradictory counts (early + on time above resolved) is compared as the negative quotient", () => {
    const [f, ...rest] = en([
      { unit: "N", resolved: 10, resolvedEarly: 8, resolvedOnTime: 4, lateRate: "0" },
    ]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "flow.rate",
      code: "lateRate",
      expected: { value: "-20", exact: "-20", decimals: 0 },
    });
    expect(f?.messages.en).toContain("it is -2/10 = -20%.");
    expect(
      rules([{ unit: "N", resolved: 10, resolvedEarly: 8, resolvedOnTime: 4, lateRate: "-20" }]),
    ).toEqual([]);
  });

  it("a figure that is not a number is a rate error that still gives the rate it should be", () => {
    const [f] = en([{ ...FLOW, onTimeRate: "9x" }]);
    expect(f).toMatchObject({ rule: "flow.rate", severity: "error", actual: { value: "9x" } });
    // 325 / 330 = 98.4848…%
    expect(f?.expected).toMatchObject({ value: "98.48", exact: "98.48484848484848484848" });
    expect(f?.messages.en).toContain("325/330 = 98.48%");
  });
});

describe("shares beside a count", () => {
  const S: DossierFlow = {
    unit: "S",
    carriedOver: 40,
    received: 1220,
    toProcess: 1260,
    receivedOnline: 1105,
  };

  it("a share over a zero or blank base, or of a blank count, is not checked", () => {
    expect(
      rules([
        {
          unit: "S",
          received: 0,
          receivedOnline: 5,
          shares: [{ of: "receivedOnline", base: "received", value: "50" }],
        },
      ]),
    ).toEqual([]);
    expect(
      rules([
        { unit: "S", receivedOnline: 5, shares: [{ of: "receivedOnline", base: "received", value: "50" }] },
      ]),
    ).toEqual([]);
    expect(
      rules([{ unit: "S", received: 5, shares: [{ of: "receivedOnline", base: "received", value: "50" }] }]),
    ).toEqual([]);
  });

  it("each share is checked; a wrong one is an error naming its base in the actual and expected values", () => {
    const fs = en([
      {
        ...S,
        receivedPostal: 0,
        shares: [
          { of: "receivedOnline", base: "received", value: "90.57" },
          { of: "receivedOnline", base: "received", value: "100" },
        ],
      },
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: "flow.share", severity: "error", code: "receivedOnline" });
    expect(fs[0]?.actual).toEqual({ value: "100", decimals: 0, unit: "%" });
    expect(fs[0]?.expected).toEqual({
      value: "91",
      exact: "90.57377049180327868852",
      decimals: 0,
      unit: "%",
      // the count itself (1105/1105) and a zero count are never named as the base it matches
      description: "receivedOnline / received × 100 = 1105/1220 × 100",
    });
  });

  it("a truncated share is a warning", () => {
    const [f] = en([{ ...S, shares: [{ of: "receivedOnline", base: "received", value: "90.5" }] }]);
    expect(f).toMatchObject({
      rule: "flow.share-truncated",
      severity: "warning",
      codes: ["receivedOnline", "received"],
      actual: { value: "90.5", decimals: 1, unit: "%" },
    });
  });
});

describe("published totals", () => {
  const rows: DossierFlow[] = [
    { unit: "Cấp tỉnh", received: 1000 },
    { unit: "Cấp xã", received: 500 },
  ];

  it("a total row with no other rows is not compared with an empty sum", () => {
    expect(rules([{ unit: "Tổng", total: true, received: 10 }])).toEqual([]);
  });

  it("every total row is compared with the unit rows, never with another total", () => {
    const fs = en([
      ...rows,
      { unit: "Tổng", total: true, received: 1500 },
      { unit: "Cộng", total: true, received: 1400 },
    ]);
    expect(fs.map((f) => [f.rule, f.units])).toEqual([["flow.total", ["Cộng", "Cấp tỉnh", "Cấp xã"]]]);
    expect(fs[0]).toMatchObject({
      severity: "error",
      expected: { value: "1500" },
      actual: { value: "1400" },
    });
  });

  it("a total published rounded is an interval", () => {
    expect(
      rules([...rows, { unit: "Tổng", total: true, received: 1500, decimals: { received: -2 } }]),
    ).toEqual([]);
    expect(
      rules([...rows, { unit: "Tổng", total: true, received: 1540, decimals: { received: -2 } }]),
    ).toEqual([]);
    const [f] = en([...rows, { unit: "Tổng", total: true, received: 1600, decimals: { received: -2 } }]);
    expect(f?.actual).toEqual({ value: "1600", interval: { low: "1550", high: "1650" } });
    expect(f?.message).toBe("Tổng: received reports 1600 but its 2 rows add up to 1500 (off by 100).");
  });
});

describe("checkDossierFlows: input", () => {
  it("something that is not a list gives no finding; entries that are not records with a unit are skipped", () => {
    expect(checkDossierFlows(null as never)).toEqual([]);
    expect(checkDossierFlows({ unit: "U", toProcess: 1, carriedOver: 2, received: 0 } as never)).toEqual([]);
    const odd = [
      null,
      5,
      "U",
      { toProcess: 1, carriedOver: 2, received: 0 },
      { unit: 3, toProcess: 1, carriedOver: 2 },
    ];
    expect(checkDossierFlows(odd as never)).toEqual([]);
    expect(rules([...(odd as never[]), { unit: "U", toProcess: 1, carriedOver: 2, received: 0 }])).toEqual([
      "flow.to-process",
    ]);
  });

  it("messages are Vietnamese unless English is asked for", () => {
    const bad: DossierFlow[] = [{ unit: "U", toProcess: 1, carriedOver: 2, received: 0 }];
    const vi = checkDossierFlows(bad, { lang: "fr" as never })[0];
    expect(vi?.message).toBe(vi?.messages.vi);
    expect(vi?.message).toContain("cần giải quyết (toProcess)");
  });

  it("each unknown profile is reported once, whether the table's or a row's", () => {
    const fs = checkDossierFlows(
      [
        { ...FLOW, onTimeRate: "98.48", profile: "a" },
        { ...FLOW, onTimeRate: "98.48", profile: "b" },
        { ...FLOW, onTimeRate: "98.48", profile: "a" },
      ],
      { lang: "en" },
    );
    expect(fs.map((f) => [f.rule, f.source])).toEqual([
      ["flow.profile-unknown", "appendix"],
      ["flow.profile-unknown", "appendix"],
    ]);
    expect(fs.map((f) => f.message)).toEqual([
      expect.stringContaining('profile "a"'),
      expect.stringContaining('profile "b"'),
    ]);
    expect(fs[0]?.message).toBe(fs[0]?.messages.en);
    // the template is used instead: a figure right under qd766 only is wrong
    expect(rules([{ ...FLOW, onTimeRate: "98.01", profile: "nope" }])).toEqual([
      "flow.profile-unknown",
      "flow.rate",
    ]);
  });
});

describe("findings' fields and texts beside the common case", () => {
  it("a rate over a zero denominator is an error on that rate's code", () => {
    const [f] = checkDossierFlows([{ unit: "Z", resolved: 0, resolvedOnTimeOrEarly: 0, lateRate: "0" }]);
    expect(f).toMatchObject({
      rule: "flow.rate-undefined",
      severity: "error",
      code: "lateRate",
      codes: ["lateRate"],
    });
  });

  it("a wrong rate is an error on that rate's code", () => {
    const [f] = en([{ ...FLOW, lateRate: "5" }]);
    expect(f).toMatchObject({ rule: "flow.rate", severity: "error", code: "lateRate", codes: ["lateRate"] });
  });

  it("a share matching no other base says nothing more, in either language", () => {
    const [f] = checkDossierFlows([
      {
        unit: "S",
        received: 1220,
        receivedOnline: 1105,
        shares: [{ of: "receivedOnline", base: "received", value: "50" }],
      },
    ]);
    expect(f?.messages.vi).toBe(
      "S: tỷ lệ tiếp nhận trực tuyến (receivedOnline) trên tiếp nhận mới (received) ghi 50% nhưng 1.105/1.220 = 90,57%.",
    );
    expect(f?.message).toBe(f?.messages.vi);
  });

  it("a share matching two other bases names both", () => {
    // 1105 / 1220 = 90.57 %; printed 87.7 % is 1105/1260 (toProcess) and 1105/1260 (dueInPeriod)
    const [f] = en([
      {
        unit: "S",
        carriedOver: 40,
        received: 1220,
        toProcess: 1260,
        dueInPeriod: 1260,
        receivedOnline: 1105,
        shares: [{ of: "receivedOnline", base: "received", value: "87.7" }],
      },
    ]);
    expect(f?.expected?.description).toBe(
      "receivedOnline / received × 100 = 1105/1220 × 100; matches the base toProcess, dueInPeriod",
    );
    expect(f?.messages.vi).toContain(
      "Số ghi khớp với mẫu số cần giải quyết (toProcess), đến hạn trong kỳ (dueInPeriod).",
    );
    expect(f?.messages.en).toContain("The figure matches the base toProcess, dueInPeriod.");
  });

  it("a rate printed with 7 decimals that another profile gives is named as a match", () => {
    // qd766 and portal-late-share: 345/352 = 98.01136363…
    const [f] = en([{ ...FLOW, onTimeRate: "98.0113636" }]);
    expect(f).toMatchObject({ rule: "flow.rate" });
    expect(f?.expected?.description).toContain("; matches qd766, portal-late-share");
  });

  it("a truncated rate that two other profiles give names both", () => {
    // template: 9006/10000 = 90.06 (90.0 is cut); over-to-process 9006/10006 and over-received 9006/10004 round to 90.0
    const [f] = en([
      {
        unit: "T",
        toProcess: 10006,
        received: 10004,
        resolved: 10000,
        resolvedEarly: 9006,
        resolvedOnTime: 0,
        onTimeRate: "90.0",
      },
    ]);
    expect(f?.messages.vi).toContain("Số ghi cũng khớp với cách tính over-to-process, over-received.");
    expect(f?.messages.en).toContain("The figure also matches profile over-to-process, over-received.");
  });

  it("a quotient exactly halfway between two printed values matches both (closed intervals)", () => {
    const eighth: DossierFlow = { unit: "H", resolved: 8, resolvedEarly: 1, resolvedOnTime: 0 };
    expect(rules([{ ...eighth, onTimeRate: "12" }])).toEqual([]);
    expect(rules([{ ...eighth, onTimeRate: "13" }])).toEqual([]);
    expect(rules([{ ...eighth, onTimeRate: "11" }])).toEqual(["flow.rate"]);
    expect(rules([{ ...eighth, onTimeRate: "14" }])).toEqual(["flow.rate"]);
  });

  it("a withdrawn column alone joins the disposition too", () => {
    const [f] = en([{ unit: "W", toProcess: 100, resolved: 90, pending: 5, withdrawn: 2 }]);
    expect(f).toMatchObject({ severity: "error", codes: ["toProcess", "resolved", "pending", "withdrawn"] });
  });

  it("a total row without a field the unit rows give is not compared on it", () => {
    const rows: DossierFlow[] = [
      { unit: "A", received: 10, resolved: 5 },
      { unit: "B", received: 20, resolved: 5 },
    ];
    expect(rules([...rows, { unit: "Tổng", total: true, resolved: 10 }])).toEqual([]);
  });

  it("flow.profile-unknown speaks Vietnamese by default", () => {
    const [f] = checkDossierFlows([{ unit: "U" }], { profile: "nope" });
    expect(f?.message).toBe(f?.messages.vi);
    expect(f?.message).toMatch(/^Không có cách tính tỷ lệ đúng hạn "nope"/);
  });
});

const count = fc.option(fc.nat(60), { nil: undefined, freq: 2 });
const anyFlow = fc.record({
  unit: fc.constant("U"),
  carriedOver: count,
  received: count,
  receivedOnline: count,
  receivedInPerson: count,
  receivedPostal: count,
  receivedInPersonOrPostal: count,
  toProcess: count,
  resolved: count,
  resolvedEarly: count,
  resolvedOnTime: count,
  resolvedOnTimeOrEarly: count,
  resolvedLate: count,
  pending: count,
  pendingWithinDeadline: count,
  pendingOverdue: count,
  returned: count,
  uncollected: count,
});

describe("a decimals map that rounds nothing changes nothing", () => {
  it("property: a record with `decimals: {}` or every count at 0 decimals gives the findings it gives without one", () => {
    fc.assert(
      fc.property(anyFlow, (raw) => {
        const flow = Object.fromEntries(
          Object.entries(raw).filter(([, v]) => v !== undefined),
        ) as DossierFlow;
        const plain = checkDossierFlows([flow]);
        expect(checkDossierFlows([{ ...flow, decimals: {} }])).toEqual(plain);
        expect(
          checkDossierFlows([{ ...flow, decimals: { resolved: 0, received: 0, toProcess: 0 } }]),
        ).toEqual(plain);
      }),
      { numRuns: process.env.CCHC_MUTATION ? 150 : 500 },
    );
  });
});
