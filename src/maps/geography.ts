import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { geoPath, geoTransverseMercator } from "d3-geo";
import { feature, merge, neighbors, transform as decodeTransform } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryObject, Topology } from "topojson-specification";
import type { BoundaryTopology, WardShape } from "./boundaries.ts";

/*
 * The boundaries, ready for maps and for the neighbour check: read once per
 * build. Maps are drawn in metres on a transverse Mercator projection centred
 * on London (shapes and areas as on the ground, like the Ordnance Survey's
 * grid), projected once here rather than once per map, and simplified with
 * topojson-simplify, which simplifies each shared border once so neighbouring
 * wards still meet without gaps.
 */

export interface WardInfo {
  readonly code: string;
  readonly name: string;
  readonly borough: string;
}

export type Area = Feature<Polygon | MultiPolygon>;

/** How much detail a map keeps: a triangle smaller than this many square metres is removed. */
export const DETAIL = { ward: 400, borough: 3000, london: 40_000 } as const;
export type Detail = keyof typeof DETAIL;

export interface Geography {
  readonly wards: ReadonlyMap<string, WardInfo>;
  readonly boroughs: ReadonlyMap<string, { readonly code: string; readonly name: string }>;
  /** Codes of the wards that share a border with this one (City wards included), from the boundaries. */
  neighbours(code: string): readonly string[];
  /** A ward's outline in projected metres, at a level of detail. */
  ward(code: string, detail: Detail): Area | undefined;
  /** Several wards merged into one outline, such as the City's wards next to a Met ward. */
  merged(codes: readonly string[], detail: Detail): Area | undefined;
  /** A borough's outline (ONS super-generalised) in projected metres. */
  borough(code: string): Area | undefined;
  /** The centre of a ward's outline in projected metres, for compass directions. */
  centre(code: string): readonly [number, number] | undefined;
}

/** Projected metres, y pointing south as on screen. */
export const londonProjection = geoTransverseMercator()
  .rotate([0.1, -51.5])
  .scale(6_371_000)
  .translate([0, 0]);

function projectTopology(topology: BoundaryTopology): Topology {
  const decode = decodeTransform(topology.transform);
  const arcs = topology.arcs.map((arc) =>
    arc.map((point, i) => {
      const [lon, lat] = decode(point, i !== 0) as [number, number];
      return londonProjection([lon, lat]) as Position;
    }),
  );
  return { type: "Topology", objects: topology.objects as Topology["objects"], arcs } as Topology;
}

export function buildGeography(topology: BoundaryTopology): Geography {
  const wardGeometries = topology.objects.wards.geometries;
  const index = new Map(wardGeometries.map((geometry, i) => [geometry.id, i]));
  const wards = new Map<string, WardInfo>(
    wardGeometries.map((g) => [g.id, { code: g.id, name: g.properties.name, borough: g.properties.borough }]),
  );
  const boroughs = new Map(
    topology.objects.boroughs.geometries.map((g) => [g.id, { code: g.id, name: g.properties.name }]),
  );
  const adjacency = neighbors(wardGeometries as GeometryObject[]);

  const planar = projectTopology(topology);
  const weighted = presimplify(planar as Parameters<typeof presimplify>[0]);
  const levels = new Map<Detail, Topology>();
  const level = (detail: Detail): Topology => {
    let simplified = levels.get(detail);
    if (!simplified) {
      simplified = simplify(weighted, DETAIL[detail]) as Topology;
      levels.set(detail, simplified);
    }
    return simplified;
  };
  const shapes = new Map<string, Area>();
  const wardArea = (code: string, detail: Detail): Area | undefined => {
    const i = index.get(code);
    if (i === undefined) return undefined;
    const key = `${detail}:${code}`;
    let area = shapes.get(key);
    if (!area) {
      const topo = level(detail);
      area = feature(topo, (topo.objects.wards as { geometries: GeometryObject[] }).geometries[i] as GeometryObject) as Area;
      shapes.set(key, area);
    }
    return area;
  };
  const boroughAreas = new Map<string, Area>();
  const boroughGeometries = new Map(topology.objects.boroughs.geometries.map((g) => [g.id, g]));
  const centres = new Map<string, readonly [number, number]>();

  return {
    wards,
    boroughs,
    neighbours: (code) => (adjacency[index.get(code) ?? -1] ?? []).map((i) => (wardGeometries[i] as WardShape).id),
    ward: wardArea,
    merged(codes, detail) {
      const topo = level(detail);
      const geometries = (topo.objects.wards as { geometries: GeometryObject[] }).geometries;
      const picked = codes.flatMap((code) => {
        const i = index.get(code);
        return i === undefined ? [] : [geometries[i] as Polygon & GeometryObject];
      });
      if (picked.length === 0) return undefined;
      return { type: "Feature", properties: {}, geometry: merge(topo, picked as never) };
    },
    borough(code) {
      let area = boroughAreas.get(code);
      if (!area) {
        const geometry = boroughGeometries.get(code);
        if (!geometry) return undefined;
        area = feature(planar, geometry as GeometryObject) as Area;
        boroughAreas.set(code, area);
      }
      return area;
    },
    centre(code) {
      let centre = centres.get(code);
      if (!centre) {
        const area = wardArea(code, "ward");
        if (!area) return undefined;
        centre = ringCentre(area);
        centres.set(code, centre);
      }
      return centre;
    },
  };
}

/** The middle of the outline's bounding box: enough for "to the north-east". */
function ringCentre(area: Area): readonly [number, number] {
  const [[x0, y0], [x1, y1]] = geoPath().bounds(area);
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}
