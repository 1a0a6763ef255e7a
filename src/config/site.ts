/**
 * Site-wide settings, in one place so that a deploy can change them without
 * touching templates. SITE_URL and PATH_PREFIX come from the environment so
 * that Netlify previews and subfolder deploys need no code change.
 */
export interface SiteConfig {
  readonly name: string;
  readonly shortName: string;
  readonly description: string;
  /** Absolute origin (and any path) used for canonical URLs, no trailing slash. */
  readonly url: string;
  /** Where the site is mounted, always with leading and trailing slashes. */
  readonly pathPrefix: string;
  readonly locale: string;
}

export function normalisePathPrefix(raw: string | undefined): string {
  const trimmed = (raw ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

export function readSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  return {
    name: "Safer Neighbourhoods",
    shortName: "Safer Neighbourhoods",
    description:
      "Find your London Safer Neighbourhoods policing team: who they are, where they are based and how to contact them.",
    url: (env.SITE_URL ?? "https://safer-neighbourhoods.netlify.app").replace(/\/+$/, ""),
    pathPrefix: normalisePathPrefix(env.PATH_PREFIX),
    locale: "en-GB",
  };
}

export const site: SiteConfig = readSiteConfig();
