import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { CrimePage } from "../../layouts/crime.tsx";
import { renderToHtml } from "../jsx/render.ts";
import type { WardDirectory } from "../wards/directory.ts";
import { loadCrimeHistory, setCrimeHistory } from "./load.ts";

export interface CrimePluginOptions {
  /** The content folder; the history is read from `<contentDir>/crime/`. */
  contentDir: string;
}

export const CRIME_PAGE_URL = "/crime/";

/** Recorded crime: the committed history for the ward and borough sections, and the London page. */
export default function crimePlugin(eleventyConfig: UserConfig, options: CrimePluginOptions): void {
  const dir = path.join(options.contentDir, "crime");
  eleventyConfig.addWatchTarget(`${dir}/*.json`);
  eleventyConfig.on("eleventy.before", () => {
    setCrimeHistory(loadCrimeHistory(dir));
  });
  eleventyConfig.addTemplate("crime/index.11ty.js", {
    data: { permalink: CRIME_PAGE_URL },
    render: (data: { wardDirectory: WardDirectory; stylesheet: { href: string } }) =>
      renderToHtml(CrimePage({ directory: data.wardDirectory, stylesheetHref: data.stylesheet.href })),
  });
}
