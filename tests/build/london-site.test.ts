import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CITY_OF_LONDON, CITY_WARD_CODES } from "../../src/city/city.ts";
import { parseWardCodeFile } from "../../src/redirects/ward-codes.ts";
import type { LookupFile } from "../../src/postcodes/lookup-file.ts";
import type { BuiltSite } from "../support/build-site.ts";
import { defaultSite } from "../support/default-site.ts";
import { parseRedirects } from "../support/netlify-redirects.ts";
import { htmlPages } from "../../harness/site-files.ts";
import { loadWards } from "../../src/wards/load.ts";

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/*
 * The default site (content/) is all of the Met's London: 679 wards in 32
 * boroughs, with the City of London, which has its own force, explained on
 * one page and never given a Met page. Links and reachability are checked in
 * site-integrity.test.ts, over this same build.
 */

let site: BuiltSite;
let pages: string[];
const read = (file: string) => readFileSync(path.join(site.outputDir, file), "utf8");

beforeAll(async () => {
  site = await defaultSite();
  pages = htmlPages(site.outputDir);
});

describe("the default site: the Met's London", () => {
  it("writes a page for each of the 679 wards and 32 boroughs, and none for the City of London's wards", () => {
    const wardPages = pages.filter((page) => /^areas\/[^/]+\/[^/]+\/index\.html$/.test(page) && !page.startsWith("areas/postcodes/"));
    const boroughPages = pages.filter((page) => /^areas\/[^/]+\/index\.html$/.test(page) && !["areas/postcodes/index.html", "areas/city-of-london/index.html"].includes(page));
    expect(wardPages).toHaveLength(679);
    expect(boroughPages).toHaveLength(32);
    const html = wardPages.map(read).join("\n");
    for (const code of CITY_WARD_CODES) expect(html).not.toContain(code);
  });

  it("lists every ward in the A to Z, and the City of London as the City of London Police's", () => {
    const html = read("areas/index.html");
    expect(html.match(/href="\/areas\/[^/"]+\/[^/"]+\/"/g)?.filter((href) => !href.includes("/postcodes/"))).toHaveLength(679);
    expect(html).toMatch(/<a href="\/areas\/city-of-london\/">City of London<\/a> \(policed by the City of London Police\)/);
  });

  it("explains the City of London on one page, linking to its force and to police.uk", () => {
    const html = read("areas/city-of-london/index.html");
    expect(html).toContain("City of London Police");
    expect(html).toContain(`href="${CITY_OF_LONDON.forceUrl}"`);
    expect(html).toContain(`href="${CITY_OF_LONDON.policeUkUrl}"`);
  });

  it("redirects every City of London ward code, current or retired, to that page, and no other code there", () => {
    const redirects = new Map(parseRedirects(read("_redirects")).map((rule) => [rule.from, rule.to]));
    const { codes } = parseWardCodeFile(readFileSync("src/redirects/ward-codes.json", "utf8"), "ward-codes.json");
    const city = Object.entries(codes).filter(([, entry]) => entry.borough === CITY_OF_LONDON.code);
    expect(city.length).toBeGreaterThanOrEqual(25);
    for (const [code] of city) expect(redirects.get(`/areas/${code}/`), code).toBe(CITY_OF_LONDON.url);
    expect(redirects.get("/areas/E05009292/")).toBe(CITY_OF_LONDON.url);
    const others = Object.entries(codes).filter(([, entry]) => entry.borough !== CITY_OF_LONDON.code);
    for (const [code] of others) expect(redirects.get(`/areas/${code}/`), code).not.toBe(CITY_OF_LONDON.url);
  });
});

