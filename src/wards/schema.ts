import { z } from "zod";
import { CITY_NOT_MET, CITY_OF_LONDON, isCityOfLondon } from "../city/city.ts";
import { expected, fields, list, oneOf, text, validate, whenObject, type ContentIssue } from "../content/schema.ts";
import { BOROUGH_CODE, wardCodeKey } from "./codes.ts";
import { POSTCODE, isHttpsUrl, isLondonDateTime, isoDate, londonDateTime, slug, telephone, wardCode } from "./field-types.ts";

/*
 * One ward's Safer Neighbourhoods team, as written in
 * content/wards/<borough-slug>/<ward-slug>.yaml.
 *
 * Field names follow data.police.uk where it has one (contact_details,
 * locations, priorities issue/action, events start_date/end_date, people
 * name/rank/bio), so that a later importer from that API maps field for field.
 *
 * Every message says what was expected and what was found, because authors
 * read them in a terminal, not in this file.
 */

export const TEAM_ROLES = [
  "dedicated-officer",
  "dedicated-pcso",
  "sergeant",
  "supporting-officer",
  "supporting-pcso",
  "special-constable",
  "volunteer",
] as const;
/** Roles that may work across several wards, and so may list `also_covers`. */
export const SUPPORTING_ROLES = ["supporting-officer", "supporting-pcso", "special-constable", "volunteer"] as const;
export const BASE_TYPES = [
  "police-station",
  "kiosk",
  "partnership-office",
  "school",
  "hospital",
  "place-of-worship",
  "other",
] as const;
export const PRIORITY_STATUSES = ["open", "in-progress", "resolved"] as const;
export const EVENT_TYPES = ["ward-panel-meeting", "contact-session", "street-briefing", "community-event", "other"] as const;

export type TeamRole = (typeof TEAM_ROLES)[number];
export type SupportingRole = (typeof SUPPORTING_ROLES)[number];

export function isSupportingRole(role: TeamRole): role is SupportingRole {
  return (SUPPORTING_ROLES as readonly string[]).includes(role);
}


// ---------------------------------------------------------------------------
// Schemas

export const socialLinkSchema = fields(
  {
    label: text("a label for the link, like Twitter", 60),
    url: z
      .string({ error: expected("a full https:// link, like https://x.com/MPSCamdenTown") })
      .refine(isHttpsUrl, { error: expected("a full https:// link, like https://x.com/MPSCamdenTown") }),
  },
  "a social link",
);

export const contactSchema = fields(
  {
    email: z
      .email({ error: expected("an email address, like camden-town.snt@met.police.uk") })
      .optional(),
    telephone: telephone.optional(),
    social: list(socialLinkSchema, "links with a label and url").default([]),
  },
  "contact_details",
);

export const teamMemberSchema = fields(
  {
    name: text("the person's name", 80),
    role: oneOf(TEAM_ROLES),
    rank: text('a rank as data.police.uk writes it, like "PC", "PCSO", "Sgt" or "SC"', 40),
    bio: text("a short biography", 1000).optional(),
    contact_details: contactSchema.optional(),
    also_covers: list(wardCode, "ward codes").optional(),
  },
  "a team member",
).superRefine((member, ctx) => {
  if (member.also_covers !== undefined && (TEAM_ROLES as readonly unknown[]).includes(member.role) && !isSupportingRole(member.role)) {
    ctx.addIssue({
      code: "custom",
      path: ["also_covers"],
      message: `only ${SUPPORTING_ROLES.join(", ")} can cover other wards; a ${member.role} works in this ward only, so remove also_covers`,
    });
  }
}, whenObject);

export const baseSchema = fields(
  {
    name: text("the name of the place", 120),
    type: oneOf(BASE_TYPES),
    address: text("a street address", 200),
    postcode: z
      .string({ error: expected("a UK postcode, like NW1 7JR") })
      .trim()
      .refine((value) => POSTCODE.test(value.toUpperCase()), { error: expected("a UK postcode, like NW1 7JR") })
      // One spelling, so that pages and links agree: upper case, one space.
      .transform((value) => value.toUpperCase().replace(POSTCODE, "$1 $2")),
    opening_hours: text("opening hours, like Mon–Fri 10:00–16:00", 200).optional(),
    front_counter: z.boolean({ error: expected("true or false") }).default(false),
  },
  "a location",
);

export const prioritySchema = fields(
  {
    issue: text("the issue in a short sentence", 120),
    action: text("what the team is doing about it", 1000).optional(),
    date_set: isoDate("the date the priority was set"),
    date_updated: isoDate("the date the priority was last updated").optional(),
    status: oneOf(PRIORITY_STATUSES),
  },
  "a priority",
).superRefine((priority, ctx) => {
  const { date_set: set, date_updated: updated } = priority;
  // Same-format ISO dates order correctly as strings; malformed ones were already reported.
  if (typeof set === "string" && typeof updated === "string" && updated < set) {
    ctx.addIssue({
      code: "custom",
      path: ["date_updated"],
      message: `expected a date on or after date_set (${set}), got ${updated}`,
    });
  }
}, whenObject);

