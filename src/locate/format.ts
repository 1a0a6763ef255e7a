import type { Feature, MultiPolygon, Polygon } from "geojson";

/*
 * The format of the files "Use my location" loads: shared by the build that
 * writes them (data.ts) and the browser script that reads them, so nothing
 * here may import a Node module.
 */

/** Where the files go, under the site's root; the script finds them from its own address. */
export const LOCATE_DATA_DIR = "find/boundaries";

export type BBox = readonly [west: number, south: number, east: number, north: number];

export interface LocateIndex {
  readonly boroughs: readonly { readonly code: string; readonly name: string; readonly bbox: BBox }[];
}

export interface LocateWardProperties {
  readonly code: string;
  readonly name: string;
  readonly borough: string;
  /** The ward's page, relative to the site's root (no leading slash, so a site in a subfolder works); none for the City. */
  readonly href?: string;
  /** A City of London ward: policed by the City of London Police, not the Met. */
  readonly city?: true;
}

export type LocateWard = Feature<Polygon | MultiPolygon, LocateWardProperties>;

