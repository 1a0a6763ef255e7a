import { z } from "zod";
import { WARD_CODE } from "../wards/codes.ts";
import { MAX_WARDS_PER_DISTRICT, type DistrictLookup } from "./encoding.ts";
import { PLACE_WIDTH, type DistrictPlaces } from "./places.ts";

/*
 * The committed postcode data, content/postcodes/: one <OUTWARD>.json per
 * postcode district, written by npm run import:postcodes, and index.json.
 * The build reads only these, never ../shared. `places` (optional) is where
 * each postcode is, for the bases on ward maps (places.ts).
 */

export const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;

export const districtSchema = z.strictObject({
  wards: z.array(z.string().regex(WARD_CODE)).min(1).max(MAX_WARDS_PER_DISTRICT),
  units: z.record(z.string().regex(/^\d$/), z.string().regex(/^[0-9a-f]{100}$/, { error: "expected 100 hex digits, a bit per unit" })),
  wardOf: z.string().regex(/^[0-9a-z]+$/, { error: "expected one base-36 ward index per postcode" }),
  places: z
    .strictObject({
      origin: z.tuple([z.number().int(), z.number().int()]),
      offsets: z.string().regex(/^[0-9a-z-]*$/, { error: `expected ${PLACE_WIDTH} base-36 digits per postcode` }),
    })
    .optional(),
}).superRefine((district, ctx) => {
  const postcodes = Object.values(district.units).reduce((sum, hex) => sum + bitCount(hex), 0);
  if (district.places && district.places.offsets.length !== postcodes * PLACE_WIDTH) {
    ctx.addIssue({ code: "custom", path: ["places", "offsets"], message: `expected ${postcodes * PLACE_WIDTH} digits, ${PLACE_WIDTH} per postcode, got ${district.places.offsets.length}` });
  }
  if (district.wardOf.length !== postcodes) {
    ctx.addIssue({ code: "custom", path: ["wardOf"], message: `expected ${postcodes} ward indexes, one per postcode, got ${district.wardOf.length}` });
  }
  for (const char of new Set(district.wardOf)) {
    if (parseInt(char, 36) >= district.wards.length) {
      ctx.addIssue({ code: "custom", path: ["wardOf"], message: `ward index ${char} is past the end of wards (${district.wards.length})` });
    }
  }
});

export const postcodeIndexSchema = z.strictObject({
  source: z.string().min(1),
  postcodes: z.number().int().positive(),
  districts: z.array(z.string().regex(OUTWARD)).min(1),
});

export type PostcodeIndex = z.infer<typeof postcodeIndexSchema>;
export type DistrictFile = z.infer<typeof districtSchema>;

export function districtFileName(outward: string): string {
  return `${outward}.json`;
}

/** Keys in a fixed order, one line: a re-import of the same list gives the same bytes. */
export function stringifyDistrictFile(district: DistrictLookup & { readonly places?: DistrictPlaces | undefined }): string {
  const { wards, units, wardOf, places } = district;
  return `${JSON.stringify({ wards, units, wardOf, ...(places ? { places: { origin: places.origin, offsets: places.offsets } } : {}) })}\n`;
}

function bitCount(hex: string): number {
  let count = 0;
  for (const digit of hex) for (let n = parseInt(digit, 16); n > 0; n >>= 1) count += n & 1;
  return count;
}
