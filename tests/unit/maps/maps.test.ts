import { describe, expect, it } from "vitest";
import { AreaMaps, CITY_OF_LONDON_URL } from "../../../src/maps/area-maps.ts";
import { buildGeography } from "../../../src/maps/geography.ts";
import { importBoundaries } from "../../../src/maps/import.ts";
import { neighbourWarnings } from "../../../src/maps/neighbours.ts";
import { spreadLabels, wrapLabel } from "../../../src/maps/labels.ts";
import { boroughMap, londonMap, wardMap, wardNeighbours } from "../../../src/maps/svg.ts";
import { buildDirectory } from "../../../src/wards/directory.ts";
import { makeWard, NOW } from "../layouts/ward-fixtures.ts";
import { boroughsGeoJson, WARD_A, WARD_B, WARD_C, WARD_D, wardsGeoJson } from "./fixtures.ts";

const topology = importBoundaries(wardsGeoJson(), "w", boroughsGeoJson(), "b").topology;
const maps = new AreaMaps(topology);
const geo = buildGeography(topology);
const href = (code: string) => `/w/${code}/`;

describe("neighbours from the boundaries", () => {
  it("are the wards that share a border, City wards included", () => {
    expect([...geo.neighbours(WARD_B)].sort()).toEqual([WARD_A, WARD_C, WARD_D]);
    expect(geo.neighbours(WARD_A)).toEqual([WARD_B]);
    expect(geo.neighbours("E05999999")).toEqual([]);
  });

  it("go clockwise from north with a compass direction; the City's wards are one neighbour, the City of London", () => {
    const neighbours = wardNeighbours(geo, WARD_B, href, "/city/");
    expect(neighbours.map((n) => [n.name, n.direction, n.href])).toEqual([
      ["Charlie Street and Somewhere Long", "east", `/w/${WARD_C}/`],
      ["City of London", "south", "/city/"],
      ["Alpha", "west", `/w/${WARD_A}/`],
    ]);
    expect(neighbours[1]?.city).toBe(true);
  });
});

describe("neighbourWarnings", () => {
  const ward = (id: string, slug: string, neighbours: string[]) => makeWard({ id, name: slug, slug, neighbours });

  it("warns, naming the file, when a list differs from the boundaries, and says what to add and remove", () => {
    const wards = [ward(WARD_A, "alpha", [WARD_C]), ward(WARD_B, "bravo", [WARD_A, WARD_C]), ward(WARD_C, "charlie", [])];
    expect(neighbourWarnings(wards, maps, "content/wards")).toEqual([
      {
        file: "content/wards/camden/alpha.yaml",
        field: "neighbours",
        message: `differs from the ward boundaries: add ${WARD_B} Bravo; remove ${WARD_C} Charlie Street and Somewhere Long (no shared border). Pages show the neighbours from the boundaries`,
      },
    ]);
  });

  it("does not expect wards without a file (such as the City's), nor check an empty list", () => {
    const wards = [ward(WARD_B, "bravo", [WARD_A]), ward(WARD_A, "alpha", [WARD_B])];
    expect(neighbourWarnings(wards, maps, "content/wards")).toEqual([]);
  });
});

describe("map models", () => {
  it("draw the neighbours in reading order (so Tab goes along, then down), the ward last, over their edges", () => {
    const model = wardMap(geo, WARD_B, wardNeighbours(geo, WARD_B, href, "/city/"));
    expect(model?.areas.map((a) => [a.kind, a.href])).toEqual([
      ["neighbour", `/w/${WARD_A}/`],
      ["neighbour", `/w/${WARD_C}/`],
      ["city", "/city/"],
      ["current", undefined],
    ]);
    for (const area of model?.areas ?? []) {
      expect(area.d).toMatch(/^M\d+ \d+l[-\d ]+z/);
      const numbers = area.d.match(/-?\d+/g)?.map(Number) ?? [];
      expect(numbers.every(Number.isInteger)).toBe(true);
      if (area.label) {
        expect(area.label.x).toBeGreaterThanOrEqual(0);
        expect(area.label.x).toBeLessThanOrEqual(model?.width ?? 0);
      }
    }
  });

  it("write whole-unit relative paths without repeated points", () => {
    const d = wardMap(geo, WARD_A, [])?.areas[0]?.d ?? "";
    // A square: a move, three relative lines (the fourth is the close), nothing between.
    expect(d).toMatch(/^M\d+ \d+l-?\d+ -?\d+(?:[ -]\d+ ?-?\d+){2}z$/);
  });

  it("map a borough's wards and London's boroughs, the City as its police's area", () => {
    const borough = boroughMap(geo, [
      { code: WARD_A, name: "Alpha", href: "/a/" },
      { code: WARD_B, name: "Bravo" },
    ]);
    expect(borough?.areas.map((a) => [a.name, a.kind, a.href])).toEqual([
      ["Alpha", "ward", "/a/"],
      ["Bravo", "ward", undefined],
    ]);
    const london = maps.london(buildDirectory([], NOW));
    expect(london?.areas.map((a) => [a.name, a.kind, a.href])).toEqual([
      ["Camden", "borough", undefined],
      ["City of London", "city", CITY_OF_LONDON_URL],
    ]);
    expect(london?.areas[1]?.label?.lines).toEqual(["City of London", "Police"]);
    expect(londonMap(geo, [])).toBeUndefined();
  });

  it("wrap long names at spaces", () => {
    expect(wrapLabel("Charlie Street and Somewhere Long")).toEqual(["Charlie Street", "and Somewhere", "Long"]);
    expect(wrapLabel("Bow")).toEqual(["Bow"]);
  });
});

describe("spreadLabels", () => {
  const at = (x: number, y: number) => ({ label: { x, y, lines: ["Somewhere"], fits: true, fitsNarrow: true } });

  it("moves a label clear of those placed before it, a line at a time, keeping the first where it is", () => {
    const [first, second, far] = spreadLabels([at(100, 100), at(105, 102), at(300, 50)], { height: 240, fontSize: 10 });
    expect(first?.label?.y).toBe(100);
    expect(Math.abs((second?.label?.y ?? 0) - 100)).toBeGreaterThanOrEqual(11);
    expect(far?.label?.y).toBe(50);
  });

  it("drops a label with no clear place within three lines", () => {
    const crowd = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => at(100, 20 + i * 13));
    const spread = spreadLabels([...crowd, at(100, 70)], { height: 130, fontSize: 10 });
    expect(spread.at(-1)?.label).toBeUndefined();
  });
});
