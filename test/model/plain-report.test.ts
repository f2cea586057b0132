import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_2022 } from "../../src/catalog/v2022.js";
import { reportFromJson } from "../../src/io/report.js";
import { plainReport } from "../../src/model/plain-report.js";
import { REPORT_FORMAT, ReportSchema } from "../../src/model/report.js";
import { FUZZ_RUNS } from "../fuzz/runs.js";

// The report fast path: whenever it answers, zod accepts the value and returns an equal report.

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLE = readFileSync(join(ROOT, "examples/khanh-hoa-skhcn-2022h1.json"), "utf8");

/** A key left out of the object built (as opposed to a key present with the value `undefined`). */
const ABSENT = Symbol("absent");
type Field = unknown;

/** An own, enumerable data property — also for `__proto__`, as JSON.parse makes it. */
function put(o: object, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function objectOf(fields: Record<string, Field>, extras: [string, unknown][], base: object = {}): object {
  for (const [k, v] of Object.entries(fields)) if (v !== ABSENT) put(base, k, v);
  for (const [k, v] of extras) put(base, k, v);
  return base;
}

/** Mostly `good` (`weight` times in `weight + 1 + absent`), sometimes absent, sometimes one of `bad`. */
function mostly<T>(
  good: fc.Arbitrary<T>,
  bad: fc.Arbitrary<unknown>,
  absent = 0,
  weight = 24,
): fc.Arbitrary<Field> {
  return fc.oneof(
    { weight, arbitrary: good },
    { weight: 1, arbitrary: bad },
    { weight: absent, arbitrary: fc.constant(ABSENT) },
  );
}

const junk = fc.oneof(
  fc.constantFrom(undefined, null, 5, -0, true, "", [], [1], {}, { raw: "1" }, new Date(0)),
  fc.jsonValue({ maxDepth: 3 }),
);
const long = (n: number) => fc.constantFrom("x".repeat(n), "x".repeat(n + 1));
const extraKeys = fc.oneof(
  { weight: 12, arbitrary: fc.constant([] as [string, unknown][]) },
  {
    weight: 1,
    arbitrary: fc.array(
      fc.tuple(fc.constantFrom("extra", "__proto__", "constructor", "toString", "Raw", "ID", "1.2"), junk),
      { maxLength: 3 },
    ),
  },
);

const decimalText = fc.oneof(
  fc.stringMatching(/^-?(0|[1-9]\d{0,6})(\.\d{1,4})?$/),
  fc.constantFrom("1e5", "01", "-0", "0", "0.10", "1.", ".5", "+1", " 1", "1 ", "0x10", "９", "1,5"),
  fc.constantFrom("9".repeat(80), "9".repeat(81), `-${"9".repeat(79)}`, `-${"9".repeat(80)}`),
);
const cellValue = fc.oneof(
  { weight: 3, arbitrary: fc.integer() },
  { weight: 3, arbitrary: decimalText },
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 1e308, 5e-324, 12),
  decimalText,
  fc.constant(null),
);

const plainCell = fc
  .tuple(
    mostly(fc.string({ maxLength: 12 }), fc.oneof(long(10_000), junk), 20, 200),
    mostly(cellValue, junk, 200, 100),
    mostly(fc.constantFrom("%", "84%", "văn bản"), fc.oneof(long(200), junk), 400, 40),
    mostly(fc.string({ maxLength: 30 }), fc.oneof(long(20_000), junk), 200, 100),
    extraKeys,
  )
  .map(([raw, value, unit, note, extras]) => objectOf({ raw, value, unit, note }, extras));

/** A cell, now and then an odd one: junk, a prototype-less object, an accessor, a class instance. */
const cell = fc.oneof(
  { weight: 600, arbitrary: plainCell },
  { weight: 1, arbitrary: junk },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 4 }).map((raw) => objectOf({ raw }, [], Object.create(null))),
  },
  {
    weight: 1,
    arbitrary: fc.constant(null).map(() => {
      let n = 0;
      return Object.defineProperty({}, "raw", { enumerable: true, get: () => String(++n) });
    }),
  },
  { weight: 1, arbitrary: fc.constant(null).map(() => Object.assign(new (class Cell {})(), { raw: "1" })) },
);

