import type { Finding, FindingSource, FindingValue, Lang, Severity } from "../rules/finding.js";

/** Builds a {@link Finding} (internal helper of `cchc/io`). */
export function makeFinding(input: {
  rule: string;
  severity: Severity;
  source: FindingSource;
  lang: Lang;
  vi: string;
  en: string;
  code?: string | null;
  codes?: string[];
  expected?: FindingValue;
  actual?: FindingValue;
  excerpt?: string;
}): Finding {
  const code = input.code ?? null;
  const f: Finding = {
    rule: input.rule,
    severity: input.severity,
    code,
    codes: input.codes ?? (code === null ? [] : [code]),
    message: input.lang === "en" ? input.en : input.vi,
    messages: { vi: input.vi, en: input.en },
    source: input.source,
  };
  if (input.expected) f.expected = input.expected;
  if (input.actual) f.actual = input.actual;
  if (input.excerpt !== undefined) f.excerpt = input.excerpt;
  return f;
}
