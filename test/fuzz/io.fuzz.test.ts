import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkNarrative,
  extractDocumentReferences,
  importAppendix,
  importReport,
  parseDocumentSymbol,
  renderReport,
} from "../../src/io/index.js";
import { FUZZ_RUNS } from "./runs.js";

const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "1.1.",
    "2.1.1",
    "- Số",
    "<p>",
    "</i>",
    '"',
    "54/55 TTHC",
    "Phụ lục",
    "",
  ),
);
const line = fc
  .tuple(fc.array(cell, { maxLength: 7 }), fc.constantFrom("\t", ",", ";"))
  .map(([cells, d]) => cells.join(d));
const hostile = fc.oneof(
  fc.array(line, { maxLength: 40 }).map((l) => l.join("\n")),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.array(line, { maxLength: 20 }).map((l) => `BÁO CÁO\nCCHC quý II năm 2022\nPhụ lục\n${l.join("\n")}`),
  fc.nat({ max: 50_000 }).map((n) => `1.1.\t${"x".repeat(n)}\t\t1\t`),
);

describe("io never throws on hostile text", () => {
  it("importAppendix / importReport / render / narrative", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const a = importAppendix(text);
        expect(Array.isArray(a.rows)).toBe(true);
        const r = importReport(text);
        if (r.ok) {
          renderReport(r.report, { to: "html", findings: r.findings });
          renderReport(r.report, { to: "csv" });
          checkNarrative(r.report);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("parseDocumentSymbol / extractDocumentReferences", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        parseDocumentSymbol(text);
        extractDocumentReferences(`Quyết định số ${text} ngày ${text}`);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
