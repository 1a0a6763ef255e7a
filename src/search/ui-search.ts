import { canonicalPhrase } from "./synonyms.ts";
import { normaliseForMatching } from "./words.ts";
import { parsePostcode } from "../postcodes/postcode.ts";

/**
 * How the search page turns what a resident types into results, on top of
 * Pagefind's JavaScript API. It is a pure module with Pagefind passed in, so
 * the build tests run the very same steps against a built index in Node.
 *
 * Pagefind returns only pages that contain every word searched for. Residents
 * type questions ("when is the next ward panel meeting near me"), so:
 * 1. Words that carry no meaning in a question ("when", "is", "the") are left
 *    out, unless nothing else is left.
 * 2. A page need not have every remaining word, only at least half of them;
 *    pages with the words side by side come first, then pages are ranked by
 *    their summed score for each word.
 * 3. A query that is another word for something ("PCSO", "dumped car"; see
 *    synonyms.ts) is also searched as the thing's own name ("police community
 *    support officer", "abandoned vehicle"), and those results come first.
 * 4. Of the results shown first, a page whose name (or title) is exactly what
 *    was typed comes first: "Camden" is the borough, "Abbey" the wards called
 *    Abbey, whatever the word counts say.
 */

export interface ResultDataLike {
  readonly url: string;
  readonly meta?: Readonly<Record<string, string | undefined>>;
}

export interface ResultLike<D extends ResultDataLike = ResultDataLike> {
  readonly id: string;
  readonly score: number;
  data(): Promise<D>;
}

export interface PagefindLike<R extends ResultLike> {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ readonly results: readonly R[] } | null>;
}

export type SearchFilters = Readonly<Record<string, string>>;

/** Words a question is made of that no page is about. Short and common; never a word of a place name. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about am an and any are as at be been being but by can could did do does doing for from get got has have having " +
    "help how i id if im in into is it its ive me my of on or our please should so some someone somebody tell than that " +
    "the their them then there theres these they this those to us was we were what whats when where which who whos why " +
    "will with would you your"
  ).split(" "),
);

/**
 * Words that say what kind of page is wanted, not which one: "camden police"
 * and "Camden Town team" mean the Camden and Camden Town pages. Left out when
 * looking for a page whose name is what was typed; still searched for.
 */
export const KIND_WORDS: ReadonlySet<string> = new Set(
  (
    "police policing met metropolitan officer officers pc pcso pcsos sergeant team teams safer neighbourhood " +
    "neighbourhoods snt ward wards borough area local contact details station page"
  ).split(" "),
);

