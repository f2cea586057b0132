import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVietnameseNumber } from "../../src/numbers/parse.js";

// The common cell shapes (`37,03%`, `07 TTHC`, `100%`) take a fast path. A leading space sends the same
// text through the general analysis (which trims it), so the two readings can be compared directly:
// everything but `raw` must be identical.

const mutation = process.env.CCHC_MUTATION !== undefined;

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
const asciiWord = fc.string({ unit: fc.constantFrom(..."ABCDHTVabcdhtvXyz"), minLength: 1, maxLength: 45 });

/** Cells in and around the fast shapes: comma decimals of 1–4 digits, %, a unit word, or both. */
const cell = fc
  .tuple(
    digits(1, 17),
    fc.option(digits(1, 4), { nil: undefined }),
    fc.constantFrom("", "%", " ", "unit", "%unit", "unit%"),
    asciiWord,
  )
  .map(([int, frac, tail, word]) => {
    const base = frac === undefined ? int : `${int},${frac}`;
    switch (tail) {
      case "unit":
        return `${base} ${word}`;
      case "%unit":
        return `${base}% ${word}`;
      case "unit%":
        return `${base} ${word}%`;
      default:
        return base + tail;
    }
  });

function withoutRaw(r: ReturnType<typeof parseVietnameseNumber>) {
  if (!r.ok) return { ok: false, code: r.error.code };
  const { raw: _raw, ...rest } = r.value;
  return { ok: true, ...rest };
}

describe("parseVietnameseNumber: fast path for common cells", () => {
  it("reads the common shapes", () => {
    expect(parseVietnameseNumber("37,03%")).toEqual({
      ok: true,
      value: { kind: "number", value: "37.03", decimals: 2, percent: true, raw: "37,03%" },
    });
    expect(parseVietnameseNumber("07 TTHC")).toEqual({
      ok: true,
      value: { kind: "number", value: "7", decimals: 0, percent: false, unitWord: "TTHC", raw: "07 TTHC" },
    });
    expect(parseVietnameseNumber("100%").ok && parseVietnameseNumber("100%")).toMatchObject({
      value: { value: "100", percent: true, decimals: 0 },
    });
    expect(parseVietnameseNumber("0,50")).toMatchObject({ ok: true, value: { value: "0.50", decimals: 2 } });
  });

  it("leaves ambiguous and en-US readings to the general path", () => {
    // a comma and exactly three digits: read as a decimal comma, with the ambiguity recorded
    const r = parseVietnameseNumber("1,234");
    expect(r.ok && r.value.kind === "number" && r.value.ambiguity?.rule).toBe("comma-decimal");
    // with locale "en" a comma is a thousands separator, so "37,03%" is malformed
    expect(parseVietnameseNumber("37,03%", { locale: "en" })).toMatchObject({
      ok: false,
      error: { code: "bad-grouping" },
    });
    expect(parseVietnameseNumber("37,03%", { locale: "vi" })).toMatchObject({
      ok: true,
      value: { value: "37.03" },
    });
  });

  it("gives exactly the general path's reading (law)", () => {
    fc.assert(
      fc.property(cell, fc.constantFrom(undefined, "auto", "vi", "en"), (text, locale) => {
        const options = locale === undefined ? undefined : { locale: locale as "auto" | "vi" | "en" };
        const direct = parseVietnameseNumber(text, options);
        const general = parseVietnameseNumber(` ${text}`, options);
        expect(withoutRaw(direct)).toEqual(withoutRaw(general));
        if (direct.ok) expect(direct.value.raw).toBe(text);
      }),
      { numRuns: mutation ? 200 : 5000 },
    );
  });
});
