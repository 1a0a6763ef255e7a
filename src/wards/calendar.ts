import { createEvents, type EventAttributes } from "ics";
import { londonTime, wardUrl } from "./directory.ts";
import { EVENT_TYPE_LABELS } from "./labels.ts";
import type { Borough, Ward, WardEvent } from "./schema.ts";

/** What a calendar needs of its ward: small enough to send to another thread. */
export type CalendarWard = Pick<Ward, "id" | "name" | "slug"> & { readonly borough: Pick<Borough, "slug"> };

/**
 * An iCalendar file of a ward's upcoming events. Times in ward files are
 * London wall-clock times; they are converted to UTC instants here (luxon
 * knows when the clocks change), so every calendar app shows the right time.
 */
export function wardCalendar(ward: CalendarWard, events: readonly WardEvent[], siteUrl: string): string {
  const pageUrl = `${siteUrl}${wardUrl(ward)}`;
  const attributes: EventAttributes[] = events.map((event) => ({
    uid: `${ward.id}-${londonTime(event.start_date).toUTC().toFormat("yyyyMMdd'T'HHmm")}-${slugPart(event.title)}@safer-neighbourhoods`,
    title: event.title,
    description: [EVENT_TYPE_LABELS[event.type], event.description, `More about the team: ${pageUrl}`]
      .filter(Boolean)
      .join("\n\n"),
    location: event.address,
    url: pageUrl,
    start: londonTime(event.start_date).toMillis(),
    startInputType: "utc",
    startOutputType: "utc",
    end: londonTime(event.end_date).toMillis(),
    endInputType: "utc",
    endOutputType: "utc",
    categories: [EVENT_TYPE_LABELS[event.type]],
  }));
  const { error, value } = createEvents(attributes, {
    productId: "safer-neighbourhoods/ward-events",
    calName: `${ward.name} Safer Neighbourhoods team events`,
  });
  if (error || value === null) throw error ?? new Error(`Could not write the calendar for ${ward.name}`);
  return value;
}

function slugPart(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
}
