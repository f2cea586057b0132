/**
 * Runs every TSDoc `@example` block of the library and checks the values its comments promise.
 *
 * Rules (keep them simple; an example that needs more should be rewritten, not the rules extended):
 *
 * 1. Extraction. Every `.ts` file under `src/` except `src/cli/` is scanned. A block starts at an
 *    `@example` tag and ends at the next line that starts with a TSDoc `@tag` or contains `*\/`. The
 *    leading ` * ` of each line is stripped. Each block is its own test, named
 *    `<file>: <exported symbol>` (the declaration following the comment; `line N` if none is found).
 * 2. Scope. A block is transpiled with `ts.transpileModule` and run as the body of an async function
 *    whose parameters are every export of the package root (`src/index.ts`) and of `cchc/office`
 *    (`src/office/index.ts`, which the root does not re-export) plus the prelude:
 *    - `report`: the bundled example report `examples/khanh-hoa-skhcn-2022h1.json` parsed with
 *      `ReportSchema`;
 *    - `agencies`, `registry`, `reports`: the bundled roll-up example (`examples/rollup/`): the agencies
 *      of `registry.json` parsed with `AgencySchema`, `createAgencyRegistry(agencies)`, and the three
 *      departments' half-year reports (`skhcn.json`, `stp.json`, `sxd.json`) parsed with `ReportSchema`;
 *    - `q1`, `q2`, `q3`: quarterly 2022 reports of `khanh-hoa/skhcn` (periods from `reportingPeriod`)
 *      whose only rows are 3.1.4 (54, 54, 55) and 3.4.1.a (83, 100, 67);
 *    - `console`: a silent stand-in whose `log` records its arguments (examples may log; tests stay quiet).
 *    Every block gets fresh copies. The block runs inside its own `{ … }` so it may declare names that
 *    shadow these.
 * 3. Checks. A statement `expr; // <comment>` — or a statement followed by a line holding only such a
 *    comment — asserts `expr` deep-equals (`toEqual`) the comment when the comment is a JS literal
 *    (string, number, boolean, null, undefined, or an array/object literal made only of those). A literal
 *    may be followed by a remark that starts with ` (` or ` —`: `isoWeekday(d); // 2 (Tuesday)`.
 *    `const x = expr; // <literal>` asserts `x`. `expr; // throws Name` asserts that `expr` throws an
 *    instance of the exported class `Name`. Anything else — prose, a comment containing `…`, an object
 *    described partially — is not asserted, but the line still has to run without throwing.
 *    Every asserted line must actually execute (an assertion inside a branch that is not taken fails).
 * 4. Blocks that only declare typed values (`const o: DivideOptions = { … }`) just have to transpile and run.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as cchc from "../../src/index.js";
import * as office from "../../src/office/index.js";

/** The root entry plus the subpath it does not re-export (`cchc/office`, kept out of the root bundle). */
const PACKAGE_EXPORTS: Readonly<Record<string, unknown>> = { ...cchc, ...office };

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Blocks that genuinely cannot run, by test name, with the reason. Keep this nearly empty. */
const SKIP: Readonly<Record<string, string>> = {};

interface ExampleBlock {
  readonly name: string;
  readonly file: string;
  /** 1-based line of the `@example` tag. */
  readonly line: number;
  /** 1-based line of the block's first code line (the tag's line when code follows the tag). */
  readonly codeLine: number;
  readonly code: string;
}

function sourceFiles(): string[] {
  const src = join(ROOT, "src");
  return readdirSync(src, { recursive: true, encoding: "utf8" })
    .map((f) => f.replaceAll("\\", "/"))
    .filter((f) => f.endsWith(".ts") && !f.startsWith("cli/"))
    .sort()
    .map((f) => join(src, f));
}

