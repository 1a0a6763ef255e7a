import { SearchForm } from "./search-form.tsx";

export interface SiteHeaderProps {
  readonly siteName: string;
}

export function SiteHeader({ siteName }: SiteHeaderProps) {
  return (
    <header class="sn-header">
      <div class="sn-header__inner sn-width-container">
        <a class="sn-header__name" href="/">
          {siteName}
        </a>
        <nav class="sn-header__nav" aria-label="Main">
          <ul class="sn-header__links">
            <li>
              <a class="sn-header__link" href="/areas/">
                Find your team
              </a>
            </li>
            <li>
              <a class="sn-header__link" href="/faq/">
                Questions
              </a>
            </li>
          </ul>
        </nav>
        {/* The search page has a second search form; each search landmark needs its own name. */}
        <SearchForm id="header-search" label="Search this site" landmarkLabel="Site search" />
      </div>
    </header>
  );
}
