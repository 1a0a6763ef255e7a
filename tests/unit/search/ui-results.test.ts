import { describe, expect, it } from "vitest";
import {
  addressForQuery,
  collapseSpace,
  postcodeSummary,
  resultsSummary,
  resultTitle,
  searchingMessage,
  sectionsToShow,
  type SectionLike,
} from "../../../src/search/ui-results.ts";

describe("collapseSpace", () => {
  it("trims and collapses space, and treats missing text as empty", () => {
    expect(collapseSpace("  Camden \n  Town ")).toBe("Camden Town");
    expect(collapseSpace(null)).toBe("");
    expect(collapseSpace(undefined)).toBe("");
    expect(collapseSpace("   ")).toBe("");
  });
});

describe("resultsSummary", () => {
  it("counts results in words a screen reader reads naturally", () => {
    expect(resultsSummary(0, "qqqzzzxxx")).toBe("No results for qqqzzzxxx");
    expect(resultsSummary(1, "Weavers")).toBe("1 result for Weavers");
    expect(resultsSummary(12, "Camden Town")).toBe("12 results for Camden Town");
  });

  it("tells a screen reader that a postcode's link to its team comes first", () => {
    expect(postcodeSummary(0, "SW1A 1AA")).toBe("No results for SW1A 1AA. First, a link to find the team for SW1A 1AA.");
  });

  it("says what is being searched for while it is slow", () => {
    expect(searchingMessage("camden")).toBe("Searching for camden…");
  });
});

describe("sectionsToShow", () => {
  const page = { url: "/faq/", title: "Questions about Safer Neighbourhoods" };
  const section = (id: string, matches: number, title = id): SectionLike => ({
    title,
    url: `${page.url}#${id}`,
    locations: Array.from({ length: matches }, (_, i) => i),
  });

  it("leaves out the page itself, by address or by title, and untitled sections", () => {
    const top = { title: "Questions", url: page.url, locations: [1, 2, 3, 4] };
    const heading = section("questions", 4, " Questions about  Safer Neighbourhoods");
    expect(sectionsToShow(page, [top, heading, section("a", 1), section("b", 1, "  ")])).toEqual([section("a", 1)]);
  });

  it("keeps at most three, those with the most matches, in page order", () => {
    const sections = [section("a", 1), section("b", 5), section("c", 2), section("d", 5), section("e", 3)];
    expect(sectionsToShow(page, sections).map((s) => s.title)).toEqual(["b", "d", "e"]);
  });

  it("prefers earlier sections when matches tie, and takes a limit", () => {
    const sections = [section("a", 1), section("b", 1), section("c", 1)];
    expect(sectionsToShow(page, sections, 2).map((s) => s.title)).toEqual(["a", "b"]);
    expect(sectionsToShow(page, [{ title: "x", url: "/faq/#x" }, section("y", 1)], 1).map((s) => s.title)).toEqual(["y"]);
  });
});

describe("resultTitle", () => {
  it("uses the page's title, else its address", () => {
    expect(resultTitle({ title: " Camden Town Safer Neighbourhoods team " }, "/areas/camden/camden-town/")).toBe(
      "Camden Town Safer Neighbourhoods team",
    );
    expect(resultTitle({}, "/areas/")).toBe("/areas/");
    expect(resultTitle(undefined, "/areas/")).toBe("/areas/");
  });

  it("adds the borough where the page has one, so that wards of the same name are told apart", () => {
    expect(resultTitle({ title: "Abbey Safer Neighbourhoods team", borough: "Merton" }, "/areas/merton/abbey/")).toBe(
      "Abbey Safer Neighbourhoods team, Merton",
    );
    expect(resultTitle({ title: "Camden Town Safer Neighbourhoods team", borough: " Camden " }, "/x/")).toBe(
      "Camden Town Safer Neighbourhoods team, Camden",
    );
  });
});

describe("addressForQuery", () => {
  it("sets ?q= the way a GET form does, keeping the path (and any prefix), other parameters and the fragment", () => {
    expect(addressForQuery("https://example.org/search/", "Camden Town")).toBe("/search/?q=Camden+Town");
    expect(addressForQuery("https://example.org/safer-neighbourhoods/search/?q=old", "E2 7EX")).toBe("/safer-neighbourhoods/search/?q=E2+7EX");
    expect(addressForQuery("https://example.org/search/?x=1&q=a#top", "b&c")).toBe("/search/?x=1&q=b%26c#top");
  });

  it("removes ?q= when the query is empty", () => {
    expect(addressForQuery("https://example.org/search/?q=camden", "")).toBe("/search/");
  });

  it("keeps the filters chosen, and drops those no longer chosen", () => {
    expect(addressForQuery("https://example.org/search/?show=advice", "abbey", { show: "teams", borough: "Merton" })).toBe(
      "/search/?show=teams&q=abbey&borough=Merton",
    );
    expect(addressForQuery("https://example.org/search/?q=abbey&show=teams&borough=Merton", "abbey")).toBe("/search/?q=abbey");
  });
});