const TAG_LINE = /^\s*\*\s*@\w+/;
const DECLARATION =
  /^\s*export\s+(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/;

function extractBlocks(): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  for (const path of sourceFiles()) {
    const file = relative(ROOT, path).replaceAll("\\", "/");
    const lines = readFileSync(path, "utf8").split("\n");
    const found: { line: number; codeLine: number; code: string[] }[] = [];
    let current: { line: number; codeLine: number; code: string[] } | undefined;
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i] ?? "";
      if (text.includes("@example")) {
        const rest = text.slice(text.indexOf("@example") + "@example".length).trim();
        current = { line: i + 1, codeLine: rest === "" ? i + 2 : i + 1, code: rest === "" ? [] : [rest] };
        found.push(current);
        continue;
      }
      if (current === undefined) continue;
      if (text.includes("*/") || TAG_LINE.test(text)) {
        current = undefined;
        continue;
      }
      current.code.push(text.replace(/^\s*\* ?/, "").replace(/^\s*\*$/, ""));
    }
    const names = new Map<string, number>();
    const symbols = found.map((b) => {
      let end = b.line - 1;
      while (end < lines.length && !(lines[end] ?? "").includes("*/")) end++;
      let next = end + 1;
      while (next < lines.length && (lines[next] ?? "").trim() === "") next++;
      const symbol = DECLARATION.exec(lines[next] ?? "")?.[1] ?? `line ${b.line}`;
      names.set(symbol, (names.get(symbol) ?? 0) + 1);
      return symbol;
    });
    found.forEach((b, k) => {
      const symbol = symbols[k] ?? `line ${b.line}`;
      const unique = (names.get(symbol) ?? 0) > 1 ? `${symbol} (line ${b.line})` : symbol;
      blocks.push({
        name: `${file}: ${unique}`,
        file,
        line: b.line,
        codeLine: b.codeLine,
        code: b.code.join("\n"),
      });
    });
  }
  return blocks;
}

type Literal = { readonly value: unknown } | undefined;

/** The value of a literal expression, or `undefined` if the node is anything else. */
function literalValue(node: ts.Expression): Literal {
  if (ts.isParenthesizedExpression(node)) return literalValue(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { value: node.text };
  if (ts.isNumericLiteral(node)) return { value: Number(node.text) };
  if (ts.isPrefixUnaryExpression(node) && ts.isNumericLiteral(node.operand)) {
    if (node.operator === ts.SyntaxKind.MinusToken) return { value: -Number(node.operand.text) };
    return undefined;
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { value: false };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { value: null };
  if (ts.isIdentifier(node) && node.text === "undefined") return { value: undefined };
  if (ts.isArrayLiteralExpression(node)) {
    const out: unknown[] = [];
    for (const element of node.elements) {
      const v = literalValue(element);
      if (v === undefined) return undefined;
      out.push(v.value);
    }
    return { value: out };
  }
  if (ts.isObjectLiteralExpression(node)) {
    const out: Record<string, unknown> = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) return undefined;
      const key = property.name;
      if (!(ts.isIdentifier(key) || ts.isStringLiteral(key) || ts.isNumericLiteral(key))) return undefined;
      const v = literalValue(property.initializer);
      if (v === undefined) return undefined;
      out[key.text] = v.value;
    }
    return { value: out };
  }
  return undefined;
}

function parseLiteral(text: string): Literal {
  const source = `(${text});`;
  const { diagnostics } = ts.transpileModule(source, { reportDiagnostics: true });
  if (diagnostics !== undefined && diagnostics.length > 0) return undefined;
  const file = ts.createSourceFile("comment.ts", source, ts.ScriptTarget.ES2022, true);
  const [statement] = file.statements;
  if (file.statements.length !== 1 || statement === undefined || !ts.isExpressionStatement(statement)) {
    return undefined;
  }
  return literalValue(statement.expression);
}

type Expectation = { readonly kind: "equal"; readonly value: unknown } | { kind: "throws"; name: string };

