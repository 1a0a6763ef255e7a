import { wardCodeKey } from "../wards/codes.ts";
import { boroughUrl, wardUrl, type BoroughEntry, type WardDirectory } from "../wards/directory.ts";
import type { Ward } from "../wards/schema.ts";
import type { PlaceFinder } from "../postcodes/places.ts";
import type { BoundaryTopology } from "./boundaries.ts";
import { CITY_OF_LONDON_URL, computeMaps, type PrecomputedMaps } from "./compute.ts";
import { withMarkers } from "./markers.ts";
import type { MapArea, MapModel, Neighbour } from "./svg.ts";

export { CITY_OF_LONDON_URL, computeMaps, type PrecomputedMaps } from "./compute.ts";

/**
 * What the page components ask for, once per build. A class, not a plain
 * object, so Eleventy's data cascade passes it to each page as it is.
 */
export class AreaMaps {
  private readonly wards: Map<string, PrecomputedMaps["wards"][number][1]>;
  private readonly boroughs: Map<string, MapModel | undefined>;

  constructor(
    readonly topology: BoundaryTopology,
    private readonly maps: PrecomputedMaps = computeMaps(topology),
  ) {
    this.wards = new Map(maps.wards);
    this.boroughs = new Map(maps.boroughs);
  }

  has(ward: Pick<Ward, "id">): boolean {
    return this.wards.has(wardCodeKey(ward.id));
  }

  /** Codes of the wards that share a border with this one, City wards included; undefined for a ward not in the boundaries. */
  neighbourCodes(code: string): readonly string[] | undefined {
    return this.wards.get(wardCodeKey(code))?.neighbours.flatMap((n) => (n.city ? (n.cityWards ?? []) : [n.code]));
  }

  wardName(code: string): string | undefined {
    return this.wards.get(wardCodeKey(code))?.name;
  }

  neighbours(ward: Pick<Ward, "id">, directory: WardDirectory): Neighbour[] {
    return (this.wards.get(wardCodeKey(ward.id))?.neighbours ?? []).map((n) => (n.city ? n : { ...n, href: pageOf(directory, n.code) }));
  }

  /** The ward and its neighbours, with the team's bases marked where the postcode data places them. */
  ward(ward: Pick<Ward, "id" | "locations">, directory: WardDirectory, findPlace?: PlaceFinder): MapModel | undefined {
    const model = this.wards.get(wardCodeKey(ward.id))?.model;
    if (!model) return undefined;
    const bases = findPlace
      ? ward.locations.flatMap((base) => {
          const place = findPlace(base.postcode);
          return place ? [{ name: base.name, place }] : [];
        })
      : [];
    return withMarkers(
      linked(model, (area) => (area.kind === "neighbour" ? pageOf(directory, area.key) : area.href)),
      bases,
    );
  }

  /** Every ward of the borough in the boundaries, whether or not it has a page yet. */
  borough(entry: BoroughEntry): MapModel | undefined {
    const model = this.boroughs.get(entry.borough.code);
    const pages = new Map(entry.wards.map((ward) => [wardCodeKey(ward.id), wardUrl(ward)]));
    return model && linked(model, (area) => pages.get(area.key));
  }

  london(directory: WardDirectory): MapModel | undefined {
    const pages = new Map(directory.boroughs.map((entry) => [entry.borough.code, boroughUrl(entry.borough)]));
    return this.maps.london && linked(this.maps.london, (area) => (area.kind === "city" ? area.href : pages.get(area.key)));
  }
}

function pageOf(directory: WardDirectory, code: string): string | undefined {
  const ward = directory.byCode(code);
  return ward ? wardUrl(ward) : undefined;
}

function linked(model: MapModel, href: (area: MapArea) => string | undefined): MapModel {
  return { ...model, areas: model.areas.map((area) => ({ ...area, href: href(area) })) };
}
