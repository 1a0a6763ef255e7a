import sanitizeHtml from "sanitize-html";
import TurndownService from "turndown";

/*
 * data.police.uk's descriptions, bios, priorities and events are HTML typed
 * by many hands. It is untrusted: sanitize-html keeps a short list of harmless
 * elements (scripts and styles go with their contents, every attribute but a
 * link's http(s) href goes), then turndown writes what is left as markdown
 * (for the ward description, which the site renders as markdown with raw HTML
 * off) or as one line of plain text (for fields the site prints escaped).
 */

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "div", "strong", "b", "em", "i", "a", "ul", "ol", "li", "blockquote"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["http", "https"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // A ward description may not have headings (the page gives it its place under the h1).
  transformTags: { h1: "p", h2: "p", h3: "p", h4: "p", h5: "p", h6: "p" },
  disallowedTagsMode: "discard",
  // Text inside these is code or markup, never prose: drop it with the element.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "iframe", "object", "svg", "math", "title", "head"],
};

/** Only the tags and attributes above, with any other link's href removed. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

const markdown = new TurndownService({ headingStyle: "atx", bulletListMarker: "-", emDelimiter: "_", strongDelimiter: "**" });

const plain = new TurndownService();
// Plain text is printed escaped by the layouts, so markdown escapes would show as backslashes.
plain.escape = (text: string) => text;
plain.addRule("plain-emphasis", { filter: ["strong", "b", "em", "i"], replacement: (content) => content });
plain.addRule("plain-link", {
  filter: "a",
  replacement: (content, node) => {
    const href = (node as { getAttribute(name: string): string | null }).getAttribute("href");
    const text = content.trim();
    return href && href !== text && !text.includes(href) ? `${text} (${href})` : text;
  },
});
plain.addRule("plain-list-item", { filter: "li", replacement: (content) => `${content.trim()}; ` });
plain.addRule("plain-list", { filter: ["ul", "ol"], replacement: (content) => ` ${content.replace(/;\s*$/, ".")} ` });
plain.addRule("plain-quote", { filter: "blockquote", replacement: (content) => ` ${content.trim()} ` });

/** Untrusted HTML as markdown, paragraphs kept; "" when nothing readable is left. */
export function htmlToMarkdown(html: string | null | undefined): string {
  if (!html) return "";
  return markdown
    .turndown(sanitize(html))
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Untrusted HTML as one line of plain text; "" when nothing readable is left. */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return "";
  return plain.turndown(sanitize(html)).replace(/\s+/g, " ").trim();
}

/**
 * Shorten text to `max` characters at a word boundary, ending with an ellipsis.
 * The ward schema caps lengths to keep pages short; the full text stays on data.police.uk.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}
