import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modelJsonSchemas } from "../../src/model/schemas.js";

// docs/schemas/ is the committed copy of the JSON Schemas the package ships (docs/model.md links to it);
// `npm run build` rewrites it. A schema change without the rewrite leaves the docs out of date: this fails.

const dir = new URL("../../docs/schemas/", import.meta.url);

describe("docs/schemas", () => {
  const schemas = modelJsonSchemas();
  it("holds one file per model schema, and no other", () => {
    expect(readdirSync(dir).sort()).toEqual(
      Object.keys(schemas)
        .map((n) => `${n}.json`)
        .sort(),
    );
  });
  it("matches the schemas the library builds (run `npm run build` after changing a model schema)", () => {
    for (const [name, schema] of Object.entries(schemas)) {
      expect(readFileSync(new URL(`${name}.json`, dir), "utf8"), name).toBe(
        `${JSON.stringify(schema, null, 2)}\n`,
      );
    }
  });
});
