/**
 * Shared hostile-input generators and checks for the fuzz suites (test/fuzz/*.fuzz.test.ts).
 */
import fc from "fast-check";
import { afterAll, beforeAll, expect } from "vitest";

/** Strings an attacker or a broken export might hand over: unicode, binary, tricky keywords, digits. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\ufeff",
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e309",
    "-0",
    "5e-324",
    "0x10",
    "1_000",
    "1.2.3,4",
    "37,03%",
    "54/55",
    "0/0",
    "2022-02-30",
    "2022-13-01",
    "0000-01-01",
    "9999-12-31",
    "+002022-01-01",
    "2022-06-30T25:00:00+07:00",
    "2022-06-30T12:00:00+99:99",
    "2022H3",
    "2022Q0",
    "2022M13",
    "99999999999999999999H1",
    "\ud800",
    "\udfff\ud800",
    "e\u0301",
    "١٢٣",
  ),
  fc.nat({ max: 400 }).map((n) => "9".repeat(n)),
  fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 60 })).map(([a, b]) => `${"1".repeat(a)},${"0".repeat(b)}`),
);

/** Numbers at the edges of IEEE 754. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.parseFloat("1e309"), // Infinity, as JSON.parse and Number() read it
    -Number.parseFloat("1e309"),
    -0,
    0,
    Number.NaN,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    5e-324,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_SAFE_INTEGER,
    2 ** 31,
    -(2 ** 31),
    0.1,
    1e21,
    1e-7,
  ),
  fc.double(),
  fc.integer(),
);

/** A 10 000-digit decimal string (with a fraction). */
export const TEN_THOUSAND_DIGITS = `${"9".repeat(5000)}.${"1".repeat(5000)}`;

/** Objects with prototype-polluting keys as OWN properties (built with JSON.parse). */
export const protoObjects: readonly unknown[] = [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"prototype": {"polluted": "yes"}}'),
  JSON.parse('{"__proto__": {"__proto__": {"polluted": "yes"}}, "a": 1}'),
  JSON.parse('{"values": {"__proto__": {"raw": "1", "polluted": "yes"}}}'),
];

/** Any JS value, including prototype-polluting objects and edge numbers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.object({ maxDepth: 2 }),
  fc.constantFrom(...protoObjects),
  edgeNumber,
  hostileString,
  fc.constantFrom(undefined, null, true, Symbol("s"), () => 1, new Date(Number.NaN), new Map(), []),
);

/** `depth` levels of nested arrays: `[[[…]]]`. */
export function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** `depth` levels of nested objects `{ a: { a: … } }` under `key`. */
export function deepObject(depth: number, key = "a"): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { [key]: v };
  return v;
}

/** The JSON text of `depth` nested arrays (built without recursion). */
export function deepJson(depth: number): string {
  return `${"[".repeat(depth)}${"]".repeat(depth)}`;
}

/** A string of `mb` megabytes (ASCII) made of `unit` repeated. */
export function bigString(mb: number, unit = "9"): string {
  return unit.repeat(Math.ceil((mb * 1024 * 1024) / unit.length));
}

/**
 * Calls `f` and checks it returns, or throws an instance of one of `allowed` (the function's
 * documented error classes). Returns the result or `undefined` after an allowed throw.
 */
// biome-ignore lint/suspicious/noExplicitAny: constructors of any error class
export function returnsOrThrows<T>(f: () => T, ...allowed: (new (...args: any[]) => Error)[]): T | undefined {
  try {
    return f();
  } catch (e) {
    if (allowed.some((C) => e instanceof C)) return undefined;
    throw e;
  }
}

/** Snapshot of Object.prototype's own property names, for {@link expectNoPollution}. */
export function prototypeSnapshot(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

/** Fails when Object.prototype gained keys or `({}).polluted` is set. */
export function expectNoPollution(before: readonly string[]): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeSnapshot()).toEqual(before);
  expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
}

/**
 * Registers the pollution check around a whole fuzz file: a snapshot of Object.prototype before the
 * first test, {@link expectNoPollution} after the last.
 */
export function guardPrototypeChain(): void {
  let before: string[] = [];
  beforeAll(() => {
    before = prototypeSnapshot();
  });
  afterAll(() => expectNoPollution(before));
}
