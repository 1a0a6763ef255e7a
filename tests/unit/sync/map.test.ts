import { describe, expect, it } from "vitest";
import { mapContact } from "../../../src/sync/map-contact.ts";
import { classifyRole } from "../../../src/sync/map-people.ts";
import { mapTeam } from "../../../src/sync/map.ts";

describe("classifyRole", () => {
  it.each([
    ["Sergeant", "", "sergeant"],
    ["PS", "", "sergeant"],
    ["Special Constable", "", "special-constable"],
    ["Volunteer", "", "volunteer"],
    ["PC", "I am the dedicated ward officer for Camden Town.", "dedicated-officer"],
    ["Police Constable", "Dan has policed Camden Town for years.", "dedicated-officer"],
    ["Dedicated Ward Officer", "", "dedicated-officer"],
    ["PCSO", "Maria patrols Camden Town.", "dedicated-pcso"],
    ["Police Community Support Officer", "I'm the dedicated PCSO here.", "dedicated-pcso"],
  ])("%s with bio %j is %s", (rank, bio, role) => {
    expect(classifyRole(rank, bio, "Camden Town")).toEqual({ role });
  });

  it.each([
    ["PC", "Covers the north of the borough.", "supporting-officer"],
    ["PCSO", "", "supporting-pcso"],
    ["Inspector", "Leads Camden Town.", "supporting-officer"],
    ["Chief Cook", "", "supporting-officer"],
  ])("flags %s with bio %j as %s for the author to check", (rank, bio, role) => {
    const result = classifyRole(rank, bio, "Camden Town");
    expect(result.role).toBe(role);
    expect(result.unclear).toMatch(/written as/);
  });

  it("matches the ward's name however the apostrophe and ampersand are written", () => {
    expect(classifyRole("PC", "Sam works in St James’s.", "St James's").role).toBe("dedicated-officer");
    expect(classifyRole("PC", "Sam works in Spitalfields and Banglatown.", "Spitalfields & Banglatown").role).toBe("dedicated-officer");
    expect(classifyRole("PC", "Dan is Camden Town's ward officer.", "Camden Town").role).toBe("dedicated-officer");
    expect(classifyRole("PC", "Dan covers Camden Townsend.", "Camden Town").role).toBe("supporting-officer");
  });
});

describe("mapContact", () => {
  it("keeps a valid email and UK number, makes social links https, and notes what it drops", () => {
    const notes: string[] = [];
    const contact = mapContact(
      { email: "team@met.police.uk", telephone: "101", twitter: "@MPSTeam", facebook: "http://facebook.com/team", youtube: "javascript:alert(1)", fax: "020" },
      notes,
      "contact_details",
    );
    expect(contact).toEqual({
      email: "team@met.police.uk",
      social: [
        { label: "X (Twitter)", url: "https://x.com/MPSTeam" },
        { label: "Facebook", url: "https://facebook.com/team" },
      ],
    });
    expect(notes).toEqual([
      'contact_details.telephone: left out: "101" is not a UK telephone number',
      'contact_details.youtube: left out: "javascript:alert(1)" is not an http(s) link',
    ]);
  });
});

describe("mapTeam", () => {
  const neighbourhood = { name: "Camden Town", description: "<p>Hi</p>", url_force: null, contact_details: {}, centre: { latitude: "51.5", longitude: "-0.1" }, locations: [] };
  const now = new Date("2026-11-01T12:00:00Z");

  it("keeps future events in London time, gives an hour to one with no end, and drops past ones and impossible times", () => {
    const { ward, notes } = mapTeam(
      {
        id: "E05013655",
        neighbourhood,
        people: [],
        priorities: [],
        events: [
          { title: "Surgery", type: "Drop-in", start_date: "2027-03-28T01:30:00", end_date: null, address: "Library", description: null, contact_details: {} },
          { title: "Panel", type: "Ward panel", start_date: "2027-03-27T18:00:00", end_date: null, address: "Hall", description: null, contact_details: {} },
          { title: "Old", type: null, start_date: "2025-01-01T10:00:00", end_date: "2025-01-01T11:00:00", address: "Hall", description: null, contact_details: {} },
        ],
      },
      { wardName: "Camden Town", now },
    );
    expect(ward.events).toEqual([{ title: "Panel", type: "ward-panel-meeting", start_date: "2027-03-27T18:00", end_date: "2027-03-27T19:00", address: "Hall" }]);
    expect(notes).toEqual(['events[0] "Surgery": left out: start_date "2027-03-28T01:30:00" is not a London time']);
  });

  it("makes a priority with an action in progress and one without open, dates as days", () => {
    const { ward } = mapTeam(
      {
        id: "E05013655",
        neighbourhood,
        people: [],
        events: [],
        priorities: [
          { issue: "<p>Theft</p>", action: "<p>Patrols</p>", "issue-date": "2026-01-02T00:00:00", "action-date": "2026-02-03T00:00:00" },
          { issue: "<p>Noise</p>", action: null, "issue-date": "2026-04-05T00:00:00", "action-date": null },
        ],
      },
      { wardName: "Camden Town", now },
    );
    expect(ward.priorities).toEqual([
      { issue: "Theft", action: "Patrols", date_set: "2026-01-02", date_updated: "2026-02-03", status: "in-progress" },
      { issue: "Noise", date_set: "2026-04-05", status: "open" },
    ]);
  });
});
