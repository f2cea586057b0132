import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDossierBytes, placeDossierFindings } from "../../site/src/dossier-check.js";
import { ON_TIME_RATE_PROFILES } from "../../src/catalog/index.js";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";
import { dossierTableCheckToJson } from "../../src/rollup/index.js";
import { tsvToXlsx } from "./dossier-xlsx.js";

const DIR = new URL("../fixtures/dossiers/", import.meta.url);
const FIXTURES = readdirSync(DIR).sort();
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));
const utf8 = (s: string) => new TextEncoder().encode(s);

async function cchcDossiers(name: string, bytes: Uint8Array, args: string[]): Promise<string> {
  const m = memoryIO({ [name]: bytes });
  await runCli(["dossiers", name, "--format", "json", ...args], m.io);
  return m.stdout;
}

describe("the Dossiers tab's check (checkDossierBytes)", () => {
  it("gives, for every fixture under every profile and language, the JSON `cchc dossiers` prints, byte for byte", async () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(8);
    for (const name of FIXTURES) {
      for (const { id } of ON_TIME_RATE_PROFILES) {
        for (const lang of ["vi", "en"] as const) {
          const r = checkDossierBytes(bytesOf(name), name, { profile: id, lang });
          if (!r.ok) throw new Error(`${name}: ${r.message.en}`);
          const cli = await cchcDossiers(name, bytesOf(name), ["--profile", id, "--lang", lang]);
          expect(dossierTableCheckToJson(r.check), `${name} ${id} ${lang}`).toBe(cli);
        }
      }
    }
  }, 60_000);

  it("reads a table saved as UTF-16 the way the command does", async () => {
    const text = readFileSync(new URL("centre-bulletin-planted.tsv", DIR), "utf8");
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);
    const r = checkDossierBytes(utf16, "b.tsv", { profile: "template", lang: "vi" });
    if (!r.ok) throw new Error(r.message.en);
    expect(dossierTableCheckToJson(r.check)).toBe(await cchcDossiers("b.tsv", utf16, []));
    expect(r.check.findings.map((f) => f.rule)).toContain("flow.disposition");
  });

  it("refuses an empty, binary, PDF or tableless file with one message naming the file, never throwing", () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ["empty.tsv", new Uint8Array(0), /empty/],
      ["photo.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /binary/],
      ["scan.pdf", utf8("%PDF-1.4\n%…"), /PDF/],
      ["note.txt", utf8("Kính gửi Sở Nội vụ, báo cáo như sau."), /./],
    ];
    for (const [name, bytes, why] of cases) {
      const r = checkDossierBytes(bytes, name, { profile: "template", lang: "en" });
      expect(r.ok, name).toBe(false);
      if (r.ok) continue;
      expect(r.message.en.startsWith(`“${name}” — `), r.message.en).toBe(true);
      expect(r.message.vi.startsWith(`“${name}” — `), r.message.vi).toBe(true);
      expect(r.message.en).toMatch(why);
    }
  });
});

describe("placeDossierFindings", () => {
  it("places every finding exactly once: beside the first row of the unit it names, else in the general list", () => {
    for (const name of FIXTURES.filter((f) => f.includes("planted"))) {
      const r = checkDossierBytes(bytesOf(name), name, { profile: "template", lang: "vi" });
      if (!r.ok) throw new Error(r.message.en);
      const placed = placeDossierFindings(r.check);
      const beside = placed.lines.flatMap((l) => l.findings);
      expect(beside.length + placed.general.length, name).toBe(r.check.findings.length);
      expect(beside.length, name).toBeGreaterThan(0);
      for (const line of placed.lines) {
        for (const f of line.findings) {
          expect(f.units?.[0]).toBe(line.flow.unit);
          expect(r.check.rows.findIndex((row) => row.unit === line.flow.unit)).toBe(line.index);
        }
      }
      const units = new Set(r.check.rows.map((row) => row.unit));
      for (const f of placed.general) expect(units.has(f.units?.[0] ?? "\u0000"), name).toBe(false);
    }
  });

  it("leaves the rows of a consistent table without findings", () => {
    const r = checkDossierBytes(bytesOf("centre-bulletin.tsv"), "c.tsv", { profile: "template", lang: "vi" });
    if (!r.ok) throw new Error(r.message.en);
    const placed = placeDossierFindings(r.check);
    expect(placed.lines.length).toBe(r.check.rows.length);
    expect(placed.lines.every((l) => l.findings.length === 0)).toBe(true);
    expect(placed.general).toEqual([]);
  });
});

describe("the Dossiers tab's check of an Excel table", () => {
  it("reads an .xlsx dossier table as `cchc dossiers` does (its first sheet as TSV), with the same findings", async () => {
    const text = readFileSync(new URL("centre-bulletin-planted.tsv", DIR), "utf8");
    const xlsx = tsvToXlsx(text);
    const r = checkDossierBytes(xlsx, "bulletin.xlsx", { profile: "template", lang: "vi" });
    if (!r.ok) throw new Error(r.message.en);
    expect(dossierTableCheckToJson(r.check)).toBe(await cchcDossiers("bulletin.xlsx", xlsx, []));
    const fromTsv = checkDossierBytes(utf8(text), "b.tsv", { profile: "template", lang: "vi" });
    if (!fromTsv.ok) throw new Error(fromTsv.message.en);
    expect(r.check.findings.map((f) => [f.rule, f.units])).toEqual(
      fromTsv.check.findings.map((f) => [f.rule, f.units]),
    );
  });
});
