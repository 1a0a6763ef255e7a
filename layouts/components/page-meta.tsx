import { absoluteUrl, site } from "../../src/config/site.ts";

export interface PageMetaProps {
  /** The page's own title, without the site's name. */
  readonly title: string;
  readonly description: string;
  /** The page's address from the site root, such as /faq/. */
  readonly url: string;
  /** False for pages that search engines should not list, such as the 404 page. */
  readonly indexable: boolean;
}

/** Canonical link and social cards; full URLs from the one configured site address (SITE_URL, PATH_PREFIX). */
export function PageMeta({ title, description, url, indexable }: PageMetaProps) {
  const canonical = absoluteUrl(url);
  return (
    <>
      <link rel="canonical" href={canonical} />
      {indexable ? null : <meta name="robots" content="noindex" />}
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={site.name} />
      <meta property="og:locale" content={site.locale.replace("-", "_")} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={canonical} />
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
    </>
  );
}
