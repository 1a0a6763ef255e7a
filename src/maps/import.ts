import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { topology } from "topojson-server";
import { z } from "zod";
import { BOROUGH_CODE, ONS_WARD_CODE } from "../wards/codes.ts";
import { BOUNDARIES_QUANTISATION, LONDON_BOUNDS, type BoundaryTopology } from "./boundaries.ts";

/*
 * npm run import:boundaries: ONS ward and borough boundaries (GeoJSON, WGS84)
 * → one TopoJSON file committed under content/. TopoJSON stores each border
 * once, shared by the wards on both sides (so neighbours can be read from it),
 * and quantises coordinates to integers, which keeps the file about half the
 * size of the GeoJSON. The geometry is not simplified here: the location lookup
 * needs the boundaries as published; maps simplify their own copy at build time.
 */

export class BoundaryImportError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
    this.name = "BoundaryImportError";
  }
}

const MAX_PROBLEMS = 20;

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const ring = z.array(position).min(4);
const geometry = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const featureCollection = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(z.object({ type: z.literal("Feature"), properties: z.record(z.string(), z.unknown()).nullable(), geometry: z.unknown() })),
});

export interface BoundaryImportResult {
  readonly topology: BoundaryTopology;
  readonly wards: number;
  readonly boroughs: number;
}

/** Reads both files, or says which one is unreadable. */
export function readGeoJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new BoundaryImportError([`${file}: cannot read the ${what} file (${(error as NodeJS.ErrnoException).code ?? "error"})`]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BoundaryImportError([`${file}: the ${what} file is not JSON (${(error as Error).message}); expected GeoJSON`]);
  }
}

function collection(value: unknown, file: string, what: string): FeatureCollection {
  const parsed = featureCollection.safeParse(value);
  if (!parsed.success) {
    throw new BoundaryImportError([`${file}: expected a GeoJSON FeatureCollection of ${what}, one feature per ${what.replace(/s$/, "")}`]);
  }
  return parsed.data as FeatureCollection;
}

/** The first property that exists, so ONS files of any year (WD24CD, WD22CD…) and the shared files (WD_CODE) all work. */
function pick(properties: Record<string, unknown>, pattern: RegExp): string | undefined {
  for (const [key, value] of Object.entries(properties)) if (pattern.test(key) && typeof value === "string") return value;
  return undefined;
}

function checkGeometry(feature: Feature, where: string, problems: string[]): Polygon | MultiPolygon | undefined {
  const parsed = geometry.safeParse(feature.geometry);
  if (!parsed.success) {
    problems.push(`${where}: expected a Polygon or MultiPolygon geometry, got ${describeGeometry(feature.geometry)}`);
    return undefined;
  }
  const rings = parsed.data.type === "Polygon" ? parsed.data.coordinates : parsed.data.coordinates.flat();
  for (const r of rings) {
    for (const [x, y] of r) {
      if (x < LONDON_BOUNDS.west || x > LONDON_BOUNDS.east || y < LONDON_BOUNDS.south || y > LONDON_BOUNDS.north) {
        const hint = Math.abs(x) > 180 ? " (these look like British National Grid metres: reproject to WGS84 first)" : "";
        problems.push(`${where}: the point [${x}, ${y}] is not in London; expected WGS84 longitude and latitude${hint}`);
        return undefined;
      }
    }
  }
  return parsed.data as Polygon | MultiPolygon;
}

function describeGeometry(value: unknown): string {
  if (value === null || value === undefined) return "none";
  const type = (value as { type?: unknown }).type;
  return typeof type === "string" ? `a ${type}` : "something else";
}

/**
 * Checks everything and reports every problem at once (up to a limit), one
 * line each, naming the file and the feature.
 */
