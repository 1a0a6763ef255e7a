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

describe("the team's bases on the ward map", () => {
  const base = (name: string, postcode: string) => ({ name, type: "police-station" as const, address: "1 High Street", postcode, front_counter: false });
  const based = makeWard({
    id: `${WARD_B}N`,
    name: "Bravo",
    slug: "bravo",
    locations: [base("Bravo police office", "NW1 1AA"), base("Far away", "NW1 2BB"), base("<script>alert(1)</script> room", "NW1 3CC"), base("Unknown", "NW1 4DD")],
  });
  // Bravo is the square from -0.14 to -0.13 east and 51.49 to 51.50 north; the map fits it in the middle.
  const places = new Map<string, readonly [number, number]>([
    ["NW1 1AA", [-0.135, 51.495]],
    ["NW1 2BB", [0.2, 51.7]],
    ["NW1 3CC", [-0.14, 51.5]],
  ]);
  const section = sectionWithHeading(
    renderToHtml(WardPage({ ward: based, directory: buildDirectory([alpha, based], NOW), stylesheetHref: "/s.css", maps, findPlace: (postcode) => places.get(postcode) })),
    "neighbours",
  );

  it("marks each base the postcode data places on the map, where it is, after the labels", () => {
    const markers = [...section.matchAll(/<g class="sn-map__marker"><title>([^<]*)<\/title><circle cx="([\d.]+)" cy="([\d.]+)" r="6"><\/circle><\/g>/g)];
    expect(markers.map((m) => m[1])).toEqual(["Bravo police office", "&lt;script>alert(1)&lt;/script> room"]);
    const [centre, corner] = markers.map((m) => [Number(m[2]), Number(m[3])]);
    expect(centre?.[0]).toBeCloseTo(160, 0);
    expect(centre?.[1]).toBeCloseTo(120, 0);
    // The north-west corner: up and left of the centre, on the ward's edge (the map keeps 56 units clear around it).
    expect(corner?.[1]).toBeCloseTo(56, 0);
    expect(corner?.[0]).toBeLessThan(160);
    expect(section.indexOf('class="sn-map__markers" aria-hidden="true"')).toBeGreaterThan(section.indexOf('class="sn-map__labels"'));
  });

  it("names the marked bases in the caption, the map's text alternative", () => {
    expect(section).toContain("Dots mark the team's bases: Bravo police office and &lt;script>alert(1)&lt;/script> room.");
    expect(section).not.toContain("<script>alert");
    expect(section).toContain("Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data");
  });

  it("has no markers, and says nothing of them, without postcode data", () => {
    expect(sectionWithHeading(page(based), "neighbours")).not.toMatch(/sn-map__marker|Dots? marks?|Royal Mail/);
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
