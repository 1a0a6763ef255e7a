import type { AreaMaps } from "../../src/maps/area-maps.ts";
import type { PlaceFinder } from "../../src/postcodes/places.ts";
import type { WardDirectory } from "../../src/wards/directory.ts";
import type { Ward } from "../../src/wards/schema.ts";
import { AreaMap } from "./area-map.tsx";
import { PostcodeAttribution } from "./data-attribution.tsx";
import { WardLinks } from "./ward-links.tsx";

export interface WardMapProps {
  readonly ward: Ward;
  readonly directory: WardDirectory;
  /** The boundaries; without them (or for a ward not in them) the ward file's own list is shown. */
  readonly maps?: AreaMaps | undefined;
  /** Where a postcode is: the team's bases are marked on the map. */
  readonly findPlace?: PlaceFinder | undefined;
}

/**
 * The ward's neighbours, from the boundaries: a map of the ward with each
 * neighbour a link, then the same links as a list that says which way each
 * one lies, which is the map's text alternative.
 */
export function WardMap({ ward, directory, maps, findPlace }: WardMapProps) {
  if (!maps?.has(ward)) {
    return ward.neighbours.length > 0 ? (
      <WardLinks codes={ward.neighbours} directory={directory} borough={ward.borough} />
    ) : (
      <p>No neighbouring wards are listed.</p>
    );
  }
  const neighbours = maps.neighbours(ward, directory);
  const model = maps.ward(ward, directory, findPlace);
  const bases = model?.markers?.map((marker) => marker.name) ?? [];
  return (
    <>
      {model && (
        <AreaMap
          model={model}
          id="ward-map"
          variant="ward"
          allLabels
          title={`Map of ${ward.name} and the wards around it`}
          caption={
            `${ward.name} is shaded and outlined in bold, with the ${neighbours.length === 1 ? "ward" : "wards"} around it. ` +
            `Each is a link to its page, as in the list below.${basesSentence(bases)}`
          }
        />
      )}
      <ul class="sn-ward-links">
        {neighbours.map((neighbour) => (
          <li class="sn-ward-links__item" key={neighbour.code}>
            {neighbour.href ? <a href={neighbour.href}>{neighbour.name}</a> : neighbour.name}
            {neighbour.city
              ? ", policed by the City of London Police,"
              : neighbour.borough !== ward.borough.name
                ? ` (${neighbour.borough})`
                : ""}{" "}
            to the {neighbour.direction}
          </li>
        ))}
      </ul>
      {/* The dots are placed by the postcode data, whose licence asks for this wherever it is used. */}
      {bases.length > 0 && <PostcodeAttribution />}
    </>
  );
}

/** The markers, in words: the caption is the map's text alternative. */
function basesSentence(bases: readonly string[]): string {
  if (bases.length === 0) return "";
  const names = bases.length === 1 ? bases[0] : `${bases.slice(0, -1).join(", ")} and ${bases.at(-1)}`;
  return bases.length === 1 ? ` A dot marks the team's base, ${names}.` : ` Dots mark the team's bases: ${names}.`;
}
