import { describe, expect, it } from "vitest";
import { findResults, isExactMatch, looksLikePostcode, postcodeInQuery, searchSite, searchWords, type ResultLike } from "../../../src/search/ui-search.ts";

interface Data {
  readonly url: string;
  readonly meta: Record<string, string>;
}

/** A fake Pagefind: each page lists its words, with a score for each; a search needs every word of its term. */
function fakePagefind(pages: Record<string, { words: Record<string, number>; meta?: Record<string, string> }>) {
  const searches: string[] = [];
  const result = (url: string, score: number): ResultLike<Data> => ({
    id: url,
    score,
    data: async () => ({ url, meta: pages[url]?.meta ?? { title: url } }),
  });
  return {
    searches,
    async search(term: string, options?: { filters?: Record<string, string> }) {
      searches.push(options ? `${term} ${JSON.stringify(options.filters)}` : term);
      const words = term.split(" ");
      const results = Object.entries(pages)
        .filter(([, page]) => words.every((word) => word in page.words))
        .map(([url, page]) => result(url, words.reduce((sum, word) => sum + (page.words[word] ?? 0), 0)))
        .sort((a, b) => b.score - a.score);
      return { results };
    },
  };
}

describe("searchWords", () => {
  it("leaves out the words of a question, and keeps them when nothing else is left", () => {
    expect(searchWords("When is the next ward panel meeting?")).toEqual(["next", "ward", "panel", "meeting"]);
    expect(searchWords("Who's my PCSO")).toEqual(["pcso"]);
    expect(searchWords("the")).toEqual(["the"]);
    expect(searchWords("  ")).toEqual([]);
  });
});

describe("findResults", () => {
  const pagefind = fakePagefind({
    "/report/graffiti/": { words: { graffiti: 20 } },
    "/areas/westminster/west-end/": { words: { graffiti: 2, street: 1 } },
    "/areas/camden/camden-town/": { words: { street: 1, camden: 5 } },
  });

  it("searches one word once, with the filters chosen", async () => {
    const results = await findResults(pagefind, "graffiti", { category: "Teams" });
    expect(results.map((r) => r.id)).toEqual(["/report/graffiti/", "/areas/westminster/west-end/"]);
    expect(pagefind.searches.at(-1)).toBe('graffiti {"category":"Teams"}');
  });

  it("ranks pages with at least half the words by their summed scores, not only pages with every word", async () => {
    const results = await findResults(pagefind, "what do I do about graffiti on my street");
    expect(results.map((r) => r.id)).toEqual(["/report/graffiti/", "/areas/westminster/west-end/", "/areas/camden/camden-town/"]);
    // The graffiti page has one word of three: not enough.
    const three = await findResults(pagefind, "graffiti street camden");
    expect(three.map((r) => r.id)).toEqual(["/areas/camden/camden-town/", "/areas/westminster/west-end/"]);
    // A word no page has does not count.
    const typo = await findResults(pagefind, "graffiti street qqzx");
    expect(typo.map((r) => r.id)).toHaveLength(3);
  });

  it("searches a postcode as one, never its halves apart", async () => {
    const postcodes = fakePagefind({ "/areas/tower-hamlets/weavers/": { words: { e2: 1, "7ex": 1 } }, "/areas/x/": { words: { e2: 1 } } });
    expect((await findResults(postcodes, "E2 7EX")).map((r) => r.id)).toEqual(["/areas/tower-hamlets/weavers/"]);
    expect(postcodes.searches).toEqual(["e2 7ex"]);
    expect(looksLikePostcode("sw1a 1aa")).toBe(true);
    expect(looksLikePostcode("E2")).toBe(true);
    expect(looksLikePostcode("camden town")).toBe(false);
  });

  it("recognises a whole postcode however it is typed, and writes it as the Royal Mail does", () => {
    expect(postcodeInQuery("sw1a1aa")).toBe("SW1A 1AA");
    expect(postcodeInQuery("  nw1   7jn ")).toBe("NW1 7JN");
    expect(postcodeInQuery("E2 7EX")).toBe("E2 7EX");
    expect(postcodeInQuery("cr0 1aa")).toBe("CR0 1AA");
    // Pasted from an address, as the find page takes it.
    expect(postcodeInQuery("SW1A-1AA.")).toBe("SW1A 1AA");
    // Half a postcode, a ward's name, or a postcode inside other words is not one.
    expect(postcodeInQuery("E2")).toBeUndefined();
    expect(postcodeInQuery("camden town")).toBeUndefined();
    expect(postcodeInQuery("police near SW1A 1AA")).toBeUndefined();
    expect(postcodeInQuery("SW1A 1A")).toBeUndefined();
  });

  it("finds nothing for nothing", async () => {
    expect(await findResults(pagefind, " ")).toEqual([]);
  });
});

