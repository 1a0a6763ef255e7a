import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { PostcodeDistrictPage, PostcodeDistrictsPage, districtUrl, type PostcodeDistrict } from "../../layouts/postcode-districts.tsx";
import { sitePath } from "../config/site.ts";
import { ContentValidationError } from "../content/problems.ts";
import type { EleventyEventArgs } from "../eleventy-types.ts";
import { onlyMarkdownPagesChanged } from "../preview/changes.ts";
import { PARTIAL_RENDER_EVENT } from "../preview/events.ts";
import { previewGate } from "../preview/state.ts";
import { renderToHtml } from "../jsx/render.ts";
import type { WardDirectory } from "../wards/directory.ts";
import { loadPostcodeData, type PostcodeData } from "./load.ts";
import { checkPostcodeWards, districtAreas, lookupFile } from "./lookup-file.ts";
import { placeFinder } from "./places.ts";
import { bundleFindScript } from "./script.ts";

export interface PostcodesPluginOptions {
  contentDir: string;
  /** TypeScript entry of the find page's script. */
  script: string;
  /** Folder in the output, and URL path, for the script. */
  outputSubdir: string;
}

/** Where the lookup files go in the output: /data/postcodes/NW1.json. */
export const POSTCODE_DATA_PATH = "/data/postcodes/";

interface PageData {
  readonly wardDirectory: WardDirectory;
  readonly stylesheet: { readonly href: string };
}

/**
 * The postcode lookup: the find page's script, one lookup file per postcode
 * district for it to fetch, and the district pages that do the same job
 * without JavaScript. Everything comes from content/postcodes/ (written by
 * npm run import:postcodes) and the ward files; a content folder without
 * postcode data builds without any of it.
 */
export default function postcodesPlugin(eleventyConfig: UserConfig, options: PostcodesPluginOptions): void {
  let data: PostcodeData | undefined;
  let districts: PostcodeDistrict[] = [];
  let script: { href: string; dataBase: string } | undefined;
  const checked = new WeakSet<WardDirectory>();

  eleventyConfig.addWatchTarget(`${options.contentDir}/postcodes/*.json`);
  eleventyConfig.addWatchTarget(options.script);
  eleventyConfig.addWatchTarget("assets/js/find/");

  let outputDir = "";
  /** This build's lookup files, written when the district index renders (the ward directory is known by then). */
  let written: Promise<void> | undefined;
  // In the preview, a save that touched only markdown pages leaves the district pages, lookup files and script
  // as the last full build wrote them: rendering 300-odd unchanged pages again would double the time to reload.
  let onlyMarkdownSaved = false;
  let fullRenderOwed = true;
  let reused = false;
  eleventyConfig.on("eleventy.beforeWatch", (changed: readonly string[]) => {
    onlyMarkdownSaved = onlyMarkdownPagesChanged(changed, options.contentDir);
    if (!onlyMarkdownSaved) fullRenderOwed = true;
  });
  eleventyConfig.on("eleventy.before", async ({ directories }: EleventyEventArgs) => {
    outputDir = directories.output;
    written = undefined;
    reused = onlyMarkdownSaved && !fullRenderOwed && data !== undefined;
    if (reused) return;
    data = loadPostcodeData(options.contentDir);
    districts = data ? [...data.districts].map(([outward, district]) => ({ outward, areas: districtAreas(district) })) : [];
    script = undefined;
    if (!data) return;
    const bundle = bundleFindScript(options.script, data.index.districts);
    const outDir = path.join(directories.output, options.outputSubdir);
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, bundle.fileName), bundle.code);
    script = { href: `/${options.outputSubdir}/${bundle.fileName}`, dataBase: sitePath(POSTCODE_DATA_PATH) };
  });

  eleventyConfig.addGlobalData("findScript", () => script);
  // For the team's bases on ward maps (src/wards/pages.ts).
  // Reads `data` when a page asks, so it is this build's whenever the global data is gathered.
  eleventyConfig.addGlobalData("postcodePlaces", () => placeFinder((outward) => data?.districts.get(outward)));
  eleventyConfig.addGlobalData("postcodeDistricts", () => districts);
  eleventyConfig.addGlobalData("postcodeDistrictPages", async () => {
    if (!reused) return districts;
    await eleventyConfig.emit(PARTIAL_RENDER_EVENT);
    return [];
  });
  eleventyConfig.on("eleventy.after", () => {
    if (!reused && !previewGate.blocked) fullRenderOwed = false;
  });

  /** Every ward the postcode data names must have a file: one removed since the import stops the build, naming it. */
  const checkedData = (directory: WardDirectory): PostcodeData => {
    if (!data) throw new Error("postcode pages were rendered without postcode data");
    if (!checked.has(directory)) {
      const problems = checkPostcodeWards(data, directory, `${options.contentDir}/postcodes`);
      if (problems.length > 0) throw new ContentValidationError(problems);
      checked.add(directory);
    }
    return data;
  };

  eleventyConfig.addTemplate("areas/postcodes/index.11ty.js", {
    data: { permalink: (d: { postcodeDistrictPages: readonly PostcodeDistrict[] }) => (d.postcodeDistrictPages.length > 0 ? "/areas/postcodes/" : false) },
    render: async (d: PageData & { postcodeDistricts: readonly PostcodeDistrict[]; postcodeDistrictPages: readonly PostcodeDistrict[] }) => {
      // Eleventy still renders a template whose permalink is false; without postcode data, or pages to write, there is nothing to do.
      if (!data || d.postcodeDistrictPages.length === 0) return "";
      await writeLookupFiles(d.wardDirectory);
      return renderToHtml(PostcodeDistrictsPage({ districts: d.postcodeDistricts, stylesheetHref: d.stylesheet.href }));
    },
  });

  eleventyConfig.addTemplate("areas/postcodes/district.11ty.js", {
    data: {
      pagination: { data: "postcodeDistrictPages", size: 1, alias: "district", addAllPagesToCollections: true },
      permalink: (d: { district: PostcodeDistrict }) => districtUrl(d.district.outward),
    },
    render: (d: PageData & { district: PostcodeDistrict }) => {
      checkedData(d.wardDirectory);
      return renderToHtml(PostcodeDistrictPage({ district: d.district, directory: d.wardDirectory, stylesheetHref: d.stylesheet.href }));
    },
  });

  // The lookup files are data, not pages: written straight to the output, once the ward directory is known,
  // rather than as 300-odd Eleventy templates, which cost about 3 ms each for nothing they need.
  eleventyConfig.on("eleventy.after", async () => {
    await written;
  });
  const writeLookupFiles = (directory: WardDirectory) => {
    const checkedLookups = checkedData(directory);
    const dir = path.join(outputDir, POSTCODE_DATA_PATH);
    return (written ??= (async () => {
      await mkdir(dir, { recursive: true });
      await Promise.all(
        [...checkedLookups.districts].map(([outward, lookup]) => writeFile(path.join(dir, `${outward}.json`), JSON.stringify(lookupFile(lookup, directory)))),
      );
    })());
  };
}
