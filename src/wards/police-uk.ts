import type { Ward } from "./schema.ts";

/**
 * police.uk's page for a Met neighbourhood, where crime and outcomes are
 * mapped: https://www.police.uk/pu/your-area/metropolitan-police-service/<ward>/,
 * named by the ward's name in lower case with hyphens ("&" as "and",
 * apostrophes dropped). Where two Met wards share a name (Abbey in Barking and
 * Dagenham and in Merton) we cannot tell which address police.uk gives each,
 * so those link to police.uk's own search for an area instead.
 */
export const POLICE_UK_FORCE_AREA = "https://www.police.uk/pu/your-area/metropolitan-police-service/";
export const POLICE_UK_SEARCH = "https://www.police.uk/pu/your-area/";

export function policeUkSlug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const sharedNames = new WeakMap<readonly Ward[], ReadonlySet<string>>();

/** Ward names that more than one ward in the list has, computed once per list. */
function namesUsedTwice(wards: readonly Ward[]): ReadonlySet<string> {
  let names = sharedNames.get(wards);
  if (!names) {
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (const ward of wards) {
      const slug = policeUkSlug(ward.name);
      if (seen.has(slug)) twice.add(slug);
      seen.add(slug);
    }
    names = twice;
    sharedNames.set(wards, names);
  }
  return names;
}

export interface PoliceUkLink {
  readonly href: string;
  /** False when the link is police.uk's search, because the ward's own address is not certain. */
  readonly direct: boolean;
}

export function policeUkLink(ward: Pick<Ward, "name">, allWards: readonly Ward[]): PoliceUkLink {
  const slug = policeUkSlug(ward.name);
  if (slug === "" || namesUsedTwice(allWards).has(slug)) return { href: POLICE_UK_SEARCH, direct: false };
  return { href: `${POLICE_UK_FORCE_AREA}${slug}/`, direct: true };
}
