/**
 * npm run import:boundaries -- <wards.geojson> <boroughs.geojson> [--content content]
 *
 * Turns ONS ward and borough boundaries (GeoJSON in WGS84) into the compact
 * TopoJSON file the build reads, content/boundaries/london.topo.json.
 * Replaces that file; commit the result.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BOUNDARIES_FILE } from "../src/maps/boundaries.ts";
import { BoundaryImportError, importBoundaries, readGeoJson, serialiseTopology } from "../src/maps/import.ts";

const USAGE = "usage: npm run import:boundaries -- <wards.geojson> <boroughs.geojson> [--content content]";

function main(): void {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { content: { type: "string", default: "content" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [wardsFile, boroughsFile, ...extra] = positionals;
  if (wardsFile === undefined || boroughsFile === undefined || extra.length > 0) throw new BoundaryImportError([USAGE]);
  const result = importBoundaries(readGeoJson(wardsFile, "wards"), wardsFile, readGeoJson(boroughsFile, "boroughs"), boroughsFile);
  const out = path.join(values.content, BOUNDARIES_FILE);
  mkdirSync(path.dirname(out), { recursive: true });
  const text = serialiseTopology(result.topology);
  writeFileSync(out, text);
  console.log(`Wrote ${out}: ${result.wards} wards and ${result.boroughs} boroughs, ${Math.round(text.length / 1024)} KB.`);
}

try {
  main();
} catch (error) {
  if (error instanceof BoundaryImportError || (error as { code?: unknown }).code?.toString().startsWith("ERR_PARSE_ARGS")) {
    console.error((error as Error).message.split("\n").map((line) => `import:boundaries: ${line}`).join("\n"));
    process.exitCode = 1;
  } else {
    throw error;
  }
}
