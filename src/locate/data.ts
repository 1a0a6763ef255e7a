import { geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import { CITY_OF_LONDON, type BoundaryTopology } from "../maps/boundaries.ts";
import type { BBox, LocateIndex, LocateWardProperties } from "./format.ts";

export { LOCATE_DATA_DIR } from "./format.ts";

/*
 * The files "Use my location" loads, written at build time from the committed
 * boundaries: an index of each borough's bounding box, then one small
 * TopoJSON file per borough with its wards' outlines, cut from the committed file. The browser loads the
 * index and only the one or two boroughs around the position.
 */

export interface LocateData {
  readonly index: LocateIndex;
  /** Each borough's file, by borough code. */
  readonly boroughs: ReadonlyMap<string, Topology>;
}

type Arcs = number[][] | number[][][];

/**
 * The part of the topology that a few of its geometries need: their arcs,
 * renumbered, with the same quantisation. No coordinate is decoded or
 * re-encoded, so this is exact, and quick enough to run on every build.
 */
function subset(boundaries: BoundaryTopology, geometries: readonly { type: string; arcs: Arcs; properties: LocateWardProperties }[]): Topology {
  const renumbered = new Map<number, number>();
  const arcs: [number, number][][] = [];
  const use = (i: number): number => {
    const original = i < 0 ? ~i : i;
    let n = renumbered.get(original);
    if (n === undefined) {
      n = arcs.length;
      renumbered.set(original, n);
      arcs.push(boundaries.arcs[original] as [number, number][]);
    }
    return i < 0 ? ~n : n;
  };
  const rings = (polygon: number[][]) => polygon.map((ring) => ring.map(use));
  const objects = geometries.map((g) => ({
    type: g.type,
    properties: g.properties,
    arcs: g.type === "Polygon" ? rings(g.arcs as number[][]) : (g.arcs as number[][][]).map(rings),
  }));
  return {
    type: "Topology",
    transform: boundaries.transform,
    objects: { wards: { type: "GeometryCollection", geometries: objects } },
    arcs,
  } as unknown as Topology;
}

function bboxOf(topology: Topology): BBox {
  // No projection: the bounds of the longitudes and latitudes as they are.
  const [[w, s], [e, n]] = geoPath().bounds(feature(topology, topology.objects.wards as GeometryObject));
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return [round(w), round(s), round(e), round(n)];
}

/**
 * @param href the page of a ward by its code, with a leading slash, or undefined when it has none
 */
export function buildLocateData(boundaries: BoundaryTopology, href: (code: string) => string | undefined): LocateData {
  const byBorough = new Map<string, { type: string; arcs: Arcs; properties: LocateWardProperties }[]>();
  for (const geometry of boundaries.objects.wards.geometries) {
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
    list.push({ type: geometry.type, arcs: geometry.arcs, properties });
    byBorough.set(geometry.properties.borough, list);
  }
  const names = new Map(boundaries.objects.boroughs.geometries.map((g) => [g.id, g.properties.name]));
  const boroughs = new Map<string, Topology>();
  const index: LocateIndex["boroughs"][number][] = [];
  for (const [code, wards] of [...byBorough].sort(([a], [b]) => a.localeCompare(b))) {
    const topology = subset(boundaries, wards);
    index.push({ code, name: names.get(code) ?? code, bbox: bboxOf(topology) });
    boroughs.set(code, topology);
  }
  return { index: { boroughs: index }, boroughs };
}
