import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";

async function cli(args: string[]) {
  const m = memoryIO();
  const code = await runCli(args, m.io);
  return { code, out: m.stdout, err: m.stderr };
}

describe("calendar commands", () => {
  it("cchc lunar", async () => {
    expect(await cli(["lunar", "2026-02-17", "--format", "json"])).toMatchObject({
      code: 0,
      out: '{"year":2026,"month":1,"day":1,"leap":false}\n',
    });
    expect((await cli(["lunar", "2020-05-23"])).out).toContain("nhuận");
  });
  it("cchc solar", async () => {
    expect(await cli(["solar", "2020", "4", "1", "--leap"])).toMatchObject({ code: 0, out: "2020-05-23\n" });
    expect((await cli(["solar", "2026", "3", "10", "--format", "json"])).out).toBe('{"date":"2026-04-26"}\n');
  });
  it("cchc holidays", async () => {
    const r = await cli(["holidays", "2026", "--format", "json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { holidays: { date: string }[]; makeUpWorkingDays: { date: string }[] };
    expect(j.holidays.map((h) => h.date)).toContain("2026-08-31");
    expect(j.makeUpWorkingDays.map((d) => d.date)).toEqual(["2026-01-10", "2026-08-22"]);
    expect((await cli(["holidays", "2026"])).out).toContain("Tết Nguyên đán");
    expect((await cli(["holidays", "2026"])).out).toContain("12729/VPCP-KGVX");
    expect((await cli(["holidays", "2027"])).out).toContain("statutory defaults");
    const j27 = JSON.parse((await cli(["holidays", "2027", "--format", "json"])).out) as {
      basis: { basis: string };
    };
    expect(j27.basis.basis).toBe("defaults");
  });
  it("cchc deadline", async () => {
    const r = await cli([
      "deadline",
      "--received",
      "2026-02-13T09:00:00+07:00",
      "--days",
      "3",
      "--format",
      "json",
    ]);
    expect(JSON.parse(r.out)).toMatchObject({ due: "2026-02-25" });
    const c = await cli([
      "deadline",
      "--received",
      "2026-02-13T15:30:00+07:00",
      "--days",
      "0",
      "--cutoff",
      "15:00",
    ]);
    expect(c.out).toBe("2026-02-23\n");
    // Received on Tết (Tue 17/02/2026 09:00), 3 days: the cut-off does not change the due date.
    const onTet = ["deadline", "--received", "2026-02-17T09:00:00+07:00", "--days", "3"];
    expect((await cli(onTet)).out).toBe("2026-02-26\n");
    expect((await cli([...onTet, "--cutoff", "15:00"])).out).toBe("2026-02-26\n");
  });
  it("cchc period", async () => {
    const r = await cli(["period", "quarter", "2022", "3", "--format", "json"]);
    expect(JSON.parse(r.out)).toEqual({
      id: "2022Q3",
      from: "2022-06-15",
      to: "2022-09-14",
      reportDue: "2022-09-20",
      reportDueOnRestDay: false,
      reportDueEffective: "2022-09-20",
    });
    expect(
      JSON.parse((await cli(["period", "half-year", "2022", "--calendar", "--format", "json"])).out),
    ).toMatchObject({ to: "2022-06-30" });
  });
  it.each([
    [["lunar", "2026-02-30"]],
    [["lunar", "1800-01-01"]],
    [["solar", "2021", "4", "1", "--leap"]],
    [["solar", "x", "1", "1"]],
    [["holidays", "1800"]],
    [["deadline", "--days", "3"]],
    [["deadline", "--received", "2026-02-13T09:00:00", "--days", "3"]],
    [["deadline", "--received", "2026-02-13T09:00:00Z", "--days", "-1"]],
    [["period", "week", "2022"]],
    [["period", "quarter", "2022", "5"]],
  ])("bad arguments %j → exit 2, one bilingual line", async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain(" / ");
  });
});
