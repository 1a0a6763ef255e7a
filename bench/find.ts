import type { Browser } from "@playwright/test";
import { startCompressingServer, type TransferLog } from "./search.ts";
import { spread, type Spread } from "./stats.ts";

export interface ColdFindResult {
  readonly postcode: string;
  /** On /find/ with an empty cache: submit to the team on screen, in milliseconds (the district file is fetched cold). */
  readonly submitToTeamMs: Spread;
  /** Opening /find/?postcode=… with an empty cache (as the home page's form does) to the team on screen. */
  readonly openToTeamMs: Spread;
  /** Bytes beyond the page itself: the find script and the district's lookup file, gzip as sent. */
  readonly lookupBytes: Spread;
  readonly lookupBrotliBytes: Spread;
  readonly requests: readonly TransferLog[];
}

declare global {
  interface Window {
    __submitted?: number;
    __team?: number;
  }
}

const isLookup = (url: string) => /\/assets\/find\.[0-9a-f]+\.js$|\/data\/postcodes\//.test(url);

/**
 * Cold postcode lookups: each run has a fresh browser context (empty cache).
 * The page times its own submit to the team's heading appearing; a second
 * context times a visit to /find/?postcode= from navigation start.
 */
export async function measureColdFind(browser: Browser, siteDir: string, postcode: string, runs: number): Promise<ColdFindResult> {
  const server = await startCompressingServer(siteDir);
  const submit: number[] = [];
  const open: number[] = [];
  const perRun: TransferLog[][] = [];
  try {
    for (let run = 0; run < runs + 1; run++) {
      let context = await browser.newContext();
      let page = await context.newPage();
      const start = server.log.length;
      await page.goto(`${server.origin}/find/`);
      const box = page.getByRole("main").getByRole("textbox", { name: "Enter your postcode" });
      await box.waitFor({ state: "visible" });
      await page.evaluate(() => {
        document.addEventListener("submit", () => (window.__submitted = performance.now()), true);
        const team = document.querySelector("[data-find-team]");
        if (!team) throw new Error("no team area ([data-find-team]) on the find page");
        new MutationObserver(() => {
          if (window.__team === undefined && team.querySelector("h2")) window.__team = performance.now();
        }).observe(team, { childList: true, subtree: true });
      });
      await box.fill(postcode);
      await box.press("Enter");
      await page.waitForFunction(() => window.__team !== undefined, undefined, { timeout: 15_000 });
      const submitMs = await page.evaluate(() => (window.__team ?? 0) - (window.__submitted ?? 0));
      const requests = server.log.slice(start).filter((entry) => isLookup(entry.url));
      await context.close();

      context = await browser.newContext();
      page = await context.newPage();
      // performance.now() counts from the navigation's start, so the moment the team appears is the time to it.
      await page.addInitScript(() => {
        document.addEventListener("DOMContentLoaded", () => {
          const team = document.querySelector("[data-find-team]");
          if (!team) return;
          new MutationObserver(() => {
            if (window.__team === undefined && team.querySelector("h2")) window.__team = performance.now();
          }).observe(team, { childList: true, subtree: true });
        });
      });
      await page.goto(`${server.origin}/find/?postcode=${encodeURIComponent(postcode)}`);
      await page.waitForFunction(() => window.__team !== undefined, undefined, { timeout: 15_000 });
      const openMs = await page.evaluate(() => window.__team ?? NaN);
      await context.close();
      // The first run warms the server's compression cache and the disk, not the browser.
      if (run === 0) continue;
      submit.push(submitMs);
      open.push(openMs);
      perRun.push(requests);
    }
  } finally {
    await server.close();
  }
  const sent = perRun.map((requests) => requests.reduce((sum, r) => sum + r.sent, 0));
  const brotli = perRun.map((requests) => requests.reduce((sum, r) => sum + r.brotli, 0));
  return {
    postcode,
    submitToTeamMs: spread(submit),
    openToTeamMs: spread(open),
    lookupBytes: spread(sent),
    lookupBrotliBytes: spread(brotli),
    requests: perRun[0] ?? [],
  };
}
