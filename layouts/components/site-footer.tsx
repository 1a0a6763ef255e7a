export interface SiteFooterProps {
  readonly siteName: string;
}

export function SiteFooter({ siteName }: SiteFooterProps) {
  return (
    <footer class="sn-footer">
      <div class="sn-footer__inner sn-width-container">
        <p class="sn-footer__emergency">
          <strong>In an emergency, call 999.</strong> If a crime is happening or someone is in danger, call 999 now.
        </p>
        <p>
          For anything that is not an emergency, call 101 or contact your local team. If you are deaf or hard of
          hearing, use textphone 18000 in an emergency.
        </p>
        <ul class="sn-footer__links">
          <li>
            <a href="/faq/">Questions about Safer Neighbourhoods</a>
          </li>
          <li>
            <a href="/areas/">All areas</a>
          </li>
          <li>
            <a href="/accessibility/">Accessibility</a>
          </li>
          <li>
            <a href="/about-our-data/">About our data</a>
          </li>
        </ul>
        <p class="sn-footer__meta">{siteName} — London’s neighbourhood policing teams.</p>
      </div>
    </footer>
  );
}
