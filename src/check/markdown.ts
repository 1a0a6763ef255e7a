import markdownIt from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import type { ContentProblem } from "../content/problems.ts";
import { slugify } from "../markdown/markdown.ts";

/** What a content check needs from one markdown text: its links, its heading ids and any raw HTML. */
export interface MarkdownFacts {
  readonly links: readonly { readonly href: string; readonly line: number }[];
  readonly ids: readonly string[];
  readonly html: readonly { readonly tag: string; readonly line: number }[];
}

// The site's renderer turns raw HTML into text; this one, used only to look, keeps it as HTML tokens to find it.
const inspector = markdownIt({ html: true, linkify: true }).use(markdownItAnchor, { slugify, tabIndex: false });

const factsCache = new Map<string, MarkdownFacts>();

/** Facts about a markdown text that starts on line `firstLine` of its file; the preview asks again for unchanged texts, so they are kept. */
export function markdownFacts(source: string, firstLine = 1): MarkdownFacts {
  const key = `${firstLine}\n${source}`;
  let facts = factsCache.get(key);
  if (!facts) {
    // Bounded: a long preview session must not keep every version of every text.
    if (factsCache.size > 20_000) factsCache.clear();
    factsCache.set(key, (facts = readMarkdownFacts(source, firstLine)));
  }
  return facts;
}

function readMarkdownFacts(source: string, firstLine: number): MarkdownFacts {
  const links: { href: string; line: number }[] = [];
  const ids: string[] = [];
  const html: { tag: string; line: number }[] = [];
  for (const token of inspector.parse(source, {})) {
    const line = firstLine + (token.map?.[0] ?? 0);
    if (token.type === "heading_open") {
      const id = token.attrGet("id");
      // markdown-it types attributes as string | number; ids are strings.
      if (id !== null) ids.push(String(id));
    } else if (token.type === "html_block") {
      html.push({ tag: firstTag(token.content), line });
    } else if (token.type === "inline") {
      // A line number per child, counting the soft breaks before it.
      let childLine = line;
      for (const child of token.children ?? []) {
        if (child.type === "softbreak" || child.type === "hardbreak") childLine++;
        if (child.type === "link_open") links.push({ href: String(child.attrGet("href") ?? ""), line: childLine });
        if (child.type === "html_inline" && !/^<\//.test(child.content)) html.push({ tag: firstTag(child.content), line: childLine });
      }
    }
  }
  return { links, ids, html };
}

function firstTag(content: string): string {
  const match = /<\/?([a-zA-Z][\w-]*)|<!--/.exec(content);
  return match ? (match[1] ? `<${match[1].toLowerCase()}>` : "<!-- -->") : content.trim().slice(0, 20);
}

const MARKDOWN_FOR: Readonly<Record<string, string>> = {
  "<b>": "write **bold** instead",
  "<strong>": "write **bold** instead",
  "<i>": "write *italic* instead",
  "<em>": "write *italic* instead",
  "<a>": "write [link text](/address/) instead",
  "<br>": "end the line with a backslash (\\) instead",
  "<!-- -->": "delete the comment: it would be published as text",
};

/** Raw HTML is never published (the renderer escapes it, so tags would show as text): each use is a problem. */
export function rawHtmlProblems(file: string, facts: MarkdownFacts, field = ""): ContentProblem[] {
  return facts.html.map(({ tag, line }) => ({
    file,
    line,
    field,
    message: `HTML such as ${tag} is not allowed in content and would show as text; ${MARKDOWN_FOR[tag] ?? "use markdown instead"}`,
  }));
}
