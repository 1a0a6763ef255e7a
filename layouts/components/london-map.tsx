import type { AreaMaps } from "../../src/maps/area-maps.ts";
import type { WardDirectory } from "../../src/wards/directory.ts";
import { AreaMap } from "./area-map.tsx";

export interface LondonMapProps {
  readonly directory: WardDirectory;
  readonly maps?: AreaMaps | undefined;
}

/** London's boroughs, each a link; the City of London is labelled as the City of London Police's area. */
export function LondonMap({ directory, maps }: LondonMapProps) {
  const model = maps?.london(directory);
  if (!model) return null;
  return (
    <AreaMap
      model={model}
      id="london-map"
      variant="london"
      title="Map of London's boroughs"
      caption={
        <>
          The 32 London boroughs policed by the Metropolitan Police, each a link to its page, as in the list above. The
          City of London, in the middle, has its own police force, the City of London Police.
        </>
      }
    />
  );
}
