import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ContentProblem } from "../content/problems.ts";
import { ContentValidationError } from "../content/problems.ts";
import { BOROUGH_CODE } from "../wards/codes.ts";

/** Where `npm run import:boundaries` writes, inside the content folder; the build reads only this. */
export const BOUNDARIES_FILE = "boundaries/london.topo.json";

/** Coordinates are stored as integers on a 100,000 × 100,000 grid over London: steps of under a metre. */
export const BOUNDARIES_QUANTISATION = 1e5;

/** A generous box around Greater London; a point outside it is in the wrong coordinate system, or not London. */
export const LONDON_BOUNDS = { west: -0.6, east: 0.4, south: 51.2, north: 51.8 } as const;

/** The City of London: its own police force, so its wards have no Met team. */
export const CITY_OF_LONDON = "E09000001";

export type WardProperties = {
  readonly name: string;
  /** ONS code of the ward's borough. */
  readonly borough: string;
};
export type BoroughProperties = { readonly name: string };
type Shape<P> =
  | { type: "Polygon"; id: string; properties: P; arcs: number[][] }
  | { type: "MultiPolygon"; id: string; properties: P; arcs: number[][][] };
export type WardShape = Shape<WardProperties>;
export type BoroughShape = Shape<BoroughProperties>;

/** The committed TopoJSON (see topojson-specification), with the two objects this site needs. */
export interface BoundaryTopology {
  type: "Topology";
  bbox?: number[];
  transform: { scale: [number, number]; translate: [number, number] };
  objects: {
    wards: { type: "GeometryCollection"; geometries: WardShape[] };
    boroughs: { type: "GeometryCollection"; geometries: BoroughShape[] };
  };
  arcs: [number, number][][];
}

const arcIndexes = z.array(z.number().int());
const shape = <P extends z.ZodType>(properties: P, id: RegExp) =>
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("Polygon"), id: z.string().regex(id), properties, arcs: z.array(arcIndexes) }),
    z.object({ type: z.literal("MultiPolygon"), id: z.string().regex(id), properties, arcs: z.array(z.array(arcIndexes)) }),
  ]);

/** The committed file, as the importer writes it. */
export const boundaryTopologySchema = z.object({
  type: z.literal("Topology"),
  transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
  bbox: z.array(z.number()).optional(),
  objects: z.object({
    wards: z.object({
      type: z.literal("GeometryCollection"),
      geometries: z.array(shape(z.object({ name: z.string().min(1), borough: z.string().regex(BOROUGH_CODE) }), /^E05\d{6}$/)).min(1),
    }),
    boroughs: z.object({
      type: z.literal("GeometryCollection"),
      geometries: z.array(shape(z.object({ name: z.string().min(1) }), BOROUGH_CODE)).min(1),
    }),
  }),
  // Tens of thousands of points: checked by a loop, not a schema per point, to keep the build fast.
  arcs: z.array(z.array(z.unknown())).refine((arcs) => arcs.every((arc) => arc.every(isIntegerPair)), {
    error: "expected each arc to be a list of [x, y] whole-number pairs",
  }),
});

function isIntegerPair(point: unknown): boolean {
  return Array.isArray(point) && point.length === 2 && Number.isInteger(point[0]) && Number.isInteger(point[1]);
}

const cache = new Map<string, { mtimeMs: number; topology: BoundaryTopology }>();

/**
 * The committed boundaries, or undefined when the content folder has none
 * (a site without maps still builds). Read once and kept until the file changes.
 */
export function readBoundaries(contentDir: string): BoundaryTopology | undefined {
  const file = path.join(contentDir, BOUNDARIES_FILE);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.topology;
  const shown = path.relative(process.cwd(), file).split(path.sep).join("/");
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ContentValidationError([{ file: shown, field: "", message: `not JSON (${(error as Error).message}); run npm run import:boundaries again` }]);
  }
  const topology = parseBoundaries(value, shown);
  cache.set(file, { mtimeMs, topology });
  return topology;
}

export function parseBoundaries(value: unknown, file: string): BoundaryTopology {
  const parsed = boundaryTopologySchema.safeParse(value);
  if (!parsed.success) {
    const problems: ContentProblem[] = parsed.error.issues.slice(0, 10).map((issue) => ({
      file,
      field: issue.path.map(String).join("."),
      message: `${issue.message}; this file is written by npm run import:boundaries, run it again`,
    }));
    throw new ContentValidationError(problems);
  }
  return parsed.data as unknown as BoundaryTopology;
}
