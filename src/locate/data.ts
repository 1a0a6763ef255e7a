import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import type { GeometryObject, Topology } from "topojson-specification";
import { CITY_OF_LONDON, type BoundaryTopology } from "../maps/boundaries.ts";
import type { BBox, LocateIndex, LocateWard, LocateWardProperties } from "./format.ts";

export { LOCATE_DATA_DIR } from "./format.ts";

/*
 * The files "Use my location" loads, written at build time from the committed
 * boundaries: an index of each borough's bounding box, then one small
 * TopoJSON file per borough with its wards' outlines. The browser loads the
 * index and only the one or two boroughs around the position.
 */

/** Per borough, coordinates are stored on a 10,000-step grid over its box: steps of one or two metres. */
const BOROUGH_QUANTISATION = 1e4;

export interface LocateData {
  readonly index: LocateIndex;
  /** Each borough's file, by borough code. */
  readonly boroughs: ReadonlyMap<string, Topology>;
}

function bboxOf(features: readonly Feature<Polygon | MultiPolygon>[]): BBox {
  // No projection: the bounds of the longitudes and latitudes as they are.
  const [[w, s], [e, n]] = geoPath().bounds({ type: "FeatureCollection", features: [...features] });
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return [round(w), round(s), round(e), round(n)];
}

/**
 * @param href the page of a ward by its code, with a leading slash, or undefined when it has none
 */
export function buildLocateData(boundaries: BoundaryTopology, href: (code: string) => string | undefined): LocateData {
  const byBorough = new Map<string, LocateWard[]>();
  for (const geometry of boundaries.objects.wards.geometries) {
    const decoded = feature(boundaries as unknown as Topology, geometry as unknown as GeometryObject) as unknown as Feature<Polygon | MultiPolygon>;
    const city = geometry.properties.borough === CITY_OF_LONDON;
    const page = city ? undefined : href(geometry.id);
    const properties: LocateWardProperties = {
      code: geometry.id,
      name: geometry.properties.name,
      borough: geometry.properties.borough,
      ...(page ? { href: page.replace(/^\//, "") } : {}),
      ...(city ? { city: true as const } : {}),
    };
    const list = byBorough.get(geometry.properties.borough) ?? [];
    list.push({ type: "Feature", properties, geometry: decoded.geometry });
    byBorough.set(geometry.properties.borough, list);
  }
  const names = new Map(boundaries.objects.boroughs.geometries.map((g) => [g.id, g.properties.name]));
  const boroughs = new Map<string, Topology>();
  const index: LocateIndex["boroughs"][number][] = [];
  for (const [code, wards] of [...byBorough].sort(([a], [b]) => a.localeCompare(b))) {
    index.push({ code, name: names.get(code) ?? code, bbox: bboxOf(wards) });
    const collection: FeatureCollection = { type: "FeatureCollection", features: wards };
    boroughs.set(code, topology({ wards: collection }, BOROUGH_QUANTISATION));
  }
  return { index: { boroughs: index }, boroughs };
}
