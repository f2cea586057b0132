import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodFromOptions, periodIdOf } from "../../src/cli/options.js";
import { argsWithNegativeNumbers, runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";
import { parseVietnameseNumber } from "../../src/numbers/parse.js";
import { classifyPublicServiceUnit } from "../../src/numbers/public-units.js";
import { rate } from "../../src/numbers/rate.js";

async function cli(args: string[], files: Record<string, string | Uint8Array> = {}) {
  const m = memoryIO(files);
  const code = await runCli(args, m.io);
  return { code, out: m.stdout, err: m.stderr };
}

const oneLine = (err: string) => err.replace(/\n$/, "").split("\n").length === 1;

describe("negative numbers on the command line", () => {
  it("`deadline --days -1` gets our message that days must be ≥ 0, not the parser's", async () => {
    const r = await cli(["deadline", "--received", "2026-02-13T09:00:00+07:00", "--days", "-1"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--days phải là số nguyên ≥ 0");
    expect(r.err).toContain("--days must be an integer ≥ 0");
    expect(r.err).not.toMatch(/ambiguous|Did you forget/);
    expect(oneLine(r.err)).toBe(true);
  });
  it("`deadline --days 3` still works (no rewriting without a negative number)", async () => {
    const r = await cli(["deadline", "--received", "2026-02-13T09:00:00+07:00", "--days", "3"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/^2026-02-\d\d/);
  });
  it("`rate 10 -3` and `rate -3 10` get our message that both must be ≥ 0", async () => {
    for (const args of [
      ["rate", "10", "-3"],
      ["rate", "-3", "10"],
      ["rate", "10", "--", "-3"],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toContain("tử số và mẫu số phải ≥ 0");
      expect(r.err).toContain("numerator and denominator must be ≥ 0");
      expect(r.err).not.toContain("Unknown option");
    }
  });
  it("a negative number is a value where it makes sense: `parse-number -1,5` reads −1.5", async () => {
    const r = await cli(["parse-number", "-1,5"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("value: -1.5");
  });
  it("an unknown option that is not a number is still refused, with our bilingual line", async () => {
    const r = await cli(["rate", "-x", "3"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("tùy chọn không tồn tại: -x");
    expect(r.err).toContain("unknown option -x");
  });
  it("an option without its value gets our line", async () => {
    const r = await cli(["deadline", "--received", "2026-02-13T09:00:00+07:00", "--days"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("option --days needs a value");
  });
  it("argsWithNegativeNumbers keeps positionals in order and gives values to string options", () => {
    const opts = {
      days: { type: "string" as const },
      x: { type: "boolean" as const },
      out: { type: "string" as const, short: "o" },
    };
    expect(argsWithNegativeNumbers(["a", "-3", "b"], opts)).toEqual(["--", "a", "-3", "b"]);
    expect(argsWithNegativeNumbers(["--days", "-1", "--x", "7"], opts)).toEqual([
      "--days=-1",
      "--x",
      "--",
      "7",
    ]);
    expect(argsWithNegativeNumbers(["-o", "-2", "1"], opts)).toEqual(["-o-2", "--", "1"]);
    expect(argsWithNegativeNumbers(["1", "--", "-x", "-3"], opts)).toEqual(["--", "1", "-x", "-3"]);
    expect(argsWithNegativeNumbers(["--days", "3", "-x"], opts)).toEqual(["--days", "3", "-x"]);
  });
  it("argsWithNegativeNumbers: positionals come out in their order, whatever the options between them", () => {
    const word = fc.stringMatching(/^[a-z0-9][a-z0-9.,]{0,4}$/);
    const neg = fc.integer({ min: 1, max: 999 }).map((n) => `-${n}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(word, neg, fc.constant("--x")), { maxLength: 8 }), (args) => {
        const out = argsWithNegativeNumbers(args, { x: { type: "boolean" } });
        const cut = out.indexOf("--");
        const positionals = cut < 0 ? out.filter((a) => a !== "--x") : out.slice(cut + 1);
        expect(positionals).toEqual(args.filter((a) => a !== "--x"));
      }),
    );
  });
});

describe("number arguments agree with the API", () => {
  it("`unit-group 9.999` names both readings and their groups (vi 9999 → 2, en 9.999 → 4), exit 2", async () => {
    const r = await cli(["unit-group", "9.999"]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(true);
    const vi = parseVietnameseNumber("9.999");
    if (!vi.ok || vi.value.kind !== "number") throw new Error("unexpected parse");
    const g = (x: string) => {
      const c = classifyPublicServiceUnit({ ratioPercent: x, selfFinancesInvestment: false });
      return c.ok ? c.group : "?";
    };
    expect(r.err).toContain(`--locale vi: ${vi.value.value} → nhóm ${g(vi.value.value)}`);
    expect(r.err).toContain(`--locale en: 9.999 → group ${g("9.999")}`);
    expect(g("9.999")).toBe("4");
  });
  it("with --locale the answer is the API's for that reading", async () => {
    const en = await cli(["unit-group", "9.999", "--locale", "en", "--format", "json"]);
    expect(JSON.parse(en.out).group).toBe(
      (
        classifyPublicServiceUnit({ ratioPercent: "9.999", selfFinancesInvestment: false }) as {
          group: string;
        }
      ).group,
    );
    const vi = await cli(["unit-group", "9.999", "--locale", "vi", "--format", "json"]);
    expect(JSON.parse(vi.out).group).toBe("2");
  });
  it("an unambiguous ratio answers at once with no note", async () => {
    const r = await cli(["unit-group", "25", "--format", "json"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(JSON.parse(r.out)).toMatchObject({ group: "3", band: "10-30" });
  });
  it("an ambiguity that does not change the answer answers, with the API's note on stderr", async () => {
    const r = await cli(["rate", "20.000", "40.000"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${(rate("20000", "40000") as { value: string }).value}\n`);
    const p = parseVietnameseNumber("20.000");
    if (!p.ok || p.value.kind !== "number" || !p.value.ambiguity) throw new Error("expected an ambiguity");
    expect(r.err).toContain(p.value.ambiguity.reason.vi);
    expect(r.err).toContain(p.value.ambiguity.reason.en);
  });
  it("an ambiguity that changes a rate is refused", async () => {
    const r = await cli(["rate", "1.234", "2"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("61700.00");
    expect(r.err).toContain("61.70");
  });
});

describe("periods from the command line", () => {
  it("reads every form officers type", () => {
    expect(periodIdOf("2021-05")).toBe("2021M05");
    expect(periodIdOf("2021m5")).toBe("2021M05");
    expect(periodIdOf("2021Q3")).toBe("2021Q3");
    expect(periodIdOf("2021-q3")).toBe("2021Q3");
    expect(periodIdOf("2021H1")).toBe("2021H1");
    expect(periodIdOf("2021")).toBe("2021");
    expect(periodIdOf("2021-9M")).toBe("2021N9");
    expect(periodIdOf("2021N9")).toBe("2021N9");
    for (const bad of ["21-05", "2021/05", "Q3 2021", "2021-", "2021H"])
      expect(periodIdOf(bad), bad).toBeNull();
  });
  it("gives the NĐ 09/2019 window by default and calendar months with --calendar-window", () => {
    expect(periodFromOptions({ period: "2021-05" })).toEqual({
      kind: "month",
      year: 2021,
      index: 5,
      from: "2021-04-15",
      to: "2021-05-14",
    });
    expect(periodFromOptions({ period: "2021-05", "calendar-window": true })).toMatchObject({
      from: "2021-05-01",
      to: "2021-05-31",
    });
    expect(periodFromOptions({ period: "2021-9M" })).toEqual({
      kind: "nine-months",
      year: 2021,
      from: "2020-12-15",
      to: "2021-09-14",
    });
    expect(periodFromOptions({ from: "2019-12-01", to: "2020-02-29" })).toEqual({
      kind: "custom",
      year: 2020,
      from: "2019-12-01",
      to: "2020-02-29",
    });
    expect(periodFromOptions({})).toBeUndefined();
  });
  it("refuses bad and conflicting forms with bilingual lines", () => {
    const cases: [Record<string, string>, string][] = [
      [{ period: "2021-13" }, "invalid period"],
      [{ period: "2021Q5" }, "invalid period"],
      [{ period: "1800" }, "invalid period"],
      [{ from: "2021-01-01" }, "needs both --from and --to"],
      [{ from: "2021-03-01", to: "2021-01-01" }, "is after"],
      [{ from: "2021-02-30", to: "2021-03-01" }, "invalid date"],
      [{ period: "2021", from: "2021-01-01", to: "2021-02-01" }, "not both"],
    ];
    for (const [values, en] of cases) {
      expect(() => periodFromOptions(values), JSON.stringify(values)).toThrow(en);
      try {
        periodFromOptions(values);
      } catch (e) {
        expect((e as Error).message).toMatch(/ \/ /);
      }
    }
  });
  it("check --period 2022-05 checks the month's window; --from/--to a custom one", async () => {
    const text =
      "Mã\tChỉ tiêu\tĐơn vị\tSố liệu\n1.2.a\tSố nhiệm vụ\tNhiệm vụ\t27\n1.2.b\tSố đã hoàn thành\tNhiệm vụ\t10\n";
    const month = await cli(["check", "a.tsv", "--period", "2022-05", "--agency", "x"], { "a.tsv": text });
    expect(month.code).toBe(0);
    expect(month.out).toContain("month 2022 (2022-04-15 → 2022-05-14)");
    const custom = await cli(
      ["check", "a.tsv", "--from", "2022-01-01", "--to", "2022-06-30", "--agency", "x"],
      {
        "a.tsv": text,
      },
    );
    expect(custom.out).toContain("custom 2022 (2022-01-01 → 2022-06-30)");
    const none = await cli(["check", "a.tsv", "--agency", "x"], { "a.tsv": text });
    expect(none.code).toBe(2);
  });
});

describe("--calendar-window and periods on other commands", () => {
  const text = readFileSync(new URL("../../examples/khanh-hoa-skhcn-2022h1.txt", import.meta.url), "utf8");
  it("a title's period takes calendar months with --calendar-window, NĐ 09 cut-offs without", async () => {
    const nd09 = await cli(["check", "r.txt"], { "r.txt": text });
    expect(nd09.out.split("\n")[0]).toContain("(2021-12-15 → 2022-06-14)");
    const cal = await cli(["check", "r.txt", "--calendar-window"], { "r.txt": text });
    expect(cal.out.split("\n")[0]).toContain("(2022-01-01 → 2022-06-30)");
  });
  it("rollup reads TSV files without a period when given --period, and not without", async () => {
    const tsv = (n: number) =>
      `Mã\tChỉ tiêu\tĐơn vị\tSố liệu\n1.2.a\tSố nhiệm vụ\tNhiệm vụ\t${n}\n1.2.b\tSố đã hoàn thành\tNhiệm vụ\t10\n`;
    const given = { "a.tsv": tsv(27), "b.tsv": tsv(30) };
    const r = await cli(["rollup", "p", "a.tsv", "b.tsv", "--period", "2022Q3", "--format", "json"], given);
    expect(r.err).not.toContain("period");
    const out = JSON.parse(r.out);
    expect(out.report.period).toMatchObject({
      kind: "quarter",
      index: 3,
      from: "2022-06-15",
      to: "2022-09-14",
    });
    const without = await cli(["rollup", "p", "a.tsv", "b.tsv"], given);
    expect(without.code).toBe(2);
  });
});
