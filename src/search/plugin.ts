import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { EleventyEventArgs } from "../eleventy-types.ts";
import { SEARCH_RECORDS_EVENT, type SearchRecordsSource } from "./records.ts";
import { SearchIndexBuild } from "./index-build.ts";
import { startSearchIndexThread } from "./index-thread.ts";
import type { SearchIndexReport } from "./indexer.ts";
import { bundlePageScript } from "../assets/page-script.ts";

export interface SearchPluginOptions {
  /** TypeScript entry for the search page's own script. */
  script: string;
  /** Folder in the output, and URL path, for the script. */
  outputSubdir: string;
}

/**
 * Search is the site's only JavaScript. This plugin builds the search page's
 * script, and the Pagefind index on every build, including each --serve
 * rebuild, so that search in the preview matches what the author sees.
 *
 * Pages go to Pagefind as they are rendered (a transform), not read back from
 * disk after the build: its indexer then works on the second core while
 * Eleventy renders. Pages known as data (ward pages) come as records while
 * Eleventy is still reading data. In a production build the index is written
 * as soon as the last HTML page for search has arrived, while Eleventy writes
 * the rest; in the preview, it is finished in the background so that the live
 * reload of the edited page does not wait for search. The sequencing lives in
 * SearchIndexBuild (index-build.ts); this file only wires it to Eleventy.
 */
export default function searchPlugin(eleventyConfig: UserConfig, options: SearchPluginOptions): void {
  let href = "";
  const index = new SearchIndexBuild({
    startSession: startSearchIndexThread,
    onReport: logReport,
    onPreviewError: (message) => console.error(`[search] ${message}`),
    pageExists: (outputDir, sourcePath) => existsSync(path.join(outputDir, sourcePath)),
  });

  eleventyConfig.addWatchTarget(options.script);
  eleventyConfig.addGlobalData("searchScript", () => ({ href }));

  eleventyConfig.on("eleventy.before", async ({ directories, runMode }: EleventyEventArgs) => {
    await index.begin({ outputDir: directories.output, preview: runMode !== "build" });
    const script = await bundlePageScript("search", options.script);
    const outDir = path.join(directories.output, options.outputSubdir);
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, script.fileName), script.code);
    href = `/${options.outputSubdir}/${script.fileName}`;
  });

  // Pages known as data (ward pages) arrive while Eleventy is still reading
  // data, so Pagefind indexes them on the second core during rendering.
  eleventyConfig.on(SEARCH_RECORDS_EVENT, (source: SearchRecordsSource) => index.addRecords(source()));

  eleventyConfig.on("eleventy.contentMap", ({ urlToInputPath }: { urlToInputPath: Record<string, unknown> }) =>
    index.expect(Object.keys(urlToInputPath)),
  );

  eleventyConfig.addTransform(
    "search-index",
    function (this: { page: { outputPath: string | false; url: string | false } }, content: unknown) {
      if (typeof content === "string") index.page(this.page.url, this.page.outputPath, content);
      return content;
    },
  );

  eleventyConfig.on("eleventy.after", ({ runMode }: EleventyEventArgs) => index.end({ preview: runMode !== "build" }));
}

function logReport({ pagesIndexed, filesSeen, records, writeMs }: SearchIndexReport, seconds: number): void {
  console.log(
    `[search] Indexed ${pagesIndexed} pages (${records} from data, ${filesSeen} from HTML) with Pagefind in ${seconds.toFixed(2)}s after the last page for search, of which writing ${(writeMs / 1000).toFixed(2)}s`,
  );
}
