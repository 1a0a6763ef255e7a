import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { FindLocationPage } from "../../layouts/find-location.tsx";
import type { EleventyEventArgs } from "../eleventy-types.ts";
import { renderToHtml } from "../jsx/render.ts";
import type { AreaMaps } from "../maps/area-maps.ts";
import type { BoroughShape } from "../maps/boundaries.ts";
import { wardUrl, type WardDirectory } from "../wards/directory.ts";
import { buildLocateData, LOCATE_DATA_DIR, type LocateData } from "./data.ts";
import { bundleLocateScript } from "./script.ts";

export interface LocatePluginOptions {
  /** TypeScript entry of the page's script. */
  script: string;
  /** Folder in the output, and URL path, for the script; it must be one level below the root (the script finds the data from it). */
  outputSubdir: string;
}

interface LocateTemplateData {
  readonly areaMaps?: AreaMaps | undefined;
  readonly wardDirectory: WardDirectory;
}

/**
 * Writes the data "Use my location" loads (src/locate/data.ts) as JSON files
 * under /find/boundaries/: an index, then one file per borough. They are
 * Eleventy templates so the preview rebuilds them, kept out of collections
 * (and so out of the sitemap).
 */
export default function locatePlugin(eleventyConfig: UserConfig, options: LocatePluginOptions): void {
  let outputDir = "";
  eleventyConfig.addWatchTarget(options.script);
  eleventyConfig.on("eleventy.before", ({ directories }: EleventyEventArgs) => {
    outputDir = directories.output;
    built = undefined;
  });
  // Bundled while Eleventy gathers data, not in eleventy.before: the search plugin bundles its script
  // there and then stops esbuild's service, which would end a bundle of ours still running.
  eleventyConfig.addGlobalData("locateScript", async () => {
    const script = await bundleLocateScript(options.script);
    const outDir = path.join(outputDir, options.outputSubdir);
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, script.fileName), script.code);
    return { href: `/${options.outputSubdir}/${script.fileName}` };
  });
  eleventyConfig.addTemplate("find/location.11ty.js", {
    data: { permalink: (data: LocateTemplateData) => (data.areaMaps ? "/find/location/" : false) },
    render: (data: { stylesheet: { href: string }; locateScript: { href: string } }) =>
      renderToHtml(FindLocationPage({ stylesheetHref: data.stylesheet.href, scriptHref: data.locateScript.href })),
  });

  // Once per build: Eleventy gives each template its own copy of wardDirectory, so that cannot be the key.
  let built: { maps: AreaMaps; data: LocateData } | undefined;
  const dataFor = (data: LocateTemplateData): LocateData | undefined => {
    const maps = data.areaMaps;
    if (!maps) return undefined;
    if (built?.maps !== maps) {
      const directory = data.wardDirectory;
      const located = buildLocateData(maps.topology, (code) => {
        const ward = directory.byCode(code);
        return ward ? wardUrl(ward) : undefined;
      });
      built = { maps, data: located };
    }
    return built.data;
  };

  eleventyConfig.addTemplate(`${LOCATE_DATA_DIR}/index.11ty.js`, {
    data: { permalink: (data: LocateTemplateData) => (data.areaMaps ? `/${LOCATE_DATA_DIR}/index.json` : false), eleventyExcludeFromCollections: true },
    render: (data: LocateTemplateData) => JSON.stringify(dataFor(data)?.index ?? {}),
  });
  eleventyConfig.addTemplate(`${LOCATE_DATA_DIR}/borough.11ty.js`, {
    data: {
      // Through areaMapsBoroughs, which is empty in a site without boundaries (areaMaps is then undefined).
      pagination: { data: "areaMapsBoroughs", size: 1, alias: "geometry" },
      permalink: (data: { geometry: BoroughShape }) => `/${LOCATE_DATA_DIR}/${data.geometry.id}.json`,
      eleventyExcludeFromCollections: true,
    },
    render: (data: LocateTemplateData & { geometry: BoroughShape }) => JSON.stringify(dataFor(data)?.boroughs.get(data.geometry.id) ?? {}),
  });
}
