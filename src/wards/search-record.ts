import { formatDateWithWeekday, formatTime } from "../format/dates.ts";
import { markdownToText } from "../markdown/markdown.ts";
import type { SearchRecord } from "../search/records.ts";
import { londonTime, summariseTeam, wardUrl } from "./directory.ts";
import { BASE_TYPE_LABELS, EVENT_TYPE_LABELS, ROLE_LABELS, wardPageTitle } from "./labels.ts";
import type { Ward, WardEvent } from "./schema.ts";

const records = new WeakMap<Ward, { readonly events: readonly WardEvent[]; readonly record: SearchRecord }>();

/**
 * What search knows about a ward's page: the ward and borough, the
 * description, the people by name and role, the bases with their addresses
 * and postcodes, the local priorities, and the upcoming events by type, title,
 * date and place (so "ward panel meeting" finds the wards that have one).
 * Left out on purpose: the 999 text and other words every ward page shares,
 * contact addresses, and other wards' names (neighbours and "also covers"),
 * which made a search for one ward return the wards around it.
 *
 * The title is the page's h1; `borough` goes beside it in the result, because
 * ward names repeat across London (Abbey is in Barking and Dagenham and in
 * Merton). `name` is the ward's name alone: a search for exactly that name
 * puts the ward first.
 *
 * Wards are frozen and a preview rebuild hands back the same object for an
 * unchanged file, so each record is built once per ward (and again only when
 * its upcoming events change) and reused.
 */
export function wardSearchRecord(ward: Ward, events: readonly WardEvent[] = []): SearchRecord {
  const cached = records.get(ward);
  if (cached && sameItems(cached.events, events)) return cached.record;
  const record = buildRecord(ward, events);
  records.set(ward, { events, record });
  return record;
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((item, i) => item === b[i]);

function eventSentence(event: WardEvent): string {
  const start = londonTime(event.start_date).toJSDate();
  return sentence(
    `${EVENT_TYPE_LABELS[event.type]}: ${event.title}`,
    `${formatDateWithWeekday(start)}, ${formatTime(start)}, at ${event.address}`,
  );
}

function buildRecord(ward: Ward, events: readonly WardEvent[]): SearchRecord {
  const { dedicatedOfficers, dedicatedPcsos, supporting } = summariseTeam(ward.team);
  const people = [...dedicatedOfficers, ...dedicatedPcsos, ...supporting].map((member) =>
    sentence(`${member.rank} ${member.name}, ${ROLE_LABELS[member.role]}`, member.bio),
  );
  const bases = ward.locations.map((base) => sentence(`${base.name}, ${BASE_TYPE_LABELS[base.type]}: ${base.address}, ${base.postcode}`));
  const priorities = ward.priorities.map((priority) => sentence(`Local priority: ${priority.issue}`, priority.action));
  const content = [
    sentence(`${ward.name}, ward in ${ward.borough.name}`),
    markdownToText(ward.description),
    ...people,
    ...bases,
    ...priorities,
    ...events.map(eventSentence),
  ]
    .filter((part) => part !== "")
    .join(" ");
  return Object.freeze({
    url: wardUrl(ward),
    content,
    meta: Object.freeze({ title: wardPageTitle(ward), name: ward.name, borough: ward.borough.name }),
    filters: Object.freeze({ borough: [ward.borough.name] }),
  });
}

/** Parts joined into sentences, so excerpts read as text and one part's words do not run into the next's. */
function sentence(...parts: (string | undefined)[]): string {
  return parts
    .filter((part): part is string => part !== undefined && part.trim() !== "")
    .map((part) => (/[.!?]$/.test(part.trim()) ? part.trim() : `${part.trim()}.`))
    .join(" ");
}
