import type { Candidate, LocateResult } from "./lookup.ts";

/*
 * What "Use my location" says, as data: the browser script turns it into
 * elements (text and links only, never HTML), and unit tests read it directly.
 */

export type Inline = string | { readonly text: string; readonly href: string };

export interface Message {
  readonly paragraphs: readonly (readonly Inline[])[];
  /** Wards to choose from, as links. */
  readonly choices?: readonly (readonly Inline[])[];
}

/** Links from the site's root, without a leading slash: the script resolves them against the root it is served from. */
export const LINKS = {
  cityOfLondon: "areas/city-of-london/",
  areas: "areas/",
  policeUk: "https://www.police.uk/pu/your-area/",
} as const;

export type LocateFailure = "denied" | "unavailable" | "timeout" | "unsupported" | "data";

const postcodeHint: Inline[] = ["You can search by postcode instead, or ", { text: "browse all areas", href: LINKS.areas }, "."];

export function failureMessage(failure: LocateFailure): Message {
  switch (failure) {
    case "denied":
      return {
        paragraphs: [
          ["You did not allow this site to use your location, so we cannot find your ward from it."],
          ["To use it, allow location for this site in your browser's settings and try again. ", ...postcodeHint],
        ],
      };
    case "unavailable":
      return { paragraphs: [["Your device could not work out where you are."], ["Try again in a moment. ", ...postcodeHint]] };
    case "timeout":
      return { paragraphs: [["Finding your location took too long."], ["Try again. ", ...postcodeHint]] };
    case "unsupported":
      return { paragraphs: [["Your browser cannot share your location with this page.", " ", ...postcodeHint]] };
    case "data":
      return {
        paragraphs: [
          ["We could not load the ward boundaries, so we cannot find your ward. Check your connection and try again, or ", { text: "browse all areas", href: LINKS.areas }, "."],
        ],
      };
  }
}

function wardLink(ward: Candidate): Inline[] {
  if (ward.city) return [{ text: `${ward.name}, City of London`, href: LINKS.cityOfLondon }, " (City of London Police)"];
  return ward.href ? [{ text: ward.name, href: ward.href }] : [ward.name];
}

/** At most this many wards are offered; a position rough enough to reach more says so. */
export const MAX_CHOICES = 8;

export function resultMessage(result: LocateResult, accuracy: number): Message {
  if (result.kind === "ward") {
    const { ward } = result;
    if (ward.city) {
      return {
        paragraphs: [
          [`You are in ${ward.name} ward in the City of London. The City has its own police force, the City of London Police, not a Metropolitan Police Safer Neighbourhoods team.`],
          [{ text: "Find out about policing in the City of London", href: LINKS.cityOfLondon }],
        ],
      };
    }
    if (!ward.href) {
      return { paragraphs: [[`You are in ${ward.name} ward. This site has no page for its team yet: `, { text: "browse all areas", href: LINKS.areas }, "."]] };
    }
    return { paragraphs: [["You are in ", ...wardLink(ward), " ward. Its page shows your Safer Neighbourhoods team."]] };
  }
  if (result.kind === "outside") {
    return result.inLondon
      ? { paragraphs: [["Your location is not inside any ward: it may be on the River Thames. ", ...postcodeHint]] }
      : {
          paragraphs: [
            ["Your location seems to be outside London. This site covers the Metropolitan Police's Safer Neighbourhoods teams in the 32 London boroughs."],
            ["To find the team where you are, use ", { text: "police.uk's find your neighbourhood team", href: LINKS.policeUk }, "."],
          ],
        };
  }
  const metres = Math.round(accuracy);
  const shown = result.candidates.slice(0, MAX_CHOICES);
  const lead = result.centreFound
    ? `Your device gives your position only to within about ${metres} metres, near a ward boundary, so you could be in any of these wards. The first is the most likely:`
    : `Your position is not inside a ward (it may be on the River Thames), but it is within about ${metres} metres of these wards:`;
  const more = result.candidates.length > shown.length ? [[`Your position is too rough to narrow it further. ${"Try again outdoors, or search by postcode."}`]] : [];
  return {
    paragraphs: [[lead], ...more],
    choices: shown.map(wardLink),
  };
}
