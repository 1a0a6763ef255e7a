import { describe, expect, it } from "vitest";
import { render as renderFaqQuestion } from "../../../layouts/faq-question.11ty.tsx";
import type { PageData } from "../../../layouts/page-data.ts";
import { renderToHtml } from "../../../src/jsx/render.ts";

const hostile = `<script>alert("owned")</script>`;

function pageData<Extra extends object>(overrides: Extra, body = ""): PageData & Extra {
  return {
    title: "Question",
    stylesheet: { href: "/assets/main.css" },
    searchScript: { href: "/assets/search.js" },
    collections: {},
    ...overrides,
    page: { url: "/faq/x/", inputPath: "content/faq/x.md", fileSlug: "x", outputPath: "_site/faq/x/index.html", rawInput: body },
  };
}

describe("layouts escape content by default", () => {
  it("renders a question containing <script> as text", () => {
    const html = renderToHtml(
      renderFaqQuestion(
        pageData({
          question: `Is ${hostile} safe?`,
          summary: hostile,
          order: 1,
          topics: ["about"],
        }, "A plain answer."),
      ),
    );
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script>alert(&quot;owned&quot;)&lt;/script>");
  });

  it("passes rendered markdown through the one escape hatch, still without raw HTML", () => {
    const html = renderToHtml(
      renderFaqQuestion(
        pageData({
          question: "Q?",
          summary: "S",
          order: 1,
          topics: ["about"],
        }, `**Bold** ${hostile}`),
      ),
    );
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).not.toContain("<script>alert");
  });

  it("starts a full page with a doctype and lang=en-GB", () => {
    const html = renderToHtml(
      renderFaqQuestion(pageData({ question: "Q?", summary: "S", order: 1, topics: ["a"] })),
    );
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">")).toBe(true);
  });
});
