import { CITY_OF_LONDON, type BoundaryTopology } from "./boundaries.ts";
import { buildGeography } from "./geography.ts";
import { boroughMap, londonMap, wardMap, wardNeighbours, type MapModel, type Neighbour } from "./svg.ts";

/*
 * Kept apart from area-maps.ts, which the pages use, so that the maps' thread
 * (maps-worker.ts) loads only the geometry, not the ward modules.
 */

const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

/** The City of London Police's area: the page that explains it (the City has no Met teams). */
export const CITY_OF_LONDON_URL = "/areas/city-of-london/";

/**
 * Every map the site draws, computed in one go from the boundaries alone (no
 * ward files), so that it can run on its own thread while Eleventy starts
 * (maps-worker.ts). Links are left out: the pages fill them in from the wards
 * that have files. Areas are keyed by ward or borough code.
 */
export interface PrecomputedMaps {
  readonly wards: readonly (readonly [code: string, value: { readonly name: string; readonly borough: string; readonly neighbours: readonly Neighbour[]; readonly model?: MapModel | undefined }])[];
  readonly boroughs: readonly (readonly [code: string, model: MapModel | undefined])[];
  readonly london?: MapModel | undefined;
}

export function computeMaps(topology: BoundaryTopology): PrecomputedMaps {
  const geo = buildGeography(topology);
  const none = () => undefined;
  const wards = [...geo.wards.values()].map((ward) => {
    const neighbours = wardNeighbours(geo, ward.code, none, CITY_OF_LONDON_URL);
    return [ward.code, { name: ward.name, borough: ward.borough, neighbours, model: wardMap(geo, ward.code, neighbours) }] as const;
  });
  const boroughs = [...geo.boroughs.keys()].map((code) => {
    const inBorough = [...geo.wards.values()]
      .filter((ward) => ward.borough === code)
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((ward) => ({ code: ward.code, name: ward.name }));
    return [code, boroughMap(geo, inBorough)] as const;
  });
  const london = londonMap(
    geo,
    [...geo.boroughs.values()].map((borough) => ({ ...borough, href: borough.code === CITY_OF_LONDON ? CITY_OF_LONDON_URL : undefined })),
  );
  return { wards, boroughs, london };
}

