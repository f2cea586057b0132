/**
 * What the Dossiers tab does with a file, without the DOM: read it as `cchc dossiers` does
 * (`readFileText` of `cchc/office`: text in any encoding `decodeText` reads, an `.xlsx` as the TSV of
 * its first sheet), import the table, check it with `checkDossierTable`, and place each finding beside
 * the row of its unit. Pure functions, tested in Node.
 */

import type { DossierColumn } from "cchc/io";
import { importDossierTable } from "cchc/io";
import type { DossierFlow } from "cchc/model";
import { readFileText } from "cchc/office";
import { checkDossierTable, type DossierTableCheck } from "cchc/rollup";
import type { Finding, Lang } from "cchc/rules";
import { MAX_FILE_BYTES } from "./read-file.js";

/** A dossier table checked, or why it could not be read. Never thrown. */
export type DossierOutcome =
  | { ok: true; check: DossierTableCheck<DossierColumn> }
  | { ok: false; message: { vi: string; en: string } };

/**
 * Reads and checks a dossier table's bytes as `cchc dossiers <file> --profile <profile>` does: an
 * empty, oversized, binary or office file that is not a table, or a text without a dossier table, is a
 * message in both languages naming the file.
 */
export function checkDossierBytes(
  bytes: Uint8Array,
  name: string,
  options: { profile: string; lang: Lang },
): DossierOutcome {
  const named = (vi: string, en: string) => ({
    ok: false as const,
    message: { vi: `“${name}” — ${vi}`, en: `“${name}” — ${en}` },
  });
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return named("tệp rỗng.", "the file is empty.");
  if (bytes.length > MAX_FILE_BYTES) {
    return named("tệp quá lớn (hơn 20 MB).", "the file is too large (over 20 MB).");
  }
  try {
    const text = readFileText(bytes, { filename: name });
    if (!text.ok) return named(text.error.message.vi, text.error.message.en);
    const imported = importDossierTable(text.text, { profile: options.profile, lang: options.lang });
    if (!imported.ok) return named(imported.error.message.vi, imported.error.message.en);
    return { ok: true, check: checkDossierTable(imported, options) };
  } catch (e) {
    // The library returns typed results; this only keeps the page from getting stuck.
    const why = e instanceof Error ? e.message : String(e);
    return named(`lỗi không mong đợi: ${why}`, `unexpected error: ${why}`);
  }
}

/** One row of the dossier table on the page: the record and the findings about its unit. */
export interface DossierLine {
  flow: DossierFlow;
  /** Index into `check.rates.rows`. */
  index: number;
  findings: Finding[];
}

/** The findings of a dossier check placed beside their rows. */
export interface PlacedDossierFindings {
  lines: DossierLine[];
  /** Findings about no row of the table (import findings, the table as a whole). */
  general: Finding[];
}

/**
 * Places each finding on the first row of the unit it names (`units[0]`); the rest are general. Every
 * finding is placed exactly once, in the check's order.
 */
export function placeDossierFindings(check: DossierTableCheck): PlacedDossierFindings {
  const lines: DossierLine[] = check.rows.map((flow, index) => ({ flow, index, findings: [] }));
  const byUnit = new Map<string, DossierLine>();
  for (const line of lines) if (!byUnit.has(line.flow.unit)) byUnit.set(line.flow.unit, line);
  const general: Finding[] = [];
  for (const f of check.findings) {
    const unit = f.units?.[0];
    const line = unit === undefined ? undefined : byUnit.get(unit);
    if (line) line.findings.push(f);
    else general.push(f);
  }
  return { lines, general };
}
