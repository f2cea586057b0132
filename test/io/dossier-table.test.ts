import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importDossierTable } from "../../src/io/index.js";
import { checkDossierFlows } from "../../src/rules/index.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/dossiers/${name}`, import.meta.url), "utf8");

function ok(text: string, options = {}) {
  const r = importDossierTable(text, options);
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
}

describe("importDossierTable: headers", () => {
  it("recognises single-row headers with and without accents, and 'Quá hạn' by the group on its left", () => {
    const accented = ok(
      "Đơn vị\tTừ kỳ trước chuyển qua\tTiếp nhận mới\tCần xử lý\tĐã giải quyết\tTrước hạn\tĐúng hạn\tTrễ hạn\tĐang giải quyết\tChưa đến hạn\tQuá hạn\tTrả lại\tRút hồ sơ\tTỷ lệ đúng hạn\nA\t1\t2\t3\t2\t1\t1\t0\t1\t1\t0\t0\t0\t100%",
    );
    const plain = ok(
      "Don vi\tTon ky truoc\tTiep nhan moi\tCan xu ly\tDa giai quyet\tTruoc han\tDung han\tQua han\tDang giai quyet\tTrong han\tQua han\tTra lai\tRut ho so\tTy le dung han\nA\t1\t2\t3\t2\t1\t1\t0\t1\t1\t0\t0\t0\t100%",
    );
    const roles = [
      "label",
      "carriedOver",
      "received",
      "toProcess",
      "resolved",
      "resolvedEarly",
      "resolvedOnTime",
      "resolvedLate",
      "pending",
      "pendingWithinDeadline",
      "pendingOverdue",
      "returned",
      "withdrawn",
      "onTimeRate",
    ];
    expect(accented.columns.map((c) => c.role)).toEqual(roles);
    expect(plain.columns.map((c) => c.role)).toEqual(roles);
    expect(accented.rows[0]).toEqual(plain.rows[0]);
    expect(accented.rows[0]?.onTimeRate).toBe("100");
  });
  it("reads two-row headers (merged group cells left blank) and a Tổng số beside Từ kỳ trước as to process", () => {
    const r = ok(fixture("centre-bulletin.tsv"));
    const byHeader = Object.fromEntries(r.columns.map((c) => [c.header, c.role]));
    expect(byHeader["Tiếp nhận / Tổng số"]).toBe("toProcess");
    expect(byHeader["Tiếp nhận / Trực tuyến"]).toBe("receivedOnline");
    expect(byHeader["Đã giải quyết / Quá hạn"]).toBe("resolvedLate");
    expect(byHeader["Đang giải quyết / Quá hạn"]).toBe("pendingOverdue");
    expect(r.columns.find((c) => c.header === "Tiếp nhận / %")).toMatchObject({
      role: "share",
      of: "receivedOnline",
      base: "received",
    });
    expect(r.rows).toHaveLength(4);
    expect(r.rows[0]).toMatchObject({ unit: "Sở Tư pháp", toProcess: 438, resolvedEarly: 260, returned: 2 });
  });
  it("reports a column it does not know, and keeps going", () => {
    const r = ok("Đơn vị\tĐã giải quyết\tGhi chú nội bộ\tQuá hạn\nA\t10\tx\t1");
    expect(r.findings.map((f) => f.rule)).toEqual(["import.unmatched-column"]);
    expect(r.rows[0]).toEqual({ unit: "A", resolved: 10, resolvedLate: 1 });
  });
  it("refuses text without a dossier header, an empty text and an unknown profile", () => {
    expect(importDossierTable("a\tb\n1\t2")).toMatchObject({ ok: false, error: { code: "no-header" } });
    expect(importDossierTable("  \n")).toMatchObject({ ok: false, error: { code: "empty" } });
    expect(importDossierTable("Đã giải quyết\tQuá hạn\n1\t2", { profile: "x" })).toMatchObject({
      ok: false,
      error: { code: "unknown-profile" },
    });
  });
});

describe("importDossierTable: rows and cells", () => {
  it("marks published totals, levels and online levels", () => {
    const p = ok(fixture("province-three-levels.csv"));
    expect(p.rows.map((r) => [r.level ?? null, r.total ?? false])).toEqual([
      ["province", false],
      ["district", false],
      ["commune", false],
      [null, true],
    ]);
    const o = ok(fixture("portal-online-level.tsv"));
    expect(o.rows.map((r) => r.onlineLevel ?? null)).toEqual([
      { regime: "nd42-2022", class: "full" },
      { regime: "nd42-2022", class: "partial" },
      null,
      null,
    ]);
  });
  it("a section heading without figures sets the level of the rows under it", () => {
    const r = ok("Đơn vị\tĐã giải quyết\tQuá hạn\nI. Cấp huyện\t\t\nHuyện A\t10\t1\nHuyện B\t5\t0");
    expect(r.rows.map((x) => x.level)).toEqual(["district", "district"]);
  });
  it("blank and '-' are not reported, never 0", () => {
    const r = ok("Đơn vị\tĐã giải quyết\tQuá hạn\tĐang giải quyết\nA\t10\t-\t");
    expect(r.rows[0]).toEqual({ unit: "A", resolved: 10 });
  });
  it("scale words are multipliers with the precision they imply", () => {
    const r = ok("Đơn vị\tTiếp nhận mới\tĐã giải quyết\nToàn tỉnh (ước)\t4,52 ngàn\t1,2 triệu");
    expect(r.rows[0]).toMatchObject({
      received: 4520,
      resolved: 1200000,
      decimals: { received: -1, resolved: -5 },
    });
    expect(r.findings.map((f) => f.rule)).toEqual(["import.scaled-count", "import.scaled-count"]);
  });
  it("a count that is not whole is an error and stays blank", () => {
    const r = ok("Đơn vị\tĐã giải quyết\tQuá hạn\nA\t12,5\t1");
    expect(r.rows[0]).toEqual({ unit: "A", resolvedLate: 1 });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([["structure.not-whole", "error"]]);
  });
  it("an unreadable cell is a warning", () => {
    const r = ok("Đơn vị\tĐã giải quyết\tQuá hạn\nA\tmười\t1");
    expect(r.findings.map((f) => f.rule)).toEqual(["import.unreadable-cell"]);
  });
  it("copies the period and the profile onto the rows", () => {
    const r = ok("Đơn vị\tĐã giải quyết\nA\t1", { period: "2024-03", profile: "qd766" });
    expect(r.rows[0]).toEqual({ unit: "A", period: "2024-03", resolved: 1, profile: "qd766" });
  });
});

