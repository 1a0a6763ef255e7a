import type UserConfig from "@11ty/eleventy/UserConfig";
import { checkPages } from "./pages.ts";
import { ContentValidationError } from "./problems.ts";

export interface ContentPluginOptions {
  /** The content folder, whose markdown pages are checked before each build. */
  contentDir: string;
}

/** Stop the build, before anything is written, if a markdown page's front matter is wrong. */
export default function contentPlugin(eleventyConfig: UserConfig, options: ContentPluginOptions): void {
  eleventyConfig.on("eleventy.before", () => {
    const problems = checkPages(options.contentDir);
    if (problems.length > 0) throw new ContentValidationError(problems);
  });
}
