import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { mapsCacheKey, readCachedMaps, writeCachedMaps } from "../../../src/maps/maps-cache.ts";
import type { PrecomputedMaps } from "../../../src/maps/compute.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sn-maps-cache-"));
  dirs.push(dir);
  return dir;
};
const maps: PrecomputedMaps = { wards: [["E05000001", { name: "Alpha", borough: "E09000007", neighbours: [] }]], boroughs: [["E09000007", undefined]] };

describe("the maps cache", () => {
  it("changes its key with any of its parts", () => {
    const key = mapsCacheKey(["code", Buffer.from("boundaries")]);
    expect(mapsCacheKey(["code", Buffer.from("boundaries")])).toBe(key);
    expect(mapsCacheKey(["code!", Buffer.from("boundaries")])).not.toBe(key);
    expect(mapsCacheKey(["code", Buffer.from("boundaries!")])).not.toBe(key);
    expect(mapsCacheKey(["cod", Buffer.from("eboundaries")])).not.toBe(key);
  });

  it("gives back what was stored under the same key, and nothing under another", () => {
    const dir = tempDir();
    writeCachedMaps(dir, "aaa", maps);
    expect(readCachedMaps(dir, "aaa")).toEqual(maps);
    expect(readCachedMaps(dir, "bbb")).toBeUndefined();
  });

  it("keeps only the latest key's file", () => {
    const dir = tempDir();
    writeCachedMaps(dir, "aaa", maps);
    writeCachedMaps(dir, "bbb", maps);
    expect(readdirSync(dir)).toEqual(["maps-bbb.json"]);
  });

  it("treats a damaged file as no file, so the maps are drawn again", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "maps-aaa.json"), '{"wards": [');
    expect(readCachedMaps(dir, "aaa")).toBeUndefined();
    writeFileSync(path.join(dir, "maps-aaa.json"), "{}");
    expect(readCachedMaps(dir, "aaa")).toBeUndefined();
  });
});
