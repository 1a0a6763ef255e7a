import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CITY_OF_LONDON, isCityOfLondon } from "../../../src/city/city.ts";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { findWard } from "../../../src/postcodes/encoding.ts";
import { placeFinder } from "../../../src/postcodes/places.ts";
import { loadPostcodeData } from "../../../src/postcodes/load.ts";
import { parsePostcode } from "../../../src/postcodes/postcode.ts";
import { loadWards } from "../../../src/wards/load.ts";

/*
 * Over the real postcode list beside the repository (never copied into it):
 * every postcode resolves, through the committed lookup in content/postcodes/,
 * to the ward the list gives, or, for the City's, to the City of London
 * Police's explanation.
 */
const CSV = path.resolve("../shared/data/postcodes/london_postcodes_2025-10.csv");
const WARDS_GEOJSON = path.resolve("../shared/data/wards/london_wards_2022_simplified.geojson");
const present = existsSync(CSV);

describe.skipIf(!present)(`every London postcode (${present ? "../shared/data/postcodes" : `skipped: ${CSV} is missing`})`, () => {
  it("resolves through the committed data to its ward, or to the City of London Police", () => {
    const rows = parse(readFileSync(CSV, "utf8"), { columns: true, skip_empty_lines: true }) as { pcds: string; wd_code: string; lad_code: string }[];
    const data = loadPostcodeData("content");
    if (!data) throw new Error("content/postcodes/ is missing: run npm run import:postcodes");
    const metWards = new Set(loadWards("content").wards.map((ward) => ward.id.replace(/N$/, "")));
    let toWard = 0;
    let toCity = 0;
    const wrong: string[] = [];
    for (const row of rows) {
      const parsed = parsePostcode(row.pcds);
      const district = parsed && data.districts.get(parsed.outward);
      const found = parsed && district ? findWard(district, parsed.inward) : undefined;
      if (found !== undefined && found === row.wd_code && isCityOfLondon(found) && row.lad_code === CITY_OF_LONDON.code) toCity++;
      else if (found !== undefined && found === row.wd_code && metWards.has(found)) toWard++;
      else wrong.push(`${row.pcds}: expected ${row.wd_code}, found ${found ?? "nothing"}`);
    }
    console.log(`Postcodes: ${toWard} resolve to their Met ward's page and ${toCity} to the City of London Police, of ${rows.length}`);
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(rows).toHaveLength(180_792);
    expect(toWard + toCity).toBe(180_792);
    expect(toCity).toBeGreaterThan(1000);
    expect(data.index.postcodes).toBe(rows.length);
  });
});

describe.skipIf(!present || !existsSync(WARDS_GEOJSON))(`where each postcode is (${present ? "../shared/data" : `skipped: ${CSV} is missing`})`, () => {
  it("places nearly every postcode inside its own ward's boundary, as the base markers need", () => {
    const rows = parse(readFileSync(CSV, "utf8"), { columns: true, skip_empty_lines: true }) as { pcds: string; wd_code: string }[];
    const wards = JSON.parse(readFileSync(WARDS_GEOJSON, "utf8")) as FeatureCollection<Polygon | MultiPolygon, { WD_CODE: string }>;
    const boundary = new Map(wards.features.map((feature) => [feature.properties.WD_CODE, feature]));
    const data = loadPostcodeData("content");
    if (!data) throw new Error("content/postcodes/ is missing: run npm run import:postcodes");
    const find = placeFinder((outward) => data.districts.get(outward));
    let placed = 0;
    let inside = 0;
    for (const row of rows) {
      const place = find(row.pcds);
      const ward = boundary.get(row.wd_code);
      if (!place || !ward) continue;
      placed++;
      if (booleanPointInPolygon([place[0], place[1]], ward)) inside++;
    }
    console.log(`Postcode places: ${placed} of ${rows.length} placed; ${inside} (${((inside / placed) * 100).toFixed(2)}%) inside their ward's boundary`);
    expect(placed).toBe(rows.length);
    // The boundaries are generalised, so postcodes on a ward's edge can fall just outside it (the shared README: 99.82%).
    expect(inside / placed).toBeGreaterThan(0.99);
  });
});
