import type UserConfig from "@11ty/eleventy/UserConfig";
import type { CollectionItem } from "../eleventy-types.ts";
import { buildGuideCollection } from "./collection.ts";
import { validateGuideFile } from "./load.ts";

export interface ReportPluginOptions {
  /** Glob of guide files, relative to the project root. */
  glob: string;
}

/** "Report a problem": one guide per problem, validated, as `collections.report`. */
export default function reportPlugin(eleventyConfig: UserConfig, options: ReportPluginOptions): void {
  eleventyConfig.addCollection("report", (collectionApi: { getFilteredByGlob(glob: string): CollectionItem[] }) =>
    buildGuideCollection(collectionApi.getFilteredByGlob(options.glob), validateGuideFile),
  );
}
