/**
 * A page given to the search index as data rather than as rendered HTML
 * (Pagefind's custom records). Ward pages are indexed this way: thousands of
 * them, each built from a validated ward, so the words people search for are
 * chosen once, here, instead of being parsed back out of every page.
 */
export interface SearchRecord {
  /** The page's URL path without any PATH_PREFIX, as Pagefind derives it for HTML files. */
  readonly url: string;
  /** Plain text: what a search matches and what the result's excerpt is cut from. */
  readonly content: string;
  /** `title` is the result's link text. */
  readonly meta: Readonly<{ title: string } & Record<string, string>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

/**
 * Plugins that know pages as data emit this Eleventy event during a build,
 * with a function returning their records; the search plugin, when present,
 * calls it and indexes them (the bare benchmark build has no listener, so
 * it never pays for building them).
 */
export const SEARCH_RECORDS_EVENT = "safer-neighbourhoods:search-records";

export type SearchRecordsSource = () => Iterable<SearchRecord>;
