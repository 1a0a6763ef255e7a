import { z } from "zod";
import { CONTACT_KINDS } from "./contacts.ts";

/** Councils are reached through GOV.UK's finder for the service, which sends each postcode to the right council. */
const GOV_UK = /^https:\/\/www\.gov\.uk\/[a-z0-9-/]+$/;

export const guideContactSchema = z
  .object({
    who: z.enum(CONTACT_KINDS, { error: `expected one of ${CONTACT_KINDS.join(", ")}` }),
    when: z.string().trim().min(1, "say when to use this, like: if it is happening now").max(200),
    link: z
      .string()
      .regex(GOV_UK, "expected a GOV.UK address, like https://www.gov.uk/report-graffiti")
      .optional(),
  })
  .strict()
  .superRefine((contact, ctx) => {
    if (contact.who === "council" && contact.link === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["link"],
        message: "a council contact needs GOV.UK's council finder for the service, like https://www.gov.uk/report-graffiti",
      });
    }
    if (contact.who !== "council" && contact.link !== undefined) {
      ctx.addIssue({ code: "custom", path: ["link"], message: "only a council contact takes a link; the others are fixed" });
    }
  });

/** Front matter of one "Report a problem" guide in content/report/. */
export const guideFrontMatterSchema = z
  .object({
    title: z.string().trim().min(1, "name the problem as people would, like Graffiti").max(80),
    summary: z
      .string()
      .trim()
      .min(1, "say in one sentence who deals with it")
      .max(200)
      .refine((text) => !/[.!?]\s+\S/.test(text), "should be one sentence"),
    order: z.number().int().positive(),
    contacts: z.array(guideContactSchema).min(1, "list at least one way to report it, most useful first"),
    team_does: z.string().trim().min(1, "say what the Safer Neighbourhoods team does about it").max(600),
    /** Words in a ward priority that mean this problem; each matches the start of a word. */
    keywords: z.array(z.string().trim().toLowerCase().min(3, "keywords need at least 3 letters")).min(1),
  })
  .strict();

export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;
export type GuideContact = z.infer<typeof guideContactSchema>;
