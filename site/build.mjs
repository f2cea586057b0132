// Builds the checker page into one self-contained HTML file, site/dist/index.html: the script (a
// classic IIFE bundle: Chromium does not load ES modules from file:// pages) and the styles are inlined,
// and a Content-Security-Policy with their hashes forbids every network request. The library is bundled
// from src/ through its package names (cchc/io, cchc/rules…), resolved by the tsconfig paths.
//
//   node site/build.mjs            → site/dist/index.html and the sizes of the page's JS
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, transform } from "esbuild";

const siteDir = dirname(fileURLToPath(import.meta.url));

/**
 * zod's namespace object re-exports every locale (~100 kB of messages the page never shows: the
 * library's messages are its own, in Vietnamese and English). Keep English, zod's default, only.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), "../locales/en.js"), namespace: "zod-locales" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
      loader: "js",
    }));
  },
};

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * Builds the page. Returns where it went and the sizes of its script (raw and gzipped, bytes).
 * @param {{ outDir?: string }} [options]
 */
export async function buildSite(options = {}) {
  const outDir = options.outDir ?? join(siteDir, "dist");
  const bundle = await build({
    entryPoints: [join(siteDir, "src/main.ts")],
    tsconfig: join(siteDir, "tsconfig.json"),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["es2022"],
    minify: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
    logLevel: "error",
    plugins: [zodEnglishOnly],
  });
  // `<!--` inside an inline script makes the HTML parser look for `<script` and `-->` in it; esbuild
  // already writes `</script` as `<\/script`. The XML reader of cchc/office skips comments by the
  // literal "<!--": written `\x3C!--`, it means the same in a string, template or regular expression
  // (the only places the minified code can hold it).
  const js = bundle.outputFiles[0].text.trim().replaceAll("<!--", "\\x3C!--");
  if (/<\/script/i.test(js) || /<!--/.test(js)) throw new Error("the bundle contains </script or <!--");
  const css = (
    await transform(readFileSync(join(siteDir, "src/styles.css"), "utf8"), { loader: "css", minify: true })
  ).code.trim();
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(js)}`,
    `style-src ${sha256(css)}`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const template = readFileSync(join(siteDir, "index.html"), "utf8");
  for (const mark of ["__CSP__", "/*__STYLE__*/", "/*__SCRIPT__*/"]) {
    if (template.split(mark).length !== 2) throw new Error(`site/index.html must contain ${mark} once`);
  }
  const html = template
    .replace("__CSP__", () => csp)
    .replace("/*__STYLE__*/", () => css)
    .replace("/*__SCRIPT__*/", () => js);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, "index.html");
  writeFileSync(file, html);
  const jsBytes = Buffer.byteLength(js, "utf8");
  return {
    file,
    jsBytes,
    jsGzipBytes: gzipSync(js, { level: 9 }).length,
    htmlBytes: Buffer.byteLength(html, "utf8"),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await buildSite();
  console.log(`${r.file}: ${r.htmlBytes} B; script ${r.jsBytes} B raw, ${r.jsGzipBytes} B gzipped`);
}
