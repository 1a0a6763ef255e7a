import { parse } from "postcode";

/*
 * What a visitor types, as a postcode. Validation is the `postcode` library's
 * (tested against every postcode in the ONS directory), not a pattern of ours;
 * we only take out the spaces and punctuation people put anywhere (" NW1  7JN ", "SW1A-1AA").
 * Browser-safe: the find page's script bundles it.
 */

export interface ParsedPostcode {
  /** Upper case, one space: NW1 7JN. */
  readonly postcode: string;
  /** The district, and the name of its lookup file: NW1, SW1A, EC2V. */
  readonly outward: string;
  /** 7JN */
  readonly inward: string;
  /** The letters the postcode starts with: NW, SW, EC. */
  readonly area: string;
}

export function parsePostcode(input: string): ParsedPostcode | undefined {
  // Pasted from an address, a postcode can bring a hyphen, a full stop or a comma with it: "SW1A-1AA", "E1 6AN.".
  const parsed = parse(input.replace(/[\s.,\-\u2010-\u2015]+/g, ""));
  if (!parsed.valid) return undefined;
  return { postcode: parsed.postcode, outward: parsed.outcode, inward: parsed.incode, area: parsed.area };
}

/**
 * Postal areas that lie wholly in London: a postcode in one of them that the
 * data does not have is a London postcode we do not know (new, retired or not
 * for an address), not one outside London. The outer areas (BR, CR, EN, HA,
 * IG, KT, RM, SM, TW, UB, DA, WD) reach beyond London's boundary.
 */
export const LONDON_POSTAL_AREAS: ReadonlySet<string> = new Set(["E", "EC", "N", "NW", "SE", "SW", "W", "WC"]);
