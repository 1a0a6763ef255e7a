import type { AreaMaps } from "../src/maps/area-maps.ts";
import type { PlaceFinder } from "../src/postcodes/places.ts";
import { renderMarkdown } from "../src/markdown/markdown.ts";
import type { GuideLink } from "../src/report/match.ts";
import { wardBases } from "../src/seo/structured-data.ts";
import { boroughUrl, wardCalendarUrl, wardUrl, type WardDirectory } from "../src/wards/directory.ts";
import { policeUkLink } from "../src/wards/police-uk.ts";
import type { Ward } from "../src/wards/schema.ts";
import { nextWardPanelMeeting } from "../src/wards/ward-summary.ts";
import { BaseLayout } from "./base.tsx";
import { CrimeSection } from "./components/crime-section.tsx";
import { EventList } from "./components/event-list.tsx";
import { FormattedDate } from "./components/formatted-date.tsx";
import { BaseList } from "./components/base-list.tsx";
import { Markdown } from "./components/markdown.tsx";
import { Notice } from "./components/notice.tsx";
import { PriorityList } from "./components/priority-list.tsx";
import { TeamList } from "./components/team-list.tsx";
import { WardMap } from "./components/ward-map.tsx";
import { WardSummary } from "./components/ward-summary.tsx";

export interface WardPageProps {
  readonly ward: Ward;
  readonly directory: WardDirectory;
  readonly stylesheetHref: string;
  /** "Report a problem" guides, which priorities about the same problem link to. */
  readonly guides?: readonly GuideLink[];
  readonly maps?: AreaMaps | undefined;
  /** Where a postcode is, to mark the team's bases on the map; none without postcode data. */
  readonly findPlace?: PlaceFinder | undefined;
}

/**
 * Section ids: stable, because other pages, search results and people's
 * bookmarks link to them. In page order: what people come for first.
 */
export const WARD_SECTIONS = [
  { id: "contact", label: "Contact the team" },
  { id: "priorities", label: "Local priorities" },
  { id: "crime", label: "Recorded crime" },
  { id: "events", label: "Upcoming events" },
  { id: "team", label: "Your team" },
  { id: "base", label: "Where the team is based" },
  { id: "neighbours", label: "Neighbouring wards" },
] as const;

type SectionId = (typeof WARD_SECTIONS)[number]["id"];

function heading(id: SectionId): string {
  return WARD_SECTIONS.find((section) => section.id === id)?.label ?? id;
}

/**
 * The <title>: the h1 alone would not do, because ward names repeat across
 * London (there is an Abbey ward in Barking and Dagenham and in Merton), and
 * each page's title must say which page it is.
 */
export function wardDocumentTitle(ward: Pick<Ward, "name" | "borough">): string {
  return `${ward.name} team, ${ward.borough.name}`;
}

export function wardPageDescription(ward: Pick<Ward, "name" | "borough">): string {
  return `Meet the Safer Neighbourhoods team for ${ward.name} in ${ward.borough.name}: your dedicated officers, where they are based, how to contact them and their local priorities.`;
}

/**
 * One ward's team page, built around what residents come for: the summary
 * (contact details, the ward's own officers, base and next ward panel
 * meeting) comes straight under the heading, then the detail. Search does not
 * read it back: the ward's search record (src/wards/search-record.ts) is
 * built from the same data, so the page is not marked for Pagefind.
 */
export function WardPage({ ward, directory, stylesheetHref, guides = [], maps, findPlace }: WardPageProps) {
  const events = directory.upcomingEvents(ward);
  const policeUk = policeUkLink(ward, directory.wards);
  return (
    <BaseLayout
      title={wardDocumentTitle(ward)}
      description={wardPageDescription(ward)}
      url={wardUrl(ward)}
      searchable={false}
      structuredData={wardBases(ward)}
      stylesheetHref={stylesheetHref}
      breadcrumbs={[
        { label: "Home", href: "/" },
        { label: "Areas", href: "/areas/" },
        { label: ward.borough.name, href: boroughUrl(ward.borough) },
      ]}
    >
      <article class="sn-ward">
        <div class="sn-ward__header">
          <p class="sn-ward__caption">Safer Neighbourhoods team, {ward.borough.name}</p>
          <h1 class="sn-heading-xl sn-ward__title">{ward.name}</h1>
        </div>

        {ward.sample && (
          <Notice variant="warning">
            <p>
              <strong>Sample content:</strong> the people and details on this page are illustrative, not a real team.
            </p>
          </Notice>
        )}

        <section class="sn-ward__section sn-ward__section--summary">
          <h2 class="sn-ward__heading" id="contact">
            {heading("contact")}
          </h2>
          <WardSummary ward={ward} meeting={nextWardPanelMeeting(events)} />
          <p class="sn-ward__tasks">
            <a href="/report/">Report a problem: who deals with what</a>
          </p>
        </section>

        <nav class="sn-ward__contents" aria-label="On this page">
          <ul class="sn-ward__contents-list">
            {WARD_SECTIONS.filter((section) => section.id !== "contact").map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.label}</a>
              </li>
            ))}
          </ul>
        </nav>

        <section class="sn-ward__section">
          <h2 class="sn-ward__heading" id="priorities">
            {heading("priorities")}
          </h2>
          <p class="sn-ward__intro">The issues the team has agreed with local residents to focus on.</p>
          <PriorityList priorities={ward.priorities} guides={guides} />
          <p class="sn-ward__police-uk">
            <a href={policeUk.href}>
              {policeUk.direct
                ? `Crimes reported in ${ward.name} and their outcomes, on police.uk`
                : `Crimes reported in your area and their outcomes, on police.uk (search for ${ward.name}, ${ward.borough.name})`}
            </a>
          </p>
        </section>
        <CrimeSection ward={ward} />

        <section class="sn-ward__section">
          <h2 class="sn-ward__heading" id="events">
            {heading("events")}
          </h2>
          <EventList
            events={events}
            bases={ward.locations}
            emptyText="No upcoming events are listed. Email or call the team to ask about ward panel meetings and other events."
          />
          {events.length > 0 && (
            <p class="sn-ward__calendar">
              <a href={wardCalendarUrl(ward)} type="text/calendar">
                Add these events to your calendar (.ics file)
              </a>
            </p>
          )}
        </section>

        <section class="sn-ward__section">
          <h2 class="sn-ward__heading" id="team">
            {heading("team")}
          </h2>
          <Markdown class="sn-ward__description" html={renderMarkdown(ward.description)} />
          <TeamList ward={ward} directory={directory} />
        </section>

        <section class="sn-ward__section">
          <h2 class="sn-ward__heading" id="base">
            {heading("base")}
          </h2>
          <BaseList bases={ward.locations} />
        </section>

        <section class="sn-ward__section">
          <h2 class="sn-ward__heading" id="neighbours">
            {heading("neighbours")}
          </h2>
          <WardMap ward={ward} directory={directory} maps={maps} findPlace={findPlace} />
        </section>

        {ward.last_reviewed !== undefined && (
          <p class="sn-ward__reviewed">
            This page was last reviewed on <FormattedDate date={ward.last_reviewed} />.
          </p>
        )}
      </article>
    </BaseLayout>
  );
}
