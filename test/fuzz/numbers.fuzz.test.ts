import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDecimal,
  classifyPublicServiceUnit,
  compareDecimal,
  compareReportedRate,
  compareReportedSum,
  compareReportedValue,
  divideDecimal,
  formatRate,
  formatVietnameseNumber,
  InvalidDecimalError,
  intervalOf,
  isDecimalString,
  maxDecimal,
  minDecimal,
  multiplyDecimal,
  type ParsedValue,
  parseCodedAnswer,
  parseCodeList,
  parseVietnameseNumber,
  type ReportedValue,
  rate,
  regimeOn,
  roundDecimal,
  selfFinancingRatio,
  subtractDecimal,
  sumDecimals,
  sumIntervals,
  toDecimalString,
} from "../../src/numbers/index.js";
import {
  bigString,
  edgeNumber,
  guardPrototypeChain,
  hostileString,
  hostileValue,
  protoObjects,
  returnsOrThrows,
  TEN_THOUSAND_DIGITS,
} from "./hostile.js";
import { FUZZ_RUNS } from "./runs.js";

const decimalInput = fc.oneof(hostileString, edgeNumber);
const decimals = fc.oneof(fc.integer({ min: -30, max: 120 }), edgeNumber);
const mode = fc.constantFrom("half-up", "half-down", "half-even", "down", "up", "bogus", "__proto__");
const reported: fc.Arbitrary<ReportedValue | ParsedValue> = fc.oneof(
  fc.record({ value: decimalInput, decimals }).map((r) => r as ReportedValue),
  decimalInput.map((t): ReportedValue | ParsedValue => {
    const r = parseVietnameseNumber(String(t));
    return r.ok ? r.value : { value: "1", decimals: 0 };
  }),
);

guardPrototypeChain();

