import { z } from "zod";
import { expected, fields, list, oneOf, text, whenObject } from "../content/schema.ts";
import { CONTACT_KINDS } from "./contacts.ts";

/** Councils are reached through GOV.UK's finder for the service, which sends each postcode to the right council. */
const GOV_UK = /^https:\/\/www\.gov\.uk\/[a-z0-9-/]+$/;

export const guideContactSchema = fields(
  {
    who: oneOf(CONTACT_KINDS),
    when: text("when to use this, like: if it is happening now", 200),
    link: z
      .string({ error: expected("a GOV.UK address, like https://www.gov.uk/report-graffiti") })
      .regex(GOV_UK, { error: expected("a GOV.UK address, like https://www.gov.uk/report-graffiti") })
      .optional(),
  },
  "a contact",
).superRefine((contact, ctx) => {
  if (contact.who === "council" && contact.link === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["link"],
      message: "a council contact needs GOV.UK's council finder for the service, like https://www.gov.uk/report-graffiti",
    });
  }
  if (contact.who !== undefined && contact.who !== "council" && contact.link !== undefined) {
    ctx.addIssue({ code: "custom", path: ["link"], message: "only a council contact takes a link; the others are fixed" });
  }
}, whenObject);

/** Front matter of one "Report a problem" guide in content/report/. */
export const guideFrontMatterSchema = fields(
  {
    title: text("the problem as people would name it, like Graffiti", 80),
    summary: text("one sentence saying who deals with it", 200).refine((value) => !/[.!?]\s+\S/.test(value), {
      error: "expected one sentence: it shows under the title and in lists, so keep the rest for the page",
    }),
    order: z
      .number({ error: expected("a whole number from 1, to place the guide in lists") })
      .int({ error: expected("a whole number from 1, to place the guide in lists") })
      .positive({ error: expected("a whole number from 1, to place the guide in lists") }),
    contacts: list(guideContactSchema, "contacts, most useful first").min(1, {
      error: "expected at least one way to report it, most useful first",
    }),
    team_does: text("what the Safer Neighbourhoods team does about it", 600),
    /** Words in a ward priority that mean this problem; each matches the start of a word. */
    keywords: list(text("a keyword", 40).toLowerCase().min(3, { error: "expected a keyword of at least 3 letters" }), "keywords, like [graffiti]").min(1, {
      error: "expected at least one keyword, like [graffiti]",
    }),
  },
  "a guide's front matter",
);

export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;
export type GuideContact = z.infer<typeof guideContactSchema>;