export function importBoundaries(
  wardsValue: unknown,
  wardsFile: string,
  boroughsValue: unknown,
  boroughsFile: string,
): BoundaryImportResult {
  const wardsIn = collection(wardsValue, wardsFile, "wards");
  const boroughsIn = collection(boroughsValue, boroughsFile, "boroughs");
  const problems: string[] = [];

  const firstWard = wardsIn.features[0]?.properties ?? {};
  if (pick(firstWard, /^WD\d*_?C[OD]/) === undefined && pick(firstWard, /^LAD\d*_?C[OD]/) !== undefined) {
    throw new BoundaryImportError([
      `${wardsFile}: these features have a borough code but no ward code; this looks like the boroughs file. Give the wards file first, then the boroughs file`,
    ]);
  }

  const boroughs: Feature<Polygon | MultiPolygon, { name: string }>[] = [];
  const boroughNames = new Map<string, string>();
  boroughsIn.features.forEach((feature, i) => {
    const properties = feature.properties ?? {};
    const where = `${boroughsFile}: feature ${i + 1}`;
    const code = pick(properties, /^LAD\d*_?C[OD]/);
    const name = pick(properties, /^LAD\d*_?N[AM]/);
    if (code === undefined || name === undefined) {
      const wardHint = pick(properties, /^WD\d*_?C[OD]/) !== undefined ? " (this looks like a wards file)" : "";
      problems.push(`${where}: expected a borough code and name in properties LAD24CD and LAD24NM (or LAD_CODE and LAD_NAME)${wardHint}`);
      return;
    }
    if (!BOROUGH_CODE.test(code)) {
      problems.push(`${where}: expected an ONS London borough code like E09000007, got "${code}"`);
      return;
    }
    if (boroughNames.has(code)) {
      problems.push(`${where}: borough ${code} appears twice`);
      return;
    }
    boroughNames.set(code, name);
    const shape = checkGeometry(feature, `${where} (${code} ${name})`, problems);
    if (shape) boroughs.push({ type: "Feature", id: code, properties: { name }, geometry: shape });
  });

  const wards: Feature<Polygon | MultiPolygon, { name: string; borough: string }>[] = [];
  const seen = new Set<string>();
  wardsIn.features.forEach((feature, i) => {
    const properties = feature.properties ?? {};
    const where = `${wardsFile}: feature ${i + 1}`;
    const code = pick(properties, /^WD\d*_?C[OD]/);
    const name = pick(properties, /^WD\d*_?N[AM](?!W)/);
    const borough = pick(properties, /^LAD\d*_?C[OD]/);
    if (code === undefined || name === undefined || borough === undefined) {
      problems.push(`${where}: expected a ward code, ward name and borough code in properties WD24CD, WD24NM and LAD24CD (or WD_CODE, WD_NAME and LAD_CODE)`);
      return;
    }
    if (!ONS_WARD_CODE.test(code)) {
      problems.push(`${where}: expected an ONS ward code like E05013655, got "${code}"`);
      return;
    }
    if (seen.has(code)) {
      problems.push(`${where}: ward ${code} appears twice`);
      return;
    }
    seen.add(code);
    if (!boroughNames.has(borough)) {
      problems.push(`${where} (${code} ${name}): its borough ${borough} is not in ${boroughsFile}`);
      return;
    }
    const shape = checkGeometry(feature, `${where} (${code} ${name})`, problems);
    if (shape) wards.push({ type: "Feature", id: code, properties: { name, borough }, geometry: shape });
  });
  if (wardsIn.features.length === 0) problems.push(`${wardsFile}: no features; expected one per ward`);
  if (boroughsIn.features.length === 0) problems.push(`${boroughsFile}: no features; expected one per borough`);
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`… and ${problems.length - MAX_PROBLEMS} more`);
    throw new BoundaryImportError(shown);
  }

  // Sorted by code so that a re-import of the same data writes the same file.
  const byCode = (a: Feature, b: Feature) => String(a.id).localeCompare(String(b.id));
  const built = topology(
    {
      wards: { type: "FeatureCollection", features: wards.sort(byCode) } as FeatureCollection,
      boroughs: { type: "FeatureCollection", features: boroughs.sort(byCode) } as FeatureCollection,
    },
    BOUNDARIES_QUANTISATION,
  ) as unknown as BoundaryTopology;
  return { topology: built, wards: wards.length, boroughs: boroughs.length };
}

/**
 * One arc or geometry per line: a re-import that moves one border changes a
 * few lines of the committed file, not one line of 300 KB.
 */
export function serialiseTopology(topology: BoundaryTopology): string {
  const { arcs, objects, ...rest } = topology;
  const lines = (items: readonly unknown[]) => items.map((item) => JSON.stringify(item)).join(",\n");
  const object = (name: "wards" | "boroughs") =>
    `${JSON.stringify(name)}:{"type":"GeometryCollection","geometries":[\n${lines(objects[name].geometries)}\n]}`;
  const head = JSON.stringify(rest).slice(0, -1);
  return `${head},"objects":{${object("wards")},\n${object("boroughs")}},\n"arcs":[\n${lines(arcs)}\n]}\n`;
}
