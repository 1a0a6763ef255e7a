import { describe, expect, it } from "vitest";
import { AreasPage } from "../../../layouts/areas.tsx";
import { BoroughPage } from "../../../layouts/borough.tsx";
import { WardPage } from "../../../layouts/ward.tsx";
import { renderToHtml } from "../../../src/jsx/render.ts";
import { buildDirectory, type WardDirectory } from "../../../src/wards/directory.ts";
import type { Ward } from "../../../src/wards/schema.ts";
import { headingLevels, sectionWithHeading, skippedHeading, textOf } from "./html-helpers.ts";
import { allWards, belsize, camdenTown, hostile, kentishTown, makeWard, NOW } from "./ward-fixtures.ts";

const directory = buildDirectory(allWards, NOW);

function renderWard(ward: Ward, dir: WardDirectory = directory): string {
  return renderToHtml(WardPage({ ward, directory: dir, stylesheetHref: "/assets/main.css" }));
}

const html = renderWard(camdenTown);
const vacantHtml = renderWard(kentishTown);

describe("WardPage: document", () => {
  it("is a full page titled after the ward, with breadcrumbs to its borough", () => {
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">")).toBe(true);
    expect(html).toContain("<title>Camden Town team, Camden – Safer Neighbourhoods</title>");
    expect(html).toContain(
      'content="Meet the Safer Neighbourhoods team for Camden Town in Camden: your dedicated officers, where they are based, how to contact them and their local priorities."',
    );
    expect(html).toMatch(/<a class="sn-breadcrumbs__link" href="\/">Home<\/a>/);
    expect(html).toMatch(/href="\/areas\/">Areas<\/a>/);
    expect(html).toMatch(/href="\/areas\/camden\/">Camden<\/a>/);
  });

  it("has exactly one h1 and never skips a heading level", () => {
    for (const page of [html, vacantHtml]) {
      const levels = headingLevels(page);
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      expect(levels[0]).toBe(1);
      expect(skippedHeading(levels)).toBeUndefined();
    }
    // The ward's name alone, with whose team it is as a caption above: not one long heading.
    expect(html).toMatch(/<h1[^>]*>Camden Town<\/h1>/);
    expect(textOf(html)).toContain("Safer Neighbourhoods team, Camden Camden Town");
  });

  it("gives every section an h2 with a stable id", () => {
    for (const [id, text] of [
      ["team", "Your team"],
      ["base", "Where the team is based"],
      ["contact", "Contact the team"],
      ["priorities", "Local priorities"],
      ["events", "Upcoming events"],
      ["neighbours", "Neighbouring wards"],
    ]) {
      expect(html).toMatch(new RegExp(`<h2 class="sn-ward__heading" id="${id}">${text}</h2>`));
    }
  });

  it("says when the content is a sample, and not otherwise", () => {
    expect(textOf(html)).toContain(
      "Sample content: the people and details on this page are illustrative, not a real team.",
    );
    expect(vacantHtml).not.toContain("Sample content");
  });

  it("renders the markdown description", () => {
    expect(html).toContain("<strong>busy</strong>");
  });

  it("is not marked for Pagefind, which indexes the ward's search record instead", () => {
    expect(html).not.toContain("data-pagefind");
  });
});

