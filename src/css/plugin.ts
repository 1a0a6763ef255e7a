import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { bundleCss } from "./bundle.ts";
import type { EleventyEventArgs } from "../eleventy-types.ts";

export interface CssPluginOptions {
  /** The stylesheet that @imports every other one. */
  entry: string;
  /** Folder in the output, and URL path, for the bundle. */
  outputSubdir: string;
}

/**
 * Builds the CSS bundle before each build (so --serve picks up CSS edits) and
 * exposes its hashed URL to layouts as the global `stylesheet`.
 */
export default function cssPlugin(eleventyConfig: UserConfig, options: CssPluginOptions): void {
  let href = "";
  eleventyConfig.addWatchTarget(path.dirname(options.entry));
  eleventyConfig.addGlobalData("stylesheet", () => ({ href }));
  eleventyConfig.on("eleventy.before", async ({ directories }: EleventyEventArgs) => {
    const css = bundleCss(options.entry);
    const outDir = path.join(directories.output, options.outputSubdir);
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, css.fileName), css.code);
    href = `/${options.outputSubdir}/${css.fileName}`;
  });
}