const ids = CATALOG_2022.rows.map((r) => r.id);
const id = fc.oneof(
  { weight: 600, arbitrary: fc.constantFrom(...ids) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "9.9.9",
      "1.2.A",
      "1..2",
      "1.2.a.b",
      "01",
      "",
      " 1",
      "__proto__",
      "constructor",
      "toString",
      `1${".1".repeat(19)}.a`, // 40 characters
      `1${".1".repeat(20)}`, // 41 characters
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** One cell at a limit of the schema (half of them one past it), put among the others now and then. */
const edgeCell = fc
  .tuple(
    fc.constantFrom(["raw", 10_000], ["unit", 200], ["note", 20_000], ["value", 80]),
    fc.boolean(),
    fc.constantFrom("x", "9"),
  )
  .map(([[key, max], past, ch]) => ({ [key]: (key === "value" ? "9" : ch).repeat(past ? max + 1 : max) }));

const values = fc
  .tuple(
    fc.array(fc.tuple(id, cell), { maxLength: 40 }),
    fc.option(fc.tuple(fc.constantFrom(...ids), edgeCell), { freq: 3 }),
    fc.constantFrom("plain", "plain", "plain", "plain", "plain", "plain", "null-proto", "symbol", "hidden"),
  )
  .map(([entries, edge, shape]) => {
    const o: object = shape === "null-proto" ? Object.create(null) : {};
    for (const [k, v] of entries) put(o, k, v);
    if (edge) put(o, edge[0], edge[1]);
    if (shape === "symbol") (o as Record<symbol, unknown>)[Symbol("k")] = { raw: "1" };
    if (shape === "hidden") Object.defineProperty(o, "1.1", { value: { raw: "9" }, enumerable: false });
    return o;
  });

const agencyId = fc.oneof(
  fc.constantFrom("khanh-hoa/skhcn", "x", "a".repeat(200)),
  fc.string({ minLength: 1, maxLength: 20 }),
);
const agency = fc
  .tuple(
    mostly(agencyId, fc.constantFrom("", "a".repeat(201), 5, undefined, null)),
    mostly(fc.string({ maxLength: 20 }), fc.oneof(long(500), junk), 4),
    mostly(fc.constantFrom("UBND TỈNH KHÁNH HÒA", ""), fc.oneof(long(500), junk), 8),
    extraKeys,
  )
  .map(([id, name, parent, extras]) => objectOf({ id, name, parent }, extras));

const goodPeriods = [
  { kind: "half-year", year: 2022, index: 1, from: "2021-12-15", to: "2022-06-14" },
  { kind: "quarter", year: 2024, index: 1, from: "2023-12-15", to: "2024-03-14" },
  { kind: "month", year: 2024, index: 2, from: "2024-02-01", to: "2024-02-29" },
  { kind: "year", year: 2022, from: "2021-12-15", to: "2022-12-14" },
  { kind: "nine-months", year: 2022, from: "2021-12-15", to: "2022-09-14" },
  { kind: "custom", year: 1999, from: "2021-01-01", to: "2022-01-01" },
  { kind: "custom", year: 2022, index: 3, from: "2022-01-01", to: "2022-01-01" },
];
const period = fc
  .tuple(
    fc.constantFrom(...goodPeriods),
    fc.oneof(
      { weight: 10, arbitrary: fc.constant<[string, unknown] | null>(null) },
      {
        weight: 1,
        arbitrary: fc.tuple(
          fc.constantFrom("kind", "year", "index", "from", "to"),
          fc.oneof(
            junk,
            fc.constantFrom("week", "year", "custom", 2023, 2022.5, 0, 13, 3, "2022-02-29", "2022-06-31"),
          ),
        ),
      },
    ),
    fc.boolean(),
    extraKeys,
  )
  .map(([p, change, dropIndex, extras]) => {
    const fields: Record<string, Field> = { ...p };
    if (change) fields[change[0]] = change[1];
    if (dropIndex && change?.[0] === "kind") fields.index = ABSENT;
    return objectOf(fields, extras);
  });

/** Near-valid reports: each part mostly valid, sometimes wrong, odd, absent or padded with junk keys. */
const report: fc.Arbitrary<unknown> = fc
  .tuple(
    mostly(fc.constant(REPORT_FORMAT), fc.constantFrom("cchc.report/2", undefined, null), 4),
    mostly(agency, junk),
    mostly(period, junk),
    mostly(
      fc.constantFrom("2022-06-15", "2024-02-29"),
      fc.constantFrom("2022-02-29", "2022-6-15", undefined),
      3,
    ),
    mostly(fc.constantFrom("2022", "2025"), fc.oneof(long(40), junk), 3),
    mostly(values, junk),
    mostly(fc.string({ maxLength: 40 }), fc.oneof(long(5_000_000), junk), 3),
    extraKeys,
    fc.nat(60),
  )
  .map(([format, agency, period, asOf, catalogVersion, values, narrative, extras, odd]) => {
    const r = objectOf({ format, agency, period, asOf, catalogVersion, values, narrative }, extras);
    if (odd === 0) return Object.assign(Object.create(null), r);
    if (odd === 1) return [r];
    if (odd === 2) return Object.defineProperty(r, "narrative", { enumerable: true, get: () => "n" });
    if (odd === 3) return Object.assign(new (class Report {})(), r);
    return r;
  });

describe("plainReport", () => {
  it("whenever it answers, zod accepts the value and returns an equal report", () => {
    const runs = Math.max(FUZZ_RUNS, 1000);
    let valid = 0;
    let fast = 0;
    fc.assert(
      fc.property(report, (x) => {
        const plain = plainReport(x);
        const z = ReportSchema.safeParse(x);
        if (z.success) valid++;
        if (plain === undefined) return;
        fast++;
        expect(z.success).toBe(true);
        expect(JSON.stringify(plain)).toBe(JSON.stringify(z.data));
        expect(plain).toEqual(z.data);
        expect(plain).toStrictEqual(z.data);
        expect(plain).not.toBe(x);
        expect(plain.values).not.toBe((x as { values?: unknown }).values);
      }),
      { numRuns: runs },
    );
    // the fast path is taken on most valid values (it steps aside for odd ones: accessors, `undefined` keys…)
    // (about 27 % of the generated values are valid, and the fast path takes about 89 % of those)
    expect(valid).toBeGreaterThan(runs / 6);
    expect(fast).toBeGreaterThan(valid * 0.7);
  });

  it("copies the bundled example as zod does", () => {
    const data: unknown = JSON.parse(EXAMPLE);
    const plain = plainReport(data);
    expect(plain).toBeDefined();
    expect(JSON.stringify(plain)).toBe(JSON.stringify(ReportSchema.parse(data)));
    expect(Object.keys(plain?.values ?? {})).toHaveLength(118);
  });

  it("drops unknown keys at every level and fills in the format, in zod's key order", () => {
    const x: unknown = JSON.parse(
      `{"narrative":"n","values":{"1.2":{"note":"n","x":1,"unit":"%","value":"37.03","raw":"37,03%"},"1.1":{}},"extra":1,"catalogVersion":"2022","asOf":"2022-06-15","period":{"to":"2022-06-14","from":"2021-12-15","index":1,"year":2022,"kind":"half-year","x":1},"agency":{"parent":"P","name":"N","id":"a","x":1}}`,
    );
    expect(JSON.stringify(plainReport(x))).toBe(
      `{"format":"cchc.report/1","agency":{"id":"a","name":"N","parent":"P"},"period":{"kind":"half-year","year":2022,"index":1,"from":"2021-12-15","to":"2022-06-14"},"asOf":"2022-06-15","catalogVersion":"2022","values":{"1.2":{"raw":"37,03%","value":"37.03","unit":"%","note":"n"},"1.1":{}},"narrative":"n"}`,
    );
  });

  it("steps aside when a cell is invalid or odd", () => {
    const base = JSON.parse(EXAMPLE) as Record<string, unknown>;
    const withCell = (cell: unknown) => ({ ...base, values: { "1.1": cell } });
    expect(plainReport(withCell({ raw: "1" }))).toBeDefined();
    for (const cell of [
      { value: Number.NaN },
      { value: Number.POSITIVE_INFINITY },
      { value: "1e5" },
      { value: "01" },
      { value: "9".repeat(81) },
      { raw: "x".repeat(10_001) },
      { unit: "x".repeat(201) },
      { note: "x".repeat(20_001) },
      { raw: undefined },
      { raw: 1 },
      [],
      null,
      "1",
      new Date(0),
    ]) {
      expect(plainReport(withCell(cell))).toBeUndefined();
    }
    expect(plainReport({ ...base, values: JSON.parse('{"__proto__":{"raw":"1"}}') })).toBeUndefined();
    expect(plainReport({ ...base, values: { ["1".repeat(41)]: {} } })).toBeUndefined();
    expect(plainReport({ ...base, agency: { id: "x", parent: 5 } })).toBeUndefined();
  });
});

/** `reportFromJson` as it was before the fast path: zod alone. */
function zodOnlyFromJson(text: string): ReturnType<typeof reportFromJson> {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return reportFromJson(text);
  }
  const r = ReportSchema.safeParse(data);
  if (r.success) return { ok: true, report: r.data };
  const issues = r.error.issues.slice(0, 10).map((i) => ({ path: i.path.join("."), message: i.message }));
  return {
    ok: false,
    error: {
      code: "invalid-report",
      message: {
        vi: `báo cáo không hợp lệ tại ${issues[0]?.path || "(gốc)"}: ${issues[0]?.message ?? ""}`,
        en: `invalid report at ${issues[0]?.path || "(root)"}: ${issues[0]?.message ?? ""}`,
      },
      issues,
    },
  };
}

/** Every JSON report of the repository: the bundled examples and the test fixtures. */
function jsonReports(): string[] {
  const out: string[] = [];
  for (const dir of ["examples", "test"]) {
    for (const f of readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })) {
      if (!f.endsWith(".json")) continue;
      const text = readFileSync(join(ROOT, dir, f), "utf8");
      if (/"format":\s*"cchc\.report\/1"/.test(text)) out.push(`${dir}/${f}`);
    }
  }
  return out;
}

