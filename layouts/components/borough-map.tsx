import type { AreaMaps } from "../../src/maps/area-maps.ts";
import type { BoroughEntry } from "../../src/wards/directory.ts";
import { AreaMap } from "./area-map.tsx";

export interface BoroughMapProps {
  readonly entry: BoroughEntry;
  readonly maps?: AreaMaps | undefined;
}

/** The borough's wards, each a link to its page; the list of wards on the page is its text alternative. */
export function BoroughMap({ entry, maps }: BoroughMapProps) {
  const model = maps?.borough(entry);
  if (!model) return null;
  return (
    <AreaMap
      model={model}
      id="borough-map"
      variant="borough"
      title={`Map of the wards in ${entry.borough.name}`}
      caption={`The wards of ${entry.borough.name}. Each is a link to its page, as in the list of wards above; a name too long for its ward shows when you point at it.`}
    />
  );
}
