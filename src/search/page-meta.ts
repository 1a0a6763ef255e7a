import { CATEGORIES } from "./ranking.ts";
import { groupsIn } from "./synonyms.ts";

/**
 * What the search index adds to every page, whether it comes as HTML or as a
 * record: its category (a filter), and the other words for what it is about
 * (metadata fields that search matches; see synonyms.ts).
 *
 * - `aliases`: other words for what the page's title names. Weighted nearly like
 *   the title (META_WEIGHTS in ranking.ts), so "dumped car" finds the abandoned vehicles page first.
 * - `related`: other words for what the rest of the page mentions. Weighted
 *   low: a ward whose priority is anti-social behaviour is found for "ASB",
 *   below the page about it.
 */
export interface PageSearchMeta {
  readonly meta: Readonly<Record<string, string>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

/** Which category a page is in, from its address: the site's sections are its folders. */
export function categoryFor(url: string): string | undefined {
  if (url === "/find/" || url.startsWith("/areas/")) return CATEGORIES.teams;
  if (url.startsWith("/faq/") || url.startsWith("/report/")) return CATEGORIES.advice;
  return undefined;
}

/** Other words for what the title names, and for what the body mentions besides. */
export function aliasMeta(title: string, body: string): Record<string, string> {
  const inTitle = groupsIn(title);
  const inBody = groupsIn(body).filter((group) => !inTitle.includes(group));
  const meta: Record<string, string> = {};
  if (inTitle.length > 0) meta["aliases"] = inTitle.flat().join(", ");
  if (inBody.length > 0) meta["related"] = inBody.flat().join(", ");
  return meta;
}

export function pageSearchMeta(url: string, title: string, body: string): PageSearchMeta {
  const category = categoryFor(url);
  return { meta: aliasMeta(title, body), filters: category ? { category: [category] } : {} };
}

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Visible text of some HTML, near enough to find phrases in: tags out, a few entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * An HTML document for Pagefind with the page's search metadata and filters
 * added, as a hidden element at the start of its `data-pagefind-body`
 * element (Pagefind reads metadata and filters from inside an ignored element).
 */
export function withPageSearchMeta(document: string, url: string): string {
  const open = /<[a-z]+[^>]*\bdata-pagefind-body\b[^>]*>/i.exec(document);
  if (!open) return document;
  const title = textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(document)?.[1] ?? "");
  const { meta, filters } = pageSearchMeta(url, title, textOf(document));
  const tags = [
    ...Object.entries(filters).flatMap(([name, values]) => values.map((value) => `<span data-pagefind-filter="${escapeAttribute(`${name}:${value}`)}"></span>`)),
    ...Object.entries(meta).map(([name, value]) => `<span data-pagefind-meta="${escapeAttribute(`${name}:${value}`)}"></span>`),
  ];
  if (tags.length === 0) return document;
  const at = open.index + open[0].length;
  return `${document.slice(0, at)}<div hidden data-pagefind-ignore>${tags.join("")}</div>${document.slice(at)}`;
}
