import { BUILTIN_CATALOGS, findCatalogVersion, undatedCatalog } from "../../catalog/lookup.js";
import type { Command } from "../command.js";
import { CliError } from "../errors.js";

/** `cchc catalog`: lists the appendix catalog (text table or JSON). */
export const catalogCommand: Command = {
  name: "catalog",
  summary: "Liệt kê các chỉ tiêu của phụ lục / list the appendix catalog",
  usage: "catalog [--format text|json] [--version <v>] [--lang vi|en]",
  options: {
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
    version: { type: "string", help: "catalog version (default: the newest)" },
    lang: { type: "string", choices: ["vi", "en"], default: "vi", help: "language of names in text output" },
  },
  positionals: { min: 0, max: 0 },
  run({ values, io }) {
    const version = values.version as string | undefined;
    const catalog = version ? findCatalogVersion(version) : undatedCatalog();
    if (!catalog) {
      throw new CliError(
        `không có phiên bản mẫu phụ lục "${version}" (có: ${BUILTIN_CATALOGS.map((c) => c.version).join(", ")})`,
        `no catalog version "${version}" (available: ${BUILTIN_CATALOGS.map((c) => c.version).join(", ")})`,
      );
    }
    if (values.format === "json") {
      const rows = catalog.rows.map((r) => ({
        id: r.id,
        code: r.code,
        parent: r.parent,
        name: { vi: r.name.vi, en: r.name.en },
        unit: r.unit ? r.unit.vi : null,
        kind: r.kind,
      }));
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const lang = values.lang === "en" ? "en" : "vi";
    const idWidth = Math.max(...catalog.rows.map((r) => r.id.length));
    io.stdout(`# ${catalog.version} (from ${catalog.effectiveFrom}) — ${catalog.source}\n`);
    for (const r of catalog.rows) {
      const depth = r.id.split(".").length - 1;
      io.stdout(
        `${r.id.padEnd(idWidth)}  ${r.kind.padEnd(5)}  ${"  ".repeat(depth)}${r.name[lang]}${r.unit ? ` [${r.unit[lang]}]` : ""}\n`,
      );
    }
    return 0;
  },
};
