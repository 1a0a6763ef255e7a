/**
 * The file Eleventy writes for a URL, relative to the output folder, when
 * that file is an HTML page: "/faq/" → "faq/index.html", "/404.html" →
 * "404.html". Anything else (a sitemap, a calendar, permalink: false) is not.
 */
export function htmlSourcePath(url: string): string | undefined {
  if (!url.startsWith("/")) return undefined;
  if (url.endsWith("/")) return `${url.slice(1)}index.html`;
  if (url.endsWith(".html")) return url.slice(1);
  return undefined;
}

/**
 * The HTML pages a build has still to hand to search, counted down as they
 * are written. Once none is left, the index can be written while Eleventy is
 * still writing the rest of the site: the pages search takes from data (ward
 * pages) are not waited for, and Eleventy writes them last.
 */
export class PendingPages {
  readonly #waiting: Set<string>;

  /**
   * @param urls every URL the build writes (Eleventy's content map)
   * @param fromData URLs whose search entry is a record, not their HTML
   */
  constructor(urls: Iterable<string>, fromData: ReadonlySet<string>) {
    this.#waiting = new Set();
    for (const url of urls) {
      const sourcePath = htmlSourcePath(url);
      if (sourcePath !== undefined && !fromData.has(url)) this.#waiting.add(sourcePath);
    }
  }

  /** Marks a page as handed over; true when it was the last one. */
  arrived(sourcePath: string): boolean {
    return this.#waiting.delete(sourcePath) && this.#waiting.size === 0;
  }

  get remaining(): number {
    return this.#waiting.size;
  }
}
