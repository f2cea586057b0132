import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importDossierTable } from "../../src/io/index.js";
import type { DossierFlow } from "../../src/model/index.js";
import { checkDossierTable, dossierTableCheckToJson } from "../../src/rollup/index.js";

const flow = fc
  .record({
    resolvedEarly: fc.nat({ max: 500 }),
    resolvedOnTime: fc.nat({ max: 500 }),
    resolvedLate: fc.nat({ max: 500 }),
    pending: fc.nat({ max: 500 }),
  })
  .map(
    (r): DossierFlow => ({
      unit: "Đơn vị",
      ...r,
      resolved: r.resolvedEarly + r.resolvedOnTime + r.resolvedLate,
    }),
  );

describe("checkDossierTable", () => {
  it("keeps the import findings first, then the flow findings, and is not ok exactly when one is an error", () => {
    const text = "Đơn vị\tĐã giải quyết\tTrước hạn\tĐúng hạn\tQuá hạn\nA\t10\t3\t5\t1\nB\t5\t1\t4\t0";
    const imported = importDossierTable(text);
    if (!imported.ok) throw new Error(imported.error.message.en);
    const r = checkDossierTable(imported, { lang: "en" });
    expect(r.profile).toBe("template");
    expect(r.findings.map((f) => f.rule)).toContain("flow.resolved-parts");
    expect(r.ok).toBe(false);
    expect(r.findings.slice(0, imported.findings.length)).toEqual(imported.findings);
    const fixed = importDossierTable(text.replace("A\t10\t3\t5\t1", "A\t9\t3\t5\t1"));
    if (!fixed.ok) throw new Error(fixed.error.message.en);
    const ok = checkDossierTable(fixed, { lang: "en" });
    expect(ok.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(ok.ok).toBe(true);
  });

  it("recomputes the total as the sum of the unit rows, leaving published totals aside", () => {
    fc.assert(
      fc.property(fc.array(flow, { minLength: 1, maxLength: 8 }), (flows) => {
        const rows = flows.map((f, i) => ({ ...f, unit: `Đơn vị ${i + 1}` }));
        const published: DossierFlow = { unit: "Tổng cộng", total: true, resolved: 1 };
        const r = checkDossierTable({ rows: [...rows, published], columns: [], findings: [] });
        const sum = rows.reduce((s, f) => s + (f.resolved ?? 0), 0);
        expect(r.totals.computed.resolved).toBe(sum);
        expect(r.totals.published).toEqual([published]);
        expect(r.rates.rows.map((x) => x.unit)).toEqual([...rows.map((f) => f.unit), "Tổng cộng"]);
      }),
      { numRuns: 50 },
    );
  });

  it("writes the keys in the order `cchc dossiers --format json` prints, with a final newline", () => {
    const json = dossierTableCheckToJson(checkDossierTable({ rows: [], columns: [], findings: [] }));
    expect(json.endsWith("}\n")).toBe(true);
    expect(Object.keys(JSON.parse(json))).toEqual([
      "ok",
      "profile",
      "columns",
      "rows",
      "totals",
      "rates",
      "findings",
    ]);
  });
});

describe("checkDossierTable: the rate rows", () => {
  const rows: DossierFlow[] = [
    { unit: "A", resolved: 10, resolvedEarly: 3, resolvedOnTime: 5, resolvedLate: 2, onTimeRate: "80%" },
    { unit: "B", resolved: 5, resolvedEarly: 1, resolvedOnTime: 4, resolvedLate: 0 },
  ];
  it("gives each unit its written and computed rate, with the parts, and the recomputed total", () => {
    const r = checkDossierTable({ rows, columns: ["c1"], findings: [] }, { lang: "en" });
    expect(r.columns).toEqual(["c1"]);
    const a = r.rates.rows[0];
    expect(a).toMatchObject({ unit: "A", total: false, reported: "80%", numerator: 8, denominator: 10 });
    expect(a?.computed).toBe("80.00");
    expect(Object.keys(a?.byProfile ?? {})).toContain("template");
    expect(r.rates.rows[1]).toMatchObject({ unit: "B", reported: null, numerator: 5, denominator: 5 });
    expect(r.rates.total).toMatchObject({
      unit: "Total (recomputed)",
      total: true,
      numerator: 13,
      denominator: 15,
    });
    expect(r.totals.computed.unit).toBe("Total (recomputed)");
    expect(checkDossierTable({ rows, columns: [], findings: [] }).totals.computed.unit).toBe(
      "Tổng (tính lại)",
    );
  });
  it("marks a published total row and leaves it out of the recomputed total", () => {
    const total: DossierFlow = {
      unit: "Tổng",
      total: true,
      resolved: 99,
      resolvedEarly: 0,
      resolvedOnTime: 99,
      resolvedLate: 0,
    };
    const r = checkDossierTable({ rows: [...rows, total], columns: [], findings: [] });
    expect(r.rates.rows[2]).toMatchObject({ unit: "Tổng", total: true });
    expect(r.totals.computed.resolved).toBe(15);
  });
  it("uses the profile asked for", () => {
    const def = checkDossierTable({ rows, columns: [], findings: [] });
    expect(def.profile).toBe("template");
    const other = Object.keys(def.rates.rows[0]?.byProfile ?? {}).find((p) => p !== "template") ?? "";
    expect(other).not.toBe("");
    const r = checkDossierTable({ rows, columns: [], findings: [] }, { profile: other });
    expect(r.profile).toBe(other);
    expect(r.rates.profile).toBe(other);
    expect(r.rates.rows[0]?.computed).toBe(r.rates.rows[0]?.byProfile[other]);
  });
});
