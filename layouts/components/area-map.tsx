import type { ComponentChildren } from "preact";
import type { MapLabel } from "../../src/maps/labels.ts";
import type { MapArea, MapMarker, MapModel } from "../../src/maps/svg.ts";

export interface AreaMapProps {
  readonly model: MapModel;
  /** Unique on the page: the SVG's title is found by it. */
  readonly id: string;
  /** The map's accessible name, such as "Map of Regent's Park and the wards around it". */
  readonly title: string;
  /** Said under the map: what it shows and where the same links are as text. */
  readonly caption: ComponentChildren;
  readonly variant: "ward" | "borough" | "london";
  /** Draw every label, even one wider than its area (the ward map, with a few large areas). */
  readonly allLabels?: boolean;
}

function Label({ label }: { label: MapLabel }) {
  // The lines are centred on the point: the first one moves up by half the block's height.
  const first = 0.35 - ((label.lines.length - 1) * 1.15) / 2;
  return (
    <text x={label.x} y={label.y}>
      {label.lines.length === 1
        ? label.lines[0]
        : label.lines.map((line, i) => (
            <tspan key={i} x={label.x} dy={`${i === 0 ? first.toFixed(2) : "1.15"}em`}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

function Area({ area }: { area: MapArea }) {
  const path = <path class={`sn-map__area sn-map__area--${area.kind}`} d={area.d} />;
  if (!area.href) return path;
  // The link's name is its <title>, which also shows as a tooltip; the visible labels are drawn on top, apart.
  return (
    <a class="sn-map__link" href={area.href}>
      <title>{area.name}</title>
      {path}
    </a>
  );
}

/** A place, such as the team's base: a dot with a ring, so it shows on any area; the caption names it. */
function Marker({ marker }: { marker: MapMarker }) {
  return (
    <g class="sn-map__marker">
      <title>{marker.name}</title>
      <circle cx={marker.x} cy={marker.y} r="6" />
    </g>
  );
}

/**
 * A map drawn at build time (src/maps/svg.ts). The areas that link somewhere
 * are SVG links, in the order given, so the keyboard reaches them in that
 * order; labels are drawn after every area so none is hidden, and are hidden
 * from screen readers, which get each link's name instead.
 * Styles: assets/css/components/area-map.css.
 */
export function AreaMap({ model, id, title, caption, variant, allLabels = false }: AreaMapProps) {
  const labels = model.areas.filter((area) => area.label && (allLabels || area.label.fits));
  return (
    <figure class={`sn-map sn-map--${variant}`}>
      <svg class="sn-map__svg" viewBox={`0 0 ${model.width} ${model.height}`} role="group" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{title}</title>
        {model.areas.map((area) => (
          <Area key={area.key} area={area} />
        ))}
        <g class="sn-map__labels" aria-hidden="true">
          {labels.map((area) => (
            <g
              key={area.key}
              class={`sn-map__label sn-map__label--${area.kind}${area.label?.fitsNarrow || allLabels ? "" : " sn-map__label--wide"}`}
            >
              <Label label={area.label as MapLabel} />
            </g>
          ))}
        </g>
        {model.markers && model.markers.length > 0 && (
          // Last, so no label hides one; hidden from screen readers, as the caption names each place.
          <g class="sn-map__markers" aria-hidden="true">
            {model.markers.map((marker) => (
              <Marker key={marker.key} marker={marker} />
            ))}
          </g>
        )}
      </svg>
      <figcaption class="sn-map__caption">{caption}</figcaption>
    </figure>
  );
}
