/**
 * The checker page's Dossiers tab in a real browser (the system's Chromium, as test/site/page.test.ts):
 * a dossier table dropped in shows the findings of `cchc dossiers`, row for row.
 */
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROMIUM_PATH,
  DOSSIERS_TAB,
  dropFile,
  hasChromium,
  launchChromium,
  PAGE_URL,
  waitForCount,
} from "../../site/browser.js";
import { buildSite } from "../../site/build.mjs";
import { STRINGS } from "../../site/src/i18n.js";
import { ON_TIME_RATE_PROFILES } from "../../src/catalog/index.js";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";
import type { DossierFlow } from "../../src/model/index.js";
import type { Finding } from "../../src/rules/index.js";
import { tsvToXlsx } from "./dossier-xlsx.js";

const available = hasChromium();
const required = process.env.CCHC_REQUIRE_BROWSER === "1";
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/dossiers/${name}`, import.meta.url)));

interface Shown {
  severity: string;
  rule: string;
  message: string;
}

/** What `cchc dossiers <file> --format json` prints for a fixture. */
async function cchcDossiers(
  name: string,
  args: string[] = [],
  bytes: Uint8Array = fixture(name),
): Promise<{ stdout: string; rows: DossierFlow[]; findings: Finding[] }> {
  const m = memoryIO({ [name]: bytes });
  await runCli(["dossiers", name, "--format", "json", ...args], m.io);
  return { stdout: m.stdout, ...JSON.parse(m.stdout) };
}

/** The placement the page must show: each finding on the first row of the unit it names, else general. */
function expectedPlacement(rows: DossierFlow[], findings: Finding[], lang: "vi" | "en") {
  const byRow: Shown[][] = rows.map(() => []);
  const general: Shown[] = [];
  for (const f of findings) {
    const shown = { severity: f.severity, rule: f.rule, message: f.messages[lang] };
    const i = rows.findIndex((r) => r.unit === f.units?.[0]);
    if (i >= 0) byRow[i]?.push(shown);
    else general.push(shown);
  }
  return {
    byRow,
    general,
    all: findings.map((f) => ({ severity: f.severity, rule: f.rule, message: f.messages[lang] })),
  };
}

/** Drops a file on the Dossiers tab's zone (a real DataTransfer) and waits for a result or an error. */
function dropDossierFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  return dropFile(page, name, bytes, DOSSIERS_TAB);
}

/** The findings the Dossiers tab shows: beside each row, in the general list, and in the full list. */
async function shown(
  page: Page,
): Promise<{ byRow: Shown[][]; general: Shown[]; all: Shown[]; counts: string }> {
  return (await page.evaluate(`(() => {
    const item = (li) => ({ severity: li.dataset.severity, rule: li.dataset.rule, message: li.querySelector(".msg").textContent });
    return {
      byRow: [...document.querySelectorAll("#dos-rows-body tr")].map((tr) => [...tr.querySelectorAll("li.finding")].map(item)),
      general: [...document.querySelectorAll("#dos-general-findings li.finding")].map(item),
      all: [...document.querySelectorAll("#dos-findings li.finding")].map(item),
      counts: document.getElementById("dos-counts").textContent,
    };
  })()`)) as { byRow: Shown[][]; general: Shown[]; all: Shown[]; counts: string };
}

const PLANTED = [
  "centre-bulletin-planted.tsv",
  "portal-formula-planted.tsv",
  "portal-online-level-planted.tsv",
  "province-three-levels-planted.csv",
];

describe.skipIf(!available && !required)("the Dossiers tab in Chromium", () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`CCHC_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}`);
    await buildSite();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  }, 60_000);

  async function open(options: { width?: number; offline?: boolean } = {}) {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      acceptDownloads: true,
    });
    contexts.push(context);
    if (options.offline) await context.setOffline(true);
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    context.on("request", (r) => requests.push(r.url()));
    const page = await context.newPage();
    // a loaded machine can take longer than Playwright's 30 s default for one action; the test's own
    // timeout (60 s) stays the limit
    page.setDefaultTimeout(55_000);
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
    await page.goto(PAGE_URL);
    await page.click("#tab-dossiers");
    return { page, requests, consoleErrors };
  }

  it("shows, for each planted table dropped in, the findings of `cchc dossiers`, row for row, and downloads its JSON", async () => {
    const { page, consoleErrors } = await open();
    for (const name of PLANTED) {
      await dropDossierFile(page, name, fixture(name));
      const cli = await cchcDossiers(name);
      expect(cli.findings.length, name).toBeGreaterThan(0);
      const got = await shown(page);
      expect(got.byRow.length, name).toBe(cli.rows.length);
      const want = expectedPlacement(cli.rows, cli.findings, "vi");
      expect(got.byRow, name).toEqual(want.byRow);
      expect(got.general, name).toEqual(want.general);
      expect(got.all, name).toEqual(want.all);
      // Colour, icon and word by severity, as on the Report tab.
      const chip = await page.$eval("#dos-rows-body li.finding .sev-chip", (e) => ({
        cls: e.className,
        icon: e.querySelector("svg") !== null,
        word: e.textContent,
      }));
      expect(chip.icon).toBe(true);
      expect(chip.cls).toMatch(/sev-(error|warning|info)/);
      expect([STRINGS.vi.error, STRINGS.vi.warning, STRINGS.vi.info]).toContain(chip.word);
      const download = page.waitForEvent("download");
      await page.click("#dos-dl-json");
      const d = await download;
      expect(readFileSync(await d.path(), "utf8"), name).toBe(cli.stdout);
    }
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it("reads an Excel (.xlsx) dossier table dropped in, with the findings `cchc dossiers` gives for that file", async () => {
    const { page, consoleErrors } = await open();
    const xlsx = tsvToXlsx(new TextDecoder().decode(fixture("portal-online-level-planted.tsv")));
    await dropDossierFile(page, "portal.xlsx", xlsx);
    const cli = await cchcDossiers("portal.xlsx", [], xlsx);
    expect(cli.findings.length).toBeGreaterThan(0);
    const got = await shown(page);
    const want = expectedPlacement(cli.rows, cli.findings, "vi");
    expect(got.byRow).toEqual(want.byRow);
    expect(got.all).toEqual(want.all);
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it("shows no finding for a consistent table: 0 errors, 0 warnings, with its columns, totals and rates", async () => {
    const { page } = await open();
    for (const [name, profile] of [
      ["centre-bulletin.tsv", "template"],
      ["portal-online-level.tsv", "template"],
      ["province-three-levels.csv", "template"],
      ["portal-formula.tsv", "portal-late-share"],
    ] as const) {
      await page.selectOption("#dos-profile", profile);
      await dropDossierFile(page, name, fixture(name));
      const got = await shown(page);
      expect(got.all, name).toEqual([]);
      expect(got.byRow.flat(), name).toEqual([]);
      expect(got.counts, name).toContain(`0 ${STRINGS.vi.errors}`);
      expect(got.counts, name).toContain(`0 ${STRINGS.vi.warnings}`);
      expect(await page.textContent("#dos-verdict")).toBe(STRINGS.vi.verdictOk);
      const cli = JSON.parse((await cchcDossiers(name, ["--profile", profile])).stdout) as {
        columns: { header: string; role: string | null }[];
        totals: { computed: DossierFlow };
        rates: { total: { computed: string | null } };
      };
      // The column mapping the importer found (columns without a header are not listed).
      const roles = await page.$$eval("#dos-columns-body tr td:last-child", (tds) =>
        tds.map((td) => td.textContent),
      );
      const named = cli.columns.filter((c) => c.header !== "");
      expect(roles.length, name).toBe(named.length);
      expect(roles.filter((r) => r === "resolved").length).toBe(
        named.filter((c) => c.role === "resolved").length,
      );
      // The recomputed total and its rate, written the Vietnamese way.
      const total = await page.$$eval("#dos-rows-foot td", (tds) => tds.map((td) => td.textContent));
      expect(total[1]?.replaceAll(".", "")).toBe(String(cli.totals.computed.resolved));
      expect(total[4]).toBe(`${cli.rates.total.computed?.replace(".", ",")}%`);
    }
  }, 60_000);

  it("checks again when the on-time-rate profile is changed, with the findings of `cchc dossiers --profile`", async () => {
    const { page } = await open();
    const options = await page.$$eval("#dos-profile option", (os) =>
      os.map((o) => [o.getAttribute("value"), o.textContent]),
    );
    expect(options).toEqual(ON_TIME_RATE_PROFILES.map((p) => [p.id, `${p.name.vi} (${p.id})`]));
    const name = "portal-formula.tsv";
    await dropDossierFile(page, name, fixture(name));
    const before = await shown(page);
    const template = await cchcDossiers(name);
    expect(before.all).toEqual(expectedPlacement(template.rows, template.findings, "vi").all);
    expect(before.all.length).toBeGreaterThan(0);
    // From the keyboard: focus the select and choose another profile.
    await page.focus("#dos-profile");
    await page.selectOption("#dos-profile", "portal-late-share");
    await waitForCount(page, "#dos-findings li.finding", 0);
    expect((await shown(page)).counts).toContain(`0 ${STRINGS.vi.errors}`);
    await page.selectOption("#dos-profile", "over-received");
    const over = await cchcDossiers(name, ["--profile", "over-received"]);
    await waitForCount(page, "#dos-findings li.finding", over.findings.length);
    const got = await shown(page);
    const want = expectedPlacement(over.rows, over.findings, "vi");
    expect(got.byRow).toEqual(want.byRow);
    expect(got.all).toEqual(want.all);
  }, 60_000);

  it("switches the tab's labels and findings to English, and its download follows", async () => {
    const { page } = await open();
    const name = "centre-bulletin-planted.tsv";
    await dropDossierFile(page, name, fixture(name));
    await page.click("#lang-en");
    expect(await page.textContent("#tab-dossiers")).toBe(STRINGS.en.tabDossiers);
    expect(await page.textContent("label[for=dos-profile]")).toBe(STRINGS.en.dosProfile);
    const en = await cchcDossiers(name, ["--lang", "en"]);
    expect((await shown(page)).all).toEqual(expectedPlacement(en.rows, en.findings, "en").all);
    const download = page.waitForEvent("download");
    await page.click("#dos-dl-json");
    expect(readFileSync(await (await download).path(), "utf8")).toBe(en.stdout);
  }, 60_000);

  it("shows one clear message for a bad file, and no console error", async () => {
    const { page, consoleErrors } = await open();
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    await dropDossierFile(page, "photo.png", png);
    const alerts = await page.$$eval('[role="alert"]', (els) =>
      els.filter((e) => !e.hidden && e.offsetParent !== null).map((e) => e.textContent),
    );
    expect(alerts).toEqual([`${STRINGS.vi.badFile}: “photo.png” — tệp nhị phân, không phải văn bản`]);
    expect(await page.isHidden("#dos-result")).toBe(true);
    // The Report tab did not read the file dropped on this one.
    expect(await page.isHidden("#result")).toBe(true);
    expect(await page.isHidden("#error")).toBe(true);
    await page.fill("#dos-paste", "Kính gửi Sở Nội vụ.");
    await page.click("#dos-paste-check");
    const text = await page.textContent("#dos-error");
    expect(text?.startsWith(`${STRINGS.vi.badFile}: “${STRINGS.vi.pastedName}” — `)).toBe(true);
    // A good table after a bad one clears the message.
    await page.fill("#dos-paste", new TextDecoder().decode(fixture("centre-bulletin.tsv")));
    await page.click("#dos-paste-check");
    await page.waitForSelector("#dos-result:not([hidden])");
    expect(await page.isHidden("#dos-error")).toBe(true);
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it("makes no network request, works with the network off, and fits 360 px", async () => {
    const { page, requests, consoleErrors } = await open({ offline: true, width: 360 });
    await page.setInputFiles("#dos-file", {
      name: "c.tsv",
      mimeType: "text/tab-separated-values",
      buffer: Buffer.from(fixture("centre-bulletin-planted.tsv")),
    });
    await page.waitForSelector("#dos-result:not([hidden])");
    const download = page.waitForEvent("download");
    await page.click("#dos-dl-json");
    await download;
    await page.selectOption("#dos-profile", "qd766");
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url).toMatch(/^(file|data):/);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
