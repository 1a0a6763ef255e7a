import { COUNCIL_FINDER, CONTACT_SERVICES } from "../../src/report/contacts.ts";
import type { GuideContact } from "../../src/report/schema.ts";
import { telephoneText } from "./contact-details.tsx";

export interface GuideContactsProps {
  readonly contacts: readonly GuideContact[];
}

function telHref(number: string): string {
  return `tel:${number.replace(/\s/g, "")}`;
}

/** Who to contact about a problem, most useful first: each service, when to use it, and how to reach it. */
export function GuideContacts({ contacts }: GuideContactsProps) {
  return (
    <ol class="sn-guide-contacts">
      {contacts.map((contact, i) => {
        const service = CONTACT_SERVICES[contact.who];
        const href = contact.who === "council" ? (contact.link ?? COUNCIL_FINDER) : service.href;
        return (
          <li class={`sn-guide-contacts__item sn-guide-contacts__item--${contact.who}`} key={`${contact.who}-${i}`}>
            <h3 class="sn-guide-contacts__name">{service.name}</h3>
            <p class="sn-guide-contacts__when">Use this {contact.when}.</p>
            {service.telephone !== undefined && (
              <p class="sn-guide-contacts__tel">
                Telephone: <a href={telHref(service.telephone)}>{telephoneText(service.telephone)}</a>
              </p>
            )}
            {href !== undefined && service.linkText !== undefined && (
              <p class="sn-guide-contacts__link">
                <a href={href}>{service.linkText}</a>
              </p>
            )}
            <p class="sn-guide-contacts__how">{service.how}</p>
          </li>
        );
      })}
    </ol>
  );
}
