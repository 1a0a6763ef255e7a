import { CITY_OF_LONDON } from "../../../src/city/city.ts";
import type { FindOutcome } from "../../../src/postcodes/find.ts";
import type { WardTeamSummary } from "../../../src/postcodes/lookup-file.ts";
import { MET_CONTACT_US } from "../../../src/report/contacts.ts";

/*
 * The find page's DOM: messages in the live region, and the team. Built from
 * text nodes and elements only; nothing is parsed as HTML.
 */

type Part = string | Node;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: Part[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const link = (href: string, text: string) => el("a", { href }, text);
const para = (...children: Part[]) => el("p", {}, ...children);

/** What goes in the live region for an outcome: one or two short paragraphs, with a way on. */
export function message(outcome: FindOutcome, prefix: string): Node[] {
  const areas = link(`${prefix}areas/`, "find your area in the list of boroughs and wards");
  switch (outcome.kind) {
    case "invalid":
      return [para("That doesn’t look like a postcode. A postcode looks like NW1 7JN.")];
    case "outside":
      return [
        para(`${outcome.postcode} is not in London. Safer Neighbourhoods teams cover London’s 32 boroughs.`),
        para(link(CITY_OF_LONDON.policeUkUrl, "Find the neighbourhood team for anywhere in the UK on police.uk"), "."),
      ];
    case "unknown":
      return [
        para(`We could not find ${outcome.postcode}. It may be a new postcode, one that is no longer used, or not in London. Check it, or `, areas, "."),
        // Districts on London's edge reach beyond it: their postcodes outside London are not in our data.
        para("If it is outside London, ", link(CITY_OF_LONDON.policeUkUrl, "find its neighbourhood team on police.uk"), "."),
      ];
    case "failed":
      return [
        para(`Sorry, we could not look up ${outcome.postcode} just now. Check your connection and try again, or `, link(`${prefix}areas/`, "find your ward in the A to Z of areas"), "."),
      ];
    case "city":
      return [
        para(`${outcome.postcode} is in the City of London, which has its own police force, the City of London Police. The Met’s Safer Neighbourhoods teams do not cover it.`),
        para(
          link(CITY_OF_LONDON.forceUrl, "City of London Police"),
          " · ",
          link(CITY_OF_LONDON.policeUkUrl, "find your team on police.uk"),
          " · ",
          link(outcome.city.url, "more about policing in the City"),
        ),
      ];
    case "ward":
      return [para(`${outcome.postcode} is in ${outcome.ward.name} ward, ${outcome.ward.borough}.`)];
  }
}

function row(term: string, ...value: Part[]): HTMLElement[] {
  return [el("dt", { class: "sn-find-team__term" }, term), el("dd", { class: "sn-find-team__value" }, ...value)];
}

const names = (people: readonly string[]) => (people.length > 0 ? people.join(", ") : "Post vacant");

/** The team's essentials, and the way to its page. */
export function teamDetails(ward: WardTeamSummary): Node[] {
  const contact: Part[] = [];
  if (ward.email) contact.push(el("a", { href: `mailto:${ward.email}` }, ward.email));
  if (ward.telephone) {
    if (contact.length > 0) contact.push(el("br", {}));
    contact.push(el("a", { href: `tel:${ward.telephone.replace(/[^\d+]/g, "")}` }, ward.telephone));
  }
  if (contact.length === 0) contact.push(`There are no direct contact details for the ${ward.name} team yet. Call 101 and ask for the team.`);
  const nodes: Node[] = [
    el("p", { class: "sn-find-team__caption" }, `Safer Neighbourhoods team, ${ward.borough}`),
    el("h2", { class: "sn-find-team__heading" }, ward.name),
  ];
  if (ward.sample) {
    nodes.push(el("p", { class: "sn-find-team__sample" }, "Sample content: the people and contact details for this ward are made up."));
  }
  // A team not added yet has posts we do not know about: saying "vacant" would be wrong, as on the ward's page.
  const people = ward.pending
    ? row("Your team", "We are adding this team’s details. Meanwhile, call 101 or contact the police online at ", link(MET_CONTACT_US, "met.police.uk"), ".")
    : [...row("Dedicated ward officer", names(ward.officers)), ...row("Dedicated PCSO", names(ward.pcsos))];
  nodes.push(
    el("dl", { class: "sn-find-team__details" }, ...people, ...row("Contact", ...contact)),
    el("p", { class: "sn-find-team__more" }, link(ward.url, `See the ${ward.name} team’s page`)),
  );
  return nodes;
}
