import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatVietnameseNumber,
  type ParsedValue,
  type ParseNumberOptions,
  parseVietnameseNumber,
} from "../../src/numbers/index.js";

// Under mutation testing (vitest.stryker-*.config.ts sets CCHC_MUTATION) property tests run fewer
// cases per mutant; `npm test` runs them all.
const mutation = process.env.CCHC_MUTATION !== undefined;

function ok(text: string, o?: ParseNumberOptions): ParsedValue {
  const r = parseVietnameseNumber(text, o);
  if (!r.ok) throw new Error(`expected ok for ${text}: ${r.error.code}`);
  return r.value;
}
function code(text: string, o?: ParseNumberOptions): string | null {
  const r = parseVietnameseNumber(text, o);
  return r.ok ? null : r.error.code;
}

describe("parseVietnameseNumber — values of the real report", () => {
  it.each([
    ["37,03%", "37.03", 2, true],
    ["20.000", "20000", 0, false],
    ["1.234,5", "1234.5", 1, false],
    ["08", "8", 0, false],
    ["84%", "84", 0, true],
    ["50%", "50", 0, true],
    ["100%", "100", 0, true],
    ["0", "0", 0, false],
    ["18,52%", "18.52", 2, true],
  ])("%s → %s", (text, value, decimals, percent) => {
    expect(ok(text)).toMatchObject({ kind: "number", value, decimals, percent, raw: text });
  });
  it("reads unit words", () => {
    expect(ok("07 TTHC")).toMatchObject({ kind: "number", value: "7", unitWord: "TTHC" });
    expect(ok("0 TTHC")).toMatchObject({ value: "0", unitWord: "TTHC" });
    expect(ok("3 văn bản")).toMatchObject({ value: "3", unitWord: "văn bản" });
    expect(ok("84 %")).toMatchObject({ value: "84", percent: true });
    expect(ok("1")).not.toHaveProperty("unitWord");
  });
  it("reads fractions", () => {
    expect(ok("54/55 TTHC")).toEqual({
      kind: "fraction",
      numerator: "54",
      denominator: "55",
      unitWord: "TTHC",
      raw: "54/55 TTHC",
    });
    expect(ok("732VBĐT/876VBD")).toEqual({
      kind: "fraction",
      numerator: "732",
      denominator: "876",
      numeratorUnit: "VBĐT",
      denominatorUnit: "VBD",
      raw: "732VBĐT/876VBD",
    });
    expect(ok("3 TTHC/4")).toMatchObject({ numeratorUnit: "TTHC" });
    expect(code("20/4/2022")).toBe("not-a-number");
    expect(code("5%/6")).toBe("not-a-number");
    expect(code("-5/6")).toBe("not-a-number");
    expect(code("1.23.4/5")).toBe("bad-grouping");
  });
  it("blank is not reported, dash is none, and neither is 0", () => {
    expect(ok("")).toEqual({ kind: "blank", raw: "" });
    expect(ok(" \t ")).toEqual({ kind: "blank", raw: " \t " });
    for (const d of ["-", "–", "—", " - "]) expect(ok(d).kind).toBe("none");
  });
});

describe("ambiguity rules", () => {
  it("a single dot + exactly 3 digits is vi thousands, flagged", () => {
    expect(ok("1.234")).toMatchObject({
      value: "1234",
      decimals: 0,
      ambiguity: { rule: "dot-thousands", alternative: "1.234" },
    });
    expect(ok("0.123")).toMatchObject({ value: "0.123", ambiguity: { rule: "dot-decimal" } });
  });
  it("a single comma + exactly 3 digits is a vi decimal, flagged", () => {
    expect(ok("1,234")).toMatchObject({
      value: "1.234",
      decimals: 3,
      ambiguity: { rule: "comma-decimal", alternative: "1234" },
    });
    expect(ok("37,03")).not.toHaveProperty("ambiguity");
    expect(ok("0,123")).not.toHaveProperty("ambiguity");
  });
  it("a dot not followed by exactly 3 digits is a decimal point, flagged", () => {
    expect(ok("1.5")).toMatchObject({
      value: "1.5",
      decimals: 1,
      ambiguity: { rule: "dot-decimal", alternative: null },
    });
    expect(ok("37.03")).toMatchObject({ value: "37.03", ambiguity: { rule: "dot-decimal" } });
  });
  it("en-US full and grouped forms are read, flagged", () => {
    expect(ok("1,234.5")).toMatchObject({ value: "1234.5", ambiguity: { rule: "en-full" } });
    expect(ok("1,234,567")).toMatchObject({ value: "1234567", ambiguity: { rule: "comma-thousands" } });
    expect(ok("1.234.567")).toMatchObject({ value: "1234567" });
    expect(ok("1.234.567")).not.toHaveProperty("ambiguity");
    expect(ok("1.234.567,89")).not.toHaveProperty("ambiguity");
  });
  it("locale forces one reading without notes", () => {
    expect(ok("1.234", { locale: "vi" })).toEqual({
      kind: "number",
      value: "1234",
      decimals: 0,
      percent: false,
      raw: "1.234",
    });
    expect(code("1.5", { locale: "vi" })).toBe("bad-grouping");
    expect(ok("1.5", { locale: "en" })).not.toHaveProperty("ambiguity");
    expect(ok("1,234", { locale: "en" })).toMatchObject({ value: "1234" });
    expect(ok("1,234.5", { locale: "en" })).toMatchObject({ value: "1234.5" });
    expect(code("1,234.5", { locale: "vi" })).toBe("bad-grouping");
    expect(code("1,2,3", { locale: "vi" })).toBe("bad-grouping");
  });
});