/** What a comment promises, per rule 3; `undefined` for prose. */
function expectationOf(comment: string): Expectation | undefined {
  const text = comment.trim();
  if (text === "" || text.includes("…")) return undefined;
  const throws = /^throws\s+([A-Za-z_$][\w$]*)\b/.exec(text);
  if (throws?.[1] !== undefined) return { kind: "throws", name: throws[1] };
  const candidates = [text];
  for (const m of text.matchAll(/\s+(?:\(|—)/g)) candidates.push(text.slice(0, m.index));
  for (const candidate of candidates) {
    const literal = parseLiteral(candidate);
    if (literal !== undefined) return { kind: "equal", value: literal.value };
  }
  return undefined;
}

interface Assertion {
  readonly id: number;
  readonly line: number;
  readonly source: string;
  readonly expectation: Expectation;
}

interface Instrumented {
  readonly js: string;
  readonly assertions: readonly Assertion[];
}

/** The comment that belongs to a statement: trailing on its line, or alone on the next line. */
function commentAfter(code: string, end: number): string | undefined {
  const trailing = ts.getTrailingCommentRanges(code, end)?.[0];
  if (trailing !== undefined) {
    if (trailing.kind !== ts.SyntaxKind.SingleLineCommentTrivia) return undefined;
    return code.slice(trailing.pos + 2, trailing.end);
  }
  const newline = code.indexOf("\n", end);
  if (newline === -1 || code.slice(end, newline).trim() !== "") return undefined;
  const nextEnd = code.indexOf("\n", newline + 1);
  const next = code.slice(newline + 1, nextEnd === -1 ? code.length : nextEnd);
  const m = /^\s*\/\/(.*)$/.exec(next);
  return m?.[1];
}

/** Rewrites asserted statements into `__check` / `__throws` calls, then transpiles to JavaScript. */
function instrument(code: string): Instrumented {
  const file = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const assertions: Assertion[] = [];
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line + 1;

  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) {
      const comment = commentAfter(code, node.end);
      const expectation = comment === undefined ? undefined : expectationOf(comment);
      if (expectation !== undefined) {
        const id = assertions.length;
        const start = node.getStart(file);
        if (ts.isExpressionStatement(node)) {
          const expr = node.expression;
          const exprText = code.slice(expr.getStart(file), expr.end);
          const call =
            expectation.kind === "throws"
              ? `__throws(${id}, () => (${exprText}))`
              : `__check(${id}, (${exprText}))`;
          edits.push({ start: expr.getStart(file), end: expr.end, text: call });
          assertions.push({ id, line: lineOf(start), source: code.slice(start, node.end), expectation });
          return;
        }
        const [declaration] = node.declarationList.declarations;
        if (
          expectation.kind === "equal" &&
          node.declarationList.declarations.length === 1 &&
          declaration !== undefined &&
          ts.isIdentifier(declaration.name)
        ) {
          edits.push({ start: node.end, end: node.end, text: ` __check(${id}, ${declaration.name.text});` });
          assertions.push({ id, line: lineOf(start), source: code.slice(start, node.end), expectation });
          return;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  let rewritten = code;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  }
  const out = ts.transpileModule(rewritten, {
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleDetection: ts.ModuleDetectionKind.Force,
      verbatimModuleSyntax: false,
    },
  });
  const errors = (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  if (errors.length > 0) throw new Error(`example does not transpile:\n${errors.join("\n")}\n---\n${code}`);
  // transpileModule adds `export {};` to a module without imports/exports; a function body cannot hold it.
  const js = out.outputText.replace(/^export \{\};\s*$/m, "");
  return { js, assertions };
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), "utf8"));
const REPORT_JSON = readJson("examples/khanh-hoa-skhcn-2022h1.json");
const REGISTRY_JSON = readJson("examples/rollup/registry.json") as { agencies: unknown[] };
const ROLLUP_JSON = ["skhcn", "stp", "sxd"].map((name) => readJson(`examples/rollup/${name}.json`));

function quarter(index: number, procedures: string, received: string): cchc.Report {
  const { kind, year, from, to } = cchc.reportingPeriod("quarter", 2022, index);
  return cchc.ReportSchema.parse({
    format: "cchc.report/1",
    agency: { id: "khanh-hoa/skhcn" },
    period: { kind, year, index, from, to },
    values: { "3.1.4": { raw: procedures }, "3.4.1.a": { raw: received } },
  });
}

/** The names every example may use besides the package's exports (see rule 2). */
function prelude(logged: unknown[][]): Record<string, unknown> {
  const agencies = REGISTRY_JSON.agencies.map((a) => cchc.AgencySchema.parse(a));
  return {
    report: cchc.ReportSchema.parse(REPORT_JSON),
    agencies,
    registry: cchc.createAgencyRegistry(agencies),
    reports: ROLLUP_JSON.map((r) => cchc.ReportSchema.parse(r)),
    q1: quarter(1, "54", "83"),
    q2: quarter(2, "54", "100"),
    q3: quarter(3, "55", "67"),
    console: {
      log: (...args: unknown[]) => {
        logged.push(args);
      },
    },
  };
}

type AsyncFn = (...args: unknown[]) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...params: string[]
) => AsyncFn;

