import markdownIt, { type MarkdownIt } from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import slugifyLibrary from "@sindresorhus/slugify";

declare const renderedMarkdownBrand: unique symbol;

/**
 * HTML produced by our markdown renderer. It is the only kind of string the
 * layouts will insert without escaping (see layouts/components/markdown.tsx),
 * so the brand stops any other string from reaching that escape hatch.
 */
export type RenderedMarkdown = string & { readonly [renderedMarkdownBrand]: true };

/** URL-safe, lowercase, ASCII slug; the same function makes page slugs and heading ids. */
export function slugify(text: string): string {
  return slugifyLibrary(text, { decamelize: false });
}

export function createMarkdown(): MarkdownIt {
  // html: false means authors cannot smuggle raw HTML (or <script>) through markdown.
  const md = markdownIt({ html: false, linkify: true, typographer: true });
  md.use(markdownItAnchor, { slugify, tabIndex: false });
  return md;
}

const shared = createMarkdown();

export function renderMarkdown(source: string): RenderedMarkdown {
  return shared.render(source) as RenderedMarkdown;
}

/**
 * The words of a markdown text without its markup, for the search index:
 * the text of every inline token, one block a line. Raw HTML never reaches it
 * (html: false makes it text), and nothing here is ever rendered as HTML.
 */
export function markdownToText(source: string): string {
  const blocks: string[] = [];
  for (const token of shared.parse(source, {})) {
    if (token.type !== "inline" || !token.children) continue;
    const text = token.children
      .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? " " : child.type === "text" || child.type === "code_inline" ? child.content : ""))
      .join("")
      .trim();
    if (text !== "") blocks.push(text);
  }
  return blocks.join("\n");
}

/**
 * Eleventy hands layouts the markdown it rendered with our library as a plain
 * string; this is the one place that vouches for it.
 */
export function trustEleventyMarkdown(html: string): RenderedMarkdown {
  return html as RenderedMarkdown;
}
