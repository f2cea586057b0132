/**
 * `cchc/io` benchmarks: importing the reference appendix text (rows mapped to the catalog, findings)
 * against a plain split of the same text into cells — the floor any importer must pay.
 */
import { readFileSync } from "node:fs";
import { importAppendix } from "../src/io/index.js";
import { type BenchResult, compare, measure } from "./harness.js";

const TEXT = readFileSync(new URL("../test/fixtures/appendix-khanh-hoa-2022h1.txt", import.meta.url), "utf8");

export async function run(): Promise<BenchResult[]> {
  const n = 200;
  let sink = 0;
  const subject = measure("importAppendix", n, () => {
    for (let i = 0; i < n; i++) sink += importAppendix(TEXT).rows.length;
  });
  const baseline = measure("split lines + tabs", n, () => {
    for (let i = 0; i < n; i++) sink += TEXT.split("\n").map((l) => l.split("\t")).length;
  });
  if (sink < 0) console.log(sink);
  return [
    compare(
      "io.import-appendix",
      "appendix",
      subject,
      baseline,
      "informative: cost of matching over splitting",
    ),
  ];
}
