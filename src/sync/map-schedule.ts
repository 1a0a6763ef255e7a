import { DateTime } from "luxon";
import type { ApiEvent, ApiPriority } from "./api.ts";
import { clip, htmlToText } from "./html.ts";
import { compact, type SyncedEvent, type SyncedPriority } from "./synced.ts";

/* data.police.uk's priorities and events → a ward file's, with London times the schema accepts. */

const LONDON = "Europe/London";

function isoDate(value: string | null | undefined): string | undefined {
  const date = value?.slice(0, 10);
  return date && DateTime.fromISO(date).isValid && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

/**
 * The API has no status: a priority with an action is being worked on, one
 * without is open. An author who marks one resolved keeps that (it is their edit).
 */
export function mapPriorities(priorities: readonly ApiPriority[], notes: string[]): SyncedPriority[] {
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

export function mapEvents(events: readonly ApiEvent[], now: Date, notes: string[]): SyncedEvent[] {
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
