import { describe, expect, it } from "vitest";
import { CATALOG_2022, deriveCatalog } from "../../src/catalog/index.js";
import { checkReport } from "../../src/rules/index.js";
import { findingLines, mk } from "./report-builder.js";

// 7.7.1 is read over its own eligible procedures (7.7.1.a); a report dividing by all procedures in force
// (3.1.4) gets rate.other-base, which names both readings, instead of rate.mismatch.

const base = { "3.1.4": "54", "7.7.1.a": "10", "7.7.1.b": "8", "7.7.1.c": "0" };
const on771 = (lines: string[]) => lines.filter((l) => l.startsWith("7.7.1 "));

describe("rate.other-base", () => {
  it("fires when the rate matches x / 3.1.4 and not the template's x / 7.7.1.a", () => {
    expect(on771(findingLines({ ...base, "7.7.1": "14,81%" }))).toEqual(["7.7.1 rate.other-base warning"]);
  });

  it("does not fire on the template's reading", () => {
    expect(on771(findingLines({ ...base, "7.7.1": "80%" }))).toEqual([]);
  });

  it("is not a way out for a rate that matches neither reading: that stays rate.mismatch", () => {
    expect(on771(findingLines({ ...base, "7.7.1": "50%" }))).toEqual(["7.7.1 rate.mismatch error"]);
  });

  it("needs the other base reported: a blank 3.1.4 leaves the mismatch", () => {
    const { "3.1.4": _, ...noTotal } = base;
    expect(on771(findingLines({ ...noTotal, "7.7.1": "14,81%" }))).toEqual(["7.7.1 rate.mismatch error"]);
  });

  it("a truncated template rate stays rate.truncated (the other reading is only tried on a mismatch)", () => {
    const r = { "3.1.4": "54", "7.7.1.a": "27", "7.7.1.b": "10", "7.7.1.c": "0", "7.7.1": "37,03%" };
    expect(on771(findingLines(r))).toEqual(["7.7.1 rate.truncated warning"]);
  });

  it("a catalog without otherBases reports the plain mismatch", () => {
    const plain = deriveCatalog(CATALOG_2022, {
      version: "2022-plain",
      removeRelations: (r) => r.kind === "rate" && r.rate === "7.7.1",
      addRelations: [
        { kind: "rate", rate: "7.7.1", numerator: "7.7.1.b", denominator: "7.7.1.a", factor: 100 },
      ],
    });
    const lines = checkReport(mk({ ...base, "7.7.1": "14,81%" }), { catalog: plain }).findings.map(
      (f) => `${f.code} ${f.rule}`,
    );
    expect(on771(lines)).toEqual(["7.7.1 rate.mismatch"]);
  });
});
