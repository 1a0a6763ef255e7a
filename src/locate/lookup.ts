import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import circle from "@turf/circle";
import { feature } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import type { BBox, LocateIndex, LocateWard, LocateWardProperties } from "./format.ts";

/*
 * Which ward a position is in, in the browser: pure, so it runs the same in
 * the unit and data tests. The position's accuracy is a circle around it; if
 * that circle reaches into other wards, the answer is not certain and every
 * ward it reaches is a candidate, the one holding the centre first.
 */

export interface Position {
  readonly longitude: number;
  readonly latitude: number;
  /** Radius of the accuracy circle, in metres (the Geolocation API's `coords.accuracy`). */
  readonly accuracy: number;
}

/** Loads the index and a borough's file (fetch in the browser, memory in tests). */
export interface LocateSource {
  index(): Promise<LocateIndex>;
  borough(code: string): Promise<Topology>;
}

export type Candidate = LocateWardProperties;

export type LocateResult =
  /** The centre and its whole accuracy circle are in one ward (which may be a City ward). */
  | { readonly kind: "ward"; readonly ward: Candidate }
  /** The circle crosses a ward boundary; the first candidate holds the centre, when any does. */
  | { readonly kind: "uncertain"; readonly candidates: readonly Candidate[]; readonly centreFound: boolean }
  /**
   * In no ward, nor near one: outside London, or (inLondon) within its bounds
   * but away from every ward, as on the Thames, which the boundaries leave out.
   */
  | { readonly kind: "outside"; readonly inLondon: boolean };

/** Beyond this, the circle is treated as this big: a rough position still gets a short list of wards. */
export const MAX_RADIUS_METRES = 1000;
/** Points on the circle that are tested, besides its centre. */
const CIRCLE_STEPS = 24;

const inBox = ([x, y]: readonly number[], [w, s, e, n]: BBox) => (x as number) >= w && (x as number) <= e && (y as number) >= s && (y as number) <= n;

const decoded = new WeakMap<Topology, LocateWard[]>();
function wardsOf(topology: Topology): LocateWard[] {
  let wards = decoded.get(topology);
  if (!wards) {
    const object = topology.objects.wards as GeometryObject;
    wards = (feature(topology, object) as unknown as { features: LocateWard[] }).features;
    decoded.set(topology, wards);
  }
  return wards;
}

export async function locate(position: Position, source: LocateSource): Promise<LocateResult> {
  const centre = [position.longitude, position.latitude];
  const radius = Math.min(Math.max(position.accuracy, 0), MAX_RADIUS_METRES);
  const ring =
    radius > 0
      ? (circle(centre, radius / 1000, { steps: CIRCLE_STEPS, units: "kilometers" }).geometry.coordinates[0] ?? []).slice(0, -1)
      : [];
  const points = [centre, ...ring];

  // Boroughs' boxes overlap, so a point may be in several. Each point tries the boroughs already
  // loaded first, and loads another only while it has found no ward: usually one file in all.
  const index = await source.index();
  const loaded = new Map<string, Promise<LocateWard[]>>();
  const load = (code: string) => {
    let wards = loaded.get(code);
    if (!wards) {
      wards = source.borough(code).then(wardsOf);
      loaded.set(code, wards);
    }
    return wards;
  };
  const wardAt = async (point: readonly number[]): Promise<Candidate | undefined> => {
    const boxes = index.boroughs.filter((borough) => inBox(point, borough.bbox)).map((borough) => borough.code);
    const order = [...boxes.filter((code) => loaded.has(code)), ...boxes.filter((code) => !loaded.has(code))];
    for (const code of order) {
      const ward = (await load(code)).find((candidate) => booleanPointInPolygon(point as number[], candidate));
      if (ward) return ward.properties;
    }
    return undefined;
  };

  const found = new Map<string, Candidate>();
  const centreWard = await wardAt(centre);
  if (centreWard) found.set(centreWard.code, centreWard);
  for (const point of ring) {
    const ward = await wardAt(point);
    if (ward) found.set(ward.code, ward);
  }
  const boroughs = index.boroughs;
  if (found.size === 0) return { kind: "outside", inLondon: boroughs.some((borough) => inBox(centre, borough.bbox)) };
  if (centreWard && found.size === 1) return { kind: "ward", ward: centreWard };
  const others = [...found.values()].filter((ward) => ward !== centreWard);
  return { kind: "uncertain", candidates: centreWard ? [centreWard, ...others] : others, centreFound: centreWard !== undefined };
}
