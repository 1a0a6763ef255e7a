import { DateTime } from "luxon";
import { wardCodeKey } from "./codes.ts";
import { compareWards } from "./labels.ts";
import { TEAM_ROLES, type Borough, type TeamMember, type Ward, type WardEvent } from "./schema.ts";

/** A borough with its wards from A to Z. */
export interface BoroughEntry {
  readonly borough: Borough;
  readonly wards: readonly Ward[];
}

/**
 * Everything the area pages need, derived once per build from the validated
 * wards: lookups by code, boroughs in order, and each ward's upcoming events.
 * Nothing here mutates the wards it is given.
 */
export interface WardDirectory {
  readonly wards: readonly Ward[];
  readonly boroughs: readonly BoroughEntry[];
  /** Ward by code; `E05013806N` and `E05013806` find the same ward. */
  byCode(code: string): Ward | undefined;
  /** Events that have not ended by the build time, soonest first. */
  upcomingEvents(ward: Ward): readonly WardEvent[];
  /** Wards that have at least one upcoming event, for their .ics files. */
  readonly wardsWithEvents: readonly Ward[];
}

/** A ward as a URL needs it: its slug and its borough's. */
export type WardPath = Pick<Ward, "slug"> & { readonly borough: Pick<Borough, "slug"> };

export function wardUrl(ward: WardPath): string {
  return `/areas/${ward.borough.slug}/${ward.slug}/`;
}

export function boroughUrl(borough: Pick<Borough, "slug">): string {
  return `/areas/${borough.slug}/`;
}

export function wardCalendarUrl(ward: WardPath): string {
  return `${wardUrl(ward)}events.ics`;
}

const londonTimes = new Map<string, DateTime>();

/**
 * A London wall-clock time from the ward file, as an instant. Memoised:
 * luxon's zone-aware parse is the slowest step of rendering a ward page, and
 * the directory, the page and the calendar each need the same few times.
 */
export function londonTime(localDateTime: string): DateTime {
  let time = londonTimes.get(localDateTime);
  if (!time) {
    // A bound on memory in a long preview session; the times in use are soon cached again.
    if (londonTimes.size >= 50_000) londonTimes.clear();
    time = DateTime.fromISO(localDateTime, { zone: "Europe/London" });
    londonTimes.set(localDateTime, time);
  }
  return time;
}

export function buildDirectory(wards: readonly Ward[], now: Date): WardDirectory {
  const sorted = [...wards].sort(compareWards);
  const codes = new Map(sorted.map((ward) => [wardCodeKey(ward.id), ward]));

  const boroughMap = new Map<string, { borough: Borough; wards: Ward[] }>();
  for (const ward of sorted) {
    const entry = boroughMap.get(ward.borough.code) ?? { borough: ward.borough, wards: [] };
    entry.wards.push(ward);
    boroughMap.set(ward.borough.code, entry);
  }

  const nowMillis = now.getTime();
  const upcoming = new Map<Ward, readonly WardEvent[]>();
  for (const ward of sorted) {
    const events = ward.events
      .filter((event) => londonTime(event.end_date).toMillis() > nowMillis)
      .sort((a, b) => londonTime(a.start_date).toMillis() - londonTime(b.start_date).toMillis());
    upcoming.set(ward, events);
  }

  return {
    wards: sorted,
    boroughs: [...boroughMap.values()],
    byCode: (code) => codes.get(wardCodeKey(code)),
    upcomingEvents: (ward) => upcoming.get(ward) ?? [],
    wardsWithEvents: sorted.filter((ward) => (upcoming.get(ward)?.length ?? 0) > 0),
  };
}

/** The ward's own officers first, as the public looks for them: the schema lists roles in that order. */
const ROLE_ORDER: readonly TeamMember["role"][] = TEAM_ROLES;

export interface TeamSummary {
  readonly dedicatedOfficers: readonly TeamMember[];
  readonly dedicatedPcsos: readonly TeamMember[];
  /** Sergeants and everyone who also works in other wards, in ROLE_ORDER. */
  readonly supporting: readonly TeamMember[];
}

export function summariseTeam(team: readonly TeamMember[]): TeamSummary {
  const rank = (member: TeamMember) => ROLE_ORDER.indexOf(member.role);
  return {
    dedicatedOfficers: team.filter((m) => m.role === "dedicated-officer"),
    dedicatedPcsos: team.filter((m) => m.role === "dedicated-pcso"),
    supporting: team
      .filter((m) => m.role !== "dedicated-officer" && m.role !== "dedicated-pcso")
      .sort((a, b) => rank(a) - rank(b)),
  };
}
