import { boroughUrl, wardUrl, type BoroughEntry, type WardDirectory } from "../wards/directory.ts";
import { wardCodeKey } from "../wards/codes.ts";
import type { Ward } from "../wards/schema.ts";
import { CITY_OF_LONDON, type BoundaryTopology } from "./boundaries.ts";
import { buildGeography, type Geography } from "./geography.ts";
import { boroughMap, londonMap, wardMap, wardNeighbours, type MapModel, type Neighbour } from "./svg.ts";

const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

/** The City of London Police's area: the page that explains it (the City has no Met teams). */
export const CITY_OF_LONDON_URL = "/areas/city-of-london/";

/**
 * What the page components ask for, built once per build from the committed
 * boundaries. A class, not a plain object, so Eleventy's data cascade passes it
 * to each page as it is.
 */
export class AreaMaps {
  readonly geography: Geography;

  constructor(readonly topology: BoundaryTopology) {
    this.geography = buildGeography(topology);
  }

  has(ward: Pick<Ward, "id">): boolean {
    return this.geography.wards.has(wardCodeKey(ward.id));
  }

  neighbours(ward: Pick<Ward, "id">, directory: WardDirectory): Neighbour[] {
    const href = (code: string) => {
      const other = directory.byCode(code);
      return other ? wardUrl(other) : undefined;
    };
    return wardNeighbours(this.geography, wardCodeKey(ward.id), href, CITY_OF_LONDON_URL);
  }

  ward(ward: Pick<Ward, "id">, neighbours: readonly Neighbour[]): MapModel | undefined {
    return wardMap(this.geography, wardCodeKey(ward.id), neighbours);
  }

  /** Every ward of the borough in the boundaries, whether or not it has a page yet. */
  borough(entry: BoroughEntry): MapModel | undefined {
    const pages = new Map(entry.wards.map((ward) => [wardCodeKey(ward.id), ward]));
    const wards = [...this.geography.wards.values()]
      .filter((ward) => ward.borough === entry.borough.code)
      .map((ward) => {
        const page = pages.get(ward.code);
        return { code: ward.code, name: page?.name ?? ward.name, href: page ? wardUrl(page) : undefined };
      })
      .sort((a, b) => collator.compare(a.name, b.name));
    return boroughMap(this.geography, wards);
  }

  london(directory: WardDirectory): MapModel | undefined {
    const pages = new Map(directory.boroughs.map((entry) => [entry.borough.code, boroughUrl(entry.borough)]));
    return londonMap(
      this.geography,
      [...this.geography.boroughs.values()].map((borough) => ({
        ...borough,
        href: borough.code === CITY_OF_LONDON ? CITY_OF_LONDON_URL : pages.get(borough.code),
      })),
    );
  }
}
