import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { startPreviewServer } from "../harness/preview-server.ts";
import { spread, type Spread } from "./stats.ts";

export interface PreviewResult {
  /** Saving the ward file to the open page showing the change (live reload). */
  readonly pageUpdatedMs: Spread;
  /** Saving the ward file to the search index holding the new word (Pagefind's bundle written). */
  readonly searchUpdatedMs: Spread;
  /** Whether a search in the preview found the last new word. */
  readonly searchFoundWord: boolean;
  readonly startupMs: number;
}

const SEARCH_LOG = "[search] Indexed";

/**
 * The author's loop in `npm start` at full scale: save one ward file, and
 * time how long until the open page shows the edit and until the search
 * index holds a new word from it.
 */
export async function measurePreview(
  browser: Browser,
  contentSource: string,
  wardFile: string,
  wardUrl: string,
  edits: number,
): Promise<PreviewResult> {
  const started = performance.now();
  const preview = await startPreviewServer(8190, contentSource);
  const startupMs = performance.now() - started;
  const page = await browser.newPage();
  const pageTimes: number[] = [];
  const searchTimes: number[] = [];
  let lastWord = "";
  try {
    await page.goto(`${preview.origin}${wardUrl}`);
    const file = path.join(preview.contentDir, wardFile);
    const original = readFileSync(file, "utf8");
    const indexRuns = () => preview.output().split(SEARCH_LOG).length - 1;
    for (let edit = 0; edit < edits + 1; edit++) {
      // Letters only: Pagefind splits words at digits.
      const word = `benchword${String.fromCharCode(97 + edit)}${Date.now().toString(26).replace(/[0-9]/g, "x")}`;
      const before = indexRuns();
      const saved = performance.now();
      writeFileSync(file, original.replace(/^description: (.*)$/m, (_, text: string) => `description: ${text} ${word}`));
      await page.waitForFunction((w) => document.body?.innerText.includes(w), word, { timeout: 30_000, polling: 10 });
      const pageMs = performance.now() - saved;
      while (indexRuns() <= before) {
        if (performance.now() - saved > 60_000) throw new Error(`the search index was not rebuilt:\n${preview.output().slice(-2000)}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const searchMs = performance.now() - saved;
      // The first edit warms the watcher and the rebuild path; it is not counted.
      if (edit > 0) {
        pageTimes.push(pageMs);
        searchTimes.push(searchMs);
      }
      lastWord = word;
      // Let any rebuild this save queued finish before the next one.
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const search = await browser.newPage();
    await search.goto(`${preview.origin}/search/?q=${lastWord}`);
    const found = await search
      .locator("[data-search-results] a[href]")
      .first()
      .waitFor({ timeout: 10_000 })
      .then(() => true, () => false);
    await search.close();
    return { pageUpdatedMs: spread(pageTimes), searchUpdatedMs: spread(searchTimes), searchFoundWord: found, startupMs };
  } finally {
    await page.close();
    await preview.stop();
  }
}
