import type { ComponentChildren } from "preact";
import { site } from "../src/config/site.ts";
import type { JsonLd } from "../src/seo/structured-data.ts";
import { Breadcrumbs, type Crumb } from "./components/breadcrumbs.tsx";
import { JsonLdScript } from "./components/json-ld.tsx";
import { PageMeta } from "./components/page-meta.tsx";
import { SiteFooter } from "./components/site-footer.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import { SkipLink } from "./components/skip-link.tsx";

export interface BaseLayoutProps {
  readonly title: string;
  readonly description: string;
  /** The page's own address from the site root, such as /faq/, for its canonical link. */
  readonly url: string;
  readonly stylesheetHref: string;
  readonly children: ComponentChildren;
  readonly breadcrumbs?: readonly Crumb[];
  /** False for pages that must not appear in search results, such as the 404 page. */
  readonly searchable?: boolean;
  /** False for pages that search engines must not list, such as the 404 page. */
  readonly indexable?: boolean;
  /** schema.org nodes about this page, written as JSON-LD. */
  readonly structuredData?: readonly JsonLd[];
  /** Extra elements for <head>; only the search page uses this, for its script. */
  readonly head?: ComponentChildren;
  /** A draft page, which only the preview builds: it says so at the top (styles: assets/css/preview.css). */
  readonly draft?: boolean;
}

/** The shell every page shares: skip link, header with search, main, footer. */
export function BaseLayout({
  title,
  description,
  url,
  stylesheetHref,
  children,
  breadcrumbs = [],
  searchable = true,
  indexable = true,
  structuredData = [],
  head,
  draft = false,
}: BaseLayoutProps) {
  const fullTitle = title === site.name ? title : `${title} – ${site.name}`;
  return (
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        <PageMeta title={title} description={description} url={url} indexable={indexable} />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={stylesheetHref} />
        {head}
        <JsonLdScript nodes={structuredData} />
      </head>
      <body class="sn-body">
        <SkipLink target="main-content" />
        {draft && <p class="sn-preview-draft">Draft: this page is not published. Remove draft: true to publish it.</p>}
        <SiteHeader siteName={site.name} owner={site.owner} />
        <div class="sn-width-container">
          <Breadcrumbs items={breadcrumbs} />
          <main class="sn-main" id="main-content" tabIndex={-1} {...(searchable ? { "data-pagefind-body": "" } : {})}>
            {children}
          </main>
        </div>
        <SiteFooter siteName={site.name} owner={site.owner} />
      </body>
    </html>
  );
}
