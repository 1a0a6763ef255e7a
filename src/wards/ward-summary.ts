import type { Base, WardEvent } from "./schema.ts";
import { EVENT_TYPE_LABELS } from "./labels.ts";

/** A UK postcode anywhere in a line of text, such as the end of an address. */
const POSTCODE_IN_TEXT = /\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b/i;

/** The first ward panel meeting among upcoming events (already soonest first). */
export function nextWardPanelMeeting(events: readonly WardEvent[]): WardEvent | undefined {
  return events.find((event) => event.type === "ward-panel-meeting");
}

/**
 * Where an event is, by postcode: the one in its address, or else the
 * postcode of the team's base when the event is at that base's address
 * (authors often write a base's street address without its postcode).
 */
export function eventPostcode(event: Pick<WardEvent, "address">, bases: readonly Pick<Base, "address" | "postcode">[]): string | undefined {
  const match = POSTCODE_IN_TEXT.exec(event.address);
  if (match) return `${match[1]} ${match[2]}`.toUpperCase();
  const address = normalise(event.address);
  return bases.find((base) => address.includes(normalise(base.address)))?.postcode;
}

/** The address as shown: with its postcode at the end when the address itself leaves it out. */
export function eventPlace(event: Pick<WardEvent, "address">, bases: readonly Pick<Base, "address" | "postcode">[]): string {
  const postcode = eventPostcode(event, bases);
  if (postcode === undefined || POSTCODE_IN_TEXT.test(event.address)) return event.address;
  return `${event.address} ${postcode}`;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** True when the event's title already says what kind of event it is ("Camden Town ward panel meeting"). */
export function titleSaysType(event: Pick<WardEvent, "title" | "type">): boolean {
  if (event.type === "other") return true;
  return normalise(event.title).includes(normalise(EVENT_TYPE_LABELS[event.type]));
}

/** Meetings residents can go to, as a borough page lists them. */
export const MEETING_TYPES: readonly WardEvent["type"][] = ["ward-panel-meeting", "contact-session"];

export interface WardMeeting<W> {
  readonly ward: W;
  readonly event: WardEvent;
}

/**
 * Every upcoming ward panel meeting and contact session of these wards,
 * soonest first (then by ward, as given). `upcoming` gives each ward's
 * events that have not ended, as WardDirectory.upcomingEvents does.
 */
export function upcomingMeetings<W>(
  wards: readonly W[],
  upcoming: (ward: W) => readonly WardEvent[],
  startMillis: (event: WardEvent) => number,
): WardMeeting<W>[] {
  const meetings: (WardMeeting<W> & { order: number; start: number })[] = [];
  wards.forEach((ward, order) => {
    for (const event of upcoming(ward)) {
      if (MEETING_TYPES.includes(event.type)) meetings.push({ ward, event, order, start: startMillis(event) });
    }
  });
  return meetings.sort((a, b) => a.start - b.start || a.order - b.order).map(({ ward, event }) => ({ ward, event }));
}
