import { describe, expect, it } from "vitest";
import { Markdown } from "../../../layouts/components/markdown.tsx";
import { markdownBody } from "../../../layouts/page-data.ts";
import { renderToHtml } from "../../../src/jsx/render.ts";
import { RenderedMarkdown, renderMarkdown } from "../../../src/markdown/markdown.ts";

const hostile = `<script>alert("owned")</script>`;

describe("<Markdown>, the one escape hatch", () => {
  it("inserts what the markdown renderer made", () => {
    expect(renderToHtml(<Markdown html={renderMarkdown("**Bold**")} />)).toBe('<div class="sn-prose"><p><strong>Bold</strong></p>\n</div>');
  });

  it("does not accept a plain string, by type", () => {
    // tsc checks these lines: each fails to compile without the directive, so the directive itself is the test.
    // @ts-expect-error a string is not RenderedMarkdown
    const fromString = () => <Markdown html={hostile} />;
    // @ts-expect-error nor can a string be cast to it (the private field makes the type nominal)
    const fromCast = () => <Markdown html={hostile as RenderedMarkdown} />;
    // @ts-expect-error nor made outside the markdown module (its issuer symbol is private)
    const fromConstructor = () => new RenderedMarkdown(Symbol("forged"), hostile);
    expect([fromString, fromCast, fromConstructor]).toHaveLength(3);
  });

  it("refuses a plain string at run time, even one forced past the type", () => {
    const forged = hostile as unknown as RenderedMarkdown;
    expect(() => renderToHtml(<Markdown html={forged} />)).toThrow(/not a string/);
  });

  it("refuses a RenderedMarkdown made outside the markdown module", () => {
    const forge = RenderedMarkdown as unknown as new (issuer: symbol, html: string) => RenderedMarkdown;
    expect(() => new forge(Symbol("rendered by src/markdown/markdown.ts"), hostile)).toThrow(/only by renderMarkdown/);
  });

  it("renders a page's markdown body with raw HTML as text", () => {
    const html = renderToHtml(<Markdown html={markdownBody({ inputPath: "content/x.md", rawInput: `Hi ${hostile}` })} />);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });

  it("says which page has no markdown body", () => {
    expect(() => markdownBody({ inputPath: "content/x.11ty.tsx", rawInput: undefined })).toThrow("content/x.11ty.tsx has no markdown body");
  });
});
