import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { buildLocateData } from "../../../src/locate/data.ts";
import { locate, type LocateSource } from "../../../src/locate/lookup.ts";
import { BOUNDARIES_FILE, CITY_OF_LONDON, readBoundaries } from "../../../src/maps/boundaries.ts";

/*
 * Over the real data: every ward's centroid in the shared ONS ward list
 * (beside the repository, never copied into it) is found, through the
 * committed boundaries and the same data files and lookup the browser uses,
 * in its own ward, or in the City of London for the City's wards.
 */
const CSV = path.resolve("../shared/data/wards/london_wards_2024.csv");
const missing = `${CSV} is missing (the shared ONS London ward list beside this repository)`;

describe.skipIf(!existsSync(CSV))(`ward centroids (${existsSync(CSV) ? CSV : `skipped: ${missing}`})`, () => {
  it("finds all 704 centroids in their own ward, or the City's", async () => {
    const boundaries = readBoundaries("content");
    expect(boundaries, `content/${BOUNDARIES_FILE}`).toBeDefined();
    const data = buildLocateData(boundaries as NonNullable<typeof boundaries>, () => undefined);
    const source: LocateSource = {
      index: async () => JSON.parse(JSON.stringify(data.index)),
      borough: async (code) => JSON.parse(JSON.stringify(data.boroughs.get(code))) as Topology,
    };
    const rows = parse(readFileSync(CSV), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(704);
    let own = 0;
    let city = 0;
    const wrong: string[] = [];
    for (const row of rows) {
      const position = { longitude: Number(row.CENTROID_LON), latitude: Number(row.CENTROID_LAT), accuracy: 0 };
      const result = await locate(position, source);
      const found = result.kind === "ward" ? result.ward : undefined;
      if (found?.code === row.WD_CODE) {
        own++;
        if (row.LAD_CODE === CITY_OF_LONDON && found?.city) city++;
      } else {
        wrong.push(`${row.WD_CODE} ${row.WD_NAME}: ${found ? `${found.code} ${found.name}` : result.kind}`);
      }
    }
    console.log(`ward centroids found in their own ward: ${own} of ${rows.length} (${city} of them City of London wards)`);
    expect(wrong).toEqual([]);
    expect(city).toBe(rows.filter((row) => row.LAD_CODE === CITY_OF_LONDON).length);
  });
});

describe("the committed boundaries", () => {
  it("hold London's 704 wards in 33 boroughs, each ward's borough among them", () => {
    const boundaries = readBoundaries("content");
    const wards = boundaries?.objects.wards.geometries ?? [];
    const boroughs = new Set(boundaries?.objects.boroughs.geometries.map((g) => g.id));
    expect(wards).toHaveLength(704);
    expect(boroughs.size).toBe(33);
    expect(wards.filter((w) => !boroughs.has(w.properties.borough))).toEqual([]);
  });
});
