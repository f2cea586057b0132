import { describe, expect, it } from "vitest";
import { checkReport, checkResultToJson } from "../../src/rules/index.js";
import { mk } from "./report-builder.js";

// `cchc check --format json` and the checker page print this text: the same result gives the same bytes.

describe("checkResultToJson", () => {
  it("writes the result's keys in a fixed order, indented by two spaces, with a final newline", () => {
    const r = checkReport(mk({ "2.1": "3", "2.1.1": "2", "2.1.2": "0" }));
    const text = checkResultToJson(r);
    expect(Object.keys(JSON.parse(text))).toEqual([
      "ok",
      "status",
      "coverage",
      "catalogVersion",
      "findings",
      "summary",
    ]);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(r)));
    expect(
      text.startsWith('{\n  "ok": false,\n  "status": "checked",\n  "coverage": {\n    "values": 3,'),
    ).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.endsWith("}\n\n")).toBe(false);
  });

  it("puts the issues of an invalid report after the coverage, whatever order the result has", () => {
    const r = checkReport({} as never);
    const { summary, findings, ...rest } = r;
    const reordered = { summary, findings, ...rest };
    expect(Object.keys(JSON.parse(checkResultToJson(reordered)))).toEqual([
      "ok",
      "status",
      "coverage",
      "issues",
      "catalogVersion",
      "findings",
      "summary",
    ]);
    expect(JSON.parse(checkResultToJson(r)).issues).toEqual(r.issues);
    expect(checkResultToJson(reordered)).toBe(checkResultToJson(r));
  });
});
