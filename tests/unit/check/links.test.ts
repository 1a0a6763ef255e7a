import { describe, expect, it } from "vitest";
import { brokenLinks } from "../../../src/check/links.ts";
import { markdownFacts, rawHtmlProblems } from "../../../src/check/markdown.ts";

const pages = [
  { url: "/" },
  { url: "/faq/", ids: new Set(["who-is-in-a-team"]) },
  { url: "/faq/who-is-in-a-team/", ids: new Set(["who-is-in-a-team", "dedicated-officers"]) },
  { url: "/faq/draft/", ids: new Set<string>(), draft: true, file: "content/faq/draft.md" },
  { url: "/404.html" },
];
const check = (href: string, from = "/faq/who-is-in-a-team/") => brokenLinks([{ file: "x.md", pageUrl: from, links: [{ href, line: 3 }] }], pages);

describe("brokenLinks", () => {
  it.each(["/", "/faq/", "/faq/#who-is-in-a-team", "#dedicated-officers", "../", "https://example.org/none/", "mailto:a@b.uk", "tel:+442079460000", "/areas/camden/camden-town/events.ics", "/404.html"])(
    "accepts %j",
    (href) => {
      expect(check(href)).toEqual([]);
    },
  );

  it("reports a page that does not exist, with the line, and a missing slash", () => {
    expect(check("/faq/no-such-question/")).toEqual([
      { file: "x.md", line: 3, field: "", message: "the link to /faq/no-such-question/ leads to no page; check the address, or remove the link" },
    ]);
    expect(check("/faq")[0]?.message).toContain("did you mean /faq/?");
  });

  it("reports a heading that is not on the page, and a link to a draft", () => {
    expect(check("/faq/#nope")[0]?.message).toContain("#nope, which is not on /faq/");
    expect(check("/faq/draft/")[0]?.message).toContain("leads to a draft (content/faq/draft.md), which is not published");
  });
});

describe("markdownFacts", () => {
  const facts = markdownFacts("## Who works here\n\nSee [the FAQ](/faq/) and\n[more](/faq/#x).\n\nSome <b>bold</b> and <!-- a note -->.\n", 7);

  it("finds links and heading ids, with lines of the file", () => {
    expect(facts.ids).toEqual(["who-works-here"]);
    expect(facts.links).toEqual([
      { href: "/faq/", line: 9 },
      { href: "/faq/#x", line: 10 },
    ]);
  });

  it("reports raw HTML once per opening tag, with the markdown to use", () => {
    expect(rawHtmlProblems("x.md", facts).map((p) => `${p.line} ${p.message}`)).toEqual([
      "12 HTML such as <b> is not allowed in content and would show as text; write **bold** instead",
      "12 HTML such as <!-- --> is not allowed in content and would show as text; delete the comment: it would be published as text",
    ]);
  });
});
