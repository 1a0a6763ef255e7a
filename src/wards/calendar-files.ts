import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { wardCalendar, type CalendarWard } from "./calendar.ts";
import type { WardEvent } from "./schema.ts";
import { startTypeScriptWorker } from "../threads/typescript-worker.ts";

/** One ward's calendar file: where it goes and what goes in it. */
export interface CalendarJob {
  /** Path of the .ics file. */
  readonly file: string;
  readonly ward: CalendarWard;
  readonly events: readonly WardEvent[];
}

export interface CalendarFilesOptions {
  /** Absolute site URL for the links in each event. */
  readonly siteUrl: string;
  /** From this many calendars, they are written on a worker thread (default 2,000). */
  readonly threadFrom?: number;
}

/**
 * Write each job's calendar. Synchronous on purpose: hundreds of small
 * files, each an open, write and close, which awaited one by one through
 * libuv's thread pool took four times as long.
 */
export function writeCalendarFiles(jobs: readonly CalendarJob[], siteUrl: string): void {
  const made = new Set<string>();
  for (const job of jobs) {
    const dir = path.dirname(job.file);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(job.file, wardCalendar(job.ward, job.events, siteUrl));
  }
}

/**
 * Start writing the calendars now, off the main thread when there are many.
 * At the scale of tens of thousands of wards, formatting and writing the
 * calendars holds the main thread for seconds; on a worker started while
 * Eleventy renders, that work runs on the second core. For fewer (London's
 * are fewer), the worker's start-up, loading tsx, ics and luxon, costs the
 * build more than it saves on two cores also running Pagefind, so they are
 * written, on this thread, when the returned function is called. The
 * threshold's figures are in bench/notes.md (change 11).
 *
 * Returns a function that finishes the job; await it before the build ends.
 */
export function startCalendarFiles(jobs: readonly CalendarJob[], options: CalendarFilesOptions): () => Promise<void> {
  if (jobs.length < (options.threadFrom ?? 2_000)) return async () => writeCalendarFiles(jobs, options.siteUrl);
  const worker = startTypeScriptWorker(new URL("./calendar-worker.ts", import.meta.url), { jobs, siteUrl: options.siteUrl });
  const done = new Promise<void>((resolve, reject) => {
    worker.once("message", (message: { error?: string }) => (message.error === undefined ? resolve() : reject(new Error(message.error))));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the calendar thread stopped (exit code ${code}) before it finished`)));
  });
  // Until the build awaits it, a failure must not count as an unhandled rejection.
  done.catch(() => undefined);
  return async () => {
    try {
      await done;
    } finally {
      await worker.terminate();
    }
  };
}
