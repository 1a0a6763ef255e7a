/**
 * Site-wide settings, in one place so that a deploy can change them without
 * touching templates. SITE_URL and PATH_PREFIX come from the environment so
 * that Netlify previews and subfolder deploys need no code change.
 */
export interface SiteConfig {
  readonly name: string;
  readonly shortName: string;
  /** Whose site this is, as the header and footer say it. */
  readonly owner: string;
  readonly description: string;
  /** The server's address (origin, and any path above the prefix) for canonical URLs, no trailing slash. */
  readonly url: string;
  /** Where the site is mounted, always with leading and trailing slashes. */
  readonly pathPrefix: string;
  readonly locale: string;
  /** Where to report a security problem (security.txt): a mailto:, https: or tel: URI. */
  readonly securityContact: string;
}

export function normalisePathPrefix(raw: string | undefined): string {
  const trimmed = (raw ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

export function readSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  return {
    name: "Safer Neighbourhoods",
    shortName: "Safer Neighbourhoods",
    owner: "Metropolitan Police Service",
    description:
      "Find your London Safer Neighbourhoods policing team: who they are, where they are based and how to contact them.",
    // URL is Netlify's main address for the site, the same in deploy previews, so their canonical links point at production.
    url: (env.SITE_URL ?? env.URL ?? "https://safer-neighbourhoods.netlify.app").replace(/\/+$/, ""),
    pathPrefix: normalisePathPrefix(env.PATH_PREFIX),
    locale: "en-GB",
    securityContact: securityContactUri(env.SECURITY_CONTACT ?? "security@example.police.uk"),
  };
}

/**
 * Settings a production deploy should not leave at their defaults. CONTEXT is
 * set by Netlify's builds ("production", "deploy-preview", ...).
 */
export function productionConfigWarnings(env: Record<string, string | undefined> = process.env): string[] {
  if (env.CONTEXT !== "production") return [];
  return env.SECURITY_CONTACT
    ? []
    : ["SECURITY_CONTACT is not set, so /.well-known/security.txt names the placeholder security@example.police.uk"];
}

/** A bare email address becomes a mailto: URI, as security.txt requires a URI. */
export function securityContactUri(raw: string): string {
  const contact = raw.trim();
  return /^[^\s@:/]+@[^\s@/]+$/.test(contact) ? `mailto:${contact}` : contact;
}

/**
 * The build's "now", which decides which events are upcoming and when
 * security.txt expires. SN_NOW (an ISO 8601 date and time) pins it, so that
 * test builds show the sample events whatever the real date; read at each
 * call, not at import, because tests build several sites in one process.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.SN_NOW?.trim();
  if (!pinned) return new Date();
  const time = new Date(pinned);
  if (Number.isNaN(time.getTime())) throw new Error(`SN_NOW is not a date and time: "${pinned}" (expected e.g. 2026-11-26T12:00:00Z)`);
  return time;
}

/**
 * A root-relative site path (`/faq/`) as served under the path prefix. HTML
 * gets this from Eleventy's HtmlBasePlugin; other outputs (redirects, the
 * sitemap, security.txt) call it themselves.
 */
export function sitePath(urlPath: string, config: Pick<SiteConfig, "pathPrefix"> = site): string {
  return `${config.pathPrefix}${urlPath.replace(/^\/+/, "")}`;
}

/** A site path as a full URL, for canonical links, the sitemap and structured data. */
export function absoluteUrl(urlPath: string, config: Pick<SiteConfig, "url" | "pathPrefix"> = site): string {
  return `${config.url}${sitePath(urlPath, config)}`;
}

export const site: SiteConfig = readSiteConfig();