describe("WardPage: team", () => {
  const team = sectionWithHeading(html, "team");

  it("lists the dedicated officer and PCSO first, as the ward's own, in a real list", () => {
    const dedicated = team.slice(team.indexOf('id="team-dedicated"'), team.indexOf('id="team-supporting"'));
    expect(textOf(dedicated)).toContain("Dedicated to Camden Town");
    expect(textOf(dedicated)).toContain("These officers work only in Camden Town.");
    expect(dedicated).toMatch(/<ul class="sn-team-list sn-team-list--dedicated"><li/);
    const officer = dedicated.indexOf("PC Jane Smith");
    const pcso = dedicated.indexOf("PCSO Amir Khan");
    expect(officer).toBeGreaterThan(-1);
    expect(pcso).toBeGreaterThan(officer);
    expect(textOf(dedicated)).toContain("PC Jane Smith Dedicated ward officer");
    expect(textOf(dedicated)).toContain("Dedicated police community support officer (PCSO)");
    expect(dedicated).not.toContain("Sam Okoro");
    expect(team.indexOf("Sam Okoro")).toBeGreaterThan(team.indexOf('id="team-supporting"'));
  });

  it("shows a member's own contact details as links", () => {
    expect(team).toContain('<a class="sn-contact-details__link" href="mailto:jane.smith@met.police.example">jane.smith@met.police.example</a>');
    // No-break spaces keep the number on one line.
    expect(team).toContain('href="tel:+442079460001">020\u00a07946\u00a00001</a>');
  });

  it("lists supporting members in role order, with their role in words", () => {
    const supporting = textOf(team.slice(team.indexOf('id="team-supporting"')));
    expect(supporting).toContain("Supporting officers They also work in neighbouring wards when needed.");
    const order = ["Sgt Sam Okoro, sergeant", "PC Priya Patel, supporting police constable", "PCSO Mallory", "Volunteer Lee Chan, volunteer"];
    const positions = order.map((text) => supporting.indexOf(text));
    expect(positions.every((position) => position > -1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("links supporting members to the other wards they cover", () => {
    expect(team).toMatch(/Also covers <a href="\/areas\/camden\/kentish-town-south\/">Kentish Town South<\/a> and <a href="\/areas\/westminster\/abbey-road\/">Abbey Road<\/a>/);
  });

  it("says in words when a dedicated post is vacant", () => {
    const text = textOf(sectionWithHeading(vacantHtml, "team"));
    expect(text).toContain("Dedicated ward officer: this post is vacant.");
    expect(text).toContain("Dedicated police community support officer (PCSO): this post is vacant.");
    expect(textOf(html)).not.toContain("this post is vacant");
  });
});

describe("WardPage: base, contact, priorities", () => {
  it("gives each base's type in words, its address with the postcode as text, and its front counter", () => {
    const base = sectionWithHeading(html, "base");
    expect(base).toContain("<address");
    expect(base).toContain('<span class="sn-base__postcode">WC1H 9JE</span>');
    expect(base).toContain("NW5 3AE");
    const text = textOf(base);
    expect(text).toContain("Type Partnership office");
    expect(text).toContain("Type Police station");
    expect(text).toContain("Opening hours Monday to Friday, 10am to 4pm");
    expect(text).toContain("Public front counter Yes");
    expect(text).toContain("Public front counter No");
    expect(textOf(sectionWithHeading(vacantHtml, "base"))).toContain("The team does not have a public base listed yet.");
  });

  it("says the emergency numbers once, after the team's contact details", () => {
    const contact = sectionWithHeading(html, "contact");
    const text = textOf(contact);
    expect(text).toContain(
      "In an emergency, call 999. If you are deaf or hard of hearing, use textphone 18000. For non-emergencies, call 101.",
    );
    expect(text.indexOf("call 999")).toBeGreaterThan(text.indexOf("camdentown.snt"));
    expect(textOf(html).split("call 999")).toHaveLength(2);
    expect(contact).toContain(
      'href="mailto:camdentown.snt.with.a.very.long.address@met.police.example">camdentown.snt.with.a.very.long.address@met.police.example</a>',
    );
    expect(contact).toContain('href="tel:+442079460000">020\u00a07946\u00a00000</a>');
    expect(contact).toContain('href="https://x.com/MPSCamdenTown">X (formerly Twitter)</a>');
    expect(textOf(sectionWithHeading(vacantHtml, "contact"))).toContain("call 999");
  });

  it("gives priorities a status in words and human dates in <time>", () => {
    const priorities = sectionWithHeading(html, "priorities");
    expect(priorities).toContain('<strong class="sn-tag sn-tag--in-progress">In progress</strong>');
    expect(priorities).toContain('<strong class="sn-tag sn-tag--open">Open</strong>');
    expect(priorities).toContain('<strong class="sn-tag sn-tag--resolved">Resolved</strong>');
    expect(priorities).toContain('Set <time datetime="2026-03-03">3 March 2026</time>. Updated <time datetime="2026-07-01">1 July 2026</time>.');
    expect(priorities).toContain('Set <time datetime="2026-01-15">15 January 2026</time>.');
    expect(textOf(sectionWithHeading(vacantHtml, "priorities"))).toContain("has not published any local priorities yet");
  });
});

describe("WardPage: events, neighbours, review date", () => {
  const events = sectionWithHeading(html, "events");

  it("drops past events and shows upcoming ones in London time", () => {
    expect(events).not.toContain("Old ward panel meeting");
    // The title already says "Street briefing", so the type is not said again.
    expect(textOf(events)).toContain("When Tuesday 2 March 2027, 6:30pm to 8pm Where Outside Camden Town station");
    expect(events).not.toContain('class="sn-event__type"');
    expect(events).toContain('<time datetime="2027-03-02T18:30:00.000+00:00">Tuesday 2 March 2027, 6:30pm</time> to <time datetime="2027-03-02T20:00:00.000+00:00">8pm</time>');
  });

  it("writes a summer event's instant with the BST offset", () => {
    const summer = makeWard({
      id: "E05013641",
      name: "Summer Ward",
      slug: "summer-ward",
      events: [
        { title: "Picnic", type: "community-event", start_date: "2027-06-01T12:00", end_date: "2027-06-01T14:30", address: "The park" },
      ],
    });
    const page = renderWard(summer, buildDirectory([summer], NOW));
    expect(page).toContain('<time datetime="2027-06-01T12:00:00.000+01:00">Tuesday 1 June 2027, midday</time> to <time datetime="2027-06-01T14:30:00.000+01:00">2:30pm</time>');
    expect(textOf(page)).toContain("Community event");
  });

  it("links to the calendar file only when there are upcoming events", () => {
    expect(events).toContain('<a href="/areas/camden/camden-town/events.ics" type="text/calendar">Add these events to your calendar (.ics file)</a>');
    const none = sectionWithHeading(vacantHtml, "events");
    expect(textOf(none)).toContain("No upcoming events are listed.");
    expect(none).not.toContain(".ics");
    // Only past events: no calendar link either.
    const pastOnly = makeWard({
      id: "E05013642",
      name: "Past Ward",
      slug: "past-ward",
      events: [
        { title: "Gone", type: "other", start_date: "2026-01-01T10:00", end_date: "2026-01-01T11:00", address: "Hall" },
      ],
    });
    const pastHtml = renderWard(pastOnly, buildDirectory([pastOnly], NOW));
    expect(pastHtml).not.toContain("events.ics");
    expect(pastHtml).not.toContain("Gone");
  });

  it("links neighbouring wards, naming another borough", () => {
    const neighbours = sectionWithHeading(html, "neighbours");
    expect(neighbours).toContain('<ul class="sn-ward-links">');
    expect(neighbours).toContain('<a href="/areas/camden/kentish-town-south/">Kentish Town South</a></li>');
    expect(neighbours).toContain('<a href="/areas/westminster/abbey-road/">Abbey Road</a> (Westminster)</li>');
    expect(textOf(sectionWithHeading(renderWard(belsize), "neighbours"))).toContain("No neighbouring wards are listed.");
  });

  it("says when the page was last reviewed", () => {
    expect(html).toContain('This page was last reviewed on <time datetime="2026-11-20">20 November 2026</time>.');
  });
});

describe("WardPage escapes content by default", () => {
  it("renders <script> in names, bios, priorities and events as text", () => {
    // The one script element is the JSON-LD data block, which browsers do not run; a `<` inside it would stop this match.
    expect(html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, "")).not.toContain("<script");
    const escaped = "&lt;script>alert(&quot;owned&quot;)&lt;/script>";
    const count = html.split(escaped).length - 1;
    // Name, priority issue, event title and event description (supporting members' bios stay off the compact list).
    expect(count).toBeGreaterThanOrEqual(4);
    expect(html).not.toContain("in bios");
    expect(textOf(html)).toContain(`PCSO Mallory ${escaped}`);
  });

  it("keeps raw HTML out of the markdown description", () => {
    const page = renderWard(makeWard({ id: "E05013643", name: "Evil", slug: "evil", description: `Hello ${hostile}` }));
    expect(page).not.toContain("<script");
    expect(page).toContain("Hello &lt;script&gt;");
  });

  it("uses real lists for the team, with the role in text", () => {
    expect(html).toMatch(/<ul class="sn-team-compact"><li class="sn-team-compact__item"><strong class="sn-team-compact__name">Sgt Sam Okoro<\/strong>, sergeant/);
  });
});

describe("BoroughPage", () => {
  const entry = directory.boroughs.find((b) => b.borough.code === "E09000007");
  if (!entry) throw new Error("fixture borough missing");
  const page = renderToHtml(BoroughPage({ entry, stylesheetHref: "/assets/main.css" }));

  it("lists the borough's wards A to Z with their dedicated officer", () => {
    expect(page).toMatch(/<h1[^>]*>Camden Safer Neighbourhoods teams<\/h1>/);
    expect(textOf(page)).toContain("Camden has 3 wards.");
    const text = textOf(page);
    const order = [
      "Belsize Dedicated officer: PC Tom Reed",
      "Camden Town Dedicated officer: PC Jane Smith",
      "Kentish Town South Dedicated officer: post vacant",
    ];
    const positions = order.map((line) => text.indexOf(line));
    expect(positions.every((position) => position > -1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(page).toContain('href="/areas/camden/camden-town/"');
    expect(page).not.toContain("Abbey Road");
    // textOf() spaces out every tag; search excerpts and screen readers only see the text itself.
    expect(page).toContain('Camden Town</a> <span class="sn-borough__officer">');
  });

  it("has breadcrumbs, one h1, and the borough's filter and name for search", () => {
    expect(page).toMatch(/href="\/areas\/">Areas<\/a>/);
    expect(headingLevels(page)).toEqual([1, 2]);
    expect(page).toContain('<span data-pagefind-filter="borough">Camden</span>');
    expect(page).toContain('<span data-pagefind-meta="name">Camden</span>');
  });
});

describe("AreasPage", () => {
  const page = renderToHtml(AreasPage({ directory, stylesheetHref: "/assets/main.css" }));

  it("has the find and search forms, every borough, the City of London, and headings in order", () => {
    expect(page).toMatch(/<h1[^>]*>Find your Safer Neighbourhoods team<\/h1>/);
    expect(page).toMatch(/<form class="sn-form sn-find-form" action="\/find\/" method="get"/);
    expect(page).toContain('<label class="sn-form__label" for="areas-search">Or search by ward or borough name</label>');
    // Between Camden and Westminster, from A to Z, and never as a Met borough.
    expect(textOf(page)).toMatch(/Camden \(3 wards\).*City of London \(policed by the City of London Police\).*Westminster \(1 ward\)/s);
    expect(textOf(page)).toContain("Camden (3 wards)");
    expect(textOf(page)).toContain("Westminster (1 ward)");
    expect(page).toContain('href="/areas/westminster/"');
    const levels = headingLevels(page);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(skippedHeading(levels)).toBeUndefined();
  });

  it("indexes wards A to Z, only for letters that have wards", () => {
    // Each letter is a closed group whose summary is the index entry, so a phone shows letters, not 700 names.
    for (const letter of ["a", "b", "c", "k"]) {
      expect(page).toMatch(new RegExp(`<details class="sn-areas__group" id="letter-${letter}"><summary class="sn-areas__letter">${letter.toUpperCase()} `));
    }
    expect(page).not.toContain('id="letter-z"');
    expect(page).not.toContain("<details open");
    expect(page).toContain('<li><a href="/areas/camden/camden-town/">Camden Town</a>, Camden</li>');
    expect(page).toContain('<li><a href="/areas/westminster/abbey-road/">Abbey Road</a>, Westminster</li>');
    const text = textOf(page);
    expect(text.indexOf("Abbey Road, Westminster")).toBeLessThan(text.indexOf("Belsize, Camden"));
  });

  it("stays lean with hundreds of wards", () => {
    const many = Array.from({ length: 704 }, (_, i) =>
      makeWard({ id: `E05${String(100000 + i).padStart(6, "0")}`, name: `Ward ${String.fromCharCode(65 + (i % 26))}${i}`, slug: `ward-${i}` }),
    );
    const big = renderToHtml(AreasPage({ directory: buildDirectory(many, NOW), stylesheetHref: "/a.css" }));
    const wardItems = big.match(/<li><a href="\/areas\/camden\/ward-\d+\/">/g) ?? [];
    expect(wardItems).toHaveLength(704);
    // About 100 bytes of markup per ward, nothing more; the lists stay out of the search index.
    expect(big.match(/<section class="sn-areas__section" data-pagefind-ignore>/g)).toHaveLength(2);
    expect(big.length).toBeLessThan(704 * 110 + 10_000);
  });
});


describe("WardPage: the summary under the heading", () => {
  const guides = [
    { url: "/report/drug-dealing/", title: "Drug dealing", order: 8, keywords: ["drug"] },
    { url: "/report/noise/", title: "Noise", order: 4, keywords: ["noise"] },
  ];
  const withGuides = renderToHtml(WardPage({ ward: camdenTown, directory, stylesheetHref: "/a.css", guides }));
  const withMeeting = makeWard({
    id: "E05013644",
    name: "Meeting Ward",
    slug: "meeting-ward",
    locations: [{ name: "Hall", type: "other", address: "1 High Street, London", postcode: "N1 1AA" }],
    events: [
      { title: "Meet the team", type: "contact-session", start_date: "2027-01-05T10:00", end_date: "2027-01-05T11:00", address: "Library, London E1 6QR" },
      { title: "Meeting Ward ward panel meeting", type: "ward-panel-meeting", start_date: "2027-02-10T19:00", end_date: "2027-02-10T20:30", address: "Back room, 1 High Street, London" },
    ],
  });
  const meetingHtml = renderWard(withMeeting, buildDirectory([withMeeting], NOW));

  it("comes straight after the heading: contact details, the ward's own officers, base, then 999 once", () => {
    const text = textOf(html);
    const h1 = text.indexOf("Camden Town Sample content");
    const summary = textOf(sectionWithHeading(html, "contact"));
    expect(h1).toBeGreaterThan(-1);
    expect(text.indexOf("Contact the team")).toBeGreaterThan(h1);
    // Nothing but the sample notice between the heading and the summary.
    expect(text.indexOf("Contact the team")).toBeLessThan(text.indexOf("Local priorities"));
    expect(summary).toContain("Email camdentown.snt.with.a.very.long.address@met.police.example");
    expect(summary).toContain("Telephone 020 7946 0000");
    expect(summary).toContain("Dedicated ward officer PC Jane Smith");
    expect(summary).toContain("Dedicated police community support officer (PCSO) PCSO Amir Khan");
    expect(summary).toContain("Based at Camden Town Police Office, WC1H 9JE Kentish Town Police Station, NW5 3AE");
    expect(summary.indexOf("call 999")).toBeGreaterThan(summary.indexOf("Telephone"));
  });

  it("says when a dedicated post is vacant, and how to find out about meetings when none is listed", () => {
    const summary = textOf(sectionWithHeading(vacantHtml, "contact"));
    expect(summary).toContain("Dedicated ward officer Vacant");
    expect(summary).toContain("Dedicated police community support officer (PCSO) Vacant");
    expect(summary).toContain("Next ward panel meeting None listed yet. Email or call the team to ask when the next one is.");
    expect(sectionWithHeading(vacantHtml, "contact")).toContain('href="/faq/what-is-a-ward-panel/"');
  });

  it("gives the next ward panel meeting's date, time and place with its postcode", () => {
    const summary = textOf(sectionWithHeading(meetingHtml, "contact"));
    // The contact session is sooner, but it is not a ward panel meeting.
    expect(summary).toContain(
      "Next ward panel meeting Wednesday 10 February 2027, 7pm to 8:30pm Back room, 1 High Street, London N1 1AA",
    );
    // Every event shows its postcode, and a title that says its type is not followed by the type again.
    const events = textOf(sectionWithHeading(meetingHtml, "events"));
    expect(events).toContain("Where Library, London E1 6QR");
    expect(events).toContain("Where Back room, 1 High Street, London N1 1AA");
    expect(events).toContain("Meet the team Contact session When");
    expect(events).not.toContain("ward panel meeting Ward panel meeting");
  });

  it("links priorities to the guide for the same problem, and to police.uk for crime", () => {
    const priorities = sectionWithHeading(withGuides, "priorities");
    expect(priorities).toContain('<a href="/report/drug-dealing/">Who to contact about drug dealing</a>');
    expect(priorities).toContain('<a href="/report/noise/">Who to contact about noise</a>');
    expect(priorities.match(/Who to contact about/g)).toHaveLength(2);
    expect(priorities).toContain('href="https://www.police.uk/pu/your-area/metropolitan-police-service/camden-town/"');
    expect(sectionWithHeading(withGuides, "contact")).toContain('href="/report/"');
  });
});

describe("BoroughPage: meetings", () => {
  const first = makeWard({
    id: "E05013645",
    name: "First",
    slug: "first",
    events: [{ title: "Panel", type: "ward-panel-meeting", start_date: "2027-03-01T19:00", end_date: "2027-03-01T20:00", address: "Hall, London N1 1AA" }],
  });
  const second = makeWard({
    id: "E05013646",
    name: "Second",
    slug: "second",
    events: [
      { title: "Stall", type: "contact-session", start_date: "2027-02-01T10:00", end_date: "2027-02-01T12:00", address: "Market, London E1 6QR" },
      { title: "Briefing", type: "street-briefing", start_date: "2027-01-01T10:00", end_date: "2027-01-01T11:00", address: "Corner" },
    ],
  });
  const dir = buildDirectory([first, second], NOW);
  const entry = dir.boroughs[0];
  if (!entry) throw new Error("fixture borough missing");

  it("lists its wards' upcoming ward panel meetings and contact sessions, soonest first", () => {
    const page = renderToHtml(BoroughPage({ entry, stylesheetHref: "/a.css", upcomingEvents: dir.upcomingEvents }));
    const text = textOf(page);
    const stall = text.indexOf("Contact session, Second Market, London E1 6QR");
    const panel = text.indexOf("Ward panel meeting, First Hall, London N1 1AA");
    expect(stall).toBeGreaterThan(-1);
    expect(panel).toBeGreaterThan(stall);
    expect(text).not.toContain("Briefing");
    expect(page).toContain('href="/areas/camden/second/#events"');
  });

  it("says how to find out when none is listed", () => {
    const page = renderToHtml(BoroughPage({ entry, stylesheetHref: "/a.css" }));
    expect(textOf(page)).toContain("No ward panel meetings or contact sessions are listed for wards in Camden yet.");
  });
});
