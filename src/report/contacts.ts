/**
 * The people and services a resident can be sent to, written once, so every
 * "Report a problem" page gives the same numbers and addresses.
 */
export const CONTACT_KINDS = ["999", "101", "online", "council", "crimestoppers", "report-fraud", "counter-terrorism", "local-team"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface ContactService {
  /** Who it is, as a heading: "Call 999". */
  readonly name: string;
  /** How to reach them, in one sentence. */
  readonly how: string;
  /** Where to go; the council's comes from the guide, as it depends on the service. */
  readonly href?: string;
  readonly linkText?: string;
  /** A number to call, as written for people; becomes a tel: link. */
  readonly telephone?: string;
}

/** The Met's own online reporting, for crimes, anti-social behaviour and road incidents that are not emergencies. */
export const MET_ONLINE_REPORTING = "https://www.met.police.uk/ro/report/";
/** The Met's contact page, where the pages send people while a team's own details are being added. */
export const MET_CONTACT_US = "https://www.met.police.uk/contact/af/contact-us/";
export const COUNCIL_FINDER = "https://www.gov.uk/find-local-council";
export const CRIMESTOPPERS = "https://crimestoppers-uk.org/give-information";
export const REPORT_FRAUD = "https://www.reportfraud.police.uk/";
/** Counter Terrorism Policing's national reporting form, on GOV.UK. */
export const REPORT_TERRORISM = "https://www.gov.uk/ACT";

export const CONTACT_SERVICES: Readonly<Record<ContactKind, ContactService>> = {
  "999": {
    name: "Call 999",
    how: "If you are deaf or hard of hearing, use textphone 18000, or text 999 if you have registered with the emergency SMS service.",
    telephone: "999",
  },
  "101": {
    name: "Call 101",
    how: "The police non-emergency number. If you are deaf or hard of hearing, use textphone 18001 101.",
    telephone: "101",
  },
  online: {
    name: "Report it online to the Metropolitan Police",
    how: "You can report online at any time of day, and you get a reference number.",
    href: MET_ONLINE_REPORTING,
    linkText: "Report online to the Met",
  },
  council: {
    name: "Tell your council",
    how: "Enter your postcode on GOV.UK to find your council and how to report it to them.",
    linkText: "Find your council on GOV.UK",
  },
  crimestoppers: {
    name: "Tell Crimestoppers, without giving your name",
    how: "Crimestoppers is a charity, separate from the police. It never asks your name and cannot trace your call or form.",
    href: CRIMESTOPPERS,
    linkText: "Give information to Crimestoppers online",
    telephone: "0800 555 111",
  },
  "report-fraud": {
    name: "Report Fraud",
    how: "The national service for reporting fraud and online crime, which replaced Action Fraud.",
    href: REPORT_FRAUD,
    linkText: "Report fraud online",
    telephone: "0300 123 2040",
  },
  "counter-terrorism": {
    name: "Tell the counter-terrorism police, in confidence",
    how: "Report it online on GOV.UK, or call the Anti-Terrorist Hotline. You do not have to give your name.",
    href: REPORT_TERRORISM,
    linkText: "Report possible terrorist activity on GOV.UK",
    telephone: "0800 789 321",
  },
  "local-team": {
    name: "Tell your Safer Neighbourhoods team",
    how: "Email or call your ward's team. Their details are at the top of your ward's page.",
    href: "/areas/",
    linkText: "Find your local team",
  },
};
