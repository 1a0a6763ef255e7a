import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { site as siteConfig } from "../../src/config/site.ts";
import { defaultSite } from "../support/default-site.ts";
import { buildSite } from "../support/build-site.ts";
import { checkSite, readSite, type SiteCheckReport } from "../support/site-check.ts";
import { startStaticServer, type StaticServer } from "../support/static-server.ts";

/*
 * Every page of a build, as a visitor meets it: no broken internal link,
 * asset, form action, fragment or redirect target; every page reachable from
 * the home page; every page titled. Once for the plain build, once for a
 * subfolder deploy (PATH_PREFIX).
 */

function expectIntact(report: SiteCheckReport): void {
  expect(report.broken, "broken links").toEqual([]);
  expect(report.unreachable, "pages not reachable from the home page").toEqual([]);
  expect(report.untitled, "pages without a title").toEqual([]);
}

describe("the sample site", () => {
  let report: SiteCheckReport;
  beforeAll(async () => {
    const site = await defaultSite();
    report = checkSite(site.outputDir, { pathPrefix: "/", siteUrl: siteConfig.url });
    console.log(
      `Link check (sample site): ${report.linksChecked} internal links checked on ${report.pages} pages, including ${report.redirectsChecked} redirect targets; ${report.externalLinks} external links not followed`,
    );
  });

  it("has no broken link or fragment, no unreachable page and no page without a title", () => {
    expect(report.pages).toBeGreaterThan(20);
    expect(report.linksChecked).toBeGreaterThan(500);
    expectIntact(report);
  });
});

const PREFIX = "/safer-neighbourhoods/";
const SITE_URL = "https://www.example.org";

describe(`the site built for a subfolder (PATH_PREFIX=${PREFIX})`, () => {
  let outputDir: string;
  let report: SiteCheckReport;
  let server: StaticServer;

  beforeAll(async () => {
    // A separate process: the site's address and prefix are read once, when its modules load.
    outputDir = mkdtempSync(path.join(tmpdir(), "sn-prefixed-"));
    const built = spawnSync(
      process.execPath,
      ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", `--output=${outputDir}`, "--quiet"],
      { env: { ...process.env, PATH_PREFIX: PREFIX, SITE_URL }, encoding: "utf8" },
    );
    expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
    report = checkSite(outputDir, { pathPrefix: PREFIX, siteUrl: SITE_URL });
    console.log(
      `Link check (subfolder build): ${report.linksChecked} internal links checked on ${report.pages} pages, including ${report.redirectsChecked} redirect targets`,
    );
    server = await startStaticServer({ root: outputDir, pathPrefix: PREFIX });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("keeps every internal link, asset, form and fragment inside the subfolder, and working", () => {
    expect(report.linksChecked).toBeGreaterThan(500);
    expectIntact(report);
  });

  it("points the search page at Pagefind's bundle inside the subfolder", async () => {
    const html = await (await fetch(`${server.origin}${PREFIX}search/`)).text();
    // Our script imports Pagefind from beside itself (../pagefind/pagefind.js), so both must be in the subfolder.
    const script = new RegExp(`<script type="module" src="(${PREFIX}assets/search\\.[0-9a-f]+\\.js)"`).exec(html)?.[1];
    expect(script, "the search page's module script").toBeDefined();
    const code = await (await fetch(`${server.origin}${script}`)).text();
    expect(code).toContain('"../pagefind/pagefind.js"');
    const bundle = new URL("../pagefind/pagefind.js", `${server.origin}${script}`);
    expect(bundle.pathname).toBe(`${PREFIX}pagefind/pagefind.js`);
    expect((await fetch(bundle)).status).toBe(200);
    expect(html).not.toContain("pagefind-component-ui");
    expect(html).toContain(`action="${PREFIX}search/"`);
    expect((await fetch(`${server.origin}${PREFIX}pagefind/pagefind-entry.json`)).status).toBe(200);
  });

  it("writes canonical links, the sitemap and redirect targets with the prefix, from SITE_URL", async () => {
    const html = await (await fetch(`${server.origin}${PREFIX}faq/`)).text();
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="${SITE_URL}${PREFIX}faq/"/?>`));
    const sitemap = await (await fetch(`${server.origin}${PREFIX}sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${SITE_URL}${PREFIX}areas/camden/camden-town/</loc>`);
    const redirects = readFileSync(path.join(outputDir, "_redirects"), "utf8");
    expect(redirects).toMatch(new RegExp(`^/areas/E05013655/ +${PREFIX}areas/camden/camden-town/ +301$`, "m"));
  });

  it("keeps structured data intact, with every @id under the subfolder", () => {
    const blocks = [...readSite(outputDir).values()].flatMap((page) => page.jsonLd);
    expect(blocks.length).toBeGreaterThan(2);
    for (const json of blocks) {
      const ids = [...JSON.stringify(JSON.parse(json)).matchAll(/"@id":"([^"]+)"/g)].map((match) => match[1]);
      for (const id of ids) expect(id?.startsWith(`${SITE_URL}${PREFIX}`), id).toBe(true);
    }
  });

  it("serves the 404 page, whose links work from any address, for unknown paths in and outside the subfolder", async () => {
    for (const missing of [`${PREFIX}no-such-page/`, "/no-such-page/", `${PREFIX}areas/camden/nowhere/`]) {
      const response = await fetch(`${server.origin}${missing}`);
      expect(response.status, missing).toBe(404);
      const html = await response.text();
      expect(html, missing).toContain("Page not found");
      expect(html, missing).toContain(`href="${PREFIX}areas/"`);
    }
  });
});

describe("the link checker itself", () => {
  it("finds broken links and fragments, unreachable and untitled pages", () => {
    const root = mkdtempSync(path.join(tmpdir(), "sn-broken-"));
    const page = (file: string, html: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), html);
    };
    page(
      "index.html",
      `<title>Home</title><h1 id="top">Home</h1>
       <a href="/a/">a</a> <a href="/a/#here">a#here</a> <a href="/a/#gone">a#gone</a> <a href="#">empty</a>
       <a href="/missing/">missing</a> <link rel="stylesheet" href="/style.css"> <a href="https://elsewhere.example/">out</a>
       <a href="mailto:x@example.org">mail</a> <a href="/old/">redirected</a> <link rel="canonical" href="https://www.example.org/nope/">`,
    );
    page("a/index.html", `<title>A</title><p id="here">A</p>`);
    page("orphan/index.html", `<title>Orphan</title>`);
    page("untitled/index.html", `<title> </title><a href="/">home</a>`);
    page("404.html", `<title>Not found</title>`);
    page("_redirects", "/old/  /a/  301\n/older/  /nowhere/  301\n");

    const report = checkSite(root, { pathPrefix: "/", siteUrl: "https://www.example.org" });
    expect(report.broken).toEqual([
      "index.html: /a/#gone (no id=\"gone\" on a/index.html)",
      "index.html: # (an empty fragment names no id)",
      'index.html: <a href="/missing/"> (no such file)',
      'index.html: <link href="/style.css"> (no such file)',
      'index.html: <link href="https://www.example.org/nope/"> (no such file)',
      "_redirects: /older/ → /nowhere/ (no such file)",
    ]);
    expect(report.unreachable).toEqual(["orphan/index.html", "untitled/index.html"]);
    expect(report.untitled).toEqual(["untitled/index.html"]);
    expect(report.externalLinks).toBe(1);
  });
});
