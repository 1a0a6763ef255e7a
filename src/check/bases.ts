import type { ContentProblem } from "../content/problems.ts";
import type { Ward } from "../wards/schema.ts";

/**
 * A warning for each base whose postcode is not in the postcode data (live
 * London postcodes): a typo, or a postcode Royal Mail has retired. The page
 * still lists the base, but its ward map has no dot for it. Lines are added by
 * the caller.
 */
export function basePlaceWarnings(wards: readonly Ward[], isKnownPostcode: (postcode: string) => boolean, fileOf: (ward: Ward) => string): ContentProblem[] {
  return wards.flatMap((ward) =>
    ward.locations.flatMap((base, i): ContentProblem[] =>
      isKnownPostcode(base.postcode)
        ? []
        : [
            {
              file: fileOf(ward),
              field: `locations[${i}].postcode`,
              message:
                `${base.postcode} is not a live London postcode in the postcode data (content/postcodes/), so the ward map has no dot for "${base.name}"; ` +
                "check it for a typo, or find the place's current postcode",
            },
          ],
    ),
  );
}
