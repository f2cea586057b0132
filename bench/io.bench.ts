/**
 * `cchc/io` benchmarks.
 * - io.import-appendix: importing the reference appendix text (rows mapped to the catalog, findings)
 *   against a plain split of the same text into cells — the floor any importer must pay.
 * - io.import-hostile.*: `importReport` on hostile input — long lines without tabs, thousands of "Phụ
 *   lục" headings, one row repeated — in MB/s, against a plain split of the same text into lines and
 *   tab cells, with the time at twice the size to show the import stays linear. Target (issue 14):
 *   ≥ 5 MB/s on each.
 */
import { readFileSync } from "node:fs";
import { importAppendix, importReport } from "../src/io/index.js";
import { type BenchResult, compare, measure } from "./harness.js";

const TEXT = readFileSync(new URL("../test/fixtures/appendix-khanh-hoa-2022h1.txt", import.meta.url), "utf8");
const MB = 1024 * 1024;

/** Builds a text of about `bytes` characters by repeating `unit`, after an optional head. */
function repeatTo(unit: string, bytes: number, head = ""): string {
  return head + unit.repeat(Math.max(1, Math.ceil((bytes - head.length) / unit.length)));
}

const HEAD = "SỞ TƯ PHÁP\n\nBÁO CÁO\nCông tác cải cách hành chính 6 tháng đầu năm 2022\n\n";
const HOSTILE: Record<string, (bytes: number) => string> = {
  // one 20 000-character line of prose after another: no tabs, commas everywhere
  "long-lines": (b) =>
    repeatTo(
      `${"Trong kỳ, Sở đã ban hành văn bản chỉ đạo, điều hành, kiểm tra, rà soát thủ tục. ".repeat(250)}\n`,
      b,
      HEAD,
    ),
  // thousands of "Phụ lục" headings, most with no table under them
  "phu-luc-headings": (b) => repeatTo("Phụ lục\nTHỐNG KÊ SỐ LIỆU\n\n", b, HEAD),
  // the same coded row again and again under one heading
  "one-row-repeated": (b) =>
    repeatTo("1.1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t15\tghi chú\n", b, `${HEAD}Phụ lục\n`),
};

export async function run(): Promise<BenchResult[]> {
  const n = 200;
  let sink = 0;
  const subject = measure("importAppendix", n, () => {
    for (let i = 0; i < n; i++) sink += importAppendix(TEXT).rows.length;
  });
  const baseline = measure("split lines + tabs", n, () => {
    for (let i = 0; i < n; i++) sink += TEXT.split("\n").map((l) => l.split("\t")).length;
  });
  const out: BenchResult[] = [
    compare(
      "io.import-appendix",
      "appendix",
      subject,
      baseline,
      "informative: cost of matching over splitting",
    ),
  ];
  const size = Number(process.env.CCHC_BENCH_IO_MB ?? "1") * MB;
  for (const [name, make] of Object.entries(HOSTILE)) {
    const text = make(size);
    const twice = make(2 * size);
    const mb = text.length / MB;
    // five timed repeats per side (best kept): one import takes a tenth of a second, and a shared
    // machine's hiccups are of that size
    const s = measure("importReport", mb, () => (sink += importReport(text).rows.length), 5);
    const b = measure(
      "split lines + tabs",
      mb,
      () => (sink += text.split("\n").map((l) => l.split("\t")).length),
      5,
    );
    const s2 = measure("importReport ×2", 2 * mb, () => (sink += importReport(twice).rows.length), 5);
    // CPU time of the best of five single imports: on a shared machine wall time includes waiting for a core
    let cpuMs = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const c0 = process.cpuUsage();
      sink += importReport(text).rows.length;
      const c = process.cpuUsage(c0);
      cpuMs = Math.min(cpuMs, (c.user + c.system) / 1000);
    }
    out.push(
      compare(`io.import-hostile.${name}`, "MB", s, b, "≥ 5 MB/s", {
        chars: text.length,
        cpuMBperS: Number((mb / (cpuMs / 1000)).toFixed(1)),
        msAt1x: Math.round(s.ms),
        msAt2x: Math.round(s2.ms),
        growthAt2x: Number((s2.ms / s.ms).toFixed(2)),
      }),
    );
  }
  if (sink < 0) console.log(sink);
  return out;
}
