import type { TeamRole } from "../wards/schema.ts";

/*
 * What the sync writes into a ward file, as plain values: the fields
 * data.police.uk owns, and how entries are matched and compared between runs.
 */

export interface SyncedSocialLink {
  readonly label: string;
  readonly url: string;
}
export interface SyncedContact {
  readonly email?: string;
  readonly telephone?: string;
  readonly social: readonly SyncedSocialLink[];
}
export interface SyncedMember {
  readonly name: string;
  readonly role: TeamRole;
  readonly rank: string;
  readonly bio?: string;
  readonly contact_details?: SyncedContact;
}
export interface SyncedLocation {
  readonly name: string;
  readonly type: string;
  readonly address: string;
  readonly postcode: string;
}
export interface SyncedPriority {
  readonly issue: string;
  readonly action?: string;
  readonly date_set: string;
  readonly date_updated?: string;
  readonly status: "open" | "in-progress";
}
export interface SyncedEvent {
  readonly title: string;
  readonly type: string;
  readonly start_date: string;
  readonly end_date: string;
  readonly address: string;
  readonly description?: string;
}

/** The fields of a ward file that come from data.police.uk; also what a snapshot holds. */
export interface SyncedWard {
  readonly description?: string;
  readonly centre?: { readonly latitude: number; readonly longitude: number };
  readonly contact_details: SyncedContact;
  readonly team: readonly SyncedMember[];
  readonly locations: readonly SyncedLocation[];
  readonly priorities: readonly SyncedPriority[];
  readonly events: readonly SyncedEvent[];
}

/** A team member whose role the sync could not tell from the API: the author should check it. */
export interface RoleFlag {
  readonly name: string;
  readonly rank: string;
  readonly role: TeamRole;
  readonly reason: string;
}

/** How entries are matched between runs: case, spacing and quote style do not matter. */
export function keyText(value: string): string {
  return value.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Drop undefined fields, so values compare and serialise the same before and after a JSON round trip. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
