/**
 * makeFinding: the finding an import step hands to people and programs — codes, the message in the
 * language asked for, and only the optional fields that were given.
 */
import { describe, expect, it } from "vitest";
import { makeFinding } from "../../src/io/findings.js";

const BASE = {
  rule: "import.unmatched-row",
  severity: "warning",
  source: "import",
  vi: "dòng không khớp mẫu",
  en: "row does not match the template",
} as const;

describe("makeFinding", () => {
  it("a report-level finding has no code and no codes; the message is Vietnamese by default", () => {
    expect(makeFinding({ ...BASE, lang: "vi" })).toStrictEqual({
      rule: "import.unmatched-row",
      severity: "warning",
      code: null,
      codes: [],
      message: "dòng không khớp mẫu",
      messages: { vi: "dòng không khớp mẫu", en: "row does not match the template" },
      source: "import",
    });
  });

  it("gives the English message when English is asked for, and keeps both", () => {
    const f = makeFinding({ ...BASE, lang: "en" });
    expect(f.message).toBe("row does not match the template");
    expect(f.messages).toEqual({ vi: "dòng không khớp mẫu", en: "row does not match the template" });
  });

  it("a finding about one indicator lists it as its only code", () => {
    const f = makeFinding({ ...BASE, lang: "vi", code: "1.2" });
    expect(f.code).toBe("1.2");
    expect(f.codes).toEqual(["1.2"]);
  });

  it("an explicit null code is a report-level finding", () => {
    const f = makeFinding({ ...BASE, lang: "vi", code: null });
    expect(f.code).toBeNull();
    expect(f.codes).toEqual([]);
  });

  it("the codes given are kept as given, the primary code first", () => {
    const f = makeFinding({ ...BASE, lang: "vi", code: "1.2", codes: ["1.2", "1.2.a", "1.2.b"] });
    expect(f.code).toBe("1.2");
    expect(f.codes).toEqual(["1.2", "1.2.a", "1.2.b"]);
    expect(makeFinding({ ...BASE, lang: "vi", codes: [] }).codes).toEqual([]);
  });

  it("expected, actual and excerpt appear only when given (an empty excerpt is given)", () => {
    const f = makeFinding({
      ...BASE,
      lang: "vi",
      code: "1.2",
      expected: { value: "37.04", unit: "%" },
      actual: { value: "37.03", unit: "%" },
      excerpt: "",
    });
    expect(f.expected).toEqual({ value: "37.04", unit: "%" });
    expect(f.actual).toEqual({ value: "37.03", unit: "%" });
    expect(f.excerpt).toBe("");
    const bare = makeFinding({ ...BASE, lang: "vi" });
    expect(Object.keys(bare)).not.toContain("expected");
    expect(Object.keys(bare)).not.toContain("actual");
    expect(Object.keys(bare)).not.toContain("excerpt");
  });

  it("an excerpt is kept as written", () => {
    const f = makeFinding({ ...BASE, lang: "en", source: "narrative", excerpt: "ban hành 4 văn bản" });
    expect(f.excerpt).toBe("ban hành 4 văn bản");
    expect(f.source).toBe("narrative");
  });
});
