// Checker page budget (documented in docs/quality.md): builds the page (site/build.mjs) and compares
// the size of its inlined script, minified, raw and gzipped, with the budgets below. The page carries
// the library and zod (the schemas validate a JSON report) but none of zod's other locales, and cchc/office
// with fflate (reading .docx/.xlsx and legacy encodings, writing the .xlsx download).
import { buildSite } from "../site/build.mjs";

/** Budgets in bytes. */
const BUDGET = { raw: 525_000, gzip: 172_000 };

const r = await buildSite();
const ok = r.jsBytes <= BUDGET.raw && r.jsGzipBytes <= BUDGET.gzip;
console.log(
  `checker page script: ${r.jsBytes} B minified (budget ${BUDGET.raw}), ${r.jsGzipBytes} B gzipped (budget ${BUDGET.gzip}); whole page ${r.htmlBytes} B — ${ok ? "ok" : "OVER BUDGET"}`,
);
process.exit(ok ? 0 : 1);
