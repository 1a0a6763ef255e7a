import type { VNode } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";

/**
 * Render a component tree to HTML. Text and attributes are escaped by preact;
 * the only unescaped HTML comes from layouts/components/markdown.tsx.
 * A full document gets its doctype here because JSX cannot express one; it is
 * written in capitals, the form html-validate's recommended rules expect.
 */
export function renderToHtml(node: VNode | string | null | undefined): string {
  if (node === null || node === undefined) return "";
  if (typeof node === "string") return node;
  const html = renderToStaticMarkup(node);
  return html.startsWith("<html") ? `<!DOCTYPE html>\n${html}` : html;
}
