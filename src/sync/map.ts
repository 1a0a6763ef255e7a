import { DateTime } from "luxon";
import { z } from "zod";
import { normaliseTelephone } from "../wards/field-types.ts";
import type { TeamRole } from "../wards/schema.ts";
import type { ApiContactDetails, ApiEvent, ApiPerson, ApiPriority, ApiTeam } from "./api.ts";
import { clip, htmlToMarkdown, htmlToText } from "./html.ts";

/*
 * data.police.uk's neighbourhood team → the fields of a ward file that the
 * sync owns. Values are cut to the ward schema's limits and anything the
 * schema would reject (a missing postcode, a time that never happens in
 * London) is left out with a note, so a merged file always validates.
 */

export interface SyncedSocialLink {
  readonly label: string;
  readonly url: string;
}
export interface SyncedContact {
  readonly email?: string;
  readonly telephone?: string;
  readonly social: readonly SyncedSocialLink[];
}
export interface SyncedMember {
  readonly name: string;
  readonly role: TeamRole;
  readonly rank: string;
  readonly bio?: string;
  readonly contact_details?: SyncedContact;
}
export interface SyncedLocation {
  readonly name: string;
  readonly type: string;
  readonly address: string;
  readonly postcode: string;
}
export interface SyncedPriority {
  readonly issue: string;
  readonly action?: string;
  readonly date_set: string;
  readonly date_updated?: string;
  readonly status: "open" | "in-progress";
}
export interface SyncedEvent {
  readonly title: string;
  readonly type: string;
  readonly start_date: string;
  readonly end_date: string;
  readonly address: string;
  readonly description?: string;
}

/** The fields of a ward file that come from data.police.uk; also what a snapshot holds. */
export interface SyncedWard {
  readonly description?: string;
  readonly centre?: { readonly latitude: number; readonly longitude: number };
  readonly contact_details: SyncedContact;
  readonly team: readonly SyncedMember[];
  readonly locations: readonly SyncedLocation[];
  readonly priorities: readonly SyncedPriority[];
  readonly events: readonly SyncedEvent[];
}

/** A team member whose role the sync could not tell from the API: the author should check it. */
export interface RoleFlag {
  readonly name: string;
  readonly rank: string;
  readonly role: TeamRole;
  readonly reason: string;
}

export interface Mapped {
  readonly ward: SyncedWard;
  /** What was left out or shortened, and why; one line each. */
  readonly notes: readonly string[];
  readonly roleFlags: readonly RoleFlag[];
}

export interface MapOptions {
  /** The ward's name in our file, which a bio may mention. */
  readonly wardName: string;
  /** Events that ended before this are left out (they would not be shown). */
  readonly now: Date;
}

const LONDON = "Europe/London";

export function mapTeam(team: ApiTeam, options: MapOptions): Mapped {
  const notes: string[] = [];
  const roleFlags: RoleFlag[] = [];
  const { neighbourhood } = team;

  const description = fitParagraphs(htmlToMarkdown(neighbourhood.description), 800);
  if (description.clipped) notes.push("description: shortened to 800 characters");

  const team_: SyncedMember[] = [];
  for (const [i, person] of team.people.entries()) {
    const member = mapPerson(person, options.wardName, notes, `people[${i}]`);
    if (!member) continue;
    if (member.flag) roleFlags.push(member.flag);
    team_.push(member.member);
  }

  const contact = mapContact(neighbourhood.contact_details, notes, "contact_details");
  const page = httpsUrl(neighbourhood.url_force);
  const social = [...contact.social];
  if (page && !social.some((link) => link.url === page)) social.push({ label: `Team page on ${new URL(page).hostname}`, url: page });

  return {
    ward: compact({
      description: description.text || undefined,
      centre: mapCentre(neighbourhood.centre, notes),
      contact_details: compact({ ...contact, social }),
      team: uniqueBy(team_, (m) => keyText(m.name)),
      locations: uniqueBy(mapLocations(neighbourhood.locations ?? [], notes), (l) => keyText(l.name)),
      priorities: uniqueBy(mapPriorities(team.priorities, notes), (p) => keyText(p.issue)),
      events: uniqueBy(mapEvents(team.events, options.now, notes), (e) => `${keyText(e.title)} ${e.start_date}`),
    }),
    notes,
    roleFlags,
  };
}

// ---------------------------------------------------------------------------
// People and roles

