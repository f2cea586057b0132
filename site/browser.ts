/**
 * Driving the built checker page in the system's headless Chromium (playwright-core, no bundled
 * browser): shared by the browser tests (test/site) and the screenshot script.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The Chromium of the system's package manager (`apt-get install chromium`); `CCHC_CHROMIUM` overrides it. */
export const CHROMIUM_PATH = process.env.CCHC_CHROMIUM || "/usr/bin/chromium";

/** Headless, no sandbox (CI runs as root), and nothing that phones home. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The built page (`npm run build:site`). */
export const PAGE_FILE = join(root, "site/dist/index.html");
/** The built page as a `file:` URL. */
export const PAGE_URL = pathToFileURL(PAGE_FILE).href;
/** The example report the README and the tests use. */
export const EXAMPLE_FILE = join(root, "examples/khanh-hoa-skhcn-2022h1.txt");

/** Whether the system's Chromium is installed (at {@link CHROMIUM_PATH}). */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Launches the system's Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** The ids a drop goes to and waits on: the zone, the element showing the file's name, the result and the error. */
export interface DropTarget {
  zone: string;
  file: string;
  result: string;
  error: string;
}

/** The Report tab's drop zone. */
export const REPORT_TAB: DropTarget = { zone: "drop", file: "meta-file", result: "result", error: "error" };

/** The Dossiers tab's drop zone. */
export const DOSSIERS_TAB: DropTarget = {
  zone: "dos-drop",
  file: "dos-meta-file",
  result: "dos-result",
  error: "dos-error",
};

/**
 * Drops a file on the page's drop zone, as a user dragging it from the file manager does (a real
 * `DataTransfer` with a `File` in a `drop` event), and waits until the page shows a result for that file,
 * or an error.
 */
export async function dropFile(
  page: Page,
  name: string,
  bytes: Uint8Array,
  ids: DropTarget = REPORT_TAB,
): Promise<void> {
  const b64 = Buffer.from(bytes).toString("base64");
  await page.evaluate(`(() => {
    const bin = atob(${JSON.stringify(b64)});
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], ${JSON.stringify(name)}));
    const zone = document.getElementById(${JSON.stringify(ids.zone)});
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  })()`);
  // Waited for with selectors, not a string predicate: when a predicate is not true at once, Playwright
  // polls it by evaluating the string in the page, which the page's CSP (no 'unsafe-eval') refuses.
  const shown = (id: string) => `#${id}:not([hidden])`;
  await page
    .locator(`${shown(ids.error)}, #${ids.file}:text-is(${JSON.stringify(name)})`)
    .first()
    .waitFor();
  if ((await page.locator(shown(ids.error)).count()) === 0) await page.locator(shown(ids.result)).waitFor();
}

/**
 * Waits until exactly `n` elements match `selector` — with selectors, not a string predicate (the page's
 * CSP refuses the evaluation Playwright polls a string predicate with).
 */
export async function waitForCount(page: Page, selector: string, n: number): Promise<void> {
  const all = page.locator(selector);
  if (n > 0) await all.nth(n - 1).waitFor({ state: "attached" });
  await all.nth(n).waitFor({ state: "detached" });
}
