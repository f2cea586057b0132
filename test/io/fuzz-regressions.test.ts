import { describe, expect, it } from "vitest";
import { checkDocumentSymbol } from "../../src/io/index.js";

// Found by test/fuzz/io.fuzz.test.ts.
describe("checkDocumentSymbol: a named kind that is an Object.prototype key", () => {
  it("gives no kind-mismatch finding for __proto__ (was: expected “[object Object]”)", () => {
    expect(checkDocumentSymbol("125/QĐ-SKHCN", { namedKind: "__proto__" })).toEqual([]);
    expect(checkDocumentSymbol("125/QĐ-SKHCN", { namedKind: "__defineGetter__" })).toEqual([]);
  });

  it("still checks a real named kind", () => {
    const f = checkDocumentSymbol("125/QĐ-SKHCN", { namedKind: "Kế hoạch" });
    expect(f.map((x) => x.rule)).toEqual(["document.kind-mismatch"]);
  });
});
