import type UserConfig from "@11ty/eleventy/UserConfig";
import { AreasPage } from "../../layouts/areas.tsx";
import { BoroughPage } from "../../layouts/borough.tsx";
import { WardPage } from "../../layouts/ward.tsx";
import { renderToHtml } from "../jsx/render.ts";
import type { AreaMaps } from "../maps/area-maps.ts";
import type { PlaceFinder } from "../postcodes/places.ts";
import { guideLinks, type GuideItem } from "../report/collection.ts";
import { boroughUrl, wardUrl, type BoroughEntry, type WardDirectory } from "./directory.ts";
import type { Ward } from "./schema.ts";

interface AreaPageData {
  readonly wardDirectory: WardDirectory;
  readonly stylesheet: { readonly href: string };
  /** The maps plugin's boundaries; undefined in a site without them. */
  readonly areaMaps?: AreaMaps | undefined;
  /** The postcodes plugin's: where a postcode is, for the bases on ward maps; undefined without postcode data. */
  readonly postcodePlaces?: PlaceFinder | undefined;
  /** "Report a problem" guides (src/report/plugin.ts), which ward priorities link to. */
  readonly collections?: { readonly report?: readonly GuideItem[] };
}

/**
 * The pages made from ward data: the A to Z of areas, one page per borough and
 * one per ward. They read the global data the wards plugin adds:
 * `wardDirectory` (every ward) and `wardPages` (the wards this build renders).
 */
export function addAreaPages(eleventyConfig: UserConfig): void {
  eleventyConfig.addTemplate("areas/index.11ty.js", {
    data: { permalink: "/areas/" },
    render: (data: AreaPageData) =>
      renderToHtml(AreasPage({ directory: data.wardDirectory, stylesheetHref: data.stylesheet.href, maps: data.areaMaps })),
  });

  // Every borough and ward page goes into collections.all, which the sitemap lists (not just each template's first page).
  eleventyConfig.addTemplate("areas/borough.11ty.js", {
    data: {
      pagination: { data: "wardDirectory.boroughs", size: 1, alias: "entry", addAllPagesToCollections: true },
      permalink: (data: { entry: BoroughEntry }) => boroughUrl(data.entry.borough),
    },
    render: (data: AreaPageData & { entry: BoroughEntry }) =>
      renderToHtml(BoroughPage({ entry: data.entry, stylesheetHref: data.stylesheet.href, upcomingEvents: data.wardDirectory.upcomingEvents, maps: data.areaMaps })),
  });

  eleventyConfig.addTemplate("areas/ward.11ty.js", {
    data: {
      pagination: { data: "wardPages.wards", size: 1, alias: "ward", addAllPagesToCollections: true },
      permalink: (data: { ward: Ward }) => wardUrl(data.ward),
    },
    render: (data: AreaPageData & { ward: Ward }) =>
      renderToHtml(
        WardPage({ ward: data.ward, directory: data.wardDirectory, stylesheetHref: data.stylesheet.href, guides: guideLinks(data.collections?.report), maps: data.areaMaps, findPlace: data.postcodePlaces }),
      ),
  });
}
