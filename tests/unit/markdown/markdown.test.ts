import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown, slugify } from "../../../src/markdown/markdown.ts";

describe("renderMarkdown", () => {
  it("renders paragraphs, lists and links", () => {
    const html = renderMarkdown("Hello **world**\n\n- one\n- two\n\n[FAQ](/faq/)").html;
    expect(html).toContain("<strong>world</strong>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain('<a href="/faq/">FAQ</a>');
  });

  it("gives headings stable ids from their text", () => {
    expect(renderMarkdown("## Where are teams based?").html).toContain('<h2 id="where-are-teams-based">');
  });

  it("escapes raw HTML instead of passing it through", () => {
    const html = renderMarkdown('<script>alert("x")</script>').html;
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });
});

describe("slugify", () => {
  it("makes lowercase, hyphenated ASCII slugs", () => {
    expect(slugify("St James's")).toBe("st-jamess");
    expect(slugify("Bethnal Green East")).toBe("bethnal-green-east");
    expect(slugify("Barking & Dagenham")).toBe("barking-and-dagenham");
  });
});

describe("markdownToText", () => {
  it("keeps the words and drops the markup, one block a line", () => {
    expect(markdownToText("Hello **world**, see [the FAQ](/faq/).\n\n- one\n- `two`\n\n## Heading\nLine one\nline two")).toBe(
      "Hello world, see the FAQ.\none\ntwo\nHeading\nLine one line two",
    );
  });

  it("keeps raw HTML as the literal text an author typed, never as markup", () => {
    expect(markdownToText('Hi <script>alert("x")</script>')).toBe('Hi <script>alert(“x”)</script>');
  });
});
