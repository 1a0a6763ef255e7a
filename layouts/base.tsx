import type { ComponentChildren } from "preact";
import { site } from "../src/config/site.ts";
import { Breadcrumbs, type Crumb } from "./components/breadcrumbs.tsx";
import { SiteFooter } from "./components/site-footer.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import { SkipLink } from "./components/skip-link.tsx";

export interface BaseLayoutProps {
  readonly title: string;
  readonly description: string;
  readonly stylesheetHref: string;
  readonly children: ComponentChildren;
  readonly breadcrumbs?: readonly Crumb[];
  /** False for pages that must not appear in search results, such as the 404 page. */
  readonly searchable?: boolean;
  /** Extra elements for <head>; only the search page uses this, for its script. */
  readonly head?: ComponentChildren;
}

/** The shell every page shares: skip link, header with search, main, footer. */
export function BaseLayout({
  title,
  description,
  stylesheetHref,
  children,
  breadcrumbs = [],
  searchable = true,
  head,
}: BaseLayoutProps) {
  const fullTitle = title === site.name ? title : `${title} – ${site.name}`;
  return (
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={stylesheetHref} />
        {head}
      </head>
      <body class="sn-body">
        <SkipLink target="main-content" />
        <SiteHeader siteName={site.name} />
        <div class="sn-width-container">
          <Breadcrumbs items={breadcrumbs} />
          <main class="sn-main" id="main-content" tabIndex={-1} {...(searchable ? { "data-pagefind-body": "" } : {})}>
            {children}
          </main>
        </div>
        <SiteFooter siteName={site.name} />
      </body>
    </html>
  );
}
