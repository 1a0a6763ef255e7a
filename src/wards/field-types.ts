import { z } from "zod";
import { describeValue, expected } from "../content/schema.ts";
import { WARD_CODE } from "./codes.ts";

/*
 * The kinds of value ward files hold that need more than a type: codes,
 * slugs, dates, London wall-clock times, links and telephone numbers.
 */

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) *(\d[A-Z]{2})$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export const wardCode = z
  .string({ error: expected("an ONS ward code like E05013655") })
  .regex(WARD_CODE, { error: expected("an ONS ward code like E05013655 (or E05013655N, as data.police.uk writes it)") });

export const slug = (what: string) =>
  z
    .string({ error: expected(`${what}: lowercase letters, digits and hyphens, like camden-town`) })
    .regex(SLUG, { error: expected(`${what}: lowercase letters, digits and hyphens, like camden-town`) });

export const isoDate = (what: string) =>
  z.iso.date({ error: expected(`${what} as a real date written YYYY-MM-DD, like 2026-03-01`) });

/** Wall-clock time in London, as people read it on a poster; no offset to get wrong twice a year. */
export const londonDateTime = z
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

export function isLondonDateTime(value: string): boolean {
  return LOCAL_DATE_TIME.test(value) && londonDateTimeProblem(value) === undefined;
}

/** Only https links to a real domain: no http, no javascript:, no localhost. */
export function isHttpsUrl(value: string): boolean {
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
 * A telephone number, with messages for the two mistakes authors make most:
 * hyphens (or dots, brackets) between the digits, and a number written
 * without quotes, which YAML reads as a number and so loses its leading 0.
 */
export const telephone = z
  .string({
    error: (issue) =>
      typeof issue.input === "number"
        ? `YAML read this as the number ${issue.input}, without its leading 0; put the number in quotes, like "020 7946 0000"`
        : expected("a UK telephone number, like 020 7946 0000")(issue),
  })
  .trim()
  .refine((value) => normaliseTelephone(value) !== undefined, { error: (issue) => telephoneError(String(issue.input)) });

/** What is wrong with a telephone number, in terms an author can act on. */
export function telephoneError(value: string): string {
  if (/[-.()/]/.test(value) && normaliseTelephone(value.replace(/[-.()/]/g, " ").replace(/ +/g, " ").trim()) !== undefined) {
    return `expected a UK telephone number with spaces, got ${describeValue(value)}: use spaces, not hyphens, dots or brackets, like 020 7946 0000`;
  }
  return expected("a UK telephone number of 10 or 11 digits starting 0 or +44, like 020 7946 0000")({ input: value });
}

/** A `tel:` link for a number that passed the schema, in international form. */
export function telephoneHref(telephone: string): string {
  const national = normaliseTelephone(telephone) ?? telephone.replace(/[^\d+]/g, "");
  return `tel:+44${national.replace(/^0/, "")}`;
}
