import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuiltSite } from "../support/build-site.ts";
import { defaultSite } from "../support/default-site.ts";
import { htmlPages } from "../../harness/site-files.ts";

const faqFiles = readdirSync("content/faq").filter((name) => name.endsWith(".md"));
const slugs = faqFiles.map((name) => name.replace(/\.md$/, ""));

let site: BuiltSite;
beforeAll(async () => {
  site = await defaultSite();
});

describe("the built FAQ", () => {
  it("has what a ward panel is, beside the questions from the source", () => {
    expect(slugs).toContain("what-is-a-ward-panel");
  });

  it("has a page for each question in content/faq/, and no other", () => {
    const built = readdirSync(path.join(site.outputDir, "faq"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(slugs.length).toBeGreaterThan(0);
    expect(built.sort()).toEqual([...slugs].sort());
  });

  it("lists each question in content/faq/ once in the index page's contents, and no other", () => {
    const html = readFileSync(path.join(site.outputDir, "faq", "index.html"), "utf8");
    const contents = /<ol class="sn-contents__list">(.*?)<\/ol>/s.exec(html)?.[1] ?? "";
    const listed = [...contents.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(listed.sort()).toEqual([...slugs].sort());
  });

  it("gives every question its own page", () => {
    for (const slug of slugs) {
      const html = readFileSync(path.join(site.outputDir, "faq", slug, "index.html"), "utf8");
      expect(html, slug).toContain(`<h1 class="sn-heading-xl" id="${slug}">`);
    }
  });

  it("shows every question on the index page as a heading with a stable id", () => {
    const html = readFileSync(path.join(site.outputDir, "faq", "index.html"), "utf8");
    for (const slug of slugs) {
      expect(html, slug).toMatch(new RegExp(`<h2[^>]* id="${slug}"`));
      expect(html, slug).toContain(`href="#${slug}"`);
    }
  });
});

describe("the search index", () => {
  it("holds one entry per HTML content page (404, search, the postcode district pages and the location page excluded)", () => {
    // District pages are lists of links to wards, which search finds on their own; the
    // location page does nothing without JavaScript, and /find/, which has it too, is indexed.
    const contentPages = htmlPages(site.outputDir).filter(
      (page) =>
        !["404.html", "search/index.html", "find/location/index.html"].includes(page) && !/^areas\/postcodes\/[^/]+\/index\.html$/.test(page),
    );
    const match = /Indexed (\d+) pages/.exec(site.logs);
    expect(match, site.logs).not.toBeNull();
    expect(Number(match?.[1])).toBe(contentPages.length);
    expect(contentPages.length).toBeGreaterThanOrEqual(slugs.length + 2);
  });
});
