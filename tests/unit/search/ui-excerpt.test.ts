import { describe, expect, it } from "vitest";
import { decodeEntities, excerptSegments, tidyExcerpt } from "../../../src/search/ui-excerpt.ts";

describe("excerptSegments", () => {
  it("splits an excerpt at Pagefind's <mark> tags into marked and unmarked text", () => {
    expect(excerptSegments("teams in <mark>Camden</mark> <mark>Town</mark> meet monthly")).toEqual([
      { text: "teams in ", marked: false },
      { text: "Camden", marked: true },
      { text: " ", marked: false },
      { text: "Town", marked: true },
      { text: " meet monthly", marked: false },
    ]);
  });

  it("returns one unmarked segment for an excerpt with no match, and none for an empty one", () => {
    expect(excerptSegments("Hoxton East & Shoreditch")).toEqual([{ text: "Hoxton East & Shoreditch", marked: false }]);
    expect(excerptSegments("")).toEqual([]);
    expect(excerptSegments("<mark></mark>")).toEqual([]);
  });

  it("keeps markup in the page's text as text: Pagefind writes < and > as entities, and only its <mark> is a tag", () => {
    // What Pagefind 1.6 makes of the text `say <script>alert(1)</script> & "hi"`, matching "say".
    const segments = excerptSegments('<mark>say</mark> &lt;script&gt;alert(1)&lt;/script&gt; & "hi"');
    expect(segments).toEqual([
      { text: "say", marked: true },
      { text: ' <script>alert(1)</script> & "hi"', marked: false },
    ]);
  });

  it("decodes entities inside a match, and joins neighbouring segments with the same marking", () => {
    expect(excerptSegments("<mark>Tom&amp;Jerry</mark><mark>&#x2019;s</mark> show")).toEqual([
      { text: "Tom&Jerry", marked: true },
      { text: "\u2019", marked: false },
      { text: "s", marked: true },
      { text: " show", marked: false },
    ]);
    expect(excerptSegments("<mark>Somers</mark><mark>Town</mark>")).toEqual([{ text: "SomersTown", marked: true }]);
  });

  it("leaves the punctuation Pagefind marks with a word unmarked", () => {
    expect(excerptSegments("near <mark>Weavers,</mark> <mark>(Bethnal</mark> Green and <mark>“Camden”.</mark>")).toEqual([
      { text: "near ", marked: false },
      { text: "Weavers", marked: true },
      { text: ", (", marked: false },
      { text: "Bethnal", marked: true },
      { text: " Green and “", marked: false },
      { text: "Camden", marked: true },
      { text: "”.", marked: false },
    ]);
    expect(excerptSegments("<mark>E2</mark> <mark>7EX</mark>")).toEqual([
      { text: "E2", marked: true },
      { text: " ", marked: false },
      { text: "7EX", marked: true },
    ]);
    expect(excerptSegments("<mark>...</mark>")).toEqual([{ text: "...", marked: false }]);
  });

  it("treats a <mark> left open as marking the rest, and ignores a stray </mark>", () => {
    expect(excerptSegments("a </mark>b <mark>c")).toEqual([
      { text: "a b ", marked: false },
      { text: "c", marked: true },
    ]);
  });

  it("leaves other tags as text, so nothing but <mark> is ever markup", () => {
    expect(excerptSegments("<b>bold</b> <MARK>x</MARK>")).toEqual([
      { text: "<b>bold</b> ", marked: false },
      { text: "x", marked: true },
    ]);
  });
});

describe("decodeEntities", () => {
  it("decodes the named entities HTML escaping uses, and numeric ones", () => {
    expect(decodeEntities("&lt;&gt;&amp;&quot;&apos;&nbsp;&#39;&#x27;&#X2019;&#8212;")).toBe("<>&\"'\u00a0''\u2019\u2014");
  });

  it("decodes once, so an escaped entity stays an entity", () => {
    expect(decodeEntities("&amp;lt;mark&amp;gt;")).toBe("&lt;mark&gt;");
  });

  it("leaves bare ampersands and unknown names alone", () => {
    expect(decodeEntities("Fish & chips &copy; &nosuch; &#;")).toBe("Fish & chips &copy; &nosuch; &#;");
  });

  it("replaces numbers that are not characters", () => {
    expect(decodeEntities("&#0;&#xD800;&#x110000;")).toBe("\ufffd\ufffd\ufffd");
  });
});

describe("tidyExcerpt", () => {
  const content = "Kentish Town South, ward in Camden. The team for Kentish Town South works from a community room at a library. PC Jane Smith, Dedicated ward officer.";

  it("begins at the next sentence when Pagefind's window begins part-way through one", () => {
    const tidy = tidyExcerpt(excerptSegments("South, ward in Camden. The team for Kentish <mark>Town</mark> South works"), content);
    expect(tidy.map((segment) => segment.text).join("")).toBe("The team for Kentish Town South works…");
    expect(tidy.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(["Town"]);
  });

  it("shows an ellipsis when no sentence begins before the first match", () => {
    const tidy = tidyExcerpt(excerptSegments("Smith, Dedicated <mark>ward</mark> officer."), content);
    expect(tidy.map((segment) => segment.text).join("")).toBe("…Smith, Dedicated ward officer.");
  });

  it("leaves an excerpt that begins and ends with the text as it is", () => {
    const tidy = tidyExcerpt(excerptSegments("Kentish Town South, ward in <mark>Camden.</mark>"), "Kentish Town South, ward in Camden.");
    expect(tidy).toEqual(excerptSegments("Kentish Town South, ward in <mark>Camden.</mark>"));
  });

  it("never drops a match to find a sentence, nor gives anything for an empty excerpt", () => {
    const tidy = tidyExcerpt(excerptSegments("in <mark>Camden.</mark> The team for Kentish Town"), content);
    expect(tidy[0]).toEqual({ text: "…", marked: false });
    expect(tidy.some((segment) => segment.marked && segment.text === "Camden")).toBe(true);
    expect(tidyExcerpt([], content)).toEqual([]);
  });
});
