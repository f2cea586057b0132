import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bareInteger, fastShape, parseVietnameseNumber } from "../../src/numbers/parse.js";

// The fast path's reach is part of what it promises: the cells it is documented to take (the pattern
// below) must be read without the general analysis, and nothing else may be. Its answers are held equal
// to the general path in parse-fast-path.test.ts; here the hand scanner is held to the pattern itself,
// on text built from the characters around every boundary it tests (digits, ASCII letters, `,`, `%`,
// space, and their neighbours in ASCII).

const FAST = /^(\d{1,15})(?:,(\d{1,2}))?(?:(%)| ([A-Za-z]{1,40}))?$/;
const BARE = /^\d{1,15}$/;

const edgeChar = fc.constantFrom(..."0123456789/:@AZ[`az{,%. -\tđ");
const mutation = process.env.CCHC_MUTATION !== undefined;
const runs = mutation ? 400 : 5000;

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(..."0159"), minLength: min, maxLength: max });
const letters = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(..."AZazMm"), minLength: min, maxLength: max });
/** One character that may or may not belong where it is put: a boundary neighbour, or a good one. */
const odd = fc.constantFrom(..."/:@[`{,%. \tđ05Aa");

const text = fc.oneof(
  fc.string({ unit: edgeChar, maxLength: 24 }),
  // the documented shapes, lengths around the 15-digit, 2-decimal and 40-letter limits, and one odd
  // character anywhere
  fc
    .tuple(
      digits(1, 17),
      fc.option(digits(0, 3), { nil: undefined }),
      fc.oneof(
        fc.constant(""),
        fc.constant("%"),
        letters(0, 42).map((w) => ` ${w}`),
      ),
      fc.option(fc.tuple(odd, fc.nat()), { nil: undefined }),
    )
    .map(([int, frac, tail, extra]) => {
      const s = `${int}${frac === undefined ? "" : `,${frac}`}${tail}`;
      if (extra === undefined) return s;
      const at = extra[1] % (s.length + 1);
      return s.slice(0, at) + extra[0] + s.slice(at);
    }),
);

describe("the fast shape scanner", () => {
  it("takes exactly the documented pattern, and only bare integers when plain only", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(fastShape(s, false) !== null).toBe(FAST.test(s));
        expect(fastShape(s, true) !== null).toBe(BARE.test(s));
      }),
      { numRuns: runs },
    );
  });

  it("stops at each limit of the pattern", () => {
    const taken = (x: string) => fastShape(x, false) !== null;
    expect(taken("9".repeat(15))).toBe(true);
    expect(taken("9".repeat(16))).toBe(false);
    expect(taken(`${"9".repeat(15)},5%`)).toBe(true);
    expect(taken(`${"9".repeat(16)},5%`)).toBe(false);
    expect(taken("1,25")).toBe(true);
    expect(taken("1,255")).toBe(false);
    expect(taken("1,")).toBe(false);
    expect(taken(`1 ${"x".repeat(40)}`)).toBe(true);
    expect(taken(`1 ${"x".repeat(41)}`)).toBe(false);
    expect(taken("1 ")).toBe(false);
    expect(taken("1%%")).toBe(false);
    expect(taken("")).toBe(false);
  });

  it("reads what the pattern captures", () => {
    fc.assert(
      fc.property(text, (s) => {
        const m = FAST.exec(s);
        const v = fastShape(s, false);
        if (m === null || v === null) return;
        expect(v.raw).toBe(s);
        expect(v.percent).toBe(m[3] !== undefined);
        if (m[4] === undefined) {
          const int = (m[1] as string).replace(/^0+(?=\d)/, "");
          expect(v.value).toBe(m[2] === undefined ? int : `${int}.${m[2]}`);
          expect(v.decimals).toBe(m[2]?.length ?? 0);
        }
        // the scanner's reading is the parser's
        expect(parseVietnameseNumber(s)).toEqual({ ok: true, value: v });
      }),
      { numRuns: runs },
    );
  });

  it("bareInteger: 1–15 ASCII digits, without leading zeros", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(bareInteger(s)).toBe(BARE.test(s) ? s.replace(/^0+(?=\d)/, "") : null);
      }),
      { numRuns: runs },
    );
    expect(bareInteger("0")).toBe("0");
    expect(bareInteger("007")).toBe("7");
    expect(bareInteger("9".repeat(15))).toBe("9".repeat(15));
    expect(bareInteger("9".repeat(16))).toBeNull();
    expect(bareInteger("")).toBeNull();
  });
});