/**
 * The API has no "dedicated" flag, so the rule is:
 * - a sergeant, special constable or volunteer is that role, whatever the bio says;
 * - a PC or PCSO is dedicated to the ward when the rank says so ("Dedicated Ward
 *   Officer", "DWO") or the bio names this ward or says "dedicated (ward) officer/PCSO";
 * - otherwise (a PC or PCSO who might cover several wards, an inspector, a rank
 *   we do not know) the sync writes the supporting role and flags it for the author.
 */
export function classifyRole(rank: string, bio: string, wardName: string): { role: TeamRole; unclear?: string } {
  const r = ` ${rank.toLowerCase().replace(/[^a-z]+/g, " ")} `;
  const has = (...words: string[]) => words.some((word) => r.includes(` ${word} `));
  if (has("special", "sc", "special constable")) return { role: "special-constable" };
  if (has("volunteer", "cadet", "cadets")) return { role: "volunteer" };
  if (has("sergeant", "sgt", "ps")) return { role: "sergeant" };
  const pcso = has("pcso", "community support officer") || /community support/.test(r);
  const officer = !pcso && (has("pc", "constable", "police constable", "dwo", "officer", "dc") || /ward officer/.test(r));
  if (!pcso && !officer) {
    const what = has("inspector", "insp", "chief", "superintendent")
      ? `an ${rank.trim()} usually leads several wards`
      : `data.police.uk's rank "${rank.trim()}" is not one the sync knows`;
    return { role: "supporting-officer", unclear: `${what}; written as supporting-officer` };
  }
  const dedicated = /dedicated|\bdwo\b|\bward officer\b/.test(r) || /\bdedicated (ward )?(officer|pcso|police)|\bDWO\b/i.test(bio) || namesWard(bio, wardName);
  if (dedicated) return { role: pcso ? "dedicated-pcso" : "dedicated-officer" };
  const role = pcso ? "supporting-pcso" : "supporting-officer";
  return {
    role,
    unclear: `neither the rank nor the bio says they are dedicated to ${wardName}; written as ${role}`,
  };
}

function namesWard(bio: string, wardName: string): boolean {
  // "St James's", "St James’s" and "Camden Town's team" all name their ward.
  const simple = (s: string) =>
    ` ${s.toLowerCase().replace(/[’']s\b/g, "").replace(/[’']/g, "").replace(/&/g, " and ").replace(/[^a-z0-9]+/g, " ").trim()} `;
  const name = simple(wardName);
  return name.trim() !== "" && simple(bio).includes(name);
}

function mapPerson(person: ApiPerson, wardName: string, notes: string[], where: string): { member: SyncedMember; flag?: RoleFlag } | undefined {
  const name = clip(htmlToText(person.name), 80);
  if (name === "") {
    notes.push(`${where}: left out: no name`);
    return undefined;
  }
  const rankText = htmlToText(person.rank);
  const rank = clip(rankText || "Officer", 40);
  const bioText = htmlToText(person.bio);
  const bio = clip(bioText, 1000);
  if (bio !== bioText) notes.push(`team "${name}" bio: shortened to 1,000 characters`);
  const { role, unclear } = rankText
    ? classifyRole(rankText, bioText, wardName)
    : { role: "supporting-officer" as const, unclear: "data.police.uk gives no rank; written as supporting-officer with rank Officer" };
  const contact = mapContact(person.contact_details, notes, `team "${name}" contact_details`);
  const member: SyncedMember = compact({
    name,
    role,
    rank,
    bio: bio || undefined,
    // A person's social links are rare; an empty list would only be noise in the file.
    contact_details: isEmptyContact(contact) ? undefined : compact({ ...contact, social: contact.social.length > 0 ? contact.social : undefined }) as SyncedContact,
  });
  return { member, ...(unclear ? { flag: { name, rank, role, reason: unclear } } : {}) };
}

// ---------------------------------------------------------------------------
// Contact details

const SOCIAL_LABELS: Record<string, string> = {
  twitter: "X (Twitter)",
  facebook: "Facebook",
  instagram: "Instagram",
  youtube: "YouTube",
  flickr: "Flickr",
  blog: "Blog",
  web: "Website",
  forum: "Forum",
  "e-messaging": "Messages",
  nextdoor: "Nextdoor",
};
const SOCIAL_HANDLES: Record<string, string> = {
  twitter: "https://x.com/",
  instagram: "https://www.instagram.com/",
  facebook: "https://www.facebook.com/",
};

