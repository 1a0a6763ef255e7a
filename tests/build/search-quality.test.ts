import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { excerptSegments, tidyExcerpt } from "../../src/search/ui-excerpt.ts";
import { resultTitle } from "../../src/search/ui-results.ts";
import { searchSite, type SearchFilters } from "../../src/search/ui-search.ts";
import { buildSite } from "../support/build-site.ts";
import { loadBuiltPagefind, type NodePagefind, type NodeResultData } from "../support/pagefind-node.ts";

/*
 * What residents type, and the page that must come first. The site is built
 * once from content/, and each query runs through the search page's own steps
 * (src/search/ui-search.ts) on the built site's own pagefind.js, in Node.
 */
/** Each query, and the page that must come first (or the pages, any of which will do). */
const FIRST_RESULT: readonly (readonly [query: string, url: string | readonly string[]])[] = [
  // A ward's exact name puts it first; a borough's name, the borough.
  ["Camden Town", "/areas/camden/camden-town/"],
  ["camden", "/areas/camden/"],
  ["Westminster", "/areas/westminster/"],
  ["police in Westminster", "/areas/westminster/"],
  ["camden town police", "/areas/camden/camden-town/"],
  ["Weavers", "/areas/tower-hamlets/weavers/"],
  ["City of London", "/areas/city-of-london/"],
  ["E2 7EX", "/areas/tower-hamlets/weavers/"],
  ["bethnal green west", "/areas/tower-hamlets/bethnal-green-west/"],
  // Postcodes of team bases.
  ["NW1 0AG", "/areas/camden/camden-town/"],
  // Questions, as residents ask them.
  ["how many officers are in each team", "/faq/who-is-in-a-team/"],
  ["where are teams based", "/faq/where-teams-are-based/"],
  ["will officers be taken away", "/faq/will-officers-be-taken-away/"],
  ["PCSO", "/faq/who-is-in-a-team/"],
  ["what is a ward panel", "/faq/what-is-a-ward-panel/"],
  ["when is the next ward panel meeting", "/faq/what-is-a-ward-panel/"],
  // Who deals with what: the Report a problem guides.
  ["graffiti", "/report/graffiti/"],
  ["There's graffiti on my street, what do I do?", "/report/graffiti/"],
  ["who deals with noise", "/report/noise/"],
  ["my bike was stolen", "/report/report-a-crime/"],
  ["hate crime", "/report/hate-crime/"],
  ["contact", "/contact/"],
  // Other words for the same thing.
  ["ASB", "/report/anti-social-behaviour/"],
  ["anti social behaviour", "/report/anti-social-behaviour/"],
  ["dumped car", "/report/abandoned-vehicles/"],
  ["flytipping", "/report/fly-tipping/"],
  ["noisy neighbours", "/report/noise/"],
  ["scammed", "/report/fraud/"],
  ["emergency", "/report/crime-happening-now/"],
  ["tell the police anonymously", "/report/information-anonymously/"],
  ["ward panel", "/faq/what-is-a-ward-panel/"],
  ["domestic violence", "/report/domestic-abuse/"],
  ["there's a pothole in my road", "/report/street-problems/"],
  ["dog mess", "/report/street-problems/"],
  ["someone sleeping rough", "/report/rough-sleeping-and-begging/"],
  // Problems the first guides did not cover, as residents put them.
  ["car parked across my driveway", "/report/parking/"],
  ["pavement parking", "/report/parking/"],
  ["I found a wallet", "/report/lost-and-found-property/"],
  ["lost my phone", "/report/lost-and-found-property/"],
  ["someone is stalking me", "/report/stalking-and-harassment/"],
  ["being harassed", "/report/stalking-and-harassment/"],
  ["suspicious package", "/report/terrorism-and-suspicious-items/"],
  ["knife crime", "/report/knives-and-weapons/"],
  ["a dog bit my child", "/report/dangerous-dogs/"],
  ["stray dog", "/report/dangerous-dogs/"],
  ["fireworks", "/report/anti-social-behaviour/"],
  ["e-scooters on the pavement", "/report/road-safety/"],
  ["cold callers", "/report/fraud/"],
  ["my car was broken into", "/report/report-a-crime/"],
  // Complaints, thanks and volunteering.
  ["how do I complain about a police officer", "/contact/"],
  ["thank an officer", "/contact/"],
  ["how can I volunteer", "/faq/how-to-get-involved/"],
  ["become a special constable", "/faq/how-to-get-involved/"],
  ["neighbourhood watch", "/faq/how-to-get-involved/"],
  // Crime figures, however residents ask for them.
  ["is crime going down", "/crime/"],
  ["crime statistics", "/crime/"],
  ["crime in my area", "/crime/"],
  // Either way to find your team: by postcode, or from the A to Z.
  ["bobby", ["/find/", "/areas/"]],
  ["my local officer", ["/find/", "/areas/"]],
  ["police near me", ["/find/", "/areas/"]],
];

