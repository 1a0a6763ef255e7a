import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { EleventyEventArgs } from "../eleventy-types.ts";
import { buildSearchIndex } from "./indexer.ts";
import { bundleSearchScript } from "./script.ts";

export interface SearchPluginOptions {
  /** TypeScript entry for the search page's own script. */
  script: string;
  /** Folder in the output, and URL path, for the script. */
  outputSubdir: string;
}

/**
 * Search is the site's only JavaScript. This plugin builds the search page's
 * script, and rebuilds the Pagefind index after every build, including each
 * --serve rebuild, so that search in the preview matches what the author sees.
 */
export default function searchPlugin(eleventyConfig: UserConfig, options: SearchPluginOptions): void {
  let href = "";
  eleventyConfig.addWatchTarget(options.script);
  eleventyConfig.addGlobalData("searchScript", () => ({ href }));

  eleventyConfig.on("eleventy.before", async ({ directories }: EleventyEventArgs) => {
    const script = await bundleSearchScript(options.script);
    const outDir = path.join(directories.output, options.outputSubdir);
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, script.fileName), script.code);
    href = `/${options.outputSubdir}/${script.fileName}`;
  });

  eleventyConfig.on("eleventy.after", async ({ directories }: EleventyEventArgs) => {
    const started = performance.now();
    const { pagesIndexed, filesSeen } = await buildSearchIndex(directories.output);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`[search] Indexed ${pagesIndexed} pages (of ${filesSeen} HTML files) with Pagefind in ${seconds}s`);
  });
}
