// Writes the JSON Schema of every model type to schemas/ (shipped in the package as cchc/schemas/*.json)
// and docs/schemas/ (the docs copy, committed; a test checks it is current). Runs after tsup.
import { mkdir, writeFile } from "node:fs/promises";
import { modelJsonSchemas } from "../dist/model.js";

const schemas = modelJsonSchemas();
for (const dir of ["schemas", "docs/schemas"]) {
  await mkdir(dir, { recursive: true });
  for (const [name, schema] of Object.entries(schemas)) {
    await writeFile(`${dir}/${name}.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }
}
console.log(`wrote ${Object.keys(schemas).length} JSON Schemas to schemas/ and docs/schemas/`);
