import { parentPort, workerData } from "node:worker_threads";
import { computeMaps } from "./compute.ts";
import { readBoundaries } from "./boundaries.ts";

// The maps' own thread, started as the build starts; see computeMapsOnThread in plugin.ts.
const { contentDir } = workerData as { contentDir: string };
try {
  const topology = readBoundaries(contentDir);
  parentPort?.postMessage({ maps: topology ? computeMaps(topology) : undefined });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
