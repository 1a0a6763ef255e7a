import { CITY_OF_LONDON, isCityOfLondon } from "../city/city.ts";
import { sitePath } from "../config/site.ts";
import type { ContentProblem } from "../content/problems.ts";
import { summariseTeam, wardUrl, type WardDirectory } from "../wards/directory.ts";
import { isSkeleton } from "../wards/skeleton.ts";
import type { DistrictLookup } from "./encoding.ts";
import type { PostcodeData } from "./load.ts";

/*
 * What the find page fetches for one postcode district (/data/postcodes/NW1.json):
 * the committed lookup, with each ward's code replaced by what the page shows
 * about its team. Made at build time from the ward files, so a team's
 * change reaches the lookup without a new import.
 */

export interface WardTeamSummary {
  readonly kind: "ward";
  readonly name: string;
  readonly borough: string;
  /** The ward's page, with the site's path prefix. */
  readonly url: string;
  readonly officers: readonly string[];
  readonly pcsos: readonly string[];
  readonly email?: string;
  readonly telephone?: string;
  /** Made-up sample content, which the page must say. */
  readonly sample?: true;
  /** No team details yet (a ward file as the importer made it): its posts are unknown, not vacant. */
  readonly pending?: true;
}

export interface CityArea {
  readonly kind: "city";
  /** The site's page about the City of London Police, with the path prefix. */
  readonly url: string;
}

export type LookupArea = WardTeamSummary | CityArea;

export interface LookupFile {
  readonly wards: readonly LookupArea[];
  readonly units: DistrictLookup["units"];
  readonly wardOf: string;
}

/** Officers by name with rank, as the ward page names them. */
const named = (member: { rank: string; name: string }) => `${member.rank} ${member.name}`;

export function lookupFile(district: DistrictLookup, directory: WardDirectory): LookupFile {
  const wards = district.wards.map((code): LookupArea => {
    if (isCityOfLondon(code)) return { kind: "city", url: sitePath(CITY_OF_LONDON.url) };
    const ward = directory.byCode(code);
    // checkPostcodeWards stops the build first; this is only reached if it was skipped.
    if (!ward) throw new Error(`postcode data names ward ${code}, which has no ward file`);
    const team = summariseTeam(ward.team);
    const { email, telephone } = ward.contact_details;
    return {
      kind: "ward",
      name: ward.name,
      borough: ward.borough.name,
      url: sitePath(wardUrl(ward)),
      officers: team.dedicatedOfficers.map(named),
      pcsos: team.dedicatedPcsos.map(named),
      ...(email ? { email } : {}),
      ...(telephone ? { telephone } : {}),
      ...(ward.sample ? { sample: true as const } : {}),
      ...(isSkeleton(ward) ? { pending: true as const } : {}),
    };
  });
  return { wards, units: district.units, wardOf: district.wardOf };
}

/** A ward code in the postcode data with no ward file (one removed since the import) stops the build. */
export function checkPostcodeWards(data: PostcodeData, directory: WardDirectory, dir = "content/postcodes"): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [outward, district] of data.districts) {
    district.wards.forEach((code, i) => {
      if (isCityOfLondon(code) || directory.byCode(code)) return;
      problems.push({
        file: `${dir}/${outward}.json`,
        field: `wards[${i}]`,
        message: `no ward file has the code ${code}; add the ward back, or run npm run import:postcodes again`,
      });
    });
  }
  return problems;
}

/** A district's areas for its page: each Met ward once, and the City once, whatever its number of wards. */
export interface DistrictArea {
  readonly kind: "ward" | "city";
  readonly code: string;
  readonly postcodes: number;
}

export function districtAreas(district: DistrictLookup): DistrictArea[] {
  const counts = new Map<string, number>();
  for (const char of district.wardOf) {
    const code = district.wards[parseInt(char, 36)] as string;
    const key = isCityOfLondon(code) ? CITY_OF_LONDON.code : code;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([code, postcodes]) => ({ kind: code === CITY_OF_LONDON.code ? "city" : "ward", code, postcodes }));
}
