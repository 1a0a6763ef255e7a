import { z } from "zod";

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

/** ONS ward code; data.police.uk writes some Met neighbourhoods with an `N` suffix (E05013806N). */
export const WARD_CODE = /^E05\d{6}N?$/;
/** ONS code of a London borough (or the City of London). */
export const BOROUGH_CODE = /^E09\d{6}$/;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) *(\d[A-Z]{2})$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

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

/** `E05013806N` and `E05013806` name the same ward; compare codes with this. */
export function wardCodeKey(code: string): string {
  return code.endsWith("N") ? code.slice(0, -1) : code;
}

// ---------------------------------------------------------------------------
// Messages

/** How a wrong value reads in a message: `"pc"`, `the number 5`, `a list`. */
export function describeValue(input: unknown): string {
  if (input === undefined || input === null) return "nothing";
  if (typeof input === "string") {
    if (input.trim() === "") return "an empty string";
    return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input);
  }
  if (typeof input === "number") return `the number ${input}`;
  if (typeof input === "boolean") return String(input);
  if (Array.isArray(input)) return "a list";
  return "a set of fields";
}

function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `missing: expected ${what}` : `expected ${what}, got ${describeValue(issue.input)}`;
}

// ---------------------------------------------------------------------------
// Building blocks

function text(what: string, max: number) {
  return z
    .string({ error: expected(what) })
    .trim()
    .min(1, { error: `expected ${what}, got an empty string` })
    .max(max, { error: (issue) => `expected ${what} of at most ${max} characters, got ${String(issue.input).length}` });
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: expected(`one of ${values.join(", ")}`) });
}

function list<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, { error: expected(`a list of ${what} (write [] for none)`) });
}

/** Reject misspelt field names instead of silently ignoring them. */
function fields<S extends z.core.$ZodLooseShape>(shape: S, what: string) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys") {
        return issue.keys
          .map((key) => {
            const guess = closest(key, known);
            return `unknown field "${key}"${guess ? ` (did you mean "${guess}"?)` : ""}; ${what} can have ${known.join(", ")}`;
          })
          .join("\n"); // one line per key: validateWard splits them to point at each key
      }
      return expected(what)(issue);
    },
  });
}

/** Runs a cross-field rule even when other fields failed, so an author sees every mistake in one go. */
const whenObject = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};

const wardCode = z
  .string({ error: expected("an ONS ward code like E05013655") })
  .regex(WARD_CODE, { error: expected("an ONS ward code like E05013655 (or E05013655N, as data.police.uk writes it)") });

const slug = (what: string) =>
  z
    .string({ error: expected(`${what}: lowercase letters, digits and hyphens, like camden-town`) })
    .regex(SLUG, { error: expected(`${what}: lowercase letters, digits and hyphens, like camden-town`) });

const isoDate = (what: string) =>
  z.iso.date({ error: expected(`${what} as a real date written YYYY-MM-DD, like 2026-03-01`) });

/** Wall-clock time in London, as people read it on a poster; no offset to get wrong twice a year. */
const londonDateTime = z
  .string({ error: expected("a London date and time written YYYY-MM-DDTHH:MM, like 2027-03-04T18:30") })
  .regex(LOCAL_DATE_TIME, {
    error: expected("a London date and time written YYYY-MM-DDTHH:MM, like 2027-03-04T18:30 (no seconds or offset)"),
  })
  .superRefine((value, ctx) => {
    // A badly written value was reported by the regex; say nothing more about it.
    const problem = LOCAL_DATE_TIME.test(value) ? londonDateTimeProblem(value) : undefined;
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
  });

function londonDateTimeProblem(value: string): string | undefined {
  const [year, month, day, hour, minute] = value.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59) {
    return `expected a real date and time, got ${describeValue(value)}`;
  }
  // UK clocks go forward at 01:00 on the last Sunday in March, so 01:00–01:59 never happens that day.
  if (month === 3 && day > 24 && date.getUTCDay() === 0 && hour === 1) {
    return `${describeValue(value)} does not exist in London: the clocks go forward an hour that night`;
  }
  return undefined;
}

function isLondonDateTime(value: string): boolean {
  return LOCAL_DATE_TIME.test(value) && londonDateTimeProblem(value) === undefined;
}

/** Only https links to a real domain: no http, no javascript:, no localhost. */
function isHttpsUrl(value: string): boolean {
  if (!value.startsWith("https://")) return false;
  try {
    return z.regexes.domain.test(new URL(value).hostname);
  } catch {
    return false;
  }
}

/** UK number in national (020 7946 0000) or international (+44 20 7946 0000) form. */
export function normaliseTelephone(value: string): string | undefined {
  if (!/^\+?[\d ]+$/.test(value)) return undefined;
  const digits = value.replace(/ /g, "");
  const national = digits.startsWith("+44") ? `0${digits.slice(3)}` : digits;
  return /^0\d{9,10}$/.test(national) ? national : undefined;
}

/**
 * A number written without quotes is read by YAML as a number, and loses its
 * leading 0: the author must quote it, which no other message would tell them.
 */
function telephoneTypeError(issue: { input?: unknown }): string {
  if (typeof issue.input === "number") {
    return `YAML read this as the number ${issue.input}, without its leading 0; put the number in quotes, like "020 7946 0000"`;
  }
  return expected("a UK telephone number, like 020 7946 0000")(issue);
}

/** What is wrong with a telephone number, in the terms an author can act on. */
export function telephoneError(value: string): string {
  if (/^\+?[\d ]*[-.()/][\d ().\-/]*$/.test(value) && normaliseTelephone(value.replace(/[-.()/]/g, " ")) !== undefined) {
    return `expected a UK telephone number with spaces, got ${describeValue(value)}: use spaces, not hyphens, dots or brackets, like 020 7946 0000`;
  }
  return expected("a UK telephone number of 10 or 11 digits starting 0 or +44, like 020 7946 0000")({ input: value });
}

/** A `tel:` link for a number that passed the schema, in international form. */
export function telephoneHref(telephone: string): string {
  const national = normaliseTelephone(telephone) ?? telephone.replace(/[^\d+]/g, "");
  return `tel:+44${national.replace(/^0/, "")}`;
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
    telephone: z
      .string({ error: telephoneTypeError })
      .trim()
      .refine((value) => normaliseTelephone(value) !== undefined, { error: (issue) => telephoneError(String(issue.input)) })
      .optional(),
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
export type SocialLink = z.infer<typeof socialLinkSchema>;
export type Priority = z.infer<typeof prioritySchema>;
export type WardEvent = z.infer<typeof eventSchema>;

export interface WardIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export type WardValidation = { readonly ok: true; readonly ward: Ward } | { readonly ok: false; readonly issues: readonly WardIssue[] };

/**
 * Check one parsed ward file. An unknown field is reported at the field itself
 * (zod reports it at the enclosing object), so the author is pointed at the typo's line.
 */
export function validateWard(value: unknown): WardValidation {
  const result = wardSchema.safeParse(value);
  if (result.success) return { ok: true, ward: result.data };
  const issues: WardIssue[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      const messages = issue.message.split("\n");
      issue.keys.forEach((key, i) => {
        issues.push({ path: [...issue.path, key], message: messages[i] ?? `unknown field "${key}"` });
      });
    } else {
      issues.push({ path: issue.path, message: issue.message });
    }
  }
  return { ok: false, issues };
}

// ---------------------------------------------------------------------------

/** Closest known name within two edits, to suggest a fix for a typo. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