describe("the default site: postcode lookup", () => {
  const districts = (JSON.parse(readFileSync("content/postcodes/index.json", "utf8")) as { districts: string[] }).districts;

  it("has a lookup file and a page for every postcode district in the data", () => {
    expect(districts.length).toBeGreaterThan(300);
    for (const outward of districts) {
      expect(pages, outward).toContain(`areas/postcodes/${outward.toLowerCase()}/index.html`);
      const file = JSON.parse(read(`data/postcodes/${outward}.json`)) as LookupFile;
      expect(file.wards.length, outward).toBeGreaterThan(0);
    }
    const index = read("areas/postcodes/index.html");
    for (const outward of districts) expect(index).toContain(`href="/areas/postcodes/${outward.toLowerCase()}/"`);
  });

  it("sends the browser the lookup without where each postcode is, which only ward maps use", () => {
    for (const outward of districts) expect(Object.keys(JSON.parse(read(`data/postcodes/${outward}.json`)) as object), outward).toEqual(["wards", "units", "wardOf"]);
  });

  it("marks a team not added yet as pending in the lookup, so the find page never calls its posts vacant", () => {
    const areas = (JSON.parse(read("data/postcodes/NW1.json")) as LookupFile).wards.flatMap((area) => (area.kind === "ward" ? [area] : []));
    const regentsPark = areas.find((area) => area.name === "Regent's Park");
    expect(regentsPark?.pending).toBeUndefined();
    expect(regentsPark?.officers.length).toBeGreaterThan(0);
    const pending = areas.filter((area) => area.pending);
    expect(pending.length).toBeGreaterThan(0);
    for (const area of pending) expect([area.officers, area.pcsos], area.name).toEqual([[], []]);
  });

  it("marks each ward's bases on its map by their postcode, naming them in the caption", () => {
    const wards = loadWards("content").wards.filter((ward) => ward.locations.length > 0);
    expect(wards.length).toBeGreaterThan(0);
    for (const ward of wards) {
      const html = read(`areas/${ward.borough.slug}/${ward.slug}/index.html`);
      const marked = [...html.matchAll(/<g class="sn-map__marker"><title>([^<]*)<\/title>/g)].map((match) => match[1]);
      expect(marked, ward.slug).toEqual(ward.locations.map((base) => escapeText(base.name)));
      expect(html, ward.slug).toMatch(/A dot marks the team(&#39;|')s base|Dots mark the team(&#39;|')s bases/);
    }
  });

  it("lists a district's wards with their boroughs, linked, and sends City postcodes to the City page", () => {
    const nw1 = read("areas/postcodes/nw1/index.html");
    expect(nw1).toContain(`<a href="/areas/camden/regents-park/">Regent's Park</a>, Camden`);
    const ec2v = read("areas/postcodes/ec2v/index.html");
    expect(ec2v).toContain(`href="${CITY_OF_LONDON.url}"`);
    const nw1Data = JSON.parse(read("data/postcodes/NW1.json")) as LookupFile;
    expect(nw1Data.wards).toContainEqual(expect.objectContaining({ kind: "ward", name: "Regent's Park", borough: "Camden", url: "/areas/camden/regents-park/" }));
    const ec2vData = JSON.parse(read("data/postcodes/EC2V.json")) as LookupFile;
    expect(ec2vData.wards).toContainEqual({ kind: "city", url: CITY_OF_LONDON.url });
  });

  it("shows the data's attribution on the find page, the district pages and the about page linked from every footer", () => {
    for (const page of ["find/index.html", "areas/postcodes/index.html", "areas/postcodes/nw1/index.html", "about-our-data/index.html"]) {
      expect(read(page), page).toContain("Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright");
    }
    expect(read("index.html")).toContain('href="/about-our-data/"');
  });

  it("puts the find form, a GET form to /find/ with a postcode box and its hint, on the home page and the A to Z", () => {
    for (const page of ["index.html", "areas/index.html", "find/index.html"]) {
      const html = read(page);
      expect(html, page).toMatch(/<form class="sn-form sn-find-form" action="\/find\/" method="get"/);
      expect(html, page).toMatch(/<input class="sn-form__input sn-find-form__input" id="[^"]+" name="postcode" type="text"/);
      expect(html, page).toContain("For example, NW1 7JN");
    }
  });
});
