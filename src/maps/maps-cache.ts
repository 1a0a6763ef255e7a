import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PrecomputedMaps } from "./compute.ts";

/*
 * The maps take about half a second of a core to draw, and depend only on the
 * boundaries file and the code that draws them. They are kept between builds
 * under .cache/ (as Eleventy's own caches are), with the list of source files
 * the drawing code was bundled from, and keyed by a hash of the boundaries and
 * of every one of those files. A build reads the list, hashes the files and,
 * when a drawing is stored under that key, uses it without bundling or
 * drawing anything. A change to any of the files, or to the boundaries, makes
 * another key (a new import is a change to a file already listed), and the
 * maps are drawn again.
 */

interface CacheIndex {
  /** The files the drawing code was bundled from (esbuild's metafile inputs), relative to the working folder. */
  readonly inputs: readonly string[];
}

/** A hash of the boundaries and of each input file; undefined if any of them cannot be read. */
export function mapsCacheKey(boundaries: Buffer, inputs: readonly string[]): string | undefined {
  const hash = createHash("sha256").update(boundaries);
  try {
    for (const input of [...inputs].sort()) hash.update("\0").update(input).update("\0").update(readFileSync(input));
  } catch {
    return undefined;
  }
  return hash.digest("hex").slice(0, 20);
}

const indexFile = (dir: string) => path.join(dir, "inputs.json");
const mapsFile = (dir: string, key: string) => path.join(dir, `maps-${key}.json`);

/** The inputs of the drawing code last bundled, or none. */
export function readCachedInputs(dir: string): readonly string[] | undefined {
  try {
    const index = JSON.parse(readFileSync(indexFile(dir), "utf8")) as CacheIndex;
    return Array.isArray(index.inputs) && index.inputs.every((input) => typeof input === "string") ? index.inputs : undefined;
  } catch {
    return undefined;
  }
}

/** The maps stored under this key, or undefined (none yet, or unreadable: then they are drawn again). */
export function readCachedMaps(dir: string, key: string): PrecomputedMaps | undefined {
  try {
    const maps = JSON.parse(readFileSync(mapsFile(dir, key), "utf8")) as PrecomputedMaps;
    if (!Array.isArray(maps.wards) || !Array.isArray(maps.boroughs)) return undefined;
    // JSON has no undefined: a borough without a map comes back as null.
    return { ...maps, boroughs: maps.boroughs.map(([code, model]) => [code, model ?? undefined] as const) };
  } catch {
    return undefined;
  }
}

/** Store the maps and the inputs they were drawn by, replacing what was stored before. A cache that cannot be written is only slower. */
export function writeCachedMaps(dir: string, key: string, inputs: readonly string[], maps: PrecomputedMaps): void {
  try {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) if (/^maps-[0-9a-f]+\.json$/.test(name) && name !== `maps-${key}.json`) rmSync(path.join(dir, name), { force: true });
    // Each written whole, then renamed: a build that stops half-way never leaves half a file to read.
    const write = (file: string, text: string) => {
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, file);
    };
    write(mapsFile(dir, key), JSON.stringify(maps));
    write(indexFile(dir), JSON.stringify({ inputs } satisfies CacheIndex));
  } catch {
    // Nothing to do: the next build draws the maps again.
  }
}
