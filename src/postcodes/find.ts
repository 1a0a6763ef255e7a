import { findWard } from "./encoding.ts";
import type { CityArea, LookupFile, WardTeamSummary } from "./lookup-file.ts";
import { LONDON_POSTAL_AREAS, parsePostcode } from "./postcode.ts";

/*
 * What the find page makes of what a visitor typed. Pure apart from the
 * `load` it is given, so every outcome is unit-tested without a browser.
 */

export type FindOutcome =
  | { readonly kind: "invalid"; readonly input: string }
  /** A real postcode, but not in London (M1 1AE). */
  | { readonly kind: "outside"; readonly postcode: string }
  /** London-shaped, but not in the data: new, retired, or not for an address. */
  | { readonly kind: "unknown"; readonly postcode: string }
  /** The district's lookup file could not be fetched or read. */
  | { readonly kind: "failed"; readonly postcode: string }
  | { readonly kind: "city"; readonly postcode: string; readonly city: CityArea }
  | { readonly kind: "ward"; readonly postcode: string; readonly ward: WardTeamSummary };

export async function findTeam(
  input: string,
  districts: ReadonlySet<string>,
  load: (outward: string) => Promise<LookupFile>,
): Promise<FindOutcome> {
  const parsed = parsePostcode(input);
  if (!parsed) return { kind: "invalid", input };
  const { postcode, outward, inward, area } = parsed;
  if (!districts.has(outward)) return { kind: LONDON_POSTAL_AREAS.has(area) ? "unknown" : "outside", postcode };
  let file: LookupFile;
  try {
    file = await load(outward);
  } catch {
    return { kind: "failed", postcode };
  }
  let found: LookupFile["wards"][number] | undefined;
  try {
    found = findWard(file, inward);
  } catch {
    return { kind: "failed", postcode };
  }
  if (!found) return { kind: "unknown", postcode };
  return found.kind === "city" ? { kind: "city", postcode, city: found } : { kind: "ward", postcode, ward: found };
}
