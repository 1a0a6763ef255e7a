/**
 * npm run import:boundaries -- <wards.geojson> <boroughs.geojson> [--content content]
 *
 * Turns ONS ward and borough boundaries (GeoJSON in WGS84) into the compact
 * TopoJSON file the build reads, content/boundaries/london.topo.json.
 * Replaces that file; commit the result.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BOUNDARIES_FILE } from "../src/maps/boundaries.ts";
import { BoundaryImportError, importBoundaries, readGeoJson, serialiseTopology } from "../src/maps/import.ts";
import { commandLine, runCommand } from "../src/cli/command.ts";

const USAGE = "usage: npm run import:boundaries -- <wards.geojson> <boroughs.geojson> [--content content]";

function main(): void {
  const args = commandLine(USAGE, { content: { type: "string", default: "content" } });
  if (!args) return;
  const { positionals, values } = args;
  const [wardsFile, boroughsFile, ...extra] = positionals;
  if (wardsFile === undefined || boroughsFile === undefined || extra.length > 0) throw new BoundaryImportError([USAGE]);
  const result = importBoundaries(readGeoJson(wardsFile, "wards"), wardsFile, readGeoJson(boroughsFile, "boroughs"), boroughsFile);
  const out = path.join(values.content, BOUNDARIES_FILE);
  mkdirSync(path.dirname(out), { recursive: true });
  const text = serialiseTopology(result.topology);
  writeFileSync(out, text);
  console.log(`Wrote ${out}: ${result.wards} wards and ${result.boroughs} boroughs, ${Math.round(text.length / 1024)} KB.`);
}

void runCommand("import:boundaries", main, [BoundaryImportError]);
