import { describe, expect, it } from "vitest";
import type { WardEvent } from "../../../src/wards/schema.ts";
import { eventPlace, eventPostcode, nextWardPanelMeeting, titleSaysType, upcomingMeetings } from "../../../src/wards/ward-summary.ts";

const event = (over: Partial<WardEvent>): WardEvent => ({
  title: "Ward panel meeting",
  type: "ward-panel-meeting",
  start_date: "2027-01-20T18:30",
  end_date: "2027-01-20T20:00",
  address: "Community room, 60 Bayham Street, London NW1 0AG",
  ...over,
});
const bases = [{ address: "60 Bayham Street, London", postcode: "NW1 0AG" }];

describe("event postcodes", () => {
  it("reads the postcode from the address, in one spelling", () => {
    expect(eventPostcode(event({}), [])).toBe("NW1 0AG");
    expect(eventPostcode(event({ address: "Hall, London nw10ag" }), [])).toBe("NW1 0AG");
  });

  it("takes a base's postcode when the event is at that base's address", () => {
    const atBase = event({ address: "Meeting room, 60 Bayham Street, London" });
    expect(eventPostcode(atBase, bases)).toBe("NW1 0AG");
    expect(eventPlace(atBase, bases)).toBe("Meeting room, 60 Bayham Street, London NW1 0AG");
    expect(eventPlace(event({}), bases)).toBe("Community room, 60 Bayham Street, London NW1 0AG");
  });

  it("says nothing it does not know", () => {
    const elsewhere = event({ address: "Outside the station" });
    expect(eventPostcode(elsewhere, bases)).toBeUndefined();
    expect(eventPlace(elsewhere, bases)).toBe("Outside the station");
  });
});

describe("event titles and types", () => {
  it("knows when a title already says its type", () => {
    expect(titleSaysType(event({ title: "Camden Town ward panel meeting" }))).toBe(true);
    expect(titleSaysType(event({ title: "Street briefing: Plender Street", type: "street-briefing" }))).toBe(true);
    expect(titleSaysType(event({ title: "Meet your local officers", type: "contact-session" }))).toBe(false);
    // "Event" says nothing a title does not.
    expect(titleSaysType(event({ title: "Bike marking", type: "other" }))).toBe(true);
  });
});

describe("meetings", () => {
  const panel = event({ start_date: "2027-03-01T18:00", end_date: "2027-03-01T19:00" });
  const session = event({ title: "Market stall", type: "contact-session", start_date: "2027-02-01T10:00", end_date: "2027-02-01T12:00" });
  const briefing = event({ title: "Briefing", type: "street-briefing", start_date: "2027-01-01T10:00", end_date: "2027-01-01T11:00" });

  it("finds the next ward panel meeting among upcoming events", () => {
    expect(nextWardPanelMeeting([briefing, session, panel])).toBe(panel);
    expect(nextWardPanelMeeting([briefing, session])).toBeUndefined();
  });

  it("lists a borough's ward panel meetings and contact sessions, soonest first", () => {
    const wards = ["A", "B"];
    const events: Record<string, WardEvent[]> = { A: [briefing, panel], B: [session] };
    const meetings = upcomingMeetings(wards, (ward) => events[ward] ?? [], (e) => Date.parse(e.start_date));
    expect(meetings.map((m) => [m.ward, m.event.title])).toEqual([
      ["B", "Market stall"],
      ["A", "Ward panel meeting"],
    ]);
  });
});
