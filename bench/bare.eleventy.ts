import { readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildTime } from "../src/config/site.ts";
import faqPlugin from "../src/faq/plugin.ts";
import jsxPlugin from "../src/jsx/plugin.ts";
import markdownPlugin from "../src/markdown/plugin.ts";
import type { Ward } from "../src/wards/schema.ts";
import wardsPlugin from "../src/wards/plugin.ts";

/**
 * The benchmark's baseline: the same HTML pages through the same TSX layouts
 * and markdown renderer, with none of our own work around them. No CSS bundle
 * (a fixed stylesheet address), no search script or Pagefind index, no ward
 * YAML parsing or validation (the wards come from SN_BENCH_WARDS_JSON, written
 * by the harness from an earlier validated load), no calendar files.
 * The difference between this and the production build is our overhead.
 */
const contentDir = process.env.SN_CONTENT_DIR ?? "content";
const wardsJson = process.env.SN_BENCH_WARDS_JSON;

export default function (eleventyConfig: UserConfig) {
  if (!wardsJson || !process.env.SN_NOW) throw new Error("bench/bare.eleventy.ts needs SN_BENCH_WARDS_JSON and SN_NOW (set by bench/run.ts)");
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addGlobalData("stylesheet", () => ({ href: "/assets/main.css" }));
  eleventyConfig.addGlobalData("searchScript", () => ({ href: "/assets/search.js" }));
  eleventyConfig.addPlugin(jsxPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(faqPlugin, { glob: `${contentDir}/faq/*.md` });
  eleventyConfig.addPlugin(wardsPlugin, {
    contentDir,
    now: () => buildTime(),
    wards: () => JSON.parse(readFileSync(wardsJson, "utf8")) as Ward[],
    calendars: false,
  });
  return {
    dir: { input: contentDir, layouts: path.relative(contentDir, "layouts") },
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
