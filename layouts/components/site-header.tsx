import { SearchForm } from "./search-form.tsx";

export interface SiteHeaderProps {
  readonly siteName: string;
  /** Whose site this is, said in words (no logo we have no right to). */
  readonly owner: string;
}

/**
 * The owner and site name, the main links and site search. On a phone the
 * search form gives way to a Search link, so the header stays about a sixth of
 * the screen; the search page and the home page have their own forms.
 */
export function SiteHeader({ siteName, owner }: SiteHeaderProps) {
  return (
    <header class="sn-header">
      <div class="sn-header__inner sn-width-container">
        <a class="sn-header__name" href="/">
          <span class="sn-header__owner">{owner}</span> <span class="sn-header__service">{siteName}</span>
        </a>
        <a class="sn-header__link sn-header__search-link" href="/search/">
          Search
        </a>
        <nav class="sn-header__nav" aria-label="Main">
          <ul class="sn-header__links">
            <li>
              <a class="sn-header__link" href="/areas/">
                Find your team
              </a>
            </li>
            <li>
              <a class="sn-header__link" href="/report/">
                Report a problem
              </a>
            </li>
            {/* On a phone this one waits in the footer and on the home page, so the header keeps to two rows. */}
            <li class="sn-header__wide-only">
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
