/**
 * The rule engine: a report in, every finding out — never stopping at the first failure.
 * @module
 */
import { cachedPerFrozen } from "../catalog/frozen-cache.js";
import { BUILTIN_CATALOGS, catalogForReport } from "../catalog/lookup.js";
import type { Catalog } from "../catalog/types.js";
import type { Report } from "../model/report.js";
import { catalogVersionFindings } from "./catalog-version.js";
import { evaluateRule } from "./evaluate.js";
import { EXPLICIT_RULES, STRUCTURE_RULES } from "./explicit.js";
import type { Finding, Lang, Severity } from "./finding.js";
import { generateRules } from "./generate.js";
import { MESSAGES } from "./messages.js";
import { isPresent, type ResolvedReport, resolveValues } from "./resolve.js";
import type {
  CheckCoverage,
  CheckOptions,
  CheckResult,
  CheckStatus,
  CheckSummary,
  RuleDefinition,
  RuleSetOption,
} from "./types.js";
import { reportIssues } from "./validate.js";

/** The cache key of the default rule set (no `rules` option): frozen, like every key of the cache. */
const DEFAULT_SET: object = Object.freeze({});
const COMPILED = new WeakMap<Catalog, WeakMap<object, readonly RuleDefinition[]>>();

/**
 * Quy tắc mặc định: the rules checked for a catalog by default — the generated ones
 * ({@link generateRules}), then the explicit table ({@link EXPLICIT_RULES}), then the structure checks
 * ({@link STRUCTURE_RULES}). Computed once per deeply frozen catalog object (the built-in catalogs,
 * {@link deriveCatalog}'s results); a catalog that can still change is compiled on every call, so a
 * change to it is never hidden by a cached rule set.
 * @example
 * defaultRules(CATALOG_2022).filter((r) => r.id === "sum.parts").length; // 6
 */
export function defaultRules(catalog: Catalog): readonly RuleDefinition[] {
  return rulesFor(catalog, undefined);
}

function rulesFor(catalog: Catalog, option: RuleSetOption | undefined): readonly RuleDefinition[] {
  // cached only for a frozen catalog and a frozen (or absent) rule-set option
  return cachedPerFrozen(COMPILED, catalog, option ?? DEFAULT_SET, () => compileRules(catalog, option));
}

