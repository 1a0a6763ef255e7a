export interface SiteFooterProps {
  readonly siteName: string;
  /** Whose site this is, said in words. */
  readonly owner: string;
}

/**
 * Whose site this is and the links every page needs. The 999 guidance is not
 * repeated here: each page says it once, next to the contact details it goes with.
 */
export function SiteFooter({ siteName, owner }: SiteFooterProps) {
  return (
    <footer class="sn-footer">
      <div class="sn-footer__inner sn-width-container">
        <p class="sn-footer__owner">
          These are the {owner}'s {siteName} pages, about London's neighbourhood policing teams.
        </p>
        <ul class="sn-footer__links">
          <li>
            <a href="/contact/">Contact the police</a>
          </li>
          <li>
            <a href="/report/">Report a problem</a>
          </li>
          <li>
            <a href="/faq/">Questions about Safer Neighbourhoods</a>
          </li>
          <li>
            <a href="/areas/">All areas</a>
          </li>
          <li>
            <a href="/privacy/">Privacy</a>
          </li>
          <li>
            <a href="/accessibility/">Accessibility</a>
          </li>
          <li>
            <a href="/about-our-data/">About our data</a>
          </li>
        </ul>
        <p class="sn-footer__meta">
          The {owner} polices the 32 London boroughs. The City of London has its own force, the City of London Police.
        </p>
      </div>
    </footer>
  );
}
