import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "../support/build-site.ts";
import { pageAssets, pageWeight } from "../../harness/page-weight.ts";
import { htmlPages } from "../../harness/site-files.ts";

/*
 * Byte budgets are a property of the templates, the same on every machine,
 * so they are tested here. Time budgets depend on the machine; they live in
 * the benchmark (npm run bench), not in the test suite.
 */

const WARD_PAGE_BUDGET = 20 * 1024;
const SEARCH_PAGE = "search/index.html";

let site: BuiltSite;
let pages: string[];
beforeAll(async () => {
  site = await buildSite();
  pages = htmlPages(site.outputDir);
});

describe("page weight budgets", () => {
  it(`keeps every ward page's HTML and CSS within ${WARD_PAGE_BUDGET / 1024} KB compressed, gzip and brotli`, () => {
    const wardPages = pages.filter((page) => /^areas\/[^/]+\/[^/]+\/index\.html$/.test(page));
    expect(wardPages.length).toBeGreaterThan(0);
    for (const page of wardPages) {
      const { html, css, total } = pageWeight(site.outputDir, page);
      const detail = `${page}: HTML ${html.gzip} + CSS ${css.gzip} bytes gzip; ${html.brotli} + ${css.brotli} brotli`;
      expect(total.gzip, detail).toBeLessThanOrEqual(WARD_PAGE_BUDGET);
      expect(total.brotli, detail).toBeLessThanOrEqual(WARD_PAGE_BUDGET);
      expect(css.raw, `${page} links no stylesheet`).toBeGreaterThan(0);
    }
  });

  it("ships no JavaScript on any page but search", () => {
    const withScripts = pages
      .filter((page) => page !== SEARCH_PAGE)
      .map((page) => ({ page, weight: pageWeight(site.outputDir, page) }))
      .filter(({ weight }) => weight.js.raw > 0 || weight.scripts.length > 0)
      .map(({ page, weight }) => `${page}: ${weight.scripts.join(", ")}`);
    expect(withScripts).toEqual([]);
  });

  it("counts the search page's scripts, so the check above can see JavaScript", () => {
    const search = pageWeight(site.outputDir, SEARCH_PAGE);
    expect(search.scripts.length).toBeGreaterThan(0);
    expect(search.js.raw).toBeGreaterThan(0);
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
