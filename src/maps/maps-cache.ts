import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PrecomputedMaps } from "./compute.ts";

/*
 * The maps take about half a second of a core to draw, and depend only on the
 * boundaries file and the code that draws them. Kept between builds under
 * .cache/ (as Eleventy's own caches are), keyed by a hash of both, so that a
 * build whose boundaries and map code are unchanged reads them back instead:
 * any change to either makes a new key, and the old file is removed.
 */

export function mapsCacheKey(parts: readonly (string | Buffer)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex").slice(0, 20);
}

const fileOf = (dir: string, key: string) => path.join(dir, `maps-${key}.json`);

/** The maps stored under this key, or undefined (none yet, or unreadable: then they are drawn again). */
export function readCachedMaps(dir: string, key: string): PrecomputedMaps | undefined {
  try {
    const maps = JSON.parse(readFileSync(fileOf(dir, key), "utf8")) as PrecomputedMaps;
    if (!Array.isArray(maps.wards) || !Array.isArray(maps.boroughs)) return undefined;
    // JSON has no undefined: a borough without a map comes back as null.
    return { ...maps, boroughs: maps.boroughs.map(([code, model]) => [code, model ?? undefined] as const) };
  } catch {
    return undefined;
  }
}

/** Store the maps under this key, replacing any stored under another. A cache that cannot be written is only slower. */
export function writeCachedMaps(dir: string, key: string, maps: PrecomputedMaps): void {
  try {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) if (/^maps-[0-9a-f]+\.json/.test(name) && name !== `maps-${key}.json`) rmSync(path.join(dir, name));
    // Written whole then renamed, so a build that stops half-way never leaves half a file to read.
    const temporary = `${fileOf(dir, key)}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(maps));
    renameSync(temporary, fileOf(dir, key));
  } catch {
    // Nothing to do: the next build draws the maps again.
  }
}
