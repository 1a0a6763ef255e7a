import { londonTime } from "../../src/wards/directory.ts";
import { EVENT_TYPE_LABELS } from "../../src/wards/labels.ts";
import type { Base, WardEvent } from "../../src/wards/schema.ts";
import { eventPlace, titleSaysType } from "../../src/wards/ward-summary.ts";
import { TimeRange } from "./formatted-date.tsx";

export interface EventListProps {
  /** Upcoming events only, soonest first (see WardDirectory.upcomingEvents). */
  readonly events: readonly WardEvent[];
  /** The team's bases, whose postcode completes an event address that leaves it out. */
  readonly bases?: readonly Pick<Base, "address" | "postcode">[];
  /** Said when there are none. */
  readonly emptyText?: string;
}

/**
 * Upcoming events; each title is an h3 under the caller's h2. The type is
 * said only when the title does not already say it. Times are London
 * wall-clock times.
 */
export function EventList({ events, bases = [], emptyText = "No upcoming events are listed." }: EventListProps) {
  if (events.length === 0) {
    return <p class="sn-event-list__empty">{emptyText}</p>;
  }
  return (
    <ul class="sn-event-list">
      {events.map((event, i) => (
        <li class="sn-event" key={`${event.start_date}-${i}`}>
          <h3 class="sn-event__title">{event.title}</h3>
          {!titleSaysType(event) && <p class="sn-event__type">{EVENT_TYPE_LABELS[event.type]}</p>}
          <dl class="sn-event__details">
            <div class="sn-event__row">
              <dt class="sn-event__key">When</dt>
              <dd class="sn-event__value">
                <TimeRange start={londonTime(event.start_date)} end={londonTime(event.end_date)} />
              </dd>
            </div>
            <div class="sn-event__row">
              <dt class="sn-event__key">Where</dt>
              <dd class="sn-event__value">{eventPlace(event, bases)}</dd>
            </div>
          </dl>
          {event.description !== undefined && <p class="sn-event__description">{event.description}</p>}
        </li>
      ))}
    </ul>
  );
}