async function runBlock(block: ExampleBlock): Promise<{ checked: number }> {
  const { js, assertions } = instrument(block.code);
  const exports = PACKAGE_EXPORTS;
  const logged: unknown[][] = [];
  const extra = prelude(logged);
  const scope: Record<string, unknown> = { ...exports, ...extra };
  const hit = new Set<number>();
  const failures: string[] = [];
  const where = (id: number) => {
    const a = assertions[id];
    return a === undefined ? `#${id}` : `${block.file}:${block.codeLine + a.line - 1} \`${a.source}\``;
  };
  scope.__check = (id: number, actual: unknown) => {
    hit.add(id);
    const a = assertions[id];
    if (a?.expectation.kind !== "equal") return;
    try {
      expect(actual, where(id)).toEqual(a.expectation.value);
    } catch (e) {
      failures.push(e instanceof Error ? e.message : String(e));
    }
  };
  scope.__throws = (id: number, thunk: () => unknown) => {
    hit.add(id);
    const a = assertions[id];
    if (a?.expectation.kind !== "throws") return;
    const ctor = exports[a.expectation.name];
    if (typeof ctor !== "function") {
      failures.push(`${where(id)}: ${a.expectation.name} is not an export of the package`);
      return;
    }
    try {
      thunk();
      failures.push(`${where(id)}: expected to throw ${a.expectation.name}, returned normally`);
    } catch (e) {
      if (!(e instanceof ctor)) failures.push(`${where(id)}: threw ${String(e)}, not ${a.expectation.name}`);
    }
  };
  const names = Object.keys(scope);
  const fn = new AsyncFunction(...names, `"use strict";\n{\n${js}\n}`);
  await fn(...names.map((n) => scope[n]));
  const missed = assertions.filter((a) => !hit.has(a.id)).map((a) => `${where(a.id)} never ran`);
  expect([...failures, ...missed].join("\n")).toBe("");
  return { checked: assertions.length };
}

const blocks = extractBlocks();
let ran = 0;
let asserted = 0;

describe("TSDoc @example blocks", () => {
  it("finds the examples (src/**/*.ts without src/cli)", () => {
    expect(blocks.length).toBeGreaterThan(250);
    expect(blocks.every((b) => !b.file.startsWith("src/cli/"))).toBe(true);
    const names = blocks.map((b) => b.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of Object.keys(SKIP)) expect(names).toContain(name);
  });

  it("the prelude does not shadow an export of the package", () => {
    const exported = new Set(Object.keys(PACKAGE_EXPORTS));
    expect(Object.keys(prelude([])).filter((n) => exported.has(n))).toEqual([]);
  });

  it("the comment rules read literals and ignore prose", () => {
    expect(expectationOf(' "1.61"')).toEqual({ kind: "equal", value: "1.61" });
    expect(expectationOf(" 2 (Tuesday)")).toEqual({ kind: "equal", value: 2 });
    expect(expectationOf(' "2026-04-26" — Giỗ Tổ')).toEqual({ kind: "equal", value: "2026-04-26" });
    expect(expectationOf(" { ok: true, value: [1, -2] }")).toEqual({
      kind: "equal",
      value: { ok: true, value: [1, -2] },
    });
    expect(expectationOf(" 0xfeff")).toEqual({ kind: "equal", value: 0xfeff });
    expect(expectationOf(" throws InvalidDecimalError (code x)")).toEqual({
      kind: "throws",
      name: "InvalidDecimalError",
    });
    expect(expectationOf(' { value: null, reason: "zero-denominator", … }')).toBeUndefined();
    expect(expectationOf(" recomputed from the summed parts")).toBeUndefined();
    expect(expectationOf(" ok: law, legislature 15")).toBeUndefined();
    expect(expectationOf(" f(1)")).toBeUndefined();
  });

  for (const block of blocks) {
    const reason = SKIP[block.name];
    if (reason !== undefined) {
      it.skip(`${block.name} — skipped: ${reason}`, () => {});
      continue;
    }
    it(block.name, async () => {
      const { checked } = await runBlock(block);
      asserted += checked;
      ran += 1;
    });
  }

  it("checks values, not just runs code", () => {
    // Runs after the blocks (vitest runs a file's tests in order): most blocks ran, and many comments were checked.
    expect(ran).toBe(blocks.length - Object.keys(SKIP).length);
    expect(asserted).toBeGreaterThan(100);
  });
});