describe("reportFromJson with the fast path", () => {
  const files = jsonReports();

  it("finds the bundled example and the test fixture", () => {
    expect(files).toContain("examples/khanh-hoa-skhcn-2022h1.json");
    expect(files).toContain("test/fixtures/khanh-hoa-skhcn-2022h1.json");
  });

  it.each(files)("gives what zod alone gives on %s", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    const fast = reportFromJson(text);
    expect(fast.ok).toBe(true);
    expect(fast).toStrictEqual(zodOnlyFromJson(text));
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zodOnlyFromJson(text)));
  });

  it("reads parsed JSON by plain property reads, and a `__proto__` key in the text is still data", () => {
    // JSON.parse makes "__proto__" an own data property: in a cell it is a key zod drops; as an id it is
    // not an indicator id, so the fast path steps aside and zod decides (zod 4 drops that key too)
    const example = JSON.parse(EXAMPLE) as { values: Record<string, unknown> };
    const cellText = JSON.stringify(example).replace('"raw":', '"__proto__":{"unit":"x"},"raw":');
    expect(cellText).toContain("__proto__");
    const inCell = reportFromJson(cellText);
    expect(inCell.ok).toBe(true);
    expect(inCell).toStrictEqual(zodOnlyFromJson(cellText));
    const idText = JSON.stringify(example).replace('"values":{', '"values":{"__proto__":{"raw":"1"},');
    const asId = reportFromJson(idText);
    expect(asId).toStrictEqual(zodOnlyFromJson(idText));
    expect(asId.ok && Object.keys(asId.report.values)).toHaveLength(118);
  });

  it("gives what zod alone gives on generated report texts, valid or not", () => {
    fc.assert(
      fc.property(report, (x) => {
        const text = JSON.stringify(x);
        if (text === undefined) return;
        expect(reportFromJson(text)).toStrictEqual(zodOnlyFromJson(text));
      }),
      { numRuns: Math.max(FUZZ_RUNS, 1000) },
    );
  });
});