const COMMUNITY_SAFETY_DAY = "/areas/tower-hamlets/bethnal-green-east/";
const WARD_PAGE = /^\/areas\/[^/]+\/[^/]+\/$/;

let pagefind: NodePagefind;
let siteDir = "";

beforeAll(async () => {
  const site = await buildSite();
  siteDir = site.outputDir;
  pagefind = await loadBuiltPagefind(site.outputDir);
}, 120_000);

/** The pages that would do, of those the build has (a page still to come is not expected). */
function expectedPages(urls: string | readonly string[]): string[] {
  const candidates = typeof urls === "string" ? [urls] : urls;
  const found = candidates.filter((url) => existsSync(path.join(siteDir, url, "index.html")));
  if (found.length === 0) throw new Error(`none of ${candidates.join(", ")} is in the build`);
  return found;
}

afterAll(async () => {
  await pagefind?.destroy();
});

async function search(query: string, filters: SearchFilters = {}, count = 10): Promise<NodeResultData[]> {
  return (await searchSite(pagefind, query, filters, count)).first;
}

describe("search, as residents type", () => {
  it.each(FIRST_RESULT)("%s → %s", async (query, urls) => {
    const results = await search(query);
    expect(expectedPages(urls), JSON.stringify(results.slice(0, 3).map((r) => r.url))).toContain(results[0]?.url);
  });

  it("finds the wards with a ward panel meeting for 'ward panel meeting', above any ward without one", async () => {
    const wards = (await search("ward panel meeting", {}, 50)).filter((result) => WARD_PAGE.test(result.url));
    const withMeeting = wards.map((ward) => /Ward panel meeting:/.test(ward.content));
    expect(withMeeting.filter(Boolean).length).toBeGreaterThan(1);
    expect(withMeeting).toEqual([...withMeeting].sort((a, b) => Number(b) - Number(a)));
  });

  it("finds an event by its title, type and place", async () => {
    expect((await search("community safety day"))[0]?.url).toBe(COMMUNITY_SAFETY_DAY);
    expect((await search("street briefing Arnold Circus"))[0]?.url).toBe("/areas/tower-hamlets/weavers/");
    expect((await search("Bayham Street"))[0]?.url).toBe("/areas/camden/camden-town/");
  });

  it.each([
    ["Abbey", ["/areas/barking-and-dagenham/abbey/", "/areas/merton/abbey/"]],
    ["regents park", ["/areas/camden/regents-park/", "/areas/westminster/regents-park/"]],
    ["Kilburn", ["/areas/brent/kilburn/", "/areas/camden/kilburn/"]],
  ])("puts both wards called %s first, told apart by their borough in the result's title", async (query, urls) => {
    const results = (await search(query)).slice(0, 2);
    expect(results.map((result) => result.url).sort()).toEqual(urls);
    const titles = results.map((result) => resultTitle(result.meta, result.url));
    expect(new Set(titles).size).toBe(2);
    for (const [i, result] of results.entries()) expect(titles[i]).toMatch(new RegExp(`, ${result.meta["borough"]}$`));
  });

  it("narrows results to teams, to questions and advice, and to a borough", async () => {
    const teams = await search("officers", { category: "Teams" }, 50);
    expect(teams.length).toBeGreaterThan(0);
    for (const result of teams) expect(result.url).toMatch(/^\/(areas|find)\//);
    const advice = await search("officers", { category: "Questions and advice" }, 50);
    expect(advice.length).toBeGreaterThan(0);
    for (const result of advice) expect(result.url).toMatch(/^\/(faq|report)\//);
    const camden = await search("officers", { borough: "Camden" }, 50);
    expect(camden.length).toBeGreaterThan(0);
    for (const result of camden) expect(result.url).toMatch(/^\/areas\/camden\//);
  });

  it("shows excerpts that begin at the start of a sentence, or say they begin part-way", async () => {
    for (const query of ["camden", "officers", "ward panel meeting", "graffiti"]) {
      for (const result of await search(query)) {
        const text = tidyExcerpt(excerptSegments(result.excerpt), result.content)
          .map((segment) => segment.text)
          .join("");
        if (text) expect(text, `${query}: ${result.url}`).toMatch(/^(…|[\p{Lu}\p{N}"'‘“(])/u);
      }
    }
  });
});
