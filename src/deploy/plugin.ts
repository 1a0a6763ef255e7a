import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { absoluteUrl, buildTime, productionConfigWarnings, site } from "../config/site.ts";
import { securityTxt, securityTxtExpiry } from "./security-txt.ts";

export interface DeployPluginOptions {
  /** Build time (default: SN_NOW, else the clock), from which security.txt's expiry is counted. */
  now?: () => Date;
}

/**
 * How the site is served. Under a subfolder (PATH_PREFIX, returned to
 * Eleventy as pathPrefix), HtmlBasePlugin prefixes every root-relative URL in
 * the HTML: links, stylesheets, scripts and the search form's action. Pagefind
 * finds its bundle from its own script's address and builds result URLs from
 * that, so search needs nothing more. Also writes /.well-known/security.txt.
 */
export default function deployPlugin(eleventyConfig: UserConfig, options: DeployPluginOptions = {}): void {
  const now = options.now ?? (() => buildTime());
  for (const warning of productionConfigWarnings()) console.warn(`[deploy] ${warning}`);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addTemplate("security-txt.11ty.js", {
    data: { permalink: "/.well-known/security.txt", eleventyExcludeFromCollections: true },
    render: () =>
      securityTxt({
        contact: site.securityContact,
        expires: securityTxtExpiry(now()),
        canonical: absoluteUrl("/.well-known/security.txt"),
        preferredLanguages: ["en"],
      }),
  });
}
