import { describe, expect, it } from "vitest";
import { clip, htmlToMarkdown, htmlToText } from "../../../src/sync/html.ts";

const hostile = `<h2>About us</h2><p>We patrol <b>daily</b>.<script>alert("x")</script><img src="x" onerror="alert(1)"></p>
<p onclick="steal()"><a href="javascript:alert(2)">Click</a>, <a href="data:text/html,hi">data</a>, <a href="https://www.met.police.uk/">the Met</a></p><style>*{display:none}</style>`;

describe("htmlToMarkdown", () => {
  it("keeps paragraphs, emphasis and http(s) links, and drops scripts, styles, handlers and other links", () => {
    expect(htmlToMarkdown(hostile)).toBe("About us\n\nWe patrol **daily**.\n\nClick, data, [the Met](https://www.met.police.uk/)");
  });
  it("turns headings into paragraphs (the ward page gives the description no headings)", () => {
    expect(htmlToMarkdown("<h1>Title</h1><p>Body</p>")).not.toMatch(/^#/m);
  });
  it("returns an empty string for nothing", () => {
    expect(htmlToMarkdown(null)).toBe("");
    expect(htmlToMarkdown("<script>only()</script>")).toBe("");
  });
});

describe("htmlToText", () => {
  it("gives one line of text, with a link's address in brackets and no markup", () => {
    expect(htmlToText(hostile)).toBe("About us We patrol daily. Click, data, the Met (https://www.met.police.uk/)");
  });
  it("decodes entities and does not escape markdown characters", () => {
    expect(htmlToText("<p>Fish &amp; chips * 2 &lt;script&gt;</p>")).toBe("Fish & chips * 2 <script>");
  });
});

describe("clip", () => {
  it("cuts at a word boundary with an ellipsis, within the limit", () => {
    const text = "one two three four five six seven";
    expect(clip(text, 100)).toBe(text);
    expect(clip(text, 20)).toBe("one two three four…");
    expect(clip(text, 20).length).toBeLessThanOrEqual(20);
  });
});
