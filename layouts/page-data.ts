import type { EleventyPage } from "../src/eleventy-types.ts";
import type { FaqItem } from "../src/faq/collection.ts";
import { renderMarkdown, type RenderedMarkdown } from "../src/markdown/markdown.ts";
import type { GuideItem } from "../src/report/collection.ts";

/** What Eleventy's data cascade gives every layout and page template. */
export interface PageData {
  readonly title: string;
  readonly description?: string;
  readonly page: EleventyPage;
  readonly stylesheet: { readonly href: string };
  readonly searchScript: { readonly href: string };
  /** The find page's script, and where its postcode lookup files are (with the path prefix); absent without postcode data. */
  readonly findScript?: { readonly href: string; readonly dataBase: string };
  /** "Use my location"'s script, present when the boundaries are committed (src/locate/plugin.ts). */
  readonly locateScript?: { readonly href: string };
  readonly hasBoundaries?: boolean;
  readonly collections: { readonly faq?: readonly FaqItem[]; readonly report?: readonly GuideItem[] };
  /** Only the preview builds drafts. */
  readonly draft?: boolean;
}

/** The page's address from the site root. Every page template has a permalink, so a missing one is a bug. */
export function pageUrl(data: Pick<PageData, "page">): string {
  if (data.page.url === false) throw new Error(`${data.page.inputPath} has no URL, so it cannot have a canonical link`);
  return data.page.url;
}

/** The BaseLayout props every markdown-driven page takes straight from its front matter. */
export function contentPageShell(data: PageData) {
  return {
    title: data.title,
    description: data.description ?? data.title,
    url: pageUrl(data),
    stylesheetHref: data.stylesheet.href,
    draft: data.draft === true,
  };
}

/**
 * A markdown page's body, rendered by our markdown module. Layouts take it from
 * here, not from Eleventy's `content` (a plain string, which <Markdown> refuses).
 */
export function markdownBody(page: Pick<EleventyPage, "inputPath" | "rawInput">): RenderedMarkdown {
  if (typeof page.rawInput !== "string") throw new Error(`${page.inputPath} has no markdown body for its layout to show`);
  return renderMarkdown(page.rawInput);
}
