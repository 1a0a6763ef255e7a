/**
 * Pure helpers for the search page's script (assets/js/search.ts): the words
 * it shows and announces, which sections of a page to list under it, and the
 * address that keeps the query.
 */

/** How many results the page shows at first, and adds with each "Show more results". */
export const RESULTS_PER_PAGE = 10;

/** At most this many sections (headings) are listed under one result. */
export const SECTIONS_PER_RESULT = 3;

/** Text as searched for and shown (queries, titles): surrounding space trimmed, runs of space made one. */
export function collapseSpace(raw: string | null | undefined): string {
  return (raw ?? "").trim().replace(/\s+/g, " ");
}

/** The summary the live region announces: "1 result for camden", "No results for qqq". */
export function resultsSummary(count: number, query: string): string {
  if (count === 0) return `No results for ${query}`;
  return `${count} ${count === 1 ? "result" : "results"} for ${query}`;
}

/** The summary when the query is a postcode: the reader hears that the way to its team comes first. */
export function postcodeSummary(count: number, postcode: string): string {
  return `${resultsSummary(count, postcode)}. First, a link to find the team for ${postcode}.`;
}

/** Announced when a search has taken long enough to notice. */
export function searchingMessage(query: string): string {
  return `Searching for ${query}…`;
}

/** Announced when Pagefind cannot be loaded or a search fails; the page then shows other ways in. */
export const SEARCH_ERROR_MESSAGE = "Sorry, search is not working at the moment.";

/** A section of a result page: Pagefind's sub-result for one heading. */
export interface SectionLike {
  readonly title: string;
  readonly url: string;
  /** Where the search words are in the section: more means a better match. */
  readonly locations?: readonly number[];
}

/**
 * The sections worth listing under a result: only titled ones, and not the
 * page itself, which Pagefind can return as a section twice over: for the
 * text before the first heading (with the page's own address), and for a
 * main heading with an id (with the page's title). When more than `limit`
 * are left, the `limit` with the most matching words, kept in page order.
 */
export function sectionsToShow<T extends SectionLike>(
  page: { readonly url: string; readonly title: string },
  sections: readonly T[],
  limit = SECTIONS_PER_RESULT,
): T[] {
  const pageTitle = collapseSpace(page.title);
  const headed = sections.filter((section) => {
    const title = collapseSpace(section.title);
    return section.url !== page.url && title !== "" && title !== pageTitle;
  });
  if (headed.length <= limit) return headed;
  const matches = (section: T) => section.locations?.length ?? 0;
  // Array.prototype.sort is stable, so equal matches keep page order.
  const best = new Set([...headed].sort((a, b) => matches(b) - matches(a)).slice(0, limit));
  return headed.filter((section) => best.has(section));
}

/**
 * A result's link text: its page title, or its address when Pagefind found no
 * title; then the borough, where the page has one (ward pages), because ward
 * names repeat across London: "Abbey Safer Neighbourhoods team, Merton".
 */
export function resultTitle(meta: Readonly<Record<string, string | undefined>> | undefined, url: string): string {
  const title = collapseSpace(meta?.["title"]) || url;
  const borough = collapseSpace(meta?.["borough"]);
  return borough ? `${title}, ${borough}` : title;
}

/** The filters the search page keeps in its address. */
export const FILTER_PARAMS = ["show", "borough"] as const;

/**
 * The address to show for a query, from the current one: ?q= set to the
 * query (or removed when there is none), each filter set or removed likewise,
 * other parameters and the path kept, so it works under a path prefix.
 * Returned without the origin, ready for history.replaceState.
 */
export function addressForQuery(current: string, query: string, filters: Readonly<Record<string, string>> = {}): string {
  const url = new URL(current);
  if (query) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  for (const name of FILTER_PARAMS) {
    const value = filters[name];
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
