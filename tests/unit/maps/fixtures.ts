import type { Feature, FeatureCollection, Polygon } from "geojson";

/*
 * A small made-up map in London's coordinates: a row of three square wards,
 * A | B | C, each 0.01° wide, in borough E09000007, and a fourth ward D in
 * the City of London, below B. A and C do not touch; D touches only B.
 *
 *   A  B  C
 *      D
 */
const x0 = -0.15;
const y0 = 51.5;
const s = 0.01;

/** A square ring, counter-clockwise as RFC 7946 asks. */
function square(col: number, row: number): Polygon {
  const [w, e, n, south] = [x0 + col * s, x0 + (col + 1) * s, y0 - row * s, y0 - (row + 1) * s];
  return { type: "Polygon", coordinates: [[[w, south], [e, south], [e, n], [w, n], [w, south]]] };
}

function ward(code: string, name: string, borough: string, geometry: Polygon): Feature {
  return { type: "Feature", properties: { WD_CODE: code, WD_NAME: name, LAD_CODE: borough }, geometry };
}

export const WARD_A = "E05000001";
export const WARD_B = "E05000002";
export const WARD_C = "E05000003";
export const WARD_D = "E05000004";

export function wardsGeoJson(): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: [
      ward(WARD_A, "Alpha", "E09000007", square(0, 0)),
      ward(WARD_B, "Bravo", "E09000007", square(1, 0)),
      ward(WARD_C, "Charlie Street and Somewhere Long", "E09000007", square(2, 0)),
      ward(WARD_D, "Delta", "E09000001", square(1, 1)),
    ],
  };
}

export function boroughsGeoJson(): FeatureCollection {
  const box = (w: number, south: number, e: number, n: number): Polygon => ({
    type: "Polygon",
    coordinates: [[[w, south], [e, south], [e, n], [w, n], [w, south]]],
  });
  return {
    type: "FeatureCollection",
    features: [
      { type: "Feature", properties: { LAD24CD: "E09000007", LAD24NM: "Camden" }, geometry: box(x0, y0 - s, x0 + 3 * s, y0) },
      { type: "Feature", properties: { LAD24CD: "E09000001", LAD24NM: "City of London" }, geometry: box(x0 + s, y0 - 2 * s, x0 + 2 * s, y0 - s) },
    ],
  };
}
