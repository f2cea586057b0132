import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalKind,
  checkDocumentSymbol,
  checkNarrative,
  detectPeriodInTitle,
  escapeHtml,
  extractDocumentReferences,
  findAppendixHeading,
  importAppendix,
  importReport,
  parseDocumentSymbol,
  renderReport,
  reportFromJson,
  reportToJson,
} from "../../src/io/index.js";
import {
  bigString,
  deepJson,
  guardPrototypeChain,
  hostileString,
  hostileValue,
  TEN_THOUSAND_DIGITS,
} from "./hostile.js";
import { FIXTURE, hostileReport } from "./reports.js";
import { FUZZ_RUNS } from "./runs.js";

guardPrototypeChain();

const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "1.1.",
    "2.1.1",
    "- Số",
    "<p>",
    "</i>",
    '"',
    "54/55 TTHC",
    "Phụ lục",
    "",
  ),
);
const line = fc
  .tuple(fc.array(cell, { maxLength: 7 }), fc.constantFrom("\t", ",", ";"))
  .map(([cells, d]) => cells.join(d));
const hostile = fc.oneof(
  fc.array(line, { maxLength: 40 }).map((l) => l.join("\n")),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.array(line, { maxLength: 20 }).map((l) => `BÁO CÁO\nCCHC quý II năm 2022\nPhụ lục\n${l.join("\n")}`),
  fc.nat({ max: 50_000 }).map((n) => `1.1.\t${"x".repeat(n)}\t\t1\t`),
);

describe("io never throws on hostile text", () => {
  it("importAppendix / importReport / render / narrative", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const a = importAppendix(text);
        expect(Array.isArray(a.rows)).toBe(true);
        const r = importReport(text);
        if (r.ok) {
          renderReport(r.report, { to: "html", findings: r.findings });
          renderReport(r.report, { to: "csv" });
          checkNarrative(r.report);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("parseDocumentSymbol / extractDocumentReferences", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        parseDocumentSymbol(text);
        extractDocumentReferences(`Quyết định số ${text} ngày ${text}`);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

const fixtureJson = reportToJson(FIXTURE);

describe("io: JSON, symbols, rendering of hostile reports", () => {
  it("reportFromJson returns a typed result for any text", () => {
    const text = fc.oneof(
      hostileString,
      hostileValue.map((v) => {
        try {
          return JSON.stringify(v) ?? "null";
        } catch {
          return "{";
        }
      }),
      fc
        .tuple(fc.nat({ max: fixtureJson.length }), hostileString)
        .map(([i, x]) => fixtureJson.slice(0, i) + x + fixtureJson.slice(i)),
      fc.constantFrom(
        fixtureJson.replace('"1.1"', '"__proto__"'),
        fixtureJson.replace('"agency": {', '"agency": {"__proto__": {"polluted": "yes"},'),
        `{"__proto__": {"polluted": "yes"}, ${fixtureJson.slice(1)}`,
        `\ufeff${fixtureJson}`,
      ),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = reportFromJson(t);
        if (r.ok) expect(reportFromJson(reportToJson(r.report))).toEqual(r);
        else expect(["invalid-json", "invalid-report"]).toContain(r.error.code);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("rendering and narrative checks of hostile reports", () => {
    fc.assert(
      fc.property(hostileReport, hostileString, fc.constantFrom("vi", "en"), (report, narrative, lang) => {
        const r = { ...report, narrative: `${narrative}\n${FIXTURE.narrative ?? ""}` };
        for (const to of ["md", "html", "csv"] as const) {
          const out = renderReport(r, { to, lang: lang as "vi" });
          expect(typeof out).toBe("string");
          if (to === "html") expect(out).not.toMatch(/<script/i);
        }
        expect(Array.isArray(checkNarrative(r, { lang: lang as "vi" }))).toBe(true);
        expect(reportFromJson(reportToJson(report)).ok).toBeTypeOf("boolean");
      }),
      { numRuns: Math.max(1, Math.floor(FUZZ_RUNS / 2)) },
    );
  });

  it("symbols, kinds, titles, headings and HTML escaping", () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, (sym, kind, date) => {
        for (const f of checkDocumentSymbol(sym, { namedKind: kind, issuedOn: date })) {
          expect(f.message).not.toContain("[object");
          expect(f.message).not.toContain("function Object");
        }
        canonicalKind(kind);
        detectPeriodInTitle(`${kind} ${sym}`);
        findAppendixHeading([sym, kind, date]);
        expect(escapeHtml(`<${sym}>&"'`)).not.toMatch(/[<>]/);
      }),
      { numRuns: FUZZ_RUNS },
    );
    for (const kind of ["__proto__", "constructor", "toString", "__defineGetter__", "hasOwnProperty"]) {
      expect(checkDocumentSymbol("125/QĐ-SKHCN", { namedKind: kind })).toEqual([]);
    }
  });

  it("10 MB texts, 10 000-level JSON and 10 000-digit values return", () => {
    expect(reportFromJson(deepJson(10_000)).ok).toBe(false);
    expect(reportFromJson(`${'{"values":'.repeat(10_000)}1${"}".repeat(10_000)}`).ok).toBe(false);
    expect(reportFromJson(`{"agency":{"id":"${bigString(10, "x")}"}}`).ok).toBe(false);
    const digits = reportToJson({
      ...FIXTURE,
      values: { "1.1": { raw: TEN_THOUSAND_DIGITS.slice(0, 10_000) } },
    });
    const r = reportFromJson(digits);
    expect(r.ok).toBe(true);
    if (r.ok) renderReport(r.report, { to: "html" });
    const big = bigString(10, "Quyết định số 48/QĐ-SKHCN ngày 20/4/2022\n");
    expect(Array.isArray(extractDocumentReferences(big))).toBe(true);
    expect(typeof parseDocumentSymbol(bigString(10, "1/")).ok).toBe("boolean");
    // One 10 MB line (many-line inputs cost about 2–7 s per MB: linear, kept out of the default run).
    expect(Array.isArray(importAppendix(bigString(10, "1.1. 1,5% ")).rows)).toBe(true);
    expect(importReport(bigString(10, "Phụ lục ")).ok).toBe(false);
  }, 60_000);
});
