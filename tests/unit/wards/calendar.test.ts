import { describe, expect, it } from "vitest";
import { wardCalendar } from "../../../src/wards/calendar.ts";
import type { Ward, WardInput } from "../../../src/wards/schema.ts";
import { testWard } from "../../support/wards.ts";

function ward(events: unknown[]): Ward {
  return testWard("E05013655", "Camden Town", "camden", { events: events as WardInput["events"] });
}

const event = (start: string, end: string) => ({
  title: "Ward panel <meeting>",
  type: "ward-panel-meeting",
  start_date: start,
  end_date: end,
  address: "Camden Town Hall, Judd Street, London WC1H 9JE",
});

describe("wardCalendar", () => {
  it("writes London summer times as UTC, an hour earlier (BST)", () => {
    const w = ward([event("2027-07-06T18:30", "2027-07-06T20:00")]);
    const ics = wardCalendar(w, w.events, "https://example.org");
    expect(ics).toContain("DTSTART:20270706T173000Z");
    expect(ics).toContain("DTEND:20270706T190000Z");
  });

  it("writes London winter times unchanged (GMT)", () => {
    const w = ward([event("2027-01-12T18:30", "2027-01-12T20:00")]);
    const ics = wardCalendar(w, w.events, "https://example.org");
    expect(ics).toContain("DTSTART:20270112T183000Z");
  });

  it("is a valid calendar with one event per upcoming event and stable ids", () => {
    const w = ward([event("2027-01-12T18:30", "2027-01-12T20:00"), event("2027-02-09T18:30", "2027-02-09T20:00")]);
    const ics = wardCalendar(w, w.events, "https://example.org");
    expect(ics.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("UID:E05013655-20270112T1830-ward-panel-meeting@safer-neighbourhoods");
    expect(ics).toContain("https://example.org/areas/camden/camden-town/");
    expect(wardCalendar(w, w.events, "https://example.org").match(/UID:.*/g)).toEqual(ics.match(/UID:.*/g));
  });
});