/** The words to search for: the query's own words, less the question words, or all of them if that leaves none. */
export function searchWords(query: string): string[] {
  const words = normaliseForMatching(query).trim().split(" ").filter(Boolean);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/**
 * Every result for a query, best first (steps 1 and 2 above). One word is
 * one Pagefind search. Several words are searched one by one, so that a page
 * need not have every word of a question; a page is kept when it has at least
 * half of them (of those any page has), and ranked by the sum of its scores
 * for each, which is what Pagefind's own score for all the words together
 * adds up (each word's rarity, weight and title matches), times the square of
 * the share of the words it has: a page about one word of two ("graffiti" of
 * "graffiti street") can still rank first, but a page with every word usually
 * does. Pages that have the words side by side, as typed (Pagefind's quoted
 * search), come before all others.
 */
export async function findResults<R extends ResultLike>(pagefind: PagefindLike<R>, query: string, filters: SearchFilters = {}): Promise<R[]> {
  const words = [...new Set(searchWords(query))];
  if (words.length === 0) return [];
  const options = Object.keys(filters).length > 0 ? { filters: { ...filters } } : undefined;
  // A postcode is one thing: its halves are not searched apart ("E2" alone is half of east London).
  if (words.length === 1 || looksLikePostcode(query)) return [...((await pagefind.search(words.join(" "), options))?.results ?? [])];

  const [phrase, together, ...perWord] = await Promise.all(
    [`"${words.join(" ")}"`, words.join(" "), ...words].map((term) => pagefind.search(term, options)),
  );
  const asPhrase = new Set((phrase?.results ?? []).map((result) => result.id));
  const merged = new Map<string, { result: R; words: number; score: number; best: number }>();
  for (const found of perWord) {
    for (const result of found?.results ?? []) {
      const entry = merged.get(result.id) ?? { result, words: 0, score: 0, best: 0 };
      entry.words += 1;
      entry.score += result.score;
      // Its excerpt is cut around the words of the search that found it: the word it matches best.
      if (result.score > entry.best) Object.assign(entry, { result, best: result.score });
      merged.set(result.id, entry);
    }
  }
  // A page with every word keeps the result of the search for all of them (or for the phrase), whose excerpt marks them all.
  for (const result of [...(together?.results ?? []), ...(phrase?.results ?? [])]) {
    const entry = merged.get(result.id);
    if (entry) entry.result = result;
  }
  // Like Pagefind, a word no page has is left out: a typo must not empty the results.
  const found = perWord.filter((results) => (results?.results.length ?? 0) > 0).length;
  const enough = Math.ceil(found / 2);
  // As Pagefind weighs a title that has only some of the words, a page is scored by the share of the words it has, squared.
  const rank = (entry: { words: number; score: number }) => entry.score * (entry.words / found) ** 2;
  // Pages with the words side by side, as typed ("community safety day", an event's title), come first.
  const phraseFirst = (entry: { result: R }) => Number(asPhrase.has(entry.result.id));
  return [...merged.values()]
    .filter((entry) => entry.words >= enough)
    .sort((a, b) => phraseFirst(b) - phraseFirst(a) || rank(b) - rank(a) || b.words - a.words)
    .map((entry) => entry.result);
}

/**
 * The postcode a query is, written as the Royal Mail writes it ("sw1a1aa" →
 * "SW1A 1AA"), read as the find page reads it; undefined for anything else,
 * half a postcode included. Residents type their postcode into any search box:
 * the search page then offers the find page, which knows every postcode, not
 * only those of teams' bases.
 */
export function postcodeInQuery(query: string): string | undefined {
  return parsePostcode(query)?.postcode;
}

/** A full UK postcode, or the first half of one ("E2", "SW1A 1AA"). */
export function looksLikePostcode(query: string): boolean {
  return /^\s*[a-z]{1,2}\d[a-z\d]?(\s*\d[a-z]{2})?\s*$/i.test(query);
}

/**
 * True when what was typed is the page's name (or else its title), alone or
 * with its borough, or one of the other words for what its title names
 * (its `aliases`: "dumped car" for the abandoned vehicles page); as typed,
 * without question words, or also without words for the kind of page
 * ("Camden police", "police in Camden": the Camden page).
 */
export function isExactMatch(query: string, data: ResultDataLike): boolean {
  const words = searchWords(query);
  const named = words.filter((word) => !KIND_WORDS.has(word));
  const typed = new Set([normaliseForMatching(query), ` ${words.join(" ")} `, ...(named.length > 0 ? [` ${named.join(" ")} `] : [])]);
  const name = data.meta?.["name"] ?? data.meta?.["title"];
  const borough = data.meta?.["borough"];
  const candidates = [
    name,
    name && borough ? `${name} ${borough}` : undefined,
    ...(data.meta?.["aliases"]?.split(", ") ?? []),
  ];
  return candidates.some((candidate) => candidate !== undefined && typed.has(normaliseForMatching(candidate)));
}

/** The words that name a page: the search words less the words for a kind of page ("police", "team"). */
export function nameWords(query: string): string[] {
  return searchWords(query).filter((word) => !KIND_WORDS.has(word));
}

/** The data a result loads. */
export type DataOf<R> = R extends ResultLike<infer D> ? D : never;

export interface SiteResults<D extends ResultDataLike, R extends ResultLike> {
  /** How many pages were found. */
  readonly total: number;
  /** The first page of results, loaded, exact matches first (steps 3 and 4 above). */
  readonly first: D[];
  /** The rest, best first, to load as the reader asks for more. */
  readonly rest: R[];
}

/** Pages this far down a search for only a query's name words are looked at for an exact match. */
const NAME_CANDIDATES = 3;

/**
 * A search as the search page shows it. A page named exactly what was typed
 * comes first even when other words of the query pushed it off the first page
 * ("camden police": the Camden page has no "police" on it, its wards do), so
 * the best few results for the name words alone are looked at as well.
 */
export async function searchSite<R extends ResultLike>(
  pagefind: PagefindLike<R>,
  query: string,
  filters: SearchFilters = {},
  count = 10,
): Promise<SiteResults<DataOf<R>, R>> {
  type D = DataOf<R>;
  const words = searchWords(query);
  const named = nameWords(query);
  // Another word for a thing ("PCSO", "dumped car") is searched as the thing's own name too, and that comes first.
  const canonical = canonicalPhrase(query);
  const [asTyped, asNamed, byName] = await Promise.all([
    findResults(pagefind, query, filters),
    canonical ? findResults(pagefind, canonical, filters) : Promise.resolve([] as R[]),
    named.length > 0 && named.length < words.length ? findResults(pagefind, named.join(" "), filters) : Promise.resolve([] as R[]),
  ]);
  const results = [...asNamed, ...asTyped.filter((result) => !asNamed.some((other) => other.id === result.id))];
  const head = results.slice(0, count);
  const extra = byName.slice(0, NAME_CANDIDATES).filter((candidate) => !head.some((result) => result.id === candidate.id));
  const load = (results: readonly R[]) => Promise.all(results.map((result) => result.data() as Promise<D>));
  const [headData, extraData] = await Promise.all([load(head), load(extra)]);
  const exact = (data: D) => isExactMatch(query, data);
  const promoted = extra.filter((_, i) => exact(extraData[i]!));
  const promotedIds = new Set(promoted.map((result) => result.id));
  // Array.prototype.filter keeps order: within each group, Pagefind's order stays.
  const ordered = [...headData.filter(exact), ...extraData.filter(exact), ...headData.filter((data) => !exact(data))];
  const overflow = head.filter((_, i) => !exact(headData[i]!)).slice(Math.max(0, count - promoted.length - headData.filter(exact).length));
  return {
    total: results.length + promoted.filter((result) => !results.some((r) => r.id === result.id)).length,
    first: ordered.slice(0, count),
    rest: [...overflow, ...results.slice(count).filter((result) => !promotedIds.has(result.id))],
  };
}
