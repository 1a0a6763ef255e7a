import type { Base, Priority, TeamMember, Ward, WardEvent } from "./schema.ts";

/*
 * How the site names the values in ward files, and the order it lists wards
 * in: one place for the words pages, search records and calendars share.
 */

export const ROLE_LABELS: Readonly<Record<TeamMember["role"], string>> = {
  "dedicated-officer": "Dedicated ward officer",
  "dedicated-pcso": "Dedicated police community support officer (PCSO)",
  sergeant: "Sergeant",
  "supporting-officer": "Supporting police constable",
  "supporting-pcso": "Supporting police community support officer (PCSO)",
  "special-constable": "Special constable",
  volunteer: "Volunteer",
};

export const EVENT_TYPE_LABELS: Readonly<Record<WardEvent["type"], string>> = {
  "ward-panel-meeting": "Ward panel meeting",
  "contact-session": "Contact session",
  "street-briefing": "Street briefing",
  "community-event": "Community event",
  other: "Event",
};

/** A base's type in words, for people and for the search filter. */
export const BASE_TYPE_LABELS: Readonly<Record<Base["type"], string>> = {
  "police-station": "Police station",
  kiosk: "Kiosk",
  "partnership-office": "Partnership office",
  school: "School",
  hospital: "Hospital",
  "place-of-worship": "Place of worship",
  other: "Other",
};

export const PRIORITY_STATUS_LABELS: Readonly<Record<Priority["status"], string>> = {
  open: "Open",
  "in-progress": "In progress",
  resolved: "Resolved",
};

/** A ward page as search results name it (the page's own h1 is the ward's name alone). */
export function wardPageTitle(ward: Pick<Ward, "name">): string {
  return `${ward.name} Safer Neighbourhoods team`;
}

// Accents and case do not separate names, and "Ward 2" comes before "Ward 10".
const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

/** Names as people look them up, for boroughs and wards alike. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Wards by borough, then name (the code settles a tie): the order of every list of wards but the A to Z. */
export function compareWards(a: Ward, b: Ward): number {
  return compareNames(a.borough.name, b.borough.name) || compareNames(a.name, b.name) || a.id.localeCompare(b.id);
}

/** Wards from A to Z by name, whatever their borough: the A to Z of areas. */
export function compareWardsByName(a: Ward, b: Ward): number {
  return compareNames(a.name, b.name) || compareNames(a.borough.name, b.borough.name) || a.id.localeCompare(b.id);
}
