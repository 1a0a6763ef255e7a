import type { LookupFile } from "../../../src/postcodes/lookup-file.ts";

/** Filled in by the build (src/postcodes/script.ts): the postcode districts that have a lookup file. */
declare const __POSTCODE_DISTRICTS__: string;

export const DISTRICTS: ReadonlySet<string> = new Set(__POSTCODE_DISTRICTS__.split(" "));

/** Fetch one district's lookup file from beside the site (same origin, so the CSP's default-src allows it). */
export function lookupLoader(base: string): (outward: string) => Promise<LookupFile> {
  return async (outward) => {
    const response = await fetch(`${base}${encodeURIComponent(outward)}.json`);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return (await response.json()) as LookupFile;
  };
}
