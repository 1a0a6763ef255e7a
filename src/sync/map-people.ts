import type { TeamRole } from "../wards/schema.ts";
import type { ApiPerson } from "./api.ts";
import { clip, htmlToText } from "./html.ts";
import { isEmptyContact, mapContact } from "./map-contact.ts";
import { compact, type RoleFlag, type SyncedContact, type SyncedMember } from "./synced.ts";

/**
 * The API has no "dedicated" flag, so the rule is:
 * - a sergeant, special constable or volunteer is that role, whatever the bio says;
 * - a PC or PCSO is dedicated to the ward when the rank says so ("Dedicated Ward
 *   Officer", "DWO") or the bio names this ward or says "dedicated (ward) officer/PCSO";
 * - otherwise (a PC or PCSO who might cover several wards, an inspector, a rank
 *   we do not know) the sync writes the supporting role and flags it for the author.
 */
export function classifyRole(rank: string, bio: string, wardName: string): { role: TeamRole; unclear?: string } {
  const r = ` ${rank.toLowerCase().replace(/[^a-z]+/g, " ")} `;
  const has = (...words: string[]) => words.some((word) => r.includes(` ${word} `));
  if (has("special", "sc", "special constable")) return { role: "special-constable" };
  if (has("volunteer", "cadet", "cadets")) return { role: "volunteer" };
  if (has("sergeant", "sgt", "ps")) return { role: "sergeant" };
  const pcso = has("pcso", "community support officer") || /community support/.test(r);
  const officer = !pcso && (has("pc", "constable", "police constable", "dwo", "officer", "dc") || /ward officer/.test(r));
  if (!pcso && !officer) {
    const what = has("inspector", "insp", "chief", "superintendent")
      ? `an ${rank.trim()} usually leads several wards`
      : `data.police.uk's rank "${rank.trim()}" is not one the sync knows`;
    return { role: "supporting-officer", unclear: `${what}; written as supporting-officer` };
  }
  const dedicated = /dedicated|\bdwo\b|\bward officer\b/.test(r) || /\bdedicated (ward )?(officer|pcso|police)|\bDWO\b/i.test(bio) || namesWard(bio, wardName);
  if (dedicated) return { role: pcso ? "dedicated-pcso" : "dedicated-officer" };
  const role = pcso ? "supporting-pcso" : "supporting-officer";
  return {
    role,
    unclear: `neither the rank nor the bio says they are dedicated to ${wardName}; written as ${role}`,
  };
}

function namesWard(bio: string, wardName: string): boolean {
  // "St James's", "St James’s" and "Camden Town's team" all name their ward.
  const simple = (s: string) =>
    ` ${s.toLowerCase().replace(/[’']s\b/g, "").replace(/[’']/g, "").replace(/&/g, " and ").replace(/[^a-z0-9]+/g, " ").trim()} `;
  const name = simple(wardName);
  return name.trim() !== "" && simple(bio).includes(name);
}

export function mapPerson(person: ApiPerson, wardName: string, notes: string[], where: string): { member: SyncedMember; flag?: RoleFlag } | undefined {
  const name = clip(htmlToText(person.name), 80);
  if (name === "") {
    notes.push(`${where}: left out: no name`);
    return undefined;
  }
  const rankText = htmlToText(person.rank);
  const rank = clip(rankText || "Officer", 40);
  const bioText = htmlToText(person.bio);
  const bio = clip(bioText, 1000);
  if (bio !== bioText) notes.push(`team "${name}" bio: shortened to 1,000 characters`);
  const { role, unclear } = rankText
    ? classifyRole(rankText, bioText, wardName)
    : { role: "supporting-officer" as const, unclear: "data.police.uk gives no rank; written as supporting-officer with rank Officer" };
  const contact = mapContact(person.contact_details, notes, `team "${name}" contact_details`);
  const member: SyncedMember = compact({
    name,
    role,
    rank,
    bio: bio || undefined,
    // A person's social links are rare; an empty list would only be noise in the file.
    contact_details: isEmptyContact(contact) ? undefined : compact({ ...contact, social: contact.social.length > 0 ? contact.social : undefined }) as SyncedContact,
  });
  return { member, ...(unclear ? { flag: { name, rank, role, reason: unclear } } : {}) };
}