const emailSchema = z.email();

export function mapContact(details: ApiContactDetails, notes: string[], where: string): SyncedContact {
  const out: { email?: string; telephone?: string; social: SyncedSocialLink[] } = { email: undefined, telephone: undefined, social: [] };
  for (const [key, raw] of Object.entries(details ?? {})) {
    const value = htmlToText(raw);
    if (value === "") continue;
    if (key === "email") {
      if (emailSchema.safeParse(value).success) out.email = value;
      else notes.push(`${where}.email: left out: "${clip(value, 60)}" is not an email address`);
    } else if (key === "telephone") {
      if (normaliseTelephone(value) !== undefined) out.telephone = value;
      else notes.push(`${where}.telephone: left out: "${clip(value, 40)}" is not a UK telephone number`);
    } else if (key in SOCIAL_LABELS) {
      const handle = SOCIAL_HANDLES[key];
      const url = httpsUrl(handle && /^@?[\w.]+$/.test(value) ? `${handle}${value.replace(/^@/, "")}` : value);
      if (url) out.social.push({ label: SOCIAL_LABELS[key] as string, url });
      else notes.push(`${where}.${key}: left out: "${clip(value, 60)}" is not an http(s) link`);
    }
    // Fax, mobile and the like have no place on the page: left out without a note.
  }
  out.social = uniqueBy(out.social, (link) => link.url);
  return compact(out);
}

/** An http(s) link as https (the site links only to https), or undefined for anything else. */
function httpsUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  if (!z.regexes.domain.test(url.hostname) || url.username || url.password) return undefined;
  url.protocol = "https:";
  return url.href;
}

function isEmptyContact(contact: SyncedContact): boolean {
  return contact.email === undefined && contact.telephone === undefined && contact.social.length === 0;
}

// ---------------------------------------------------------------------------
// Place

function mapCentre(centre: { latitude: string; longitude: string } | null | undefined, notes: string[]): SyncedWard["centre"] {
  if (!centre) return undefined;
  const latitude = Number(centre.latitude);
  const longitude = Number(centre.longitude);
  if (latitude >= 51.2 && latitude <= 51.8 && longitude >= -0.6 && longitude <= 0.4) return { latitude, longitude };
  notes.push(`centre: left out: ${centre.latitude}, ${centre.longitude} is not in London`);
  return undefined;
}

const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) *(\d[A-Z]{2})$/;

const BASE_TYPES: readonly [RegExp, string][] = [
  [/station|police/, "police-station"],
  [/kiosk|contact point|shop ?front/, "kiosk"],
  [/partnership|council|office|hub|library|centre/, "partnership-office"],
  [/school|college|university|academy/, "school"],
  [/hospital|clinic/, "hospital"],
  [/church|mosque|temple|synagogue|gurdwara|worship|chapel|cathedral/, "place-of-worship"],
];

function mapLocations(locations: NonNullable<ApiTeam["neighbourhood"]["locations"]>, notes: string[]): SyncedLocation[] {
  const out: SyncedLocation[] = [];
  locations.forEach((location, i) => {
    const name = clip(htmlToText(location.name), 120);
    const where = `locations[${i}]${name ? ` "${name}"` : ""}`;
    const address = clip(htmlToText(location.address?.replace(/\r?\n/g, ", ")).replace(/(, )+/g, ", "), 200);
    const postcode = (location.postcode ?? "").trim().toUpperCase();
    if (name === "" || address === "") {
      notes.push(`${where}: left out: no ${name === "" ? "name" : "address"}`);
      return;
    }
    if (!POSTCODE.test(postcode)) {
      notes.push(`${where}: left out: "${postcode}" is not a postcode`);
      return;
    }
    const kind = `${location.type ?? ""} ${name}`.toLowerCase();
    const type = BASE_TYPES.find(([pattern]) => pattern.test(kind))?.[1] ?? "other";
    out.push({ name, type, address, postcode: postcode.replace(POSTCODE, "$1 $2") });
  });
  return out;
}

// ---------------------------------------------------------------------------
// Priorities and events

