import { z } from "zod";

/*
 * What data.police.uk's neighbourhood API returns, as far as the sync uses it.
 * Every response is parsed with these before anything is read from it, so a
 * changed or broken response fails its ward with a message instead of writing
 * nonsense. Unknown extra fields are allowed (the API adds fields over time);
 * the API writes null for many missing values, so most fields are nullish.
 */

const optionalText = z.string().nullish();

/** `contact_details`: email, telephone, twitter, facebook and a dozen rarer keys, all strings. */
export const apiContactDetailsSchema = z.record(z.string(), z.string().nullish()).nullish();

export const apiNeighbourhoodListSchema = z.array(z.object({ id: z.string().min(1), name: z.string() }));

export const apiNeighbourhoodSchema = z.object({
  id: z.string().nullish(),
  name: optionalText,
  description: optionalText,
  url_force: optionalText,
  contact_details: apiContactDetailsSchema,
  links: z.array(z.object({ url: optionalText, title: optionalText, description: optionalText })).nullish(),
  centre: z.object({ latitude: z.string(), longitude: z.string() }).nullish(),
  locations: z
    .array(
      z.object({
        name: optionalText,
        type: optionalText,
        address: optionalText,
        postcode: optionalText,
        latitude: optionalText,
        longitude: optionalText,
        description: optionalText,
      }),
    )
    .nullish(),
  population: optionalText,
});

export const apiPeopleSchema = z.array(
  z.object({ name: z.string(), rank: optionalText, bio: optionalText, contact_details: apiContactDetailsSchema }),
);

export const apiPrioritiesSchema = z.array(
  z.object({
    issue: optionalText,
    action: optionalText,
    "issue-date": optionalText,
    "action-date": optionalText,
  }),
);

export const apiEventsSchema = z.array(
  z.object({
    title: optionalText,
    description: optionalText,
    address: optionalText,
    type: optionalText,
    start_date: optionalText,
    end_date: optionalText,
    contact_details: apiContactDetailsSchema,
  }),
);

export type ApiNeighbourhoodList = z.infer<typeof apiNeighbourhoodListSchema>;
export type ApiNeighbourhood = z.infer<typeof apiNeighbourhoodSchema>;
export type ApiPerson = z.infer<typeof apiPeopleSchema>[number];
export type ApiPriority = z.infer<typeof apiPrioritiesSchema>[number];
export type ApiEvent = z.infer<typeof apiEventsSchema>[number];
export type ApiContactDetails = z.infer<typeof apiContactDetailsSchema>;

/** Everything the API says about one neighbourhood. */
export interface ApiTeam {
  readonly id: string;
  readonly neighbourhood: ApiNeighbourhood;
  readonly people: readonly ApiPerson[];
  readonly priorities: readonly ApiPriority[];
  readonly events: readonly ApiEvent[];
}

/** One line naming where a response went wrong: `[3].name: expected string, got number`. */
export function describeZodError(error: z.ZodError): string {
  const lines = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length === 0 ? "the response" : issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : "";
  return `${lines.join("; ")}${more}`;
}
