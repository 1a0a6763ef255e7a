import type UserConfig from "@11ty/eleventy/UserConfig";
import { site } from "../config/site.ts";
import { robotsTxt, sitemapPaths, sitemapXml } from "./sitemap.ts";

export interface SeoPluginOptions {
  /** The site's icon, published as /favicon.svg (browsers and search results show it). */
  favicon: string;
}

/**
 * sitemap.xml lists every page of the build (in a preview rebuild after a
 * ward edit, only the pages rebuilt: the sitemap is for deploys); robots.txt
 * points to it. The canonical links, social cards and structured data are in
 * the layouts (layouts/base.tsx), which know each page's title and description.
 */
export default function seoPlugin(eleventyConfig: UserConfig, options: SeoPluginOptions): void {
  eleventyConfig.addPassthroughCopy({ [options.favicon]: "favicon.svg" });
  eleventyConfig.addTemplate("sitemap.11ty.js", {
    data: { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true },
    render: (data: { collections: { all: readonly { url: string | false }[] } }) =>
      sitemapXml(sitemapPaths(data.collections.all.map((item) => item.url)), site),
  });
  eleventyConfig.addTemplate("robots.11ty.js", {
    data: { permalink: "/robots.txt", eleventyExcludeFromCollections: true },
    render: () => robotsTxt(site),
  });
}
