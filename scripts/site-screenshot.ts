/**
 * Screenshots of the checker page with the example report: docs/checker.png (the README's picture).
 *
 *   npm run site:screenshot               → builds the page, writes docs/checker.png (1280 × 1400)
 *   npm run site:screenshot -- <dir>      → also writes <dir>/checker-360.png (a 360 px phone) to look at
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dropFile, EXAMPLE_FILE, launchChromium, PAGE_URL } from "../site/browser.js";
import { buildSite } from "../site/build.mjs";

/** Opens the page at a width, drops the example report and writes a screenshot of the first screen. */
export async function screenshotExample(path: string, width: number, height: number, fullPage = false) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.goto(PAGE_URL);
    await dropFile(page, "khanh-hoa-skhcn-2022h1.txt", readFileSync(EXAMPLE_FILE));
    await page.check("#only-flagged");
    await page.screenshot({ path, fullPage });
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith("site-screenshot.ts")) {
  await buildSite();
  const out = join(import.meta.dirname, "../docs/checker.png");
  await screenshotExample(out, 1280, 1400);
  console.log(`wrote ${out}`);
  const dir = process.argv[2];
  if (dir) {
    await screenshotExample(join(dir, "checker-360.png"), 360, 780, true);
    await screenshotExample(join(dir, "checker-full.png"), 1280, 1000, true);
    console.log(`wrote ${dir}/checker-360.png, ${dir}/checker-full.png`);
  }
}
