import { extractDocumentReferences } from "../../io/references.js";
import type { Command } from "../command.js";
import { readTextFile } from "../input.js";

/** `cchc refs <file>`: lists the document references found in a report's text, parsed. */
export const refsCommand: Command = {
  name: "refs",
  summary: "Liệt kê văn bản được trích dẫn / list the documents a report cites",
  usage: "refs <file> [--format text|json]",
  options: {
    format: { type: "string", choices: ["text", "json"], default: "text", help: "output format" },
  },
  positionals: { min: 1, max: 1 },
  async run({ positionals, values, io }) {
    const text = await readTextFile(io, positionals[0] as string);
    const refs = extractDocumentReferences(text);
    if (values.format === "json") {
      io.stdout(`${JSON.stringify(refs, null, 2)}\n`);
      return 0;
    }
    for (const r of refs) {
      io.stdout(
        `${(r.kind ?? "-").padEnd(22)}  ${r.symbol.padEnd(24)}  ${(r.date ?? "").padEnd(10)}  ${r.parsed.kind}${r.parsed.type ? ` ${r.parsed.type}` : ""}\n`,
      );
    }
    io.stdout(`${refs.length} tham chiếu / references\n`);
    return 0;
  },
};
