import { describe, expect, it } from "vitest";
import { AreasPage } from "../../../layouts/areas.tsx";
import { BoroughPage } from "../../../layouts/borough.tsx";
import { WardPage } from "../../../layouts/ward.tsx";
import { renderToHtml } from "../../../src/jsx/render.ts";
import { AreaMaps } from "../../../src/maps/area-maps.ts";
import { importBoundaries } from "../../../src/maps/import.ts";
import { buildDirectory } from "../../../src/wards/directory.ts";
import { boroughsGeoJson, WARD_A, WARD_B, wardsGeoJson } from "../maps/fixtures.ts";
import { sectionWithHeading, textOf } from "./html-helpers.ts";
import { makeWard, NOW } from "./ward-fixtures.ts";

const maps = new AreaMaps(importBoundaries(wardsGeoJson(), "w", boroughsGeoJson(), "b").topology);
const alpha = makeWard({ id: WARD_A, name: "Alpha", slug: "alpha", neighbours: [WARD_B] });
const bravo = makeWard({ id: `${WARD_B}N`, name: "Bravo", slug: "bravo" });
const directory = buildDirectory([alpha, bravo], NOW);
const page = (ward = bravo, withMaps: AreaMaps | null = maps) =>
  renderToHtml(WardPage({ ward, directory, stylesheetHref: "/s.css", maps: withMaps ?? undefined }));

describe("ward page map", () => {
  const section = sectionWithHeading(page(), "neighbours");

  it("is a named SVG whose neighbours are links, the ward itself not a link", () => {
    expect(section).toMatch(/<svg class="sn-map__svg" viewBox="0 0 320 240" role="group" aria-labelledby="ward-map-title"><title id="ward-map-title">Map of Bravo and the wards around it<\/title>/);
    expect(section).toContain('<a class="sn-map__link" href="/areas/camden/alpha/"><title>Alpha</title><path class="sn-map__area sn-map__area--neighbour"');
    expect(section).toContain('<a class="sn-map__link" href="/areas/city-of-london/"><title>City of London</title>');
    expect(section).toMatch(/<path class="sn-map__area sn-map__area--current" d="M/);
    expect(section).toMatch(/<g class="sn-map__labels" aria-hidden="true">/);
  });

  it("lists the same neighbours from the boundaries, with their direction, a ward without a page as text", () => {
    expect(textOf(section.slice(section.indexOf("<ul")))).toBe(
      "Charlie Street and Somewhere Long to the east City of London, policed by the City of London Police, to the south Alpha to the west",
    );
    expect(section).not.toContain(">Charlie Street and Somewhere Long</a>");
  });

  it("falls back to the ward file's list without boundaries, or for a ward not in them", () => {
    expect(textOf(sectionWithHeading(page(alpha, null), "neighbours"))).toBe("Neighbouring wards Bravo");
    const stranger = makeWard({ id: "E05099998", name: "Stranger", slug: "stranger" });
    expect(sectionWithHeading(page(stranger), "neighbours")).toContain("No neighbouring wards are listed.");
  });
});

describe("borough and London maps", () => {
  it("map every ward of the borough in the boundaries, linking those with a page", () => {
    const onlyAlpha = buildDirectory([alpha], NOW);
    const html = renderToHtml(BoroughPage({ entry: onlyAlpha.boroughs[0] as never, stylesheetHref: "/s.css", maps }));
    expect(html).toContain('<title id="borough-map-title">Map of the wards in Camden</title>');
    expect(html).toContain('href="/areas/camden/alpha/"><title>Alpha</title>');
    expect(html).toMatch(/<\/a><path class="sn-map__area sn-map__area--ward" d="M[^"]+"><\/path>/); // Bravo: no page, no link
    expect(html).not.toContain("<title>Delta</title>"); // a City ward is not in Camden
  });

  it("on /areas/, link each borough and the City of London to the City's page", () => {
    const html = renderToHtml(AreasPage({ directory, stylesheetHref: "/s.css", maps }));
    expect(html).toContain(`<title id="london-map-title">Map of London's boroughs</title>`);
    expect(html).toContain('<a class="sn-map__link" href="/areas/city-of-london/"><title>City of London</title><path class="sn-map__area sn-map__area--city"');
    expect(html).toContain('<a class="sn-map__link" href="/areas/camden/"><title>Camden</title>');
  });
});
