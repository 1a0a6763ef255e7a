import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapPaths, sitemapXml } from "../../../src/seo/sitemap.ts";

const config = { url: "https://www.example.org", pathPrefix: "/" };

describe("sitemapPaths", () => {
  it("keeps pages (addresses ending in /), once each and sorted, and drops other files", () => {
    expect(
      sitemapPaths(["/faq/", "/", "/404.html", "/areas/camden/camden-town/events.ics", false, undefined, "/faq/", "/robots.txt"]),
    ).toEqual(["/", "/faq/"]);
  });
});

describe("sitemapXml", () => {
  it("lists full URLs under the path prefix, escaped for XML", () => {
    const xml = sitemapXml(["/", "/a&b/"], { url: "https://www.example.org", pathPrefix: "/sn/" });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "  <url><loc>https://www.example.org/sn/</loc></url>",
        "  <url><loc>https://www.example.org/sn/a&#38;b/</loc></url>",
        "</urlset>",
        "",
      ].join("\n"),
    );
  });
});

describe("robotsTxt", () => {
  it("allows everything and names the sitemap", () => {
    expect(robotsTxt(config)).toBe("User-agent: *\nAllow: /\n\nSitemap: https://www.example.org/sitemap.xml\n");
  });
});
