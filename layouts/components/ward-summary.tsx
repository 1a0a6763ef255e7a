import type { ComponentChildren } from "preact";
import { londonTime, summariseTeam } from "../../src/wards/directory.ts";
import { ROLE_LABELS } from "../../src/wards/labels.ts";
import type { TeamMember, Ward, WardEvent } from "../../src/wards/schema.ts";
import { isSkeleton } from "../../src/wards/skeleton.ts";
import { eventPlace } from "../../src/wards/ward-summary.ts";
import { ContactRows, EmergencyNotice } from "./contact-details.tsx";
import { TimeRange } from "./formatted-date.tsx";
import { MET_CONTACT_US } from "../../src/report/contacts.ts";

export interface WardSummaryProps {
  readonly ward: Ward;
  /** The next ward panel meeting, if one is listed. */
  readonly meeting: WardEvent | undefined;
}

function names(members: readonly TeamMember[]): string {
  return members.map((member) => `${member.rank} ${member.name}`).join(" and ");
}

function Row({ label, children }: { readonly label: string; readonly children: ComponentChildren }) {
  return (
    <div class="sn-summary-list__row">
      <dt class="sn-summary-list__key">{label}</dt>
      <dd class="sn-summary-list__value">{children}</dd>
    </div>
  );
}

/**
 * What most people come for, first: how to reach the team, who they are,
 * where they are based and when the next ward panel meets. The rest of the
 * page has the detail; each row links to it.
 */
export function WardSummary({ ward, meeting }: WardSummaryProps) {
  const { dedicatedOfficers, dedicatedPcsos } = summariseTeam(ward.team);
  // A ward whose team has not been added yet: its posts are not known to be vacant, so the summary does not say they are.
  if (isSkeleton(ward)) {
    return (
      <div class="sn-ward-summary">
        <dl class="sn-summary-list sn-ward-summary__list">
          <ContactRows contact={ward.contact_details} teamName={`the ${ward.name} team`} />
          <Row label="Your team">
            We are adding this team's details. Meanwhile, call 101 or contact the police online at{" "}
            <a href={MET_CONTACT_US}>met.police.uk</a>.
          </Row>
          <Row label="Next ward panel meeting">
            {meeting ? <NextMeeting ward={ward} meeting={meeting} /> : <>None listed yet. <a href="/faq/what-is-a-ward-panel/">What is a ward panel?</a></>}
          </Row>
        </dl>
        <EmergencyNotice />
      </div>
    );
  }
  return (
    <div class="sn-ward-summary">
      <dl class="sn-summary-list sn-ward-summary__list">
        <ContactRows contact={ward.contact_details} teamName={`the ${ward.name} team`} />
        <Row label={ROLE_LABELS["dedicated-officer"]}>
          {dedicatedOfficers.length > 0 ? names(dedicatedOfficers) : "Vacant: the team covers this post"}
        </Row>
        <Row label={ROLE_LABELS["dedicated-pcso"]}>
          {dedicatedPcsos.length > 0 ? names(dedicatedPcsos) : "Vacant: the team covers this post"}
        </Row>
        <Row label="Based at">
          {ward.locations.length > 0 ? (
            <>
              {ward.locations.map((base, i) => (
                <span class="sn-ward-summary__base" key={`${base.name}-${i}`}>
                  {base.name}, {base.postcode}
                </span>
              ))}{" "}
              <a href="#base">
                Address and opening times<span class="sn-visually-hidden"> of the team's base</span>
              </a>
            </>
          ) : (
            "No public base is listed"
          )}
        </Row>
        <Row label="Next ward panel meeting">
          {meeting ? (
            <NextMeeting ward={ward} meeting={meeting} />
          ) : (
            <>
              None listed yet. Email or call the team to ask when the next one is.{" "}
              <a href="/faq/what-is-a-ward-panel/">What is a ward panel?</a>
            </>
          )}
        </Row>
      </dl>
      <EmergencyNotice />
    </div>
  );
}

function NextMeeting({ ward, meeting }: { readonly ward: Ward; readonly meeting: WardEvent }) {
  return (
    <>
      <TimeRange start={londonTime(meeting.start_date)} end={londonTime(meeting.end_date)} />
      <br />
      {eventPlace(meeting, ward.locations)}
    </>
  );
}
