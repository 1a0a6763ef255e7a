import type UserConfig from "@11ty/eleventy/UserConfig";
import { AreasPage } from "../../layouts/areas.tsx";
import { BoroughPage } from "../../layouts/borough.tsx";
import { WardPage } from "../../layouts/ward.tsx";
import { site } from "../config/site.ts";
import { renderToHtml } from "../jsx/render.ts";
import { wardCalendar } from "./calendar.ts";
import { boroughUrl, buildDirectory, wardCalendarUrl, wardUrl, type BoroughEntry, type WardDirectory } from "./directory.ts";
import { createWardLoader, formatWarnings, wardsOrThrow } from "./load.ts";
import type { Ward } from "./schema.ts";

export interface WardsPluginOptions {
  /** The content folder; wards are read from `<contentDir>/wards/`. */
  contentDir: string;
  /** Build time, which decides which events are still upcoming. */
  now?: () => Date;
}

interface AreaPageData {
  readonly wardDirectory: WardDirectory;
  readonly stylesheet: { readonly href: string };
}

/**
 * Ward data is read and validated here, not by Eleventy's data cascade, so an
 * author's mistakes are reported all at once with file, line and field, and
 * so that a preview rebuild re-parses only the ward files that changed.
 */
export default function wardsPlugin(eleventyConfig: UserConfig, options: WardsPluginOptions): void {
  const loader = createWardLoader(options.contentDir);
  const now = options.now ?? (() => new Date());
  eleventyConfig.addWatchTarget(`${options.contentDir}/wards/**/*.yaml`);

  eleventyConfig.addGlobalData("wardDirectory", () => {
    const result = loader.load();
    const wards = wardsOrThrow(result);
    const warnings = formatWarnings(result.warnings);
    if (warnings) console.warn(`[wards] ${warnings}`);
    return buildDirectory(wards, now());
  });

  eleventyConfig.addTemplate("areas/index.11ty.js", {
    data: { permalink: "/areas/" },
    render: (data: AreaPageData) =>
      renderToHtml(AreasPage({ directory: data.wardDirectory, stylesheetHref: data.stylesheet.href })),
  });

  eleventyConfig.addTemplate("areas/borough.11ty.js", {
    data: {
      pagination: { data: "wardDirectory.boroughs", size: 1, alias: "entry" },
      permalink: (data: { entry: BoroughEntry }) => boroughUrl(data.entry.borough),
    },
    render: (data: AreaPageData & { entry: BoroughEntry }) =>
      renderToHtml(BoroughPage({ entry: data.entry, stylesheetHref: data.stylesheet.href })),
  });

  eleventyConfig.addTemplate("areas/ward.11ty.js", {
    data: {
      pagination: { data: "wardDirectory.wards", size: 1, alias: "ward" },
      permalink: (data: { ward: Ward }) => wardUrl(data.ward),
    },
    render: (data: AreaPageData & { ward: Ward }) =>
      renderToHtml(WardPage({ ward: data.ward, directory: data.wardDirectory, stylesheetHref: data.stylesheet.href })),
  });

  eleventyConfig.addTemplate("areas/ward-calendar.11ty.js", {
    data: {
      pagination: { data: "wardDirectory.wardsWithEvents", size: 1, alias: "ward" },
      permalink: (data: { ward: Ward }) => wardCalendarUrl(data.ward),
    },
    render: (data: AreaPageData & { ward: Ward }) =>
      wardCalendar(data.ward, data.wardDirectory.upcomingEvents(data.ward), site.url),
  });
}