describe("numbers: documented failures only", () => {
  it("parseVietnameseNumber / parseCodeList / parseCodedAnswer never throw", () => {
    fc.assert(
      fc.property(hostileString, fc.constantFrom("auto", "vi", "en", "xx"), (text, locale) => {
        const r = parseVietnameseNumber(text, { locale: locale as "auto" });
        expect(typeof r.ok).toBe("boolean");
        const l = parseCodeList(text);
        expect(typeof l.ok).toBe("boolean");
        const a = parseCodedAnswer(text, l.ok ? l.value : []);
        expect(typeof a.ok).toBe("boolean");
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("decimal arithmetic returns or throws InvalidDecimalError", () => {
    fc.assert(
      fc.property(decimalInput, decimalInput, decimals, mode, (a, b, d, m) => {
        expect(typeof isDecimalString(a)).toBe("boolean");
        returnsOrThrows(() => compareDecimal(a, b), InvalidDecimalError);
        returnsOrThrows(() => addDecimal(a, b), InvalidDecimalError);
        returnsOrThrows(() => sumDecimals([a, b, a]), InvalidDecimalError);
        returnsOrThrows(() => roundDecimal(a, d, m as "up"), InvalidDecimalError);
        returnsOrThrows(() => subtractDecimal(a, b), InvalidDecimalError);
        returnsOrThrows(() => multiplyDecimal(a, b), InvalidDecimalError);
        returnsOrThrows(() => divideDecimal(a, b), InvalidDecimalError);
        returnsOrThrows(() => divideDecimal(a, b, { decimals: d, rounding: m as "up" }), InvalidDecimalError);
        returnsOrThrows(() => minDecimal(a, b), InvalidDecimalError);
        returnsOrThrows(() => maxDecimal(a, b), InvalidDecimalError);
        toDecimalString(a);
        returnsOrThrows(
          () =>
            formatVietnameseNumber(a, { decimals: d, rounding: m as "up", grouping: true, percent: true }),
          InvalidDecimalError,
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("rates, intervals and comparisons return typed results", () => {
    fc.assert(
      fc.property(decimalInput, decimalInput, decimals, mode, reported, (n, d, k, m, rep) => {
        const r = rate(n, d, { decimals: k, rounding: m as "up", factor: n, allowNegative: true });
        expect(typeof r.ok).toBe("boolean");
        expect(typeof rate(n, d).ok).toBe("boolean");
        returnsOrThrows(() => formatRate(r), InvalidDecimalError);
        intervalOf(n, k);
        expect(compareReportedRate(rep, n, d, { factor: d })).toBeTypeOf("object");
        expect(compareReportedValue(rep, n)).toBeTypeOf("object");
        const parts = [rep, { value: d, decimals: k }] as { value: string; decimals: number }[];
        sumIntervals(parts);
        expect(compareReportedSum(rep as { value: string; decimals: number }, parts)).toBeTypeOf("object");
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("public-unit functions never throw", () => {
    fc.assert(
      fc.property(decimalInput, decimalInput, fc.boolean(), hostileString, (rev, spend, inv, date) => {
        expect(typeof selfFinancingRatio({ revenue: rev, recurrentSpending: spend }).ok).toBe("boolean");
        expect(
          typeof selfFinancingRatio({
            revenue: { publicServices: rev, feesRetained: spend, other: rev, stateOrders: spend },
            recurrentSpending: spend,
          }).ok,
        ).toBe("boolean");
        expect(
          typeof classifyPublicServiceUnit({ ratioPercent: rev, selfFinancesInvestment: inv, date }).ok,
        ).toBe("boolean");
        regimeOn(date);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("values of the wrong runtime type (plain JS callers) give typed failures", () => {
    fc.assert(
      fc.property(hostileValue, (v) => {
        const x = v as string;
        expect(typeof parseVietnameseNumber(x).ok).toBe("boolean");
        expect(typeof parseCodeList(x).ok).toBe("boolean");
        expect(typeof rate(x, x).ok).toBe("boolean");
        returnsOrThrows(() => compareDecimal(x, "1"), InvalidDecimalError);
        returnsOrThrows(() => subtractDecimal("1", x), InvalidDecimalError);
        returnsOrThrows(() => multiplyDecimal(x, "1"), InvalidDecimalError);
        returnsOrThrows(() => divideDecimal("1", x), InvalidDecimalError);
        returnsOrThrows(() => divideDecimal("1", "3", v as never), InvalidDecimalError);
        returnsOrThrows(() => minDecimal(x, "1"), InvalidDecimalError);
        returnsOrThrows(() => maxDecimal("1", x), InvalidDecimalError);
        expect(typeof selfFinancingRatio(v as never).ok).toBe("boolean");
        expect(typeof classifyPublicServiceUnit(v as never).ok).toBe("boolean");
        expect(compareReportedValue(v as never, "1")).toBeTypeOf("object");
      }),
      { numRuns: FUZZ_RUNS },
    );
    for (const o of protoObjects) {
      expect(selfFinancingRatio({ revenue: o as never, recurrentSpending: "1" })).toBeTypeOf("object");
    }
  });

  it("10 000-digit and 10 MB inputs return", () => {
    for (const s of [
      TEN_THOUSAND_DIGITS,
      `-${TEN_THOUSAND_DIGITS}`,
      "9".repeat(10_000),
      `0.${"0".repeat(9999)}1`,
    ]) {
      expect(typeof parseVietnameseNumber(s).ok).toBe("boolean");
      expect(typeof rate(s, "3").ok).toBe("boolean");
      returnsOrThrows(() => compareDecimal(s, "1"), InvalidDecimalError);
      returnsOrThrows(() => roundDecimal(s, 2), InvalidDecimalError);
      returnsOrThrows(() => subtractDecimal(s, "1"), InvalidDecimalError);
      returnsOrThrows(() => multiplyDecimal(s, s), InvalidDecimalError);
      returnsOrThrows(() => divideDecimal("1", s), InvalidDecimalError);
      returnsOrThrows(() => minDecimal(s, "1"), InvalidDecimalError);
      returnsOrThrows(() => maxDecimal("1", s), InvalidDecimalError);
      returnsOrThrows(() => formatVietnameseNumber(s), InvalidDecimalError);
      expect(compareReportedRate({ value: s, decimals: 2 }, s, "7")).toBeTypeOf("object");
      expect(classifyPublicServiceUnit({ ratioPercent: s, selfFinancesInvestment: true }).ok).toBeTypeOf(
        "boolean",
      );
      expect(selfFinancingRatio({ revenue: s, recurrentSpending: "3" }).ok).toBeTypeOf("boolean");
    }
    for (const unit of ["9", "1.000,", "%", " ", "é"]) {
      const big = bigString(10, unit);
      expect(parseVietnameseNumber(big).ok).toBe(false);
      expect(parseCodeList(big).ok).toBeTypeOf("boolean");
      expect(rate(big, "1").ok).toBe(false);
      returnsOrThrows(() => compareDecimal(big, "1"), InvalidDecimalError);
      returnsOrThrows(() => divideDecimal(big, "3"), InvalidDecimalError);
      returnsOrThrows(() => multiplyDecimal("3", big), InvalidDecimalError);
    }
  }, 30_000);
});
