import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { EleventyEventArgs } from "../eleventy-types.ts";
import { SEARCH_RECORDS_EVENT, type SearchRecordsSource } from "./records.ts";
import { PendingPages } from "./pending-pages.ts";
import { startSearchIndexThread } from "./index-thread.ts";
import type { SearchIndexReport, SearchIndexSession } from "./indexer.ts";
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
 * Eleventy renders. Pages known as data (ward pages) come as records while
 * Eleventy is still reading data. In a production build the index is written
 * as soon as the last HTML page for search has arrived, while Eleventy writes
 * the rest; in the preview, it is finished in the background so that the live
 * reload of the edited page does not wait for search.
 */
export default function searchPlugin(eleventyConfig: UserConfig, options: SearchPluginOptions): void {
  let href = "";
  let outputDir = "";
  let session: SearchIndexSession | undefined;
  let added = new Set<string>();
  /**
   * The preview's pages by output path, so that a rebuild that wrote only some
   * pages still indexes the whole site. A page whose file the preview has
   * deleted (its content was deleted or renamed) is dropped from it.
   */
  let previewPages: Map<string, string> | undefined;
  /** The preview's previous index, which must be written before the next one starts. */
  let indexing: Promise<void> = Promise.resolve();
  /** URLs whose search entry is a record: their HTML is never indexed. */
  let fromData = new Set<string>();
  /** A production build's HTML pages still to come; undefined in the preview. */
  let pending: PendingPages | undefined;
  let finishing: Promise<void> | undefined;

  const finish = (current: SearchIndexSession, pagefindDir: string) => {
    session = undefined;
    const started = performance.now();
    return current.finish(pagefindDir).then((report) => logReport(report, started));
  };

  eleventyConfig.addWatchTarget(options.script);
  eleventyConfig.addGlobalData("searchScript", () => ({ href }));

  eleventyConfig.on("eleventy.before", async ({ directories, runMode }: EleventyEventArgs) => {
    await indexing;
    // A build that failed never reached eleventy.after; its Pagefind session is still open.
    await session?.abort();
    outputDir = directories.output;
    if (runMode !== "build") previewPages ??= new Map();
    added = new Set();
    fromData = new Set();
    pending = undefined;
    finishing = undefined;
    session = startSearchIndexThread();
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
    for (const record of source()) {
      fromData.add(record.url);
      session.addRecord(record);
    }
  });

  eleventyConfig.on("eleventy.contentMap", ({ urlToInputPath }: { urlToInputPath: Record<string, unknown> }) => {
    if (!previewPages) pending = new PendingPages(Object.keys(urlToInputPath), fromData);
  });

  eleventyConfig.addTransform(
    "search-index",
    function (this: { page: { outputPath: string | false; url: string | false } }, content: unknown) {
      const { outputPath, url } = this.page;
      if (typeof outputPath !== "string" || !outputPath.endsWith(".html") || typeof content !== "string") return content;
      const sourcePath = path.relative(outputDir, outputPath).split(path.sep).join("/");
      if (!session) {
        if (finishing && searchableDocument(content) !== undefined) {
          throw new Error(`[search] ${sourcePath} arrived after the search index was written (it was not in Eleventy's content map)`);
        }
        return content;
      }
      // A record's page is never indexed from its HTML too: Pagefind keeps one entry per URL, the last one.
      const searchable = typeof url === "string" && fromData.has(url) ? undefined : searchableDocument(content);
      added.add(sourcePath);
      if (searchable === undefined) previewPages?.delete(sourcePath);
      else {
        session.add(sourcePath, searchable);
        previewPages?.set(sourcePath, searchable);
      }
      if (pending?.arrived(sourcePath)) {
        finishing = finish(session, path.join(outputDir, "pagefind"));
        // Awaited, and its failure reported, in eleventy.after; until then it must not count as unhandled.
        finishing.catch(() => undefined);
      }
      return content;
    },
  );

  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: EleventyEventArgs) => {
    const current = session;
    const pagefindDir = path.join(directories.output, "pagefind");
    if (!previewPages || runMode === "build") {
      // Started already when the last page for search arrived; otherwise now.
      finishing ??= current ? finish(current, pagefindDir) : undefined;
      return finishing;
    }
    if (!current) return;
    for (const [sourcePath, html] of previewPages) {
      if (added.has(sourcePath)) continue;
      // The preview deletes the pages of deleted content (src/preview/plugin.ts, before this runs): they leave search too.
      if (existsSync(path.join(directories.output, sourcePath))) current.add(sourcePath, html);
      else previewPages.delete(sourcePath);
    }
    indexing = finish(current, pagefindDir).catch((error: unknown) =>
      console.error(`[search] ${error instanceof Error ? error.message : String(error)}`),
    );
  });
}

function logReport({ pagesIndexed, filesSeen, records, writeMs }: SearchIndexReport, started: number): void {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)}s`;
  console.log(
    `[search] Indexed ${pagesIndexed} pages (${records} from data, ${filesSeen} from HTML) with Pagefind in ${seconds(performance.now() - started)} after the last page for search, of which writing ${seconds(writeMs)}`,
  );
}
