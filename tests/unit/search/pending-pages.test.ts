import { describe, expect, it } from "vitest";
import { htmlSourcePath, PendingPages } from "../../../src/search/pending-pages.ts";

describe("htmlSourcePath", () => {
  it("gives the HTML file Eleventy writes for a page URL", () => {
    expect(htmlSourcePath("/")).toBe("index.html");
    expect(htmlSourcePath("/faq/what-is-a-pcso/")).toBe("faq/what-is-a-pcso/index.html");
    expect(htmlSourcePath("/404.html")).toBe("404.html");
  });

  it("gives nothing for files that are not pages", () => {
    for (const url of ["/sitemap.xml", "/areas/camden/camden-town/events.ics", "/_redirects", "false"]) {
      expect(htmlSourcePath(url)).toBeUndefined();
    }
  });
});

describe("PendingPages", () => {
  const urls = ["/", "/faq/", "/sitemap.xml", "/areas/camden/", "/areas/camden/camden-town/", "/404.html"];

  it("says when the last HTML page not indexed from data has arrived, in any order", () => {
    const pending = new PendingPages(urls, new Set(["/areas/camden/camden-town/"]));
    expect(pending.remaining).toBe(4);
    expect(pending.arrived("faq/index.html")).toBe(false);
    expect(pending.arrived("404.html")).toBe(false);
    expect(pending.arrived("areas/camden/camden-town/index.html")).toBe(false);
    expect(pending.arrived("index.html")).toBe(false);
    expect(pending.arrived("areas/camden/index.html")).toBe(true);
    expect(pending.remaining).toBe(0);
  });

  it("does not call a page the last twice, nor count a page it was not waiting for", () => {
    const pending = new PendingPages(["/", "/faq/"], new Set());
    expect(pending.arrived("index.html")).toBe(false);
    expect(pending.arrived("index.html")).toBe(false);
    expect(pending.arrived("elsewhere/index.html")).toBe(false);
    expect(pending.arrived("faq/index.html")).toBe(true);
    expect(pending.arrived("faq/index.html")).toBe(false);
  });
});
