import { RenderedMarkdown } from "../../src/markdown/markdown.ts";

export interface MarkdownProps {
  readonly html: RenderedMarkdown;
  readonly class?: string;
}

/**
 * The project's one escape hatch for raw HTML. It accepts only
 * RenderedMarkdown, which only our markdown renderer makes (raw HTML
 * disabled); every other string in every layout is escaped by preact. The
 * type keeps plain strings out at compile time, the check below at run time.
 */
export function Markdown({ html, class: className }: MarkdownProps) {
  if (!(html instanceof RenderedMarkdown)) throw new TypeError("<Markdown> takes only what renderMarkdown() returns, not a string");
  return <div class={className ? `sn-prose ${className}` : "sn-prose"} dangerouslySetInnerHTML={{ __html: html.html }} />;
}
