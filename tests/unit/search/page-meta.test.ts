import { describe, expect, it } from "vitest";
import { aliasMeta, categoryFor, withPageSearchMeta } from "../../../src/search/page-meta.ts";
import { canonicalPhrase, groupsIn } from "../../../src/search/synonyms.ts";

describe("groupsIn", () => {
  it("finds a group by any of its phrases, whatever the case, hyphens, apostrophes or a plural", () => {
    expect(groupsIn("Report ANTI-SOCIAL behaviour")[0]).toContain("ASB");
    expect(groupsIn("Abandoned vehicles")[0]).toContain("dumped car");
    expect(groupsIn("Who's my PCSO?")[0]).toContain("police community support officer");
  });

  it("matches whole words only", () => {
    expect(groupsIn("The basbee estate")).toEqual([]);
    expect(groupsIn("graffitist")).toEqual([]);
  });
});

describe("aliasMeta", () => {
  it("gives the title's other words as aliases, and the rest of the page's as related", () => {
    const meta = aliasMeta("Abandoned vehicles", "Abandoned vehicles are the council's job. Graffiti is too.");
    expect(meta["aliases"]).toContain("dumped car");
    expect(meta["aliases"]).not.toContain("tagging");
    expect(meta["related"]).toContain("tagging");
    expect(meta["related"]).not.toContain("dumped car");
  });

  it("gives nothing for a page that names nothing in the lists", () => {
    expect(aliasMeta("Accessibility statement", "How accessible this website is.")).toEqual({});
  });
});

describe("categoryFor", () => {
  it("files teams, and questions and advice, by the site's folders", () => {
    expect(categoryFor("/areas/camden/")).toBe("Teams");
    expect(categoryFor("/find/")).toBe("Teams");
    expect(categoryFor("/faq/who-is-in-a-team/")).toBe("Questions and advice");
    expect(categoryFor("/report/graffiti/")).toBe("Questions and advice");
    expect(categoryFor("/accessibility/")).toBeUndefined();
  });
});

describe("withPageSearchMeta", () => {
  const page = `<!DOCTYPE html><html lang="en-GB"><body><main class="sn-main" data-pagefind-body=""><h1>Graffiti &amp; &quot;tags&quot;</h1><p>Call the council.</p></main></body></html>`;

  it("adds the category filter and the aliases, hidden and ignored, at the start of the indexed element", () => {
    const out = withPageSearchMeta(page, "/report/graffiti/");
    expect(out).toContain(
      '<main class="sn-main" data-pagefind-body=""><div hidden data-pagefind-ignore><span data-pagefind-filter="category:Questions and advice"></span><span data-pagefind-meta="aliases:graffiti, tagging, spray paint, vandalism"></span></div><h1>',
    );
  });

  it("escapes what it puts in attributes, and leaves a page with nothing to add as it is", () => {
    expect(withPageSearchMeta(page.replace("<h1>", "<h1>Fraud &amp; \"scams\" "), "/x/")).not.toMatch(/data-pagefind-meta="[^"]*"scams/);
    const plain = page.replace(/<h1>.*<\/h1>/, "<h1>Accessibility</h1>");
    expect(withPageSearchMeta(plain, "/accessibility/")).toBe(plain);
    expect(withPageSearchMeta("<main>no body</main>", "/areas/")).toBe("<main>no body</main>");
  });
});

describe("canonicalPhrase", () => {
  it("gives the thing's own name for another word for it, typed exactly", () => {
    expect(canonicalPhrase("pcso")).toBe("police community support officer");
    expect(canonicalPhrase("Dumped car")).toBe("abandoned vehicle");
    expect(canonicalPhrase("abandoned vehicle")).toBeUndefined();
    expect(canonicalPhrase("dumped car in my road")).toBeUndefined();
    expect(canonicalPhrase(" ")).toBeUndefined();
  });
});
