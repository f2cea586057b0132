/**
 * The checker page in a real browser: the system's headless Chromium (`/usr/bin/chromium`, from
 * `apt-get install chromium`) driven by playwright-core, on the page built from file://. Skipped with a
 * message when that browser is absent; `.ci/run` installs it and sets CCHC_REQUIRE_BROWSER=1, under
 * which a missing browser fails the tests instead.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, FileChooser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshotExample } from "../../scripts/site-screenshot.js";
import {
  CHROMIUM_PATH,
  dropFile,
  EXAMPLE_FILE,
  hasChromium,
  launchChromium,
  PAGE_URL,
} from "../../site/browser.js";
import { buildSite } from "../../site/build.mjs";
import { STRINGS } from "../../site/src/i18n.js";
import { defaultCalendar, dossierDueDate } from "../../src/calendar/index.js";
import { CATALOG_2022 } from "../../src/catalog/index.js";
import { runCli } from "../../src/cli/run.js";
import { memoryIO } from "../../src/cli/testing.js";
import { importReport, renderReport } from "../../src/io/index.js";
import { importReportFile, readXlsx } from "../../src/office/index.js";
import type { Finding } from "../../src/rules/index.js";

const EXAMPLE_NAME = "khanh-hoa-skhcn-2022h1.txt";
const exampleBytes = readFileSync(EXAMPLE_FILE);
const OFFICE_DIR = join(import.meta.dirname, "../fixtures/office");
const DOCX_NAME = "khanh-hoa-skhcn-2022h1.docx";
const XLSX_NAME = "appendix-khanh-hoa-2022h1.xlsx";
const available = hasChromium();
const required = process.env.CCHC_REQUIRE_BROWSER === "1";

if (!available && !required) {
  console.warn(
    `test/site/page.test.ts: no Chromium at ${CHROMIUM_PATH}, the browser tests are skipped (apt-get install chromium).`,
  );
}

/** What `cchc check <file> --format json` prints for a file, the example by default (the page must show the same). */
async function cchcCheck(
  args: string[] = [],
  file: { name: string; bytes: Uint8Array } = { name: EXAMPLE_NAME, bytes: exampleBytes },
): Promise<{ findings: Finding[]; summary: Record<string, number> }> {
  const m = memoryIO({ [file.name]: file.bytes });
  await runCli(["check", file.name, "--format", "json", "--exit-zero", ...args], m.io);
  return JSON.parse(m.stdout);
}

interface Opened {
  page: Page;
  context: BrowserContext;
  requests: string[];
  consoleErrors: string[];
}

