import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatProblem } from "../content/problems.ts";
import type { Ward } from "../wards/schema.ts";
import { AreaMaps } from "./area-maps.ts";
import { BOUNDARIES_FILE, readBoundaries } from "./boundaries.ts";
import { neighbourWarnings, WARDS_LOADED_EVENT } from "./neighbours.ts";

export interface MapsPluginOptions {
  /** The content folder; boundaries are read from `<contentDir>/boundaries/london.topo.json`. */
  contentDir: string;
}

/** Warnings shown in full; beyond this many files, the rest are counted. */
const SHOWN_WARNINGS = 20;

/**
 * Maps on the area pages (global data `areaMaps`), and the check of each ward
 * file's neighbours against the boundaries. A content folder without the
 * boundaries file builds without maps.
 */
export default function mapsPlugin(eleventyConfig: UserConfig, options: MapsPluginOptions): void {
  let maps: AreaMaps | undefined;
  const current = (): AreaMaps | undefined => {
    const topology = readBoundaries(options.contentDir);
    if (!topology) return undefined;
    if (maps?.topology !== topology) maps = new AreaMaps(topology);
    return maps;
  };
  eleventyConfig.addWatchTarget(`${options.contentDir}/${BOUNDARIES_FILE}`);
  eleventyConfig.addGlobalData("areaMaps", () => current());
  eleventyConfig.addGlobalData("areaMapsBoroughs", () => current()?.topology.objects.boroughs.geometries ?? []);

  eleventyConfig.on(WARDS_LOADED_EVENT, (wards: readonly Ward[]) => {
    const geography = current()?.geography;
    if (!geography) return;
    const warnings = neighbourWarnings(wards, geography, `${options.contentDir}/wards`).map(formatProblem);
    if (warnings.length === 0) return;
    const shown = warnings.slice(0, SHOWN_WARNINGS);
    if (warnings.length > SHOWN_WARNINGS) shown.push(`… and ${warnings.length - SHOWN_WARNINGS} more ward files whose neighbours differ`);
    console.warn(`[maps] ${shown.join("\n[maps] ")}`);
  });
}
