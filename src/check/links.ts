import type { ContentProblem } from "../content/problems.ts";

/** A page the site will have, and the ids on it that a link may point at (undefined: not known, any is accepted). */
export interface KnownPage {
  readonly url: string;
  readonly ids?: ReadonlySet<string> | undefined;
  /** A draft is not published, so a link to it is broken on the live site. */
  readonly draft?: boolean;
  /** The content file that makes the page. */
  readonly file?: string;
}

export interface LinkSource {
  readonly file: string;
  /** The address of the page the link is on, to resolve relative links. */
  readonly pageUrl: string;
  readonly field?: string;
  readonly links: readonly { readonly href: string; readonly line: number }[];
  /** The links' lines are not lines of the file (a ward's description): the problem names the field instead. */
  readonly unlined?: boolean;
}

const ORIGIN = "https://site.invalid";

/**
 * Links between the site's own pages that lead nowhere: a page that does not
 * exist, or a #fragment that is not on the page. Other sites' links, email and
 * telephone links, and files (an address with an extension, such as .ics) are not checked here.
 */
export function brokenLinks(sources: readonly LinkSource[], pages: readonly KnownPage[]): ContentProblem[] {
  const byUrl = new Map(pages.map((page) => [normalise(page.url), page]));
  const problems: ContentProblem[] = [];
  for (const source of sources) {
    for (const { href, line } of source.links) {
      let target: URL;
      try {
        target = new URL(href, ORIGIN + source.pageUrl);
      } catch {
        problems.push({ file: source.file, line, field: source.field ?? "", message: `the link "${href}" is not a valid address` });
        continue;
      }
      if (target.origin !== ORIGIN) continue;
      const pathname = decodeURI(target.pathname);
      if (/\.[a-z0-9]+$/i.test(pathname) && !pathname.endsWith(".html")) continue;
      const page = byUrl.get(normalise(pathname));
      const problem = (message: string) =>
        problems.push({ file: source.file, line: source.unlined ? undefined : line, field: source.field ?? "", message });
      if (!page) {
        const hint = pathname.endsWith("/") || pathname.endsWith(".html") ? "" : ` (addresses end in /: did you mean ${pathname}/?)`;
        problem(`the link to ${href} leads to no page${hint}; check the address, or remove the link`);
        continue;
      }
      if (page.draft) {
        problem(`the link to ${href} leads to a draft (${page.file ?? page.url}), which is not published; publish it first, or remove the link`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment !== "" && page.ids && !page.ids.has(fragment)) {
        problem(`the link to ${href} points at #${fragment}, which is not on ${page.url}; link to one of its headings or to the page`);
      }
    }
  }
  return problems;
}

function normalise(url: string): string {
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}
