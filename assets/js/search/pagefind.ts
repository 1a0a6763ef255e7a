import { META_WEIGHTS } from "../../../src/search/ranking.ts";

/**
 * The parts of Pagefind's browser API (pagefind.js, documented at
 * https://pagefind.app/docs/api/) that the search page uses. Pagefind ships
 * no types for it.
 */

export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  /** HTML: text with `<mark>` around matching words (see src/search/ui-excerpt.ts). */
  readonly excerpt: string;
  readonly locations?: readonly number[];
}

export interface PagefindResultData {
  /** The page's address, with Pagefind's base URL (the site's path prefix) in front. */
  readonly url: string;
  /** HTML: text with `<mark>` around matching words. */
  readonly excerpt: string;
  /** The page's whole text, as indexed. */
  readonly content: string;
  readonly meta?: Readonly<Record<string, string | undefined>>;
  readonly sub_results?: readonly PagefindSubResult[];
}

export interface PagefindResult {
  readonly id: string;
  /** Higher is better; comparable between results of one index. */
  readonly score: number;
  /** Loads the result's fragment: one small request per result. */
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  readonly results: readonly PagefindResult[];
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}

/**
 * Import Pagefind's bundle from beside our own script: ours is
 * <prefix>assets/search.<hash>.js, Pagefind's <prefix>pagefind/pagefind.js.
 * Pagefind then finds its index, worker and WebAssembly, and builds result
 * addresses with the same prefix, from its own address.
 */
export async function loadPagefind(): Promise<Pagefind> {
  const bundle = new URL("../pagefind/pagefind.js", import.meta.url).href;
  const pagefind = (await import(bundle)) as Pagefind;
  await pagefind.options({ ranking: { metaWeights: META_WEIGHTS } });
  // Starts loading the index and WebAssembly now, while the reader types.
  await pagefind.init();
  return pagefind;
}
