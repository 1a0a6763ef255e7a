/**
 * The part of a rendered page that Pagefind needs. Pages mark their indexed
 * content with `data-pagefind-body` on <main>; Pagefind reads only that
 * element (its title, filters, meta and text all live inside it), so the
 * header, footer and <head> need not be base64-encoded and piped to its
 * process (a borough page shrinks by about a third).
 *
 * A page without a marked <main> gives undefined: it is not for search (the
 * search page, 404, and ward pages, whose search records are built from data).
 * It must not be sent at all: Pagefind would skip it, but only after it had
 * replaced any record with the same URL.
 */
export function searchableDocument(html: string): string | undefined {
  const marker = html.indexOf("data-pagefind-body");
  if (marker === -1) return undefined;
  const start = html.lastIndexOf("<main", marker);
  const end = html.indexOf("</main>", marker);
  // Not our layout's <main>: let Pagefind read the whole page.
  if (start === -1 || end === -1) return html;
  const lang = /<html[^>]*\blang="([^"]*)"/.exec(html.slice(0, start))?.[1];
  return `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ""}><body>${html.slice(start, end + "</main>".length)}</body></html>`;
}
