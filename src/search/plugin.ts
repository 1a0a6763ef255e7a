import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildSearchIndex } from "./indexer.ts";
import type { EleventyEventArgs } from "../eleventy-types.ts";

/**
 * Rebuilds the Pagefind index after every build, including each --serve
 * rebuild, so that search in the preview matches what the author sees.
 */
export default function searchPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: EleventyEventArgs) => {
    const started = performance.now();
    const { pageCount } = await buildSearchIndex(directories.output);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`[search] Indexed ${pageCount} pages with Pagefind in ${seconds}s`);
  });
}
