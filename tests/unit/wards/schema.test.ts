import { describe, expect, it } from "vitest";
import {
  BASE_TYPES,
  EVENT_TYPES,
  PRIORITY_STATUSES,
  SUPPORTING_ROLES,
  TEAM_ROLES,
  isSupportingRole,
  validateWard,
  type Ward,
  type WardInput,
  type WardIssue,
} from "../../../src/wards/schema.ts";
import { wardCodeKey } from "../../../src/wards/codes.ts";
import { wardInput } from "../../support/wards.ts";
import { normaliseTelephone, telephoneHref } from "../../../src/wards/field-types.ts";

/** A valid ward using every field; each test changes one thing. */
function validWard(): WardInput {
  return wardInput("E05013655", "Camden Town", "camden", {
    centre: { latitude: 51.54092, longitude: -0.14505 },
    description: "The team for **Camden Town**.",
    sample: true,
    team: [
      { name: "Alex Example", role: "dedicated-officer", rank: "PC", bio: "Works here.", contact_details: { email: "alex@police.example" } },
      { name: "Sam Sample", role: "dedicated-pcso", rank: "PCSO" },
      { name: "Jo Placeholder", role: "supporting-pcso", rank: "PCSO", also_covers: ["E05013664"] },
    ],
    locations: [
      { name: "Police office", type: "police-station", address: "60 Bayham Street", postcode: "NW1 0AG", opening_hours: "Mon–Fri", front_counter: true },
    ],
    contact_details: {
      email: "camden-town.snt@police.example",
      telephone: "020 7946 0101",
      social: [{ label: "News", url: "https://social.example/@camden" }],
    },
    priorities: [{ issue: "Drug dealing", action: "Patrols.", date_set: "2026-03-02", date_updated: "2026-04-01", status: "open" }],
    events: [
      {
        title: "Ward panel",
        type: "ward-panel-meeting",
        start_date: "2027-01-20T18:30",
        end_date: "2027-01-20T20:00",
        address: "60 Bayham Street",
        description: "All welcome.",
      },
    ],
    neighbours: ["E05013664"],
    last_reviewed: "2026-11-20",
  });
}

type Json = Record<string, unknown>;

/** Validate a copy of the valid ward after `change` edits it (freely: invalid shapes are the point). */
function check(change: (ward: Json) => void): ReturnType<typeof validateWard> {
  const ward = structuredClone(validWard()) as unknown as Json;
  change(ward);
  return validateWard(ward);
}

function parsed(change: (ward: Json) => void = () => {}): Ward {
  const result = check(change);
  if (!result.ok) throw new Error(`expected valid, got ${JSON.stringify(result.issues)}`);
  return result.ward;
}

function issues(change: (ward: Json) => void): readonly WardIssue[] {
  const result = check(change);
  if (result.ok) throw new Error("expected problems, got a valid ward");
  return result.issues;
}

/** The one issue `change` causes: its field path and message. */
function onlyIssue(change: (ward: Json) => void): { path: string; message: string } {
  const found = issues(change);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const [issue] = found;
  return { path: (issue?.path ?? []).map(String).join("."), message: issue?.message ?? "" };
}

const at = (ward: Json, ...path: (string | number)[]): Json =>
  path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, ward);

describe("a valid ward", () => {
  it("passes and fills in defaults", () => {
    const ward = parsed((w) => {
      delete w["sample"];
      delete (at(w, "locations", 0) as Json)["front_counter"];
      delete at(w, "contact_details")["social"];
    });
    expect(ward.sample).toBe(false);
    expect(ward.locations[0]?.front_counter).toBe(false);
    expect(ward.contact_details.social).toEqual([]);
  });

  it("allows empty lists and empty contact details, as in an imported skeleton", () => {
    const ward = parsed((w) => {
      Object.assign(w, { team: [], locations: [], priorities: [], events: [], neighbours: [], contact_details: {} });
      delete w["centre"];
    });
    expect(ward.team).toEqual([]);
    expect(ward.centre).toBeUndefined();
  });
});

