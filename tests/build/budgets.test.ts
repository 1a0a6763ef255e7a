import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuiltSite } from "../support/build-site.ts";
import { defaultSite } from "../support/default-site.ts";
import { pageAssets, pageWeight, sizesOf } from "../../harness/page-weight.ts";
import { htmlPages } from "../../harness/site-files.ts";

/*
 * Byte budgets are a property of the templates, the same on every machine,
 * so they are tested here. Time budgets depend on the machine; they live in
 * the benchmark (npm run bench), not in the test suite.
 */

const WARD_PAGE_BUDGET = 20 * 1024;
const SEARCH_PAGE = "search/index.html";
const FIND_PAGE = "find/index.html";
/** A postcode lookup beyond the page itself: the find script and one district's file (issue 11). */
const LOOKUP_BUDGET = 15 * 1024;
/** Pages whose script is their purpose: search, find by postcode, and find by your location. */
const SCRIPTED_PAGES = [SEARCH_PAGE, FIND_PAGE, "find/location/index.html"];

let site: BuiltSite;
let pages: string[];
beforeAll(async () => {
  site = await defaultSite();
  pages = htmlPages(site.outputDir);
});

describe("page weight budgets", () => {
  it(`keeps every ward page's HTML and CSS within ${WARD_PAGE_BUDGET / 1024} KB compressed, gzip and brotli`, () => {
    const wardPages = pages.filter((page) => /^areas\/(?!postcodes\/)[^/]+\/[^/]+\/index\.html$/.test(page));
    expect(wardPages.length).toBeGreaterThan(0);
    // Every ward page shares one stylesheet, so the pages with the most HTML are the heaviest compressed too:
    // checking the 60 largest bounds all 679 without compressing each at brotli's slowest setting.
    const largest = [...wardPages].sort((a, b) => statSync(path.join(site.outputDir, b)).size - statSync(path.join(site.outputDir, a)).size);
    for (const page of largest.slice(0, 60)) {
      const { html, css, total } = pageWeight(site.outputDir, page);
      const detail = `${page}: HTML ${html.gzip} + CSS ${css.gzip} bytes gzip; ${html.brotli} + ${css.brotli} brotli`;
      expect(total.gzip, detail).toBeLessThanOrEqual(WARD_PAGE_BUDGET);
      expect(total.brotli, detail).toBeLessThanOrEqual(WARD_PAGE_BUDGET);
      expect(css.raw, `${page} links no stylesheet`).toBeGreaterThan(0);
    }
  });

  it("ships no JavaScript on any page but search and the find pages (postcode and location)", () => {
    // Only which scripts a page loads matters here, not their weight: reading the HTML is enough.
    const withScripts = pages
      .filter((page) => !SCRIPTED_PAGES.includes(page))
      .map((page) => ({ page, assets: pageAssets(readFileSync(path.join(site.outputDir, page), "utf8")) }))
      .filter(({ assets }) => assets.scripts.length > 0 || assets.inlineScripts.length > 0)
      .map(({ page, assets }) => `${page}: ${[...assets.scripts, ...assets.inlineScripts.map(() => "inline")].join(", ")}`);
    expect(withScripts).toEqual([]);
  });

  it("counts the search page's scripts, so the check above can see JavaScript", () => {
    const search = pageWeight(site.outputDir, SEARCH_PAGE);
    expect(search.scripts.length).toBeGreaterThan(0);
    expect(search.js.raw).toBeGreaterThan(0);
  });
});

describe("postcode lookup budget", () => {
  it(`keeps the find page's scripts and any one district's lookup file within ${LOOKUP_BUDGET / 1024} KB compressed, gzip and brotli`, () => {
    const find = pageWeight(site.outputDir, FIND_PAGE);
    // The postcode lookup's script and "Use my location"'s, both loaded with the page, so both counted.
    expect(find.scripts).toHaveLength(2);
    const files = readdirSync(path.join(site.outputDir, "data", "postcodes"));
    expect(files.length).toBeGreaterThan(300);
    // The largest gzipped is found with gzip alone; brotli, much slower, only for that one.
    const gzipped = files.map((file) => ({ file, gzip: gzipSync(readFileSync(path.join(site.outputDir, "data", "postcodes", file))).length }));
    const biggest = gzipped.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const largest = { file: biggest.file, sizes: sizesOf(readFileSync(path.join(site.outputDir, "data", "postcodes", biggest.file))) };
    const detail = `script ${find.js.gzip} + ${largest.file} ${largest.sizes.gzip} bytes gzip; ${find.js.brotli} + ${largest.sizes.brotli} brotli`;
    console.log(`Postcode lookup, largest district: ${detail}`);
    expect(find.js.gzip + largest.sizes.gzip, detail).toBeLessThanOrEqual(LOOKUP_BUDGET);
    expect(find.js.brotli + largest.sizes.brotli, detail).toBeLessThanOrEqual(LOOKUP_BUDGET);
  });
});

describe("pageAssets", () => {
  it("counts scripts by src and inline scripts that run, but not JSON-LD data", () => {
    const html = `<head><link rel="stylesheet" href="/a.css"><link rel="canonical" href="/x/">
      <script type="application/ld+json">{"@context":"https://schema.org"}</script>
      <script src="/s.js" defer></script><script type="module">run()</script><script>go()</script></head>`;
    const assets = pageAssets(html);
    expect(assets.stylesheets).toEqual(["/a.css"]);
    expect(assets.scripts).toEqual(["/s.js"]);
    expect(assets.inlineScripts).toEqual(["run()", "go()"]);
  });
});
