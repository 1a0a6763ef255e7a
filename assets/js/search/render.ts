import { excerptSegments, tidyExcerpt } from "../../../src/search/ui-excerpt.ts";
import { collapseSpace, resultTitle, sectionsToShow } from "../../../src/search/ui-results.ts";
import type { PagefindResultData } from "./pagefind.ts";

/*
 * DOM for one search result, built node by node: Pagefind's excerpts become
 * text nodes and <mark> elements, never markup, so nothing from the index is
 * ever parsed as HTML.
 */

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function link(className: string, href: string, text: string): HTMLAnchorElement {
  const anchor = element("a", className, text);
  anchor.href = href;
  return anchor;
}

/** A paragraph of excerpt text with the matching words in <mark>. */
function excerpt(html: string, content: string): HTMLParagraphElement | undefined {
  const segments = tidyExcerpt(excerptSegments(html), content);
  if (segments.length === 0) return undefined;
  return element(
    "p",
    "sn-search-results__excerpt",
    ...segments.map((segment) => (segment.marked ? element("mark", "sn-search-results__match", segment.text) : segment.text)),
  );
}

/**
 * One result: its page title as the link, the excerpt, then up to three
 * sections of the page (such as questions on the FAQ page) as links of their own.
 */
export function resultItem(data: PagefindResultData): HTMLLIElement {
  const title = resultTitle(data.meta, data.url);
  const item = element("li", "sn-search-results__item", link("sn-search-results__link", data.url, title));
  const text = excerpt(data.excerpt, data.content);
  if (text) item.append(text);
  const sections = sectionsToShow({ url: data.url, title }, data.sub_results ?? []);
  if (sections.length > 0) {
    item.append(
      element(
        "ul",
        "sn-search-results__sections",
        ...sections.map((section) => element("li", "sn-search-results__section", link("sn-search-results__section-link", section.url, collapseSpace(section.title)))),
      ),
    );
  }
  return item;
}
