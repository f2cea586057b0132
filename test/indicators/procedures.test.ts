import { describe, expect, it } from "vitest";
import { procedureIndicators } from "../../src/indicators/index.js";
import { type Procedure, ProcedureSchema } from "../../src/model/index.js";

const proc = (code: string, over: Partial<Parameters<typeof ProcedureSchema.parse>[0]> = {}): Procedure =>
  ProcedureSchema.parse({ code, name: `TTHC ${code}`, level: "province", processingDays: 5, ...over });
const at = { at: "2022-06-30" };
const count = (ps: Procedure[], options = at) => procedureIndicators(ps, options).values["3.1.4"];

describe("procedureIndicators: procedures in force", () => {
  it("counts a procedure from its first valid day, not before", () => {
    expect(count([proc("A", { validFrom: "2022-06-30" })])).toBe("1");
    expect(count([proc("A", { validFrom: "2022-06-29" })])).toBe("1");
    expect(count([proc("A", { validFrom: "2022-07-01" })])).toBe("0");
  });
  it("counts a procedure up to its last valid day, not after", () => {
    expect(count([proc("A", { validTo: "2022-06-30" })])).toBe("1");
    expect(count([proc("A", { validTo: "2022-12-31" })])).toBe("1");
    expect(count([proc("A", { validTo: "2022-06-29" })])).toBe("0");
  });
  it("counts district and commune procedures in their own rows", () => {
    const v = procedureIndicators(
      [proc("D1", { level: "district" }), proc("D2", { level: "district" }), proc("C", { level: "commune" })],
      at,
    ).values;
    expect(v).toMatchObject({ "3.1.4": "3", "3.1.4.a": "0", "3.1.4.b": "2", "3.1.4.c": "1" });
  });
});

describe("procedureIndicators: online levels, fees, post", () => {
  it("counts online levels 3 and 4 only (NĐ 43/2011), without inference", () => {
    const r = procedureIndicators(
      [
        proc("A", { onlineLevel: { regime: "nd43-2011", level: 2 } }),
        proc("B", { onlineLevel: { regime: "nd43-2011", level: 3 } }),
        proc("C", { onlineLevel: { regime: "nd43-2011", level: 4 } }),
        proc("D"),
      ],
      at,
    );
    expect(r.values).toMatchObject({ "7.7.1.a": "1", "7.7.1.b": "1", "7.7.2.a": "1", "7.7.2.b": "1" });
    expect(r.inferences).toEqual([]);
  });
  it("writes the rate of fee-bearing procedures payable through the National Portal (7.7.6)", () => {
    const v = procedureIndicators(
      [
        proc("A", { hasFee: true, nationalPortalPayment: true }),
        proc("B", { hasFee: true }),
        proc("C", { hasFee: true }),
        proc("D", { nationalPortalPayment: true }),
      ],
      at,
    ).values;
    expect(v).toMatchObject({ "7.7.6.a": "3", "7.7.6.b": "1", "7.7.6": "33.33" });
  });
  it("reads a record without its optional parts (not parsed by the schema) as offering nothing but one-stop", () => {
    const bare = { code: "A", name: "A", level: "province", processingDays: 5 } as unknown as Procedure;
    const v = procedureIndicators([bare], at).values;
    expect(v).toMatchObject({ "3.1.4": "1", "3.3.1": "1", "3.3.1.a": "0", "7.8.1": "0", "7.7.5.a": "0" });
    expect(v).not.toHaveProperty("7.7.1");
  });
});

describe("procedureIndicators: records left out", () => {
  it("reports nothing when every procedure is counted", () => {
    expect(procedureIndicators([proc("A")], at).issues).toEqual([]);
  });
  it("leaves out and names entries that are not procedure records, by their code when they have one", () => {
    const r = procedureIndicators(
      [null, { code: 5 }, { name: "x" }, 7, proc("A")] as unknown as Procedure[],
      at,
    );
    expect(r.values["3.1.4"]).toBe("1");
    expect(r.issues).toEqual([
      {
        code: "invalid-record",
        ids: ["?", "5", "?", "?"],
        message: { vi: "4 TTHC không hợp lệ: không tính", en: "4 invalid procedure(s): left out" },
      },
    ]);
  });
  it("counts nothing for a missing list", () => {
    const r = procedureIndicators(undefined as unknown as Procedure[], at);
    expect(r.values["3.1.4"]).toBe("0");
    expect(r.issues).toEqual([]);
  });
  it("says in both languages how many central and late district procedures were left out", () => {
    const r = procedureIndicators(
      [proc("C1", { level: "central" }), proc("C2", { level: "central" }), proc("D", { level: "district" })],
      { at: "2025-07-01" },
    );
    const central = r.issues.find((i) => i.code === "central-level-procedure");
    expect(central?.ids).toEqual(["C1", "C2"]);
    expect(central?.message.vi).toMatch(/^2 TTHC cấp trung ương/);
    expect(central?.message.en).toMatch(/^2 central-level procedure\(s\)/);
    const district = r.issues.find((i) => i.code === "district-after-reorganisation");
    expect(district?.message.vi).toMatch(/^1 TTHC cấp huyện sau 01\/07\/2025/);
    expect(district?.message.en).toMatch(/^1 district-level procedure\(s\) on or after 2025-07-01/);
  });
});
