import { CITY_OF_LONDON } from "../src/city/city.ts";
import { BaseLayout } from "./base.tsx";

export interface CityOfLondonPageProps {
  readonly stylesheetHref: string;
}

/**
 * Where every way into the City of London leads (its ward codes, its
 * postcodes, the A to Z, search): the City has its own police force, so
 * there is no Met team to show.
 */
export function CityOfLondonPage({ stylesheetHref }: CityOfLondonPageProps) {
  return (
    <BaseLayout
      title="City of London: policed by the City of London Police"
      description="The City of London has its own police force, the City of London Police. The Metropolitan Police's Safer Neighbourhoods teams do not cover it."
      url={CITY_OF_LONDON.url}
      stylesheetHref={stylesheetHref}
      breadcrumbs={[
        { label: "Home", href: "/" },
        { label: "Areas", href: "/areas/" },
      ]}
    >
      <h1 class="sn-heading-xl">City of London</h1>
      <p class="sn-lead">
        The City of London, the “Square Mile”, has its own police force: the City of London Police. The Metropolitan
        Police’s Safer Neighbourhoods teams do not cover its 25 wards, so this site has no team pages for them.
      </p>
      <h2>Contact the City of London Police</h2>
      <ul>
        <li>
          <a href={CITY_OF_LONDON.forceUrl}>City of London Police website</a>: report a crime online, and find their
          neighbourhood policing teams
        </li>
        <li>
          <a href={CITY_OF_LONDON.policeUkUrl}>Find your neighbourhood team on police.uk</a>, by postcode, for any
          police force
        </li>
      </ul>
      <p>
        <strong>In an emergency, call 999.</strong> For anything that is not an emergency, call 101: you will be put
        through to the police force for where you are.
      </p>
      <p>
        If you live or work just outside the City, <a href="/areas/">find your Safer Neighbourhoods team in London’s 32 boroughs</a>.
      </p>
    </BaseLayout>
  );
}
