import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { site } from "./src/config/site.ts";
import cityPlugin from "./src/city/plugin.ts";
import crimePlugin from "./src/crime/plugin.ts";
import contentPlugin from "./src/content/plugin.ts";
import cssPlugin from "./src/css/plugin.ts";
import deployPlugin from "./src/deploy/plugin.ts";
import faqPlugin from "./src/faq/plugin.ts";
import jsxPlugin from "./src/jsx/plugin.ts";
import mapsPlugin from "./src/maps/plugin.ts";
import locatePlugin from "./src/locate/plugin.ts";
import markdownPlugin from "./src/markdown/plugin.ts";
import previewPlugin from "./src/preview/plugin.ts";
import postcodesPlugin from "./src/postcodes/plugin.ts";
import redirectsPlugin from "./src/redirects/plugin.ts";
import reportPlugin from "./src/report/plugin.ts";
import searchPlugin from "./src/search/plugin.ts";
import seoPlugin from "./src/seo/plugin.ts";
import { renderAuthoringPage } from "./src/health/page.ts";
import wardsPlugin from "./src/wards/plugin.ts";

/**
 * Thin on purpose: directories, and one plugin per concern. The logic lives
 * in src/, where it is unit-tested without Eleventy.
 *
 * SN_CONTENT_DIR points the build at another content folder (tests and
 * benchmarks build generated wards without touching content/).
 */
const contentDir = process.env.SN_CONTENT_DIR ?? "content";

export default function (eleventyConfig: UserConfig) {
  // Everything Eleventy reads is under the content folder; .gitignore lists build
  // scratch folders (.cache/) where tests keep copies of content to edit.
  eleventyConfig.setUseGitIgnore(false);
  // First: in the preview it checks the content before any other plugin reads it.
  eleventyConfig.addPlugin(previewPlugin, {
    contentDir,
    script: "assets/js/preview.ts",
    stylesheet: "assets/css/preview.css",
    authoringPage: renderAuthoringPage,
  });
  eleventyConfig.addPlugin(jsxPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(cssPlugin, { entry: "assets/css/main.css", outputSubdir: "assets" });
  eleventyConfig.addPlugin(contentPlugin, { contentDir });
  eleventyConfig.addPlugin(faqPlugin, { glob: `${contentDir}/faq/*.md` });
  eleventyConfig.addPlugin(reportPlugin, { glob: `${contentDir}/report/*.md` });
  eleventyConfig.addPlugin(mapsPlugin, { contentDir });
  eleventyConfig.addPlugin(wardsPlugin, { contentDir });
  eleventyConfig.addPlugin(crimePlugin, { contentDir });
  eleventyConfig.addPlugin(locatePlugin, { contentDir, script: "assets/js/find/locate-page.ts", outputSubdir: "assets" });
  eleventyConfig.addPlugin(searchPlugin, { script: "assets/js/search.ts", outputSubdir: "assets" });
  eleventyConfig.addPlugin(postcodesPlugin, { contentDir, script: "assets/js/find.ts", outputSubdir: "assets" });
  eleventyConfig.addPlugin(cityPlugin);
  eleventyConfig.addPlugin(seoPlugin, { favicon: "assets/favicon.svg" });
  eleventyConfig.addPlugin(redirectsPlugin, { wardCodes: "src/redirects/ward-codes.json" });
  eleventyConfig.addPlugin(deployPlugin);

  return {
    // The output folder is left to Eleventy's default (_site) so that --output and the API can change it.
    dir: { input: contentDir, layouts: path.relative(contentDir, "layouts") },
    // A subfolder deploy (PATH_PREFIX); the deploy plugin applies it to every URL in the HTML.
    pathPrefix: site.pathPrefix,
    // Authors write plain markdown: `{{` in their text must not be run as a template.
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
