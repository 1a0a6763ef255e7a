import type UserConfig from "@11ty/eleventy/UserConfig";
import { createMarkdown } from "./markdown.ts";

export default function markdownPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.setLibrary("md", createMarkdown());
}
