import { readFile } from "node:fs/promises";
import * as pagefind from "pagefind";

export interface SearchIndexReport {
  /** HTML files Pagefind read, including those it skipped for having no data-pagefind-body. */
  readonly filesSeen: number;
  /** Pages in the written index, across languages. */
  readonly pagesIndexed: number;
}

export class SearchIndexError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Pagefind could not build the search index:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SearchIndexError";
  }
}

/**
 * Index every HTML page under siteDir with Pagefind and write its bundle to
 * siteDir/pagefind. Pagefind runs as a child process, which is always closed,
 * even when indexing fails, so that a build never hangs on it.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index || errors.length > 0) throw new SearchIndexError(errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new SearchIndexError(added.errors);
    const outputPath = `${siteDir}/pagefind`;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors);
    return { filesSeen: added.page_count, pagesIndexed: await countIndexedPages(outputPath) };
  } finally {
    await pagefind.close();
  }
}

/** addDirectory's count includes skipped files; the entry file has the real one. */
async function countIndexedPages(pagefindDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(`${pagefindDir}/pagefind-entry.json`, "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
}
