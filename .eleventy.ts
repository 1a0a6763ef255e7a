import type UserConfig from "@11ty/eleventy/UserConfig";
import cssPlugin from "./src/css/plugin.ts";
import faqPlugin from "./src/faq/plugin.ts";
import jsxPlugin from "./src/jsx/plugin.ts";
import markdownPlugin from "./src/markdown/plugin.ts";
import searchPlugin from "./src/search/plugin.ts";

/**
 * Thin on purpose: directories, and one plugin per concern. The logic lives
 * in src/, where it is unit-tested without Eleventy.
 */
export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(jsxPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(cssPlugin, { entry: "assets/css/main.css", outputSubdir: "assets" });
  eleventyConfig.addPlugin(faqPlugin, { glob: "content/faq/*.md" });
  eleventyConfig.addPlugin(searchPlugin);

  return {
    dir: { input: "content", layouts: "../layouts", output: "_site" },
    // Authors write plain markdown: `{{` in their text must not be run as a template.
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
