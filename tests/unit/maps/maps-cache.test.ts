import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { mapsCacheKey, readCachedInputs, readCachedMaps, writeCachedMaps } from "../../../src/maps/maps-cache.ts";
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

describe("the maps cache's key", () => {
  it("changes with the boundaries, with any input file's content, and with the list of inputs", () => {
    const dir = tempDir();
    const [a, b] = [path.join(dir, "a.ts"), path.join(dir, "b.ts")];
    writeFileSync(a, "export const a = 1;");
    writeFileSync(b, "export const b = 1;");
    const key = mapsCacheKey(Buffer.from("boundaries"), [a, b]);
    expect(key).toMatch(/^[0-9a-f]{20}$/);
    expect(mapsCacheKey(Buffer.from("boundaries"), [b, a])).toBe(key);
    expect(mapsCacheKey(Buffer.from("boundaries!"), [a, b])).not.toBe(key);
    expect(mapsCacheKey(Buffer.from("boundaries"), [a])).not.toBe(key);
    writeFileSync(b, "export const b = 2;");
    expect(mapsCacheKey(Buffer.from("boundaries"), [a, b])).not.toBe(key);
  });

  it("is undefined when an input is gone, so the maps are drawn again", () => {
    expect(mapsCacheKey(Buffer.from("boundaries"), [path.join(tempDir(), "gone.ts")])).toBeUndefined();
  });
});

describe("the maps cache", () => {
  it("gives back the maps stored under the same key, and the inputs they were drawn by; nothing under another key", () => {
    const dir = tempDir();
    writeCachedMaps(dir, "aaa", ["src/maps/svg.ts"], maps);
    expect(readCachedMaps(dir, "aaa")).toEqual(maps);
    expect(readCachedInputs(dir)).toEqual(["src/maps/svg.ts"]);
    expect(readCachedMaps(dir, "bbb")).toBeUndefined();
  });

  it("keeps only the latest key's maps", () => {
    const dir = tempDir();
    writeCachedMaps(dir, "aaa", [], maps);
    writeCachedMaps(dir, "bbb", [], maps);
    expect(readdirSync(dir).sort()).toEqual(["inputs.json", "maps-bbb.json"]);
  });

  it("treats a damaged or missing file as none, so the maps are drawn again", () => {
    const dir = tempDir();
    expect(readCachedInputs(dir)).toBeUndefined();
    writeFileSync(path.join(dir, "maps-aaa.json"), '{"wards": [');
    expect(readCachedMaps(dir, "aaa")).toBeUndefined();
    writeFileSync(path.join(dir, "maps-aaa.json"), "{}");
    expect(readCachedMaps(dir, "aaa")).toBeUndefined();
    writeFileSync(path.join(dir, "inputs.json"), '{"inputs": [1]}');
    expect(readCachedInputs(dir)).toBeUndefined();
  });
});
