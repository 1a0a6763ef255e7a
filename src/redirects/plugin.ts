import { readFileSync } from "node:fs";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { sitePath } from "../config/site.ts";
import { formatRedirects } from "./netlify-redirects.ts";
import type { WardDirectory } from "../wards/directory.ts";
import { directoryTargets, parseWardCodeFile, wardCodeRedirects, type WardCodeRedirect } from "./ward-codes.ts";

export interface RedirectsPluginOptions {
  /** The mapping `npm run redirects:wards` writes from the ONS ward code history. */
  wardCodes: string;
}

/** Redirects for this build: every code to the best page that exists in it. */
export function redirectsForSite(codesFile: string, directory: WardDirectory): WardCodeRedirect[] {
  const { codes } = parseWardCodeFile(readFileSync(codesFile, "utf8"), codesFile);
  const redirects = wardCodeRedirects(codes, directoryTargets(directory));
  // Netlify matches `from` within the published folder; the browser follows `to`, so only `to` carries the prefix.
  return redirects.map((redirect) => ({ ...redirect, to: sitePath(redirect.to) }));
}

/**
 * Writes `_redirects` (Netlify's format) so that links to a ward by its ONS
 * code, including codes retired in the 2014, 2018 and 2022 boundary reviews,
 * reach a page instead of a 404. It is built from the committed mapping and
 * this build's wards, so every target is a page that exists.
 */
export default function redirectsPlugin(eleventyConfig: UserConfig, options: RedirectsPluginOptions): void {
  eleventyConfig.addWatchTarget(options.wardCodes);
  eleventyConfig.addTemplate("redirects.11ty.js", {
    data: { permalink: "/_redirects", eleventyExcludeFromCollections: true },
    render: (data: { wardDirectory: WardDirectory }) =>
      formatRedirects(
        redirectsForSite(options.wardCodes, data.wardDirectory),
        "Links to wards by ONS code, current or retired, to the ward's page, else its borough's, else all areas.\nGenerated at build time from src/redirects/ward-codes.json (npm run redirects:wards).",
      ),
  });
}