describe("failures", () => {
  it.each(["abc", "NaN", "Infinity", "1e309", "--5", "5e", "%", "5% TTHC", "- 5"])(
    "%s is not a number",
    (t) => {
      expect(code(t)).toBe("not-a-number");
    },
  );
  it.each(["1.23.4", "1,2,3", "12.34.567", "1.2,3.4", "1,234,5.6", "5.", "01.234.567", "1 234"])(
    "%s is bad grouping",
    (t) => {
      expect(code(t)).toBe("bad-grouping");
    },
  );
  it("too long: 200 characters and 64 significant digits", () => {
    expect(code("9".repeat(10_000))).toBe("too-long");
    expect(code(" ".repeat(201))).toBe("too-long");
    expect(code("1".repeat(65))).toBe("too-long");
    expect(ok("1".repeat(64)).kind).toBe("number");
    expect(ok(`${"0".repeat(100)}1`)).toMatchObject({ value: "1" });
  });
  it("full-width digits are normalised; mixing scripts fails", () => {
    expect(ok("３７，０３％")).toMatchObject({ value: "37.03", percent: true, normalized: "full-width" });
    expect(code("3３")).toBe("mixed-scripts");
    expect(code("3٣")).toBe("mixed-scripts");
    expect(code("٣٤")).toBe("not-a-number");
    expect(code("٣۴")).toBe("mixed-scripts");
  });
  it("messages are bilingual", () => {
    const r = parseVietnameseNumber("abc");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.vi).not.toBe(r.error.message.en);
  });
  it("negative and signed numbers", () => {
    expect(ok("-1,5")).toMatchObject({ value: "-1.5" });
    expect(ok("+3")).toMatchObject({ value: "3" });
    expect(ok("−2")).toMatchObject({ value: "-2" });
    expect(ok("-0")).toMatchObject({ value: "0" });
  });
});

describe("properties", () => {
  it("never throws on any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })),
        (s) => {
          const r = parseVietnameseNumber(s);
          expect(typeof r.ok).toBe("boolean");
        },
      ),
      { numRuns: mutation ? 100 : 5000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[-+0-9.,% /A-Za-zĐđ]{0,30}$/), (s) => {
        const r = parseVietnameseNumber(s);
        if (r.ok && r.value.kind === "number") expect(r.value.value).toMatch(/^-?\d+(\.\d+)?$/);
      }),
      { numRuns: mutation ? 100 : 5000 },
    );
  });
  it("format ∘ parse round-trips canonical values", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 6 }),
        (m, s) => {
          const neg = m < 0n;
          const digits = (neg ? -m : m).toString().padStart(s + 1, "0");
          const v = `${neg ? "-" : ""}${s ? `${digits.slice(0, -s)}.${digits.slice(-s)}` : digits}`;
          const text = formatVietnameseNumber(v);
          const r = parseVietnameseNumber(text, { locale: "vi" });
          expect(r.ok && r.value.kind === "number" && r.value.value).toBe(
            /[1-9]/.test(v) ? v : v.replace("-", ""),
          );
          if (r.ok && r.value.kind === "number") expect(r.value.decimals).toBe(s);
        },
      ),
    );
  });
});
