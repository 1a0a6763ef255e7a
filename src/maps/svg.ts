import { geoIdentity, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { polygonArea, polygonCentroid } from "d3-polygon";
import { CITY_OF_LONDON } from "./boundaries.ts";
import type { Area, Geography } from "./geography.ts";
import { placeLabel, spreadLabels, type MapLabel } from "./labels.ts";
import { readingOrder } from "./reading-order.ts";
import { CompactPath } from "./compact-path.ts";

/*
 * Map models: what a map component draws, computed at build time. Each area
 * is an SVG path in the map's own units (its viewBox), drawn by d3-geo from
 * the projected, simplified boundaries, clipped to the frame and written with
 * whole-unit relative coordinates to keep the page small.
 */

export interface MapArea {
  readonly key: string;
  readonly name: string;
  /** Where the area links to; none for the page's own ward, or a ward with no page. */
  readonly href?: string | undefined;
  readonly kind: "current" | "neighbour" | "ward" | "borough" | "city";
  readonly d: string;
  readonly label?: MapLabel | undefined;
}

/** How a point in projected metres (geography.ts) lands on a map: x × scale + translate[0], y × scale + translate[1]. */
export interface MapPlacement {
  readonly scale: number;
  readonly translate: readonly [number, number];
}

/** A place marked on a map, such as a team's base (markers.ts). */
export interface MapMarker {
  readonly key: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

export interface MapModel {
  readonly width: number;
  readonly height: number;
  readonly areas: readonly MapArea[];
  /** The ward map's: where the pages can mark places on it. */
  readonly placement?: MapPlacement | undefined;
  readonly markers?: readonly MapMarker[] | undefined;
}

export type Direction = "north" | "north-east" | "east" | "south-east" | "south" | "south-west" | "west" | "north-west";
const DIRECTIONS: readonly Direction[] = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"];

export interface Neighbour {
  /** A ward code; for the City of London, the borough's code (its 25 wards are shown as one area). */
  readonly code: string;
  readonly name: string;
  readonly borough: string;
  readonly href?: string | undefined;
  readonly direction: Direction;
  readonly city: boolean;
  /** For the City of London: the codes of its wards on this border. */
  readonly cityWards?: readonly string[];
}

/** Resolves a ward code to its page's address, or undefined when the site has no page for it. */
export type WardHref = (code: string) => string | undefined;

/*
 * Map sizes in their own units; font sizes must match area-map.css. The
 * borough and London maps shrink most on a phone, so their labels grow by
 * NARROW_SCALE (labels.ts) there, and only those that still fit are shown.
 */
export const WARD_MAP = { width: 320, height: 240, padding: 56, fontSize: 11 } as const;
export const BOROUGH_MAP = { width: 400, height: 340, padding: 4, fontSize: 10 } as const;
export const LONDON_MAP = { width: 480, height: 360, padding: 4, fontSize: 10 } as const;

/** An area as drawn: its path, and its rings in map units for placing its label. */
interface Drawn {
  readonly d: string;
  readonly rings: readonly [number, number][][];
}

interface Frame {
  readonly draw: (area: Area) => Drawn;
  readonly placement: MapPlacement;
}

function frame(fit: Area | { type: "FeatureCollection"; features: Area[] }, size: { width: number; height: number; padding: number }): Frame {
  const projection = geoIdentity()
    .fitExtent(
      [
        [size.padding, size.padding],
        [size.width - size.padding, size.height - size.padding],
      ],
      fit as GeoPermissibleObjects,
    )
    .clipExtent([
      [0, 0],
      [size.width, size.height],
    ]);
  const context = new CompactPath();
  const drawer = geoPath(projection, context);
  const [x, y] = projection.translate();
  return {
    draw: (area) => {
      drawer(area as GeoPermissibleObjects);
      return context.take();
    },
    placement: { scale: projection.scale(), translate: [x, y] },
  };
}

function direction(from: readonly [number, number], to: readonly [number, number]): Direction {
  // y points south: a bearing clockwise from north.
  const bearing = (Math.atan2(to[0] - from[0], from[1] - to[1]) * 180) / Math.PI;
  return DIRECTIONS[Math.round((bearing + 360) / 45) % 8] as Direction;
}

const CITY_NAME = "City of London";

function cityLabel(drawn: Drawn): MapLabel | undefined {
  const points = drawn.rings.flat();
  if (points.length === 0) return undefined;
  const [cx] = polygonCentroid(points);
  const bottom = Math.max(...points.map(([, y]) => y));
  return { x: Math.round(cx), y: Math.round(bottom + 14), lines: ["City of London", "Police"], fits: true, fitsNarrow: true };
}

/**
 * The wards that share a border with this one, clockwise from north; the
 * City's wards are one neighbour, the City of London, as it has its own police.
 */
export function wardNeighbours(geo: Geography, code: string, href: WardHref, cityHref: string): Neighbour[] {
  const centre = geo.centre(code);
  if (!centre) return [];
  const bearing = (to: readonly [number, number]) => (Math.atan2(to[0] - centre[0], centre[1] - to[1]) + 2 * Math.PI) % (2 * Math.PI);
  const result: (Neighbour & { angle: number })[] = [];
  const city: string[] = [];
  for (const other of geo.neighbours(code)) {
    const info = geo.wards.get(other);
    const otherCentre = geo.centre(other);
    if (!info || !otherCentre) continue;
    if (info.borough === CITY_OF_LONDON) {
      city.push(other);
      continue;
    }
    result.push({
      code: other,
      name: info.name,
      borough: geo.boroughs.get(info.borough)?.name ?? info.borough,
      href: href(other),
      direction: direction(centre, otherCentre),
      city: false,
      angle: bearing(otherCentre),
    });
  }
  if (city.length > 0) {
    const sum = city.map((c) => geo.centre(c) as readonly [number, number]).reduce((a, b) => [a[0] + b[0], a[1] + b[1]] as const);
    const cityCentre = [sum[0] / city.length, sum[1] / city.length] as const;
    result.push({
      code: CITY_OF_LONDON,
      name: CITY_NAME,
      borough: CITY_NAME,
      href: cityHref,
      direction: direction(centre, cityCentre),
      city: true,
      cityWards: city,
      angle: bearing(cityCentre),
    });
  }
  return result.sort((a, b) => a.angle - b.angle).map(({ angle: _angle, ...neighbour }) => neighbour);
}

/** A ward and its neighbours, the ward in the middle. */
export function wardMap(geo: Geography, code: string, neighbours: readonly Neighbour[]): MapModel | undefined {
  const own = geo.ward(code, "ward");
  const info = geo.wards.get(code);
  if (!own || !info) return undefined;
  const f = frame(own, WARD_MAP);
  const areas: MapArea[] = [];
  for (const neighbour of neighbours) {
    const area = neighbour.city
      ? geo.merged(geo.neighbours(code).filter((c) => geo.wards.get(c)?.borough === CITY_OF_LONDON), "ward")
      : geo.ward(neighbour.code, "ward");
    if (!area) continue;
    const drawn = f.draw(area);
    if (drawn.d === "") continue;
    areas.push({
      key: neighbour.code,
      name: neighbour.name,
      href: neighbour.href,
      kind: neighbour.city ? "city" : "neighbour",
      d: drawn.d,
      label: placeLabel(drawn, neighbour.name, WARD_MAP),
    });
  }
  // The ward itself last, so its outline is drawn over its neighbours' edges.
  const drawn = f.draw(own);
  const current: MapArea = { key: code, name: info.name, kind: "current", d: drawn.d, label: placeLabel(drawn, info.name, WARD_MAP) };
  // The ward's own label keeps its place; its neighbours' labels move clear of it and of each other.
  const [placedCurrent, ...placed] = spreadLabels([current, ...areas], WARD_MAP);
  return { width: WARD_MAP.width, height: WARD_MAP.height, areas: [...readingOrder(placed), placedCurrent as MapArea], placement: f.placement };
}

/** Every ward of a borough, each a link. */
export function boroughMap(geo: Geography, wards: readonly { code: string; name: string; href?: string | undefined }[]): MapModel | undefined {
  const shapes = wards.flatMap((ward) => {
    const area = geo.ward(ward.code, "borough");
    return area ? [{ ward, area }] : [];
  });
  if (shapes.length === 0) return undefined;
  const f = frame({ type: "FeatureCollection", features: shapes.map((s) => s.area) }, BOROUGH_MAP);
  return {
    width: BOROUGH_MAP.width,
    height: BOROUGH_MAP.height,
    areas: readingOrder(
      spreadLabels(
        shapes.map(({ ward, area }): MapArea => {
          const drawn = f.draw(area);
          const placed = placeLabel(drawn, ward.name, BOROUGH_MAP);
          return { key: ward.code, name: ward.name, href: ward.href, kind: "ward", d: drawn.d, label: placed?.fits ? placed : undefined };
        }),
        BOROUGH_MAP,
      ),
    ),
  };
}

/** London's boroughs, each a link; the City of London is its police force's area. */
export function londonMap(
  geo: Geography,
  boroughs: readonly { code: string; name: string; href?: string | undefined }[],
): MapModel | undefined {
  const shapes = boroughs.flatMap((borough) => {
    const area = geo.borough(borough.code);
    return area ? [{ borough, area }] : [];
  });
  if (shapes.length === 0) return undefined;
  const f = frame({ type: "FeatureCollection", features: shapes.map((s) => s.area) }, LONDON_MAP);
  const areas = shapes.map(({ borough, area }): MapArea => {
    const city = borough.code === CITY_OF_LONDON;
    const drawn = f.draw(area);
    const placed = city ? cityLabel(drawn) : placeLabel(drawn, borough.name, LONDON_MAP);
    return {
      key: borough.code,
      name: borough.name,
      href: borough.href,
      kind: city ? "city" : "borough",
      d: drawn.d,
      // Too small to hold its name at this scale, but the one area that must be named: a label below it.
      label: placed?.fits ? placed : undefined,
    };
  });
  // The City's label first, so it is the one that keeps its place.
  const cityFirst = [...areas].sort((a, b) => Number(b.kind === "city") - Number(a.kind === "city"));
  return { width: LONDON_MAP.width, height: LONDON_MAP.height, areas: readingOrder(spreadLabels(cityFirst, LONDON_MAP)) };
}
