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
    expect(html).toMatch(/<h1[^>]*>Camden Town Safer Neighbourhoods team<\/h1>/);
    expect(textOf(html)).toContain("Ward in Camden Camden Town Safer Neighbourhoods team");
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
    const order = ["Sgt Sam Okoro Sergeant", "PC Priya Patel Supporting police constable", "PCSO Mallory", "Volunteer Lee Chan Volunteer"];
    const positions = order.map((text) => supporting.indexOf(text));
    expect(positions.every((position) => position > -1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("links supporting members to the other wards they cover", () => {
    expect(team).toMatch(/Also covers: <a href="\/areas\/camden\/kentish-town-south\/">Kentish Town South<\/a> and <a href="\/areas\/westminster\/abbey-road\/">Abbey Road<\/a>/);
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

  it("puts the emergency numbers before the team's contact details", () => {
    const contact = sectionWithHeading(html, "contact");
    const text = textOf(contact);
    expect(text).toContain(
      "In an emergency, call 999. If you are deaf or hard of hearing, use textphone 18000. For non-emergencies, call 101.",
    );
    expect(text.indexOf("call 999")).toBeLessThan(text.indexOf("camdentown.snt"));
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
    expect(textOf(events)).toContain("Street briefing When Tuesday 2 March 2027, 6:30pm to 8pm Where Outside Camden Town station");
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
    // Name, bio, priority issue, event title and event description.
    expect(count).toBeGreaterThanOrEqual(5);
    expect(textOf(html)).toContain(`PCSO Mallory ${escaped}`);
  });

  it("keeps raw HTML out of the markdown description", () => {
    const page = renderWard(makeWard({ id: "E05013643", name: "Evil", slug: "evil", description: `Hello ${hostile}` }));
    expect(page).not.toContain("<script");
    expect(page).toContain("Hello &lt;script&gt;");
  });

  it("uses real lists for the team, with the role in text", () => {
    expect(html).toMatch(/<ul class="sn-team-list"><li class="sn-team-member sn-team-member--sergeant"><h4 class="sn-team-member__name">Sgt Sam Okoro<\/h4><p class="sn-team-member__role">Sergeant<\/p>/);
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

  it("has breadcrumbs, one h1 and a Pagefind type", () => {
    expect(page).toMatch(/href="\/areas\/">Areas<\/a>/);
    expect(headingLevels(page)).toEqual([1]);
    expect(page).toContain('<span data-pagefind-filter="type">Borough</span>');
  });
});

describe("AreasPage", () => {
  const page = renderToHtml(AreasPage({ directory, stylesheetHref: "/assets/main.css" }));

  it("has the search form, every borough and headings in order", () => {
    expect(page).toMatch(/<h1[^>]*>Find your Safer Neighbourhoods team<\/h1>/);
    expect(page).toContain('<label class="sn-search-form__label" for="areas-search">Search by ward, borough or postcode</label>');
    expect(textOf(page)).toContain("Camden (3 wards)");
    expect(textOf(page)).toContain("Westminster (1 ward)");
    expect(page).toContain('href="/areas/westminster/"');
    const levels = headingLevels(page);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(skippedHeading(levels)).toBeUndefined();
  });

  it("indexes wards A to Z, only for letters that have wards", () => {
    for (const letter of ["a", "b", "c", "k"]) {
      expect(page).toContain(`href="#letter-${letter}"`);
      expect(page).toContain(`id="letter-${letter}"`);
    }
    expect(page).not.toContain('id="letter-z"');
    expect(page).not.toContain('href="#letter-z"');
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

