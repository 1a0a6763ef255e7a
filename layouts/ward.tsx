import { renderMarkdown } from "../src/markdown/markdown.ts";
import { wardBases } from "../src/seo/structured-data.ts";
import { boroughUrl, wardCalendarUrl, wardUrl, type WardDirectory } from "../src/wards/directory.ts";
import { wardPageTitle } from "../src/wards/labels.ts";
import type { Ward } from "../src/wards/schema.ts";
import { BaseLayout } from "./base.tsx";
import { ContactDetails } from "./components/contact-details.tsx";
import { EventList } from "./components/event-list.tsx";
import { FormattedDate } from "./components/formatted-date.tsx";
import { BaseList } from "./components/base-list.tsx";
import { Markdown } from "./components/markdown.tsx";
import { Notice } from "./components/notice.tsx";
import { PriorityList } from "./components/priority-list.tsx";
import { TeamList } from "./components/team-list.tsx";
import { WardLinks } from "./components/ward-links.tsx";

export interface WardPageProps {
  readonly ward: Ward;
  readonly directory: WardDirectory;
  readonly stylesheetHref: string;
}

/** Section ids: stable, because other pages, search results and people's bookmarks link to them. */
export const WARD_SECTIONS = [
  { id: "team", label: "Your team" },
  { id: "base", label: "Where the team is based" },
  { id: "contact", label: "Contact the team" },
  { id: "priorities", label: "Local priorities" },
  { id: "events", label: "Upcoming events" },
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
 * One ward's team page. Search does not read it back: the ward's search
 * record (src/wards/search-record.ts) is built from the same data, so the
 * page is not marked for Pagefind.
 */
export function WardPage({ ward, directory, stylesheetHref }: WardPageProps) {
  const title = wardPageTitle(ward);
  const events = directory.upcomingEvents(ward);
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
          <p class="sn-ward__caption">Ward in {ward.borough.name}</p>
          <h1 class="sn-heading-xl sn-ward__title">{title}</h1>
        </div>

        {ward.sample && (
          <Notice variant="warning">
            <p>
              <strong>Sample content:</strong> the people and details on this page are illustrative, not a real team.
            </p>
          </Notice>
        )}

        <Markdown class="sn-ward__description" html={renderMarkdown(ward.description)} />

        <nav class="sn-ward__contents" aria-label="On this page">
          <ul class="sn-ward__contents-list">
            {WARD_SECTIONS.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.label}</a>
              </li>
            ))}
          </ul>
        </nav>

        <section class="sn-ward__section">
          <h2 class="sn-ward__heading" id="team">
            {heading("team")}
          </h2>
          <TeamList ward={ward} directory={directory} />
        </section>

        <section class="sn-ward__section">
          <h2 class="sn-ward__heading" id="base">
            {heading("base")}
          </h2>
          <BaseList bases={ward.locations} />
        </section>

        <section class="sn-ward__section">
          <h2 class="sn-ward__heading" id="contact">
            {heading("contact")}
          </h2>
          <ContactDetails contact={ward.contact_details} teamName={`the ${ward.name} team`} />
        </section>

        <section class="sn-ward__section">
          <h2 class="sn-ward__heading" id="priorities">
            {heading("priorities")}
          </h2>
          <p class="sn-ward__intro">
            The issues the team has agreed with local residents to focus on.
          </p>
          <PriorityList priorities={ward.priorities} />
        </section>

        <section class="sn-ward__section">
          <h2 class="sn-ward__heading" id="events">
            {heading("events")}
          </h2>
          <EventList events={events} />
          {events.length > 0 && (
            <p class="sn-ward__calendar">
              <a href={wardCalendarUrl(ward)} type="text/calendar">
                Add these events to your calendar (.ics file)
              </a>
            </p>
          )}
        </section>

        <section class="sn-ward__section">
          <h2 class="sn-ward__heading" id="neighbours">
            {heading("neighbours")}
          </h2>
          {ward.neighbours.length > 0 ? (
            <WardLinks codes={ward.neighbours} directory={directory} borough={ward.borough} />
          ) : (
            <p>No neighbouring wards are listed.</p>
          )}
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
