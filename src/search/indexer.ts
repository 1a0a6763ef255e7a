import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { SearchRecord } from "./records.ts";

export interface SearchIndexReport {
  /** HTML files given to Pagefind. */
  readonly filesSeen: number;
  /** Pages given as data (custom records) rather than HTML. */
  readonly records: number;
  /** How long Pagefind took to write the index, once every page was in. */
  readonly writeMs: number;
  /** Pages in the written index, across languages. */
  readonly pagesIndexed: number;
}

/**
 * Pagefind writes its ready-made UIs beside the index on every build. The
 * search page uses only pagefind.js (with its worker, WebAssembly and index),
 * so these would be half a megabyte of files deployed and never loaded.
 */
export const UNUSED_PAGEFIND_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-highlight.js",
] as const;

async function removeUnusedFiles(outputPath: string): Promise<void> {
  await Promise.all(UNUSED_PAGEFIND_FILES.map((file) => rm(path.join(outputPath, file), { force: true })));
}

export class SearchIndexError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Pagefind could not build the search index:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SearchIndexError";
  }
}

/**
 * A Pagefind index that takes pages while the site is still being rendered.
 * Pagefind's indexer is a separate (Rust) process, so pages handed to it
 * early are parsed on the second core while Node renders the next ones,
 * instead of all at once after the build.
 */
export interface SearchIndexSession {
  /**
   * Queue one page. `sourcePath` is its path in the output folder, such as
   * `faq/index.html`: Pagefind derives the URL from it exactly as it would
   * when reading the folder from disk. Does not wait; problems surface in finish().
   */
  add(sourcePath: string, html: string): void;
  /** Queue one page given as data. Does not wait; problems surface in finish(). */
  addRecord(record: SearchRecord): void;
  /** Wait for every queued page, write the bundle to outputPath, and close Pagefind. */
  finish(outputPath: string): Promise<SearchIndexReport>;
  /** Close Pagefind without writing anything (a build that failed). */
  abort(): Promise<void>;
}

/**
 * Start Pagefind now, so that its process is up by the time the first page
 * is rendered. Pagefind runs as a child process, which finish() and abort()
 * always close, even when indexing fails, so that a build never hangs on it.
 */
export function startSearchIndex(): SearchIndexSession {
  const created = pagefind.createIndex({ forceLanguage: "en" }).then(({ index, errors }) => {
    if (!index || errors.length > 0) throw new SearchIndexError(errors);
    return index;
  });
  // Until finish() awaits it, a failure to start must not crash the process as an unhandled rejection.
  created.catch(() => undefined);
  const pending: Promise<string[]>[] = [];
  let records = 0;
  let closed = false;
  const queue = (label: string, add: (index: pagefind.PagefindIndex) => Promise<{ errors: string[] }>) => {
    if (closed) throw new Error("the search index is already finished");
    pending.push(
      created.then(add).then(
        (response) => response.errors.map((error) => `${label}: ${error}`),
        (error: unknown) => [`${label}: ${error instanceof Error ? error.message : String(error)}`],
      ),
    );
  };

  const close = async () => {
    if (closed) return;
    closed = true;
    await pagefind.close();
  };

  return {
    add(sourcePath, html) {
      queue(sourcePath, (index) => index.addHTMLFile({ sourcePath, content: html }));
    },
    addRecord(record) {
      records += 1;
      queue(record.url, (index) =>
        index.addCustomRecord({
          url: record.url,
          content: record.content,
          language: "en",
          meta: { ...record.meta },
          filters: Object.fromEntries(Object.entries(record.filters).map(([name, values]) => [name, [...values]])),
        }),
      );
    },
    async finish(outputPath) {
      try {
        const index = await created;
        const problems = (await Promise.all(pending)).flat();
        if (problems.length > 0) throw new SearchIndexError(problems);
        const writing = performance.now();
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length > 0) throw new SearchIndexError(written.errors);
        await removeUnusedFiles(outputPath);
        const writeMs = performance.now() - writing;
        return { filesSeen: pending.length - records, records, pagesIndexed: await countIndexedPages(outputPath), writeMs };
      } finally {
        await close();
      }
    },
    async abort() {
      await Promise.allSettled([created, ...pending]);
      await close();
    },
  };
}

/** The entry file has the real count: Pagefind skips HTML pages without data-pagefind-body. */
async function countIndexedPages(pagefindDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(`${pagefindDir}/pagefind-entry.json`, "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
}
