import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "../support/build-site.ts";
import { copyContent, type TempContent } from "../../harness/temp-content.ts";

// Built without wards: drafts are FAQ questions and pages, and a small build keeps the suite fast.
let content: TempContent;
let site: BuiltSite;
beforeAll(async () => {
  content = copyContent({ wards: false });
  const faq = path.join(content.contentDir, "faq", "how-we-know-it-works.md");
  writeFileSync(faq, readFileSync(faq, "utf8").replace(/^topics:/m, "draft: true\ntopics:"));
  writeFileSync(
    path.join(content.contentDir, "coming-soon.md"),
    "---\ntitle: Coming soon\ndescription: A page not ready yet.\nlayout: page.11ty.tsx\npermalink: /coming-soon/\ndraft: true\n---\nZanzibarquux is a word only this draft has.\n",
  );
  site = await buildSite({ contentDir: content.contentDir });
}, 120_000);
afterAll(() => content?.cleanup());

describe("drafts in a production build", () => {
  it("are not published", () => {
    expect(existsSync(path.join(site.outputDir, "faq", "how-we-know-it-works", "index.html"))).toBe(false);
    expect(existsSync(path.join(site.outputDir, "coming-soon", "index.html"))).toBe(false);
    expect(existsSync(path.join(site.outputDir, "faq", "who-is-in-a-team", "index.html"))).toBe(true);
  });

  it("are not on the FAQ page, in the sitemap or in search", () => {
    expect(readFileSync(path.join(site.outputDir, "faq", "index.html"), "utf8")).not.toContain("how-we-know-it-works");
    const sitemap = readFileSync(path.join(site.outputDir, "sitemap.xml"), "utf8");
    expect(sitemap).not.toContain("how-we-know-it-works");
    expect(sitemap).not.toContain("coming-soon");
    // Pagefind's fragments (one per page, gzipped) hold each page's text.
    const fragments = readdirSync(path.join(site.outputDir, "pagefind", "fragment")).map((name) =>
      gunzipSync(readFileSync(path.join(site.outputDir, "pagefind", "fragment", name))).toString("utf8"),
    );
    expect(fragments.some((text) => text.includes("How many officers are in each team?"))).toBe(true);
    expect(fragments.some((text) => text.includes("Zanzibarquux") || text.includes("How do we know Safer Neighbourhoods works?"))).toBe(false);
  });

  it("leave no trace of the preview in a production page", () => {
    const html = readFileSync(path.join(site.outputDir, "faq", "who-is-in-a-team", "index.html"), "utf8");
    expect(html).not.toContain("/_preview/");
    expect(html).not.toContain("sn-preview");
    expect(existsSync(path.join(site.outputDir, "_authoring"))).toBe(false);
    expect(existsSync(path.join(site.outputDir, "_preview"))).toBe(false);
  });
});