export const eventSchema = fields(
  {
    title: text("the event's title", 120),
    type: oneOf(EVENT_TYPES),
    start_date: londonDateTime,
    end_date: londonDateTime,
    address: text("where it happens", 200),
    description: text("a short description", 1000).optional(),
  },
  "an event",
).superRefine((event, ctx) => {
  const { start_date: start, end_date: end } = event;
  if (
    typeof start === "string" &&
    typeof end === "string" &&
    isLondonDateTime(start) &&
    isLondonDateTime(end) &&
    end <= start
  ) {
    ctx.addIssue({ code: "custom", path: ["end_date"], message: `expected a time after start_date (${start}), got ${end}` });
  }
}, whenObject);

export const boroughSchema = fields(
  {
    code: z
      .string({ error: expected("an ONS borough code like E09000007") })
      .regex(BOROUGH_CODE, { error: expected("an ONS London borough code like E09000007") }),
    name: text("the borough's name", 80),
    slug: slug("the borough's slug"),
  },
  "borough",
);

export const centreSchema = fields(
  {
    latitude: z
      .number({ error: expected("a latitude in London, between 51.2 and 51.8") })
      .min(51.2, { error: expected("a latitude in London, between 51.2 and 51.8") })
      .max(51.8, { error: expected("a latitude in London, between 51.2 and 51.8") }),
    longitude: z
      .number({ error: expected("a longitude in London, between -0.6 and 0.4") })
      .min(-0.6, { error: expected("a longitude in London, between -0.6 and 0.4") })
      .max(0.4, { error: expected("a longitude in London, between -0.6 and 0.4") }),
  },
  "centre",
);

export const wardSchema = fields(
  {
    id: wardCode,
    name: text("the ward's name", 100),
    slug: slug("the ward's slug"),
    borough: boroughSchema,
    centre: centreSchema.optional(),
    // The page gives the description its place under the h1; a heading in it would break the page's outline.
    description: text("a short description in markdown", 800).refine((value) => !/^\s{0,3}#{1,6}\s/m.test(value), {
      error: "expected a paragraph or two without headings: remove the # at the start of the line",
    }),
    /** Illustrative content, not a real team; pages should say so. */
    sample: z.boolean({ error: expected("true or false") }).default(false),
    team: list(teamMemberSchema, "team members"),
    locations: list(baseSchema, "locations"),
    contact_details: contactSchema,
    priorities: list(prioritySchema, "priorities"),
    events: list(eventSchema, "events"),
    neighbours: list(wardCode, "ward codes"),
    /** Absent until a person has reviewed the page; the page then makes no claim about a review. */
    last_reviewed: isoDate("the date a person last checked the page, like 2026-03-01").optional(),
  },
  "a ward",
).superRefine((ward, ctx) => {
  // The City has its own force: a file for one of its wards would put a Met page where there is no Met team.
  const boroughCode: unknown = (ward.borough as { code?: unknown } | undefined)?.code;
  if (boroughCode === CITY_OF_LONDON.code) ctx.addIssue({ code: "custom", path: ["borough", "code"], message: CITY_NOT_MET });
  if (typeof ward.id === "string" && isCityOfLondon(ward.id)) ctx.addIssue({ code: "custom", path: ["id"], message: CITY_NOT_MET });
  if (typeof ward.id !== "string") return;
  const own = wardCodeKey(ward.id);
  const seen = new Set<string>();
  (Array.isArray(ward.neighbours) ? ward.neighbours : []).forEach((code, i) => {
    if (typeof code !== "string") return;
    if (wardCodeKey(code) === own) {
      ctx.addIssue({ code: "custom", path: ["neighbours", i], message: "a ward is not its own neighbour; remove its own code" });
    } else if (seen.has(wardCodeKey(code))) {
      ctx.addIssue({ code: "custom", path: ["neighbours", i], message: `${code} is listed twice` });
    }
    seen.add(wardCodeKey(code));
  });
  (Array.isArray(ward.team) ? ward.team : []).forEach((member, i) => {
    const covers: unknown = (member as { also_covers?: unknown } | undefined)?.also_covers;
    if (!Array.isArray(covers)) return;
    covers.forEach((code: unknown, j) => {
      if (typeof code === "string" && wardCodeKey(code) === own) {
        ctx.addIssue({
          code: "custom",
          path: ["team", i, "also_covers", j],
          message: "also_covers lists other wards; this ward's own code does not belong here",
        });
      }
    });
  });
}, whenObject);

export type Ward = z.infer<typeof wardSchema>;
/** What an author (or a generator) writes: defaults such as `sample` may be left out. */
export type WardInput = z.input<typeof wardSchema>;
export type Borough = Ward["borough"];
export type TeamMember = z.infer<typeof teamMemberSchema>;
export type Base = z.infer<typeof baseSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Priority = z.infer<typeof prioritySchema>;
export type WardEvent = z.infer<typeof eventSchema>;

export type WardIssue = ContentIssue;

export type WardValidation = { readonly ok: true; readonly ward: Ward } | { readonly ok: false; readonly issues: readonly WardIssue[] };

/** Check one parsed ward file; an unknown field is reported at the field itself, so the author is pointed at the typo's line. */
export function validateWard(value: unknown): WardValidation {
  const result = validate(wardSchema, value);
  return result.ok ? { ok: true, ward: result.data } : result;
}
