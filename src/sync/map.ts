import type { ApiTeam } from "./api.ts";
import { clip, htmlToMarkdown, htmlToText } from "./html.ts";
import { httpsUrl, mapContact } from "./map-contact.ts";
import { mapPerson } from "./map-people.ts";
import { mapEvents, mapPriorities } from "./map-schedule.ts";
import { compact, keyText, uniqueBy, type RoleFlag, type SyncedLocation, type SyncedMember, type SyncedWard } from "./synced.ts";

/*
 * data.police.uk's neighbourhood team → the fields of a ward file that the
 * sync owns. Values are cut to the ward schema's limits and anything the
 * schema would reject (a missing postcode, a time that never happens in
 * London) is left out with a note, so a merged file always validates.
 */

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
