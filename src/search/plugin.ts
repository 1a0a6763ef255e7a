import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { EleventyEventArgs } from "../eleventy-types.ts";
import { SEARCH_RECORDS_EVENT, type SearchRecordsSource } from "./records.ts";
import { startSearchIndex, type SearchIndexReport, type SearchIndexSession } from "./indexer.ts";
import { bundleSearchScript } from "./script.ts";
import { searchableDocument } from "./searchable.ts";

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
 * Eleventy renders. In the preview, the index is finished in the background so
 * that the live reload of the edited page does not wait for search.
 */
export default function searchPlugin(eleventyConfig: UserConfig, options: SearchPluginOptions): void {
  let href = "";
  let outputDir = "";
  let session: SearchIndexSession | undefined;
  let added = new Set<string>();
  /**
   * The preview's pages by output path, so that a rebuild that wrote only some
   * pages still indexes the whole site. Like the output folder, which Eleventy
   * never empties, it keeps a page deleted while the preview runs until restart.
   */
  let previewPages: Map<string, string> | undefined;
  /** The preview's previous index, which must be written before the next one starts. */
  let indexing: Promise<void> = Promise.resolve();

  eleventyConfig.addWatchTarget(options.script);
  eleventyConfig.addGlobalData("searchScript", () => ({ href }));

  eleventyConfig.on("eleventy.before", async ({ directories, runMode }: EleventyEventArgs) => {
    await indexing;
    // A build that failed never reached eleventy.after; its Pagefind session is still open.
    await session?.abort();
    outputDir = directories.output;
    if (runMode !== "build") previewPages ??= new Map();
    added = new Set();
    session = startSearchIndex();
    const script = await bundleSearchScript(options.script);
    const outDir = path.join(directories.output, options.outputSubdir);
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, script.fileName), script.code);
    href = `/${options.outputSubdir}/${script.fileName}`;
  });

  // Pages known as data (ward pages) arrive while Eleventy is still reading
  // data, so Pagefind indexes them on the second core during rendering.
  eleventyConfig.on(SEARCH_RECORDS_EVENT, (source: SearchRecordsSource) => {
    if (!session) return;
    for (const record of source()) session.addRecord(record);
  });

  eleventyConfig.addTransform("search-index", function (this: { page: { outputPath: string | false } }, content: unknown) {
    const { outputPath } = this.page;
    if (session && typeof outputPath === "string" && outputPath.endsWith(".html") && typeof content === "string") {
      const sourcePath = path.relative(outputDir, outputPath).split(path.sep).join("/");
      const searchable = searchableDocument(content);
      added.add(sourcePath);
      if (searchable === undefined) {
        previewPages?.delete(sourcePath);
        return content;
      }
      session.add(sourcePath, searchable);
      previewPages?.set(sourcePath, searchable);
    }
    return content;
  });

  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: EleventyEventArgs) => {
    const current = session;
    session = undefined;
    if (!current) return;
    const finish = async () => {
      const started = performance.now();
      const report = await current.finish(path.join(directories.output, "pagefind"));
      logReport(report, started);
    };
    if (!previewPages || runMode === "build") return finish();

    for (const [sourcePath, html] of previewPages) if (!added.has(sourcePath)) current.add(sourcePath, html);
    indexing = finish().catch((error: unknown) => console.error(`[search] ${error instanceof Error ? error.message : String(error)}`));
  });
}

function logReport({ pagesIndexed, filesSeen, records, writeMs }: SearchIndexReport, started: number): void {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)}s`;
  const writing = writeMs === undefined ? "" : `, of which writing ${seconds(writeMs)}`;
  console.log(
    `[search] Indexed ${pagesIndexed} pages (${records} from data, ${filesSeen} from HTML) with Pagefind in ${seconds(performance.now() - started)} after the last page${writing}`,
  );
}
