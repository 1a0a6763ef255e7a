import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { EleventyEventArgs } from "../eleventy-types.ts";
import { buildTime, site } from "../config/site.ts";
import { WARDS_LOADED_EVENT } from "../maps/neighbours.ts";
import { SEARCH_RECORDS_EVENT, type SearchRecordsSource } from "../search/records.ts";
import { affectedWards, wardsRemoved } from "./affected.ts";
import { PARTIAL_RENDER_EVENT } from "../preview/events.ts";
import { previewGate } from "../preview/state.ts";
import { startCalendarFiles } from "./calendar-files.ts";
import { buildDirectory, wardCalendarUrl, type WardDirectory } from "./directory.ts";
import { sharedWardLoader } from "../content/ward-loader.ts";
import { wardsOrThrow } from "./load.ts";
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
  const loader = sharedWardLoader(options.contentDir);
  const now = options.now ?? (() => buildTime());
  if (!options.wards) eleventyConfig.addWatchTarget(`${options.contentDir}/wards/**/*.yaml`);

  // In the preview, a save that touched only ward files re-renders just the
  // wards it can have changed; the other pages are still in the output folder
  // from the build before. Anything else (CSS, a layout, markdown) renders all.
  // "The build before" must be one that finished: a build can fail half way
  // (an author's mistake, or Eleventy tripping over files added while it ran),
  // and its wards were then never written. So the wards a partial render is
  // measured against are only taken over once a build has written its pages.
  const wardsDir = path.resolve(options.contentDir, "wards") + path.sep;
  // No ward page shows an FAQ answer, so saving one re-renders no ward page either
  // (a deleted or renamed question still renders all, so links to it are checked).
  const faqDir = path.resolve(options.contentDir, "faq") + path.sep;
  const keepsWardPages = (file: string) => {
    const full = path.resolve(file);
    return full.startsWith(wardsDir) || (full.startsWith(faqDir) && full.endsWith(".md") && existsSync(full));
  };
  let onlyWardFilesChanged = false;
  /** A save since the last finished build touched more than ward files: the next build renders every page. */
  let fullRenderOwed = true;
  let renderedWards: readonly Ward[] | undefined;
  let building: { wards: readonly Ward[]; full: boolean } | undefined;
  let current: Promise<{ directory: WardDirectory; pages: WardPages }> | undefined;
  let outputDir = "";
  /** Calendar files of the last full build, so that a removed ward's calendar goes with its page. */
  let calendarFiles = new Set<string>();
  /** Finishes this build's calendar files, started as soon as the wards are known. */
  let calendarsWritten: (() => Promise<void>) | undefined;
  eleventyConfig.on("eleventy.before", ({ directories }: EleventyEventArgs) => {
    current = undefined;
    building = undefined;
    calendarsWritten = undefined;
    outputDir = directories.output;
  });
  eleventyConfig.on("eleventy.beforeWatch", (changed: readonly string[]) => {
    onlyWardFilesChanged = changed.length > 0 && changed.every(keepsWardPages);
    if (!onlyWardFilesChanged) fullRenderOwed = true;
  });
  const build = () => (current ??= buildPages());
  const buildPages = async () => {
    if (previewGate.blocked) {
      // The preview's content check failed, so no page is written this time; search keeps the last good wards.
      const lastGood = buildDirectory(renderedWards ?? [], now());
      await eleventyConfig.emit(SEARCH_RECORDS_EVENT, (() => lastGood.wards.map((ward) => wardSearchRecord(ward, lastGood.upcomingEvents(ward)))) satisfies SearchRecordsSource);
      return { directory: lastGood, pages: { wards: [], calendars: [] } };
    }
    const directory = buildDirectory(options.wards ? options.wards() : await readWards(), now());
    const affected =
      onlyWardFilesChanged && !fullRenderOwed && renderedWards ? affectedWards(renderedWards, directory.wards) : undefined;
    // A removed ward's page must go; only a full render tells the preview which pages are left over.
    const partial = affected !== undefined && !wardsRemoved(renderedWards ?? [], directory.wards);
    building = { wards: directory.wards, full: !partial };
    if (partial) await eleventyConfig.emit(PARTIAL_RENDER_EVENT);
    const pages: WardPages = partial
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
      if (!partial) {
        const written = new Set(jobs.map((job) => job.file));
        for (const file of calendarFiles) if (!written.has(file)) rmSync(file, { force: true });
        calendarFiles = written;
      }
      calendarsWritten = startCalendarFiles(jobs, { siteUrl: site.url });
    }
    // Every ward, even in a preview rebuild that renders a few: Pagefind cannot update an index, only rebuild it.
    const records: SearchRecordsSource = () => directory.wards.map((ward) => wardSearchRecord(ward, directory.upcomingEvents(ward)));
    await eleventyConfig.emit(SEARCH_RECORDS_EVENT, records);
    await eleventyConfig.emit(WARDS_LOADED_EVENT, directory.wards);
    return { directory, pages };
  };
  // Warnings are printed by the content check (npm run check, before a build; the preview plugin, in the preview).
  const readWards = async () => wardsOrThrow(await loader.loadAsync());
  eleventyConfig.addGlobalData("wardDirectory", async () => (await build()).directory);
  eleventyConfig.addGlobalData("wardPages", async () => (await build()).pages);

  addAreaPages(eleventyConfig);

  eleventyConfig.on("eleventy.after", async () => {
    await calendarsWritten?.();
    // Only now are this build's ward pages on disk.
    if (building) {
      renderedWards = building.wards;
      if (building.full) fullRenderOwed = false;
    }
  });
}
