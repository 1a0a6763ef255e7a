/*
 * The City of London (E09000001) is not policed by the Met: the City of
 * London Police covers its 25 wards. Everything that could lead a visitor
 * there (a ward code, a postcode, the A to Z, search) says so, from here.
 */

export const CITY_OF_LONDON = {
  code: "E09000001",
  name: "City of London",
  /** The site's one page about it. */
  url: "/areas/city-of-london/",
  force: "City of London Police",
  forceUrl: "https://www.cityoflondon.police.uk/",
  /** police.uk's own finder of a neighbourhood team, for any force. */
  policeUkUrl: "https://www.police.uk/pu/your-area/",
} as const;

/** The City's 25 current wards (ONS, unchanged since the 2013 review). */
export const CITY_WARD_CODES: ReadonlySet<string> = new Set(
  Array.from({ length: 25 }, (_, i) => `E0500${9288 + i}`),
);

/** The City itself, or one of its wards (with or without data.police.uk's N suffix). */
export function isCityOfLondon(code: string): boolean {
  const bare = code.endsWith("N") ? code.slice(0, -1) : code;
  return bare === CITY_OF_LONDON.code || CITY_WARD_CODES.has(bare);
}

/** Why a City ward has no file here, for the importer and the schema to say the same thing. */
export const CITY_NOT_MET =
  "the City of London (E09000001) is policed by the City of London Police, not the Met, so it has no Safer Neighbourhoods ward files; remove this file";
