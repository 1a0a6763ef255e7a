import path from "node:path";
import type { SearchIndexReport, SearchIndexSession } from "./indexer.ts";
import { PendingPages } from "./pending-pages.ts";
import { pageSearchMeta, withPageSearchMeta } from "./page-meta.ts";
import type { SearchRecord } from "./records.ts";
import { searchableDocument } from "./searchable.ts";

export interface IndexBuildOptions {
  /** Starts Pagefind (on its own thread in the build; a fake in the unit tests). */
  readonly startSession: () => SearchIndexSession;
  /** Told how long the index took once it is written. */
  readonly onReport?: (report: SearchIndexReport, secondsAfterLastPage: number) => void;
  /** Told about a preview index that failed, which must not stop the preview. */
  readonly onPreviewError?: (message: string) => void;
  /**
   * Whether a page of an earlier preview build is still in the output folder.
   * The preview deletes the pages of deleted content, which then leave search too.
   */
  readonly pageExists?: (outputDir: string, sourcePath: string) => boolean;
}

export interface BuildRun {
  /** Eleventy's output folder. */
  readonly outputDir: string;
  /** True for `--serve` and `--watch`, where each rebuild may write only some pages. */
  readonly preview: boolean;
}

/**
 * What the search index knows across one Eleventy build, and across the
 * rebuilds of a preview, kept apart from Eleventy so that its order of events
 * can be tested with a fake Pagefind session. The plugin calls one method per
 * Eleventy event:
 *
 * 1. `begin` (eleventy.before): a new session; a failed build's is aborted.
 * 2. `addRecords` (the wards plugin's records event): pages known as data.
 * 3. `expect` (eleventy.contentMap): in a production build, the HTML pages
 *    still to come, so the index is written as soon as the last one is in.
 * 4. `page` (a transform): each rendered page.
 * 5. `end` (eleventy.after): the index is written, if it is not already.
 */
export class SearchIndexBuild {
  readonly #options: IndexBuildOptions;
  #outputDir = "";
  #session: SearchIndexSession | undefined;
  /** Output paths handed over in this build. */
  #added = new Set<string>();
  /**
   * The preview's pages by output path, so that a rebuild that wrote only some
   * pages still indexes the whole site. A page whose file the preview has
   * deleted (its content was deleted or renamed) is dropped from it.
   */
  #previewPages: Map<string, string> | undefined;
  /** The preview's previous index, which must be written before the next one starts. */
  #indexing: Promise<void> = Promise.resolve();
  /** URLs whose search entry is a record: their HTML is never indexed. */
  #fromData = new Set<string>();
  /** A production build's HTML pages still to come; undefined in the preview. */
  #pending: PendingPages | undefined;
  #finishing: Promise<void> | undefined;

  constructor(options: IndexBuildOptions) {
    this.#options = options;
  }

  async begin({ outputDir, preview }: BuildRun): Promise<void> {
    await this.#indexing;
    // A build that failed never reached end(); its Pagefind session is still open.
    await this.#session?.abort();
    this.#outputDir = outputDir;
    if (preview) this.#previewPages ??= new Map();
    this.#added = new Set();
    this.#fromData = new Set();
    this.#pending = undefined;
    this.#finishing = undefined;
    this.#session = this.#options.startSession();
  }

  /** Pages known as data (ward pages): Pagefind indexes them while Eleventy renders. */
  addRecords(records: Iterable<SearchRecord>): void {
    const session = this.#session;
    if (!session) return;
    for (const record of records) {
      this.#fromData.add(record.url);
      const added = pageSearchMeta(record.url, record.meta.title, record.content);
      session.addRecord({
        ...record,
        meta: { ...added.meta, ...record.meta },
        filters: { ...added.filters, ...record.filters },
      });
    }
  }

  /** Every URL the build will write (Eleventy's content map). Records must have come first. */
  expect(urls: Iterable<string>): void {
    if (!this.#previewPages) this.#pending = new PendingPages(urls, this.#fromData);
  }

  /** A rendered page, with its URL and the file Eleventy writes it to. */
  page(url: string | false, outputPath: string | false, html: string): void {
    if (typeof outputPath !== "string" || !outputPath.endsWith(".html")) return;
    const sourcePath = path.relative(this.#outputDir, outputPath).split(path.sep).join("/");
    const session = this.#session;
    const fromData = typeof url === "string" && this.#fromData.has(url);
    if (!session) {
      if (this.#finishing && !fromData && searchableDocument(html) !== undefined) {
        throw new Error(`[search] ${sourcePath} arrived after the search index was written (it was not in Eleventy's content map)`);
      }
      return;
    }
    // A record's page is never indexed from its HTML too: Pagefind keeps one entry per URL, the last one.
    const body = fromData ? undefined : searchableDocument(html);
    const searchable = body === undefined || typeof url !== "string" ? body : withPageSearchMeta(body, url);
    this.#added.add(sourcePath);
    if (searchable === undefined) this.#previewPages?.delete(sourcePath);
    else {
      session.add(sourcePath, searchable);
      this.#previewPages?.set(sourcePath, searchable);
    }
    if (this.#pending?.arrived(sourcePath)) {
      this.#finishing = this.#finish(session);
      // Awaited, and its failure reported, in end(); until then it must not count as unhandled.
      this.#finishing.catch(() => undefined);
    }
  }

  async end({ preview }: Pick<BuildRun, "preview">): Promise<void> {
    const session = this.#session;
    if (!this.#previewPages || !preview) {
      // Started already when the last page for search arrived; otherwise now.
      this.#finishing ??= session ? this.#finish(session) : undefined;
      return this.#finishing;
    }
    if (!session) return;
    for (const [sourcePath, html] of this.#previewPages) {
      if (this.#added.has(sourcePath)) continue;
      // The preview deletes the pages of deleted content (src/preview/plugin.ts, before this runs): they leave search too.
      if (this.#options.pageExists?.(this.#outputDir, sourcePath) ?? true) session.add(sourcePath, html);
      else this.#previewPages.delete(sourcePath);
    }
    // In the preview, the index is finished in the background: the live reload does not wait for it.
    this.#indexing = this.#finish(session).catch((error: unknown) =>
      this.#options.onPreviewError?.(error instanceof Error ? error.message : String(error)),
    );
  }

  /** Resolves once a preview's background index is written (for tests and the next build). */
  settled(): Promise<void> {
    return this.#indexing;
  }

  #finish(session: SearchIndexSession): Promise<void> {
    this.#session = undefined;
    const started = performance.now();
    return session.finish(path.join(this.#outputDir, "pagefind")).then((report) => {
      this.#options.onReport?.(report, (performance.now() - started) / 1000);
    });
  }
}
