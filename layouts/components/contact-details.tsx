import type { Contact } from "../../src/wards/schema.ts";
import { telephoneHref } from "../../src/wards/field-types.ts";

/** A number is read as one unit, so it never breaks across lines: "020 7946 0000" with no-break spaces. */
export function telephoneText(telephone: string): string {
  return telephone.replace(/ /g, "\u00a0");
}

/** The emergency numbers, once per page, straight after the team's own contact details: a team mailbox is not for emergencies. */
export function EmergencyNotice() {
  return (
    <div class="sn-inset sn-inset--emergency sn-contact-details__emergency">
      <p class="sn-inset__text">
        <strong>In an emergency, call 999.</strong> If you are deaf or hard of hearing, use textphone 18000. For
        non-emergencies, call 101.
      </p>
    </div>
  );
}

export interface ContactRowsProps {
  readonly contact: Contact;
  /** Who the details reach, for the fallback message: "the Camden Town team". */
  readonly teamName: string;
}

/**
 * The team's email, telephone and social links as rows of a summary list
 * (the caller owns the <dl>). Each is a real link whose text is the address,
 * number or label itself.
 */
export function ContactRows({ contact, teamName }: ContactRowsProps) {
  const { email, telephone, social } = contact;
  if (email === undefined && telephone === undefined && social.length === 0) {
    return (
      <div class="sn-summary-list__row">
        <dt class="sn-summary-list__key">Contact</dt>
        <dd class="sn-summary-list__value">
          There are no direct contact details for {teamName} yet. Call 101 and ask for the team.
        </dd>
      </div>
    );
  }
  return (
    <>
      {email !== undefined && (
        <div class="sn-summary-list__row">
          <dt class="sn-summary-list__key">Email</dt>
          <dd class="sn-summary-list__value">
            <a class="sn-contact-details__link" href={`mailto:${email}`}>
              {email}
            </a>
          </dd>
        </div>
      )}
      {telephone !== undefined && (
        <div class="sn-summary-list__row">
          <dt class="sn-summary-list__key">Telephone</dt>
          <dd class="sn-summary-list__value">
            <a class="sn-contact-details__link" href={telephoneHref(telephone)}>
              {telephoneText(telephone)}
            </a>
          </dd>
        </div>
      )}
      {social.length > 0 && (
        <div class="sn-summary-list__row">
          <dt class="sn-summary-list__key">Social media</dt>
          <dd class="sn-summary-list__value">
            <ul class="sn-contact-details__social">
              {social.map((link) => (
                <li key={link.url}>
                  <a class="sn-contact-details__link" href={link.url}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </>
  );
}

export interface ContactLinksProps {
  readonly contact: Contact;
}

/** A team member's own contact details, compact enough for a list item. */
export function ContactLinks({ contact }: ContactLinksProps) {
  const { email, telephone, social } = contact;
  if (email === undefined && telephone === undefined && social.length === 0) return null;
  return (
    <ul class="sn-contact-links">
      {email !== undefined && (
        <li class="sn-contact-links__item">
          Email:{" "}
          <a class="sn-contact-details__link" href={`mailto:${email}`}>
            {email}
          </a>
        </li>
      )}
      {telephone !== undefined && (
        <li class="sn-contact-links__item">
          Telephone:{" "}
          <a class="sn-contact-details__link" href={telephoneHref(telephone)}>
            {telephoneText(telephone)}
          </a>
        </li>
      )}
      {social.map((link) => (
        <li class="sn-contact-links__item" key={link.url}>
          <a class="sn-contact-details__link" href={link.url}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
