import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startCalendarFiles, type CalendarJob } from "../../../src/wards/calendar-files.ts";
import { wardCalendar } from "../../../src/wards/calendar.ts";
import { camdenTown, kentishTown } from "../layouts/ward-fixtures.ts";

const out = mkdtempSync(path.join(os.tmpdir(), "sn-calendars-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const jobs: CalendarJob[] = [camdenTown, kentishTown].map((ward) => ({
  file: path.join(out, "areas", ward.borough.slug, ward.slug, "events.ics"),
  ward: { id: ward.id, name: ward.name, slug: ward.slug, borough: { slug: ward.borough.slug } },
  events: ward.events,
}));
const expected = (job: CalendarJob) => wardCalendar(job.ward, job.events, "https://example.org").replace(/DTSTAMP:.*/g, "");
const written = (job: CalendarJob) => readFileSync(job.file, "utf8").replace(/DTSTAMP:.*/g, "");

describe("startCalendarFiles", () => {
  it("writes each ward's calendar, making its folder, when the build finishes it", async () => {
    const finish = startCalendarFiles(jobs, { siteUrl: "https://example.org" });
    await finish();
    for (const job of jobs) expect(written(job)).toBe(expected(job));
    expect(written(jobs[0]!)).toContain("BEGIN:VEVENT");
  });

  it("writes the same files from a worker thread, for large sets", async () => {
    rmSync(path.join(out, "areas"), { recursive: true, force: true });
    const finish = startCalendarFiles(jobs, { siteUrl: "https://example.org", threadFrom: 1 });
    await finish();
    for (const job of jobs) expect(written(job)).toBe(expected(job));
  });

  it("reports a worker's failure to the build", async () => {
    const blocked = path.join(out, "not-a-folder");
    await startCalendarFiles([{ ...jobs[0]!, file: blocked }], { siteUrl: "https://example.org" })();
    const finish = startCalendarFiles([{ ...jobs[0]!, file: path.join(blocked, "events.ics") }], { siteUrl: "https://example.org", threadFrom: 1 });
    await expect(finish()).rejects.toThrow(/not-a-folder/);
  });
});