describe("isExactMatch and firstResults", () => {
  const abbey = { url: "/areas/merton/abbey/", meta: { title: "Abbey Safer Neighbourhoods team", name: "Abbey", borough: "Merton" } };
  const regents = { url: "/areas/camden/regents-park/", meta: { title: "Regent's Park Safer Neighbourhoods team", name: "Regent's Park" } };
  const camden = { url: "/areas/camden/", meta: { title: "Camden Safer Neighbourhoods teams", name: "Camden" } };
  const city = { url: "/areas/city-of-london/", meta: { title: "City of London" } };

  it("matches the page's name, alone or with its borough, or else its title, as typed in any case and punctuation", () => {
    expect(isExactMatch("abbey", abbey)).toBe(true);
    expect(isExactMatch("Abbey, Merton", abbey)).toBe(true);
    expect(isExactMatch("abbey road", abbey)).toBe(false);
    expect(isExactMatch("regents park", regents)).toBe(true);
    expect(isExactMatch("city of london", city)).toBe(true);
    expect(isExactMatch("camden town", camden)).toBe(false);
  });

  it("matches without question words, or words for the kind of page", () => {
    expect(isExactMatch("police in Camden", camden)).toBe(true);
    expect(isExactMatch("Who is the Camden safer neighbourhoods team?", camden)).toBe(true);
    expect(isExactMatch("camden graffiti", camden)).toBe(false);
    expect(isExactMatch("the police", camden)).toBe(false);
  });

  it("matches the other words for what a page's title names", () => {
    const vehicles = { url: "/report/abandoned-vehicles/", meta: { title: "Abandoned vehicles", aliases: "abandoned vehicle, dumped car, abandoned car" } };
    expect(isExactMatch("Dumped car", vehicles)).toBe(true);
    expect(isExactMatch("dumped", vehicles)).toBe(false);
  });

  it("moves exact matches among the first results to the top, keeping Pagefind's order otherwise", async () => {
    const pages = [regents, abbey, camden];
    const pagefind = {
      async search() {
        return { results: pages.map((data, i) => ({ id: data.url, score: 3 - i, data: async () => data })) };
      },
    };
    const all = await searchSite(pagefind, "camden", {}, 10);
    expect(all.first.map((d) => d.url)).toEqual([camden.url, regents.url, abbey.url]);
    expect(all.rest).toEqual([]);
    expect(all.total).toBe(3);
  });
});

describe("searchSite", () => {
  const pagefind = fakePagefind({
    "/areas/camden/": { words: { camden: 9 }, meta: { title: "Camden Safer Neighbourhoods teams", name: "Camden" } },
    "/areas/camden/camden-town/": { words: { camden: 5, police: 2 }, meta: { title: "Camden Town Safer Neighbourhoods team", name: "Camden Town" } },
    "/areas/camden/kilburn/": { words: { camden: 4, police: 2 }, meta: { title: "Kilburn Safer Neighbourhoods team", name: "Kilburn" } },
    "/faq/": { words: { police: 1 }, meta: { title: "Questions" } },
  });

  it("puts a page named what was typed first, even when the query's other words pushed it off the first page", async () => {
    const found = await searchSite(pagefind, "camden police", {}, 2);
    expect(found.first.map((d) => d.url)).toEqual(["/areas/camden/", "/areas/camden/camden-town/"]);
    // What the first page no longer has room for comes next, and nothing twice.
    expect(found.rest.map((r) => r.id)).toEqual(["/areas/camden/kilburn/", "/faq/"]);
    expect(found.total).toBe(4);
  });
});