function compileRules(catalog: Catalog, option: RuleSetOption | undefined): readonly RuleDefinition[] {
  let rules: readonly RuleDefinition[];
  if (option === undefined) {
    rules = Object.freeze([...generateRules(catalog), ...EXPLICIT_RULES, ...STRUCTURE_RULES]);
  } else if (Array.isArray(option)) {
    rules = Object.freeze([...(option as readonly RuleDefinition[])]);
  } else {
    const o = option as { extend?: readonly RuleDefinition[]; disable?: readonly string[] };
    const off = new Set(o.disable ?? []);
    rules = Object.freeze(
      [...rulesFor(catalog, undefined), ...(o.extend ?? [])].filter((r) => !off.has(r.id) && !off.has(r.key)),
    );
  }
  return rules;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function effective(rule: RuleDefinition, date: string): boolean {
  if (rule.effectiveFrom !== undefined && date !== "" && date < rule.effectiveFrom) return false;
  if (rule.effectiveTo !== undefined && date !== "" && date > rule.effectiveTo) return false;
  return true;
}

/** Whether the rule's missing-value strategy skips it; reads stop at the first value that decides. */
function missingSkip(rule: RuleDefinition, r: ResolvedReport): boolean {
  if (rule.missing === "never-skip" || rule.reads.length === 0) return false;
  if (rule.missing === "skip-if-any-missing") {
    for (const id of rule.reads) if (!isPresent(r.get(id))) return true;
    return false;
  }
  for (const id of rule.reads) if (isPresent(r.get(id))) return false;
  return true;
}

/**
 * Row and rule without its area prefix: an importer's finding with the same key as an engine finding
 * (`import.value-in-unit-column` vs `structure.value-in-unit-column` on the same row) reports the same thing.
 */
function coverageKey(f: Finding): string {
  return `${f.code}|${f.rule.slice(f.rule.indexOf(".") + 1)}`;
}

function severityFor(
  overrides: CheckOptions["severityOverrides"],
  rule: string,
  key: string | undefined,
  fallback: Severity,
): Severity | "off" {
  if (!overrides) return fallback;
  if (key !== undefined && Object.hasOwn(overrides, key)) return overrides[key] ?? fallback;
  if (Object.hasOwn(overrides, rule)) return overrides[rule] ?? fallback;
  return fallback;
}

/** Short text of a thrown value, for a finding's message. */
function errorText(e: unknown): string {
  try {
    const s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return s.length > 200 ? `${s.slice(0, 200)}…` : s;
  } catch {
    return "unknown error";
  }
}

/** The finding that says a rule threw: severity error, the rule's key and the first cell it reads. */
function ruleFailedFinding(rule: RuleDefinition, e: unknown): Finding {
  const key = typeof rule?.key === "string" ? rule.key : String(rule?.id ?? "?");
  const reads = Array.isArray(rule?.reads)
    ? rule.reads.filter((x): x is string => typeof x === "string")
    : [];
  const cell = reads[0] ?? null;
  const messages = MESSAGES.ruleFailed(key, cell, errorText(e));
  return {
    rule: "engine.rule-failed",
    key,
    severity: "error",
    code: cell,
    codes: reads,
    message: messages.vi,
    messages,
    source: "appendix",
  };
}

/** Where {@link applyRules} writes: the findings, and the counts of rules run, skipped and failed. */
interface RuleRun {
  overrides: CheckOptions["severityOverrides"];
  lang: Lang;
  findings: Finding[];
  summary: CheckSummary;
  coverage: CheckCoverage;
}

/** Runs `rules` on a report already read: their findings, skips and failures (unsorted). */
function applyRules(
  rules: readonly RuleDefinition[],
  resolved: ResolvedReport,
  date: string,
  run: RuleRun,
): void {
  const { overrides, lang, findings, summary, coverage } = run;
  for (const rule of rules) {
    let result: ReturnType<typeof evaluateRule> | "not-effective";
    try {
      if (!effective(rule, date)) result = "not-effective";
      else if (missingSkip(rule, resolved)) result = "missing";
      else result = evaluateRule(rule, resolved);
    } catch (e) {
      // a rule that throws (a bug, or a malformed custom rule) must not stop the others, and must not
      // pass for a rule skipped for missing data: it is a finding, and the check is incomplete
      coverage.failed++;
      const f = ruleFailedFinding(rule, e);
      const severity = severityFor(overrides, f.rule, f.key, "error");
      if (severity !== "off") findings.push({ ...f, severity, message: f.messages[lang] });
      continue;
    }
    if (result === "not-effective") {
      summary.skipped.push({ key: rule.key, rule: rule.id, reason: "not-effective" });
      continue;
    }
    if (result === "missing") {
      summary.skipped.push({ key: rule.key, rule: rule.id, reason: "missing" });
      continue;
    }
    summary.rulesRun++;
    for (const d of result) {
      const severity = severityFor(overrides, d.rule, rule.key, d.severity ?? rule.severity);
      if (severity === "off") continue;
      const f: Finding = {
        rule: d.rule,
        key: rule.key,
        severity,
        code: d.code,
        codes: d.codes,
        message: d.messages[lang],
        messages: d.messages,
        source: "appendix",
      };
      if (d.expected) f.expected = d.expected;
      if (d.actual) f.actual = d.actual;
      findings.push(f);
    }
  }
}

/** A check's counts before any rule ran. */
function emptyCounts(): { summary: CheckSummary; coverage: CheckCoverage } {
  return {
    summary: { errors: 0, warnings: 0, infos: 0, rulesRun: 0, rulesSkipped: 0, skipped: [] },
    coverage: { values: 0, known: 0, checked: 0, skipped: 0, failed: 0 },
  };
}

/**
 * @internal The findings that `rules` give on a report already read — no validation, no catalog-version
 * findings, no sorting. The roll-up runs the rules behind a parent's findings on each unit's report to
 * say which units share them; a finding here is the one {@link checkReport} gives for the same rule.
 */
export function findingsOfRules(
  resolved: ResolvedReport,
  rules: readonly RuleDefinition[],
  date: string,
  lang: Lang = "vi",
): Finding[] {
  const findings: Finding[] = [];
  const { summary, coverage } = emptyCounts();
  applyRules(rules, resolved, date, { overrides: undefined, lang, findings, summary, coverage });
  return findings;
}

/**
 * Kiểm tra báo cáo: checks a report against its appendix catalog and returns every finding — sums,
 * subsets ("trong đó"), rates (consistent / truncated / wrong, interval-aware), rates over a zero or
 * blank denominator, derivable blanks, cross-row equalities, compulsory and exclusive pairs, and
 * per-row structure. Values are read once by the library's one resolver ({@link resolveValues}); each
 * rule runs independently, so a broken row never hides another finding. Rules whose values are missing
 * are skipped (default strategy: skip if any value is missing) and listed in `summary.skipped`.
 *
 * The result says what was checked (`status`, `coverage`): a value that is not a valid report gives
 * `invalid-report` with its `issues` (in Vietnamese and English) and runs no rule; a report with no value
 * the catalog knows gives `nothing-to-check`; a rule that throws becomes an `engine.rule-failed` finding
 * (error) and the status `incomplete`. `ok` is true only for `checked` with no error. Never throws.
 * @example
 * const r = checkReport(report, { lang: "en" });
 * r.ok; // false
 * r.status; // "checked"
 * r.findings.find((f) => f.code === "2.1")?.message;
 * // "Indicator 2.1 reports 0 but its parts (2.1.1, 2.1.2) add up to 2."
 * checkReport({} as Report).status; // "invalid-report"
 */
export function checkReport(report: Report, options: CheckOptions = {}): CheckResult {
  const lang: Lang = options.lang === "en" ? "en" : "vi";
  const { catalog, named } = catalogForReport(report, options);
  const findings: Finding[] = [];
  const { summary, coverage } = emptyCounts();
  const issues = reportIssues(report);
  if (issues.length > 0) {
    const values = report && typeof report === "object" ? report.values : undefined;
    coverage.values = values && typeof values === "object" ? Object.keys(values).length : 0;
    return {
      ok: false,
      status: "invalid-report",
      coverage,
      issues,
      catalogVersion: catalog.version,
      findings,
      summary,
    };
  }
  const resolved = resolveValues(report, catalog);
  const rules = rulesFor(catalog, options.rules);
  const date = typeof report?.period?.to === "string" ? report.period.to : "";
  const overrides = options.severityOverrides;

  if (!named && typeof report?.catalogVersion === "string") {
    const messages = MESSAGES.unknownCatalogVersion(report.catalogVersion, catalog.version);
    const severity = severityFor(overrides, "structure.unknown-catalog-version", undefined, "warning");
    if (severity !== "off") {
      findings.push({
        rule: "structure.unknown-catalog-version",
        severity,
        code: null,
        codes: [],
        actual: { value: report.catalogVersion },
        expected: { value: catalog.version },
        message: messages[lang],
        messages,
        source: "appendix",
      });
    }
  }

  if (!options.catalog) {
    for (const f of catalogVersionFindings(report, catalog, {
      lang,
      catalogs: options.catalogs ?? BUILTIN_CATALOGS,
    })) {
      const severity = severityFor(overrides, f.rule, undefined, f.severity);
      if (severity !== "off") findings.push({ ...f, severity });
    }
  }

  applyRules(rules, resolved, date, { overrides, lang, findings, summary, coverage });

  // An importer may report an oddity the structure rules also report (`import.value-in-unit-column` and
  // `structure.value-in-unit-column` on 7.5.3.a): keep the engine's, which carries the checked values.
  const imported = options.importFindings;
  if (imported !== undefined && imported.length > 0) {
    const covered = new Set(findings.map(coverageKey));
    for (const f of imported) {
      if (f.source === "import" && covered.has(coverageKey(f))) continue;
      const severity = severityFor(overrides, f.rule, f.key, f.severity);
      if (severity === "off") continue;
      findings.push({ ...f, severity, message: f.messages[lang] });
    }
  }

  const order = resolved.index.order;
  const pos = (code: string | null) => (code === null ? -1 : (order.get(code) ?? Number.MAX_SAFE_INTEGER));
  findings.sort(
    (a, b) =>
      pos(a.code) - pos(b.code) ||
      cmp(a.code ?? "", b.code ?? "") ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      cmp(a.rule, b.rule) ||
      cmp(a.key ?? "", b.key ?? ""),
  );
  for (const f of findings) {
    if (f.severity === "error") summary.errors++;
    else if (f.severity === "warning") summary.warnings++;
    else summary.infos++;
  }
  summary.rulesSkipped = summary.skipped.length;
  coverage.values = resolved.values.size;
  coverage.checked = summary.rulesRun;
  coverage.skipped = summary.rulesSkipped;
  let anyKnownValue = false;
  for (const v of resolved.values.values()) {
    if (v.row === undefined) continue;
    coverage.known++;
    if (v.kind !== "blank") anyKnownValue = true;
  }
  const status: CheckStatus =
    coverage.failed > 0 ? "incomplete" : anyKnownValue ? "checked" : "nothing-to-check";
  return {
    ok: status === "checked" && summary.errors === 0,
    status,
    coverage,
    catalogVersion: catalog.version,
    findings,
    summary,
  };
}

/**
 * Phát hiện mã trùng: the finding an importer raises when a report prints the same indicator code more
 * than once (`structure.duplicate-code`, warning, source `import`); pass it to {@link checkReport} with
 * `importFindings`.
 * @example
 * const f = duplicateCodeFinding("2.1.1", 2, "en");
 * f.message; // "Indicator 2.1.1 appears 2 times; only one value is used."
 */
export function duplicateCodeFinding(code: string, count: number, lang: Lang = "vi"): Finding {
  const messages = MESSAGES.duplicateCode(code, count);
  return {
    rule: "structure.duplicate-code",
    severity: "warning",
    code,
    codes: [code],
    actual: { value: String(count), description: "occurrences" },
    expected: { value: "1", description: "occurrences" },
    message: messages[lang === "en" ? "en" : "vi"],
    messages,
    source: "import",
  };
}
