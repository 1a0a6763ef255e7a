import { absoluteUrl, site, type SiteConfig } from "../config/site.ts";
import { slugify } from "../markdown/markdown.ts";
import { wardUrl } from "../wards/directory.ts";
import type { Base, Ward } from "../wards/schema.ts";

/** A schema.org node, written as JSON-LD. */
export type JsonLd = { readonly "@type": string } & Readonly<Record<string, unknown>>;

const CONTEXT = "https://schema.org";

type UrlConfig = Pick<SiteConfig, "url" | "pathPrefix">;

/**
 * JSON for a `<script type="application/ld+json">` element. `<` is escaped
 * as \u003c (still the same JSON), so no value can close the element early
 * with `</script>` or open a comment with `<!--`.
 */
export function serialiseJsonLd(nodes: readonly JsonLd[]): string {
  const document = nodes.length === 1 ? { "@context": CONTEXT, ...nodes[0] } : { "@context": CONTEXT, "@graph": nodes };
  return JSON.stringify(document).replace(/</g, "\\u003c");
}

/** The organisation behind the whole site; other nodes point at its @id. */
export function organisationId(config: UrlConfig = site): string {
  return `${absoluteUrl("/", config)}#organisation`;
}

export function siteOrganisation(config: Pick<SiteConfig, "url" | "pathPrefix" | "name" | "description"> = site): JsonLd {
  return {
    "@type": "GovernmentOrganization",
    "@id": organisationId(config),
    name: config.name,
    description: config.description,
    url: absoluteUrl("/", config),
    areaServed: { "@type": "City", name: "London" },
  };
}

export interface FaqEntry {
  readonly question: string;
  /** The answer as our markdown renderer's HTML; structured data gets its text. */
  readonly answerHtml: string;
}

export function faqPage(pageUrl: string, questions: readonly FaqEntry[], config: UrlConfig = site): JsonLd {
  return {
    "@type": "FAQPage",
    "@id": `${absoluteUrl(pageUrl, config)}#questions`,
    url: absoluteUrl(pageUrl, config),
    mainEntity: questions.map((entry) => ({
      "@type": "Question",
      name: entry.question,
      // Plain text: links inside the answer's HTML would not get the path prefix here.
      acceptedAnswer: { "@type": "Answer", text: htmlToText(entry.answerHtml) },
    })),
  };
}

/**
 * A ward's bases: police stations as PoliceStation, anything else (kiosks,
 * partnership offices, schools) as CivicStructure. Each @id is the ward
 * page's URL with a fragment from the base's name, so it stays the same from
 * build to build and differs from every other base on the site.
 */
export function wardBases(ward: Pick<Ward, "name" | "slug" | "borough" | "locations">, config: UrlConfig = site): JsonLd[] {
  const page = absoluteUrl(wardUrl(ward), config);
  const used = new Map<string, number>();
  return ward.locations.map((base) => {
    const id = `base-${slugify(base.name)}`;
    const seen = (used.get(id) ?? 0) + 1;
    used.set(id, seen);
    const fragment = seen === 1 ? id : `${id}-${seen}`;
    return {
      "@type": base.type === "police-station" ? "PoliceStation" : "CivicStructure",
      "@id": `${page}#${fragment}`,
      name: base.name,
      address: postalAddress(base),
      areaServed: { "@type": "AdministrativeArea", name: `${ward.name}, ${ward.borough.name}` },
      url: page,
      ...(base.type === "police-station" ? { parentOrganization: { "@id": organisationId(config) } } : {}),
    };
  });
}

function postalAddress(base: Pick<Base, "address" | "postcode">): JsonLd {
  const parts = base.address
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  // Ward files end most addresses with the town; schema.org wants it in its own field.
  if (parts.length > 1 && parts.at(-1)?.toLowerCase() === "london") parts.pop();
  return {
    "@type": "PostalAddress",
    streetAddress: parts.join(", "),
    addressLocality: "London",
    postalCode: base.postcode,
    addressCountry: "GB",
  };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

/** The text of our markdown renderer's HTML: a line per paragraph or list item, its few entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/\s+/g, " ")
    .replace(/<\/(p|li|h[1-6]|blockquote|pre|ul|ol|div)>|<br\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}
