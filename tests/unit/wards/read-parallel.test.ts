import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { FileOutcome } from "../../../src/wards/files.ts";
import { createWardLoader } from "../../../src/wards/load.ts";
import { runReadWorker } from "../../../src/wards/read-parallel.ts";
import { generateWardFiles, syntheticWardList } from "../../../src/wards/generate.ts";
import { tempProject } from "./helpers.ts";

const root = tempProject();
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("loadAsync on two threads", () => {
  it("gives the same wards and problems as load(), in the same order, frozen", async () => {
    const contentDir = path.join(root, "content");
    generateWardFiles(syntheticWardList(60), contentDir, { now: new Date("2026-11-26T12:00:00Z") });
    const sync = createWardLoader(contentDir, { root }).load();
    // A threshold of 1 starts the worker thread even for this small set.
    const parallel = await createWardLoader(contentDir, { root, parallelFrom: 1 }).loadAsync();
    expect(parallel.wards).toHaveLength(60);
    expect(parallel.wards).toEqual(sync.wards);
    expect(parallel.problems).toEqual(sync.problems);
    expect(parallel.warnings).toEqual(sync.warnings);
    expect(parallel.wards.every((ward) => Object.isFrozen(ward) && Object.isFrozen(ward.team))).toBe(true);
  });
});

describe("runReadWorker", () => {
  it("reads the chunks it claims from the shared counter, and leaves the ones already claimed", () => {
    const contentDir = path.join(root, "content");
    const files = createWardLoader(contentDir, { root })
      .load()
      .wards.map((ward) => path.join(contentDir, "wards", ward.borough.slug, `${ward.slug}.yaml`))
      .map((absolute) => ({ absolute, shown: path.relative(root, absolute) }));
    const counter = new Int32Array(new SharedArrayBuffer(4));
    counter[0] = 20; // the main thread has already taken the first 20
    const messages: { start: number; outcomes: FileOutcome[] }[] = [];
    runReadWorker({ files, counter: counter.buffer as SharedArrayBuffer, chunk: 15 }, (m) => messages.push(m as (typeof messages)[number]));
    expect(messages.map((m) => m.start)).toEqual([20, 35, 50]);
    expect(messages.flatMap((m) => m.outcomes)).toHaveLength(40);
    expect(messages[0]?.outcomes[0]?.entry?.file).toBe(files[20]?.shown);
  });
});