describe("ward fields", () => {
  it.each(["E05013655", "E05013806N"])("accepts the ward code %s", (id) => {
    expect(parsed((w) => (w["id"] = id)).id).toBe(id);
  });

  it.each(["E0501365", "E09000007", "e05013655", "E05013655X", "E05013655 "])("rejects the ward code %j", (id) => {
    expect(onlyIssue((w) => (w["id"] = id))).toEqual({
      path: "id",
      message: `expected an ONS ward code like E05013655 (or E05013655N, as data.police.uk writes it), got ${JSON.stringify(id)}`,
    });
  });

  it("rejects headings in the description, which would break the page outline", () => {
    expect(onlyIssue((w) => (w["description"] = "Intro.\n\n## Contact\n\nMore."))).toEqual({
      path: "description",
      message: "expected a paragraph or two without headings: remove the # at the start of the line",
    });
    expect(parsed((w) => (w["description"] = "We meet at #5 Bayham Street.")).description).toContain("#5");
  });

  it("reports a missing field as missing", () => {
    expect(onlyIssue((w) => delete w["name"])).toEqual({ path: "name", message: "missing: expected the ward's name" });
  });

  it("rejects an empty name and one of the wrong type", () => {
    expect(onlyIssue((w) => (w["name"] = "  ")).message).toBe("expected the ward's name, got an empty string");
    expect(onlyIssue((w) => (w["name"] = 5)).message).toBe("expected the ward's name, got the number 5");
  });

  it.each(["camden-town", "st-jamess", "ward-2"])("accepts the slug %s", (slug) => {
    expect(parsed((w) => (w["slug"] = slug)).slug).toBe(slug);
  });

  it.each(["Camden-Town", "camden_town", "camden--town", "-camden", "camden town"])("rejects the slug %j", (slug) => {
    expect(onlyIssue((w) => (w["slug"] = slug))).toMatchObject({ path: "slug", message: expect.stringContaining("lowercase letters, digits and hyphens") });
  });

  it("checks the borough's code, name and slug", () => {
    expect(onlyIssue((w) => (at(w, "borough")["code"] = "E08000001"))).toMatchObject({
      path: "borough.code",
      message: 'expected an ONS London borough code like E09000007, got "E08000001"',
    });
    expect(onlyIssue((w) => (at(w, "borough")["name"] = "")).path).toBe("borough.name");
    expect(onlyIssue((w) => (at(w, "borough")["slug"] = "Camden")).path).toBe("borough.slug");
  });

  it("keeps the centre in London", () => {
    expect(onlyIssue((w) => (at(w, "centre")["latitude"] = 53.48))).toEqual({
      path: "centre.latitude",
      message: "expected a latitude in London, between 51.2 and 51.8, got the number 53.48",
    });
    expect(onlyIssue((w) => (at(w, "centre")["longitude"] = "-0.1")).path).toBe("centre.longitude");
    expect(onlyIssue((w) => (at(w, "centre")["longitude"] = 2.35)).path).toBe("centre.longitude");
  });

  it("keeps the description short", () => {
    expect(parsed((w) => (w["description"] = "x".repeat(800))).description).toHaveLength(800);
    expect(onlyIssue((w) => (w["description"] = "x".repeat(801))).message).toBe(
      "expected a short description in markdown of at most 800 characters, got 801",
    );
  });

  it("wants sample to be true or false", () => {
    expect(onlyIssue((w) => (w["sample"] = "yes"))).toEqual({ path: "sample", message: 'expected true or false, got "yes"' });
  });

  it("wants last_reviewed as a real ISO date", () => {
    expect(onlyIssue((w) => (w["last_reviewed"] = "2026-02-30")).path).toBe("last_reviewed");
    expect(onlyIssue((w) => (w["last_reviewed"] = "20/11/2026")).message).toContain("written YYYY-MM-DD");
    expect(parsed((w) => (w["last_reviewed"] = "2028-02-29")).last_reviewed).toBe("2028-02-29");
  });

  it("wants neighbours as ward codes, not its own, not twice", () => {
    expect(onlyIssue((w) => (w["neighbours"] = ["E05013664", "nope"])).path).toBe("neighbours.1");
    expect(onlyIssue((w) => (w["neighbours"] = ["E05013655"])).message).toBe("a ward is not its own neighbour; remove its own code");
    expect(onlyIssue((w) => (w["neighbours"] = ["E05013664", "E05013664N"])).message).toBe("E05013664N is listed twice");
    expect(onlyIssue((w) => (w["neighbours"] = "E05013664")).message).toBe(
      'expected a list of ward codes (write [] for none), got "E05013664"',
    );
  });

  it("rejects unknown fields at every level, suggesting the likely name", () => {
    expect(onlyIssue((w) => (w["nmae"] = "x"))).toEqual({
      path: "nmae",
      message:
        'unknown field "nmae" (did you mean "name"?); a ward can have id, name, slug, borough, centre, description, sample, team, locations, contact_details, priorities, events, neighbours, last_reviewed',
    });
    expect(onlyIssue((w) => (at(w, "borough")["colour"] = "red")).path).toBe("borough.colour");
    expect(onlyIssue((w) => (at(w, "contact_details")["twitter"] = "@x")).message).toContain('unknown field "twitter"');
    expect(onlyIssue((w) => (at(w, "events", 0)["start"] = "x")).path).toBe("events.0.start");
  });

  it("reports each unknown field in one object separately", () => {
    const found = issues((w) => Object.assign(w, { colour: 1, shape: 2 }));
    expect(found.map((issue) => issue.path)).toEqual([["colour"], ["shape"]]);
    expect(found[1]?.message).toMatch(/^unknown field "shape"/);
  });

  it("says what it expected when the file is not a set of fields", () => {
    const result = validateWard(["a list"]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toEqual({ path: [], message: "expected a ward, got a list" });
  });
});

describe("team members", () => {
  it.each(TEAM_ROLES)("accepts the role %s", (role) => {
    const ward = parsed((w) => Object.assign(at(w, "team", 1), { role }));
    expect(ward.team[1]?.role).toBe(role);
  });

  it("names every role when one is wrong", () => {
    expect(onlyIssue((w) => (at(w, "team", 0)["role"] = "pc"))).toEqual({
      path: "team.0.role",
      message:
        'expected one of dedicated-officer, dedicated-pcso, sergeant, supporting-officer, supporting-pcso, special-constable, volunteer, got "pc"',
    });
  });

  it("needs a name and a rank", () => {
    expect(onlyIssue((w) => delete at(w, "team", 0)["rank"])).toMatchObject({ path: "team.0.rank", message: expect.stringMatching(/^missing: expected a rank/) });
    expect(onlyIssue((w) => (at(w, "team", 0)["name"] = "")).path).toBe("team.0.name");
  });

  it("checks a member's own contact details", () => {
    expect(onlyIssue((w) => (at(w, "team", 0, "contact_details")["email"] = "alex")).path).toBe("team.0.contact_details.email");
  });

  it.each(SUPPORTING_ROLES)("lets a %s cover other wards", (role) => {
    const ward = parsed((w) => Object.assign(at(w, "team", 2), { role }));
    expect(ward.team[2]?.also_covers).toEqual(["E05013664"]);
  });

  it.each(["dedicated-officer", "dedicated-pcso", "sergeant"])("does not let a %s cover other wards", (role) => {
    expect(onlyIssue((w) => Object.assign(at(w, "team", 2), { role }))).toEqual({
      path: "team.2.also_covers",
      message: `only supporting-officer, supporting-pcso, special-constable, volunteer can cover other wards; a ${role} works in this ward only, so remove also_covers`,
    });
  });

  it("wants also_covers to list other wards' codes", () => {
    expect(onlyIssue((w) => (at(w, "team", 2)["also_covers"] = ["Kentish Town"])).path).toBe("team.2.also_covers.0");
    expect(onlyIssue((w) => (at(w, "team", 2)["also_covers"] = ["E05013655"])).message).toBe(
      "also_covers lists other wards; this ward's own code does not belong here",
    );
  });

  it("knows which roles are supporting", () => {
    expect(TEAM_ROLES.filter(isSupportingRole)).toEqual([...SUPPORTING_ROLES]);
  });
});

describe("locations", () => {
  it.each(BASE_TYPES)("accepts the type %s", (type) => {
    expect(parsed((w) => (at(w, "locations", 0)["type"] = type)).locations[0]?.type).toBe(type);
  });

  it("rejects an unknown type, naming the choices", () => {
    expect(onlyIssue((w) => (at(w, "locations", 0)["type"] = "station")).message).toBe(
      'expected one of police-station, kiosk, partnership-office, school, hospital, place-of-worship, other, got "station"',
    );
  });

  it.each([
    ["NW1 0AG", "NW1 0AG"],
    ["nw1 0ag", "NW1 0AG"],
    ["NW10AG", "NW1 0AG"],
    [" sw1a  1aa ", "SW1A 1AA"],
    ["E1 6EW", "E1 6EW"],
    ["EC1V 9NR", "EC1V 9NR"],
    ["CR0 1NX", "CR0 1NX"],
  ])("normalises the postcode %j to %j", (postcode, expected) => {
    expect(parsed((w) => (at(w, "locations", 0)["postcode"] = postcode)).locations[0]?.postcode).toBe(expected);
  });

  it.each(["NW1 0A", "12345", "NW1-0AG", "London", "NW1 0AG X"])("rejects the postcode %j", (postcode) => {
    expect(onlyIssue((w) => (at(w, "locations", 0)["postcode"] = postcode))).toEqual({
      path: "locations.0.postcode",
      message: `expected a UK postcode, like NW1 7JR, got ${JSON.stringify(postcode)}`,
    });
  });

  it("wants front_counter to be true or false and the address to be there", () => {
    expect(onlyIssue((w) => (at(w, "locations", 0)["front_counter"] = "yes")).path).toBe("locations.0.front_counter");
    expect(onlyIssue((w) => delete at(w, "locations", 0)["address"]).path).toBe("locations.0.address");
  });
});

describe("contact details", () => {
  it.each(["020 7946 0101", "02079460101", "+44 20 7946 0101", "+442079460101", "0161 496 0000", "01632 960000", "0800 123 456"])(
    "accepts the telephone number %j",
    (telephone) => {
      expect(parsed((w) => (at(w, "contact_details")["telephone"] = telephone)).contact_details.telephone).toBe(telephone);
    },
  );

  it.each(["020-7946-0101", "(020) 7946 0101", "020.7946.0101"])("says to use spaces in the telephone number %j", (telephone) => {
    expect(onlyIssue((w) => (at(w, "contact_details")["telephone"] = telephone))).toEqual({
      path: "contact_details.telephone",
      message: `expected a UK telephone number with spaces, got ${JSON.stringify(telephone)}: use spaces, not hyphens, dots or brackets, like 020 7946 0000`,
    });
  });

  it("says to quote a telephone number that YAML read as a number, losing its leading 0", () => {
    expect(onlyIssue((w) => (at(w, "contact_details")["telephone"] = 2079460101))).toEqual({
      path: "contact_details.telephone",
      message: 'YAML read this as the number 2079460101, without its leading 0; put the number in quotes, like "020 7946 0000"',
    });
  });

  it.each(["020 7946 00", "020 7946 01011", "+1 212 555 0100", "call us", "2079460101"])(
    "rejects the telephone number %j",
    (telephone) => {
      expect(onlyIssue((w) => (at(w, "contact_details")["telephone"] = telephone))).toEqual({
        path: "contact_details.telephone",
        message: `expected a UK telephone number of 10 or 11 digits starting 0 or +44, like 020 7946 0000, got ${JSON.stringify(telephone)}`,
      });
    },
  );

  it("makes international tel: links", () => {
    expect(normaliseTelephone("+44 20 7946 0101")).toBe("02079460101");
    expect(telephoneHref("020 7946 0101")).toBe("tel:+442079460101");
    expect(telephoneHref("+44 20 7946 0101")).toBe("tel:+442079460101");
  });

  it.each(["camden", "camden@", "@police.example", "a b@police.example"])("rejects the email %j", (email) => {
    expect(onlyIssue((w) => (at(w, "contact_details")["email"] = email))).toEqual({
      path: "contact_details.email",
      message: `expected an email address, like camden-town.snt@met.police.uk, got ${JSON.stringify(email)}`,
    });
  });

  it("accepts only https social links with a label", () => {
    for (const url of ["http://social.example/x", "ftp://social.example/x", "social.example/x", "https://localhost/x", "javascript:alert(1)"]) {
      expect(onlyIssue((w) => (at(w, "contact_details", "social", 0)["url"] = url))).toEqual({
        path: "contact_details.social.0.url",
        message: `expected a full https:// link, like https://x.com/MPSCamdenTown, got ${JSON.stringify(url)}`,
      });
    }
    expect(onlyIssue((w) => delete at(w, "contact_details", "social", 0)["label"]).path).toBe("contact_details.social.0.label");
  });
});

describe("priorities", () => {
  it.each(PRIORITY_STATUSES)("accepts the status %s", (status) => {
    expect(parsed((w) => (at(w, "priorities", 0)["status"] = status)).priorities[0]?.status).toBe(status);
  });

  it("rejects an unknown status", () => {
    expect(onlyIssue((w) => (at(w, "priorities", 0)["status"] = "closed")).message).toBe(
      'expected one of open, in-progress, resolved, got "closed"',
    );
  });

  it("keeps the issue under 120 characters", () => {
    expect(parsed((w) => (at(w, "priorities", 0)["issue"] = "x".repeat(120))).priorities).toHaveLength(1);
    expect(onlyIssue((w) => (at(w, "priorities", 0)["issue"] = "x".repeat(121))).path).toBe("priorities.0.issue");
  });

  it("needs date_set; action and date_updated are optional", () => {
    expect(onlyIssue((w) => delete at(w, "priorities", 0)["date_set"]).path).toBe("priorities.0.date_set");
    const ward = parsed((w) => {
      delete at(w, "priorities", 0)["action"];
      delete at(w, "priorities", 0)["date_updated"];
    });
    expect(ward.priorities[0]?.date_updated).toBeUndefined();
  });

  it("allows an update on the day it was set, not before", () => {
    expect(parsed((w) => (at(w, "priorities", 0)["date_updated"] = "2026-03-02")).priorities).toHaveLength(1);
    expect(onlyIssue((w) => (at(w, "priorities", 0)["date_updated"] = "2026-03-01"))).toEqual({
      path: "priorities.0.date_updated",
      message: "expected a date on or after date_set (2026-03-02), got 2026-03-01",
    });
  });

  it("reports a malformed date once, without comparing it", () => {
    expect(onlyIssue((w) => (at(w, "priorities", 0)["date_updated"] = "March")).message).toContain("written YYYY-MM-DD");
  });
});

describe("events", () => {
  it.each(EVENT_TYPES)("accepts the type %s", (type) => {
    expect(parsed((w) => (at(w, "events", 0)["type"] = type)).events[0]?.type).toBe(type);
  });

  it("rejects an unknown type", () => {
    expect(onlyIssue((w) => (at(w, "events", 0)["type"] = "meeting")).path).toBe("events.0.type");
  });

  it.each(["2027-01-20 18:30", "2027-01-20T18:30:00", "2027-01-20T18:30Z", "2027-01-20T18:30+00:00", "20/01/2027 18:30"])(
    "rejects the date-time %j",
    (start) => {
      expect(onlyIssue((w) => (at(w, "events", 0)["start_date"] = start))).toMatchObject({
        path: "events.0.start_date",
        message: expect.stringContaining("written YYYY-MM-DDTHH:MM"),
      });
    },
  );

  it.each(["2027-02-30T10:00", "2027-01-20T24:00", "2027-01-20T18:60"])("rejects the impossible date-time %j", (start) => {
    expect(onlyIssue((w) => (at(w, "events", 0)["start_date"] = start))).toEqual({
      path: "events.0.start_date",
      message: `expected a real date and time, got ${JSON.stringify(start)}`,
    });
  });

  it("rejects times that London skips when the clocks go forward", () => {
    // The last Sunday in March: 28 March 2027 and 26 March 2028.
    for (const start of ["2027-03-28T01:00", "2027-03-28T01:59", "2028-03-26T01:30"]) {
      expect(onlyIssue((w) => Object.assign(at(w, "events", 0), { start_date: start, end_date: "2028-04-01T10:00" })).message).toBe(
        `"${start}" does not exist in London: the clocks go forward an hour that night`,
      );
    }
    for (const start of ["2027-03-28T00:59", "2027-03-28T02:00", "2027-03-21T01:30", "2027-10-31T01:30"]) {
      expect(parsed((w) => Object.assign(at(w, "events", 0), { start_date: start, end_date: "2028-04-01T10:00" })).events).toHaveLength(1);
    }
  });

  it("wants the end after the start", () => {
    expect(onlyIssue((w) => (at(w, "events", 0)["end_date"] = "2027-01-20T18:30"))).toEqual({
      path: "events.0.end_date",
      message: "expected a time after start_date (2027-01-20T18:30), got 2027-01-20T18:30",
    });
    expect(onlyIssue((w) => (at(w, "events", 0)["end_date"] = "2026-12-31T23:00")).path).toBe("events.0.end_date");
    expect(parsed((w) => (at(w, "events", 0)["end_date"] = "2027-01-21T01:00")).events).toHaveLength(1);
  });

  it("needs a title and an address; the description is optional", () => {
    expect(onlyIssue((w) => delete at(w, "events", 0)["title"]).path).toBe("events.0.title");
    expect(onlyIssue((w) => delete at(w, "events", 0)["address"]).path).toBe("events.0.address");
    expect(parsed((w) => delete at(w, "events", 0)["description"]).events[0]?.description).toBeUndefined();
  });
});

describe("reporting", () => {
  it("reports every mistake in a ward, including rules across fields, in one pass", () => {
    const found = issues((w) => {
      at(w, "team", 0)["role"] = "pc";
      at(w, "team", 2)["role"] = "dedicated-pcso";
      at(w, "contact_details")["email"] = "nope";
      at(w, "events", 0)["end_date"] = "2027-01-20T08:00";
      w["neighbours"] = ["E05013655"];
    });
    expect(found.map((issue) => issue.path.join("."))).toEqual(
      expect.arrayContaining(["team.0.role", "team.2.also_covers", "contact_details.email", "events.0.end_date", "neighbours.0"]),
    );
  });

  it("treats a data.police.uk N suffix as the same ward", () => {
    expect(wardCodeKey("E05013806N")).toBe("E05013806");
    expect(wardCodeKey("E05013806")).toBe("E05013806");
  });
});
