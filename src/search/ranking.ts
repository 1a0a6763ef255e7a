/**
 * What the index and the search page must agree on: the categories pages are
 * filed under, and how much a match in each metadata field counts.
 */

/** The values of the `category` filter, by the key the search page's address uses (`?show=teams`). */
export const CATEGORIES = {
  teams: "Teams",
  advice: "Questions and advice",
} as const;

export type CategoryKey = keyof typeof CATEGORIES;

export function isCategoryKey(value: string | null | undefined): value is CategoryKey {
  return value != null && Object.hasOwn(CATEGORIES, value);
}

/**
 * Ranking weights for Pagefind's metadata fields (its `ranking.metaWeights`),
 * set by the search page. Fields not named count 1; these must count more, or
 * not at all. See page-meta.ts for `aliases` and `related`.
 */
export const META_WEIGHTS: Readonly<Record<string, number>> = {
  title: 5,
  aliases: 4,
  related: 0.3,
  // Shown, never ranked on: every ward in a borough has the borough's name here.
  borough: 0,
  // Used for exact matches (ui-search.ts), which rank by other means.
  name: 0,
};
