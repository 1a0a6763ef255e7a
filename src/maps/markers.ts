import { londonProjection } from "./geography.ts";
import type { MapMarker, MapModel } from "./svg.ts";

export interface PlaceToMark {
  readonly name: string;
  /** Longitude and latitude (WGS84). */
  readonly place: readonly [number, number];
}

/**
 * The map with its places marked, such as a team's bases (found by their
 * postcode). A place outside the map's frame is left off rather than pinned to
 * its edge, which would put it somewhere it is not.
 */
export function withMarkers(model: MapModel, places: readonly PlaceToMark[]): MapModel {
  const { placement } = model;
  if (!placement || places.length === 0) return model;
  const markers = places.flatMap(({ name, place }, i): MapMarker[] => {
    const projected = londonProjection([place[0], place[1]]);
    if (!projected) return [];
    const x = projected[0] * placement.scale + placement.translate[0];
    const y = projected[1] * placement.scale + placement.translate[1];
    if (!(x >= 0 && x <= model.width && y >= 0 && y <= model.height)) return [];
    // A tenth of a unit is finer than a pixel at any size the map is shown.
    return [{ key: `place-${i}`, name, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }];
  });
  return markers.length === 0 ? model : { ...model, markers };
}
