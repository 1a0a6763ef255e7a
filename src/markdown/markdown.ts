import markdownIt, { type MarkdownIt } from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import slugifyLibrary from "@sindresorhus/slugify";

/** Held only by this module, so nothing else can make a RenderedMarkdown, even with a cast. */
const issuedHere = Symbol("rendered by src/markdown/markdown.ts");

/**
 * HTML produced by our markdown renderer (raw HTML off). It is the only thing
 * the layouts will insert without escaping (layouts/components/markdown.tsx).
 * It is an object, not a branded string: a string cannot be cast into it
 * (its private field makes the type nominal), and a forged value fails
 * `instanceof`, which the escape hatch checks at run time too.
 */
export class RenderedMarkdown {
  readonly #html: string;

  constructor(issuer: typeof issuedHere, html: string) {
    if (issuer !== issuedHere) throw new TypeError("RenderedMarkdown is made only by renderMarkdown()");
    this.#html = html;
  }

  get html(): string {
    return this.#html;
  }

  toString(): string {
    return this.#html;
  }
}

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
  return new RenderedMarkdown(issuedHere, shared.render(source));
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
