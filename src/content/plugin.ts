import type UserConfig from "@11ty/eleventy/UserConfig";
import type { EleventyEventArgs } from "../eleventy-types.ts";
import { checkPages } from "./pages.ts";
import { ContentValidationError } from "./problems.ts";

export interface ContentPluginOptions {
  /** The content folder, whose markdown pages are checked before each build. */
  contentDir: string;
}

/** Stop the build, before anything is written, if a markdown page's front matter is wrong. */
export default function contentPlugin(eleventyConfig: UserConfig, options: ContentPluginOptions): void {
  eleventyConfig.on("eleventy.before", ({ runMode }: EleventyEventArgs) => {
    // The preview checks every content file itself, and shows problems instead of stopping.
    if (runMode !== "build") return;
    const problems = checkPages(options.contentDir);
    if (problems.length > 0) throw new ContentValidationError(problems);
  });
}
