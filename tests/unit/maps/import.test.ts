import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FeatureCollection, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import { afterEach, describe, expect, it } from "vitest";
import { parseBoundaries } from "../../../src/maps/boundaries.ts";
import { BoundaryImportError, importBoundaries, serialiseTopology } from "../../../src/maps/import.ts";
import { boroughsGeoJson, WARD_B, wardsGeoJson } from "./fixtures.ts";

function importProblems(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof BoundaryImportError) return error.problems;
    throw error;
  }
  throw new Error("expected a BoundaryImportError");
}

describe("importBoundaries", () => {
  it("round-trips: every input point comes back within half a quantisation step", () => {
    const input = wardsGeoJson();
    const { topology, wards, boroughs } = importBoundaries(input, "wards.geojson", boroughsGeoJson(), "boroughs.geojson");
    expect([wards, boroughs]).toEqual([4, 2]);
    // Through the committed text and its schema, as the build reads it.
    const read = parseBoundaries(JSON.parse(serialiseTopology(topology)), "london.topo.json");
    const [sx, sy] = read.transform.scale;
    for (const original of input.features) {
      const code = (original.properties as { WD_CODE: string }).WD_CODE;
      const geometry = read.objects.wards.geometries.find((g) => g.id === code) as GeometryObject;
      const decoded = feature(read as unknown as Topology, geometry) as unknown as { geometry: Polygon; properties: { name: string } };
      expect(decoded.properties.name).toBe((original.properties as { WD_NAME: string }).WD_NAME);
      const ring = (original.geometry as Polygon).coordinates[0] as number[][];
      const back = decoded.geometry.coordinates[0] as number[][];
      // A ring may start at another corner (where its shared borders meet), so match points, not positions.
      expect(back).toHaveLength(ring.length);
      const near = ([x, y]: number[], [bx, by]: number[]) =>
        Math.abs((bx as number) - (x as number)) <= sx / 2 + 1e-12 && Math.abs((by as number) - (y as number)) <= sy / 2 + 1e-12;
      for (const point of ring) expect(back.some((other) => near(point, other)), `${point.join(",")} in ${code}`).toBe(true);
      for (const point of back) expect(ring.some((other) => near(other, point)), `${point.join(",")} in ${code}`).toBe(true);
    }
  });

  it("stores each shared border once", () => {
    const { topology } = importBoundaries(wardsGeoJson(), "w", boroughsGeoJson(), "b");
    const arcsOf = (code: string) => (topology.objects.wards.geometries.find((g) => g.id === code)?.arcs.flat() ?? []) as number[];
    // A negative index is the same arc walked the other way (~i): B's border with A is A's border with B.
    const b = new Set(arcsOf(WARD_B).map((i) => (i < 0 ? ~i : i)));
    const a = arcsOf("E05000001").map((i) => (i < 0 ? ~i : i));
    expect(a.some((i) => b.has(i))).toBe(true);
  });

  it("writes the same text for the same data, whatever the order of the features", () => {
    const reversed = wardsGeoJson();
    reversed.features.reverse();
    const one = serialiseTopology(importBoundaries(wardsGeoJson(), "w", boroughsGeoJson(), "b").topology);
    const two = serialiseTopology(importBoundaries(reversed, "w", boroughsGeoJson(), "b").topology);
    expect(two).toBe(one);
  });

  it("says when the two files are given the wrong way round", () => {
    const problems = importProblems(() => importBoundaries(boroughsGeoJson(), "b.geojson", wardsGeoJson(), "w.geojson"));
    expect(problems).toEqual([expect.stringMatching(/^b\.geojson: .*looks like the boroughs file\. Give the wards file first/)]);
  });

  it("reports every bad feature at once, one line each, naming file and feature", () => {
    const wards = wardsGeoJson();
    const [a, b, c, d] = wards.features as [FeatureCollection["features"][number], ...FeatureCollection["features"]];
    (a.properties as Record<string, unknown>).WD_CODE = "X123";
    (b?.properties as Record<string, unknown>).LAD_CODE = "E09000099";
    (c as { geometry: unknown }).geometry = { type: "Point", coordinates: [0, 51.5] };
    (d as { geometry: unknown }).geometry = { type: "Polygon", coordinates: [[[530000, 180000], [531000, 180000], [531000, 181000], [530000, 180000]]] };
    const problems = importProblems(() => importBoundaries(wards, "w.geojson", boroughsGeoJson(), "b.geojson"));
    expect(problems).toEqual([
      'w.geojson: feature 1: expected an ONS ward code like E05013655, got "X123"',
      "w.geojson: feature 2 (E05000002 Bravo): its borough E09000099 is not in b.geojson",
      "w.geojson: feature 3 (E05000003 Charlie Street and Somewhere Long): expected a Polygon or MultiPolygon geometry, got a Point",
      "w.geojson: feature 4 (E05000004 Delta): the point [530000, 180000] is not in London; expected WGS84 longitude and latitude (these look like British National Grid metres: reproject to WGS84 first)",
    ]);
  });

  it("says what a file without the expected properties should have", () => {
    const wards = wardsGeoJson();
    for (const f of wards.features) f.properties = { name: "x" };
    expect(importProblems(() => importBoundaries(wards, "w", boroughsGeoJson(), "b"))[0]).toMatch(
      /^w: feature 1: expected a ward code, ward name and borough code in properties WD24CD, WD24NM and LAD24CD/,
    );
    expect(importProblems(() => importBoundaries(wardsGeoJson(), "w", { type: "Topology" }, "b"))).toEqual([
      "b: expected a GeoJSON FeatureCollection of boroughs, one feature per borough",
    ]);
  });
});

describe("npm run import:boundaries", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/import-boundaries.ts", ...args], { encoding: "utf8" });

  it("writes content/boundaries/london.topo.json, and fails with one line per problem", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "boundaries-"));
    dirs.push(dir);
    writeFileSync(path.join(dir, "w.geojson"), JSON.stringify(wardsGeoJson()));
    writeFileSync(path.join(dir, "b.geojson"), JSON.stringify(boroughsGeoJson()));
    writeFileSync(path.join(dir, "bad.geojson"), "{ not json");
    const ok = run(path.join(dir, "w.geojson"), path.join(dir, "b.geojson"), "--content", path.join(dir, "content"));
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toMatch(/: 4 wards and 2 boroughs/);
    const written = JSON.parse(readFileSync(path.join(dir, "content/boundaries/london.topo.json"), "utf8"));
    expect(parseBoundaries(written, "x").objects.wards.geometries).toHaveLength(4);

    const bad = run(path.join(dir, "w.geojson"), path.join(dir, "bad.geojson"), "--content", path.join(dir, "content"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^import:boundaries: .*bad\.geojson: the boroughs file is not JSON/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(run().stderr).toMatch(/^import:boundaries: usage:/);
  });
});
