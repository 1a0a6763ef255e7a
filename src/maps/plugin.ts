import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatProblem } from "../content/problems.ts";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { buildSync } from "esbuild";
import type { Ward } from "../wards/schema.ts";
import { AreaMaps } from "./area-maps.ts";
import { computeMaps, type PrecomputedMaps } from "./compute.ts";
import { mapsCacheKey, readCachedInputs, readCachedMaps, writeCachedMaps } from "./maps-cache.ts";
import { BOUNDARIES_FILE, readBoundaries, type BoundaryTopology } from "./boundaries.ts";
import { neighbourWarnings, WARDS_LOADED_EVENT } from "./neighbours.ts";

export interface MapsPluginOptions {
  /** The content folder; boundaries are read from `<contentDir>/boundaries/london.topo.json`. */
  contentDir: string;
}

/** Warnings shown in full; beyond this many files, the rest are counted. */
const SHOWN_WARNINGS = 20;

/**
 * The maps' thread as one plain JavaScript file: without tsx, the thread
 * starts in a few milliseconds and loads one module, not forty. buildSync runs
 * its own esbuild process, apart from the service the search plugin stops.
 * Returns the files it was bundled from, for the cache's key.
 */
function bundledWorker(): { file: string; inputs: string[] } {
  const outfile = path.resolve(".cache", "maps-worker.mjs");
  mkdirSync(path.dirname(outfile), { recursive: true });
  const result = buildSync({
    entryPoints: [new URL("./maps-worker.ts", import.meta.url).pathname],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "silent",
    metafile: true,
  });
  return { file: outfile, inputs: Object.keys(result.metafile.inputs) };
}

/** Where drawn maps are kept between builds (maps-cache.ts). */
const MAPS_CACHE_DIR = path.resolve(".cache", "maps");

/**
 * Every map, read back from the last build when neither the boundaries nor
 * the code that draws them has changed (maps-cache.ts); otherwise drawn on a
 * thread of its own (maps-worker.ts), started as soon as the plugin is added,
 * so that it is done while Eleventy reads the wards instead of adding its half
 * second to the main thread.
 */
function computeMapsOnThread(contentDir: string, topology: BoundaryTopology): Promise<PrecomputedMaps> {
  const boundaries = readFileSync(path.join(contentDir, BOUNDARIES_FILE));
  const lastInputs = readCachedInputs(MAPS_CACHE_DIR);
  const lastKey = lastInputs && mapsCacheKey(boundaries, lastInputs);
  const cached = lastKey === undefined ? undefined : readCachedMaps(MAPS_CACHE_DIR, lastKey);
  if (cached) return Promise.resolve(cached);
  const worker = bundledWorker();
  return drawOnThread(worker.file, contentDir, topology).then((maps) => {
    const key = mapsCacheKey(boundaries, worker.inputs);
    if (key !== undefined) writeCachedMaps(MAPS_CACHE_DIR, key, worker.inputs, maps);
    return maps;
  });
}

/** Should the thread fail, the maps are drawn on this one instead. */
function drawOnThread(workerFile: string, contentDir: string, topology: BoundaryTopology): Promise<PrecomputedMaps> {
  return new Promise<PrecomputedMaps>((resolve) => {
    const worker = new Worker(workerFile, { workerData: { contentDir } });
    let settled = false;
    const fallback = () => {
      if (!settled) resolve(computeMaps(topology));
      settled = true;
    };
    worker.once("message", (message: { maps?: PrecomputedMaps; error?: string }) => {
      if (message.maps && !settled) resolve(message.maps);
      else fallback();
      settled = true;
      void worker.terminate();
    });
    worker.once("error", fallback);
    worker.once("exit", fallback);
  });
}

/**
 * Maps on the area pages (global data `areaMaps`), and the check of each ward
 * file's neighbours against the boundaries. A content folder without the
 * boundaries file builds without maps.
 */
export default function mapsPlugin(eleventyConfig: UserConfig, options: MapsPluginOptions): void {
  let job: { topology: BoundaryTopology; maps: Promise<AreaMaps> } | undefined;
  const current = (): Promise<AreaMaps> | undefined => {
    const topology = readBoundaries(options.contentDir);
    if (!topology) return undefined;
    if (job?.topology !== topology) {
      job = { topology, maps: computeMapsOnThread(options.contentDir, topology).then((maps) => new AreaMaps(topology, maps)) };
    }
    return job.maps;
  };
  // Now, while Eleventy starts and reads the wards.
  void current();

  eleventyConfig.addWatchTarget(`${options.contentDir}/${BOUNDARIES_FILE}`);
  eleventyConfig.addGlobalData("areaMaps", () => current());

  // Not awaited: the wards go on to their pages while the maps finish.
  eleventyConfig.on(WARDS_LOADED_EVENT, (wards: readonly Ward[]) => {
    void current()?.then((maps) => warnNeighbours(maps, wards));
  });
  const warnNeighbours = (maps: AreaMaps, wards: readonly Ward[]) => {
    const warnings = neighbourWarnings(wards, maps, `${options.contentDir}/wards`).map(formatProblem);
    if (warnings.length === 0) return;
    const shown = warnings.slice(0, SHOWN_WARNINGS);
    if (warnings.length > SHOWN_WARNINGS) shown.push(`… and ${warnings.length - SHOWN_WARNINGS} more ward files whose neighbours differ`);
    console.warn(`[maps] ${shown.join("\n[maps] ")}`);
  };
}
