import { absoluteUrl, type SiteConfig } from "../config/site.ts";

/**
 * The pages a sitemap lists: addresses that end in `/` (Eleventy writes them
 * as index.html). Files such as 404.html, calendars and robots.txt are not
 * pages people should land on from a search engine.
 */
export function sitemapPaths(urls: Iterable<string | false | undefined>): string[] {
  const pages = new Set<string>();
  for (const url of urls) if (typeof url === "string" && url.endsWith("/")) pages.add(url);
  return [...pages].sort();
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** sitemap.xml (sitemaps.org 0.9) with full URLs. */
export function sitemapXml(paths: readonly string[], config: Pick<SiteConfig, "url" | "pathPrefix">): string {
  const entries = paths.map((path) => `  <url><loc>${escapeXml(absoluteUrl(path, config))}</loc></url>`);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...entries,
    `</urlset>`,
    "",
  ].join("\n");
}

/** robots.txt: everything may be crawled, and the sitemap says what there is. */
export function robotsTxt(config: Pick<SiteConfig, "url" | "pathPrefix">): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl("/sitemap.xml", config)}\n`;
}
