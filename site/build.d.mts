/** Sizes and place of a built checker page. */
export interface SiteBuild {
  /** The HTML file written. */
  file: string;
  /** The page's script, minified, in bytes. */
  jsBytes: number;
  /** The same, gzipped (level 9). */
  jsGzipBytes: number;
  /** The whole HTML file in bytes. */
  htmlBytes: number;
}

/** Builds the checker page into one self-contained HTML file (default site/dist/index.html). */
export function buildSite(options?: { outDir?: string }): Promise<SiteBuild>;
