/**
 * Random reports for the fuzz suites: type-correct `Report` objects whose values are hostile (unicode
 * raw text, edge numbers, prototype keys as own properties, unknown ids).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { CATALOG_2022 } from "../../src/catalog/v2022.js";
import type { Report } from "../../src/model/report.js";
import { edgeNumber, hostileString } from "./hostile.js";

export const FIXTURE: Report = JSON.parse(
  readFileSync(new URL("../fixtures/khanh-hoa-skhcn-2022h1.json", import.meta.url), "utf8"),
) as Report;

const ids = CATALOG_2022.rows.map((r) => r.id);

const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ids) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "toString", "9.9.9", "1.2.z"),
  },
  { weight: 1, arbitrary: hostileString },
);

const cell = fc.oneof(
  fc.constantFrom(
    "0",
    "1",
    "27",
    "10",
    "37,03%",
    "100%",
    "54/55 TTHC",
    "x",
    "-",
    "Có",
    "Không",
    "",
    "1.000",
    "0,5",
  ),
  hostileString,
);

const value = fc.record(
  {
    raw: cell,
    value: fc.oneof(edgeNumber, fc.constantFrom(null, "0", "1", "-1", "0.0001", `1${"0".repeat(79)}`)),
    unit: fc.oneof(fc.constantFrom("%", "84%", "văn bản"), hostileString),
    note: hostileString,
  },
  { requiredKeys: [] },
);

const period = fc.oneof(
  fc.constant(FIXTURE.period),
  fc.constantFrom(
    { kind: "half-year" as const, year: 2025, index: 2, from: "2025-06-15", to: "2025-12-14" },
    { kind: "quarter" as const, year: 2022, index: 3, from: "2022-06-15", to: "2022-09-14" },
    { kind: "custom" as const, year: 1900, from: "1900-01-01", to: "1900-01-02" },
    { kind: "year" as const, year: 9999, from: "9999-01-01", to: "9999-12-31" },
  ),
);

/** Builds the values object through JSON.parse so `__proto__` is an own key. */
function valuesOf(entries: [string, unknown][]): Report["values"] {
  const json = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? "null"}`).join(",")}}`;
  return JSON.parse(json) as Report["values"];
}

/** A report whose values are a random, hostile mix (sometimes on top of the real report's). */
export const hostileReport: fc.Arbitrary<Report> = fc
  .tuple(
    fc.array(fc.tuple(key, value), { maxLength: 25 }),
    period,
    fc.boolean(),
    fc.option(fc.constantFrom("2022", "1999", "__proto__", ""), { nil: undefined }),
    fc.option(hostileString, { nil: undefined }),
  )
  .map(([entries, p, onFixture, catalogVersion, agencyId]) => {
    const base = onFixture ? Object.entries(FIXTURE.values) : [];
    const r: Report = {
      format: "cchc.report/1",
      agency: { id: agencyId ?? FIXTURE.agency.id },
      period: p,
      values: valuesOf([...base, ...entries]),
    };
    if (catalogVersion !== undefined) r.catalogVersion = catalogVersion;
    return r;
  });
