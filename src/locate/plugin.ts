import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { FindLocationPage } from "../../layouts/find-location.tsx";
import type { EleventyEventArgs } from "../eleventy-types.ts";
import { renderToHtml } from "../jsx/render.ts";
import { readBoundaries } from "../maps/boundaries.ts";
import { WARDS_LOADED_EVENT } from "../maps/neighbours.ts";
import { wardCodeKey } from "../wards/codes.ts";
import { wardUrl } from "../wards/directory.ts";
import type { Ward } from "../wards/schema.ts";
import { buildLocateData, LOCATE_DATA_DIR } from "./data.ts";
import { bundlePageScript } from "../assets/page-script.ts";

export interface LocatePluginOptions {
  /** The content folder, whose committed boundaries the data is cut from. */
  contentDir: string;
  /** TypeScript entry of the page's script. */
  script: string;
  /** Folder in the output, and URL path, for the script; it must be one level below the root (the script finds the data from it). */
  outputSubdir: string;
}

/**
 * "Use my location": its page, /find/location/, the page's script, and the
 * data it loads (src/locate/data.ts) as JSON files under /find/boundaries/,
 * an index, then one file per borough. The files are written straight from
 * the data as soon as the wards are loaded, not as Eleventy templates, which
 * would add Eleventy's per-page work to each of them (as for calendars).
 */
export default function locatePlugin(eleventyConfig: UserConfig, options: LocatePluginOptions): void {
  let outputDir = "";
  let written: Promise<unknown> | undefined;
  eleventyConfig.addWatchTarget(options.script);
  eleventyConfig.on("eleventy.before", ({ directories }: EleventyEventArgs) => {
    outputDir = directories.output;
    written = undefined;
  });
  // Bundled while Eleventy gathers data, not in eleventy.before: the search plugin bundles its script
  // there and then stops esbuild's service, which would end a bundle of ours still running.
  eleventyConfig.addGlobalData("locateScript", async () => {
    const script = await bundlePageScript("locate", options.script);
    const outDir = path.join(outputDir, options.outputSubdir);
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, script.fileName), script.code);
    return { href: `/${options.outputSubdir}/${script.fileName}` };
  });
  eleventyConfig.addGlobalData("hasBoundaries", () => readBoundaries(options.contentDir) !== undefined);
  eleventyConfig.addTemplate("find/location.11ty.js", {
    data: { permalink: (data: { hasBoundaries: boolean }) => (data.hasBoundaries ? "/find/location/" : false) },
    render: (data: { stylesheet: { href: string }; locateScript: { href: string } }) =>
      renderToHtml(FindLocationPage({ stylesheetHref: data.stylesheet.href, scriptHref: data.locateScript.href })),
  });

  eleventyConfig.on(WARDS_LOADED_EVENT, (wards: readonly Ward[]) => {
    const boundaries = readBoundaries(options.contentDir);
    if (!boundaries) return;
    const pages = new Map(wards.map((ward) => [wardCodeKey(ward.id), wardUrl(ward)]));
    const data = buildLocateData(boundaries, (code) => pages.get(code));
    const dir = path.join(outputDir, LOCATE_DATA_DIR);
    written = mkdir(dir, { recursive: true }).then(() =>
      Promise.all([
        writeFile(path.join(dir, "index.json"), JSON.stringify(data.index)),
        ...[...data.boroughs].map(([code, topology]) => writeFile(path.join(dir, `${code}.json`), JSON.stringify(topology))),
      ]),
    );
  });
  eleventyConfig.on("eleventy.after", async () => {
    await written;
  });
}
