import { rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type UserConfig from "@11ty/eleventy/UserConfig";
import wardsPlugin from "../../../src/wards/plugin.ts";
import type { Ward } from "../../../src/wards/schema.ts";
import { wardInput } from "../../support/wards.ts";
import { tempProject, writeWard } from "./helpers.ts";

/** Just enough of Eleventy's configuration API to drive the wards plugin through preview rebuilds. */
function fakeEleventy() {
  const handlers = new Map<string, ((...args: unknown[]) => unknown)[]>();
  const data = new Map<string, () => Promise<unknown>>();
  const config = {
    addWatchTarget: () => undefined,
    addTemplate: () => undefined,
    addGlobalData: (name: string, fn: () => Promise<unknown>) => data.set(name, fn),
    on: (event: string, fn: (...args: unknown[]) => unknown) => handlers.set(event, [...(handlers.get(event) ?? []), fn]),
    emit: async (event: string, ...args: unknown[]) => {
      for (const fn of handlers.get(event) ?? []) await fn(...args);
    },
  };
  const emit = config.emit;
  return {
    config: config as unknown as UserConfig,
    /** One preview rebuild after saving `changed`; `fails` stops it before Eleventy writes the pages, as a render error does. */
    async rebuild(changed: readonly string[] | undefined, { fails = false } = {}): Promise<string[]> {
      if (changed) await emit("eleventy.beforeWatch", changed);
      await emit("eleventy.before", { directories: { input: "content", output: "unused" }, runMode: "serve" });
      const pages = (await data.get("wardPages")?.()) as { wards: readonly Ward[] };
      if (!fails) await emit("eleventy.after", { results: [] });
      return pages.wards.map((ward) => ward.name).sort();
    },
  };
}

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("wards plugin in the preview", () => {
  it("renders again every ward added by a build that failed, at the next save of a ward file", async () => {
    root = tempProject();
    const contentDir = path.join(root, "content");
    writeWard(root, wardInput("E05000001", "Alpha"));
    const eleventy = fakeEleventy();
    wardsPlugin(eleventy.config, { contentDir, calendars: false });
    expect(await eleventy.rebuild(undefined)).toEqual(["Alpha"]);

    // An import adds wards while the preview runs; that build fails half way (as Eleventy did, with "reading 'engine'").
    const added = [writeWard(root, wardInput("E05000002", "Beta")), writeWard(root, wardInput("E05000003", "Gamma"))];
    await eleventy.rebuild(added.map((file) => path.join(root, file)), { fails: true });

    // The next save touches one ward file: the wards of the failed build must still be written.
    const delta = writeWard(root, wardInput("E05000004", "Delta"));
    expect(await eleventy.rebuild([path.join(root, delta)])).toEqual(["Beta", "Delta", "Gamma"]);
    // And once written, a save renders only what it changed.
    const epsilon = writeWard(root, wardInput("E05000005", "Epsilon"));
    expect(await eleventy.rebuild([path.join(root, epsilon)])).toEqual(["Epsilon"]);
  });

  it("renders every ward after a failed build that had changes other than ward files", async () => {
    root = tempProject();
    const contentDir = path.join(root, "content");
    writeWard(root, wardInput("E05000001", "Alpha"));
    writeWard(root, wardInput("E05000002", "Beta"));
    const eleventy = fakeEleventy();
    wardsPlugin(eleventy.config, { contentDir, calendars: false });
    await eleventy.rebuild(undefined);
    // A layout edit fails to build; the next save is a ward file, but every page still needs the layout.
    await eleventy.rebuild([path.join(root, "layouts/ward.tsx")], { fails: true });
    const gamma = writeWard(root, wardInput("E05000003", "Gamma"));
    expect(await eleventy.rebuild([path.join(root, gamma)])).toEqual(["Alpha", "Beta", "Gamma"]);
  });
});
