import { z } from "zod";
import { normaliseTelephone } from "../wards/field-types.ts";
import type { ApiContactDetails } from "./api.ts";
import { clip, htmlToText } from "./html.ts";
import { compact, uniqueBy, type SyncedContact, type SyncedSocialLink } from "./synced.ts";

/* data.police.uk's contact details (the team's or a person's) → a ward file's, with a note for each value left out. */

const SOCIAL_LABELS: Record<string, string> = {
  twitter: "X (Twitter)",
  facebook: "Facebook",
  instagram: "Instagram",
  youtube: "YouTube",
  flickr: "Flickr",
  blog: "Blog",
  web: "Website",
  forum: "Forum",
  "e-messaging": "Messages",
  nextdoor: "Nextdoor",
};
const SOCIAL_HANDLES: Record<string, string> = {
  twitter: "https://x.com/",
  instagram: "https://www.instagram.com/",
  facebook: "https://www.facebook.com/",
};

const emailSchema = z.email();

export function mapContact(details: ApiContactDetails, notes: string[], where: string): SyncedContact {
  const out: { email?: string; telephone?: string; social: SyncedSocialLink[] } = { email: undefined, telephone: undefined, social: [] };
  for (const [key, raw] of Object.entries(details ?? {})) {
    const value = htmlToText(raw);
    if (value === "") continue;
    if (key === "email") {
      if (emailSchema.safeParse(value).success) out.email = value;
      else notes.push(`${where}.email: left out: "${clip(value, 60)}" is not an email address`);
    } else if (key === "telephone") {
      if (normaliseTelephone(value) !== undefined) out.telephone = value;
      else notes.push(`${where}.telephone: left out: "${clip(value, 40)}" is not a UK telephone number`);
    } else if (key in SOCIAL_LABELS) {
      const handle = SOCIAL_HANDLES[key];
      const url = httpsUrl(handle && /^@?[\w.]+$/.test(value) ? `${handle}${value.replace(/^@/, "")}` : value);
      if (url) out.social.push({ label: SOCIAL_LABELS[key] as string, url });
      else notes.push(`${where}.${key}: left out: "${clip(value, 60)}" is not an http(s) link`);
    }
    // Fax, mobile and the like have no place on the page: left out without a note.
  }
  out.social = uniqueBy(out.social, (link) => link.url);
  return compact(out);
}

/** An http(s) link as https (the site links only to https), or undefined for anything else. */
export function httpsUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  if (!z.regexes.domain.test(url.hostname) || url.username || url.password) return undefined;
  url.protocol = "https:";
  return url.href;
}

export function isEmptyContact(contact: SyncedContact): boolean {
  return contact.email === undefined && contact.telephone === undefined && contact.social.length === 0;
}