describe("fixtures: consistent tables give nothing, planted ones give every planted finding", () => {
  const cases: [string, string, string[]][] = [
    ["portal-online-level", "template", ["flow.resolved-parts", "flow.rate", "flow.total"]],
    ["centre-bulletin", "template", ["flow.share", "flow.disposition", "flow.rate-truncated"]],
    [
      "portal-formula",
      "portal-late-share",
      ["flow.rate-truncated", "flow.disposition", "flow.resolved-parts"],
    ],
  ];
  for (const [name, profile, planted] of cases) {
    it(`${name} (${profile})`, () => {
      const good = ok(fixture(`${name}.tsv`), { profile });
      expect([...good.findings, ...checkDossierFlows(good.rows, { profile })]).toEqual([]);
      const bad = ok(fixture(`${name}-planted.tsv`), { profile });
      const found = checkDossierFlows(bad.rows, { profile }).map((f) => f.rule);
      expect([...new Set(found)].sort()).toEqual([...planted].sort());
    });
  }
  it("province-three-levels (CSV ;)", () => {
    const good = ok(fixture("province-three-levels.csv"));
    expect(checkDossierFlows(good.rows)).toEqual([]);
    const bad = checkDossierFlows(ok(fixture("province-three-levels-planted.csv")).rows, { lang: "en" });
    expect(bad.map((f) => [f.rule, f.code])).toEqual([
      ["flow.rate", "onTimeRate"],
      ["flow.total", "received"],
      ["flow.total", "toProcess"],
      ["flow.total", "resolved"],
      ["flow.total", "resolvedOnTime"],
    ]);
    expect(bad[0]?.message).toContain("matches profile qd766");
  });
});

describe("hostile input never crashes", () => {
  it("property: any text gives a typed result, and its rows check without throwing", () => {
    const cell = fc.oneof(
      fc.constantFrom(
        "Đã giải quyết",
        "Quá hạn",
        "Tỷ lệ đúng hạn",
        "Tổng cộng",
        "Cấp xã",
        "%",
        "4,52 ngàn",
        "-",
        "",
      ),
      fc.string({ maxLength: 12 }),
      fc.nat(100000).map(String),
    );
    const table = fc
      .array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 })
      .chain((rows) => fc.constantFrom("\t", ";", ",").map((d) => rows.map((r) => r.join(d)).join("\n")));
    fc.assert(
      fc.property(table, (text) => {
        const r = importDossierTable(text);
        expect(typeof r.ok).toBe("boolean");
        if (r.ok) expect(Array.isArray(checkDossierFlows(r.rows))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it("non-text and non-array inputs", () => {
    expect(importDossierTable(undefined as unknown as string).ok).toBe(false);
    expect(checkDossierFlows(null as unknown as [])).toEqual([]);
    expect(checkDossierFlows([null, 3, { unit: 1 }] as unknown as [])).toEqual([]);
  });
});

describe("portal layouts", () => {
  it("the Gia Lai portal's columns: Sắp trễ and Chưa đến add up to within the deadline; Sớm is on time incl. early", () => {
    const r = importDossierTable(
      "Đơn vị\tĐã tiếp nhận\tTồn kỳ trước\tCần xử lý\tĐang xử lý\tTrễ\tSắp trễ\tChưa đến\tĐã xử lý\tTrễ\tSớm\tChưa nhận\n" +
        "UBND xã A\t100\t10\t110\t20\t2\t3\t15\t90\t4\t86\t7",
    );
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.rows[0]).toMatchObject({
      pending: 20,
      pendingOverdue: 2,
      pendingWithinDeadline: 18,
      resolved: 90,
      resolvedLate: 4,
      resolvedOnTimeOrEarly: 86,
      uncollected: 7,
    });
    expect(checkDossierFlows(r.rows, { profile: "portal-late-share" })).toEqual([]);
  });
  it("a share column names its base in the header", () => {
    const r = importDossierTable(
      "Đơn vị\tTồn kỳ trước\tTiếp nhận mới\tCần xử lý\tTrực tuyến\tTỷ lệ so với tổng số cần giải quyết (%)\nA\t10\t90\t100\t45\t45",
    );
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.columns[5]).toMatchObject({ role: "share", of: "receivedOnline", base: "toProcess" });
    expect(checkDossierFlows(r.rows)).toEqual([]);
  });
});