// In CI (CCHC_REQUIRE_BROWSER=1) a missing browser fails every test here instead of skipping them.
describe.skipIf(!available && !required)("the checker page in Chromium", () => {
  let browser: Browser;
  const opened: Opened[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`CCHC_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}`);
    await buildSite();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    for (const o of opened) await o.context.close();
    await browser?.close();
  }, 60_000);

  /** A fresh page on the built file, recording every request and every console error. */
  async function open(options: { width?: number; height?: number; offline?: boolean } = {}): Promise<Opened> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      acceptDownloads: true,
    });
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
    const o = { page, context, requests, consoleErrors };
    opened.push(o);
    return o;
  }

  /** The findings the page shows: beside each appendix row (by row id), and in the two lists. */
  async function shownFindings(page: Page) {
    return (await page.evaluate(`(() => {
      const item = (li) => ({
        severity: li.dataset.severity,
        rule: li.dataset.rule,
        code: li.dataset.code,
        message: li.querySelector(".msg").textContent,
      });
      const rows = {};
      for (const tr of document.querySelectorAll("#appendix-body tr")) {
        const list = [...tr.querySelectorAll("li.finding")].map(item);
        if (list.length) rows[tr.dataset.id] = list;
      }
      return {
        rows,
        rowIds: [...document.querySelectorAll("#appendix-body tr")].map((tr) => tr.dataset.id),
        lists: [...document.querySelectorAll("#narrative-findings li.finding, #general-findings li.finding")].map(item),
        visible: [...document.querySelectorAll("li.finding")].filter((li) => li.offsetParent !== null).map(item),
      };
    })()`)) as {
      rows: Record<string, { severity: string; rule: string; code: string; message: string }[]>;
      rowIds: string[];
      lists: { severity: string; rule: string; code: string; message: string }[];
      visible: { severity: string; rule: string; code: string; message: string }[];
    };
  }

  /** The expected placement of `cchc check`'s findings: on the row of `code` (else `codes[0]`) when the table has it. */
  function expectedPlacement(findings: Finding[], rowIds: string[], lang: "vi" | "en") {
    const ids = new Set(rowIds);
    const rows: Record<string, { severity: string; rule: string; code: string; message: string }[]> = {};
    const lists: { severity: string; rule: string; code: string; message: string }[] = [];
    for (const f of findings) {
      const shown = { severity: f.severity, rule: f.rule, code: f.code ?? "", message: f.messages[lang] };
      const key = f.code ?? f.codes[0] ?? "";
      if (ids.has(key)) rows[key] = [...(rows[key] ?? []), shown];
      else lists.push(shown);
    }
    return { rows, lists };
  }

  const byKey = (a: { rule: string; message: string }, b: { rule: string; message: string }) =>
    `${a.rule} ${a.message}`.localeCompare(`${b.rule} ${b.message}`);

  it("shows, for the example report dropped in, the findings of `cchc check`, row for row", async () => {
    const { page, consoleErrors } = await open();
    await dropFile(page, EXAMPLE_NAME, exampleBytes);
    const expected = await cchcCheck();
    const shown = await shownFindings(page);
    expect(shown.rowIds).toEqual(expect.arrayContaining(CATALOG_2022.rows.map((r) => r.id)));
    const want = expectedPlacement(expected.findings, shown.rowIds, "vi");
    expect(shown.rows).toEqual(want.rows);
    expect([...shown.lists].sort(byKey)).toEqual([...want.lists].sort(byKey));
    const total = Object.values(shown.rows).flat().length + shown.lists.length;
    expect(total).toBe(expected.findings.length);
    expect(await page.textContent("#counts")).toContain(`${expected.summary.errors} lỗi`);
    expect(await page.textContent("#counts")).toContain(`${expected.summary.warnings} cảnh báo`);
    expect(await page.textContent("#meta-agency")).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KHÁNH HÒA");
    expect(await page.textContent("#meta-period")).toBe("2022H1, 2021-12-15 → 2022-06-14");
    expect(await page.textContent("#meta-catalog")).toBe("2022");
    expect(await page.inputValue("#period")).toBe("2022H1");
    expect(await page.textContent('tr[data-id="1.2"] td.value')).toBe("37,03%");
    expect(consoleErrors).toEqual([]);
  });

  it("shows, for the Word (.docx) report dropped in, the findings `cchc check` gives for that file, row for row", async () => {
    const { page, consoleErrors } = await open();
    const bytes = readFileSync(join(OFFICE_DIR, DOCX_NAME));
    await dropFile(page, DOCX_NAME, bytes);
    expect(await page.isHidden("#error")).toBe(true);
    const expected = await cchcCheck([], { name: DOCX_NAME, bytes });
    expect(expected.findings.map((f) => f.rule)).toContain("import.file-format");
    const shown = await shownFindings(page);
    expect(shown.rowIds).toEqual(expect.arrayContaining(CATALOG_2022.rows.map((r) => r.id)));
    const want = expectedPlacement(expected.findings, shown.rowIds, "vi");
    expect(shown.rows).toEqual(want.rows);
    expect([...shown.lists].sort(byKey)).toEqual([...want.lists].sort(byKey));
    expect(Object.values(shown.rows).flat().length + shown.lists.length).toBe(expected.findings.length);
    expect(await page.textContent("#counts")).toContain(`${expected.summary.errors} lỗi`);
    const read = importReportFile(bytes, { filename: DOCX_NAME });
    if (!read.ok) throw new Error(read.error.message.en);
    expect(await page.textContent("#meta-agency")).toBe(read.report.agency.name);
    expect(await page.textContent("#meta-period")).toBe("2022H1, 2021-12-15 → 2022-06-14");
    expect(await page.textContent('tr[data-id="1.2"] td.value')).toBe("37,03%");
    expect(consoleErrors).toEqual([]);
  });

  it("reads the report saved as UTF-16, TCVN3 and VNI text, with the findings `cchc check` gives for each file", async () => {
    for (const [name, rule] of [
      ["khanh-hoa-skhcn-2022h1.utf16.txt", null],
      ["khanh-hoa-skhcn-2022h1.tcvn3.txt", "import.encoding-converted"],
      ["khanh-hoa-skhcn-2022h1.vni.txt", "import.encoding-converted"],
    ] as const) {
      // A fresh page for each file: over a result already shown, dropFile's wait would have to poll, and
      // the page's CSP forbids the string evaluation that polling needs.
      const { page, consoleErrors } = await open();
      const bytes = readFileSync(join(OFFICE_DIR, name));
      await dropFile(page, name, bytes);
      expect(await page.isHidden("#error"), name).toBe(true);
      const expected = await cchcCheck([], { name, bytes });
      if (rule) expect(expected.findings.map((f) => f.rule)).toContain(rule);
      const shown = await shownFindings(page);
      const want = expectedPlacement(expected.findings, shown.rowIds, "vi");
      expect(shown.rows, name).toEqual(want.rows);
      expect([...shown.lists].sort(byKey), name).toEqual([...want.lists].sort(byKey));
      expect(await page.textContent("#meta-agency"), name).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KHÁNH HÒA");
      expect(await page.textContent('tr[data-id="1.1"] td.name'), name).toBe(
        CATALOG_2022.rows.find((r) => r.id === "1.1")!.name.vi,
      );
      expect(consoleErrors, name).toEqual([]);
    }
  });

  it("shows, for the Excel (.xlsx) appendix dropped in and its period typed, the findings `cchc check --period` gives, row for row", async () => {
    const { page, consoleErrors } = await open();
    const bytes = readFileSync(join(OFFICE_DIR, XLSX_NAME));
    await dropFile(page, XLSX_NAME, bytes);
    // The workbook's appendix sheet does not say its period: the page asks for it, as the CLI does.
    expect(await page.textContent("#error")).toBe(
      `${STRINGS.vi.badFile}: không xác định được kỳ báo cáo; hãy truyền kỳ (ví dụ 2022H1). ${STRINGS.vi.periodNeeded}`,
    );
    await page.fill("#period", "2022H1");
    await page.click("#period-form button[type=submit]");
    await page.waitForSelector("#result:not([hidden])");
    const expected = await cchcCheck(["--period", "2022H1"], { name: XLSX_NAME, bytes });
    const fileFormat = expected.findings.find((f) => f.rule === "import.file-format");
    expect(fileFormat?.messages.en).toContain('sheet "PL"');
    const shown = await shownFindings(page);
    const want = expectedPlacement(expected.findings, shown.rowIds, "vi");
    expect(shown.rows).toEqual(want.rows);
    expect([...shown.lists].sort(byKey)).toEqual([...want.lists].sort(byKey));
    expect(Object.values(shown.rows).flat().length + shown.lists.length).toBe(expected.findings.length);
    expect(await page.textContent("#meta-period")).toBe("2022H1, 2021-12-15 → 2022-06-14");
    expect(await page.textContent('tr[data-id="1.2"] td.value')).toBe("37,03%");
    expect(consoleErrors).toEqual([]);
  });

  it("refuses a Word 97–2003 (.doc) file with one message naming the fix, in both languages, and no console error", async () => {
    const { page, consoleErrors } = await open();
    // An OLE compound file (magic D0 CF 11 E0) with a "WordDocument" stream: what Word 97–2003 writes.
    const bytes = new Uint8Array(1536);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(
      [..."WordDocument"].flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    const refusal = importReportFile(bytes, { filename: "bao-cao.doc" });
    expect(refusal.ok || refusal.error.code).toBe("unsupported-format");
    if (refusal.ok) return;
    expect(refusal.error.message.en).toContain("save as .docx");
    await dropFile(page, "bao-cao.doc", bytes);
    const alerts = await page.$$eval('[role="alert"]', (els) =>
      els.filter((e) => !e.hidden && e.offsetParent !== null).map((e) => e.textContent),
    );
    expect(alerts).toEqual([`${STRINGS.vi.badFile}: “bao-cao.doc” — ${refusal.error.message.vi}`]);
    expect(await page.isHidden("#result")).toBe(true);
    await page.click("#lang-en");
    expect(await page.textContent("#error")).toBe(
      `${STRINGS.en.badFile}: “bao-cao.doc” — ${refusal.error.message.en}`,
    );
    expect(consoleErrors).toEqual([]);
  });

  it("switches every message and every label to English and back", async () => {
    const { page, consoleErrors } = await open();
    await dropFile(page, EXAMPLE_NAME, exampleBytes);
    const expected = await cchcCheck(["--lang", "en"]);
    await page.click("#lang-en");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getAttribute("#lang-en", "aria-pressed")).toBe("true");
    const shown = await shownFindings(page);
    const want = expectedPlacement(expected.findings, shown.rowIds, "en");
    expect(shown.rows).toEqual(want.rows);
    expect([...shown.lists].sort(byKey)).toEqual([...want.lists].sort(byKey));
    const labels = (await page.evaluate(
      `[...document.querySelectorAll("[data-i18n]")].map((e) => [e.dataset.i18n, e.textContent])`,
    )) as [keyof typeof STRINGS.en, string][];
    expect(labels.length).toBeGreaterThan(40);
    for (const [key, text] of labels) expect(text, key).toBe(STRINGS.en[key]);
    const row = CATALOG_2022.rows.find((r) => r.id === "7.7.4")!;
    expect(await page.textContent('tr[data-id="7.7.4"] td.name')).toBe(row.name.en);
    expect(await page.textContent("#counts")).toContain(`${expected.summary.errors} errors`);
    expect(await page.title()).toBe(`${STRINGS.en.title} — cchc`);
    const chips = await page.$$eval(".finding .sev-chip", (els) => els.map((e) => e.textContent));
    expect(new Set(chips)).toEqual(new Set(["Error", "Warning", "Info"]));

    await page.click("#lang-vi");
    const back = await shownFindings(page);
    const vi = expectedPlacement((await cchcCheck()).findings, back.rowIds, "vi");
    expect(back.rows).toEqual(vi.rows);
    expect(await page.textContent("#tab-report")).toBe(STRINGS.vi.tabReport);
    expect(consoleErrors).toEqual([]);
  });

  it("shows one clear message for a binary file, and no console error", async () => {
    const { page, consoleErrors } = await open();
    const bytes = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    await dropFile(page, "photo.png", bytes);
    const alerts = await page.$$eval('[role="alert"]', (els) =>
      els.filter((e) => !e.hidden && e.offsetParent !== null).map((e) => e.textContent),
    );
    expect(alerts).toEqual([`${STRINGS.vi.badFile}: “photo.png” — tệp nhị phân, không phải văn bản`]);
    expect(await page.isHidden("#result")).toBe(true);
    await page.click("#lang-en");
    expect(await page.textContent("#error")).toBe(
      `${STRINGS.en.badFile}: “photo.png” — binary file, not text`,
    );
    // A good file after a bad one clears the message.
    await dropFile(page, EXAMPLE_NAME, exampleBytes);
    expect(await page.isHidden("#error")).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it("makes no network request, and works with the network off", async () => {
    const { page, requests, consoleErrors } = await open({ offline: true });
    await page.setInputFiles("#file", EXAMPLE_FILE);
    await page.waitForSelector("#result:not([hidden])");
    for (const id of ["#dl-findings-json", "#dl-findings-csv", "#dl-appendix-csv", "#dl-appendix-xlsx"]) {
      const download = page.waitForEvent("download");
      await page.click(id);
      await download;
    }
    await page.click("#lang-en");
    await page.click("#tab-calendar");
    await page.click("#cal-form button[type=submit]");
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url).toMatch(/^(file|data):/);
    expect(consoleErrors).toEqual([]);
  });

  it("downloads the findings as JSON and CSV, and the appendix as CSV", async () => {
    const { page } = await open();
    await page.setInputFiles("#file", EXAMPLE_FILE);
    await page.waitForSelector("#result:not([hidden])");
    const text = async (id: string) => {
      const download = page.waitForEvent("download");
      await page.click(id);
      const d = await download;
      const path = await d.path();
      return { name: d.suggestedFilename(), text: readFileSync(path, "utf8") };
    };
    const m = memoryIO({ [EXAMPLE_NAME]: exampleBytes });
    await runCli(["check", EXAMPLE_NAME, "--format", "json", "--exit-zero"], m.io);
    const json = await text("#dl-findings-json");
    expect(json).toEqual({ name: "khanh-hoa-skhcn-2022h1-findings.json", text: m.stdout });
    const csv = await text("#dl-findings-csv");
    expect(csv.name).toBe("khanh-hoa-skhcn-2022h1-findings-vi.csv");
    expect(csv.text.split("\r\n")[0]).toBe("\uFEFFseverity,rule,code,codes,expected,actual,message,source");
    expect(csv.text).toContain("Chỉ tiêu 2.1 ghi 0 nhưng tổng các chỉ tiêu thành phần (2.1.1, 2.1.2) là 2.");
    const imported = importReport(exampleBytes.toString("utf8"));
    if (!imported.ok) throw new Error("example");
    const appendix = await text("#dl-appendix-csv");
    expect(appendix.text).toBe(renderReport(imported.report, { to: "csv", lang: "vi", bom: true }));
  });

  it("downloads the appendix as an Excel workbook, with the findings, that importReportFile reads back", async () => {
    const { page, consoleErrors } = await open();
    await page.setInputFiles("#file", EXAMPLE_FILE);
    await page.waitForSelector("#result:not([hidden])");
    await page.click("#lang-en");
    const download = page.waitForEvent("download");
    await page.click("#dl-appendix-xlsx");
    const d = await download;
    expect(d.suggestedFilename()).toBe("khanh-hoa-skhcn-2022h1-appendix-en.xlsx");
    expect(d.url()).toMatch(
      /^data:application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet;base64,/,
    );
    const bytes = new Uint8Array(readFileSync(await d.path()));
    const expected = (await cchcCheck(["--lang", "en"])).findings;
    // A valid workbook: the appendix sheet (English labels) and every finding of the check on the second.
    const wb = readXlsx(bytes);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Appendix", "Findings"]);
    expect(wb.sheets[1]!.rows.length).toBe(expected.length + 1);
    const row12 = wb.sheets[0]!.rows.find((r) => r[0]?.kind === "text" && r[0].value === "1.2.");
    expect(row12?.[3]).toEqual({ kind: "number", value: 0.3703, format: "0.00%" });
    expect(row12?.[5]?.kind === "text" && row12[5].value).toContain("rate.truncated");
    // … which the library reads back to the report the page checked.
    const source = importReport(exampleBytes.toString("utf8"));
    const back = importReportFile(bytes, { filename: d.suggestedFilename() });
    if (!source.ok || !back.ok) throw new Error("the example or the downloaded workbook does not import");
    expect(back.format).toBe("xlsx");
    expect(back.report.period).toEqual(source.report.period);
    expect(back.report.agency).toEqual(source.report.agency);
    // a catalog row the report left empty is written as an empty row and reads back as "not reported"
    const said = (values: Record<string, { raw?: string | undefined; value?: unknown }>) =>
      Object.keys(values)
        .filter((k) => (values[k]?.raw ?? "") !== "" || (values[k]?.value ?? null) !== null)
        .sort();
    expect(said(back.report.values)).toEqual(said(source.report.values));
    expect(JSON.stringify(back.report.values)).not.toContain("rate.truncated");
    expect(consoleErrors).toEqual([]);
  });

  it("checks again when the period is changed, and says why a bad period id is not one", async () => {
    const { page } = await open();
    await dropFile(page, EXAMPLE_NAME, exampleBytes);
    await page.fill("#period", "2022X");
    await page.press("#period", "Enter");
    expect(await page.getAttribute("#period", "aria-invalid")).toBe("true");
    expect(await page.textContent("#period-error")).toContain("mã kỳ báo cáo không hợp lệ");
    expect(await page.textContent("#meta-period")).toBe("2022H1, 2021-12-15 → 2022-06-14");

    await page.fill("#period", "2022Q2");
    await page.press("#period", "Enter");
    await page.locator(`#meta-period:text-matches("^2022Q2")`).waitFor();
    expect(await page.textContent("#meta-period")).toBe("2022Q2, 2022-03-15 → 2022-06-14");
    expect(await page.isHidden("#period-error")).toBe(true);
    const expected = await cchcCheck(["--period", "2022Q2"]);
    const shown = await shownFindings(page);
    const want = expectedPlacement(expected.findings, shown.rowIds, "vi");
    expect(shown.rows).toEqual(want.rows);
    expect([...shown.lists].sort(byKey)).toEqual([...want.lists].sort(byKey));
  });

  it("asks for the period when a file does not say it, and checks with the period typed", async () => {
    const { page, consoleErrors } = await open();
    const text = exampleBytes.toString("utf8");
    const tsv = text.slice(text.indexOf("STT\t"));
    await dropFile(page, "appendix.tsv", new TextEncoder().encode(tsv));
    expect(await page.textContent("#error")).toBe(
      `${STRINGS.vi.badFile}: không xác định được kỳ báo cáo; hãy truyền kỳ (ví dụ 2022H1). ${STRINGS.vi.periodNeeded}`,
    );
    expect(await page.evaluate("document.activeElement.id")).toBe("period");
    await page.fill("#period", "2022H1");
    await page.click("#period-form button[type=submit]");
    await page.waitForSelector("#result:not([hidden])");
    expect(await page.isHidden("#error")).toBe(true);
    expect(await page.textContent("#meta-period")).toBe("2022H1, 2021-12-15 → 2022-06-14");
    const m = memoryIO({ "appendix.tsv": tsv });
    await runCli(["check", "appendix.tsv", "--period", "2022H1", "--format", "json", "--exit-zero"], m.io);
    const expected = JSON.parse(m.stdout) as { findings: Finding[] };
    const shown = await shownFindings(page);
    const want = expectedPlacement(expected.findings, shown.rowIds, "vi");
    expect(shown.rows).toEqual(want.rows);
    expect([...shown.lists].sort(byKey)).toEqual([...want.lists].sort(byKey));
    expect(consoleErrors).toEqual([]);
  });

  it("reads a file dropped anywhere on the page, not only on the zone", async () => {
    const { page } = await open();
    await page.evaluate(`(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([${JSON.stringify(exampleBytes.toString("utf8"))}], "anywhere.txt"));
      document.querySelector("footer").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    })()`);
    await page.waitForSelector("#result:not([hidden])");
    expect(await page.textContent("#meta-file")).toBe("anywhere.txt");
    expect(await page.evaluate("location.protocol")).toBe("file:");
  });

  it("filters the findings by severity and by rule", async () => {
    const { page } = await open();
    await dropFile(page, EXAMPLE_NAME, exampleBytes);
    const all = (await cchcCheck()).findings;
    await page.uncheck("#filter-info");
    let shown = (await shownFindings(page)).visible;
    expect(shown).toHaveLength(all.filter((f) => f.severity !== "info").length);
    expect(shown.some((f) => f.severity === "info")).toBe(false);
    await page.check("#filter-info");
    await page.selectOption("#filter-rule", "rate.mismatch");
    shown = (await shownFindings(page)).visible;
    expect(shown.map((f) => f.code)).toEqual(
      all.filter((f) => f.rule === "rate.mismatch").map((f) => f.code),
    );
    await page.check("#only-flagged");
    const rows = await page.$$eval("#appendix-body tr", (trs) =>
      trs.filter((tr) => !tr.hidden).map((tr) => tr.dataset.id),
    );
    expect(rows).toEqual(all.filter((f) => f.rule === "rate.mismatch").map((f) => f.code));
  });

  it("reads pasted text like a dropped file", async () => {
    const { page } = await open();
    await page.fill("#paste", exampleBytes.toString("utf8"));
    await page.click("#paste-check");
    await page.waitForSelector("#result:not([hidden])");
    const shown = await shownFindings(page);
    const want = expectedPlacement((await cchcCheck()).findings, shown.rowIds, "vi");
    expect(shown.rows).toEqual(want.rows);
    expect(await page.textContent("#meta-file")).toBe(STRINGS.vi.pastedName);
    await page.click("#lang-en");
    expect(await page.textContent("#meta-file")).toBe(STRINGS.en.pastedName);
  });

  it("moves between tabs with the arrow keys, Home and End (WAI-ARIA tabs)", async () => {
    const { page } = await open();
    // the earlier tests' pages stay open: this one must be the focused page, or a key press on the file
    // input opens no file chooser
    await page.bringToFront();
    // Listen for the file chooser now, long before the key press that opens it: Playwright turns on the
    // browser's file-chooser interception asynchronously when the first listener is added, and a key
    // press sent right after it can reach a loaded browser first (the chooser then opens unintercepted
    // and the event never comes).
    const chooser = new Promise<FileChooser>((resolve) => page.once("filechooser", resolve));
    await page.focus("#tab-report");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate("document.activeElement.id")).toBe("tab-calendar");
    // Focus is visible: a solid outline on the focused tab.
    expect(await page.evaluate("getComputedStyle(document.activeElement).outlineStyle")).toBe("solid");
    expect(await page.getAttribute("#tab-calendar", "aria-selected")).toBe("true");
    expect(await page.getAttribute("#tab-report", "tabindex")).toBe("-1");
    expect(await page.isVisible("#panel-calendar")).toBe(true);
    expect(await page.isHidden("#panel-report")).toBe(true);
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate("document.activeElement.id")).toBe("tab-dossiers");
    expect(await page.isVisible("#panel-dossiers")).toBe(true);
    expect(await page.isHidden("#panel-calendar")).toBe(true);
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate("document.activeElement.id")).toBe("tab-report");
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate("document.activeElement.id")).toBe("tab-dossiers");
    // The Dossiers tab's first control, its file input, is reached with Tab.
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.id")).toBe("dos-file");
    await page.focus("#tab-report");
    await page.keyboard.press("End");
    expect(await page.evaluate("document.activeElement.id")).toBe("tab-dossiers");
    await page.keyboard.press("Home");
    expect(await page.evaluate("document.activeElement.id")).toBe("tab-report");
    expect(await page.isVisible("#panel-report")).toBe(true);
    // The file input is a real control behind the drop zone, labelled, reached with Tab and opened
    // from the keyboard.
    expect(await page.textContent('label[for="file"]')).toBe(STRINGS.vi.pickFile);
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.id")).toBe("file");
    await page.keyboard.press("Space");
    await (await chooser).setFiles(EXAMPLE_FILE);
    await page.waitForSelector("#result:not([hidden])");
    expect(await page.textContent("#meta-file")).toBe(EXAMPLE_NAME);
  });

  it("computes a dossier's due date with the library's calendar and lists the year's days off", async () => {
    const { page } = await open();
    await page.click("#tab-calendar");
    await page.fill("#cal-date", "2026-02-13");
    await page.fill("#cal-time", "09:00");
    await page.fill("#cal-days", "3");
    await page.click("#cal-form button[type=submit]");
    const due = dossierDueDate({ receivedAt: "2026-02-13T09:00:00+07:00", workingDays: 3 }).due!;
    expect(await page.textContent("#cal-due")).toBe(
      `Thứ Tư, ${due.slice(8)}/${due.slice(5, 7)}/${due.slice(0, 4)}`,
    );
    const rows = await page.$$eval("#cal-holidays-body tr", (trs) => trs.length);
    expect(rows).toBe(defaultCalendar().holidaysIn(2026).length);
    expect(await page.textContent("#cal-year")).toBe("2026");

    await page.fill("#cal-date", "2026-08-21");
    await page.fill("#cal-time", "16:10");
    await page.fill("#cal-days", "0");
    await page.fill("#cal-cutoff", "15:00");
    await page.click("#lang-en");
    await page.click("#cal-form button[type=submit]");
    const late = dossierDueDate({
      receivedAt: "2026-08-21T16:10:00+07:00",
      workingDays: 0,
      cutoff: "15:00",
    }).due;
    expect(await page.textContent("#cal-due")).toBe(`Saturday, ${late}`);

    await page.fill("#cal-days", "-1");
    await page.click("#cal-form button[type=submit]");
    expect(await page.textContent("#cal-error")).toBe(STRINGS.en.calBadDays);
    expect(await page.isHidden("#cal-result")).toBe(true);
    await page.fill("#cal-days", "3");
    await page.fill("#cal-date", "2201-01-05");
    await page.click("#cal-form button[type=submit]");
    expect(await page.textContent("#cal-error")).toMatch(/range|2100/);
  });

  it("fits a 360 px wide screen without sideways scrolling", async () => {
    const { page } = await open({ width: 360, height: 780 });
    await dropFile(page, EXAMPLE_NAME, exampleBytes);
    const width = await page.evaluate("document.documentElement.scrollWidth");
    expect(width).toBeLessThanOrEqual(360);
    await page.click("#tab-calendar");
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
  });

  it("takes the README's screenshot of the page with the example report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-shot-"));
    try {
      const file = join(dir, "checker.png");
      await screenshotExample(file, 1280, 1000);
      const png = readFileSync(file);
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 1000]);
      expect(png.length).toBeGreaterThan(20_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
