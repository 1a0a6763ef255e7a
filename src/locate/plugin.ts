import type UserConfig from "@11ty/eleventy/UserConfig";
import type { AreaMaps } from "../maps/area-maps.ts";
import type { BoroughShape } from "../maps/boundaries.ts";
import { wardUrl, type WardDirectory } from "../wards/directory.ts";
import { buildLocateData, LOCATE_DATA_DIR, type LocateData } from "./data.ts";

interface LocateTemplateData {
  readonly areaMaps?: AreaMaps | undefined;
  readonly wardDirectory: WardDirectory;
}

/**
 * Writes the data "Use my location" loads (src/locate/data.ts) as JSON files
 * under /find/boundaries/: an index, then one file per borough. They are
 * Eleventy templates so the preview rebuilds them, kept out of collections
 * (and so out of the sitemap).
 */
export default function locatePlugin(eleventyConfig: UserConfig): void {
  const built = new WeakMap<WardDirectory, LocateData>();
  const dataFor = (data: LocateTemplateData): LocateData | undefined => {
    if (!data.areaMaps) return undefined;
    const directory = data.wardDirectory;
    let result = built.get(directory);
    if (!result) {
      result = buildLocateData(data.areaMaps.topology, (code) => {
        const ward = directory.byCode(code);
        return ward ? wardUrl(ward) : undefined;
      });
      built.set(directory, result);
    }
    return result;
  };

  eleventyConfig.addTemplate(`${LOCATE_DATA_DIR}/index.11ty.js`, {
    data: { permalink: (data: LocateTemplateData) => (data.areaMaps ? `/${LOCATE_DATA_DIR}/index.json` : false), eleventyExcludeFromCollections: true },
    render: (data: LocateTemplateData) => JSON.stringify(dataFor(data)?.index ?? {}),
  });
  eleventyConfig.addTemplate(`${LOCATE_DATA_DIR}/borough.11ty.js`, {
    data: {
      pagination: { data: "areaMaps.topology.objects.boroughs.geometries", size: 1, alias: "geometry" },
      permalink: (data: { geometry: BoroughShape }) => `/${LOCATE_DATA_DIR}/${data.geometry.id}.json`,
      eleventyExcludeFromCollections: true,
    },
    render: (data: LocateTemplateData & { geometry: BoroughShape }) => JSON.stringify(dataFor(data)?.boroughs.get(data.geometry.id) ?? {}),
  });
}
