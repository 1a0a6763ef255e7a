import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { site as siteConfig } from "../../src/config/site.ts";
import { buildSite, type BuiltSite } from "../support/build-site.ts";
import { hasLondonWardList, londonContent, londonSkipReason } from "../../harness/london.ts";
import { checkSite } from "../support/site-check.ts";
import { htmlPages } from "../../harness/site-files.ts";
import type { TempContent } from "../../harness/temp-content.ts";

const title = hasLondonWardList()
  ? "a full-London build from the ONS ward list"
  : `a full-London build (skipped: ${londonSkipReason})`;

describe.skipIf(!hasLondonWardList())(title, () => {
  let content: TempContent;
  let site: BuiltSite;
  let seconds = 0;

  beforeAll(async () => {
    content = londonContent();
    const started = performance.now();
    site = await buildSite({ contentDir: content.contentDir });
    seconds = (performance.now() - started) / 1000;
  });
  afterAll(() => content?.cleanup());

  it("writes a page for each of the 704 wards and 33 boroughs", () => {
    const pages = htmlPages(site.outputDir);
    const wardPages = pages.filter((page) => /^areas\/[^/]+\/[^/]+\/index\.html$/.test(page));
    const boroughPages = pages.filter((page) => /^areas\/[^/]+\/index\.html$/.test(page));
    console.log(`Full-London build: ${pages.length} HTML pages in ${seconds.toFixed(2)} s (in-process, Pagefind included)`);
    expect(wardPages).toHaveLength(704);
    expect(boroughPages).toHaveLength(33);
  });

  it("lists every ward on the areas page", () => {
    const html = readFileSync(path.join(site.outputDir, "areas", "index.html"), "utf8");
    expect(html.match(/href="\/areas\/[^/"]+\/[^/"]+\/"/g)).toHaveLength(704);
  });

  it("has no broken link, fragment or redirect, and every page is reachable from the home page", () => {
    const report = checkSite(site.outputDir, { pathPrefix: "/", siteUrl: siteConfig.url });
    console.log(
      `Link check (full London): ${report.linksChecked} internal links checked on ${report.pages} pages, including ${report.redirectsChecked} redirect targets`,
    );
    expect(report.broken.slice(0, 20)).toEqual([]);
    expect(report.unreachable).toEqual([]);
    expect(report.untitled).toEqual([]);
  });

  it("writes the calendar every ward page links to, with that ward's upcoming events", () => {
    const pages = htmlPages(site.outputDir).filter((page) => /^areas\/[^/]+\/[^/]+\/index\.html$/.test(page));
    let calendars = 0;
    for (const page of pages) {
      const html = readFileSync(path.join(site.outputDir, page), "utf8");
      const link = /<a href="([^"]+\.ics)"/.exec(html)?.[1];
      if (!link) continue;
      calendars += 1;
      const ics = readFileSync(path.join(site.outputDir, link), "utf8");
      expect(ics.startsWith("BEGIN:VCALENDAR")).toBe(true);
      const eventsOnPage = html.match(/<li class="sn-event">/g)?.length ?? 0;
      expect(ics.match(/BEGIN:VEVENT/g)?.length ?? 0, link).toBe(eventsOnPage);
    }
    expect(calendars).toBeGreaterThan(100);
  });

  it("indexes every content page for search", () => {
    const contentPages = htmlPages(site.outputDir).filter((page) => !["404.html", "search/index.html"].includes(page));
    expect(site.logs).toContain(`Indexed ${contentPages.length} pages`);
  });
});
