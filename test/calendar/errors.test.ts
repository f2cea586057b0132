import { describe, expect, it } from "vitest";
import { showValue } from "../../src/calendar/errors.js";

describe("showValue (inputs quoted in error messages)", () => {
  it("shows JSON when there is one, numbers as written", () => {
    expect(showValue("2026-02-30")).toBe('"2026-02-30"');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
    expect(showValue(1.5)).toBe("1.5");
    expect(showValue(Number.NaN)).toBe("NaN");
    expect(showValue(null)).toBe("null");
  });
  it("never throws: BigInt, symbols, undefined and cycles fall back to String", () => {
    expect(showValue(10n)).toBe("10");
    expect(showValue(Symbol("x"))).toBe("Symbol(x)");
    expect(showValue(undefined)).toBe("undefined");
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(showValue(cyclic)).toBe("[object Object]");
    const bare = Object.create(null) as Record<string, unknown>;
    bare.self = bare;
    expect(showValue(bare)).toBe("[object Object]");
  });
  it("clips texts longer than 200 characters", () => {
    expect(showValue("x".repeat(198))).toBe(`"${"x".repeat(198)}"`);
    const long = showValue("y".repeat(300));
    expect(long).toHaveLength(201);
    expect(long.endsWith("…")).toBe(true);
    expect(long.startsWith('"yyy')).toBe(true);
  });
});