function isoDate(value: string | null | undefined): string | undefined {
  const date = value?.slice(0, 10);
  return date && DateTime.fromISO(date).isValid && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

/**
 * The API has no status: a priority with an action is being worked on, one
 * without is open. An author who marks one resolved keeps that (it is their edit).
 */
function mapPriorities(priorities: readonly ApiPriority[], notes: string[]): SyncedPriority[] {
  const out: SyncedPriority[] = [];
  priorities.forEach((priority, i) => {
    const issueText = htmlToText(priority.issue);
    const issue = clip(issueText, 120);
    const dateSet = isoDate(priority["issue-date"]);
    if (issue === "" || dateSet === undefined) {
      notes.push(`priorities[${i}]: left out: no ${issue === "" ? "issue" : "issue-date"}`);
      return;
    }
    if (issue !== issueText) notes.push(`priority "${issue}": issue shortened to 120 characters`);
    const action = clip(htmlToText(priority.action), 1000);
    const actionDate = isoDate(priority["action-date"]);
    out.push(
      compact({
        issue,
        action: action || undefined,
        date_set: dateSet,
        date_updated: action && actionDate && actionDate >= dateSet ? actionDate : undefined,
        status: action ? ("in-progress" as const) : ("open" as const),
      }),
    );
  });
  return out;
}

const EVENT_TYPES: readonly [RegExp, string][] = [
  [/panel/, "ward-panel-meeting"],
  [/briefing/, "street-briefing"],
  [/contact|surgery|drop.?in|cuppa|coffee|meet (the|your)|kiosk|street stall/, "contact-session"],
  [/community|fun ?day|fair|festival|open day|fete|fête/, "community-event"],
];

/** A London wall-clock time `YYYY-MM-DDTHH:MM`, or undefined if it is not one or never happens (clocks going forward). */
function londonTime(value: string | null | undefined): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(value ?? "");
  if (!match) return undefined;
  const text = `${match[1]}T${match[2]}`;
  const time = DateTime.fromISO(text, { zone: LONDON });
  return time.isValid && time.toFormat("yyyy-MM-dd'T'HH:mm") === text ? text : undefined;
}

function mapEvents(events: readonly ApiEvent[], now: Date, notes: string[]): SyncedEvent[] {
  const nowLondon = DateTime.fromJSDate(now).setZone(LONDON).toFormat("yyyy-MM-dd'T'HH:mm");
  const out: SyncedEvent[] = [];
  events.forEach((event, i) => {
    const title = clip(htmlToText(event.title), 120);
    const where = `events[${i}]${title ? ` "${title}"` : ""}`;
    const start = londonTime(event.start_date);
    if (title === "" || start === undefined) {
      notes.push(`${where}: left out: ${title === "" ? "no title" : `start_date ${JSON.stringify(event.start_date)} is not a London time`}`);
      return;
    }
    let end = londonTime(event.end_date);
    if (end === undefined || end <= start) {
      // An event with no end still needs one on the page and in calendars: an hour is what most last.
      end = DateTime.fromISO(start, { zone: LONDON }).plus({ hours: 1 }).toFormat("yyyy-MM-dd'T'HH:mm");
    }
    if (end < nowLondon) return; // Past: the site would not show it.
    const address = clip(htmlToText(event.address?.replace(/\r?\n/g, ", ")), 200);
    if (address === "") {
      notes.push(`${where}: left out: no address`);
      return;
    }
    const kind = `${event.type ?? ""} ${title}`.toLowerCase();
    const description = clip(htmlToText(event.description), 1000);
    out.push(
      compact({
        title,
        type: EVENT_TYPES.find(([pattern]) => pattern.test(kind))?.[1] ?? "other",
        start_date: start,
        end_date: end,
        address,
        description: description || undefined,
      }),
    );
  });
  return out;
}

// ---------------------------------------------------------------------------

/** Whole paragraphs up to `max` characters; a first paragraph that is too long is cut. */
function fitParagraphs(markdown: string, max: number): { text: string; clipped: boolean } {
  if (markdown.length <= max) return { text: markdown, clipped: false };
  const kept: string[] = [];
  for (const paragraph of markdown.split(/\n{2,}/)) {
    if ([...kept, paragraph].join("\n\n").length > max) break;
    kept.push(paragraph);
  }
  return { text: kept.length > 0 ? kept.join("\n\n") : clip(markdown.replace(/\s+/g, " "), max), clipped: true };
}

/** How entries are matched between runs: case, spacing and quote style do not matter. */
export function keyText(value: string): string {
  return value.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Drop undefined fields, so values compare and serialise the same before and after a JSON round trip. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
