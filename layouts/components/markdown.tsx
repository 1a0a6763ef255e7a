import type { RenderedMarkdown } from "../../src/markdown/markdown.ts";

export interface MarkdownProps {
  readonly html: RenderedMarkdown;
  readonly class?: string;
}

/**
 * The project's one escape hatch for raw HTML. It accepts only
 * RenderedMarkdown, which our markdown renderer makes with raw HTML disabled;
 * every other string in every layout is escaped by preact.
 */
export function Markdown({ html, class: className }: MarkdownProps) {
  return <div class={className ? `sn-prose ${className}` : "sn-prose"} dangerouslySetInnerHTML={{ __html: html }} />;
}
