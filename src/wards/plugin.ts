import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { EleventyEventArgs } from "../eleventy-types.ts";
import { buildTime, site } from "../config/site.ts";
import { WARDS_LOADED_EVENT } from "../maps/neighbours.ts";
import { SEARCH_RECORDS_EVENT, type SearchRecordsSource } from "../search/records.ts";
import { affectedWards } from "./affected.ts";
import { startCalendarFiles } from "./calendar-files.ts";
import { buildDirectory, wardCalendarUrl, type WardDirectory } from "./directory.ts";
import { createWardLoader, formatWarnings, wardsOrThrow } from "./load.ts";
import { addAreaPages } from "./pages.ts";
import type { Ward } from "./schema.ts";
import { wardSearchRecord } from "./search-record.ts";

export interface WardsPluginOptions {
  /** The content folder; wards are read from `<contentDir>/wards/`. */
  contentDir: string;
  /** Build time (default: SN_NOW, else the clock), which decides which events are still upcoming. */
  now?: () => Date;
  /**
   * Wards already read and validated elsewhere, instead of the ward files: the
   * benchmark's bare-Eleventy baseline renders the same pages without the cost of reading them.
   */
  wards?: () => readonly Ward[];
  /** Write each ward's events.ics (default true). */
  calendars?: boolean;
}

/** The wards this build writes pages and calendars for: all of them, except in a preview rebuild after a ward edit. */
interface WardPages {
  readonly wards: readonly Ward[];
  readonly calendars: readonly Ward[];
}

/**
 * Ward data is read and validated here, not by Eleventy's data cascade, so an
 * author's mistakes are reported all at once with file, line and field, and
 * so that a preview rebuild re-parses only the ward files that changed.
 */
export default function wardsPlugin(eleventyConfig: UserConfig, options: WardsPluginOptions): void {
  const loader = createWardLoader(options.contentDir);
  const now = options.now ?? (() => buildTime());
  if (!options.wards) eleventyConfig.addWatchTarget(`${options.contentDir}/wards/**/*.yaml`);

  // In the preview, a save that touched only ward files re-renders just the
  // wards it can have changed; the other pages are still in the output folder
  // from the build before. Anything else (CSS, a layout, markdown) renders all.
  const wardsDir = path.resolve(options.contentDir, "wards") + path.sep;
  let onlyWardFilesChanged = false;
  let previousWards: readonly Ward[] | undefined;
  let current: Promise<{ directory: WardDirectory; pages: WardPages }> | undefined;
  let outputDir = "";
  /** Finishes this build's calendar files, started as soon as the wards are known. */
  let calendarsWritten: (() => Promise<void>) | undefined;
  eleventyConfig.on("eleventy.before", ({ directories }: EleventyEventArgs) => {
    current = undefined;
    calendarsWritten = undefined;
    outputDir = directories.output;
  });
  eleventyConfig.on("eleventy.beforeWatch", (changed: readonly string[]) => {
    onlyWardFilesChanged = changed.length > 0 && changed.every((file) => path.resolve(file).startsWith(wardsDir));
  });
  const build = () => (current ??= buildPages());
  const buildPages = async () => {
    const directory = buildDirectory(options.wards ? options.wards() : await readWards(), now());
    const affected = onlyWardFilesChanged && previousWards ? affectedWards(previousWards, directory.wards) : undefined;
    previousWards = directory.wards;
    onlyWardFilesChanged = false;
    const pages: WardPages = affected
      ? { wards: directory.wards.filter((w) => affected.has(w)), calendars: directory.wardsWithEvents.filter((w) => affected.has(w)) }
      : { wards: directory.wards, calendars: directory.wardsWithEvents };
    // Calendars are not Eleventy templates: they need none of its per-page work,
    // and written from the data now they are done by the time the pages are.
    if (options.calendars !== false) {
      const jobs = pages.calendars.map((ward) => ({
        file: path.join(outputDir, wardCalendarUrl(ward)),
        ward: { id: ward.id, name: ward.name, slug: ward.slug, borough: { slug: ward.borough.slug } },
        events: directory.upcomingEvents(ward),
      }));
      calendarsWritten = startCalendarFiles(jobs, { siteUrl: site.url });
    }
    // Every ward, even in a preview rebuild that renders a few: Pagefind cannot update an index, only rebuild it.
    const records: SearchRecordsSource = () => directory.wards.map((ward) => wardSearchRecord(ward, directory.upcomingEvents(ward)));
    await eleventyConfig.emit(SEARCH_RECORDS_EVENT, records);
    await eleventyConfig.emit(WARDS_LOADED_EVENT, directory.wards);
    return { directory, pages };
  };
  const readWards = async () => {
    const result = await loader.loadAsync();
    const wards = wardsOrThrow(result);
    const warnings = formatWarnings(result.warnings);
    if (warnings) console.warn(`[wards] ${warnings}`);
    return wards;
  };
  eleventyConfig.addGlobalData("wardDirectory", async () => (await build()).directory);
  eleventyConfig.addGlobalData("wardPages", async () => (await build()).pages);

  addAreaPages(eleventyConfig);

  eleventyConfig.on("eleventy.after", async () => {
    await calendarsWritten?.();
  });
}
