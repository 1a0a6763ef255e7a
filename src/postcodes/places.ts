import { postcodeIndex, type DistrictLookup } from "./encoding.ts";
import { parsePostcode } from "./postcode.ts";

/*
 * Where each postcode is, so that a ward map can mark the team's bases by
 * their postcode. Kept in the committed district files beside the lookup
 * (content/postcodes/NW1.json, `places`), in the lookup's postcode order, but
 * never sent to the find page: the browser needs the ward, not the point.
 *
 * Points are WGS84 longitude and latitude in steps of 0.0001° (about 11 m
 * north–south and 7 m east–west in London: finer than a marker on a map 300
 * pixels across), each an offset from the district's south-west corner in
 * three base-36 digits. A postcode without a point has dashes.
 */

export type LonLat = readonly [longitude: number, latitude: number];

export interface DistrictPlaces {
  /** The district's south-west corner, in steps (0.0001°). */
  readonly origin: readonly [number, number];
  /** Six base-36 digits a postcode: east, then north, of the origin, in steps. */
  readonly offsets: string;
}

export const PLACE_STEP = 1e-4;
const DIGITS = 3;
export const PLACE_WIDTH = DIGITS * 2;
const LIMIT = 36 ** DIGITS;
const NO_PLACE = "-".repeat(PLACE_WIDTH);

const steps = (degrees: number) => Math.round(degrees / PLACE_STEP);

/** Encode a district's points, in the order of its postcodes; a gap where a postcode has none. */
export function encodePlaces(points: readonly (LonLat | undefined)[]): DistrictPlaces | undefined {
  const known = points.filter((point): point is LonLat => point !== undefined);
  if (known.length === 0) return undefined;
  const origin = [Math.min(...known.map(([lon]) => steps(lon))), Math.min(...known.map(([, lat]) => steps(lat)))] as const;
  const digit = (value: number) => {
    if (value >= LIMIT) throw new Error(`a postcode district more than ${LIMIT * PLACE_STEP}° across`);
    return value.toString(36).padStart(DIGITS, "0");
  };
  const offsets = points.map((point) => (point ? digit(steps(point[0]) - origin[0]) + digit(steps(point[1]) - origin[1]) : NO_PLACE)).join("");
  return { origin, offsets };
}

/** The point of the district's postcode number `index`, or undefined where it has none. */
export function placeAt(places: DistrictPlaces, index: number): LonLat | undefined {
  const digits = places.offsets.slice(index * PLACE_WIDTH, (index + 1) * PLACE_WIDTH);
  if (digits.length !== PLACE_WIDTH || digits === NO_PLACE) return undefined;
  const east = parseInt(digits.slice(0, DIGITS), 36);
  const north = parseInt(digits.slice(DIGITS), 36);
  // Rounded again, so that 51.5234 comes back as 51.5234, not 51.523399999999995.
  const degrees = (value: number) => Number((value * PLACE_STEP).toFixed(4));
  return [degrees(places.origin[0] + east), degrees(places.origin[1] + north)];
}

export interface DistrictWithPlaces extends Pick<DistrictLookup, "units"> {
  readonly places?: DistrictPlaces | undefined;
}

/** Finds a postcode's point, or undefined for a postcode the data does not have (or has no point for). */
export type PlaceFinder = (postcode: string) => LonLat | undefined;

/** Districts by outward code: all of them loaded (the build), or each read when first asked for (the check). */
export type DistrictSource = (outward: string) => DistrictWithPlaces | undefined;

/** A postcode's district and its number there, or undefined for a postcode the data does not have. */
function lookUp(districts: DistrictSource, postcode: string): { district: DistrictWithPlaces; index: number } | undefined {
  const parsed = parsePostcode(postcode);
  const district = parsed && districts(parsed.outward);
  const index = parsed && district ? postcodeIndex(district, parsed.inward) : undefined;
  return district && index !== undefined ? { district, index } : undefined;
}

export function placeFinder(districts: DistrictSource): PlaceFinder {
  return (postcode) => {
    const found = lookUp(districts, postcode);
    return found?.district.places && placeAt(found.district.places, found.index);
  };
}

/** Whether the data has the postcode at all, placed or not. */
export function postcodeChecker(districts: DistrictSource): (postcode: string) => boolean {
  return (postcode) => lookUp(districts, postcode) !== undefined;
}
