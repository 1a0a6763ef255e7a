import type { AreaMaps } from "../src/maps/area-maps.ts";
import { boroughUrl, londonTime, summariseTeam, wardUrl, type BoroughEntry } from "../src/wards/directory.ts";
import { EVENT_TYPE_LABELS } from "../src/wards/labels.ts";
import type { Ward, WardEvent } from "../src/wards/schema.ts";
import { isSkeleton } from "../src/wards/skeleton.ts";
import { eventPlace, upcomingMeetings } from "../src/wards/ward-summary.ts";
import { BaseLayout } from "./base.tsx";
import { TimeRange } from "./components/formatted-date.tsx";
import { BoroughMap } from "./components/borough-map.tsx";
import { CrimeBorough } from "./components/crime-borough.tsx";

export interface BoroughPageProps {
  readonly entry: BoroughEntry;
  readonly stylesheetHref: string;
  /** Each ward's events that have not ended, soonest first (WardDirectory.upcomingEvents); none when left out. */
  readonly upcomingEvents?: (ward: Ward) => readonly WardEvent[];
  readonly maps?: AreaMaps | undefined;
}

/** "PC Jane Smith", "post vacant", or "details to follow" for a team not added yet; several dedicated officers are listed together. */
export function dedicatedOfficerText(ward: Ward): string {
  if (isSkeleton(ward)) return "details to follow";
  const officers = summariseTeam(ward.team).dedicatedOfficers;
  if (officers.length === 0) return "post vacant";
  return officers.map((officer) => `${officer.rank} ${officer.name}`).join(" and ");
}

export function wardCountText(count: number): string {
  return count === 1 ? "1 ward" : `${count} wards`;
}

/** A borough's wards from A to Z, each with its dedicated officer. */
export function BoroughPage({ entry, stylesheetHref, upcomingEvents = () => [], maps }: BoroughPageProps) {
  const { borough } = entry;
  const meetings = upcomingMeetings(entry.wards, upcomingEvents, (event) => londonTime(event.start_date).toMillis());
  // The directory lists a borough's wards from A to Z.
  const wards = entry.wards;
  const title = `${borough.name} Safer Neighbourhoods teams`;
  return (
    <BaseLayout
      title={title}
      description={`The Safer Neighbourhoods teams for the ${wardCountText(wards.length)} in ${borough.name}: find your ward, see who your dedicated officers are and how to contact them.`}
      url={boroughUrl(borough)}
      stylesheetHref={stylesheetHref}
      breadcrumbs={[
        { label: "Home", href: "/" },
        { label: "Areas", href: "/areas/" },
      ]}
    >
      <article class="sn-borough">
        {/* For search: the borough filter, and the name that, searched for exactly, puts this page first. */}
        <div hidden data-pagefind-ignore="">
          <span data-pagefind-filter="borough">{borough.name}</span>
          <span data-pagefind-meta="name">{borough.name}</span>
        </div>
        <h1 class="sn-heading-xl">{title}</h1>
        <p class="sn-lead">
          {borough.name} has {wardCountText(wards.length)}. Each ward has its own Safer Neighbourhoods team. Choose your
          ward to see who your officers are and how to contact them.
        </p>
        <p>
          <a href="#meetings">Upcoming ward panel meetings and contact sessions in {borough.name}</a>
        </p>
        <ul class="sn-borough__wards">
          {wards.map((ward) => (
            <li class="sn-borough__ward" key={ward.id}>
              <a class="sn-borough__link" href={wardUrl(ward)}>
                {ward.name}
              </a>{" "}
              {/* The space keeps the name and the officer apart in search excerpts and to screen readers. */}
              <span class="sn-borough__officer">Dedicated officer: {dedicatedOfficerText(ward)}</span>
            </li>
          ))}
        </ul>
        <BoroughMap entry={entry} maps={maps} />
        <h2 id="meetings">Upcoming ward panel meetings and contact sessions</h2>
        {meetings.length > 0 ? (
          <ul class="sn-borough__meetings">
            {meetings.map(({ ward, event }, i) => (
              <li class="sn-borough__meeting" key={`${ward.id}-${event.start_date}-${i}`}>
                <strong>
                  <TimeRange start={londonTime(event.start_date)} end={londonTime(event.end_date)} />
                </strong>
                <br />
                {EVENT_TYPE_LABELS[event.type]}, <a href={`${wardUrl(ward)}#events`}>{ward.name}</a>
                <br />
                {eventPlace(event, ward.locations)}
              </li>
            ))}
          </ul>
        ) : (
          <p>
            No ward panel meetings or contact sessions are listed for wards in {borough.name} yet. Email or call your
            ward's team to ask when the next one is.
          </p>
        )}
        <CrimeBorough entry={entry} />
        <p>
          <a href="/areas/">See all boroughs and wards in London</a>
        </p>
      </article>
    </BaseLayout>
  );
}
