import { parentPort, workerData } from "node:worker_threads";
import { writeCalendarFiles, type CalendarJob } from "./calendar-files.ts";

// The calendar files' own thread; see startCalendarFiles in calendar-files.ts.
const { jobs, siteUrl } = workerData as { jobs: readonly CalendarJob[]; siteUrl: string };
try {
  writeCalendarFiles(jobs, siteUrl);
  parentPort?.postMessage({});
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
