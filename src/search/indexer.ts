import * as pagefind from "pagefind";

export interface SearchIndexReport {
  readonly pageCount: number;
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
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors);
    return { pageCount: added.page_count };
  } finally {
    await pagefind.close();
  }
}
