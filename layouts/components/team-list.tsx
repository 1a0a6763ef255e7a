import { summariseTeam, type WardDirectory } from "../../src/wards/directory.ts";
import { ROLE_LABELS } from "../../src/wards/labels.ts";
import type { TeamMember, TeamRole, Ward } from "../../src/wards/schema.ts";
import { isSkeleton } from "../../src/wards/skeleton.ts";
import { ContactLinks } from "./contact-details.tsx";
import { WardLinks } from "./ward-links.tsx";
import { MET_CONTACT_US } from "../../src/report/contacts.ts";

export interface TeamMemberCardProps {
  readonly member: TeamMember;
  /** Resolves `also_covers` codes to ward pages. */
  readonly directory: WardDirectory;
  /** The ward whose page this is, so covered wards in other boroughs can say which borough. */
  readonly ward: Ward;
}

/**
 * One person as a list item: name and rank as a heading, role in words,
 * then bio, contact details and any other wards they cover.
 */
export function TeamMemberCard({ member, directory, ward }: TeamMemberCardProps) {
  const covers = member.also_covers ?? [];
  return (
    <li class={`sn-team-member sn-team-member--${member.role}`}>
      <h4 class="sn-team-member__name">
        {member.rank} {member.name}
      </h4>
      <p class="sn-team-member__role">{ROLE_LABELS[member.role]}</p>
      {member.bio !== undefined && <p class="sn-team-member__bio">{member.bio}</p>}
      {member.contact_details !== undefined && <ContactLinks contact={member.contact_details} />}
      {covers.length > 0 && (
        <p class="sn-team-member__covers">
          Also covers: <WardLinks codes={covers} directory={directory} borough={ward.borough} variant="inline" />
        </p>
      )}
    </li>
  );
}

export interface VacantPostProps {
  readonly role: TeamRole;
}

/** A post with nobody in it, said in words so it does not depend on colour or absence. */
export function VacantPost({ role }: VacantPostProps) {
  return (
    <li class="sn-team-member sn-team-member--vacant">
      <p class="sn-team-member__vacant">
        {ROLE_LABELS[role]}: this post is vacant.{" "}
        <a href="#contact">You can still contact the team</a>.
      </p>
    </li>
  );
}

export interface SupportingMemberProps {
  readonly member: TeamMember;
  readonly directory: WardDirectory;
  readonly ward: Ward;
}

/** One supporting member as one compact list item: name, role, and the other wards they cover. */
export function SupportingMember({ member, directory, ward }: SupportingMemberProps) {
  const covers = member.also_covers ?? [];
  return (
    <li class="sn-team-compact__item">
      <strong class="sn-team-compact__name">
        {member.rank} {member.name}
      </strong>
      , {ROLE_LABELS[member.role].charAt(0).toLowerCase() + ROLE_LABELS[member.role].slice(1)}
      {covers.length > 0 && (
        <>
          . Also covers <WardLinks codes={covers} directory={directory} borough={ward.borough} variant="inline" />
        </>
      )}
      {member.contact_details !== undefined && <ContactLinks contact={member.contact_details} />}
    </li>
  );
}

export interface TeamDetailsToFollowProps {
  readonly ward: Pick<Ward, "name">;
}

/**
 * A ward whose team has not been added yet. Saying its posts are vacant
 * would not be true: we do not know yet. Readers get a way to reach the police now.
 */
export function TeamDetailsToFollow({ ward }: TeamDetailsToFollowProps) {
  return (
    <div class="sn-team">
      <p class="sn-team__pending">
        We are adding this team's details. Meanwhile, call 101 or contact the police online at{" "}
        <a href={MET_CONTACT_US}>met.police.uk</a> about {ward.name}. In an emergency,
        call 999.
      </p>
    </div>
  );
}

export interface TeamListProps {
  readonly ward: Ward;
  readonly directory: WardDirectory;
}

/**
 * The ward's own officers first (h3 "Dedicated to …"), with their bios, then
 * everyone who supports them (h3 "Supporting officers") as a compact list.
 * The heading levels assume the caller's section heading is an h2.
 */
export function TeamList({ ward, directory }: TeamListProps) {
  if (isSkeleton(ward)) return <TeamDetailsToFollow ward={ward} />;
  const { dedicatedOfficers, dedicatedPcsos, supporting } = summariseTeam(ward.team);
  const card = (member: TeamMember, i: number) => (
    <TeamMemberCard key={`${member.role}-${member.name}-${i}`} member={member} directory={directory} ward={ward} />
  );
  return (
    <div class="sn-team">
      <h3 class="sn-team__heading" id="team-dedicated">
        Dedicated to {ward.name}
      </h3>
      <p class="sn-team__intro">
        These officers work only in {ward.name}. They are not moved to other wards, so they get to know the area and
        the people who live and work here.
      </p>
      <ul class="sn-team-list sn-team-list--dedicated">
        {dedicatedOfficers.length > 0 ? dedicatedOfficers.map(card) : <VacantPost role="dedicated-officer" />}
        {dedicatedPcsos.length > 0 ? dedicatedPcsos.map(card) : <VacantPost role="dedicated-pcso" />}
      </ul>

      <h3 class="sn-team__heading" id="team-supporting">
        Supporting officers
      </h3>
      <p class="sn-team__intro">They also work in neighbouring wards when needed.</p>
      {supporting.length > 0 ? (
        <ul class="sn-team-compact">
          {supporting.map((member, i) => (
            <SupportingMember key={`${member.role}-${member.name}-${i}`} member={member} directory={directory} ward={ward} />
          ))}
        </ul>
      ) : (
        <p class="sn-team__empty">No supporting officers are listed for {ward.name} yet.</p>
      )}
    </div>
  );
}
