import proj4 from "proj4";
import type { LonLat } from "./places.ts";

/*
 * Ordnance Survey grid references (British National Grid, EPSG:27700) to
 * WGS84, as the boundaries and GPS use. proj4 with the OS's published
 * seven-parameter Helmert transformation from OSGB36 is good to about 5 m,
 * as close as a postcode's point is to any one address in it.
 */
const BRITISH_NATIONAL_GRID =
  "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy " +
  "+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs";
const toWgs84 = proj4(BRITISH_NATIONAL_GRID, "WGS84");

/** Great Britain's grid: eastings 0–700 km, northings 0–1,300 km. */
export function onBritishGrid(easting: number, northing: number): boolean {
  return Number.isFinite(easting) && Number.isFinite(northing) && easting >= 0 && easting <= 700_000 && northing >= 0 && northing <= 1_300_000;
}

export function fromBritishGrid(easting: number, northing: number): LonLat {
  const [longitude, latitude] = toWgs84.forward([easting, northing]) as [number, number];
  return [longitude, latitude];
}
